"""Organization name candidates in one block: capitalized runs with a head noun, lexicon names, agencies.

A capitalized run is a sequence of capitalized tokens joined by single spaces
(or a hyphen between two capitalized words: "Korea-U.S. Alliance Foundation")
and the connectors "of", "for", "and", "on", "&" (and "the" after "of").  A run
names an organization when it ends in a head noun from ``org_kinds.tsv``
("Affairs Bureau", "Forces", "Co."), optionally followed by an "of ..." tail, or
when it is listed in ``org_names.tsv``.  Leading country names and demonyms of a
government body are a modifier, not part of its canonical name ("U.S. State
Department" is the State Department, country US).
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from itertools import compress, count
from operator import itemgetter
from typing import Final

from ._gazetteer import FORMS, Hit, Token, find_places, tokenize, within
from .facts import Span
from .lexicon import load_table, load_words

_HEADS: Final = {tuple(row[0].split()): row[1] for row in load_table("org_kinds")}
_HEAD_MAX: Final = max(len(head) for head in _HEADS)
_HEAD_FIRSTS: Final = frozenset(head[0] for head in _HEADS)  # first words of head nouns: a cheap pre-filter
_SKIP: Final = load_words("org_skip")
_BREAKS: Final = load_words("org_breaks")
_AGENCIES: Final = load_words("agencies")
_AGENCY_MAX: Final = max(len(a.split()) for a in _AGENCIES)
_WORLDWIDE: Final = frozenset({"International", "World", "Global"})  # first words of international bodies
_CONNECTORS: Final = frozenset({"of", "for", "and", "on", "&", "the"})
_GAPS: Final = frozenset({" ", "' ", "’ "})  # tokens of one name: a space, maybe after a plural possessive
_POSSESSIVE: Final = re.compile(r"['’]s? ")  # "Korea's Foreign Ministry", "the Philippines' embassy"


@dataclass(frozen=True, slots=True)
class Known:
    """An organization listed in ``org_names.tsv``."""

    name: str
    type: str
    country: str | None
    acronym: str | None


def _known() -> dict[str, tuple[Known, str]]:
    forms: dict[str, tuple[Known, str]] = {}
    for row in load_table("org_names"):
        cells = list(row) + ["", "", "", ""]
        known = Known(cells[0], cells[1], cells[2] or None, cells[3] or None)
        forms.setdefault(cells[0], (known, "name"))
        if known.acronym:
            forms.setdefault(known.acronym, (known, "acronym"))
        for alias in (a.strip() for a in cells[4].split(";")):
            if alias:
                forms.setdefault(alias, (known, "alias"))
    return forms


KNOWN: Final = _known()
_KNOWN_MAX: Final = max(len(form.split()) for form in KNOWN)
_FIRSTS: Final = frozenset(
    tokenize(form, Span(0, len(form)))[0].text.lower() for form in (*KNOWN, *_AGENCIES)
)  # first tokens of listed names: a cheap pre-filter
GOVERNMENT_HEADS: Final = frozenset(h[-1].lower() for h, kind in _HEADS.items() if kind == "government")
NOMINAL_HEADS: Final = frozenset(h[-1].lower() for h in _HEADS if len(h) == 1 and h[0].isalpha())
"""Heads that can stand alone after "the" as a later mention ("the department")."""


@dataclass(frozen=True, slots=True)
class Candidate:
    """One organization mention found in the text."""

    span: Span
    name: str  # canonical display name (country modifier removed)
    type: str
    country: str | None
    form: str  # name | alias | acronym
    rule: str
    head: str | None = None  # the head noun, lower case ("department")


def runs(text: str, tokens: Sequence[Token]) -> Iterator[list[Token]]:
    """Split *tokens* into capitalized runs (connectors only inside a run) of two tokens or more.

    Trimming and cutting a run may leave pieces of one token.
    """
    run: list[Token] = []
    for k, tok in enumerate(tokens):
        start, _, word, cap = tok  # unpacked once: quicker than the named fields
        if not run:
            if cap:
                run = [tok]
            continue
        if cap or (word in _CONNECTORS and (word != "the" or run[-1].text in ("of", "for"))):
            gap = text[run[-1].end : start]
            if (
                gap in _GAPS
                or (gap == ", " and _listed(text, run, tokens, k))
                or (gap == "-" and cap and run[-1].cap)  # "Korea-U.S. Alliance Foundation"
            ):
                run.append(tok)
                continue
        if len(run) > 1:
            yield from _pieces(run)
        run = [tok] if cap else []
    if len(run) > 1:
        yield from _pieces(run)


def _pieces(run: list[Token]) -> Iterator[list[Token]]:
    """A run trimmed, then cut between names."""
    run = _trim(run)
    return _split(run) if len(run) > 2 else iter((run,))


def _listed(text: str, run: list[Token], tokens: Sequence[Token], k: int) -> bool:
    """A comma inside an "of" list: "Ministry of Trade, Industry and Energy" (Cap, Cap and Cap)."""
    if "of" not in map(_TEXT, run) or not run[-1].cap:
        return False
    for j in range(k, min(k + 5, len(tokens) - 1)):
        if not tokens[j].cap or tokens[j].text in FORMS or text[tokens[j].end : tokens[j + 1].start] not in (" ", ", "):
            return False  # "the Ministry of Defense, Seoul and Tokyo": a list of places ends the name
        if tokens[j + 1].text == "and":
            return j + 2 < len(tokens) and tokens[j + 2].cap and tokens[j + 2].text not in FORMS
    return False


def _split(run: list[Token]) -> Iterator[list[Token]]:
    """Cut a run at "and"/"&" between two complete names ("Hyundai Motor Co. and Kia Corp.")."""
    for j, tok in enumerate(run):
        if tok.text in ("and", "&") and 0 < j < len(run) - 1:
            left, right = run[:j], run[j + 1 :]
            if _HEADS.get((left[-1].text,)) and _heads(right):
                yield left
                yield from _split(right)
                return
    yield run


def _trim(run: list[Token]) -> list[Token]:
    while run and (run[0].text.lower() in _SKIP or not run[0].cap):
        run = run[1:]
    while run and not run[-1].cap:
        run = run[:-1]
    return run


def _heads(run: list[Token]) -> list[tuple[int, int, str]]:
    """(index, length, type) of each head noun in *run*, longest first, left to right."""
    found: list[tuple[int, int, str]] = []
    words = tuple(map(_TEXT, run))
    if _HEAD_FIRSTS.isdisjoint(words):
        return found  # most runs hold no head noun
    i = 0
    while i < len(words):
        if words[i] not in _HEAD_FIRSTS:
            i += 1  # most words open no head noun
            continue
        for n in range(min(_HEAD_MAX, len(words) - i), 0, -1):
            kind = _HEADS.get(words[i : i + n])
            if kind is not None:
                found.append((i, n, kind))
                i += n - 1
                break
        i += 1
    return found


def from_run(text: str, run: list[Token]) -> Candidate | None:
    """The organization a capitalized run names by its head noun, if any."""
    heads = [h for h in _heads(run) if _BREAKS.isdisjoint(map(str.lower, map(_TEXT, run[h[0] : h[0] + h[1]])))]
    if not heads:
        return None
    index, length, kind = heads[-1]
    first = 0
    for j in range(index):
        if run[j].text in ("of", "for", "the", "on"):
            first = j + 1  # "Director of the Consular Affairs Bureau": the name starts after "of the"
    last = index + length - 1
    if last + 1 < len(run) and run[last + 1].text in ("of", "for"):
        last = _tail_end(run, last + 1)
    elif kind == "military" and last + 1 < len(run) and run[last + 1].text in FORMS:
        last += 1  # "Forces Korea": a place right after a military head is part of its name
    bare = first >= index and last == index + length - 1
    if bare and (length == 1 or kind in ("media", "company")):
        return None  # a bare head ("Army", "Times") names nothing; "Supreme Court" does
    span = Span(run[first].start, run[last].end)
    surface = text[span.start : span.end]
    if surface in FORMS:
        return None  # "Soviet Union", "Central African Republic": a place
    if run[first].text in _WORLDWIDE and kind not in ("company", "media"):
        kind = "international"  # "International Olympic Committee", "World Food Programme"
    return Candidate(span, surface, kind, None, "name", "organization.head", run[index + length - 1].text.lower())


def _tail_end(run: list[Token], connector: int) -> int:
    """Last index of an "of ..." tail, stopping before a title word after its first word.

    The first capitalized word of the tail always stays ("Ministry of Justice",
    "Office of the President"); a later title ends it ("... Affairs Spokesperson Lim").
    """
    last = connector
    seen_word = False
    for j in range(connector + 1, len(run)):
        if seen_word and run[j].text.lower() in _BREAKS:
            break
        seen_word = seen_word or run[j].cap
        last = j
    while last > connector and not run[last].cap:
        last -= 1
    return last if last > connector else connector - 1


def known(text: str, tokens: Sequence[Token]) -> Iterator[Candidate]:
    """Organizations listed in the lexicon (names, acronyms, other names) and news agencies."""
    after = 0  # the first token not inside the last name found
    for i in _openers(tokens):
        if i < after:
            continue
        for n in range(min(max(_KNOWN_MAX, _AGENCY_MAX), len(tokens) - i), 0, -1):
            surface = text[tokens[i].start : tokens[i + n - 1].end]
            if surface not in KNOWN and surface.lower() not in _AGENCIES:
                continue  # listed nowhere (the quick test of _known_at)
            found = _known_at(text, Span(tokens[i].start, tokens[i + n - 1].end), tokens, i)
            if found is not None:
                yield found
                after = i + n
                break


def _openers(tokens: Sequence[Token]) -> Iterator[int]:
    """The indices of capitalized tokens that open a listed name or agency (the tests run in C)."""
    capitalized = list(compress(count(), map(_CAP, tokens)))
    words = map(str.lower, map(_TEXT, map(tokens.__getitem__, capitalized)))
    return compress(capitalized, map(_FIRSTS.__contains__, words))


_TEXT: Final = itemgetter(2)  # Token.text
_CAP: Final = itemgetter(3)  # Token.cap


def _known_at(text: str, span: Span, tokens: Sequence[Token], i: int) -> Candidate | None:
    surface = text[span.start : span.end]
    if surface in KNOWN:
        org, form = KNOWN[surface]
        if form == "acronym" and len(surface) <= 3 and surface.isupper() and _shouting(text, span):
            return None  # "WHO" in an all-caps headline is the pronoun
        head = org.name.split()[-1].lower()
        return Candidate(span, org.name, org.type, org.country, form, "organization.lexicon", head)
    if surface.lower() not in _AGENCIES or not all(w[:1].isupper() for w in surface.split()):
        return None
    single = " " not in surface
    if single and not (surface.isupper() and len(surface) >= 2 or len(surface) >= 4):
        return None  # "Pa", "Spa": too short to trust unless written in capitals
    before = tokens[i - 1] if i > 0 else None
    if single and before is not None and before.cap and text[before.end : span.start] == " ":
        return None  # "Michael Bloomberg": part of a longer name
    return Candidate(span, surface, "media", None, "name", "organization.agency")


def _shouting(text: str, span: Span) -> bool:
    """Whether the words around *span* are all capitals (a headline in caps)."""
    around = text[max(0, span.start - 30) : span.end + 30]
    return not any(c.islower() for c in around)


@dataclass(frozen=True, slots=True)
class _Places:
    """The places of one block, indexed for lookups by position."""

    hits: list[Hit]
    starts: list[int]
    by_end: dict[int, Hit]

    @classmethod
    def of(cls, hits: list[Hit]) -> _Places:
        return cls(hits, [h.span.start for h in hits], {h.span.end: h for h in hits if h.form != "demonym"})

    def inside(self, span: Span) -> list[Hit]:
        return within(self.hits, self.starts, span)


def strip_modifier(text: str, cand: Candidate, run: list[Token], places: _Places) -> Candidate:
    """Drop a leading country or demonym from a government body's canonical name."""
    if not places.hits:
        return cand  # no place to drop
    inside = places.inside(cand.span)
    country = cand.country or next((h.entry.code for h in inside if h.entry.code), None)
    lead = inside[0] if inside and inside[0].span.start == cand.span.start else None
    rest = [t for t in run if lead and lead.span.end < t.start and t.end <= cand.span.end]
    kept = Candidate(cand.span, cand.name, cand.type, country, cand.form, cand.rule, cand.head)
    if cand.type != "government" or lead is None or lead.entry.type != "country" or len(rest) < 2:
        return kept
    if lead.form != "demonym" and not _abbreviated(text[lead.span.start : lead.span.end]):
        return kept  # "Korea Fair Trade Commission": a country noun is part of the name
    if rest[0].text in _CONNECTORS:
        return kept
    name = text[rest[0].start : cand.span.end]
    return Candidate(cand.span, name, cand.type, country, "alias", cand.rule, cand.head)


