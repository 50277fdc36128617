"""Pure extraction core: text in, frozen facts with spans out.

Imports neither flask, werkzeug nor marshmallow (a test checks).  Deterministic
and total: odd text yields fewer facts, never an exception.

>>> from service.extract import extract, parse_article
>>> bundle = extract(parse_article("Rates rise\\n\\nLONDON (AP) -- Rates rose.", "demo"))
>>> bundle.article.id, bundle.article.dateline.place
('demo', 'LONDON')
"""

from __future__ import annotations

from typing import Final

from . import dates, figures, organizations, people, places, quotes
from .article import Article, parse_article
from .facts import Extraction
from .organizations import scan_blocks
from .resolve import claimed, link_affiliations

EXTRACTOR_VERSION: Final = "0.1.0"
"""Bumped whenever extraction output can change; part of every ETag."""


def extract(article: Article) -> Extraction:
    """Run every extractor over *article* and link their results."""
    found_people = people.extract(article)
    scans = scan_blocks(article)  # each block read once for organizations and places
    found_organizations = organizations.extract(article, scans)
    found_places = places.extract(article, scans)
    found_quotes = quotes.extract(
        article, people=found_people, organizations=found_organizations, places=found_places
    )
    return Extraction(
        article=article,
        figures=claimed(figures.extract(article), found_quotes),
        quotes=found_quotes,
        people=link_affiliations(found_people, found_organizations, found_places),
        organizations=found_organizations,
        places=found_places,
        dates=dates.extract(article),
    )


__all__ = ["EXTRACTOR_VERSION", "Article", "Extraction", "extract", "parse_article"]
