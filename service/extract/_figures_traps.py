"""Numbers that are not figures: dates, times, versions, names with digits, ages, phones, list markers.

:func:`trapped` looks only at the characters and the word around one number match,
before its unit is read; the scanner drops a trapped number.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from . import _figures_grammar as g
from ._figures_lexicon import (
    CURRENCY_SYMBOLS,
    DURATIONS,
    GIVE_VERBS,
    NAME_WORDS,
    NUMBER_WORDS,
    ONE_NOUNS,
    QUALIFIERS,
    STOP_WORDS,
)
from ._figures_nouns import counted_noun, word_before
from .clock import month_number
from .facts import Span

_OPENERS = (
    STOP_WORDS
    | QUALIFIERS.keys()
    | frozenset("only another all some nearly almost just exactly fully precisely roughly u.s. than half".split())
)
_DATE_RANGE = re.compile(r"\b(?P<m>[A-Z][a-z]{2,8})\.?[ \xa0]\d{1,2}(?:[-–]|[ \xa0](?:to|through|and)[ \xa0])\Z")
_QUOTE_TAIL = re.compile(r"\d\.\d{2,4}-\Z")  # "137.41-" before the tail of a price quote
_PARTITIVE_BEFORE = re.compile(r"(?i:\d|one|two|three|four|five|six|seven|eight|nine|ten)[ \xa0]of[ \xa0]\Z")
_DEFINITE = frozenset(("the", "both", "all", "these", "those", "its", "their"))
_NAME_AFTER = re.compile(r"[ \xa0](?P<w>[A-Z][a-z]{1,20}\.?)(?![\w'’-])")  # "38 North"
_CALENDAR_WORDS = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs fri sat sun".split()
)
_TITLE_SMALL_WORDS = frozenset("a an and the of in on at to for with from by or nor but vs. vs".split())
_MAX_NAME_WORDS = 3  # capitalised words between a giving verb and the number ("handed Port Vale 3 points")
_OBJECT_OPENERS = frozenset("a an the his her its their our my your this that these those some".split())


@dataclass(frozen=True, slots=True)
class Context:
    """What the reader knows about the sentence it reads in."""

    text: str
    sentence: Span
    block: Span
    dollar: str  # ISO code a bare "$" stands for
    title_case: bool  # a Title Case headline: capitalised words are not names
    masked: tuple[Span, ...]  # phone numbers and scores


def trapped(ctx: Context, match: re.Match[str]) -> bool:
    """Whether the number of *match* is a date, time, version, name, age, phone number or list marker."""
    if any(p.start <= match.start() < p.end for p in ctx.masked):
        return True
    return _trapped_by_shape(ctx, match) or _trapped_by_words(ctx, match)


def _trapped_by_shape(ctx: Context, match: re.Match[str]) -> bool:
    """The characters glued to the number make it a version, time, date, code or name."""
    text, start, end = ctx.text, match.start(), match.end()
    digits = match.group("digits") or ""
    if text[end : end + 1] in (".", ":", "/") and text[end + 1 : end + 2].isdigit():
        return True  # "2.0.1", "10:30", "8/20"
    if start >= 2 and text[start - 1] == "-" and text[start - 2].isalpha() and not after_magnitude(text, start):
        return True  # "COVID-19", "F-35", "G-7"; not "magnitude-6.2"
    if _QUOTE_TAIL.search(text, max(0, start - 12), start) is not None and end - start <= 2:
        return True  # "137.41-42 yen": the second price of a quote shares the first one's integer part
    if start >= 5 and text[start - 1] in "-–" and text[start - 5 : start - 1].isdigit():
        return True  # "1950-53", "2019-20"
    if len(digits) >= 7 and "," not in digits:
        return True  # ids, timestamps, codes: wire copy writes large amounts with commas
    if len(digits) == 4 and digits.isdigit() and digits.startswith("0"):
        return True  # "0900": a 24-hour clock time
    if digits.isdigit() and g.ADDRESS_AFTER.match(text, end, ctx.sentence.end) is not None:
        return True  # "2640 Esplanade", "10 Downing Street": a house number
    if _is_list_marker(ctx, start, end) or g.TIME_AFTER.match(text, end, ctx.sentence.end) is not None:
        return True  # "1. ...", "3 a.m.", "0900 GMT"
    return _time_range(ctx, end)  # "3 to 5 p.m.", "the 90's"; not "three to five years"


def _time_range(ctx: Context, end: int) -> bool:
    """A range of times, a decade or a relative date after the number; a range of durations is kept."""
    found = g.TIME_RANGE_AFTER.match(ctx.text, end, ctx.sentence.end)
    if found is None:
        return False
    if found.group("decade") or _range_unit(found.group("unit")) is None:
        return True
    return g.RELATIVE_AFTER.match(ctx.text, found.end(), ctx.sentence.end) is not None  # "two to three days ago"


def duration_range(ctx: Context, end: int) -> tuple[str, bool] | None:
    """Unit and age flag of a range of durations or ages after the first end ("18 to 24 years old").

    >>> from service.extract.facts import Span
    >>> text = "aged 18 to 24 years old"
    >>> duration_range(Context(text, Span(0, len(text)), Span(0, len(text)), "USD", False, ()), 7)
    ('years', True)
    """
    found = g.TIME_RANGE_AFTER.match(ctx.text, end, ctx.sentence.end)
    if found is None or found.group("decade") or (unit := _range_unit(found.group("unit"))) is None:
        return None
    return unit, bool(found.group("old")) or found.group("unit").lower().endswith("old")


def _range_unit(word: str) -> str | None:
    """The duration unit closing a range; "the 2022-23 season" is a label, never a range of seasons."""
    lower = word.lower()
    return None if lower == "season" else DURATIONS.get(lower)


def _trapped_by_words(ctx: Context, match: re.Match[str]) -> bool:
    """The words around the number make it a date, an age, part of a name or a pronoun."""
    text, start, end = ctx.text, match.start(), match.end()
    window = text[max(ctx.sentence.start, start - 24) : start].lower()
    if match.group("a") is None and (match.group("word") or "").lower() == "one" and not _one_counts(ctx, start, end):
        return True  # "one" is a pronoun or article far more often than a count
    ranged = _DATE_RANGE.search(text, max(ctx.sentence.start, start - 16), start) if _ranged(window) else None
    if ranged is not None and month_number(ranged.group("m")) is not None:
        return True  # "September 16-19"
    before = word_before(text, ctx.sentence.start, start)
    single = text[start:end] == "one"
    measure = before is not None and before[0].lower() not in NUMBER_WORDS and _measure_after(ctx, end, single)
    if before is not None and _trapped_by_word(ctx, before, start, end) and not measure:
        return True
    definite = before is not None and before[0].lower() in _DEFINITE and text[end : end + 1] != "-"
    if before is not None and definite and not match.group("digits"):
        if _PARTITIVE_BEFORE.search(text, max(0, before[1] - 24), before[1]) is None:
            return True  # "the two sides", "all three": known things, not a count; not "the two-day summit"
    after = g.MONTH_AFTER.match(text, end, ctx.sentence.end)
    if after is not None and month_number(after.group("m")) is not None:
        return True  # "20 August"
    return _is_age_apposition(ctx, start, end)


def quoted_titles(text: str, sentence: Span) -> list[Span]:
    """Quoted titles of works in the sentence ('Map of the Soul: 7', "Top Gun 2"): their numbers are names.

    A title is short and every word of it, but small words, is capitalised; a quoted
    sentence ("We lost 5 percent") is not a title.

    >>> text = "BTS' 'Map of the Soul: 7' sold 4 million; he said 'we lost 5 percent'."
    >>> [text[s.start : s.end] for s in quoted_titles(text, Span(0, len(text)))]
    ["'Map of the Soul: 7'"]
    """
    found = []
    for m in g.QUOTED.finditer(text, sentence.start, sentence.end):
        inner = next(group for group in m.groups() if group is not None)
        words = [w.strip(":,.!?-–") for w in inner.split()]
        content = [w for w in words if w[:1].isalpha() and w.lower() not in _TITLE_SMALL_WORDS]
        if content and len(words) <= 8 and all(w[:1].isupper() for w in content):
            found.append(Span(*m.span()))
    return found


def opens_name(ctx: Context, start: int, end: int) -> bool:
    """A small bare integer opening a capitalised name: "38 North, a website", "21 Savage" (not "Monday").

    Only for a number that found no unit or noun, outside a Title Case headline.
    """
    if ctx.title_case or not ctx.text[start:end].isdigit() or end - start > 3:
        return False
    found = _NAME_AFTER.match(ctx.text, end, ctx.sentence.end)
    if found is None:
        return False
    word = found.group("w")
    return word.lower().rstrip(".") not in _CALENDAR_WORDS and month_number(word) is None


def is_age(ctx: Context, match: re.Match[str]) -> bool:
    """ "aged 45", "who is 70", "between the ages of 17 and 20", "people 65 or older": an age (a figure)."""
    start = match.start()
    window = ctx.text[max(ctx.sentence.start, start - 24) : start].lower()
    if ("age" in window or "who " in window) and g.AGE_BEFORE.search(window) is not None:
        return True
    return bool(match.group("digits")) and g.AGE_AFTER.match(ctx.text, match.end(), ctx.sentence.end) is not None


def _one_counts(ctx: Context, start: int, end: int) -> bool:
    """ "one" that counts: "a one-year extension", "one goal and two assists", "two goals and one assist"."""
    text = ctx.text
    found = g.HYPHEN_WORD.match(text, end, end + 24)
    if found is not None and found.group("adj").lower() in DURATIONS and found.group("adj").islower():
        return True
    if g.ONE_LIST_AFTER.match(text, end, ctx.sentence.end) is not None or _one_unit(ctx, start, end):
        return True
    if _one_noun(ctx, start, end):
        return True  # "killing one person", "one death", "one gold"
    if g.AND_A_HALF.match(text, end, ctx.sentence.end) is not None:
        return True  # "one and a half years"
    return g.ONE_LIST_BEFORE.search(text, max(ctx.sentence.start, start - 40), start) is not None


def _one_noun(ctx: Context, start: int, end: int) -> bool:
    """ "one" right before a noun it counts ("one person", "one seat"); not "no one person", "one person's"."""
    token = g.TOKEN_AFTER.match(ctx.text, end, ctx.sentence.end)
    if token is None or token.group("w").rstrip(".") not in ONE_NOUNS:
        return False
    before = word_before(ctx.text, ctx.sentence.start, start)
    return before is None or before[0].lower() not in g.ONE_NOUN_NOT_AFTER


def _one_unit(ctx: Context, start: int, end: int) -> bool:
    """ "for one year", "one percent", "one kilometer"; "one day" / "one night" only as a span.

    "closed for one day", "one day of mourning", "with one day to go" count; the story's
    "One day, he hopes", "hopes to one day run", "changed one day in June" do not.
    """
    text = ctx.text
    if (pct := g.PERCENT.match(text, end, ctx.sentence.end)) is not None:
        return pct.group("pts") is None  # "one percent"; not "at one point"
    if (unit := g.UNIT_AFTER.match(text, end, ctx.sentence.end)) is not None and text[end : end + 1] in " \xa0":
        return unit.group("unit") != "foot"  # "one kilometer"; not "put one foot in front of the other"
    found = g.ONE_SPAN_AFTER.match(text, end, ctx.sentence.end)
    if found is None:
        return False
    if found.group("noun") not in ("day", "night"):
        return True
    before = word_before(text, ctx.sentence.start, start)
    if before is not None and before[0].lower() in g.ONE_SPAN_BEFORE:
        return True  # "closed for one day, officials said", "in just one day"
    return g.ONE_SPAN_TAIL.match(text, found.end(), ctx.sentence.end) is not None  # "one day of talks"


def _ranged(window: str) -> bool:
    """Whether the number may close a range of dates ("Sept. 19-22", "Sept. 19 to 22")."""
    return window[-1:] in ("-", "–") or window.endswith(("to ", "through ", "and "))


def after_magnitude(text: str, start: int) -> bool:
    """ "magnitude-6.2" or "magnitude 6.2": the number is a quake's magnitude."""
    return text[max(0, start - 10) : start - 1].lower().endswith("magnitude")


