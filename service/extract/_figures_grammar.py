"""Compiled patterns of the figure grammar (numbers, scales, currencies, units, traps).

Every pattern is matched at a known position (``pattern.match(text, pos)``) or over a
short window, so the scanner never backtracks across a whole article.
"""

from __future__ import annotations

import re
from typing import Final

from ._figures_lexicon import (
    CURRENCY_SYMBOLS,
    CURRENCY_WORDS,
    LETTER_UNITS,
    NUMBER_WORDS,
    QUALIFIERS,
    SCALES,
    TIME_WORDS,
    UNITS,
    alternation,
)

_WORD_NUMBERS: Final = alternation(tuple(w for w in NUMBER_WORDS if w != "dozen"))
_UNITS_DIGIT: Final = "one|two|three|four|five|six|seven|eight|nine"
_LONG_SCALES: Final = "hundred|thousand|million|billion|trillion"
_SHORT_SCALES: Final = alternation(tuple(w for w in SCALES if w not in _LONG_SCALES.split("|")))

_WRAP: Final = r"(?:[ \xa0]|[ \t]*\n[ \t]*)"  # a space, or one hard wrap inside a paragraph ("7\npercent")

_GLUED_SYMBOLS: Final = "|".join(  # "RM200,000", "Rs.500": a currency prefix written without a space
    rf"(?<=(?<![A-Za-z]){re.escape(symbol)})"
    for symbol in CURRENCY_SYMBOLS
    if symbol[-1:].isalpha() or symbol[-1:] == "."
)

NUMBER: Final = re.compile(
    rf"""
    (?:(?<![\w.,:/])                             # not glued to a word, a number, a time or a fraction ...
      | (?=\d)(?<=[A-Za-z.])(?:{_GLUED_SYMBOLS}))  # ... but digits may follow a currency prefix glued on
    (?:
        (?P<digits>\d{{1,3}}(?:,\d{{3}})+(?:\.\d+)?  # 1,234,567.89 (AP style thousands)
          | \d+(?:\.\d+)?                        # 1234 or 12.5
          | \.\d+)                               # .75
      | (?P<a>(?i:a|one))(?=[ \xa0](?i:{_LONG_SCALES})(?![\w]))  # "a million", "one billion"
      | (?P<word>(?i:{_WORD_NUMBERS})            # three, twenty, a dozen
          (?:-(?i:{_UNITS_DIGIT}))?)(?![\w])     # twenty-five
    )
    """,
    re.VERBOSE,
)
"""A number: digits, a spelled-out number, or "a" before a scale word."""

SCALE: Final = re.compile(
    rf"""
    (?:{_WRAP}|-)?(?P<scale>(?i:{_LONG_SCALES}))(?![\w])  # "2.4 billion", "nine-million", "2.4\nbillion"
    | [ \xa0]?(?P<short>{_SHORT_SCALES})(?![\w])        # "$5bn", "5 bn", "639 tln", "3 tril."
    """,
    re.VERBOSE,
)
"""A scale word right after a number."""

GLUED_SCALE: Final = re.compile(r"(?P<short>[mkMK])(?![\w])")  # "$5m", "$50k": only with a currency symbol

HYPHEN_WORD: Final = re.compile(
    r"""
    -(?P<adj>[A-Za-z][a-z]{0,20})                # "-strong", "-percent", "-member", "-won"
    (?P<more>-[a-z]{1,12})?                      # "-year-old"
    (?![\w])
    """,
    re.VERBOSE,
)
"""A hyphenated adjective glued to the number: "a 640-member delegation"."""

PERCENT: Final = re.compile(
    rf"""
    {_WRAP}?(?:
        (?P<pp>(?i:percentage[ \xa0-]points?|pct\.?[ \xa0]points?))(?![\w])  # absolute difference
      | (?P<bp>(?i:basis[ \xa0]points?|bps))(?![\w])   # hundredths of a point
      | (?P<pct>%|(?i:percent|per[ \xa0]?cent|pct)(?![\w]))  # relative
      | (?P<pts>(?i:points?|pts))(?![\w])          # index or score points
    )
    """,
    re.VERBOSE,
)
"""A percent, point or basis-point word right after the number."""

