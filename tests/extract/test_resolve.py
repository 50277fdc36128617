"""Cross-kind links: figures claimed by quotes, affiliations linked to organizations and places."""

from __future__ import annotations

from decimal import Decimal

from service.extract.facts import Affiliation, Figure, Mention, Organization, Person, Place, Quote, Span
from service.extract.resolve import claimed, link_affiliations


def _figure(start: int, end: int) -> Figure:
    return Figure(Span(start, end), "x" * (end - start), "test", id=f"fig-{start}", value=Decimal(1))


def test_claimed_by_the_smallest_quote() -> None:
    """A figure in a partial quote inside a reported clause is claimed by the partial quote."""
    outer = Quote(Span(0, 100), "o" * 100, "test", id="q-1")
    inner = Quote(Span(10, 30), "i" * 20, "test", id="q-2")
    split = Quote(Span(50, 90), "s" * 40, "test", id="q-3", parts=(Span(50, 60), Span(80, 90)))
    figures = claimed((_figure(12, 15), _figure(40, 45), _figure(70, 72), _figure(200, 210)), (outer, inner, split))
    assert [f.claimed_by for f in figures] == ["q-2", "q-1", "q-1", None]


def test_affiliations_link_by_name_then_span() -> None:
    """Names match without case, stops or a leading 'the'; otherwise an identical span links."""
    org = Organization(Span(0, 16), "State Department", "test", id="state-department", name="State Department",
                       aliases=("U.S. State Department",), acronym=None,
                       mentions=(Mention(Span(0, 16), "State Department", "name", "test"),))
    place = Place(Span(20, 24), "U.S.", "test", id="united-states", name="United States",
                  mentions=(Mention(Span(20, 24), "U.S.", "short_form", "test"),))
    person = Person(Span(30, 40), "Jane Smith", "test", id="jane-smith", name="Jane Smith", affiliations=(
        Affiliation("the U.S. State Department", "organization", Span(50, 75)),
        Affiliation("US", "place", Span(80, 82)),
        Affiliation("Ministry", "organization", Span(0, 16)),
        Affiliation("Atlantis", "place", Span(90, 98)),
    ))
    (linked,) = link_affiliations((person,), (org,), (place,))
    assert [(a.kind, a.id) for a in linked.affiliations] == [
        ("organization", "state-department"), ("place", "united-states"),
        ("organization", "state-department"), ("place", None),
    ]
