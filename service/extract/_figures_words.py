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
from .lexicon import load_words

_WORD: Final = re.compile(r"[A-Za-z][\w'’.&-]*|[,;:()\"“”]")  # a word or a clause-breaking mark
_FILLERS: Final = frozenset(
    "by a an some just only another further sharply slightly steeply modestly more than the about around "
    "nearly almost roughly over respectively on-year year-on-year year-over-year annual annualized "
    "quarterly monthly on-month month-on-month yearly overall average sharp steep whopping".split()
)
_LEVEL_VERBS: Final = ("was", "were", "is", "are", "reached", "totaled", "totalled", "hit", "topped", "exceeded")
_SUBJECT_VERBS: Final = tuple(w for w in (*DIRECTIONS_BEFORE, *_LEVEL_VERBS) if w not in ("up", "down"))
_SUBJECT_VERB: Final = re.compile(
    rf"""
    (?<![\w-])(?P<np>(?:[A-Za-z][\w'’.&-]{{0,30}}[,]?[ \xa0]){{0,7}}[A-Za-z][\w'’.&-]{{0,30}})  # up to eight words
    [ \xa0](?:{alternation(_SUBJECT_VERBS)})                                     # the verb
    (?:[ \xa0]by)?(?:[ \xa0](?:about|around|nearly|some|more[ \xa0]than|almost))?[ \xa0]\Z       # "rose by about "
    """,
    re.VERBOSE,
)
_VERBS: Final = frozenset(_SUBJECT_VERBS)
_OF_PHRASE: Final = re.compile(r"[ \xa0]of[ \xa0](?P<np>(?:[A-Za-z][\w'’-]{0,30}[,.]?[ \xa0]?){1,4})")  # "of voters"
_DETERMINERS: Final = ("the", "its", "their", "his", "her", "a", "an", "this", "that", "our")
_PREPOSITIONS: Final = frozenset("of in on at to from for with by into over under among between through".split())
_AUXILIARIES: Final = frozenset("have has had will would could should may might can must be been is are".split())
_SPEECH_VERBS: Final = load_words("speech_verbs")
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
    """The noun phrase the figure measures, as written, or None when unsure.

    A count measures its noun; "30 percent of voters" measures "voters"; otherwise the
    subject of the verb that states the figure ("Samsung's operating profit jumped ...").
    """
    if raw.type == "count" or (raw.rule in ("figure.age", "figure.duration") and raw.noun):
        return raw.noun  # "1,200 people"; "a 77-year-old man", "a four-day trip"
    if raw.type in ("percent", "money", "quantity"):
        found = _OF_PHRASE.match(text, raw.end, sentence.end)
        if found is not None and (phrase := _object_phrase(found.group("np").split())):
            return phrase
    begin = raw.qualifier_start if raw.qualifier else raw.start
    tail = text[max(sentence.start, begin - 24) : begin].lower().split()[-3:]
    if not any(w in _VERBS for w in tail):
        return None  # cheap test before the regex
    found = _SUBJECT_VERB.search(text, max(sentence.start, begin - 120), begin)
    if found is None:
        return None
    return _subject_phrase(found.group("np").split())


def _object_phrase(words: list[str]) -> str | None:
    """"the vote", "voters remain undecided" -> "vote", "voters": up to the head noun."""
    while words and words[0].lower() in _DETERMINERS:
        words = words[1:]
    end = next((i for i, w in enumerate(words) if w.lower() in STOP_WORDS), len(words))
    kept = words[:end]
    head = next((i for i, w in enumerate(kept) if is_plural(w.strip(",.")) or w.endswith((",", "."))), None)
    kept = kept[: head + 1] if head is not None else kept[:3]
    phrase = " ".join(kept).strip(",.;:")
    return phrase if phrase and not phrase.endswith(("'s", "’s")) else None  # not "the country's"


def _subject_phrase(words: list[str]) -> str | None:
    """The subject before a verb: after the last clause break, before its first preposition.

    "The Treasury said government borrowing" -> "government borrowing";
    "Operating profit for the fiscal year through March" -> "Operating profit".
    """
    while words and words[-1].lower() in _AUXILIARIES:
        words = words[:-1]  # "shares have (lost)"
    start = 0
    for i, word in enumerate(words):
        lower = word.lower().rstrip(",")
        if word.endswith(",") or (lower in _CLAUSE_WORDS and lower not in _DETERMINERS) or lower in _SPEECH_VERBS:
            start = i + 1
    kept = words[start:]
    end = next((i for i, w in enumerate(kept) if w.lower() in _PREPOSITIONS), len(kept))
    kept = kept[:end]  # "Exports to China" -> "Exports"
    determiner = max((i for i, w in enumerate(kept) if w.lower() in _DETERMINERS), default=-1)
    return " ".join(kept[determiner + 1 :]).strip(",.;:") or None  # "Tuesday their combined sales" -> "combined sales"
