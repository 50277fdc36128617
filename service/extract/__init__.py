"""Pure extraction core: text in, frozen facts with spans out.

Imports neither flask, werkzeug nor marshmallow (a test checks).  Deterministic
and total: odd text yields fewer facts, never an exception.

>>> from service.extract import extract, parse_article
>>> bundle = extract(parse_article("Rates rise\\n\\nLONDON (AP) -- Rates rose.", "demo"))
>>> bundle.article.id, bundle.article.dateline.place
('demo', 'LONDON')
"""

from __future__ import annotations

from dataclasses import replace
from typing import Final

from . import dates, figures, organizations, people, places, quotes
from .article import Article, parse_article
from .facts import Extraction, Figure, Quote

EXTRACTOR_VERSION: Final = "0.1.0"
"""Bumped whenever extraction output can change; part of every ETag."""


def extract(article: Article) -> Extraction:
    """Run every extractor over *article* and link their results."""
    found_people = people.extract(article)
    found_organizations = organizations.extract(article)
    found_places = places.extract(article)
    found_quotes = quotes.extract(
        article, people=found_people, organizations=found_organizations, places=found_places
    )
    return Extraction(
        article=article,
        figures=_claimed(figures.extract(article), found_quotes),
        quotes=found_quotes,
        people=found_people,
        organizations=found_organizations,
        places=found_places,
        dates=dates.extract(article),
    )


def _claimed(found: tuple[Figure, ...], quoted: tuple[Quote, ...]) -> tuple[Figure, ...]:
    """Give each figure inside a quote's words the id of that quote (who claims the number)."""
    out = []
    for figure in found:
        owner = next(
            (q.id for q in quoted for part in (q.parts or (q.span,)) if part.contains(figure.span)),
            None,
        )
        out.append(replace(figure, claimed_by=owner) if owner else figure)
    return tuple(out)


__all__ = ["EXTRACTOR_VERSION", "Article", "Extraction", "extract", "parse_article"]
