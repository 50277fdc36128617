"""Words around a figure: the word before it, the counted noun after it, the subject.

Plain token walks over the untouched text with bounded patterns; nothing here
guesses beyond the sentence, and a phrase is returned only as written.
"""

from __future__ import annotations

import re
from typing import Final

from . import _figures_grammar as g
from ._figures_lexicon import (
    BARE_COUNT_NOUNS,
    CASUALTY_WORDS,
    COMPARISON_WORDS,
    IRREGULAR_PLURALS,
    NUMBER_WORDS,
    STOP_WORDS,
    TIME_WORDS,
)

_NOT_PLURAL: Final = frozenset(
    "this was has his its is as us yes plus thus perhaps always towards besides sometimes whereas news series "
    "means whilst afterwards overseas".split()
)
_PROPER_PLURAL_ENDINGS: Final = ("ans", "ers", "ists", "ites", "ines", "ese")
_MAX_NOUN_TOKENS: Final = 4
_NUMERIC: Final = re.compile(r"\d[\d.,]*")  # a token that is a number in digits
_SPACES: Final = " \xa0"
_WORD_MARKS: Final = "_.'’&-"  # characters inside a word before a number ("U.S.", "Kim's", "S&P")


def word_before(text: str, floor: int, pos: int) -> tuple[str, int] | None:
    """The word ending one space before *pos* (not before *floor*) and where it starts.

    Plain string slicing, no regex search: this runs for every number.

    >>> word_before("Article 9 says", 0, 8), word_before('date="February 9', 0, 15), word_before("x, 9", 0, 3)
    (('Article', 0), ('February', 6), None)
    """
    if pos - 1 < floor or text[pos - 1] not in _SPACES:
        return None
    end = pos - 1
    start = end
    while start > max(floor, end - 31) and (text[start - 1].isalnum() or text[start - 1] in _WORD_MARKS):
        start -= 1
    while start < end and not text[start].isalpha():
        start += 1  # "(Article", "'Level": the word opens with a letter
    token = text[start:end]
    if not token or not token[0].isascii():
        return None
    return token, start


def previous_word(text: str, floor: int, pos: int) -> str:
    """The lower-cased word right before *pos*, or ``""``.

    >>> previous_word("a magnitude 6.1 quake", 0, 12)
    'magnitude'
    """
    found = word_before(text, floor, pos)
    return found[0].lower() if found else ""


def is_plural(word: str) -> bool:
    """Whether *word* reads as a plural noun ("troops", "people"; not "this").

    >>> [is_plural(w) for w in ("troops", "people", "this", "process", "Koreans", "Paris", "Majors", "NATO", "EVs")]
    [True, True, False, False, True, False, True, False, True]
    """
    lower = word.lower()
    if lower in IRREGULAR_PLURALS:
        return True
    if len(word) >= 3 and word[-1] == "s" and word[:-1].isupper() and word[:-1].isalpha():
        return True  # "EVs", "RBIs", "ICBMs": an acronym's plural
    if len(lower) <= 3 or not lower.endswith("s") or lower in _NOT_PLURAL:
        return False
    if lower.endswith(("ss", "us", "is", "'s", "’s")):
        return False
    return word[:1].islower() or lower.endswith(_PROPER_PLURAL_ENDINGS) or (len(word) >= 5 and word[1:].islower())


def _tokens(text: str, pos: int, end: int) -> list[re.Match[str]]:
    """Up to a few words after *pos*, separated by single spaces only."""
    found: list[re.Match[str]] = []
    while len(found) < _MAX_NOUN_TOKENS and (token := g.TOKEN_AFTER.match(text, pos, end)) is not None:
        found.append(token)
        pos = token.end()
    return found


def counted_noun(
    text: str, pos: int, end: int, single: bool = False, partitive: bool = False
) -> tuple[str, str, int] | None:
    """The phrase, head noun and end of the counted noun after *pos*; None if there is none.

    A time word ("days") is returned as the head, for the caller to judge.  Another number
    ends the search ("72,858 two weeks ago"), except one number after a partitive
    (*partitive*: "180 of the 300 seats", "eight of their past 10 games").

    >>> counted_noun("3 new COVID-19 cases were", 1, 25)
    ('new COVID-19 cases', 'cases', 20)
    >>> counted_noun("12 police officers", 2, 18)
    ('police officers', 'officers', 18)
    >>> counted_noun("40 were", 2, 7) is None
    True
    """
    words = [_bare(t) for t in _tokens(text, pos, end)]
    numbers = 0
    for i, (word, word_end) in enumerate(words):
        lower = word.lower()
        numbers += _is_number(lower)
        if lower in STOP_WORDS or numbers > partitive:
            return None  # "72,858 two weeks ago": the next number has its own noun
        if lower in TIME_WORDS:
            return word, word, word_end
        if lower in CASUALTY_WORDS and i == 0 and not (len(words) > 1 and is_plural(words[1][0])):
            return word, word, word_end  # "3 dead and 12 missing"; but "30 dead bodies"
        if is_plural(word) or (i == 0 and (lower in BARE_COUNT_NOUNS or (single and _is_singular_noun(word)))):
            head, head_end = word, word_end
            if i + 1 < len(words) and is_plural(words[i + 1][0]) and words[i + 1][0].islower():
                head, head_end = words[i + 1]
            start = word_end - len(word) if i == 0 else words[0][1] - len(words[0][0])
            return text[start:head_end], head, head_end
        if word_end < _end_of(text, word_end):
            return None  # the sentence or clause ends after this word
    return None


def _is_singular_noun(word: str) -> bool:
    """A lower-case word that may be the noun after "one" ("one goal"; not "one more", "one behind")."""
    return word.isalpha() and word.islower() and word not in COMPARISON_WORDS


def _is_number(lower: str) -> bool:
    """Whether a token is a number of its own: "12,500", "two", "twenty-five" (not "3-pointers").

    >>> [_is_number(w) for w in ("12,500", "two", "twenty-five", "3-pointers", "one-bedroom")]
    [True, True, True, False, False]
    """
    if _NUMERIC.fullmatch(lower) is not None:
        return True
    head, _, tail = lower.partition("-")
    return head in NUMBER_WORDS and (not tail or tail in NUMBER_WORDS)


def _bare(token: re.Match[str]) -> tuple[str, int]:
    """A token without a sentence-final full stop ("troops." -> "troops"; "U.S." stays)."""
    word = token.group("w")
    if word.endswith(".") and "." not in word[:-1] and word[:-1].lower() not in ("no", "vs"):
        return word[:-1], token.end() - 1
    return word, token.end()


def _end_of(text: str, pos: int) -> int:
    """*pos*, or one past it when a full stop or comma follows (the phrase cannot go on)."""
    return pos + 1 if text[pos : pos + 1] in (".", ",", ";", ":") else pos
