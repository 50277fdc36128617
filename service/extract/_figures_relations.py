"""Links between the figures of one sentence: ranges, conversion pairs, changes.

* ``range``: "between 10 and 12 percent", "3-5 million": both ends are figures; the bare
  end takes the unit and scale of the other; both carry ``lower``/``upper`` and a
  ``range`` relation to each other.  Two bare integers joined by a dash are a score
  ("won 3-1"), never figures.
* lists: "fell 24.3 and 22.4 percent, respectively": the bare numbers of a list closed by
  "and" / "or" take the unit (and scale) of its last figure, and its direction.
* ``converts_to``: "1.2 trillion won ($1 billion)": recorded on BOTH figures, each with
  ``from_id`` itself and ``to_id`` the other, so either side leads to its pair.
* ``change``: a percent with a stated direction and two amounts of one unit in its
  clause ("a 50 percent rise from $10 million to $15 million") gets the check
  ``computed_percent = 100 * (to / from - 1)`` and ``consistent``; a percentage-point
  change between two percents gets ``computed_percent = to - from``, the difference in
  points ("fell 0.2 percentage point to 3.1 percent from 3.3 percent" -> -0.2).
"""

from __future__ import annotations

import re
from decimal import ROUND_HALF_UP, Decimal
from typing import Final

from . import _figures_grammar as g
from ._figures_lexicon import COMPARISON_WORDS, alternation
from ._figures_nouns import counted_noun
from ._figures_scan import Raw, apply_sign, number_value

_RANGE_GAP: Final = re.compile(r"[ \xa0]?(?:-|–|to|and|or)[ \xa0]?\Z")  # what joins the two ends
_BETWEEN: Final = re.compile(r"(?i:between)[ \xa0]\Z")
_CONVERSION_GAP: Final = re.compile(
    r"""
    [ \xa0]?[(,][ \xa0]?                                               # "won ($1 billion)", "won, or $1 billion"
    (?:(?:or|about|around|roughly|some|approximately|nearly)[ \xa0])?\Z  # "(about $1 billion)"
    """,
    re.VERBOSE,
)
_FROM: Final = re.compile(r"(?i:from|compared[ \xa0](?:with|to)|versus|vs\.|against)[ \xa0]\Z")
_COMPARED: Final = re.compile(
    r"""
    (?i:expected|expecting|forecast|forecasts|estimated|estimate   # "analysts had expected 11.8 billion"
      |from|versus|vs\.|than|compared[ \xa0](?:with|to))[ \xa0]\Z  # "up from 9.9 billion"
    """,
    re.VERBOSE,
)
_AMOUNT_TYPES: Final = ("money", "quantity", "count", "other")
_LIST_GAP: Final = re.compile(r",[ \xa0]|,?[ \xa0]and[ \xa0]|[ \xa0]or[ \xa0]")  # "3, 5 and 7", "3 or 4"
_LIST_END: Final = re.compile(r",?[ \xa0]and[ \xa0]|[ \xa0]or[ \xa0]")  # not ", or": "rose 300,000, or 1.1 percent"
_SHARED_TYPES: Final = ("percent", "percentage_point", "quantity", "money")
_ELIDED: Final = re.compile(
    r"""
    [ \xa0](?:to|versus|vs\.?|against|compared[ \xa0](?:with|to))[ \xa0]  # "15 shots to ", "52 percent against "
    (?:(?:the[ \xa0])?(?:[A-Za-z][\w.&-]{0,30}[ \xa0]){0,2}            # "the ", "the home "
       [A-Za-z][\w.&-]{0,30}['’]s?                                  # "opponent's", "UAE's", "visitors'"
      |their|its|his|her|our)[ \xa0]                                  # "their four"
    """,
    re.VERBOSE,
)
_ELIDED_TYPES: Final = ("count", "quantity", "percent", "percentage_point")
_COMPARED_GAP: Final = re.compile(r",[ \xa0](?:(?:just|only|still|now)[ \xa0])?")  # "48 points, just "
_COMPARED_AFTER: Final = re.compile(
    rf"""[ \xa0](?P<w>{alternation(tuple(COMPARISON_WORDS))})(?![\w-])  # "two behind", "four more than" """,
    re.VERBOSE,
)
_COMPARED_TYPES: Final = ("count", "quantity")  # "12 percent, two more" may be points: left alone
_NOUN_TAKERS: Final = frozenset(("more", "fewer", "less"))  # "two more wins" has a noun of its own
_TO: Final = re.compile(r"(?i:to|reach|reached|reaching|hit|at|of)[ \xa0]\Z")


