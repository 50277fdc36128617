"""Word tokens with offsets, and the place gazetteer shared by places and organizations.

The gazetteer is three data tables (``countries.tsv``, ``cities.tsv``,
``regions.tsv``).  Lookup is exact and case-sensitive on the text between
token boundaries, longest first, so "Korean Peninsula" wins over "Korean" and
"North Korea" over "Korea".
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from itertools import accumulate, compress, count, repeat
from operator import attrgetter, itemgetter
from typing import Final, NamedTuple

from .facts import Span
from .lexicon import load_table

# One token: an initialism, a company abbreviation with its stop, a word, "&", or a short number.
_TOKEN: Final = re.compile(
    r"""
    (?:[A-Z]\.){1,6}(?!\w)                              # U.S.  D.P.R.K.  S.  (initials keep their stops)
    | (?:Co|Corp|Inc|Ltd|St|Bros|Jr|Sr|Mt|Ft)\.(?!\w)   # abbreviations that keep their stop
    | [^\W\d_]\w{0,40}(?:-(?![A-Z]\.)\w{1,40}){0,4}        # a word, maybe hyphenated ("Korea-U.S." splits)
      (?:['’](?!s\b)[^\W\d_]{1,20})?                     # "O'Brien"; a possessive 's stays outside
    | &                                                 # "Research & Development"
    | \d{1,4}(?:st|nd|rd|th)?(?![\d,.]\d)               # "Group of 20", "2nd Fleet"; not 1,000
    """,
    re.VERBOSE,
)
# The same tokens, captured for ``split``, which returns the text between tokens too: their lengths give
# the offsets, without the cost of a match object per token.  Every alternative of ``_TOKEN`` opens with a
# word character or "&": reading that one character by a class first lets the regex engine skip the
# text between tokens quickly; a look-behind at it then picks the alternatives it can open, tried in
# the same order, so that the tokens are the same.  A lower-case ASCII letter can open only a word, which
# is tried first for it (most tokens).
_SPLITTER: Final = re.compile(
    r"""
    (
      [\w&]                                                  # the first character, then what it opens:
      (?: (?<=[a-z])\w{0,40}(?:-(?![A-Z]\.)\w{1,40}){0,4}     # a word in lower case
          (?:['’](?!s\b)[^\W\d_]{1,20})?
        | (?<=[A-Z])\.(?:[A-Z]\.){0,5}(?!\w)                 # initials
        | (?<=[CILSBJMF])
          (?: (?<=C)(?:o|orp) | (?<=I)nc | (?<=L)td | (?<=S)t | (?<=B)ros
            | (?<=J)r | (?<=S)r | (?<=M)t | (?<=F)t )\.(?!\w)    # abbreviations
        | (?<=[^\W\d_])\w{0,40}(?:-(?![A-Z]\.)\w{1,40}){0,4}   # any other word
          (?:['’](?!s\b)[^\W\d_]{1,20})?
        | (?<=&)                                              # "&"
        | (?<=\d)\d{0,3}(?:st|nd|rd|th)?(?![\d,.]\d)           # a short number
      )
    )
    """,
    re.VERBOSE,
)


class _Capital(dict[str, bool]):
    """First character of a token -> whether the token counts as capitalized (see ``Token.cap``)."""

    def __missing__(self, char: str) -> bool:
        cap = char.isupper() or char.isdigit() or char == "&"
        if len(self) < 4096:  # bounded: characters, never texts
            self[char] = cap
        return cap


_CAPITAL: Final = _Capital()
_FIRST: Final = itemgetter(0)
_TEXT: Final = itemgetter(2)  # Token.text


class Token(NamedTuple):
    """A token of the text with its offsets (a named tuple: cheap to build by the hundred thousand)."""

    start: int
    end: int
    text: str
    cap: bool  # opens with a capital letter (or is "&" or a number)


_new_token: Final = tuple.__new__  # builds a Token without the Python-level __new__ of a named tuple


class Columns(NamedTuple):
    """The tokens of one span as columns of plain values (see :func:`columns`).

    Fit to keep for a whole article: the garbage collector stops tracking a tuple of ints, strings
    and booleans, whereas each of the 170,000 Token objects of a 1 MB article would stay tracked and
    make every full collection longer.
    """

    starts: tuple[int, ...]
    ends: tuple[int, ...]
    texts: tuple[str, ...]
    caps: tuple[bool, ...]

    def tokens(self) -> list[Token]:
        """The tokens themselves."""
        return list(map(_new_token, repeat(Token), zip(self.starts, self.ends, self.texts, self.caps, strict=True)))


def columns(text: str, span: Span) -> Columns:
    """The tokens of ``text[span.start:span.end]``, as columns.

    >>> columns("U.S. Forces", Span(0, 11))
    Columns(starts=(0, 5), ends=(4, 11), texts=('U.S.', 'Forces'), caps=(True, True))
    """
    parts = _SPLITTER.split(text[span.start : span.end])  # gap, token, gap, token, ..., gap
    bounds = tuple(accumulate(map(len, parts), initial=span.start))  # where each part starts, then the end
    starts, ends, texts = bounds[1:-1:2], bounds[2::2], tuple(parts[1::2])
    if "s" in texts:
        starts, ends, texts = _unpossessive(text, starts, ends, texts)
    return Columns(starts, ends, texts, tuple(map(_CAPITAL.__getitem__, map(_FIRST, texts))))


def _unpossessive(
    text: str, starts: tuple[int, ...], ends: tuple[int, ...], texts: tuple[str, ...]
) -> tuple[tuple[int, ...], tuple[int, ...], tuple[str, ...]]:
    """The tokens without the "s" of possessives ("Korea's")."""
    keep = [not (w == "s" and text[at - 1 : at] in ("'", "’")) for at, w in zip(starts, texts, strict=True)]
    return tuple(compress(starts, keep)), tuple(compress(ends, keep)), tuple(compress(texts, keep))


def tokenize(text: str, span: Span) -> list[Token]:
    """The tokens of ``text[span.start:span.end]``.

    >>> [t.text for t in tokenize("U.S. Forces Korea's base, Samsung Co.", Span(0, 37))]
    ['U.S.', 'Forces', 'Korea', 'base', 'Samsung', 'Co.']
    """
    return columns(text, span).tokens()


@dataclass(frozen=True, slots=True)
class Entry:
    """A place of the gazetteer."""

    name: str  # canonical name
    type: str  # country | city | province | region | feature
    code: str | None  # ISO 3166-1 alpha-2 of the place or the country it lies in
    capital: bool = False


@dataclass(frozen=True, slots=True)
class Hit:
    """A gazetteer name found in the text."""

    span: Span
    entry: Entry
    form: str  # name | alias | demonym


def _split(cell: str) -> list[str]:
    return [part.strip() for part in cell.split(";") if part.strip()]


def _load() -> dict[str, tuple[Entry, str]]:
    """Surface form -> (entry, form); the first table row that claims a form keeps it."""
    forms: dict[str, tuple[Entry, str]] = {}

    def add(surface: str, entry: Entry, form: str) -> None:
        forms.setdefault(surface, (entry, form))

    for row in load_table("countries"):
        cells = list(row) + ["", "", ""]
        entry = Entry(cells[1], "country", cells[0])
        add(cells[1], entry, "name")
        for alias in _split(cells[2]):
            add(alias, entry, "alias")
        for demonym in _split(cells[3]):
            add(demonym, entry, "demonym")
    for row in load_table("cities"):
        cells = list(row) + ["", ""]
        entry = Entry(cells[0], "city", cells[1] or None, cells[2] == "capital")
        add(cells[0], entry, "name")
        for alias in _split(cells[3]):
            add(alias, entry, "alias")
    for row in load_table("regions"):
        cells = list(row) + ["", "", ""]
        entry = Entry(cells[0], cells[1], cells[2] or None)
        add(cells[0], entry, "name")
        for alias in _split(cells[3]):
            add(alias, entry, "alias")
    return forms


FORMS: Final = _load()
"""Every printed form of every place: ``{"S. Korea": (Entry(South Korea), "alias")}``."""
_MAX_TOKENS: Final = max(len(tokenize(form, Span(0, len(form)))) for form in FORMS)
_FIRSTS: Final = frozenset(tokenize(form, Span(0, len(form)))[0].text for form in FORMS)  # cheap pre-filter
_BY_FOLDED: Final = {form.casefold(): hit for form, hit in FORMS.items() if hit[1] != "demonym"}
_FIRSTS_FOLDED: Final = frozenset(first.casefold() for first in _FIRSTS)
_RELATION_PREFIXES: Final = frozenset({"inter", "intra", "trans", "cross"})
COUNTRIES: Final = {entry.code: entry for entry, _ in FORMS.values() if entry.type == "country" and entry.code}
"""ISO code -> country entry."""


def lookup_folded(name: str) -> Entry | None:
    """Find a place by a name in any case ("WASHINGTON"); demonyms never match.

    >>> lookup_folded("SEOUL").code, lookup_folded("new delhi").name, lookup_folded("Atlantis")
    ('KR', 'New Delhi', None)
    """
    found = _BY_FOLDED.get(" ".join(name.split()).casefold())
    return found[0] if found else None


def split_hyphens(tokens: Sequence[Token]) -> list[Token]:
    """Split hyphenated tokens that are not place names themselves ("Seoul-Washington", "inter-Korean").

    A part after a lower-case prefix of relation ("inter-", "intra-") is dropped: "inter-Korean"
    is about both Koreas, not an attribute of one.

    >>> t = "Seoul-Washington and Guinea-Bissau, inter-Korean"
    >>> [x.text for x in split_hyphens(tokenize(t, Span(0, len(t))))]
    ['Seoul', 'Washington', 'and', 'Guinea-Bissau', 'inter']
    """
    out: list[Token] = []
    done = 0  # tokens before this one are in *out*
    for k in compress(count(), map(str.__contains__, map(_TEXT, tokens), repeat("-"))):  # hyphenated ones
        out.extend(tokens[done:k])
        done = k + 1
        tok = tokens[k]
        if tok.text in FORMS:
            out.append(tok)
            continue
        at = tok.start
        for n, part in enumerate(tok.text.split("-")):
            if part and not (n > 0 and tok.text.split("-")[n - 1].lower() in _RELATION_PREFIXES):
                out.append(Token(at, at + len(part), part, part[:1].isupper()))
            at += len(part) + 1
    out.extend(tokens[done:])
    return out


def find_places(text: str, tokens: Sequence[Token], *, folded: bool = False) -> Iterator[tuple[int, int, Hit]]:
    """Yield ``(first token, token count, hit)`` for gazetteer names, longest first, left to right.

    *folded*: match in any case (a headline in capitals); demonyms never match then.

    >>> t = "The Korean Peninsula and S. Korea's Seoul."
    >>> [(h.entry.name, h.form) for _, _, h in find_places(t, tokenize(t, Span(0, len(t))))]
    [('Korean Peninsula', 'name'), ('South Korea', 'alias'), ('Seoul', 'name')]
    >>> t = "SEOUL SAYS TALKS WITH TOKYO STALLED"
    >>> [h.entry.name for _, _, h in find_places(t, tokenize(t, Span(0, len(t))), folded=True)]
    ['Seoul', 'Tokyo']
    """
    forms = _BY_FOLDED if folded else FORMS
    firsts = _FIRSTS_FOLDED if folded else _FIRSTS
    words = map(str.casefold, map(_TEXT, tokens)) if folded else map(_TEXT, tokens)
    after = 0  # the first token not inside the last hit
    for i in compress(count(), map(firsts.__contains__, words)):  # tokens that can open a name
        if i < after:
            continue
        for n in range(min(_MAX_TOKENS, len(tokens) - i), 0, -1):
            surface = text[tokens[i].start : tokens[i + n - 1].end]
            if (surface.casefold() if folded else surface) in forms:
                entry, form = forms[surface.casefold() if folded else surface]
                yield i, n, Hit(Span(tokens[i].start, tokens[i + n - 1].end), entry, form)
                after = i + n
                break


_START_END: Final = attrgetter("start", "end")


class SpanIndex:
    """Answer "does any of these spans overlap this one?" in logarithmic time.

    >>> index = SpanIndex([Span(10, 20), Span(0, 3)])
    >>> index.overlaps(Span(2, 5)), index.overlaps(Span(3, 10)), index.overlaps(Span(15, 16))
    (True, False, True)
    """

    __slots__ = ("_starts", "_reach")

    def __init__(self, spans: Iterable[Span]) -> None:
        ordered = sorted(spans, key=_START_END)  # the order of spans, compared as tuples (quicker)
        self._starts = [s.start for s in ordered]
        self._reach: list[int] = []  # the furthest end among the first k spans
        furthest = -1
        for s in ordered:
            furthest = max(furthest, s.end)
            self._reach.append(furthest)

    def overlaps(self, span: Span) -> bool:
        """Whether some indexed span shares a character with *span*."""
        k = bisect_left(self._starts, span.end) - 1
        return k >= 0 and self._reach[k] > span.start


def within(hits: list[Hit], starts: list[int], span: Span) -> list[Hit]:
    """The hits (sorted by start, *starts* their starts) lying inside *span*."""
    k = bisect_left(starts, span.start)
    found = []
    while k < len(hits) and hits[k].span.start < span.end:
        if span.contains(hits[k].span):
            found.append(hits[k])
        k += 1
    return found
