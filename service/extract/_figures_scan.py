"""Read one figure at a number found in a sentence: its currency, scale, unit or noun, qualifier.

:func:`read` looks around one match of :data:`NUMBER` and returns a :class:`Raw`
candidate, or None when the number is not a figure (traps in :mod:`._figures_traps`,
or a duration, an age or a calendar year found while reading the words after it).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from . import _figures_grammar as g
from ._figures_lexicon import (
    CURRENCY_FRACTIONS,
    CURRENCY_SYMBOLS,
    CURRENCY_WORDS,
    DIRECTIONS_BEFORE,
    DURATIONS,
    INSTRUMENT_WORDS,
    KIND_COMPOUNDS,
    LETTER_UNITS,
    NUMBER_WORDS,
    QUALIFIERS,
    SCALES,
    SIGNED_UNITS,
    STOP_WORDS,
    TIME_WORDS,
    UNITS,
)
from ._figures_nouns import counted_noun, is_plural, word_before
from ._figures_traps import Context, after_magnitude, duration_range, is_age, opens_name, trapped

_FRACTION = re.compile(r"[ \xa0](?P<n>[1-9])/(?P<d>[2-9])(?![\d/])|(?P<glyph>[½¼¾])")  # "6 1/2", "2½"
_PARTITIVE = re.compile(
    r"""
    [ \xa0]of[ \xa0](?:the|its|their|these|those|our|his|her|last|this  # "eight of their 10 games"
      |[A-Z][\w.&-]{0,30}(?:['’]s|s['’]))                                # "six of Moreno's 21", "of the Tigers' 14"
    (?=[ \xa0])
    """,
    re.VERBOSE,
)
_BARE_SPELLED = re.compile(r"(?<![\w])(?:up|down|by)[ \xa0]\Z")  # "up six from the previous day"
_PERCENT_WORDS = frozenset({"percent", "percentage", "pct"})
_CONVERTED = re.compile(r"[ \xa0]?\([ \xa0]?(?:about[ \xa0])?(?:US|U\.S\.)?\$")  # "65 pounds ($85)": money
_SHARE_PRICE = re.compile(
    r"""
    (?i:shares?|stocks?|traded|trading|closed|opened|ended)(?![\w])  # "shares closed at", "traded at"
    [^.;:!?\n]{0,24}[ \xa0]at[ \xa0]\Z                           # ... "at" right before the price
    """,
    re.VERBOSE,
)
_PRICE_WINDOW = 40  # characters before a number searched for a share-price context
_QUALIFIER_ENDS = frozenset(q.split()[-1] for q in QUALIFIERS)  # cheap test before the regex
_SEASON_WORDS = frozenset("full straight consecutive successive more previous past last whole entire regular".split())
_QUOTE_AFTER = re.compile(r"-\d{1,2}(?![\d.,])")  # "-42" closing "137.41-42 yen"
_COORDINATED = re.compile(
    r"""
    (?:[ \xa0](?P<adj>[A-Za-z][a-z-]{1,30}))?  # "seven Korean", "5 local" (an adjective, optional)
    [ \xa0](?:and|or)[ \xa0]                    # "and" / "or" before the next count
    | [ \xa0]to[ \xa0]                          # a range: "three to four people"
    """,
    re.VERBOSE,
)


@dataclass(slots=True)
class Raw:
    """A figure candidate while the sentence is being read (mutable, private)."""

    start: int
    end: int
    num_start: int
    num_end: int
    value: Decimal
    type: str = "other"
    unit: str | None = None
    scaled: bool = False
    qualifier: str | None = None
    qualifier_start: int = -1
    bound: str | None = None
    noun: str | None = None
    spelled: bool = False
    rule: str = "figure.number"
    lower: Decimal | None = None
    upper: Decimal | None = None
    range_with: Raw | None = None  # the other end of a range
    list_head: Raw | None = None  # the first number of a list sharing this figure's unit ("3, 5 and 7 percent")
    minus: int = -1  # where a minus sign or "minus" before the number starts (-1: none); see apply_sign
    factor: Decimal = Decimal(1)  # what the written number was multiplied by: a scale word, a currency fraction


def number_value(match: re.Match[str]) -> Decimal | None:
    """The value of a :data:`NUMBER` match (None for a malformed number).

    >>> number_value(g.NUMBER.search("1,234.5")), number_value(g.NUMBER.search("twenty-five"))
    (Decimal('1234.5'), Decimal('25'))
    """
    if match.group("digits"):
        try:
            return Decimal(match.group("digits").replace(",", ""))
        except InvalidOperation:
            return None
    if match.group("a"):
        return Decimal(1)
    word = match.group("word").lower()
    head, _, tail = word.partition("-")
    base = NUMBER_WORDS.get(head)
    if base is None:
        return None
    return base + (NUMBER_WORDS.get(tail, Decimal(0)) if tail else Decimal(0))


def read(ctx: Context, match: re.Match[str]) -> Raw | None:
    """Read the figure around *match*, or None when the number is not a figure."""
    value = number_value(match)
    if value is None:
        return None
    age = is_age(ctx, match)
    if not age and trapped(ctx, match):
        return None
    raw = Raw(match.start(), match.end(), match.start(), match.end(), value, spelled=not match.group("digits"))
    if age:
        _set_duration(raw, "years", age=True, noun="age")  # "aged 45", "people 65 or older"
        _read_qualifier(ctx, raw)
        return raw
    if match.group("a") and ctx.text[max(0, raw.start - 5) : raw.start].lower() == "half ":
        raw.value, raw.start = value / 2, raw.start - 5  # "half a million"
    _read_currency_before(ctx, raw)
    _read_minus(ctx, raw)
    if (fraction := _FRACTION.match(ctx.text, raw.end, ctx.sentence.end)) is not None and not raw.spelled:
        raw.value += _fraction_value(fraction)  # "6 1/2 games", "2½ points"
        raw.end = fraction.end()
    elif (half := g.AND_A_HALF.match(ctx.text, raw.end, ctx.sentence.end)) is not None and not match.group("a"):
        raw.value += Decimal("0.5")  # "two and a half hours", "one-and-a-half-year"
        raw.end = half.end()
    _read_scale(ctx, raw)
    if "." in ctx.text[raw.num_start : raw.num_end] and (tail := _QUOTE_AFTER.match(ctx.text, raw.end)) is not None:
        raw.end = tail.end()  # "137.41-42 yen": the unit follows the quote's second price
    if not _read_suffix(ctx, raw):
        return None
    if ctx.text[raw.end : raw.end + 1].isalnum() or _is_plain_year(raw):
        return None  # "5G", "1990s", "737MAX"; a calendar year
    if raw.type == "other" and raw.unit is None and opens_name(ctx, raw.start, raw.end):
        return None  # "38 North, a website": the number opens a name
    apply_sign(raw)
    _read_qualifier(ctx, raw)
    return raw


def apply_sign(raw: Raw) -> None:
    """A temperature after "minus" or a minus sign is negative ("minus 8 C" -> -8, starting at "minus").

    Only units in ``SIGNED_UNITS`` take the sign: "plus or minus 3 percentage points" is a margin.
    Called again when a bare number takes a temperature unit from its range or list.
    """
    if raw.minus >= 0 and raw.unit in SIGNED_UNITS and raw.value > 0:
        raw.value, raw.start, raw.minus = -raw.value, raw.minus, -1


def _read_minus(ctx: Context, raw: Raw) -> None:
    """Note where a minus sign before the number starts ("minus 8", "-8"; never "COVID-19")."""
    if raw.type == "money":
        return
    found = g.MINUS_BEFORE.search(ctx.text, max(ctx.sentence.start, raw.start - 6), raw.start)
    if found is not None:
        raw.minus = found.start()


def read_half_spans(ctx: Context) -> list[Raw]:
    """ "a year and a half" -> 1.5 years, "about an hour and a half" (not "a year and a half ago")."""
    found: list[Raw] = []
    for m in g.HALF_SPAN.finditer(ctx.text, ctx.sentence.start, ctx.sentence.end):
        if g.RELATIVE_AFTER.match(ctx.text, m.end(), ctx.sentence.end) is not None:
            continue  # a point in time
        raw = Raw(m.start(), m.end(), m.start(), m.end(), Decimal("1.5"), spelled=True)
        _set_duration(raw, DURATIONS[m.group("noun").lower()], age=False, noun=None)
        _read_qualifier(ctx, raw)
        found.append(raw)
    return found


def _fraction_value(found: re.Match[str]) -> Decimal:
    """The value of a trailing fraction: " 1/2" or "½"."""
    if found.group("glyph"):
        return {"½": Decimal("0.5"), "¼": Decimal("0.25"), "¾": Decimal("0.75")}[found.group("glyph")]
    return Decimal(found.group("n")) / Decimal(found.group("d"))


def _read_currency_before(ctx: Context, raw: Raw) -> None:
    """"US$1.3", "$870", "KRW 5": money, with the figure starting at the symbol."""
    window = ctx.text[max(ctx.sentence.start, raw.start - 6) : raw.start]
    found = g.CURRENCY_BEFORE.search(window)
    if found is None or raw.spelled:
        return
    code = CURRENCY_SYMBOLS[found.group("cur")]
    raw.type, raw.unit, raw.rule = "money", ctx.dollar if code == "DOLLAR" else code, "figure.money"
    raw.start -= len(window) - found.start()


def _read_scale(ctx: Context, raw: Raw) -> None:
    """"2.4 billion", "$5bn", "$50k": multiply the value."""
    found = g.SCALE.match(ctx.text, raw.end, ctx.sentence.end)
    if found is None and raw.type == "money":
        found = g.GLUED_SCALE.match(ctx.text, raw.end, ctx.sentence.end)
    if found is None:
        return
    word = (found.groupdict().get("scale") or found.group("short")).lower()
    factor = SCALES.get(word) or {"m": Decimal(10**6), "k": Decimal(1000)}[word]
    raw.value *= factor
    raw.factor *= factor
    raw.scaled, raw.end = True, found.end()


def _read_suffix(ctx: Context, raw: Raw) -> bool:
    """Unit, currency, percent or counted noun after the number; False when it is not a figure."""
    text, end = ctx.text, ctx.sentence.end
    if raw.type == "other" and (ranged := duration_range(ctx, raw.end)) is not None:
        _set_duration(raw, ranged[0], age=ranged[1], noun="age" if ranged[1] else None)  # "three to five years"
        return True
    hyphen = g.HYPHEN_WORD.match(text, raw.end, end)
    if hyphen is not None:
        return _read_hyphen(ctx, raw, hyphen)
    if raw.type == "money":
        return True
    if (pct := g.PERCENT.match(text, raw.end, end)) is not None:
        return _set_percent(raw, pct)
    if (cur := g.CURRENCY_AFTER.match(text, raw.end, end)) is not None:
        word = cur.group("cur").lower()
        code = CURRENCY_WORDS[word]
        raw.type, raw.unit, raw.rule = "money", ctx.dollar if code == "DOLLAR" else code, "figure.money"
        fraction = CURRENCY_FRACTIONS.get(word, Decimal(1))
        raw.value *= fraction  # "38 cents" is 0.38 dollars
        raw.factor *= fraction
        raw.end = cur.end()
        return True
    if (unit := g.UNIT_AFTER.match(text, raw.end, end)) is not None:
        return _set_unit(raw, unit.group("unit"), unit.end(), text)
    if (letter := g.LETTER_UNIT_AFTER.match(text, raw.end, end)) is not None and not _names_kind(ctx, letter.end()):
        raw.type, raw.unit, raw.rule = "quantity", LETTER_UNITS[letter.group("unit")], "figure.quantity"
        raw.end = letter.end()  # "minus 8 C"
        return True
    if after_magnitude(text, raw.num_start):
        raw.type, raw.unit, raw.rule = "quantity", "magnitude", "figure.quantity"
        return True
    if text[max(0, raw.num_start - 5) : raw.num_start] == "Mach ":
        raw.type, raw.unit, raw.rule = "quantity", "Mach", "figure.quantity"  # "a top speed of Mach 6"
        return True
    return _read_noun(ctx, raw, raw.end)


def _set_percent(raw: Raw, pct: re.Match[str]) -> bool:
    """Percent, percentage points, basis points or index points."""
    if pct.group("pct"):
        raw.type, raw.unit, raw.rule = "percent", "%", "figure.percent"
    elif pct.group("pp"):
        raw.type, raw.unit, raw.rule = "percentage_point", "percentage_point", "figure.percentage_point"
    elif pct.group("bp"):
        raw.type, raw.unit, raw.rule = "percentage_point", "basis_point", "figure.basis_point"
    else:
        raw.type, raw.unit, raw.rule = "quantity", "points", "figure.points"
    raw.end = pct.end()
    return True


def _set_unit(raw: Raw, spelling: str, end: int, text: str = "") -> bool:
    """A physical unit; "5 million pounds" is money, "300 pounds" a weight."""
    if spelling == "pounds" and (raw.scaled or _CONVERTED.match(text, end) is not None or _share_price(text, raw)):
        raw.type, raw.unit, raw.rule = "money", "GBP", "figure.money"
    else:
        raw.type, raw.unit, raw.rule = "quantity", UNITS[spelling], "figure.quantity"
    raw.end = end
    return True


def _share_price(text: str, raw: Raw) -> bool:
    """ "shares closed at 3.10 pounds", "the stock traded at 2 pounds": a price in sterling, not a weight."""
    window = text[max(0, raw.start - _PRICE_WINDOW) : raw.start]
    return window.endswith(("at ", "at\xa0")) and _SHARE_PRICE.search(window) is not None


def _read_hyphen(ctx: Context, raw: Raw, hyphen: re.Match[str]) -> bool:
    """"13-percent", "9.6 trillion-won", "640-member", "28,000-strong", "10-year" (not a figure)."""
    adj = hyphen.group("adj")
    lower = adj.lower()
    if raw.type == "money" and lower not in CURRENCY_WORDS:
        return True  # "$353,000-a-plate", "$5-million": the amount is read already
    raw.end = hyphen.end("adj")
    if lower in STOP_WORDS and lower not in _PERCENT_WORDS:
        return False  # "3-for-4", "2-to-1": a score or ratio
    if lower in DURATIONS:
        return _read_hyphen_duration(ctx, raw, hyphen)
    if is_plural(adj) and not hyphen.group("more") and lower not in UNITS and lower not in CURRENCY_WORDS:
        return False  # "seven 3-pointers", "two 4x4s": a noun compound; adjectives stay singular ("640-member")
    if lower in TIME_WORDS or (hyphen.group("more") or "")[1:] in TIME_WORDS or lower in KIND_COMPOUNDS:
        return False  # "a two-way deal", "the 225-issue index": a kind, not a count
    if lower in _PERCENT_WORDS:
        raw.type, raw.unit, raw.rule = "percent", "%", "figure.percent"
    elif lower in CURRENCY_WORDS:
        code = CURRENCY_WORDS[lower]
        raw.type, raw.unit, raw.rule = "money", ctx.dollar if code == "DOLLAR" else code, "figure.money"
    elif adj in UNITS or lower in UNITS:
        return _set_unit(raw, adj if adj in UNITS else lower, raw.end)
    elif lower == "magnitude":
        raw.type, raw.unit, raw.rule = "quantity", "magnitude", "figure.quantity"
    elif lower == "strong":
        return _read_noun(ctx, raw, raw.end, strong=True)
    elif lower == "point":
        raw.type, raw.unit, raw.rule = "quantity", "points", "figure.points"  # "a 2.5-point lead"
    elif raw.spelled and (not adj.islower() or hyphen.group("more") or raw.value < 2):
        return False  # "Five-Star Movement" (a name), "one-party" (a kind); "a two-orbit flight" counts
    else:
        raw.type, raw.unit, raw.noun, raw.rule = "count", lower, lower, "figure.count"
    return True


def _set_duration(raw: Raw, unit: str, age: bool, noun: str | None) -> None:
    """A duration ("a four-day trip": 4 days) or an age ("a 77-year-old man": 77 years)."""
    raw.type, raw.unit, raw.noun = "quantity", unit, noun
    raw.rule = "figure.age" if age else "figure.duration"


def _read_hyphen_duration(ctx: Context, raw: Raw, hyphen: re.Match[str]) -> bool:
    """"a four-day trip", "a 77-year-old man", "a two-week-long strike"; not "the 14th Five-Year Plan"."""
    more = hyphen.group("more") or ""
    if more not in ("", "-old", "-long") or (hyphen.group("adj")[:1].isupper() and not ctx.title_case):
        return False  # "a one-time fee", "Five-Year Plan": a kind or a name
    words = [t.group("w").rstrip(".") for t in _tokens_after(ctx, hyphen.end())]
    if any(w.lower() in INSTRUMENT_WORDS for w in words):
        return False  # "three-year Treasurys": a bond's name
    age = more == "-old"
    raw.end = hyphen.end()
    noun = words[0] if words and _is_noun_after(ctx.text, hyphen.end(), words[0]) else None
    _set_duration(raw, DURATIONS[hyphen.group("adj").lower()], age, noun or ("age" if age else None))
    return True


def _tokens_after(ctx: Context, pos: int) -> list[re.Match[str]]:
    """Up to three words after *pos* in the sentence."""
    found: list[re.Match[str]] = []
    while len(found) < 3 and (token := g.TOKEN_AFTER.match(ctx.text, pos, ctx.sentence.end)) is not None:
        found.append(token)
        pos = token.end()
    return found


def _is_noun_after(text: str, pos: int, word: str) -> bool:
    """Whether *word* (right after a hyphenated duration) names what it measures: "trip", "man"; not "faces"."""
    plain = word.isalpha() and word.islower()
    return text[pos : pos + 1] in " \xa0" and plain and word not in STOP_WORDS and not is_plural(word)


def _read_time_noun(ctx: Context, raw: Raw, head: str, end: int) -> bool:
    """"83 days", "the past three decades", "45 years old"; not "two weeks ago" (a date) nor "3 p.m."."""
    if head == "times":
        return _read_times(ctx, raw, end)
    unit = DURATIONS.get(head.lower())
    if unit is None or g.RELATIVE_AFTER.match(ctx.text, end, ctx.sentence.end) is not None:
        return False
    if unit == "seasons" and not _is_career_span(ctx, raw, head, end):
        return False
    old = g.OLD_AFTER.match(ctx.text, end, ctx.sentence.end)
    raw.end = end if old is None else old.end()
    _set_duration(raw, unit, age=old is not None, noun="age" if old is not None else None)
    return True


def _is_career_span(ctx: Context, raw: Raw, head: str, end: int) -> bool:
    """ "five seasons", "two full seasons", "three KBO seasons"; not "the 2021 season", "four distinct seasons"."""
    if (head == "season") != (raw.value == 1) or (not head.islower() and not ctx.title_case):
        return False  # a label ("the 2021 season") or a name ("Four Seasons")
    between = ctx.text[raw.end : end - len(head)].split()
    return all(not w.islower() or w in _SEASON_WORDS for w in between)


def _read_times(ctx: Context, raw: Raw, end: int) -> bool:
    """"three times higher", "rose five times": a multiplier (type other); "won the title four times": a count."""
    verb = word_before(ctx.text, ctx.sentence.start, raw.start)
    changed = verb is not None and verb[0].lower() in DIRECTIONS_BEFORE and verb[0].lower() not in ("up", "down")
    if changed or g.MULTIPLIER_AFTER.match(ctx.text, end, ctx.sentence.end) is not None:
        raw.type, raw.rule = "other", "figure.multiplier"
    else:
        raw.type, raw.rule = "count", "figure.count"
    raw.unit, raw.noun, raw.end = "times", "times", end
    return True


def _read_noun(ctx: Context, raw: Raw, after: int, strong: bool = False) -> bool:
    """The counted noun: "1,200 people", "three ships", "28,000-strong U.S. troops"."""
    found = counted_noun(ctx.text, after, ctx.sentence.end, single=raw.value == 1)
    if found is None and (partitive := _PARTITIVE.match(ctx.text, after, ctx.sentence.end)) is not None:
        found = counted_noun(ctx.text, partitive.end(), ctx.sentence.end, partitive=True)  # "eight of their 10 games"
        if found is not None:
            if found[1].lower() in TIME_WORDS:
                return False  # "two of the past three years"
            found = (found[1], found[1], after)  # the figure's text stays "eight"; its noun is the head
    if found is None and not strong and (shared := _coordinated_noun(ctx, after)) is not None:
        found = (shared, shared, after)  # "seven Korean and four Filipino sailors": "seven" counts sailors
    if found is None:
        if strong:
            raw.type, raw.rule = "count", "figure.count"
        return not raw.spelled or strong or _BARE_SPELLED.search(ctx.text, max(0, raw.start - 8), raw.start) is not None
    phrase, head, end = found
    if head.lower() in TIME_WORDS:
        return not strong and _read_time_noun(ctx, raw, head, end)
    raw.type, raw.unit, raw.noun, raw.rule = "count", head, phrase, "figure.count"
    if not strong:
        raw.end = end
    return True


def _coordinated_noun(ctx: Context, after: int) -> str | None:
    """The noun a bare count shares with the next: "seven Korean and four Filipino sailors", "two and three goals".

    Not a duration ("two and three years" is read as a range), a scaled second number or
    a measure ("1.5, 2 or 2.5 percentage points" share units in the relations pass).
    """
    text, end = ctx.text, ctx.sentence.end
    gap = _COORDINATED.match(text, after, end)
    if gap is None:
        return None
    adj = (gap.group("adj") or "").lower()
    if adj and (adj in STOP_WORDS or adj in NUMBER_WORDS or is_plural(adj)):
        return None  # "two games and three", "two of them and"
    number = g.NUMBER.match(text, gap.end(), end)
    if number is None or number.group("a") or _measured(text, number.end(), end):
        return None
    found = counted_noun(text, number.end(), end, single=number.group() == "1")
    if found is None or found[1].lower() in TIME_WORDS:
        return None
    return found[1]


def _names_kind(ctx: Context, pos: int) -> bool:
    """A plural noun after a one-letter symbol: the letter names a kind ("three C grades"), not a unit."""
    token = g.TOKEN_AFTER.match(ctx.text, pos, ctx.sentence.end)
    return token is not None and is_plural(token.group("w").rstrip("."))


def _measured(text: str, pos: int, end: int) -> bool:
    """A scale, percent, currency or unit right after a number ("4 million", "2.5 percentage points")."""
    patterns = (g.SCALE, g.PERCENT, g.CURRENCY_AFTER, g.UNIT_AFTER)
    return any(pattern.match(text, pos, end) is not None for pattern in patterns)


def _is_plain_year(raw: Raw) -> bool:
    """A bare four-digit number between 1800 and 2100 is a calendar year."""
    if raw.type not in ("other", "count") or raw.scaled or raw.spelled:
        return False
    return raw.num_end - raw.num_start == 4 and Decimal(1800) <= raw.value <= Decimal(2100)


def _read_qualifier(ctx: Context, raw: Raw) -> None:
    """"around", "more than", "an estimated": approximate, with a bound when the word implies one."""
    before = word_before(ctx.text, ctx.sentence.start, raw.start)
    if before is None or before[0].lower() not in _QUALIFIER_ENDS:
        return
    window = ctx.text[max(ctx.sentence.start, raw.start - 24) : raw.start]
    found = g.QUALIFIER_BEFORE.search(window)
    if found is None:
        return
    raw.qualifier = found.group("q")
    raw.qualifier_start = raw.start - len(window) + found.start()
    raw.bound = QUALIFIERS[raw.qualifier.lower()]
    if raw.bound == "lower":
        raw.lower = raw.value
    elif raw.bound == "upper":
        raw.upper = raw.value
