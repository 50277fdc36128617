"""Organizations: names, acronyms, aliases and later mentions, merged per article.

Candidates come from :mod:`._orgscan` (head nouns, lexicon names, news agencies) and
:mod:`._orgdesc` (bodies named by description: "the foreign ministry", "the Seoul
government", whose mentions have the type ``nominal``).
Mentions merge when their canonical names agree after normalization ("U.S. State
Department" and "the State Department"; "Ministry of Defense" and "Defense
Ministry"), an acronym defined in parentheses ("Korea Development Institute
(KDI)") links every later use of the acronym, a company's or agency's first word
links later short references ("Samsung"), and "the department" links back when
exactly one named organization has that head noun.  Ids are slugs of the
canonical name.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Final, NamedTuple

from ._gazetteer import FORMS, Columns, Hit, SpanIndex, columns, find_places
from ._orgdesc import Described, combine, describe, home_country
from ._orgscan import GOVERNMENT_HEADS, Candidate, scan
from .article import Article
from .facts import Mention, Organization, Span
from .lexicon import load_words

_NOMINALS: Final = load_words("org_nominals")
_LEGAL: Final = frozenset({"co", "corp", "inc", "ltd", "llc", "plc"})
_BROADCAST: Final = frozenset({"broadcasting", "television", "tv", "radio", "broadcaster", "channel"})
_ACRONYM: Final = re.compile(r" ?\((?P<acronym>[A-Z][A-Za-z0-9&.-]{1,11})\)")  # "(KDI)" right after a name
_PART_OF: Final = re.compile(r" (?:at|of|in|under|within) the ")  # "Bureau at the State Department"
# "the department"; the class first (T, then no word character before it, as \b would) lets the engine skip fast
_NOMINAL: Final = re.compile(r"[Tt](?<!\w.)he (?P<noun>[a-z]{3,20})\b(?! of\b)")


@dataclass(slots=True)
class _Group:
    """An organization being assembled (internal and mutable; never output)."""

    key: str
    name: str
    type: str
    country: str | None
    rule: str
    head: str | None
    acronym: str | None = None
    aliases: list[str] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)


def extract(article: Article, scans: tuple[Scanned, ...] | None = None) -> tuple[Organization, ...]:
    """Return the organizations of *article* in order of first mention (*scans*: its :func:`scan_blocks`,
    when the caller shares them with places).

    >>> from service.extract.article import parse_article
    >>> text = ("Talks\\n\\nSEOUL, Aug. 20 (AP) -- The Korea Development Institute (KDI) said the "
    ...         "U.S. State Department erred. KDI said the department should ask the State Department.\\n")
    >>> for org in extract(parse_article(text)):
    ...     print(org.id, org.type, org.acronym, org.country, [m.type for m in org.mentions])
    ap media None None ['name']
    korea-development-institute other KDI KR ['name', 'acronym', 'acronym']
    state-department government None US ['alias', 'nominal', 'name']
    """
    text = article.text
    scans = scan_blocks(article) if scans is None else scans
    blocks = [block.columns for block in scans]
    groups: list[_Group] = []
    home = home_country(article)
    by_key: dict[str, list[_Group]] = {}
    for block in scans:
        # the scanned candidates alone are already in text order and apart (see _orgscan.scan)
        both = combine(list(block.candidates), list(block.described)) if block.described else block.candidates
        for cand in both:
            _add(groups, by_key, cand, text)
    _inherit_country(text, groups)
    _home_bodies(groups, home)
    where = _Where(blocks)
    _acronyms(text, groups, blocks, where)
    _short_forms(text, groups, blocks, where)
    _nominals(text, groups, article, home)
    return _facts(text, groups)


class Scanned(NamedTuple):
    """One block read for organization names; places reads the same blocks (see :func:`scan_blocks`)."""

    columns: Columns  # the tokens
    hits: tuple[Hit, ...]  # the gazetteer places among the tokens (case-sensitive, hyphens unsplit)
    candidates: tuple[Candidate, ...]  # names by head noun, lexicon names, agencies (:func:`._orgscan.scan`)
    described: tuple[Described, ...]  # bodies named by description (:func:`._orgdesc.describe`)


def scan_blocks(article: Article) -> tuple[Scanned, ...]:
    """The blocks of *article* read once for organization names; places reads the same (the pipeline passes
    them to both, so each block is tokenized and scanned once)."""
    return _scan_blocks(article.text, tuple(block.span for block in article.blocks), home_country(article))


def _scan_blocks(text: str, spans: tuple[Span, ...], home: str | None) -> tuple[Scanned, ...]:
    out = []
    for span in spans:
        block = columns(text, span)
        tokens = block.tokens()
        hits = [hit for _, _, hit in find_places(text, tokens)]
        candidates, described = scan(text, tokens, hits), describe(text, tokens, home, hits)
        out.append(Scanned(block, tuple(hits), tuple(candidates), tuple(described)))
    return tuple(out)


@lru_cache(maxsize=4096)
def key_of(name: str) -> str:
    """The merge key of a canonical name.

    >>> key_of("Ministry of Foreign Affairs"), key_of("Foreign Ministry"), key_of("Samsung Electronics Co.")
    ('foreign ministry', 'foreign ministry', 'samsung electronics')
    """
    words = [w for w in re.split(r"[^\w&-]+", name.lower().replace(".", "")) if w and w != "the"]
    if "of" in words and words[0] in GOVERNMENT_HEADS:
        at = words.index("of")
        words = words[at + 1 :] + words[:at]  # "department of state" -> "state department"
    words = [w for w in words if w != "affairs"]
    while len(words) > 1 and words[-1] in _LEGAL:
        words.pop()
    return " ".join(words)


def _add(groups: list[_Group], by_key: dict[str, list[_Group]], cand: Candidate, text: str) -> None:
    """Attach a candidate to its group, or open a new one (*by_key*: the groups of each key, in order)."""
    key = key_of(cand.name)
    same = by_key.setdefault(key, [])
    match = next((g for g in same if g.country == cand.country), None)
    if match is None and len(same) == 1 and None in (same[0].country, cand.country):
        match = same[0]
    surface = text[cand.span.start : cand.span.end]
    if match is None:
        match = _Group(key, cand.name, cand.type, cand.country, cand.rule, cand.head)
        groups.append(match)
        same.append(match)
    match.country = match.country or cand.country
    form = cand.form if cand.form != "name" or surface == match.name else "alias"
    if form == "acronym":
        match.acronym = surface
    elif form == "alias" and surface not in match.aliases:
        match.aliases.append(surface)
    match.mentions.append(Mention(cand.span, surface, form, cand.rule))


def _inherit_country(text: str, groups: list[_Group]) -> None:
    """A bureau "at the State Department" or "of the Foreign Ministry" lies in its parent's country."""
    by_start = {m.span.start: g for g in groups for m in g.mentions}
    for group in groups:
        if group.country is not None:
            continue
        for mention in group.mentions:
            link = _PART_OF.match(text, mention.span.end)
            parent = by_start.get(link.end()) if link else None
            if parent is not None and parent is not group and parent.country:
                group.country = parent.country
                break


