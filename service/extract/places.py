"""Placeholder: the places extractor lands with issue #5 (yields nothing yet)."""

from __future__ import annotations

from .article import Article
from .facts import Place


def extract(article: Article) -> tuple[Place, ...]:
    """Return the places of *article* in text order (none until issue #5 lands)."""
    return ()
