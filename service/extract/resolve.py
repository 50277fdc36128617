"""Links between fact kinds, made after every extractor has run.

- a figure inside a quote's words is *claimed by* that quote (the smallest one holding it);
- a person's affiliation names the organization or place it is (by name, then by the same span).
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import replace

from .facts import Affiliation, Figure, Organization, Person, Place, Quote, Span


def claimed(found: tuple[Figure, ...], quoted: tuple[Quote, ...]) -> tuple[Figure, ...]:
    """Give each figure inside a quote's words the id of the smallest such quote.

    Parts are sorted by start once; each figure then looks only at parts starting before it
    whose end can still reach it (bounded by the longest part), not at every quote.
    """
    parts = sorted((part.start, part.end, len(part), q.id) for q in quoted for part in (q.parts or (q.span,)))
    starts = [p[0] for p in parts]
    longest = max((p[2] for p in parts), default=0)
    out = []
    for figure in found:
        hi = bisect_right(starts, figure.span.start)
        lo = bisect_left(starts, figure.span.start - longest, 0, hi)
        holders = [(size, qid) for _, end, size, qid in parts[lo:hi] if end >= figure.span.end]
        out.append(replace(figure, claimed_by=min(holders)[1]) if holders else figure)
    return tuple(out)


def _key(name: str) -> str:
    """Compare names without case, a leading article or full stops: "the U.S." ~ "US"."""
    words = name.casefold().replace(".", "").split()
    if words[:1] == ["the"]:
        words = words[1:]
    return " ".join(words)


def _index(organizations: tuple[Organization, ...], places: tuple[Place, ...]) -> dict[str, tuple[str, str]]:
    """Every name, alias and acronym -> (kind, id); the first entity to claim a name keeps it."""
    names: dict[str, tuple[str, str]] = {}
    for org in organizations:
        for name in (org.name, *org.aliases, *([org.acronym] if org.acronym else [])):
            names.setdefault(_key(name), ("organization", org.id))
    for place in places:
        for name in (place.name, *(m.text for m in place.mentions if m.type != "demonym")):
            names.setdefault(_key(name), ("place", place.id))
    return names


def _by_span(span: Span, organizations: tuple[Organization, ...], places: tuple[Place, ...]) -> tuple[str, str] | None:
    for org in organizations:
        if any(m.span == span for m in org.mentions):
            return ("organization", org.id)
    for place in places:
        if any(m.span == span for m in place.mentions):
            return ("place", place.id)
    return None


def link_affiliations(
    people: tuple[Person, ...], organizations: tuple[Organization, ...], places: tuple[Place, ...]
) -> tuple[Person, ...]:
    """Fill in each affiliation's kind and id from the organizations and places found."""
    names = _index(organizations, places)
    out = []
    for person in people:
        linked = []
        for aff in person.affiliations:
            found = names.get(_key(aff.name)) or _by_span(aff.span, organizations, places)
            linked.append(Affiliation(aff.name, found[0], aff.span, found[1]) if found and not aff.id else aff)
        out.append(replace(person, affiliations=tuple(linked)))
    return tuple(out)