def _home_bodies(groups: list[_Group], home: str | None) -> None:
    """A listed national body that every country has ("National Assembly", "Joint Chiefs of Staff"),
    named without a country, is the dateline country's."""
    for group in groups:
        if group.country is None and group.type in ("government", "military") and group.rule == "organization.lexicon":
            group.country = home


class _Where:
    """Where each token text stands: (block, index) pairs in reading order.

    The first few words asked for are looked for block by block (a quick test in C per block); once
    many have been asked, capitalized tokens are indexed (acronyms and names are capitalized).  Any
    other word is always looked for block by block.
    """

    __slots__ = ("_blocks", "_capitalized", "_asked")

    def __init__(self, blocks: Sequence[Columns]) -> None:
        self._blocks = blocks
        self._capitalized: dict[str, list[tuple[int, int]]] | None = None
        self._asked = 0

    def find(self, word: str) -> list[tuple[int, int]]:
        """The tokens that read exactly *word*."""
        capitalized = word[:1].isupper() or word[:1].isdigit() or word == "&"  # see Token.cap
        if capitalized and self._capitalized is None and self._asked >= _LOOKS_BEFORE_INDEX:
            self._capitalized = {}
            for b, block in enumerate(self._blocks):
                for i, (w, cap) in enumerate(zip(block.texts, block.caps, strict=True)):
                    if cap:
                        self._capitalized.setdefault(w, []).append((b, i))
        if capitalized and self._capitalized is not None:
            return self._capitalized.get(word, [])
        self._asked += 1
        return [
            (b, i) for b, block in enumerate(self._blocks) if word in block.texts for i in _indices(block.texts, word)
        ]


