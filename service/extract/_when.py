"""Calendar arithmetic for the date extractor: tense, weekdays, years, weeks.

Everything resolves against an explicit anchor date (the dateline's); nothing
here reads a clock.
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from typing import Final

from .clock import safe_date

WEEKDAYS: Final = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
"""Weekday names in ``date.weekday()`` order."""

NUMBER_WORDS: Final = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
}  # fmt: skip
"""Spelled-out counts used in "two weeks ago"."""

# Future markers in the clause before the date ("will meet Friday", "is set to ... on Friday").
_FUTURE: Final = re.compile(
    r"""
    \b(?:(?:will|shall|won't|'ll|’ll|must|should|(?-i:may)|might)(?:\ be)?(?:\ [a-z]{1,20})?  # modal ("must be filed")
    |would(?!\ not|n't)(?:\ be)?(?:\ [a-z]{1,20})?   # future in reported speech ("said it would start")
    |(?:(?:is|are|was|were|been)\ )?(?:set|scheduled|due|slated|poised)\ (?:to|for)  # planned ("slated for")
    |(?:is|are|was|were)\ (?:expected|going)\ to  # expected
    |(?:is|are)\ to                                # "is to visit"
    |(?:aim|hope|seek|want|vow|pledge|promise|agree|decide|intend|plan|prepare)(?:s|d|ed|ned|ing)?  # a verb of intent
      \ to(?!\ (?:the|a|an|its|his|her|their|this|that)\b)  # intention ("agreed to meet"; not "agreed to the deal")
    |to\ be\ held|upcoming|coming|next)\b          # nouns and adjectives of the future
    """,
    re.VERBOSE | re.IGNORECASE,
)
# Past-tense cues right before the date ("said Thursday", "was held Friday", "has risen since").
_PAST_WORD_SOURCE: Final = r"""
    \b(?:said|told|was|were|had|has|have|been|did|met|held|made|took|gave|came|went|began|left|sent|spoke
    |ran|rose|fell|won|lost|saw|flew|fled|kept|led|paid|sold|spent|stood|became|brought|sought|fought
    |wrote|broke|chose|grew|knew|threw|shot|sank|struck|found|got|since
    |[a-z]{2,20}ed)\b                             # a regular past form
"""
_PAST_WORD: Final = re.compile(_PAST_WORD_SOURCE, re.VERBOSE | re.IGNORECASE)
# Present-tense verbs that schedule ("the fair runs until Sunday", "the ban takes effect Friday"):
# in body text a present tense next to a weekday points forward (headlines use it for the past).
_PRESENT_SOURCE: Final = r"""
    \b(?<!\bthe\ )(?<!\ba\ )(?<!\ban\ )(?<!\bits\ )    # after a determiner a noun: "at the end of January"
    (?:is|are|runs?|lasts|continues?|begins?|starts?|opens?|ends?|closes?|kicks?\ off
    |takes?\ (?:effect|place)|goes|comes|expires?|remains?|stays?|falls|resumes?|applies|apply
    |arrives?|leaves|departs?|heads)\b
"""
_PRESENT: Final = re.compile(_PRESENT_SOURCE, re.VERBOSE | re.IGNORECASE)
# The last past or present cue of a window: a greedy ".*" backtracks from the end to the rightmost
# place where the cue matches.  That is the last match a left-to-right scan finds, because no cue
# can start inside another (each is whole words, and no word inside a cue is a cue of its own).
_LAST_PAST_WORD: Final = re.compile(r"(?s:.*)(?:" + _PAST_WORD_SOURCE + ")", re.VERBOSE | re.IGNORECASE)
_LAST_PRESENT: Final = re.compile(r"(?s:.*)(?:" + _PRESENT_SOURCE + ")", re.VERBOSE | re.IGNORECASE)
# Prepositions that look forward from the time of speaking ("until Sunday", "starting Monday").
_FORWARD: Final = re.compile(r"\b(?:until|till|through|starting|beginning|effective|from)\ $", re.IGNORECASE)
# A relative clause or an inserted list set off by commas ("the plant, which was halted, will ...",
# "the plants, including the rebuilt mill, back"): its verbs are not the clause's tense.
_INSERTED_CLAUSE: Final = re.compile(
    r",\s(?:which|who|whose|where|including|such\ as|especially|notably)\b[^,]{0,160},", re.IGNORECASE
)
_COMPOUND_PARTICIPLE: Final = re.compile(r"-[a-z]{2,20}ed\b")  # "cold-rolled", "state-owned": adjectives, not verbs
_CLAUSE_REACH: Final = 240  # characters before a date read for the tense of its whole clause
_NEW_YEAR_REACH: Final = 92  # days after the anchor within which a date may fall in the next year
_NEAR_WORDS: Final = 4  # a present verb counts this many words before the date at most, in the same clause


def is_future(before: str, after: str, *, opening: bool = False, headline: bool = False) -> bool:
    """Guess whether a date sits in a future-tense clause.

    *before* is the sentence text up to the date, *after* the text just after it
    (both may be cut to a short window); *opening*: the date opens its sentence;
    *headline*: a headline, whose present tense tells of the past.  The tense cue
    nearest before the date wins ("said Thursday that he will" is past); a
    present-tense verb close before it ("runs until Sunday") points forward in
    body text; with no cue before, the first cue after the date decides; default past.

    >>> is_future("He said", " that talks will resume"), is_future("The two will meet", ".")
    (False, True)
    >>> is_future("On", ", the envoys will meet again.", opening=True)
    True
    >>> is_future("The fair runs until ", "."), is_future("The fair ran until ", ".")
    (True, False)
    """
    window = before[-80:]
    past = _end(_LAST_PAST_WORD.match(window))
    coming = -1
    for cue in _FUTURE.finditer(window):  # cues overlap ("will be set to"): the last of a scan counts
        coming = cue.end()
    present = -1 if headline else _end(_LAST_PRESENT.match(window))
    if present > max(past, coming) and _near(window, present):
        return True
    if past >= 0 or coming >= 0:
        return coming >= past  # the cue closest to the date wins ("is scheduled to" ends after "scheduled")
    if opening and _FORWARD.search(window) and not _PAST_WORD.search(after[:60]):
        return True  # "Starting Monday, the rule applies"
    return _first_after_is_future(after[:60])


def clause_is_future(before: str) -> bool:
    """Whether the whole clause before a date is future: inserted clauses skipped, the last tense cue wins.

    Reads up to _CLAUSE_REACH characters, so a cue far from the date still counts ("plans to
    resume the line at its plant, which makes engines, on Feb. 3").

    >>> clause_is_future("The plant will resume operations, which were halted, on ")
    True
    >>> clause_is_future("The plant resumed operations, which will be sold, on ")
    False
    """
    main = _COMPOUND_PARTICIPLE.sub("", _INSERTED_CLAUSE.sub(" ", before[-_CLAUSE_REACH:]))
    past = _end(_LAST_PAST_WORD.match(main))
    coming = -1
    for cue in _FUTURE.finditer(main):  # the last cue of the scan counts, as in is_future
        coming = cue.end()
    return coming >= 0 and coming >= past


def next_year_near(month: int, day: int, anchor: date) -> bool:
    """Whether ``month``/``day`` of the year after the anchor's lies within a few months of it (late-year stories).

    >>> next_year_near(2, 3, date(2021, 12, 28)), next_year_near(2, 3, date(2021, 8, 20))
    (True, False)
    """
    found = safe_date(anchor.year + 1, month, day)
    return found is not None and 0 < (found - anchor).days <= _NEW_YEAR_REACH


def _end(match: re.Match[str] | None) -> int:
    return match.end() if match is not None else -1


def _first_after_is_future(after: str) -> bool:
    """With no cue before the date, the first cue after it decides ("During his trip from Sunday, he plans to")."""
    ahead = _FUTURE.search(after)
    back = _PAST_WORD.search(after)
    return ahead is not None and (back is None or ahead.start() < back.start())


def _near(window: str, end: int) -> bool:
    """Whether a cue ending at *end* lies close to the date, or the date follows a forward preposition."""
    between = window[end:]
    return ("," not in between and len(between.split()) <= _NEAR_WORDS) or _FORWARD.search(window) is not None


def weekday(name: str, anchor: date, *, future: bool, modifier: str | None) -> date:
    """Resolve a weekday name against *anchor*.

    Past tense: the latest such day on or before the anchor (the anchor counts);
    future: the first on or after it.  "last"/"next" exclude the anchor day.

    >>> a = date(2020, 8, 20)  # a Thursday
    >>> weekday("Thursday", a, future=False, modifier=None), weekday("Friday", a, future=True, modifier=None)
    (datetime.date(2020, 8, 20), datetime.date(2020, 8, 21))
    >>> weekday("Monday", a, future=False, modifier=None), weekday("Thursday", a, future=False, modifier="last")
    (datetime.date(2020, 8, 17), datetime.date(2020, 8, 13))
    """
    target = WEEKDAYS.index(name.lower())
    back = (anchor.weekday() - target) % 7
    ahead = (target - anchor.weekday()) % 7
    if modifier == "last":
        return anchor - timedelta(days=back or 7)
    if modifier == "next":
        return anchor + timedelta(days=ahead or 7)
    return anchor + timedelta(days=ahead) if future else anchor - timedelta(days=back)


def month_day(month: int, day: int, anchor: date, *, future: bool) -> date | None:
    """Give a month and day without a year the year that fits the anchor and tense.

    >>> month_day(3, 3, date(2020, 8, 20), future=False), month_day(12, 3, date(2020, 8, 20), future=False)
    (datetime.date(2020, 3, 3), datetime.date(2019, 12, 3))
    >>> month_day(1, 5, date(2020, 12, 20), future=True)
    datetime.date(2021, 1, 5)
    """
    found = safe_date(anchor.year, month, day)
    if found is None:
        return None
    if not future and found > anchor + timedelta(days=31):
        return safe_date(anchor.year - 1, month, day)
    if future and found < anchor - timedelta(days=31):
        return safe_date(anchor.year + 1, month, day)
    return found


def month_year(month: int, anchor: date, *, future: bool, modifier: str | None) -> int:
    """The year of a month named alone ("in March", "last March").

    >>> month_year(3, date(2020, 8, 20), future=False, modifier=None)
    2020
    >>> month_year(11, date(2020, 8, 20), future=False, modifier=None)
    2019
    >>> a = date(2020, 8, 20)
    >>> month_year(3, a, future=True, modifier=None), month_year(8, a, future=False, modifier="next")
    (2021, 2021)
    """
    if modifier == "last":
        return anchor.year if month < anchor.month else anchor.year - 1
    if modifier == "next":
        return anchor.year if month > anchor.month else anchor.year + 1
    if modifier == "this":
        return anchor.year
    if not future and month > anchor.month:
        return anchor.year - 1
    if future and month < anchor.month:
        return anchor.year + 1
    return anchor.year


def shift_month(anchor: date, months: int) -> tuple[int, int]:
    """Year and month *months* away from the anchor's month.

    >>> shift_month(date(2020, 1, 15), -1), shift_month(date(2020, 12, 1), 1)
    ((2019, 12), (2021, 1))
    """
    index = anchor.year * 12 + anchor.month - 1 + months
    return index // 12, index % 12 + 1


def month_bounds(year: int, month: int) -> tuple[date, date]:
    """First and last day of a month.

    >>> month_bounds(2020, 2)
    (datetime.date(2020, 2, 1), datetime.date(2020, 2, 29))
    """
    first = date(year, month, 1)
    following = date(year + month // 12, month % 12 + 1, 1)
    return first, following - timedelta(days=1)


def week_bounds(anchor: date, weeks: int) -> tuple[date, date]:
    """Monday and Sunday of the week *weeks* away from the anchor's week.

    >>> week_bounds(date(2020, 8, 20), 1)
    (datetime.date(2020, 8, 24), datetime.date(2020, 8, 30))
    """
    monday = anchor - timedelta(days=anchor.weekday()) + timedelta(weeks=weeks)
    return monday, monday + timedelta(days=6)


def years_back(anchor: date, years: int) -> date:
    """The same calendar day *years* earlier (Feb. 29 falls back to Feb. 28).

    >>> years_back(date(2020, 2, 29), 1)
    datetime.date(2019, 2, 28)
    """
    return safe_date(anchor.year - years, anchor.month, anchor.day) or date(anchor.year - years, anchor.month, 28)
