"""Titles, roles and affiliations around a person's name, and the role-noun table.

Titles come from five places, each a rule name on the :class:`Title`:

- ``people.title.premodifier``: ``Foreign Minister Park Jin``, ``ministry spokesperson Lim``;
- ``people.title.apposition``: ``the ministry's spokesperson, Lim,`` and ``Lim, the ministry's spokesperson,``;
- ``people.title.relative``: ``Lim, who served as ...`` (past: ``current=False``);
- ``people.title.copular``: ``Lim is in charge of ...``;
- ``people.title.appointment``: ``named Lim a new envoy``.

The role-noun table (``lexicon/role_nouns.tsv``) says which titles a nominal
description such as "the diplomat" or "a senior official" can refer to.

>>> fits("diplomat", ["Assistant Secretary of State"]), fits("minister", ["Assistant Secretary of State"])
(True, False)
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache
from typing import Final

from ._names import FUNCTION_WORDS, Token, tail_tokens, tokens
from .facts import Affiliation, Span
from .lexicon import load_table

TITLE_WORDS: Final = {row[0]: row[1] for row in load_table("titles") if len(row) >= 2}
TITLE_GENDER: Final = {row[0]: row[2] for row in load_table("titles") if len(row) >= 3 and row[2] != "-"}


def _role_table() -> dict[str, tuple[str | None, tuple[str, ...]]]:
    """Load ``role_nouns.tsv`` and expand its ``@row`` references (one level deep per pass)."""
    raw = {row[0]: (row[1], row[2].split("|")) for row in load_table("role_nouns") if len(row) >= 3}

    def expand(words: list[str], depth: int) -> list[str]:
        out: list[str] = []
        for word in words:
            if word.startswith("@") and depth < 4 and word in raw:
                out.extend(expand(raw[word][1], depth + 1))
            elif not word.startswith("@"):
                out.append(word)
        return out

    return {
        noun: (None if gender == "-" else gender, tuple(dict.fromkeys([noun, *expand(words, 0)])))
        for noun, (gender, words) in raw.items()
        if not noun.startswith("@")
    }


ROLE_NOUNS: Final = _role_table()
HEADS: Final = frozenset({w for w, kind in TITLE_WORDS.items() if kind == "head"} | set(ROLE_NOUNS))


def _country_rows() -> list[tuple[str, ...]]:
    """(cue, code, country) rows: our own title cues, then every name and demonym of ``countries.tsv``."""
    rows = [row for row in load_table("person_countries") if len(row) >= 3]
    for row in load_table("countries"):  # code, name, other names, demonyms (shared with places)
        if len(row) >= 2:
            cues = [row[1], *(c for cell in row[2:4] for c in cell.split(";"))]
            rows.extend((cue.strip(), row[0], row[1]) for cue in cues if cue.strip())
    return sorted(dict((r[0], r) for r in reversed(rows)).values(), key=lambda row: -len(row[0]))


_COUNTRY_ROWS: Final = _country_rows()
COUNTRY_CUE: Final = re.compile(
    r"(?<![\w.])(?:" + "|".join(re.escape(row[0]) for row in _COUNTRY_ROWS) + r")(?![\w-])"  # whole cue
)
COUNTRY_OF: Final = {row[0]: (row[1], row[2]) for row in _COUNTRY_ROWS if len(row) >= 3}

_NP = r"""(?:[^,;:"()\u201c\u201d.]|\.(?=\S)|(?<=\b[A-Z])\.){2,150}?"""  # a clause-bounded noun phrase
_NP_END = r"""(?=\s*(?:,|;|\)|(?<!\b[A-Z])\.(?:\s|$)|$))"""  # it ends at a comma, semicolon, bracket or full stop
_APPOSITION_AFTER: Final = re.compile(
    r"""
    ,\s{1,3}(?:\d{1,3},\s{1,3})?                       # the comma, maybe an age: "Kim, 54, ..."
    (?P<np>(?:the|a|an|his|her|its|their|former|[^\W\d_][\w.&-]{0,30}['\u2019]s|(?P<bare>[a-z][\w-]{1,20}))\s  # opener
    """
    + _NP
    + r""")"""
    + _NP_END,
    re.VERBOSE,
)
_RELATIVE: Final = re.compile(
    r"""
    ,\s{1,3}who\s{1,3}
    (?P<adv>(?:most\s)?recently|previously|formerly|once|currently|now|also|until\s\w{1,12})?\s?  # time adverb
    (?P<verb>(?:has|had)\s(?:served|worked|been)|serves|served|works|worked|is|was|heads|headed|leads|led|became)
    \s(?:as\s)?                                        # "served as"
    (?P<np>"""
    + _NP
    + r""")"""
    + _NP_END,
    re.VERBOSE,
)
_COPULAR: Final = re.compile(
    r"""
    \s{1,3}(?P<verb>is|was|has\sbeen|had\sbeen|serves\sas|served\sas|works\sas|worked\sas|heads|headed|leads|led|remains)
    \s(?P<np>(?:in\scharge\sof|head\sof|the|a|an|his|her|its|their|[A-Z][\w.&-]{0,30})\s  # how the role opens
    """
    + _NP
    + r""")"""
    + _NP_END,
    re.VERBOSE,
)
_APPOINTED_BEFORE: Final = re.compile(
    r"(?:named|appointed|nominated|tapped|designated|picked|chose)\s{1,3}\Z"  # "has named " just before the name
)
_APPOINTED_AFTER: Final = re.compile(
    r"""
    (?:\s(?:was|has\sbeen|had\sbeen|is|will\sbe)\s(?:named|appointed|nominated|tapped|designated))?  # passive
    \s(?:as\s)?(?P<np>(?:the|a|an|its|his|her|their)\s"""
    + _NP
    + r""")"""
    + _NP_END,
    re.VERBOSE,
)
_LESSER: Final = re.compile(r"\b(?:vice|deputy|assistant|under|associate)[\s-]\Z")
_TARGET: Final = re.compile(r"\b(?:with|to|for|in|on|toward|towards|against|from|over|between)\s(?:the\s)?\Z")
_PAST: Final = re.compile(r"\b(?:former|formerly|ex|then|previously|once|late)\b", re.IGNORECASE)
_ORG: Final = re.compile(
    r"""
    (?:(?:U\.S\.|U\.N\.|[A-Z][\w&'-]{0,30})\s){0,5}    # capitalised words before the head
    (?:Department|Ministry|Bureau|Agency|Authority|Commission|Committee|Council|Assembly|Party|Embassy
      |Consulate|Forces|Force|Army|Navy|Command|Bank|Office|Group|Institute|University|Court|Administration
      |Company|Corp\.|Co\.|Inc\.|Association|Foundation|Service|House|Pentagon|Congress|Senate|Parliament
      |Cabinet|Government|Center|Centre|Union|Federation|League|Organization|Network|Police|Agency|Fund
      |Programme|Program|Association|Commission|Exchange|Institute|Agency)\b
    (?:\s(?:of|for|on)(?:\sthe)?(?:\s[A-Z][\w&'-]{0,30}){1,4})?  # "Ministry of Foreign Affairs"
    """,
    re.VERBOSE,
)


def fits(noun: str, texts: Iterable[str]) -> bool:
    """Whether a person holding titles *texts* can be called "the *noun*"."""
    _, keywords = ROLE_NOUNS.get(noun, (None, (noun,)))
    joined = " | ".join(t.lower() for t in texts)
    for keyword in keywords:
        for m in re.finditer(r"(?<![\w-])" + re.escape(keyword) + r"(?![\w-])", joined):
            if keyword != noun or not _LESSER.search(joined, max(0, m.start() - 12), m.start()):
                return True  # "the president" is not the vice president
    return False


def is_past(title: str) -> bool:
    """Whether *title* is marked as a former role ("former ambassador")."""
    return _PAST.search(title) is not None


def _title_word(tok: Token) -> bool:
    """A word that may sit inside a title before a name."""
    return _is_title_word(tok.text)


@lru_cache(maxsize=1 << 12)  # a pure test of one word (the country-cue pattern is long), asked per mention
def _is_title_word(word: str) -> bool:
    """:func:`_title_word` of the token's text."""
    low = word.lower()
    if low in TITLE_WORDS or COUNTRY_CUE.fullmatch(word):
        return True
    return word[:1].isupper() and low not in FUNCTION_WORDS


def _modifier(tok: Token) -> bool:
    """A lower-case word that may sit inside a title ("press" in "press secretary")."""
    return tok.text.islower() and tok.lower not in FUNCTION_WORDS and not tok.possessive and len(tok.text) > 2


def premodifier(text: str, floor: int, start: int) -> Span | None:
    """The title right before a name: ``Assistant Secretary of State`` (no comma between)."""
    if start <= floor or text[start - 1] not in " \n":
        return None  # the title must end one space (or line break) before the name
    last = tail_tokens(text, max(floor, start - 160), start, 1)
    if not last or last[0].possessive or not _title_word(last[0]) or text[last[0].end : start] not in (" ", "\n"):
        return None  # most names follow a word no title ends in ("said Lee"): the walk below stops at once
    before = tail_tokens(text, max(floor, start - 160), start, 12)  # a title has at most 10 words
    taken, limit = 0, start
    for index in range(len(before) - 1, -1, -1):
        tok = before[index]
        gap = text[tok.end : limit].replace("\n", " ")  # a hard-wrapped line: "President\nLee Myung-bak"
        if gap != (("'s " if text[tok.end] == "'" else "\u2019s ") if tok.possessive else " "):
            break
        nearer = before[index + 1].lower if index + 1 < len(before) else ""
        modifies = _modifier(tok) and nearer in TITLE_WORDS  # "press secretary", not "met EU Trade Commissioner"
        if not (_title_word(tok) or modifies) or (tok.possessive and taken == 0) or taken >= 10:
            break
        if tok.lower == "and" and (index == 0 or before[index - 1].lower not in TITLE_WORDS):
            break
        taken, limit = taken + 1, tok.start
    chosen = before[len(before) - taken :]
    while chosen and (chosen[0].lower in ("of", "for", "and") or not _title_word(chosen[0])):
        chosen = chosen[1:]  # "beat out": a title starts with a title word or a capitalised word
    heads = [i for i, tok in enumerate(chosen) if tok.lower in HEADS]
    if not heads or (heads[-1] < len(chosen) - 1 and chosen[heads[-1] + 1].lower not in ("of", "for")):
        return None
    return Span(chosen[0].start, chosen[-1].end)


def apposition_before(text: str, floor: int, start: int) -> Span | None:
    """``the country's top negotiator, NAME``: a noun phrase ending in a title head, then a comma."""
    if not re.search(r",\s{1,3}\Z", text[max(floor, start - 4) : start]):
        return None
    before = tokens(text, max(floor, start - 160), start)
    if not before or before[-1].lower not in HEADS:
        return None
    for index in range(len(before) - 1, max(-1, len(before) - 10), -1):
        tok = before[index]
        if index + 1 < len(before) and text[tok.end : before[index + 1].start].strip(" '\u2019s-"):
            return None  # punctuation inside: not one noun phrase
        if tok.lower in ("the", "a", "an", "his", "her", "its", "their"):
            return Span(tok.start, before[-1].end)
        if tok.possessive and tok.text[0].isupper():  # "The People Power Party's spokesperson"
            return Span(_owner_start(text, before, index), before[-1].end)
        if tok.lower in FUNCTION_WORDS and tok.lower not in ("of", "for"):
            return None
    return None


def _owner_start(text: str, before: list[Token], index: int) -> int:
    """Start of a capitalised possessive owner ending at ``before[index]``, with its "the"."""
    start = index
    while start > 0 and text[before[start - 1].end : before[start].start] in (" ", "\n"):
        prev = before[start - 1]
        if not (prev.text[:1].isupper() or prev.lower in ("of", "the")) or prev.possessive:
            break
        if prev.lower in FUNCTION_WORDS and prev.lower not in ("the", "of"):
            break
        start -= 1
        if prev.lower == "the":
            break
    return before[start].start


def after_name(text: str, end: int, stop: int) -> list[tuple[Span, bool, str]]:
    """Titles that follow a name: apposition, relative clause, copula (span, current, rule)."""
    found: list[tuple[Span, bool, str]] = []
    m = _APPOSITION_AFTER.match(text, end, stop)
    if m and m.group("bare") and m.group("bare") not in TITLE_WORDS:
        m = None  # "Choe, president of the committee," yes; "Kim, said to be ..." no
    if m and _has_head(m.group("np")):
        found.append((Span(*m.span("np")), not is_past(m.group("np")), "people.title.apposition"))
    if (m := _RELATIVE.match(text, end, stop)) is not None and _has_head(m.group("np")):
        past = m.group("verb") in ("was", "had served", "had worked", "had been", "served", "worked", "headed", "led")
        past = past or (m.group("adv") or "").split(" ")[0] in ("recently", "most", "previously", "formerly", "once")
        found.append((Span(*m.span("np")), not past and not is_past(m.group("np")), "people.title.relative"))
    if (m := _COPULAR.match(text, end, stop)) and _has_head(m.group("np")):
        current = m.group("verb") not in ("was", "had been", "served as", "worked as", "headed", "led")
        found.append((Span(*m.span("np")), current and not is_past(m.group("np")), "people.title.copular"))
    return found


def appointment(text: str, floor: int, start: int, end: int, stop: int) -> Span | None:
    """``named NAME a new envoy`` / ``NAME was appointed the new envoy``: the role appointed to."""
    active = _APPOINTED_BEFORE.search(text, max(floor, start - 20), start) is not None
    m = _APPOINTED_AFTER.match(text, end, stop)
    if m is None or not (active or m.group().lstrip().startswith(("was", "has", "had", "is", "will"))):
        return None
    return Span(*m.span("np"))


def _has_head(np: str) -> bool:
    """Whether a noun phrase names a role (holds a title head, "in charge of", "head of")."""
    words = [t.lower for t in tokens(np, 0, len(np))]
    return "charge" in words or any(w in HEADS for w in words)


def affiliations(text: str, span: Span, floor: int) -> list[Affiliation]:
    """Organizations and countries named inside a title (``at the State Department``, ``U.S. counterpart``)."""
    found: list[Affiliation] = []
    for m in _ORG.finditer(text, span.start, span.end):
        begin = m.start() + (4 if m.group().startswith("The ") else 0)
        end = m.end()
        while (tail := re.search(r"\s([\w.]+)\Z", text[begin:end])) and tail.group(1).lower() in HEADS:
            end -= len(tail.group())  # "Bank of Korea Gov.": the title is not part of the name
        if _ORG.fullmatch(text, begin, end):
            found.append(Affiliation(text[begin:end], "organization", Span(begin, end)))
    for m in COUNTRY_CUE.finditer(text, span.start, span.end):
        if _TARGET.search(text, max(span.start, m.start() - 12), m.start()):
            continue  # "envoy to South Korea", "talks with Japan": the counterpart, not the employer
        found.append(Affiliation(COUNTRY_OF[m.group()][1], "place", Span(*m.span())))
    if re.match(r"(?:the|its|their)\s(?:country|nation)['\u2019]s\b", text[span.start : span.end]):
        earlier = list(COUNTRY_CUE.finditer(text, floor, span.start))
        if earlier:
            cue = earlier[-1]
            found.append(Affiliation(COUNTRY_OF[cue.group()][1], "place", Span(*cue.span())))
    return found


def countries(texts: Iterable[str]) -> frozenset[str]:
    """ISO codes of the countries named in *texts* ("U.S. counterpart" -> US)."""
    return frozenset(COUNTRY_OF[m.group()][0] for t in texts for m in COUNTRY_CUE.finditer(t))