def _indices(texts: tuple[str, ...], word: str) -> Iterator[int]:
    """Where *word* stands in *texts* (each look runs in C)."""
    i = -1
    while True:
        try:
            i = texts.index(word, i + 1)
        except ValueError:
            return
        yield i


_LOOKS_BEFORE_INDEX: Final = 16  # one look through every block costs about a sixteenth of indexing them


def _acronyms(text: str, groups: list[_Group], blocks: Sequence[Columns], where: _Where) -> None:
    """Acronyms defined in parentheses right after a name, and every later use of them."""
    for group in groups:
        if group.acronym is not None:
            continue
        for mention in list(group.mentions):
            found = _ACRONYM.match(text, mention.span.end)
            if found and _fits(found["acronym"], mention.text):
                group.acronym = found["acronym"]
                break
    taken: set[Span] | None = None  # the mentions so far, gathered at the first use of an acronym
    added: list[tuple[_Group, Mention]] = []
    for group in groups:
        if group.acronym is None:
            continue
        for b, i in where.find(group.acronym):
            if taken is None:
                taken = {m.span for g in groups for m in g.mentions}
            span = Span(blocks[b].starts[i], blocks[b].ends[i])
            if span not in taken:
                added.append((group, Mention(span, group.acronym, "acronym", "organization.acronym")))
    for group, mention in added:
        group.mentions.append(mention)


def _fits(acronym: str, name: str) -> bool:
    """An acronym needs two capitals and must open like one of the name's words."""
    capitals = sum(c.isupper() for c in acronym)
    return capitals >= 2 and any(w[:1] == acronym[:1] for w in name.split())


def _short_forms(text: str, groups: list[_Group], blocks: Sequence[Columns], where: _Where) -> None:
    """Link "Samsung" after "Samsung Electronics Co.": a company's or agency's first word alone."""
    for full in groups:
        words = full.name.split()
        first = words[0]
        if full.type not in ("company", "media") or len(words) < 2 or not first.isalpha() or len(first) < 3:
            continue
        if first in FORMS:
            continue  # "Korea Herald": the first word is a place
        for short in [g for g in groups if g is not full and g.name == first]:
            full.mentions.extend(Mention(m.span, m.text, "short_form", m.rule) for m in short.mentions)
            full.country = full.country or short.country
            groups.remove(short)
        start = min(m.span.start for m in full.mentions)
        taken: SpanIndex | None = None  # the mentions so far, indexed at the first lone use of the word
        added: list[Mention] = []
        for b, i in where.find(first):
            if blocks[b].starts[i] <= start or not _alone(text, blocks[b], i):
                continue
            if taken is None:
                taken = SpanIndex(m.span for g in groups for m in g.mentions)
            span = Span(blocks[b].starts[i], blocks[b].ends[i])
            if not taken.overlaps(span):
                added.append(Mention(span, first, "short_form", "organization.short"))
        full.mentions.extend(added)