def _trapped_by_word(ctx: Context, before: tuple[str, int], start: int, end: int) -> bool:
    """The word right before the number makes it a date, an age or part of a name."""
    word, at = before
    lower = word.lower()
    if lower in NAME_WORDS or ctx.text[max(0, start - 9) : start].lower() == "group of ":
        return True
    if month_number(word) is not None and word[:1].isupper():
        return True  # "Aug. 20", "March 3"
    if lower in ("ex-", "mid", "mid-"):
        return True
    if word in CURRENCY_SYMBOLS or lower in QUALIFIERS or lower in ("magnitude", "mach"):
        return False
    return _is_capitalised_name(ctx, word, at) and not _given_count(ctx, before, end)  # "gave Riverton 48 points"


def _measure_after(ctx: Context, end: int, single: bool = False) -> bool:
    """A unit, a percent or a plural duration (singular after *single* "one") right after the number.

    A measure is never part of a name: "above Earth 700 seconds", "sent the Kospi 2 percent
    lower", "Wait one second"; not "Windows 11", "S&P 500 points".
    """
    text, stop = ctx.text, ctx.sentence.end
    if text[end : end + 1] not in " \xa0":
        return False
    if (pct := g.PERCENT.match(text, end, stop)) is not None:
        return pct.group("pts") is None
    if g.UNIT_AFTER.match(text, end, stop) is not None:
        return True
    token = g.TOKEN_AFTER.match(text, end, stop)
    word = token.group("w").rstrip(".").lower() if token is not None else ""
    return word in DURATIONS and (single or DURATIONS[word] == word)


