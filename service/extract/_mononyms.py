"""One-word names of entertainers and athletes: "BTS member Jungkook", "singer IU", "rapper Zico".

A single capitalised token (or a short all-caps stage name) is a person's name
right after an entertainment role noun ("singer", "actor", "rapper" ...), or
after "member"/"leader" following a capitalised group name ("BTS member
Jungkook", "Blackpink member Lisa"; not a party, body or country: "party
leader Lee" shortens a full name).  The token must stand alone: the next word
is not capitalised, so "singer Lee Hyo-ri" stays a full name for the main pass.

>>> from service.extract.article import parse_article
>>> a = parse_article("K-pop news today\\n\\nSEOUL, May 2 (Yonhap) -- BTS member Jungkook and singer IU met.\\n", "t")
>>> [c.words for b in a.blocks for c in mononyms(a.text, b)]
[('Jungkook',), ('IU',)]
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Final

from ._names import FUNCTION_WORDS, KOREAN_SURNAMES, STOPWORDS
from ._people_names import Candidate
from ._people_table import Table
from ._roles import COUNTRY_CUE
from .article import Block
from .facts import Span

_CUE: Final = re.compile(
    r"""
    (?:\b(?:[Ss]inger|[Rr]apper|[Aa]ctor|[Aa]ctress|[Ii]dol|[Vv]ocalist|[Dd]ancer|[Cc]omedian|[Ee]ntertainer
        |[Ss]ongwriter|[Yy]ou[Tt]uber|[Ss]inger-songwriter)
      |(?<![\w.])(?P<group>[A-Z][\w&'\u2019-]{0,20})\s(?:[Mm]ember|[Ll]eader|[Mm]aknae|[Vv]ocalist))  # "BTS member"
    \s(?P<name>[A-Z][a-z]{2,15}|[A-Z]{1,4}(?![a-z.]))  # "Jungkook", "IU", "RM", "V"
    (?![\w'\u2019-]|\s[A-Z]|\.[A-Z])                     # one word alone ("singer Lee Hyo-ri" is a full name)
    """,
    re.VERBOSE,
)


_REAL_BEFORE: Final = re.compile(r"\b(?:real|birth|legal)\sname(?:\sis|:)?\s\Z|\bborn\s(?:as\s)?\Z")  # "real name is"
_REAL_AFTER: Final = re.compile(r",\s(?:his|her|their|the\ssinger's|the\sstar's)\s(?:real|birth|legal)\sname\b")
_REACH: Final = 400  # how far back (characters) the stage name may be


def merge_real_names(table: Table, text: str) -> None:
    """A stage name and the real name the story gives for it are one person, listed by the real name.

    "Singer IU ... Lee Ji-eun, her real name," / "whose real name is Lee Ji-eun":
    the one-word person named last before the real name becomes a mention of it.
    """
    for real in [d for d in table.drafts if len(d.parsed.words) > 1]:
        span = next((m.span for m in sorted(real.mentions, key=lambda m: m.span) if m.type == "name"), None)
        if span is None or not (
            _REAL_BEFORE.search(text, max(0, span.start - 20), span.start) or _REAL_AFTER.match(text, span.end)
        ):
            continue
        stage = [d for d in table.drafts if len(d.parsed.words) == 1 and 0 < span.start - d.first.start < _REACH]
        if stage:
            table.merge(real, max(stage, key=lambda d: d.first.start))
            table.drop_empty()


_CUE_PARTS: Final = (
    ("inger", "apper", "ctor", "ctress", "Idol", "idol", "ocalist", "ancer", "omedian", "ntertainer", "ongwriter")
    + ("uber", "ember", "eader", "aknae")
)  # every cue word holds one of these ("[Ss]inger", "[Yy]ou[Tt]uber", "[Mm]ember")


def mononyms(text: str, block: Block) -> Iterator[Candidate]:
    """One-word stage names in *block*, as titled one-word candidates."""
    if not block.sentences:
        return
    lo, hi = min(s.start for s in block.sentences), max(s.end for s in block.sentences)
    if not any(text.find(part, lo, hi) >= 0 for part in _CUE_PARTS):
        return  # no cue word anywhere in the block: nothing to scan for
    for sentence in block.sentences:
        for m in _CUE.finditer(text, sentence.start, sentence.end):
            name, group = m.group("name"), m.group("group")
            if name.lower() in FUNCTION_WORDS or (not name.isupper() and name.lower() in STOPWORDS):
                continue
            if COUNTRY_CUE.fullmatch(name) or (name in KOREAN_SURNAMES and not (group or "").isupper()):
                continue  # "OPEC member Nigeria"; "team leader Park" shortens a full name ("BTS member Jin" does not)
            if group is not None and (group.lower() in STOPWORDS or COUNTRY_CUE.fullmatch(group)):
                continue  # "party leader Lee", "North Korean leader Kim": a shortened full name, not a stage name
            yield Candidate((name,), Span(*m.span("name")), block, sentence, True, None)