def _alone(text: str, block: Columns, i: int) -> bool:
    """Whether token *i* is not glued to a capitalized neighbour ("Samsung Biologics")."""
    starts, ends, caps = block.starts, block.ends, block.caps
    glued_after = i + 1 < len(starts) and caps[i + 1] and text[ends[i] : starts[i + 1]] == " "
    glued_before = i > 0 and caps[i - 1] and text[ends[i - 1] : starts[i]] == " "
    return not glued_after and not glued_before


def _nominals(text: str, groups: list[_Group], article: Article, home: str | None) -> None:
    """Link "the department": a later mention of the one named organization with that head.

    When several fit and exactly one belongs to the dateline's country, "the ministry" is that one
    (wire copy leaves its home country's bodies unqualified, as in "the foreign ministry").
    """
    taken = SpanIndex(m.span for g in groups for m in g.mentions)
    firsts = [(min(m.span.start for m in g.mentions), g) for g in groups]
    for block in article.blocks:
        for found in _NOMINAL.finditer(text, block.span.start, block.span.end):
            noun = found["noun"]
            if noun not in _NOMINALS:
                continue
            span = Span(*found.span())
            if taken.overlaps(span):
                continue
            fits = [g for first, g in firsts if first < span.start and _refers(noun, g)]
            if len(fits) > 1 and home is not None:
                fits = [g for g in fits if g.country == home]
            if len(fits) == 1:
                fits[0].mentions.append(Mention(span, found.group(), "nominal", "organization.nominal"))


def _refers(noun: str, group: _Group) -> bool:
    """Whether "the <noun>" can refer to *group*: its head noun, or its kind of body.

    >>> paper = _Group("choson sinbo", "Choson Sinbo", "media", "JP", "organization.lexicon", "sinbo")
    >>> _refers("newspaper", paper), _refers("broadcaster", paper), _refers("sinbo", paper)
    (True, False, True)
    """
    if group.head == noun:
        return True
    if noun in ("company", "firm"):
        return group.type == "company"
    if group.type != "media" or group.rule == "organization.agency":
        return False  # a news agency named in a dateline or credit is not "the newspaper"
    broadcast = group.name.isupper() or any(word in group.name.lower().split() for word in _BROADCAST)  # "KBS"
    if noun in ("newspaper", "daily", "paper"):
        return not broadcast and group.head not in ("agency", "service")
    return noun == "broadcaster" and broadcast


def slug(name: str) -> str:
    """A URL-safe id from a name.

    >>> slug("U.S. Forces Korea"), slug("Workers' Party of Korea"), slug("Société Générale")
    ('us-forces-korea', 'workers-party-of-korea', 'societe-generale')
    """
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower()
    return re.sub(r"[^a-z0-9]+", "-", re.sub(r"[.'’]", "", ascii_name)).strip("-") or "organization"


def _mention_order(mention: Mention) -> tuple[int, int]:
    """A mention's place in reading order: the order of its span, as a tuple (quicker to compare)."""
    return mention.span.start, mention.span.end


def _facts(text: str, groups: list[_Group]) -> tuple[Organization, ...]:
    """Freeze the groups, ordered by first mention, with unique ids."""
    out: list[Organization] = []
    used: set[str] = set()
    for group in sorted(groups, key=lambda g: min(map(_mention_order, g.mentions))):
        mentions = tuple(sorted(group.mentions, key=_mention_order))
        base = slug(group.name)
        ident = base if base not in used else f"{base}-{(group.country or 'x').lower()}"
        n = 2
        while ident in used:
            ident, n = f"{base}-{n}", n + 1
        used.add(ident)
        first = mentions[0]
        out.append(
            Organization(
                span=first.span,
                surface=text[first.span.start : first.span.end],
                rule=group.rule,
                id=ident,
                name=group.name,
                type=group.type,
                acronym=group.acronym,
                aliases=tuple(a for a in group.aliases if a != group.name),
                country=group.country,
                mentions=mentions,
            )
        )
    return tuple(out)
