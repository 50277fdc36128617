"""Placeholder: the organizations extractor lands with issue #5 (yields nothing yet)."""

from __future__ import annotations

from .article import Article
from .facts import Organization


def extract(article: Article) -> tuple[Organization, ...]:
    """Return the organizations of *article* in text order (none until issue #5 lands)."""
    return ()