def _given_count(ctx: Context, before: tuple[str, int], end: int) -> bool:
    """ "gave Riverton 48 points", "cost Northport 3,000 jobs": a name as the first object of a giving verb.

    The number after it counts its own noun (or points); "The Apollo 11 astronauts",
    "Route 66 runs" and "sent Apollo 11 astronauts" stay names.
    """
    if not before[0][:1].isupper() or ctx.text[end : end + 1] not in " \xa0":
        return False
    at = before[1]
    for _ in range(_MAX_NAME_WORDS):
        found = word_before(ctx.text, ctx.sentence.start, at)
        if found is None:
            return False
        if not found[0][:1].isupper():
            if found[0].lower() not in GIVE_VERBS:
                return False
            break
        at = found[1]
    else:
        return False
    if (pct := g.PERCENT.match(ctx.text, end, ctx.sentence.end)) is not None:
        return pct.group("pts") is not None and _object_ends(ctx, pct.end())  # "gave Riverton 48 points"
    counted = counted_noun(ctx.text, end, ctx.sentence.end)
    return counted is not None and _object_ends(ctx, counted[2])  # "3,000 jobs"; not "gave Windows 11 users a fix"


def _object_ends(ctx: Context, pos: int) -> bool:
    """No other object follows the counted noun: a mark, the end, or a word like "and", "in", "behind"."""
    token = g.TOKEN_AFTER.match(ctx.text, pos, ctx.sentence.end)
    if token is None:
        return True
    word = token.group("w").lower().rstrip(".")
    return word in STOP_WORDS and word not in _OBJECT_OPENERS