CURRENCY_AFTER: Final = re.compile(
    rf"""{_WRAP}(?P<cur>(?i:{alternation(tuple(CURRENCY_WORDS))}))(?![\w])  # "2.5 trillion won", "300 euros" """,
    re.VERBOSE,
)
"""A currency word or code after the number."""

CURRENCY_BEFORE: Final = re.compile(
    rf"""(?<![A-Za-z])(?P<cur>{alternation(tuple(CURRENCY_SYMBOLS))})[ \xa0]?\Z  # "US$", "$", "KRW " """,
    re.VERBOSE,
)
"""A currency symbol or code ending right before the number (searched in a short window)."""

UNIT_AFTER: Final = re.compile(
    rf"""{_WRAP}?(?P<unit>{alternation(tuple(UNITS))})(?![\w/])  # "40 km", "5,000 tons", "300MW" """,
    re.VERBOSE,
)
"""A physical unit after the number (case as written)."""

LETTER_UNIT_AFTER: Final = re.compile(
    rf"""
    [ \xa0](?P<unit>{alternation(tuple(LETTER_UNITS))})  # "minus 8 C", "95 F": one space, then the letter
    (?![\w/&'’-]|\.\w)                                  # not "5 C-130", "5 F/A", "5 C.J."
    """,
    re.VERBOSE,
)
"""A one-letter unit symbol after the number ("8 C"): a temperature."""

MINUS_BEFORE: Final = re.compile(
    r"""
    (?<![\w-])(?<!or[ \xa0])(?i:minus)[ \xa0]\Z  # "minus 8 C"; not "plus or minus 3"
    | (?<![\w.,)\]%'’-])[-−]\Z                   # "-8 C", "−4.5"; not "COVID-19", "2-1", "--5"
    """,
    re.VERBOSE,
)
"""A minus sign or the word "minus" ending right before a number (searched in a short window)."""

QUALIFIER_BEFORE: Final = re.compile(
    rf"""(?<![\w])(?P<q>(?i:{alternation(tuple(QUALIFIERS))}))[ \xa0]\Z  # "around ", "more than " """,
    re.VERBOSE,
)
"""A qualifier ending right before the figure."""

WORD_BEFORE: Final = re.compile(
    r"""(?P<w>[A-Za-z][\w.'’&-]{0,30})[ \xa0]\Z  # the token right before the number, one space between""",
    re.VERBOSE,
)
"""The word right before a number."""

TOKEN_AFTER: Final = re.compile(
    r"""
    [ \xa0](?P<w>[A-Za-z0-9][A-Za-z0-9.'’-]{0,30})  # one word, "3-pointers" too (a final stop is trimmed later)
    (?=[\s,;:)!?"”]|\Z)                          # ending at a space or a mark
    """,
    re.VERBOSE,
)
"""The next word after a position (used to find the counted noun)."""

TIME_AFTER: Final = re.compile(
    r"""
    [ \xa0]?(?:a\.m\.|p\.m\.|(?i:am|pm|a\.m|p\.m)(?![\w])  # "3 a.m.", "5pm"
      | GMT|UTC|KST|JST|EST|EDT|CST|PST|PDT|CET|BST       # "0900 GMT"
      | o'clock|h(?![\w])|local[ \xa0]time|hrs\b)         # "7 o'clock", "18h", "0900 local time"
    """,
    re.VERBOSE,
)
"""A clock time after the number: "3 a.m.", "0900 GMT"."""
AGE_AFTER: Final = re.compile(r"[ \xa0](?:or|and)[ \xa0](?:older|over|above|younger|under)(?![\w])")  # "65 or older"
AGE_BEFORE: Final = re.compile(
    r"""
    (?<![\w])(?i:who[ \xa0](?:is|was|turns|turned)   # "who is 70"
      |aged?|ages|ages[ \xa0]of|age[ \xa0]of)[ \xa0]       # "aged 45", "between the ages of 17"
    (?:\d{1,3}[ \xa0]?(?:to|-|–|and)[ \xa0]?)?\Z                                      # "ages 55 to 65"
    """,
    re.VERBOSE,
)
"""Words before an age."""

