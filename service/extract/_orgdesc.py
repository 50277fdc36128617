"""Organizations named by a lower-case description: "the foreign ministry", "the Seoul government".

Wire copy names many bodies by what they are rather than by their proper name
("the unification ministry said", "the presidential office described it as",
"the North's main newspaper said").  The descriptions are listed in
``org_descriptions.tsv`` with their canonical name and type.  The owner country
comes from a place right before the description ("the Chinese foreign ministry",
"the Seoul government"), a possessive ("China's foreign ministry", "the North's
main newspaper"), an "of" phrase after a government ("the government of Japan"),
or else the dateline's country: wire copy calls its home country's bodies by
description.  A place that owns a government ("the Seoul government", "the South
Korean government") stays a place mention, with the role ``government``; other
modifiers belong to the organization's mention, as in "U.S. State Department".
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from itertools import compress
from operator import itemgetter
from typing import Final

from ._gazetteer import COUNTRIES, FORMS, Hit, Token, find_places, lookup_folded, tokenize
from ._orgscan import NOMINAL_HEADS, Candidate
from .article import Article
from .facts import Span
from .lexicon import load_table, load_words


@dataclass(frozen=True, slots=True)
class _Row:
    """One listed description."""

    type: str
    name: str  # canonical name; "{country}" stands for the owner country's name
    only: str | None  # the one owner country the description fits ("the North's main newspaper")
    owned: bool  # needs a modifier or a possessive
    needs_the: bool  # without a modifier, needs "the" right before
    government: bool  # the owner place acts as its government
    subject: bool  # only as a subject or a whole phrase ("the military said"; not "military drills")


def _rows() -> dict[str, list[_Row]]:
    """Description -> its rows; rows for one country come before the general one."""
    rows: dict[str, list[_Row]] = {}
    for cells in load_table("org_descriptions"):
        description, kind, name, flags = (list(cells) + ["", "", "", ""])[:4]
        marks = {f.strip() for f in flags.split(";") if f.strip()}
        only = next((m for m in marks if m.isupper() and len(m) == 2), None)
        title = name or " ".join(w[:1].upper() + w[1:] for w in description.split())
        row = _Row(kind, title, only, "owned" in marks, "the" in marks, "government" in marks, "subject" in marks)
        rows.setdefault(description.lower(), []).append(row)
    return {d: sorted(found, key=lambda r: r.only is None) for d, found in rows.items()}


_ROWS: Final = _rows()


def _alternatives(descriptions: list[str]) -> str:
    """The descriptions as a regex, longest first, grouped by first letter (either case).

    Grouping keeps the order in which the alternatives are tried at any one place (only one group can
    match there) and tests each first letter once instead of once per description.

    >>> _alternatives(["military", "ministry", "army"])
    '[Mm](?:ilitary|inistry)|[Aa](?:rmy)'
    """
    groups: dict[str, list[str]] = {}
    for description in sorted(descriptions, key=len, reverse=True):
        groups.setdefault(description[0], []).append(re.escape(description[1:]))
    return "|".join(f"[{first.upper()}{first}](?:{'|'.join(rests)})" for first, rests in groups.items())


_ALTERNATIVES: Final = _alternatives(list(_ROWS))
_DESCRIPTION: Final = re.compile(
    rf"""
    (?<![\w'’-])            # a whole word, not the tail of a hyphenated one
    (?P<desc>{_ALTERNATIVES}) # a listed description ("foreign ministry")
    (?![\w-])               # ends at a word boundary ("government-run" is not the government)
    """,
    re.VERBOSE,
)
_OPENERS: Final = frozenset(
    opener
    for first in (tokenize(d, Span(0, len(d)))[0].text for d in _ROWS)
    for opener in (first, first[:1].upper() + first[1:])
)
"""The first token of each description ("state-run", "president"), also with a capital, as ``_DESCRIPTION``
reads it (the first letter in either case, the rest as listed): where one can start."""
_LEADS: Final = frozenset({"administration", "government", "regime"})  # the heads after a leader (``_LEADER``)
_POSSESSIVE: Final = re.compile(r"['’]s? ")  # "China's ", "the Philippines' "
_THE_SIDE: Final = re.compile(r"\b[Tt]he (?P<side>North|South)['’]s $")  # "the North's main newspaper"
_SIDES: Final = {row[0]: row[1] for row in load_table("place_nominals")}
_OF_PLACE: Final = re.compile(r" of (?:the )?")  # "the government of (the) Philippines"
_THE: Final = re.compile(r"\b[Tt]he $")
_LEADER: Final = re.compile(
    r"""
    [Tt](?<!\w.)he\                                          # "the", a whole word (no word character before
                                                             # the T; a class first lets the engine skip fast)
    (?P<name>[A-Z][\w.-]{1,30}(?:\ [A-Z][\w.-]{1,30}){0,2})   # one to three capitalized words
    \ (?P<head>administration|government|regime)\b(?!-)      # what they lead
    """,
    re.VERBOSE,
)
_EAST_ASIAN_SURNAMES: Final = load_words("korean_surnames") | load_words("chinese_surnames")
_NOT_LEADER: Final = load_words("org_breaks") | load_words("org_skip") | NOMINAL_HEADS
_NEXT_WORD: Final = re.compile(r" (?P<word>[A-Za-z]+)")  # the word right after a description
_VERBS: Final = load_words("speech_verbs") | load_words("government_verbs") | load_words("subject_gap_words")
_THE_NAMES: Final = frozenset({"Republic", "Kingdom", "Union", "Gambia"})  # "the Czech Republic"
# A capitalized word right before a description: "the European Union antitrust regulator" is that body's.
_PROPER_BEFORE: Final = re.compile(r"(?<![\w.&-])(?P<word>[A-Z][\w.&-]*) $")
_SKIP: Final = load_words("org_skip")  # "The", "In": sentence openers, not owners
_LOCAL_GOVERNMENTS: Final = load_words("local_government_words")  # "the Tollan city government"
_LOOK_BACK: Final = 1500  # characters searched back for the last government named
_TRANSPARENT: Final = frozenset({"the", "The", "a", "A", "this", "This", "that", "its", "their"})


@dataclass(frozen=True, slots=True)
class Described:
    """An organization named by description, and the place acting as its government, if any."""

    candidate: Candidate
    acting: Span | None


def home_country(article: Article) -> str | None:
    """The dateline's country: the one whose bodies go by description ("the foreign ministry")."""
    line = article.dateline
    if line is None:
        return None
    head, _, region = line.place.partition(",")
    entry = lookup_folded(head) or (lookup_folded(region) if region.strip() else None)
    return entry.code if entry is not None else None


def _owns(hit: Hit) -> bool:
    """A country (by name, short form or demonym) or a capital can own a body."""
    return hit.entry.code is not None and (hit.entry.type == "country" or hit.entry.capital)


def _owner(text: str, start: int, by_end: dict[int, Hit]) -> tuple[str | None, Hit | None]:
    """The owner country before *start*, and the place hit when it modifies the description."""
    hit = by_end.get(start - 1)
    if hit is not None and text[start - 1] == " " and _owns(hit):
        return hit.entry.code, hit  # "the Chinese foreign ministry", "the Seoul government"
    for gap in (3, 2):
        hit = by_end.get(start - gap)
        if hit is not None and _POSSESSIVE.fullmatch(text, hit.span.end, start) and _owns(hit):
            return hit.entry.code, None  # "China's foreign ministry"
    side = _THE_SIDE.search(text, max(0, start - 12), start)
    return (_SIDES.get(side["side"]) if side else None), None


def _owner_of(
    text: str, match: re.Match[str], by_end: dict[int, Hit], by_start: dict[int, Hit]
) -> tuple[str | None, Hit | None, int]:
    """Owner country, modifying place hit and end of a description ("the government of Japan" ends at Japan)."""
    code, modifier = _owner(text, match.start(), by_end)
    if code is None:
        after = _OF_PLACE.match(text, match.end())
        hit = by_start.get(after.end()) if after else None
        if hit is not None and _owns(hit):
            return hit.entry.code, hit, hit.span.end  # "the government of Japan"
    return code, modifier, match.end()


def describe(text: str, tokens: Sequence[Token], home: str | None, hits: list[Hit] | None = None) -> list[Described]:
    """Every described organization among *tokens* (one block), in text order.

    >>> from service.extract._gazetteer import tokenize
    >>> t = "The Seoul government and the Chinese foreign ministry met the North's main newspaper."
    >>> found = describe(t, tokenize(t, Span(0, len(t))), "KR")
    >>> [(d.candidate.name, d.candidate.country, d.acting is not None) for d in found]
    [('Government of South Korea', 'KR', True), ('Foreign Ministry', 'CN', False), ('Rodong Sinmun', 'KP', False)]
    """
    if not tokens:
        return []
    places = hits if hits is not None else [h for _, _, h in find_places(text, tokens)]
    by_end = {h.span.end: h for h in places}
    by_start = {h.span.start: h for h in places}
    found: list[Described] = []
    words = list(map(_TEXT, tokens))
    loose = _apostrophes(words)
    for match in _descriptions(text, tokens, words, loose):
        rows = _ROWS[match["desc"].lower()]
        code, modifier, end = _owner_of(text, match, by_end, by_start)
        explicit = code is not None
        country = code or home
        row = next((r for r in rows if r.only is None or r.only == country), None)
        if row is None:
            continue
        if row.needs_the and not explicit and not _THE.search(text, max(0, match.start() - 4), match.start()):
            continue
        if row.owned and not explicit:
            continue
        if not explicit and _proper_before(text, match):
            continue  # "the European Union antitrust regulator": the named body's, not a new one nor home's
        if row.government and not explicit and _local_before(text, match.start()):
            continue  # "The Tollan city government said ... The government plans": the city's, not the nation's
        if row.subject and not _phrase_ends(text, end):
            continue
        if "{country}" in row.name and (country is None or country not in COUNTRIES):
            continue
        name = row.name.replace("{country}", _with_article(COUNTRIES[country].name) if country else "")
        start = modifier.span.start if modifier is not None and modifier.span.start < match.start() else match.start()
        head = match["desc"].split()[-1].lower()
        cand = Candidate(Span(start, end), name, row.type, country, "nominal", "organization.description", head)
        found.append(Described(cand, modifier.span if row.government and modifier is not None else None))
    if loose or not _LEADS.isdisjoint(words):
        found.extend(_leaders(text, tokens))
    return sorted(found, key=lambda d: d.candidate.span)


def _proper_before(text: str, match: re.Match[str]) -> bool:
    """Whether a lower-case description follows a capitalized word that is no sentence opener."""
    if not match["desc"][:1].islower():
        return False
    word = _PROPER_BEFORE.search(text, max(0, match.start() - 40), match.start())
    return word is not None and word["word"].lower() not in _SKIP


def _local_before(text: str, start: int) -> bool:
    """Whether the last government named before *start* (bounded look-back) is a local one.

    "the government" and "a government" are skipped over: they refer back too.  Each step is one
    ``str.rfind``, so the cost is bounded by the look-back, not by the text.
    """
    low = max(0, start - _LOOK_BACK)
    at = text.rfind(" government", low, start)
    while at != -1:
        before = text[max(low, at - 30) : at].rsplit(None, 1)
        word = before[-1] if before else ""
        if word not in _TRANSPARENT:
            return word.lower() in _LOCAL_GOVERNMENTS
        at = text.rfind(" government", low, at)
    return False


def _apostrophes(words: list[str]) -> bool:
    """Whether some token has an apostrophe inside ("ministry’x")."""
    joined = " ".join(words)
    return "'" in joined or "’" in joined


def _descriptions(text: str, tokens: Sequence[Token], words: list[str], loose: bool) -> Iterator[re.Match[str]]:
    """What ``_DESCRIPTION.finditer`` finds among *tokens*, tried only where a description can start.

    A match opens a token (nothing word-like, no apostrophe or hyphen before it) whose text (*words*) is
    the description's first token, maybe with a capital, or, when *loose*, that token with an apostrophe
    and letters after it ("ministry’x").  Trying those tokens left to right, each from the end of the last
    match on, finds the same matches as the regex's own scan at a fraction of its cost.
    """
    end = tokens[-1].end
    if loose:
        opens = [t for t, w in zip(tokens, words, strict=True) if w in _OPENERS or "'" in w or "’" in w]
    else:
        opens = list(compress(tokens, map(_OPENERS.__contains__, words)))
    last = -1
    for token in opens:
        if token.start >= last:
            found = _DESCRIPTION.match(text, token.start, end)
            if found is not None:
                last = found.end()
                yield found


_TEXT: Final = itemgetter(2)  # Token.text


def _phrase_ends(text: str, end: int) -> bool:
    """Whether a noun phrase ends at *end*: punctuation, or a verb of speech or state follows."""
    follows = _NEXT_WORD.match(text, end)
    if follows is None:
        return True  # punctuation or the end of the text
    return follows["word"].lower() in _VERBS


def _with_article(country: str) -> str:
    """A country name as it follows "Government of".

    >>> _with_article("United States"), _with_article("Philippines"), _with_article("Japan")
    ('the United States', 'the Philippines', 'Japan')
    """
    words = country.split()
    plural = words[-1].endswith("s") and words[-1] not in ("Laos", "Belarus", "Cyprus", "Mauritius")
    return f"the {country}" if plural or words[0] == "United" or words[-1] in _THE_NAMES else country


def _leaders(text: str, tokens: Sequence[Token]) -> list[Described]:
    """Governments named after their leader: "the Biden administration", "the Yoon Suk Yeol government".

    The canonical name keeps the leader's family name (first in Korean and Chinese names, else
    last) and calls a government an administration: "the Yoon government" is "Yoon administration".
    """
    found: list[Described] = []
    for match in _LEADER.finditer(text, tokens[0].start, tokens[-1].end):
        words = match["name"].split()
        if match["name"] in FORMS or any(w in FORMS or w.lower() in _NOT_LEADER for w in words):
            continue  # "the South Korean government" is a described body; "the Party government" no leader
        family = words[0] if len(words) > 1 and words[0].lower() in _EAST_ASIAN_SURNAMES else words[-1]
        name = f"{family} {'regime' if match['head'] == 'regime' else 'administration'}"  # one name for both
        cand = Candidate(
            Span(match.start("name"), match.end()),
            name,
            "government",
            None,
            "nominal",
            "organization.leader",
            match["head"],
        )
        found.append(Described(cand, None))
    return found


def combine(scanned: list[Candidate], described: list[Described]) -> list[Candidate]:
    """Scanned names and described bodies, non-overlapping, in text order (the longer span wins;
    a description wins a tie: "South Korean Government" is the Government of South Korea)."""
    both = [(c, 1) for c in scanned] + [(d.candidate, 0) for d in described]
    both.sort(key=lambda pair: (pair[0].span.start, pair[0].span.start - pair[0].span.end, pair[1]))
    kept: list[Candidate] = []
    for cand, _ in both:
        if not kept or not kept[-1].span.overlaps(cand.span):
            kept.append(cand)
    return kept
