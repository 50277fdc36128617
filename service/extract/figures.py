"""Figures: every number the article states, typed, normalised and linked.

Scans the headline, body paragraphs and captions sentence by sentence (never page
furniture).  Each number is read with its currency, scale, unit or counted noun and
qualifier (:mod:`._figures_scan`); numbers that are dates, years, times of day, relative
dates ("two weeks ago"), ages in name appositions ("Kim, 45,"), phone numbers, names with
digits ("COVID-19", "38 North", 'Map of the Soul: 7'), scores or list markers are dropped
(:mod:`._figures_traps`).  Durations and other ages are figures: ``quantity`` with the
plural time noun as unit ("a four-day trip" -> 4 days; "a 77-year-old man" -> 77 years,
subject "man"; sport seasons too: "the first five seasons of his career" -> 5 seasons); halves
add 0.5 ("one and a half years", "a year and a half" -> 1.5 years); "one" counts before a
duration noun or a unit ("jailed for one year", "one percent"), before a listed count noun
("killing one person", "one gold") or beside another count; an elided second count shares
the first one's noun ("15 shots to the opponent's four" -> 4 shots).  A range shares the scale
of its second member ("$45-$50 million", "2-6 cents"); one hard wrap inside a paragraph
reads like a space between a number and its scale or unit.  Figures of one sentence are then
linked (:mod:`._figures_relations`).

Fields: ``type`` money | percent | percentage_point | count | quantity | rank | other;
``unit`` an ISO 4217 code, ``%``, ``percentage_point`` (or ``basis_point``), the counted
noun ("troops"), a physical unit ("km", "t", "bbl", "magnitude", "points"; temperatures
"degC", "degF", negative after "minus" or a minus sign: "minus 8 C" -> -8), a time unit
("days", "years") or ``times`` (a multiplier, type other: "three times higher"); ``value``
scaled ("US$2.4 billion" -> 2400000000); ``qualifier`` as written with ``approximate`` and
``lower``/``upper``; ``direction`` increase | decrease for a stated change; ``subject`` a
phrase of the sentence or None.

Relations (:class:`~.facts.Relation`), on the figure that owns them:

* ``converts_to`` on BOTH figures of a conversion pair, ``from_id`` itself, ``to_id`` the other;
* ``range`` on both ends of a range, ``to_id`` the other end (both carry ``lower``/``upper``);
* ``change`` on the stated percent (or percentage-point) figure only: ``from_id``/``to_id``
  the two amounts, ``stated_id`` itself, ``direction``, ``computed_percent`` and
  ``consistent`` (within about 1 for whole numbers, 0.1 for one decimal).  The amounts
  come from the figure's clause, else from the neighbouring sentence when one of the two
  refers back ("That was ...").

  ``computed_percent`` depends on the stated figure's type.  For a ``percent`` figure it
  is the relative change ``100 * (to / from - 1)`` in percent ("rose 5 percent to $2.1
  billion from $2 billion" -> 5.0).  For a ``percentage_point`` figure the two amounts
  are percents and it is their DIFFERENCE ``to - from`` in percentage points, not a
  relative change ("fell 0.2 percentage point to 3.1 percent from 3.3 percent" -> -0.2,
  never -6.1).  The field keeps its name for both; read it with the stated figure's unit.

``claimed_by`` is left None: the pipeline fills it from the quotes.

>>> from service.extract.article import parse_article
>>> text = "Sales jump\\n\\nSEOUL (AP) -- Sales rose 5 percent to $2.1 billion from $2 billion on Aug. 3, 2020."
>>> found = extract(parse_article(text))
>>> [(f.id, f.type, str(f.value), f.unit, f.direction) for f in found]
[('fig-1', 'percent', '5', '%', 'increase'), ('fig-2', 'money', '2100000000', 'USD', None), \
('fig-3', 'money', '2000000000', 'USD', None)]
>>> found[0].relations[0].from_id, found[0].relations[0].computed_percent, found[0].relations[0].consistent
('fig-3', Decimal('5.0'), True)
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal
from typing import Final

from . import _figures_grammar as g
from ._figures_lexicon import DURATIONS, EVENT_NOUNS, ORDINALS, OTHER_DOLLARS, TIME_WORDS
from ._figures_nouns import counted_noun
from ._figures_relations import carry_unit, change, check, converts_to, elided_units, pair_ranges, share_units
from ._figures_scan import Raw, read, read_half_spans
from ._figures_traps import Context, quoted_titles
from ._figures_words import direction_of, subject_of
from .article import Article
from .facts import Figure, Relation, Span

_MAX_SENTENCE: Final = 5000  # longer "sentences" are not prose: read only their start
_ANAPHOR: Final = re.compile(
    r"""
    ["“]?(?:That|This|It|They|These|Those             # a sentence that refers back to the one before
      |The[ ](?:figure|amount|total|increase|rise|gain|jump|drop|decline|fall))\b
    """,
    re.VERBOSE,
)
_CHANGE_KINDS: Final = ("percent", "percentage_point")
_RESTATED: Final = re.compile(r",[ \xa0]or[ \xa0](?:about[ \xa0]|some[ \xa0]|nearly[ \xa0])?")  # "12.3 points, or "
_DIGIT: Final = re.compile(r"\d")  # any decimal digit, as the patterns' \d reads it
_MAX_FIGURES: Final = 2000  # figures read per article; later sentences are skipped (a wire story has < 100)
# "C$", "HK$", "U.S.$"; the first capital is read first (no word character or $ before it), so that the
# regex engine skips every other character quickly
_SYMBOL_DOLLAR: Final = re.compile(r"(?P<prefix>[A-Z](?<![\w$].)[A-Z]?(?:\.[A-Z]\.)?)\$")
_OTHER_SYMBOLS: Final = {phrase: code for phrase, code in OTHER_DOLLARS if phrase.endswith("$")}
_OTHER_WORDS: Final = tuple((phrase.lower(), code) for phrase, code in OTHER_DOLLARS if not phrase.endswith("$"))
# "US$", "U.S. dollars", "USD" (the U first, then nothing word-like or $ before it: a quick search)
_US_DOLLAR: Final = re.compile(r"U(?<![\w$].)(?:S\$|\.S\.\$|\.S\.[ \xa0]dollars?|S[ \xa0]dollars?|SD\b)")


@dataclass(frozen=True, slots=True)
class _Found:
    """A figure candidate with the sentence it was read in."""

    raw: Raw
    sentence: Span
    block: Span


def default_dollar(text: str) -> str:
    """ISO code of a bare "$": USD unless the text names exactly one other dollar and never the US one.

    >>> default_dollar("It cost C$5 million, or $5 million."), default_dollar("It cost $5.")
    ('CAD', 'USD')
    """
    if _US_DOLLAR.search(text):
        return "USD"
    named = {_OTHER_SYMBOLS[m.group()] for m in _SYMBOL_DOLLAR.finditer(text) if m.group() in _OTHER_SYMBOLS}
    lowered = text.lower()
    named.update(code for phrase, code in _OTHER_WORDS if phrase in lowered)
    return named.pop() if len(named) == 1 else "USD"


def extract(article: Article) -> tuple[Figure, ...]:
    """Return the figures of *article* in text order, with ids ``fig-1``, ``fig-2`` ..."""
    text = article.text
    dollar = default_dollar(text)
    found: list[_Found] = []
    for block in article.blocks:
        if len(found) >= _MAX_FIGURES:
            break  # bounded work on hostile input; real articles hold a few dozen figures
        title_case = block.section == "headline" and _is_title_case(text[block.span.start : block.span.end])
        in_block: list[_Found] = []
        for sentence in block.sentences or (block.span,):
            if len(found) + len(in_block) >= _MAX_FIGURES:
                break  # the bound holds inside one giant block too
            limited = Span(sentence.start, min(sentence.end, sentence.start + _MAX_SENTENCE))
            numbers = list(g.NUMBER.finditer(text, limited.start, limited.end))
            masked = _masked(text, limited) if numbers else ()  # only a number token can be masked
            ctx = Context(text, limited, block.span, dollar, title_case, masked)
            in_block.extend(_Found(raw, limited, block.span) for raw in _read_sentence(ctx, numbers))
        carry_unit(text, [f.raw for f in in_block])
        found.extend(in_block[: _MAX_FIGURES - len(found)])
    return _build(text, found)


def _read_sentence(ctx: Context, numbers: list[re.Match[str]]) -> list[Raw]:
    """Every figure of one sentence (its number tokens given), ranges joined, ranks added, in text order."""
    raws = [raw for m in numbers if (raw := read(ctx, m))]
    halves = read_half_spans(ctx)  # "a year and a half": no number token of its own
    raws.extend(h for h in halves if not any(r.start < h.end and h.start < r.end for r in raws))
    raws.sort(key=lambda r: r.start)
    raws = pair_ranges(ctx.text, raws)
    share_units(ctx.text, raws)
    raws = elided_units(ctx.text, ctx.sentence.end, raws)  # "15 shots to the opponent's four"
    taken = {r.num_start for r in raws}
    raws.extend(r for r in _ranks(ctx) if r.num_start not in taken)
    return sorted(raws, key=lambda r: (r.start, r.end))


def _ranks(ctx: Context) -> list[Raw]:
    """Ordinals that state a rank ("the world's fifth-largest", "finished third", "his third marathon")."""
    if not g.ORDINAL_HINT.search(ctx.text, ctx.sentence.start, ctx.sentence.end):
        return []  # most sentences: none of the six rank patterns can match
    out: dict[int, Raw] = {}
    for pattern in (g.RANK, g.RANK_VERB, g.RANK_RUN, g.RANK_RUN_WORD, g.RANK_OWNED, g.RANK_OF_SET):
        for m in pattern.finditer(ctx.text, ctx.sentence.start, ctx.sentence.end):
            if "noun" in m.groupdict() and m.group("noun").lower().split("-")[0] in EVENT_NOUNS:
                continue  # "its 70th anniversary", "his second term": an event or a period named
            word = m.group("ord").lower()
            value = Decimal(word[:-2]) if word[:-2].isdigit() else ORDINALS.get(word)
            if value is not None:
                start, end = m.span("ord")
                end = m.end() if pattern is g.RANK else end
                out.setdefault(start, Raw(start, end, start, end, value, type="rank", rule="figure.rank"))
    return list(out.values())


def _masked(text: str, sentence: Span) -> tuple[Span, ...]:
    """Phone numbers, ISO dates, quoted titles and scores in the sentence (their digits are never figures)."""
    if not _DIGIT.search(text, sentence.start, sentence.end):
        return tuple(quoted_titles(text, sentence))  # phone numbers, ISO dates and scores all need a digit
    found = [Span(*m.span()) for m in g.PHONE.finditer(text, sentence.start, sentence.end)]
    found.extend(Span(*m.span()) for m in g.ISO_DATE.finditer(text, sentence.start, sentence.end))
    found.extend(quoted_titles(text, sentence))  # 'Map of the Soul: 7': a title's number names it
    for m in g.SCORE.finditer(text, sentence.start, sentence.end):
        noun = counted_noun(text, m.end(), sentence.end)
        if noun is None or (noun[1].lower() in TIME_WORDS and noun[1].lower() not in DURATIONS):
            found.append(Span(*m.span()))  # "won 3-1", "a 2-0 victory"; not "10-12 people", "3-5 days"
    return tuple(found)


def _is_title_case(line: str) -> bool:
    """A headline in Title Case ("Storm Kills 12 In Texas"): capitalised words are not names there."""
    words = [w for w in line.split() if w[:1].isalpha()]
    return len(words) >= 3 and sum(w[:1].isupper() for w in words) >= 0.75 * len(words)


def _build(text: str, found: list[_Found]) -> tuple[Figure, ...]:
    """Number the figures and attach their relations, directions and subjects."""
    ids = [f"fig-{i}" for i in range(1, len(found) + 1)]
    relations: list[list[Relation]] = [[] for _ in found]
    directions = [direction_of(text, f.sentence, f.raw) for f in found]
    _shared_directions(text, found, directions)
    groups = _sentence_groups(found)
    for group in groups:
        raws = [found[i].raw for i in group]
        _link_group(text, raws, [ids[i] for i in group], [relations[i] for i in group], [directions[i] for i in group])
    for k, group in enumerate(groups):
        for i in group:
            direction = directions[i]
            if direction is not None and not relations[i] and found[i].raw.type in _CHANGE_KINDS:
                _link_neighbours(text, found, _neighbours(text, found, groups, k), i, ids, relations[i], direction)
    return tuple(_figure(text, f, ids[i], tuple(relations[i]), directions[i]) for i, f in enumerate(found))


def _shared_directions(text: str, found: list[_Found], directions: list[str | None]) -> None:
    """Figures that restate or share a change take its direction.

    "rose 3, 5 and 7 percent": each rose; "down 12.3 points, or 0.5 percent": the percent
    restates the fall in another unit.
    """
    index = {id(f.raw): i for i, f in enumerate(found)}
    for i, f in enumerate(found):
        if directions[i] is not None or (f.raw.type not in _CHANGE_KINDS and f.raw.unit != "points"):
            continue
        head = f.raw.list_head
        if head is not None and id(head) in index:
            directions[i] = directions[index[id(head)]]
        elif i > 0 and found[i - 1].sentence == f.sentence:
            if _RESTATED.fullmatch(text, found[i - 1].raw.end, f.raw.start) is not None:
                directions[i] = directions[i - 1]


def _sentence_groups(found: list[_Found]) -> list[list[int]]:
    """Indexes of the figures of each sentence, in order."""
    groups: dict[Span, list[int]] = {}
    for i, f in enumerate(found):
        groups.setdefault(f.sentence, []).append(i)
    return list(groups.values())


def _neighbours(text: str, found: list[_Found], groups: list[list[int]], k: int) -> list[int]:
    """Figures of the next sentence, or of this one's predecessor, when the later sentence refers back.

    "Exports reached $55.8 billion, from $47.7 billion. That was a 17 percent rise." links;
    "Revenue rose to $5 billion from $4 billion. Profit rose 10 percent." does not.
    """
    near: list[int] = []
    for j, later in ((k - 1, k), (k + 1, k + 1)):
        if 0 <= j < len(groups) and found[groups[j][0]].block == found[groups[k][0]].block:
            sentence = found[groups[later][0]].sentence
            if _ANAPHOR.match(text, sentence.start, sentence.end) is not None:
                near.extend(groups[j])
    return near


def _link_neighbours(
    text: str,
    found: list[_Found],
    near: list[int],
    stated: int,
    ids: list[str],
    relations: list[Relation],
    direction: str,
) -> None:
    """A change whose two amounts sit in the sentence before or after it ("That was a 17 percent rise.")."""
    kind = found[stated].raw.type
    if not near or any(found[i].raw.type == kind for i in near):
        return  # the neighbour states a change of its own
    order = sorted([*near, stated])
    raws = [found[i].raw for i in order]
    pair = change(text, raws, order.index(stated))
    if pair is not None:
        start, end = order[pair[0]], order[pair[1]]
        computed, actual, agrees = check(found[stated].raw, direction, found[start].raw.value, found[end].raw.value)
        relations.append(Relation("change", ids[start], ids[end], direction or actual, ids[stated], computed, agrees))


def _link_group(
    text: str, raws: list[Raw], ids: list[str], relations: list[list[Relation]], directions: list[str | None]
) -> None:
    """Ranges, conversion pairs and checked changes among one sentence's figures."""
    for i, raw in enumerate(raws):
        other = next((j for j, r in enumerate(raws) if r is raw.range_with), None)
        if other is not None:
            relations[i].append(Relation("range", from_id=ids[i], to_id=ids[other]))
    for a, b in converts_to(text, raws):
        relations[a].append(Relation("converts_to", from_id=ids[a], to_id=ids[b]))
        relations[b].append(Relation("converts_to", from_id=ids[b], to_id=ids[a]))
    for i, raw in enumerate(raws):
        if raw.type not in _CHANGE_KINDS or directions[i] is None:
            continue
        pair = change(text, raws, i)
        if pair is None:
            continue
        computed, actual, agrees = check(raw, directions[i], raws[pair[0]].value, raws[pair[1]].value)
        relations[i].append(
            Relation("change", ids[pair[0]], ids[pair[1]], directions[i] or actual, ids[i], computed, agrees)
        )


def _figure(text: str, f: _Found, fig_id: str, relations: tuple[Relation, ...], direction: str | None) -> Figure:
    """Freeze one candidate into a :class:`Figure`."""
    raw = f.raw
    return Figure(
        span=Span(raw.start, raw.end),
        surface=text[raw.start : raw.end],
        rule=raw.rule,
        id=fig_id,
        type=raw.type,
        value=_tidy(raw.value),
        unit=raw.unit,
        approximate=raw.qualifier is not None,
        qualifier=raw.qualifier,
        lower=None if raw.lower is None else _tidy(raw.lower),
        upper=None if raw.upper is None else _tidy(raw.upper),
        subject=subject_of(text, f.sentence, raw),
        relations=relations,
        direction=direction,
    )


def _tidy(value: Decimal) -> Decimal:
    """Whole numbers without exponent or trailing zeros; fractions without trailing zeros.

    >>> _tidy(Decimal("1.3") * 10**9), _tidy(Decimal("16.50"))
    (Decimal('1300000000'), Decimal('16.5'))
    """
    if value == value.to_integral_value():
        return value.quantize(Decimal(1))
    return value.normalize()


__all__ = ["default_dollar", "extract"]