TIME_RANGE_AFTER: Final = re.compile(
    rf"""
    -?[ \xa0]?(?:to|and|or|-|–)[ \xa0]?(?:\d{{1,3}}(?:\.\d+)?|(?i:{_WORD_NUMBERS}))  # the other end of a range ...
    [ \xa0-](?P<unit>(?i:{alternation(tuple(TIME_WORDS))}))(?![\w])  # ... that is a duration, an age or a time
    (?P<old>-old|[ \xa0]old(?![\w]))?                   # "18- to 24-year-old", "27 and 29 years old"
    | (?P<decade>['’]s)(?![\w])                        # a decade: "the 90's"
    """,
    re.VERBOSE,
)
"""After the first end of a range of ages, durations or times ("27 and 29 years old", "18- to 24-year-old")."""
RELATIVE_AFTER: Final = re.compile(
    r"""
    [ \xa0](?i:ago|later|earlier|after|before|prior|from[ \xa0]now)(?![\w])  # "two weeks ago": a point in time
    """,
    re.VERBOSE,
)
"""After a duration: the phrase names a point in time (a date), not a span."""
MULTIPLIER_AFTER: Final = re.compile(
    r"""
    [ \xa0](?:more|less|fewer|higher|lower|larger|bigger|greater|faster|smaller|as|the|that|what|over)(?![\w])
    """,
    re.VERBOSE,
)
"""After "N times": a multiplier ("three times higher", "five times the size", "twice as" is not read)."""
OLD_AFTER: Final = re.compile(r"[ \xa0](?:old|of[ \xa0]age)(?![\w])")  # "45 years old": an age

ONE_LIST_AFTER: Final = re.compile(
    rf"""
    [ \xa0][a-z]{{2,20}}(?:,|,?[ \xa0](?:and|or))[ \xa0]  # "one goal and ", "one dead, "
    (?:\d|(?i:{_WORD_NUMBERS})(?![\w]))                  # ... another number: "two assists"
    """,
    re.VERBOSE,
)
"""After "one": a singular noun coordinated with another count ("one goal and two assists")."""
ONE_LIST_BEFORE: Final = re.compile(
    rf"""
    (?<![\w])(?:\d[\d,.]*|(?i:{_WORD_NUMBERS}))[ \xa0][a-z]{{2,20}}  # "two goals"
    (?:,|,?[ \xa0](?:and|or))[ \xa0]\Z                  # ", and " right before "one"
    """,
    re.VERBOSE,
)
"""Before "one": a count it is coordinated with ("two goals and one assist")."""
ONE_SPAN_AFTER: Final = re.compile(
    r"""
    [ \xa0](?P<noun>year|month|week|day|night|hour|minute|second|decade|century|season)  # "for one year"
    (?![\w'’-])                                          # not "one day's", "one-day" (read elsewhere)
    """,
    re.VERBOSE,
)
"""After "one": a singular duration noun ("jailed for one year", "delayed for one day")."""
ONE_SPAN_BEFORE: Final = frozenset(
    "for of in within than only just about nearly almost around over least lasted lasts last took takes take "
    "spent spend extra full by with".split()
)
"""Words before "one day" / "one night" that make it a span ("closed for one day", "in just one day")."""
ONE_NOUN_NOT_AFTER: Final = frozenset("no any every each which what whatever that this".split())
"""Words before "one person" that make it no count ("no one person", "each one person household")."""
ONE_SPAN_TAIL: Final = re.compile(r"[ \xa0](?:of|to[ \xa0]go|in[ \xa0](?:prison|jail|hospital))(?![\w])")  # "a day of"
AND_A_HALF: Final = re.compile(r"[ \xa0]and[ \xa0]a[ \xa0]half(?![\w-])|-and-a-half(?![\w])")  # "two and a half"
HALF_SPAN: Final = re.compile(
    r"""
    (?<![\w'’-])(?i:a|an|one)[ \xa0]                      # "a year and a half", "an hour and a half"
    (?P<noun>year|month|week|day|night|hour|minute|decade|century|season)
    [ \xa0]and[ \xa0]a[ \xa0]half(?![\w-])                 # 1.5 of the noun
    """,
    re.VERBOSE | re.IGNORECASE,
)
"""A duration of one and a half units written around its noun: "a year and a half" -> 1.5 years."""
QUOTED: Final = re.compile(
    r"""
    (?<![\w'’])'(?P<single>[^'\n]{1,60}?(?:'[a-z][^'\n]{0,30}?)?)'(?![\w])  # 'Map of the Soul: 7' (not BTS')
    | ‘(?P<curly>[^’\n]{1,60}?)’(?![\w])                          # ‘Top Gun 2’
    | "(?P<double>[^"\n]{1,60}?)"                                  # "Squid Game 2"
    | “(?P<quote>[^”\n]{1,60}?)”                                   # “Frozen 2”
    """,
    re.VERBOSE,
)
"""A short quoted span: a title of a work when its words are capitalised (see ``quoted_titles``)."""
MONTH_AFTER: Final = re.compile(r"[ \xa0](?P<m>[A-Z][a-z]{2,8})\.?(?![\w])")  # "20 August"
NAME_APPOSITION: Final = re.compile(r"[A-Z][\w.'’-]{0,30},[ \xa0]\Z")  # "Kim, " before an age
AFTER_AGE: Final = re.compile(r"[,)—―–]|[ \xa0][-—―–]")  # "Kim, 45, said", "Kim, 45 -- a father"

