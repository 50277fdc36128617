"""What a figure says about change and what it measures, from the words next to it.

* :func:`direction_of`: "rose 5 percent", "a 13-percent increase" -> ``increase``.
* :func:`subject_of`: a short noun phrase, as written, or None (never invented).
"""

from __future__ import annotations

import re
from typing import Final

from ._figures_lexicon import DIRECTIONS_AFTER, DIRECTIONS_BEFORE, STOP_WORDS, alternation
from ._figures_nouns import is_plural
from ._figures_scan import Raw
from .facts import Span

_WORD: Final = re.compile(r"[A-Za-z][\w'’.&-]*|[,;:()\"“”]")  # a word or a clause-breaking mark
_FILLERS: Final = frozenset(
    "by a an some just only another further sharply slightly steeply modestly more than the about around "
    "nearly almost roughly over respectively on-year year-on-year year-over-year annual annualized "
    "quarterly monthly on-month month-on-month yearly overall average sharp steep whopping".split()
)
_LEVEL_VERBS: Final = ("was", "were", "is", "are", "reached", "totaled", "totalled", "hit", "topped", "exceeded")
_SUBJECT_VERB: Final = re.compile(
    rf"""
    (?P<np>(?:[A-Za-z][\w'’.&-]{{0,30}}[ \xa0]){{0,3}}[A-Za-z][\w'’.&-]{{0,30}})  # up to four words
    [ \xa0](?:{alternation(tuple(DIRECTIONS_BEFORE) + _LEVEL_VERBS)})             # the verb
    (?:[ \xa0]by)?(?:[ \xa0](?:about|around|nearly|some|more[ \xa0]than|almost))?[ \xa0]\Z       # "rose by about "
    """,
    re.VERBOSE,
)
_VERBS: Final = frozenset(DIRECTIONS_BEFORE) | frozenset(_LEVEL_VERBS)
_OF_PHRASE: Final = re.compile(r"[ \xa0](?P<prep>of|in)[ \xa0](?P<np>(?:[a-z][\w'’-]{0,30}[,.]?[ \xa0]?){1,4})")
_DETERMINERS: Final = ("the", "its", "their", "his", "her", "a", "an", "this", "that", "our")
_PREPOSITIONS: Final = frozenset("of in on at to from for with by into over under among between".split())
_CLAUSE_WORDS: Final = STOP_WORDS - _PREPOSITIONS  # a subject starts after these ("said its profit")
_CHANGE_TYPES: Final = ("percent", "percentage_point", "quantity")
_LOOK_BACK: Final = 4


def direction_of(text: str, sentence: Span, raw: Raw) -> str | None:
    """``increase`` or ``decrease`` when the words next to a percent or point figure state one."""
    if raw.type not in _CHANGE_TYPES or (raw.type == "quantity" and raw.unit != "points"):
        return None
    begin = raw.qualifier_start if raw.qualifier else raw.start
    before = _WORD.findall(text, max(sentence.start, begin - 60), begin)
    found = _scan(list(reversed(before)), DIRECTIONS_BEFORE)
    if found is None:
        after = _WORD.findall(text, raw.end, min(sentence.end, raw.end + 60))
        found = _scan(after, DIRECTIONS_AFTER)
    return found


def _scan(words: list[str], table: dict[str, str]) -> str | None:
    """The direction of the first word past the fillers; after "by", look past the verb's object."""
    seen_by = False
    for step, word in enumerate(words):
        lower = word.lower().rstrip(".")
        if lower in table:
            return table[lower]
        if step >= _LOOK_BACK + (3 if seen_by else 0) or not word[:1].isalpha():
            return None
        seen_by = seen_by or lower == "by"
        if lower not in _FILLERS and not seen_by:
            return None
    return None


def subject_of(text: str, sentence: Span, raw: Raw) -> str | None:
    """The noun phrase the figure measures, as written, or None when unsure."""
    if raw.type == "count":
        return raw.noun
    if raw.type in ("percent", "money", "quantity"):
        found = _OF_PHRASE.match(text, raw.end, sentence.end)
        words = found.group("np").split() if found else []
        if found and found.group("prep") == "in" and (raw.type != "money" or words[0] in _DETERMINERS):
            words = []  # "$5 billion in aid", not "8 trillion won in the third quarter"
        if words and (phrase := _trim_phrase(words)):
            return phrase
    begin = raw.qualifier_start if raw.qualifier else raw.start
    tail = text[max(sentence.start, begin - 24) : begin].lower().split()[-3:]
    if not any(w in _VERBS for w in tail):
        return None  # cheap test before the regex
    found = _SUBJECT_VERB.search(text, max(sentence.start, begin - 80), begin)
    if found is None:
        return None
    return _trim_phrase(found.group("np").split(), keep_tail=True)


def _trim_phrase(words: list[str], keep_tail: bool = False) -> str | None:
    """Cut the phrase at function words: the head before them (or, for a subject, after them)."""
    if keep_tail:
        breaks = (i for i, w in enumerate(words) if w.lower() in _CLAUSE_WORDS or w.endswith(","))
        cut = max(breaks, default=-1)
        kept = words[cut + 1 :]
        end = next((i for i, w in enumerate(kept) if w.lower() in _PREPOSITIONS), len(kept))
        kept = kept[:end]  # "Exports to China rose" -> "Exports"
    else:
        while words and words[0].lower() in _DETERMINERS:
            words = words[1:]
        end = next((i for i, w in enumerate(words) if w.lower() in STOP_WORDS), len(words))
        kept = words[:end]
        head = next((i for i, w in enumerate(kept) if is_plural(w.strip(",.")) or w.endswith((",", "."))), None)
        kept = kept[: head + 1] if head is not None else kept[:3]
    phrase = " ".join(kept).strip(",.;:")
    return phrase or None
