"""Placeholder: the figures extractor lands with issue #3 (yields nothing yet)."""

from __future__ import annotations

from .article import Article
from .facts import Figure


def extract(article: Article) -> tuple[Figure, ...]:
    """Return the figures of *article* in text order (none until issue #3 lands)."""
    return ()
