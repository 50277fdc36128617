"""Dates: absolute and relative expressions normalized against the dateline date.

Only the article's blocks (headline, body with the dateline, captions) are read;
the page stamp is furniture.  Relative expressions ("Thursday", "last year",
"earlier this month", "in recent weeks") resolve against ``article.anchor`` and
are skipped when the article has none: never against today's date.

``value`` is ISO 8601 at its granularity: ``2020-08-20`` (day), ``2020-08``
(month), ``2019`` (year), ``2020-08-24/2020-08-30`` (interval; also "on-year",
the year up to the anchor) or ``../2020-08-20`` (vague: an open start, ending at
the anchor; "in the coming weeks" is ``2020-08-20/..``, open at the end).
A month and day without a year ("Aug. 20") take their year from the anchor and
count as relative.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, replace
from datetime import date, timedelta
from typing import Final

from . import _when
from .article import Article, Block
from .clock import month_number, safe_date
from .facts import DateFact, Span

_MONTH: Final = (
    r"(?:Jan(?:uary|\.)?|Feb(?:ruary|\.)?|Mar(?:ch|\.)?|Apr(?:il|\.)?|May|June?|July?|Aug(?:ust|\.)?"
    r"|Sept?(?:ember|\.)?|Oct(?:ober|\.)?|Nov(?:ember|\.)?|Dec(?:ember|\.)?)"
)
_FULL_MONTH: Final = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
_ABBR_MONTH: Final = r"(?:Jan|Feb|Mar|Apr|Aug|Sept?|Oct|Nov|Dec)\."  # "in Jan.": a month alone, abbreviated
_WEEKDAY: Final = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_COUNT: Final = r"(?:(?i:an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)|\d{1,3})"  # "Five"

_DATE: Final = re.compile(
    rf"""
    (?<![\w-])                                                  # a whole word
    (?:
      (?P<iso>(?:19|20)\d\d-[01]\d-[0-3]\d)(?![\d-])            # 2020-08-20
    | (?P<m1>{_MONTH})\ (?P<d1>[0-3]?\d)(?:st|nd|rd|th)?       # Aug. 3 / August 3rd
        (?:[-–](?P<e1>[0-3]?\d))?(?!\d)                           # Aug. 20-21: a range of days
        (?:,?\ (?P<y1>(?:19|20)\d\d)(?![\w-])                   # , 2020
        |\ (?P<ry1>last|this|next)\ year\b)?                      # "Jan. 15 last year"
    | (?P<d2>[0-3]?\d)\ (?P<m2>{_FULL_MONTH})                   # 3 August (2020)
        (?:\ (?P<y2>(?:19|20)\d\d))?(?![\w-])
    | (?P<m3>{_FULL_MONTH})\ (?P<y3>(?:19|20)\d\d)(?![\w-])     # August 2020
    | (?P<wmod>(?i:last|next|this)\ )?(?P<wd>{_WEEKDAY})\b      # (last) Thursday
    | (?P<vague>(?i:in\ |over\ |during\ )?                      # in recent weeks,
        (?i:recent|the\ past\ few|the\ last\ few|the\ past|the\ last)\ # the past few days
        (?P<vunit>(?:day|week|month|year)s?))\b
    | (?P<within>(?i:earlier|later)\ (?:this|in\ the)\ (?P<wunit>week|month|year))\b  # earlier in the month
    | (?P<coming>(?i:in\ |over\ |during\ )?                     # in the coming weeks
        (?i:the\ coming|the\ next\ few|coming)\ (?:day|week|month|year)s)\b
    | (?P<prev>(?i:the)\ (?:previous|preceding)\ (?P<punit>day|week|month|year)\b  # the previous day
      | (?i:the)\ day\ before(?=\s?[.,;:!?)]|\s*$))                 # "the day before." (not "the day before the vote")
    | (?P<rmod>(?i:last|next|this))\ (?P<runit>weekend|week|month|year)\b  # last year / next week
    | (?P<ago>(?P<n>{_COUNT})\ (?P<aunit>day|week|month|year)s?\ ago)\b  # two years ago
    | (?P<dayword>(?i:today|yesterday|tomorrow|tonight))\b      # deictic days
    | (?P<onyear>(?i:year-)?on-year|year-over-year|(?i:from|than)\ a\ year\ (?:earlier|ago|before))\b
    | (?P<mpre>(?i:in|since|by|until|through|from|during|of|before|after|early|late|mid|last|next|this  # In March,
        |for(?=\ (?!May\b)))                                    # for December (not "voted for May")
        [\ -](?:early\ |late\ |mid-)?)(?P<m4>{_FULL_MONTH}|{_ABBR_MONTH})(?![\w-]|\ \d|,\ \d)  # not "May 5"
        (?:\ (?P<ry4>last|this|next)\ year\b)?                   # "in March last year"
    | (?P<ypre>(?:in|since|by|until|through|from|during|before|after|early|late|mid)
        [\ -](?:early\ |late\ |mid-)?                          # in 2019, in early 2019
      | (?i:the)\ (?:whole|rest|remainder|end|start|beginning|middle|first\ half|second\ half)\ of\ )  # the whole of
      (?P<y5>(?:19|20)\d\d)(?![\w%-]|[.,]\d|\ percent)  # in 2019
    )
    """,
    re.VERBOSE,
)


# Text that every match of ``_DATE`` holds (a digit, a unit, a month's first letters, a deictic day): a sentence
# without any is never searched (on news text most are not, and the big pattern is tried at every character).
_DATE_KEY: Final = re.compile(
    r"""
    \d                                            # 2020-08-20, 3 August, two years ago, in 2019
    | day | week | month | year                    # the units; every weekday; on-year, a year earlier
    | Jan | Feb | Mar | Apr | May | Jun | Jul | Aug | Sep | Oct | Nov | Dec  # every month, full or abbreviated
    | (?i:today|yesterday|tomorrow|tonight)        # deictic days in any case, as ``_DATE`` reads them
    """,
    re.VERBOSE,
)


_CLAUSE_CHARS: Final = 240  # the sentence text before a date read for its clause's tense near New Year
_YEAR_WORDS: Final = {"last": -1, "this": 0, "next": 1}  # "last year" is the anchor's year - 1

# Headline future: "Envoys to meet Friday" (the infinitive is the headline's future tense).
_RANGE_GAP: Final = re.compile(
    r"""
    \ ?(?:-|–|to|through|until|till)\ ?   # between the two weekdays of a range: "Tuesday to Sunday"
    """,
    re.VERBOSE,
)
_HEADLINE_TO: Final = re.compile(r"\bto\ [a-z]{2,20}\b(?!.*\b(?:said|met)\b)", re.VERBOSE)


@dataclass(frozen=True, slots=True)
class _Found:
    """A resolved expression before ids are given."""

    span: Span
    rule: str
    value: str
    granularity: str
    start: date | None
    end: date | None
    relative: bool


def extract(article: Article) -> tuple[DateFact, ...]:
    """Return the date expressions of *article* in text order, ids ``date-1`` ...

    >>> from service.extract.article import parse_article
    >>> text = "Talks resume\\n\\nWorld 10:00 August 20, 2020\\n\\nSEOUL, Aug. 20 (AP) -- Envoys met Thursday.\\n"
    >>> [(d.surface, d.value, d.rule) for d in extract(parse_article(text))]
    [('Aug. 20', '2020-08-20', 'date.dateline'), ('Thursday', '2020-08-20', 'date.weekday')]
    """
    found: list[_Found] = []
    for block in article.blocks:
        found.extend(_in_block(article, block))
    found.sort(key=lambda f: f.span)
    return tuple(
        DateFact(
            span=f.span,
            surface=article.text[f.span.start : f.span.end],
            rule=f.rule,
            id=f"date-{n}",
            value=f.value,
            granularity=f.granularity,
            start=f.start,
            end=f.end,
            anchor=article.anchor,
            relative=f.relative,
            timezone=article.timezone,
        )
        for n, f in enumerate(found, 1)
    )


def _in_block(article: Article, block: Block) -> Iterator[_Found]:
    """Resolve every expression found in one block."""
    text = article.text
    dateline = article.dateline.date_span if article.dateline else None
    for sentence in block.sentences:
        if _DATE_KEY.search(text, sentence.start, sentence.end) is None:
            continue  # no date can be in it
        found: list[tuple[_Found, bool]] = []  # (resolved, is a bare weekday)
        for match in _DATE.finditer(text, sentence.start, sentence.end):
            future = _tensed(match, article.anchor) and (
                _future(text, block, sentence, match) or _future_next_year(text, sentence, match, article.anchor)
            )
            resolved = _resolve(match, article.anchor, future)
            if resolved is None:
                continue
            if dateline is not None and resolved.span == dateline:
                resolved = replace(resolved, rule="date.dateline", relative=False)
            bare = bool(match["wd"]) and not match["wmod"]
            if found and bare and found[-1][1] and _RANGE_GAP.fullmatch(text, found[-1][0].span.end, match.start()):
                found[-1], resolved = _ordered(found[-1][0], resolved, future)
            found.append((resolved, bare))
        yield from (f for f, _ in found)


def _future(text: str, block: Block, sentence: Span, match: re.Match[str]) -> bool:
    """Whether the clause around *match* speaks of the future."""
    before = text[max(sentence.start, match.start() - 80) : match.start()]
    after = text[match.end() : min(sentence.end, match.end() + 60)]
    lead_in = match.start() - sentence.start
    opening = lead_in < 12 and len(text[sentence.start : match.start()].split()) <= 1
    headline = block.section == "headline"
    return _when.is_future(before, after, opening=opening, headline=headline) or (
        headline and _HEADLINE_TO.search(before) is not None
    )


def _future_next_year(text: str, sentence: Span, match: re.Match[str], anchor: date | None) -> bool:
    """A year-less date just across New Year from the anchor: the tense of its whole clause decides.

    The short window of :func:`_future` may miss a cue far before the date or stop at a relative
    clause's past verb ("will resume operations, which were halted, on Feb. 3").
    """
    month = month_number(match["m1"] or match["m2"] or match["m4"] or "")
    if anchor is None or month is None or match["ry1"] or match["ry4"]:
        return False
    if match["mpre"] and match["mpre"].split()[0].lower().rstrip("-") in _YEAR_WORDS:
        return False  # "last March", "next January": the word sets the year
    if not _when.next_year_near(month, int(match["d1"] or match["d2"] or 1), anchor):
        return False
    return _when.clause_is_future(text[max(sentence.start, match.start() - _CLAUSE_CHARS) : match.start()])


def _ordered(first: _Found, last: _Found, future: bool) -> tuple[tuple[_Found, bool], _Found]:
    """Two weekdays of a range ("from Tuesday to Sunday"): the last never falls before the first.

    In the future the end moves a week on; in the past the start moves a week back.
    """
    if first.start is None or last.start is None or last.start >= first.start:
        return (first, True), last
    if future:
        return (first, True), _shift(last, 7)
    return (_shift(first, -7), True), last


def _shift(found: _Found, days: int) -> _Found:
    on = (found.start or date.min) + timedelta(days=days)
    return replace(found, value=on.isoformat(), start=on, end=on)


def _tensed(match: re.Match[str], anchor: date | None) -> bool:
    """Whether :func:`_resolve` reads the tense for *match*: a day, weekday or month without a year."""
    if anchor is None or match["iso"] or match["y1"] or match["y2"] or match["y3"] or match["y5"]:
        return False
    return bool(match["m1"] or match["m2"] or match["wd"] or match["m4"])


def _resolve(match: re.Match[str], anchor: date | None, future: bool) -> _Found | None:
    """Dispatch on the alternative that matched (*future* matters only where :func:`_tensed` says so)."""
    if match["iso"] or match["y1"] or match["y2"] or match["y3"] or match["y5"]:
        return _absolute(match)
    if anchor is None:
        return None  # every remaining form is relative to the anchor
    if match["m1"] or match["m2"]:
        return _month_day(match, anchor, future)
    if match["wd"]:
        return _weekday(match, anchor, future)
    if match["m4"]:
        return _month_alone(match, anchor, future)
    return _relative(match, anchor)


def _day(span: Span, rule: str, on: date, relative: bool) -> _Found:
    return _Found(span, rule, on.isoformat(), "day", on, on, relative)


def _month(span: Span, rule: str, year: int, month: int, relative: bool) -> _Found:
    first, last = _when.month_bounds(year, month)
    return _Found(span, rule, f"{year:04d}-{month:02d}", "month", first, last, relative)


def _year(span: Span, rule: str, year: int, relative: bool) -> _Found:
    return _Found(span, rule, f"{year:04d}", "year", date(year, 1, 1), date(year, 12, 31), relative)


def _interval(span: Span, rule: str, start: date, end: date) -> _Found:
    return _Found(span, rule, f"{start.isoformat()}/{end.isoformat()}", "interval", start, end, True)


def _absolute(match: re.Match[str]) -> _Found | None:
    """Dates that carry their own year."""
    span = Span(*match.span())
    if match["iso"]:
        y, m, d = (int(p) for p in match["iso"].split("-"))
        on = safe_date(y, m, d)
        return _day(span, "date.iso", on, False) if on else None
    if match["y5"]:
        return _year(Span(*match.span("y5")), "date.year", int(match["y5"]), False)
    if match["y3"]:
        month = month_number(match["m3"]) or 0
        return _month(span, "date.month_year", int(match["y3"]), month, False) if month else None
    month = month_number(match["m1"] or match["m2"] or "") or 0
    on = safe_date(int(match["y1"] or match["y2"]), month, int(match["d1"] or match["d2"]))
    return _days(span, "date.full", on, match["e1"], False) if on else None


def _days(span: Span, rule: str, on: date, last_day: str | None, relative: bool) -> _Found | None:
    """One day, or a range of days within its month ("Aug. 20-21")."""
    if last_day is None:
        return _day(span, rule, on, relative)
    end = safe_date(on.year, on.month, int(last_day))
    if end is None or end <= on:
        return None
    return replace(_interval(span, rule + "_range", on, end), relative=relative)


def _month_day(match: re.Match[str], anchor: date, future: bool) -> _Found | None:
    """Resolve "Aug. 20": the anchor's year, or a neighbour year that fits the tense."""
    month = month_number(match["m1"] or match["m2"] or "")
    if month is None:
        return None
    day = int(match["d1"] or match["d2"])
    if match["ry1"]:
        on = safe_date(anchor.year + _YEAR_WORDS[match["ry1"]], month, day)
    else:
        on = _when.month_day(month, day, anchor, future=future)
    return _days(Span(*match.span()), "date.month_day", on, match["e1"], True) if on else None