def pair_ranges(text: str, raws: list[Raw]) -> list[Raw]:
    """Join the two ends of each range in one sentence's figures; drop scores."""
    out: list[Raw] = []
    skip: set[int] = set()
    for i, (a, b) in enumerate(zip(raws, raws[1:], strict=False)):
        gap = text[a.end : b.start]
        if i in skip or _RANGE_GAP.fullmatch(gap) is None or (gap.strip() == "and" and not _is_between(text, a)):
            continue
        if _is_score(a, b, gap):
            skip.update((i, i + 1))
            continue
        if a.type == "other" and a.unit is None and b.type != "other" and not a.scaled:
            a.type, a.unit, a.rule, a.noun = b.type, b.unit, b.rule, b.noun
            if b.scaled:
                a.value *= b.value / _unscaled(text, b)
            else:
                _share_factor(a, b)  # "2-6 cents": 0.02 dollars
            apply_sign(a)  # "between minus 3 and minus 8 C"
        elif a.type == b.type == "money" and a.unit == b.unit:
            _share_factor(a, b)  # "$45-$50 million", "between €2 and €3 billion"
        if gap.strip() in ("-", "–") or (_is_between(text, a) and a.type == b.type and a.unit == b.unit):
            a.range_with, b.range_with = b, a
            a.lower = b.lower = min(a.value, b.value)
            a.upper = b.upper = max(a.value, b.value)
    out.extend(r for i, r in enumerate(raws) if i not in skip)
    return out


def _share_factor(a: Raw, b: Raw) -> None:
    """The first end of a range takes the scale or currency fraction of the second ("$45-$50 million").

    Only when it has none of its own and is not larger than the second as written: "$900,000-$1.2 million" stays.
    """
    if a.factor == 1 and b.factor != 1 and a.value <= b.value / b.factor:
        a.value *= b.factor
        a.factor, a.scaled = b.factor, b.scaled


def share_units(text: str, raws: list[Raw]) -> None:
    """"fell 24.3 and 22.4 percent, respectively", "rose 3, 5 and 7 percent": the list shares the last unit.

    Only bare numbers take it, and only in a list closed by "and" / "or" right before the
    last figure ("Of the 1,200, 30 percent" is no list; ", or" restates the same change in
    another unit: "rose by 300,000, or 1.1 percent"); a scale word of the last figure
    scales the others ("3 and 5 trillion won").
    """
    i = 0
    while i < len(raws):
        j = i
        while j + 1 < len(raws) and _LIST_GAP.fullmatch(text[raws[j].end : raws[j + 1].start]) is not None:
            j += 1
        last = raws[j]
        closed = j > i and _LIST_END.fullmatch(text[raws[j - 1].end : last.start]) is not None
        if closed and last.type in _SHARED_TYPES and last.unit is not None and last.start == last.num_start:
            for raw in raws[i + 1 : j + 1]:
                raw.list_head = raws[i]  # "fell 24.3 and 22.4 percent": the direction word is the head's
            for raw in raws[i:j]:
                if raw.type == "other" and not raw.scaled and raw.range_with is None:
                    raw.type, raw.unit, raw.rule, raw.noun = last.type, last.unit, last.rule, last.noun
                    if last.scaled:
                        raw.value *= last.value / _unscaled(text, last)
                    apply_sign(raw)  # "minus 2, minus 5 and minus 9 C"
        i = j + 1


