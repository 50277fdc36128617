"""Placeholder: the quote extractor lands with issue #4 (yields nothing yet)."""

from __future__ import annotations

from .article import Article
from .facts import Organization, Person, Place, Quote


def extract(
    article: Article,
    people: tuple[Person, ...] = (),
    organizations: tuple[Organization, ...] = (),
    places: tuple[Place, ...] = (),
) -> tuple[Quote, ...]:
    """Return the quotes of *article* in text order (none until issue #4 lands)."""
    return ()