ADDRESS_AFTER: Final = re.compile(
    r"""
    (?:[ \xa0][A-Z0-9][\w]{0,20}){0,2}                  # "West 23rd"
    [ \xa0](?:Street|Avenue|Road|Boulevard|Lane|Drive|Esplanade|Plaza|St\.|Ave\.|Rd\.|Blvd\.)(?![\w])
    """,
    re.VERBOSE,
)
"""A street name after a house number: the number is an address."""
ISO_DATE: Final = re.compile(r"(?<!\d)\d{4}-\d{2}-\d{2}(?!\d)")  # "2023-08-24"
PHONE: Final = re.compile(
    r"""
    (?:\+\d{1,3}[ \xa0.-]?)?                        # country code
    (?:\(\d{1,4}\)[ \xa0]?|\d{1,4}[ \xa0.-])             # area code
    \d{3,4}[ \xa0.-]\d{3,4}(?![\d,])               # subscriber number
    | (?<![\d.,-])0\d{1,3}-\d{6,8}(?![\d,.]\d|\d)     # "019-4545111": a trunk prefix, then the whole number
    """,
    re.VERBOSE,
)
"""A phone number; numbers inside it are never figures."""

SCORE: Final = re.compile(
    r"""
    (?<![\w.,$€£¥-])\d{1,3}[-–]\d{1,3}            # "3-1", "105-98"
    (?![\w.,%-]                                     # not a decimal, a percent or a longer name
      |[ \xa0]?(?i:percent|per[ \xa0]cent|percentage|points?|pts)\b  # "10-12 percent" is a range
      |[ \xa0]?(?i:hundred|thousand|million|billion|trillion|bn)\b  # "3-5 million" too
      |[ \xa0]?(?:°|(?i:degrees)\b|[CF](?![\w'’&/-])))             # "10-15 C" a range of temperatures
    """,
    re.VERBOSE,
)
"""Two small integers joined by a dash: a score or vote tally unless a counted noun follows."""

LIST_MARKER: Final = re.compile(r"[.)]\s")  # "1. " or "1) " at the start of a block