def elided_units(text: str, end: int, raws: list[Raw]) -> list[Raw]:
    """*raws* with the bare count after "to <owner>'s" sharing the unit of the figure before it.

    "15 shots to the opponent's four": four shots (a spelled bare number is read here,
    since it has no noun of its own); "52 percent to Kim's 45": 45 percent.
    """
    out = list(raws)
    taken = {r.num_start: r for r in raws}
    for a in raws:
        number = _elided_number(text, a, end)
        if number is None or (value := number_value(number)) is None or number.group("a"):
            continue
        if text[number.end() : number.end() + 1].isalnum() or text[number.end() : number.end() + 1] in "-%$":
            continue  # "to Japan's 3-1", "to the team's 40%": not an elided count
        if _COMPARED_AFTER.match(text, number.end(), end) is None and counted_noun(
            text, number.end(), end, single=value == 1
        ):
            continue  # "to the visitors' four corners": its own noun
        b = taken.get(number.start())
        if b is None:
            b = Raw(number.start(), number.end(), number.start(), number.end(), value, spelled=True)
            out.append(b)
        elif b.type != "other" or b.unit is not None or b.scaled or b.end != number.end():
            continue
        b.type, b.unit, b.rule, b.noun = a.type, a.unit, a.rule, a.noun
    return sorted(out, key=lambda r: (r.start, r.end))


def _elided_number(text: str, a: Raw, end: int) -> re.Match[str] | None:
    """The bare number after *a* that leaves out *a*'s noun, if any.

    "15 shots to the opponent's four"; "48 points, two behind the leader", "12 shots,
    four more than the visitors" (a count or quantity only; not "two more wins").
    """
    if a.type not in _ELIDED_TYPES or not a.unit:
        return None
    gap = _ELIDED.match(text, a.end, end)
    if gap is not None:
        return g.NUMBER.match(text, gap.end(), end)
    gap = _COMPARED_GAP.match(text, a.end, end) if a.type in _COMPARED_TYPES else None
    number = g.NUMBER.match(text, gap.end(), end) if gap is not None else None
    compared = _COMPARED_AFTER.match(text, number.end(), end) if number is not None else None
    if compared is None:
        return None
    if compared.group("w").lower() in _NOUN_TAKERS and counted_noun(text, compared.end(), end) is not None:
        return None  # "two more wins than last year": its own noun
    return number


def _is_between(text: str, a: Raw) -> bool:
    """"between 10 and 12": the first end follows "between"."""
    begin = a.qualifier_start if a.qualifier else a.minus if a.minus >= 0 else a.start  # "between minus 3"
    return _BETWEEN.search(text, max(0, begin - 8), begin) is not None


def _is_score(a: Raw, b: Raw, gap: str) -> bool:
    """"3-1", "105-98": two bare integers joined by a dash."""
    bare = a.type == "other" and b.type == "other" and not a.scaled and not b.scaled
    return bare and gap.strip() in ("-", "–") and a.value == a.value.to_integral() and b.value == b.value.to_integral()


def _unscaled(text: str, raw: Raw) -> Decimal:
    """The value of *raw* as written, before its scale word."""
    digits = text[raw.num_start : raw.num_end].replace(",", "")
    try:
        value = Decimal(digits)
    except ArithmeticError:
        return Decimal(1)
    return value if value != 0 else Decimal(1)


def carry_unit(text: str, raws: list[Raw]) -> None:
    """"orders of 12.4 billion euros; analysts had expected 11.8 billion": the bare amount is euros too.

    Only a scaled bare number right after a comparison word ("expected", "from", "than")
    takes the type and unit of the last amount (money, count, quantity) before it in the
    same paragraph: "1.5 million visitors, up 25% from 1.2 million".
    """
    last: Raw | None = None
    for raw in raws:
        if raw.type in ("money", "count", "quantity"):
            last = raw
        elif raw.type == "other" and raw.scaled and last is not None and _marked(text, raw, _COMPARED):
            raw.type, raw.unit, raw.rule, raw.noun = last.type, last.unit, last.rule, last.noun


