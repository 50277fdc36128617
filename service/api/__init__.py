"""HTTP layer: one blueprint per resource, registered in this order."""

from __future__ import annotations

from . import articles, dates, figures, health, organizations, people, places, quotes

BLUEPRINTS = (
    health.blp,
    articles.blp,
    figures.blp,
    quotes.blp,
    people.blp,
    organizations.blp,
    places.blp,
    dates.blp,
)