def _is_capitalised_name(ctx: Context, word: str, at: int) -> bool:
    """A capitalised word before a number names a model or index ("Windows 11", "S&P 500")."""
    if word[:1].islower() and any(c.isupper() for c in word[1:]):
        return True  # "iPhone 15", "eBay 2"
    if not word[:1].isupper() or ctx.title_case or word.lower() in _OPENERS or word.endswith(("'s", "’s", "s'", "s’")):
        return False  # "NATO's 30 members", "the Tigers' 14 wins" are counts, "About 50 people" a figure
    return True


def _is_list_marker(ctx: Context, start: int, end: int) -> bool:
    """ "1." or "(2)" opening a paragraph."""
    if start - ctx.block.start > 3 or ctx.text[ctx.block.start : start].strip(" (") != "":
        return False
    return g.LIST_MARKER.match(ctx.text, end) is not None or ctx.text[end : end + 1] == ")"


def _is_age_apposition(ctx: Context, start: int, end: int) -> bool:
    """ "Kim, 45, said" or "Clinton (68)": a small number right after a capitalised name."""
    if ctx.text[start - 1 : start] == "(" and ctx.text[end : end + 1] == ")" and end - start <= 3:
        return ctx.text[max(0, start - 3) : start - 2].isalpha() and _capitalised_before(ctx.text, start - 2)
    if ctx.text[start - 2 : start] != ", ":
        return False
    if g.NAME_APPOSITION.search(ctx.text, max(ctx.sentence.start, start - 32), start) is None:
        return False
    follows = g.AFTER_AGE.match(ctx.text, end) is not None
    return follows and ctx.text[start:end].isdigit() and 0 < int(ctx.text[start:end]) < 125


def _capitalised_before(text: str, pos: int) -> bool:
    """Whether the word ending at *pos* is capitalised ("Clinton (68)")."""
    start = pos
    while start > 0 and pos - start < 30 and text[start - 1].isalpha():
        start -= 1
    return text[start : start + 1].isupper()