def converts_to(text: str, raws: list[Raw]) -> list[tuple[int, int]]:
    """Index pairs ``(amount, conversion)`` of money figures stated in two currencies."""
    pairs = []
    for i, (a, b) in enumerate(zip(raws, raws[1:], strict=False)):
        if a.type != "money" or b.type != "money" or a.unit == b.unit:
            continue
        begin = b.qualifier_start if b.qualifier else b.start
        if _CONVERSION_GAP.fullmatch(text[a.end : begin]) is not None:
            pairs.append((i, i + 1))
    return pairs


def change(text: str, raws: list[Raw], stated: int) -> tuple[int, int] | None:
    """Indexes ``(from, to)`` of the two amounts the change at *stated* compares, if any.

    A percent compares two amounts (money, counts, quantities); a percentage-point
    change compares two percents.  The amounts are looked for in the stated figure's
    clause: after it up to the next figure of its kind ("rose 5 percent to $2.1 billion
    from $2 billion"), else before it back to the previous one.
    """
    kind = raws[stated].type
    wanted = ("percent",) if kind == "percentage_point" else _AMOUNT_TYPES
    lo = max((i for i in range(stated) if raws[i].type == kind), default=-1) + 1
    hi = min((i for i in range(stated + 1, len(raws)) if raws[i].type == kind), default=len(raws))
    after = [i for i in range(stated + 1, hi) if raws[i].type in wanted]
    before = [i for i in range(stated - 1, lo - 1, -1) if raws[i].type in wanted]
    start = next((i for i in after + before if _marked(text, raws[i], _FROM)), None)
    if start is None or raws[start].value <= 0:
        return None
    same = [i for i in after + before if i != start and _same_unit(raws[i], raws[start])]
    end = next((i for i in same if _marked(text, raws[i], _TO)), None)
    if end is None and same:
        end = min(same, key=lambda i: abs(i - stated))
    return None if end is None else (start, end)


def _same_unit(a: Raw, b: Raw) -> bool:
    """Two amounts that can be compared: same type and unit."""
    return a.type == b.type and a.unit == b.unit


def _marked(text: str, raw: Raw, marker: re.Pattern[str]) -> bool:
    """Whether *marker* ("from ", "to ") ends right before the figure (and its qualifier)."""
    begin = raw.qualifier_start if raw.qualifier else raw.start
    return marker.search(text, max(0, begin - 16), begin) is not None


def check(stated: Raw, direction: str | None, before: Decimal, after: Decimal) -> tuple[Decimal, str, bool]:
    """The computed change, its direction and whether *stated* agrees within rounding.

    For a percent: ``100 * (after / before - 1)`` to one decimal.  For a percentage
    point: ``after - before`` in points.  Journalists round loosely: a whole-number
    statement may be 1 off, one with a decimal 0.1 off.

    >>> from decimal import Decimal as D
    >>> check(Raw(0, 1, 0, 1, D(50), type="percent"), "increase", D("8.7E8"), D("1.3E9"))
    (Decimal('49.4'), 'increase', True)
    >>> check(Raw(0, 1, 0, 1, D("0.25"), type="percentage_point"), "decrease", D("3.75"), D("3.5"))
    (Decimal('-0.25'), 'decrease', True)
    """
    exponent = stated.value.as_tuple().exponent
    places = -exponent if isinstance(exponent, int) and exponent < 0 else 0
    if stated.type == "percentage_point":
        exact = after - before
        computed = exact.quantize(Decimal(1).scaleb(-max(places, 1)), rounding=ROUND_HALF_UP)
    else:
        exact = (after / before - 1) * 100
        computed = exact.quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)
    actual = "increase" if exact >= 0 else "decrease"
    tolerance = Decimal(1) if places == 0 else Decimal(1).scaleb(-places)
    agrees = abs(abs(exact) - stated.value) <= tolerance and (direction is None or direction == actual)
    return computed, actual, agrees
