"""Turn one article's :class:`Extraction` into plain dicts (the ``/facts`` bundle).

Pure Python; dates stay ``date``/``datetime`` objects: the schemas dump them to
JSON-ready values and validate the result afterwards (``service.store``).
Absent values are left out, never ``null``; ids can be qualified with a prefix so
that they stay unique when several articles are served.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from decimal import Decimal
from typing import Any

from .extract import Article, Extraction
from .extract.facts import (
    DateFact,
    Figure,
    Mention,
    Organization,
    Person,
    Place,
    Quote,
    Relation,
    Span,
)

Json = dict[str, Any]


def _prune(data: Json) -> Json:
    """Drop keys whose value is None: null and absent mean the same here."""
    return {k: v for k, v in data.items() if v is not None}


def _num(value: Decimal | None) -> float | None:
    return None if value is None else float(value)


class BundleBuilder:
    """Builds the dicts of one article; ``qualify`` makes ids service-unique."""

    def __init__(self, article: Article, qualify: Callable[[str], str] = lambda i: i) -> None:
        self.article = article
        self.qualify = qualify

    def span(self, span: Span) -> Json:
        return {"text": self.article.slice(span), "start": span.start, "end": span.end}

    def evidence(self, span: Span) -> Json:
        where = self.article.locate(span)
        data: Json = {"start": span.start, "end": span.end}
        if where is None:  # outside every block: should not happen, keep the offsets honest
            return {"section": "body", **data}
        return {"section": where.section, "paragraph": where.paragraph, "sentence": where.sentence, **data}

    def _fact(self, fact_id: str, span: Span, surface: str, rule: str) -> Json:
        return {
            "id": self.qualify(fact_id),
            "article_id": self.article.id,
            "text": surface,
            "rule": rule,
            "evidence": self.evidence(span),
        }

    def mention(self, mention: Mention) -> Json:
        where = self.article.locate(mention.span)
        return _prune({
            **self.span(mention.span),
            "type": mention.type,
            "role": mention.role,
            "section": where.section if where else None,
            "paragraph": where.paragraph if where else None,
            "rule": mention.rule,
        })

    def _id(self, value: str | None) -> str | None:
        return self.qualify(value) if value else None

    def relation(self, relation: Relation) -> Json:
        return _prune({
            "type": relation.type,
            "from": self._id(relation.from_id),
            "to": self._id(relation.to_id),
            "direction": relation.direction,
            "stated": self._id(relation.stated_id),
            "computed_percent": _num(relation.computed_percent),
            "consistent": relation.consistent,
        })

    def figure(self, f: Figure) -> Json:
        return _prune({
            **self._fact(f.id, f.span, f.surface, f.rule),
            "kind": f.type,
            "value": float(f.value),
            "unit": f.unit,
            "approximate": f.approximate,
            "qualifier": f.qualifier,
            "lower": _num(f.lower),
            "upper": _num(f.upper),
            "direction": getattr(f, "direction", None),
            "subject": f.subject,
            "relations": [self.relation(r) for r in f.relations],
            "claimed_by": self._id(f.claimed_by),
        })

    def quote(self, q: Quote) -> Json:
        speaker = None
        if q.speaker is not None:
            speaker = _prune({
                "kind": q.speaker.kind,
                "id": self._id(q.speaker.id),
                "name": q.speaker.name,
                "mention": self.span(q.speaker.mention.span),
            })
        return _prune({
            **self._fact(q.id, q.span, q.surface, q.rule),
            "kind": q.type,
            "parts": [self.span(p) for p in q.parts],
            "speaker": speaker,
            "cue": self.span(q.cue.span) if q.cue else None,
            "linked": [self.qualify(i) for i in q.linked],
        })

    def person(self, p: Person, quote_count: int) -> Json:
        return _prune({
            **self._fact(p.id, p.span, p.surface, p.rule),
            "name": p.name,
            "family_name": p.family_name,
            "given_name": p.given_name,
            "gender": p.gender,
            "titles": [{**self.span(t.span), "current": t.current} for t in p.titles],
            "affiliations": [
                _prune({"name": a.name, "kind": a.kind, "id": self._id(a.id), "start": a.span.start, "end": a.span.end})
                for a in p.affiliations
            ],
            "mentions": [self.mention(m) for m in p.mentions],
            "quote_count": quote_count,
        })

    def organization(self, o: Organization) -> Json:
        return _prune({
            **self._fact(o.id, o.span, o.surface, o.rule),
            "name": o.name,
            "kind": o.type,
            "acronym": o.acronym,
            "aliases": list(o.aliases),
            "country": o.country,
            "mentions": [self.mention(m) for m in o.mentions],
        })

    def place(self, p: Place) -> Json:
        return _prune({
            **self._fact(p.id, p.span, p.surface, p.rule),
            "name": p.name,
            "kind": p.type,
            "country_code": p.country_code,
            "mentions": [self.mention(m) for m in p.mentions],
        })

    def date(self, d: DateFact) -> Json:
        return _prune({
            **self._fact(d.id, d.span, d.surface, d.rule),
            "value": d.value,
            "granularity": d.granularity,
            "start": d.start,
            "end": d.end,
            "anchor": d.anchor,
            "relative": d.relative,
            "timezone": self.article.timezone,
        })

    def article_view(self) -> Json:
        a = self.article
        dateline = None
        if a.dateline is not None:
            d = a.dateline
            dateline = _prune({
                **self.span(d.span),
                "place": d.place,
                "date": d.date,
                "agency": d.agency,
            })
        return _prune({
            "id": a.id,
            "headline": a.slice(a.headline.span) if a.headline else None,
            "section": a.section,
            "published_at": a.published_at,
            "timezone": a.timezone,
            "dateline": dateline,
            "byline": a.byline,
            "paragraphs": [
                {**self.span(p.span), "number": p.number, "sentences": self._sentences(p.sentences)}
                for p in a.paragraphs
            ],
            "captions": [
                _prune({
                    **self.span(c.text),
                    "number": c.block.number,
                    "sentences": self._sentences(c.block.sentences),
                    "credit": c.credit,
                    "notes": [a.slice(n) for n in c.notes],
                })
                for c in a.captions
            ],
            "length": len(a.text),
        })

    @staticmethod
    def _sentences(spans: Iterable[Span]) -> list[Json]:
        return [{"number": n, "start": s.start, "end": s.end} for n, s in enumerate(spans, 1)]


def build_bundle(extraction: Extraction, qualify: Callable[[str], str] = lambda i: i) -> Json:
    """The ``/facts`` bundle of one article as JSON-ready dicts (before versions are added)."""
    b = BundleBuilder(extraction.article, qualify)
    counts: dict[str, int] = {}
    for q in extraction.quotes:
        if q.speaker is not None and q.speaker.kind == "person" and q.speaker.id:
            counts[q.speaker.id] = counts.get(q.speaker.id, 0) + 1
    return {
        "article": b.article_view(),
        "figures": [b.figure(f) for f in extraction.figures],
        "quotes": [b.quote(q) for q in extraction.quotes],
        "people": [b.person(p, counts.get(p.id, 0)) for p in extraction.people],
        "organizations": [b.organization(o) for o in extraction.organizations],
        "places": [b.place(p) for p in extraction.places],
        "dates": [b.date(d) for d in extraction.dates],
    }
