"""Placeholder: the dates extractor lands with issue #5 (yields nothing yet)."""

from __future__ import annotations

from .article import Article
from .facts import DateFact


def extract(article: Article) -> tuple[DateFact, ...]:
    """Return the dates of *article* in text order (none until issue #5 lands)."""
    return ()
