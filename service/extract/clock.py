"""Months, time zones and calendar arithmetic shared by the article and date extractors.

Zones come from one data table (``lexicon/zones.tsv``): a news agency's home zone
(the zone its site stamps times in), a dateline city's zone, and fixed offsets for
zone abbreviations printed in stamps.  Nothing is hard-coded for one source.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone, tzinfo
from typing import Final
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from .lexicon import load_table

MONTHS: Final[dict[str, int]] = {
    spelling: int(row[0]) for row in load_table("months") for spelling in row[1:]
}
"""Month spellings (lower case, no full stop) -> month number: ``{"aug": 8, "august": 8}``."""

_ZONES: Final = tuple((row[0], row[1], row[2]) for row in load_table("zones"))


def month_number(word: str) -> int | None:
    """Return the month number of *word* ("Aug.", "August"), or None.

    >>> month_number("Aug."), month_number("sept"), month_number("Mayor")
    (8, 9, None)
    """
    return MONTHS.get(word.lower().rstrip("."))


def _zone(spec: str) -> tzinfo | None:
    """Build a tzinfo from an IANA name or a fixed ``+HH:MM`` offset."""
    if spec[:1] in "+-" and len(spec) == 6:
        sign = -1 if spec[0] == "-" else 1
        return timezone(sign * timedelta(hours=int(spec[1:3]), minutes=int(spec[4:6])))
    try:
        return ZoneInfo(spec)
    except (ZoneInfoNotFoundError, ValueError):
        return None


def zone_for(kind: str, name: str | None) -> tuple[str, tzinfo] | None:
    """Look up the zone of an ``agency``, a dateline ``city`` or a zone ``abbr``.

    Returns ``(zone name, tzinfo)`` or None when the table does not know *name*.

    >>> zone_for("agency", "Yonhap")[0], zone_for("city", "NEW YORK")[0]
    ('Asia/Seoul', 'America/New_York')
    >>> zone_for("city", "Atlantis") is None
    True
    """
    if not name:
        return None
    key = " ".join(name.lower().replace(".", " ").split())
    for row_kind, row_name, spec in _ZONES:
        if row_kind == kind and row_name == key:
            tz = _zone(spec)
            return (spec, tz) if tz is not None else None
    return None


def safe_date(year: int, month: int, day: int) -> date | None:
    """Return ``date(year, month, day)`` or None when it does not exist.

    >>> safe_date(2020, 2, 30) is None, safe_date(2020, 2, 29)
    (True, datetime.date(2020, 2, 29))
    """
    try:
        return date(year, month, day)
    except ValueError:
        return None


def nearest_year(month: int, day: int, reference: date) -> date | None:
    """Give ``month``/``day`` the year that puts it closest to *reference*.

    A dateline omits the year; the story was filed within a day or two of its
    publication time, so the closest candidate year is the right one, also across
    New Year ("Dec. 31" filed for a Jan. 1 stamp).

    >>> nearest_year(12, 31, date(2021, 1, 1))
    datetime.date(2020, 12, 31)
    >>> nearest_year(8, 20, date(2020, 8, 21))
    datetime.date(2020, 8, 20)
    """
    candidates = [
        d
        for year in (reference.year - 1, reference.year, reference.year + 1)
        if (d := safe_date(year, month, day)) is not None
    ]
    if not candidates:
        return None
    return min(candidates, key=lambda d: (abs((d - reference).days), d))


def localize(naive: datetime, tz: tzinfo) -> datetime:
    """Attach *tz* to a wall-clock time read from a page stamp."""
    return naive.replace(tzinfo=tz)