def _weekday(match: re.Match[str], anchor: date, future: bool) -> _Found:
    modifier = match["wmod"].strip().lower() if match["wmod"] else None
    on = _when.weekday(match["wd"], anchor, future=future, modifier=modifier)
    return _day(Span(*match.span()), "date.weekday", on, True)


def _month_alone(match: re.Match[str], anchor: date, future: bool) -> _Found | None:
    """Resolve "in March", "last March": the month's year from the anchor and the tense."""
    month = month_number(match["m4"])
    if month is None:
        return None
    word = match["mpre"].split()[0].lower().rstrip("-")
    modifier = word if word in ("last", "next", "this") else None
    year = _when.month_year(month, anchor, future=future, modifier=modifier)
    if match["ry4"]:
        year = anchor.year + _YEAR_WORDS[match["ry4"]]
    start = match.start("mpre") if modifier else match.start("m4")
    return _month(Span(start, match.end()), "date.month", year, month, True)


def _relative(match: re.Match[str], anchor: date) -> _Found | None:
    """Expressions made of relative words only."""
    span = Span(*match.span())
    if match["vague"]:
        start = None
        return _Found(span, "date.recent", f"../{anchor.isoformat()}", "vague", start, anchor, True)
    if match["coming"]:
        return _Found(span, "date.coming", f"{anchor.isoformat()}/..", "vague", anchor, None, True)
    if match["within"]:
        found = _unit(span, "date.within", match["wunit"], 0, anchor)
        if found.granularity == "interval":  # "earlier this week" ends at the anchor, "later" starts there
            early = match["within"][0] in "eE"
            bounds = (found.start, anchor) if early else (anchor, found.end)
            return _interval(span, "date.within", *(b or anchor for b in bounds))
        return found
    if match["prev"]:
        return _unit(span, "date.previous", match["punit"] or "day", -1, anchor)
    if match["rmod"]:
        offset = _YEAR_WORDS[match["rmod"].lower()]
        return _unit(span, "date.relative", match["runit"], offset, anchor)
    if match["ago"]:
        return _ago(span, match["n"].lower(), match["aunit"], anchor)
    if match["dayword"]:
        word = match["dayword"].lower()
        offset = {"yesterday": -1, "tomorrow": 1}.get(word, 0)
        return _day(span, "date.deictic", anchor + timedelta(days=offset), True)
    if match["onyear"]:
        return _interval(span, "date.on_year", _when.years_back(anchor, 1), anchor)
    return None