def _abbreviated(name: str) -> bool:
    """Whether a country name is written as an abbreviation ("U.S.", "S. Korea", "UK").

    >>> _abbreviated("U.S."), _abbreviated("UK"), _abbreviated("Korea")
    (True, True, False)
    """
    return "." in name or name.isupper()


def scan(text: str, tokens: Sequence[Token], hits: list[Hit] | None = None) -> list[Candidate]:
    """Every organization candidate among *tokens*, non-overlapping, in text order.

    *hits* are the gazetteer places among the same tokens, when the caller has them.
    """
    places = _Places.of(hits if hits is not None else [h for _, _, h in find_places(text, tokens)])
    found = list(known(text, tokens))
    for run in runs(text, tokens):
        cand = from_run(text, run) if len(run) > 1 else None  # one word alone is a bare head at most
        if cand is not None:
            found.append(strip_modifier(text, cand, run, places))
    found.sort(key=lambda c: (c.span.start, c.span.start - c.span.end, c.rule != "organization.lexicon"))
    kept: list[Candidate] = []
    for cand in found:
        if not kept or not kept[-1].span.overlaps(cand.span):
            kept.append(cand)
    if not places.hits:
        return kept  # no country to find
    return [
        c if c.country else Candidate(c.span, c.name, c.type, _owner(text, places, c.span), c.form, c.rule, c.head)
        for c in kept
    ]


def _owner(text: str, places: _Places, span: Span) -> str | None:
    """A country named inside the name, or owning it by a possessive ("South Korea's Foreign Ministry")."""
    if not places.hits:
        return None
    inside = next((h.entry.code for h in places.inside(span) if h.entry.code), None)
    if inside is not None:
        return inside
    for gap in (3, 2):  # "Korea's ", "Philippines' "
        hit = places.by_end.get(span.start - gap)
        if hit is not None and _POSSESSIVE.fullmatch(text, hit.span.end, span.start):
            return hit.entry.code
    return None
