"""Word lists of the figure grammar, loaded once at import (data lives in ``lexicon/``).

Currencies, units, spelled-out numbers, qualifiers, change words and the words that
turn a number into a name, a time or a duration.  Everything here is read-only.
"""

from __future__ import annotations

import re
from decimal import Decimal
from typing import Final

from .lexicon import load_table, load_words


def alternation(words: tuple[str, ...] | frozenset[str]) -> str:
    """Regex alternation of *words*, longest first, each escaped.

    >>> alternation(("a", "abc", "ab"))
    'abc|ab|a'
    """
    return "|".join(_escape(w) for w in sorted(words, key=lambda w: (-len(w), w)))


def _escape(word: str) -> str:
    """Escape *word* for a regex; a space also matches a no-break space."""
    return re.escape(word).replace("\\ ", "[ \\xa0]")


_CURRENCY_ROWS: Final = load_table("currencies")
CURRENCY_SYMBOLS: Final[dict[str, str]] = {row[1]: row[2] for row in _CURRENCY_ROWS if row[0] == "symbol"}
"""Spelling before the number (exact case) -> ISO code; ``DOLLAR`` is the article's default dollar."""
CURRENCY_WORDS: Final[dict[str, str]] = {row[1].lower(): row[2] for row in _CURRENCY_ROWS if row[0] == "word"}
"""Spelling after the number (lower case) -> ISO code."""
CURRENCY_FRACTIONS: Final[dict[str, Decimal]] = {
    row[1].lower(): Decimal(row[3]) for row in _CURRENCY_ROWS if row[0] == "word" and len(row) > 3
}
"""Words naming a fraction of a currency unit (lower case) -> factor: ``{"cents": Decimal("0.01")}``."""
OTHER_DOLLARS: Final = tuple((row[0], row[1]) for row in load_table("figure_other_dollars"))
"""Phrases naming a non-US dollar, with its code."""

_NUMBER_ROWS: Final = load_table("number_words")
NUMBER_WORDS: Final[dict[str, Decimal]] = {r[0]: Decimal(r[1]) for r in _NUMBER_ROWS if r[2] == "number"}
"""Spelled-out numbers (lower case) -> value."""
SCALES: Final[dict[str, Decimal]] = {r[0]: Decimal(r[1]) for r in _NUMBER_ROWS if r[2] == "scale"}
"""Scale words (lower case) -> multiplier."""

_UNIT_ROWS: Final = load_table("units")
UNITS: Final[dict[str, str]] = {row[0]: row[1] for row in _UNIT_ROWS if row[2:] != ("letter",)}
"""Unit spellings (as written) -> canonical unit."""
LETTER_UNITS: Final[dict[str, str]] = {row[0]: row[1] for row in _UNIT_ROWS if row[2:] == ("letter",)}
"""One-letter unit symbols read only after a space ("minus 8 C") -> canonical unit."""
SIGNED_UNITS: Final = frozenset(("degC", "degF", "deg"))
"""Canonical units that keep a minus sign ("minus 8 C" -> -8); elsewhere it is no sign ("plus or minus 3")."""
ORDINALS: Final[dict[str, Decimal]] = {row[0]: Decimal(row[1]) for row in load_table("figure_ordinals")}
"""Ordinal words (lower case) -> rank."""
QUALIFIERS: Final[dict[str, str]] = {row[0]: row[1] for row in load_table("figure_qualifiers")}
"""Qualifier phrases (lower case) -> ``lower``, ``upper`` or ``-``."""

_DIRECTION_ROWS: Final = load_table("figure_directions")
DIRECTIONS_BEFORE: Final[dict[str, str]] = {r[0]: r[1] for r in _DIRECTION_ROWS if r[2] in ("before", "both")}
"""Change words that precede a figure ("rose 5 percent") -> direction."""
DIRECTIONS_AFTER: Final[dict[str, str]] = {r[0]: r[1] for r in _DIRECTION_ROWS if r[2] in ("after", "both")}
"""Change words that follow a figure ("a 5 percent rise") -> direction."""

TIME_WORDS: Final = load_words("figure_time_words")
"""Nouns that make a number a duration, age or time of day."""
DURATIONS: Final[dict[str, str]] = {row[0]: row[1] for row in load_table("figure_durations")}
"""Time nouns that make a number a duration (lower case) -> canonical unit ("day" -> "days")."""
EVENT_NOUNS: Final = load_words("figure_event_nouns")
"""Nouns after an ordinal that name an event or a period ("the 70th anniversary"): no rank."""
INSTRUMENT_WORDS: Final = load_words("figure_instrument_words")
"""Nouns that make a hyphenated duration a bond maturity ("three-year Treasurys")."""
NAME_WORDS: Final = load_words("figure_name_words")
"""Words that make the next number part of a name ("Article 9")."""
STOP_WORDS: Final = load_words("figure_stop_words")
"""Words that end a counted-noun search."""
COMPARISON_WORDS: Final = load_words("figure_comparison_words")
"""Words after an elided count that compare it with the figure before ("48 points, two behind")."""
GIVE_VERBS: Final = load_words("figure_give_verbs")
"""Verbs before a name and a counted object ("gave Riverton 48 points"): the number is no part of the name."""

KIND_COMPOUNDS: Final = load_words("figure_kind_compounds")
"""Nouns after "<number>-" that name a kind, not a count ("two-way", "five-star", "225-issue")."""
BARE_COUNT_NOUNS: Final = load_words("figure_bare_count_nouns")
"""Singular nouns counted after any number: medal colours ("three gold, two silver")."""
ONE_NOUNS: Final = load_words("figure_one_nouns") | BARE_COUNT_NOUNS
"""Singular nouns that make the "one" right before them a count ("killing one person", "one gold")."""

IRREGULAR_PLURALS: Final = frozenset(
    "people police personnel staff children men women cattle livestock crew militia sheep fish deer aircraft "
    "youth clergy infantry cavalry".split()
)
"""Plural nouns that do not end in -s (counted nouns)."""
CASUALTY_WORDS: Final = frozenset("dead injured wounded missing hurt killed".split())
"""Adjectives that count people on their own: "left 3 dead and 12 missing"."""