def _unit(span: Span, rule: str, unit: str, offset: int, anchor: date) -> _Found:
    """The week, month or year *offset* units from the anchor's."""
    if unit == "year":
        return _year(span, rule, anchor.year + offset, True)
    if unit == "month":
        year, month = _when.shift_month(anchor, offset)
        return _month(span, rule, year, month, True)
    if unit == "day":
        return _day(span, rule, anchor + timedelta(days=offset), True)
    if unit == "weekend":
        saturday = _when.week_bounds(anchor, offset)[0] + timedelta(days=5)  # last weekend: the past week's
        return _interval(span, rule, saturday, saturday + timedelta(days=1))
    start, end = _when.week_bounds(anchor, offset)
    return _interval(span, rule, start, end)


def _ago(span: Span, count: str, unit: str, anchor: date) -> _Found | None:
    """Resolve "two years ago", "three days ago"."""
    n = int(count) if count.isdigit() else _when.NUMBER_WORDS.get(count, 0)
    if n <= 0 or n > 500:
        return None
    if unit == "year":
        return _year(span, "date.ago", anchor.year - n, True)
    if unit == "month":
        year, month = _when.shift_month(anchor, -n)
        return _month(span, "date.ago", year, month, True)
    days = n * 7 if unit == "week" else n
    return _day(span, "date.ago", anchor - timedelta(days=days), True)