RANK: Final = re.compile(
    r"""
    (?=[FfSsTtEeNn\d])(?<![\w-])                 # fail fast: ordinals start with these
    (?P<ord>(?i:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth)
      | \d{1,3}(?:st|nd|rd|th))                  # "fifth", "21st"
    (?:
        -(?P<sup>(?i:largest|biggest|highest|lowest|smallest|most|least|richest|poorest|busiest|best
          |worst|ranked|place|placed|strongest|weakest|longest|fastest|oldest|greatest))(?![\w])
      | [ \xa0](?P<run>(?i:straight|consecutive|successive))(?![\w])  # "a third straight year"
      | (?<![Ff]irst)[ \xa0](?P<place>(?i:place))(?![\w])  # "fourth place"; not the idiom "in the first place"
    )
    """,
    re.VERBOSE,
)
"""An ordinal that states a rank: "the world's fifth-largest", "a third straight year"."""

RANK_VERB: Final = re.compile(
    r"""
    (?<![\w])(?i:ranked|ranks|finished|came|placed)[ \xa0](?:in[ \xa0])?
    (?P<ord>(?i:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)|\d{1,3}(?:st|nd|rd|th))
    (?![\w-])
    """,
    re.VERBOSE,
)
"""A rank stated by a verb: "finished third", "ranked 12th"."""

RANK_RUN: Final = re.compile(
    r"""
    (?<![\w])(?i:for)[ \xa0](?:the[ \xa0])?
    (?P<ord>\d{1,3}(?:st|nd|rd|th))[ \xa0]           # "for 12th week": a headline drops "straight"
    (?=(?i:day|week|month|quarter|year|session|time|game)s?(?![\w]))
    """,
    re.VERBOSE,
)
"""A run stated with a digit ordinal only, as headlines write it: "rise for 12th week"."""

_ORDINAL_WORDS: Final = "second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth"
# Every rank pattern's "ord" group is one of these words (or "first") or digits with an ordinal suffix: a
# sentence without one of them, in any case, holds no rank (figures.py skips the rank patterns there).
ORDINAL_HINT: Final = re.compile(
    rf"""
    (?=[FfSsTtEeNn\u017f\d])      # fail fast: the first letters below in any case ("\u017f" folds to "s")
    (?i:first|{_ORDINAL_WORDS}|\d(?:st|nd|rd|th))
    """,
    re.VERBOSE,
)
RANK_OWNED: Final = re.compile(
    rf"""
    (?<![\w])(?:(?i:his|her|its|their)|[A-Za-z][\w.&-]{{0,30}}['’]s?)[ \xa0]  # "his", "the group's", "BTS'"
    (?P<ord>(?i:{_ORDINAL_WORDS})|\d{{1,3}}(?:st|nd|rd|th))[ \xa0]      # "third" (never "first": too loose)
    (?P<noun>[a-z][a-z-]{{1,30}})(?![\w])                             # "marathon"; not "82nd Airborne" (a name)
    """,
    re.VERBOSE,
)
"""An owned ordinal that counts the owner's things: "his third marathon", "the group's sixth album"."""

RANK_OF_SET: Final = re.compile(
    rf"""
    (?<![\w])(?i:the|a)[ \xa0]
    (?P<ord>(?i:{_ORDINAL_WORDS})|\d{{1,3}}(?:st|nd|rd|th))[ \xa0]      # "the sixth"
    (?P<noun>[a-z][a-z-]{{1,30}})(?:[ \xa0][a-z][a-z-]{{1,30}})?         # "typhoon", "major typhoon"
    [ \xa0](?:of[ \xa0]the|this|so[ \xa0]far[ \xa0]this)[ \xa0](?:year|season)(?![\w])  # "of the year"
    """,
    re.VERBOSE,
)
"""An ordinal within a stated set: "the sixth typhoon of the year"."""

RANK_RUN_WORD: Final = re.compile(
    rf"""
    (?<![\w])(?i:for)[ \xa0](?i:a|the)[ \xa0]
    (?P<ord>(?i:{_ORDINAL_WORDS}))[ \xa0]                             # "for a fourth month": a run
    (?=(?i:day|week|month|quarter|year|session|time|game)(?![\w]))
    """,
    re.VERBOSE,
)
"""A run stated with a spelled ordinal and no "straight": "gains for a fourth month"."""

SCALE_VALUES: Final = SCALES
