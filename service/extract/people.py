"""Placeholder: the people extractor lands with issue #5 (yields nothing yet)."""

from __future__ import annotations

from .article import Article
from .facts import Person


def extract(article: Article) -> tuple[Person, ...]:
    """Return the people of *article* in text order (none until issue #5 lands)."""
    return ()
