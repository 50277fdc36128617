"""Word tokens with offsets, and the place gazetteer shared by places and organizations.

The gazetteer is three data tables (``countries.tsv``, ``cities.tsv``,
``regions.tsv``).  Lookup is exact and case-sensitive on the text between
token boundaries, longest first, so "Korean Peninsula" wins over "Korean" and
"North Korea" over "Korea".
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Final

from .facts import Span
from .lexicon import load_table

# One token: an initialism, a company abbreviation with its stop, a word, "&", or a short number.
_TOKEN: Final = re.compile(
    r"""
    (?:[A-Z]\.){1,6}(?!\w)                              # U.S.  D.P.R.K.  S.  (initials keep their stops)
    | (?:Co|Corp|Inc|Ltd|St|Bros|Jr|Sr|Mt|Ft)\.(?!\w)   # abbreviations that keep their stop
    | [^\W\d_][\w-]{0,40}(?:['’](?!s\b)[^\W\d_]{1,20})? # a word; a possessive 's stays outside
    | &                                                 # "Research & Development"
    | \d{1,4}(?:st|nd|rd|th)?(?![\d,.]\d)               # "Group of 20", "2nd Fleet"; not 1,000
    """,
    re.VERBOSE,
)


@dataclass(frozen=True, slots=True)
class Token:
    """A token of the text with its offsets."""

    start: int
    end: int
    text: str

    @property
    def cap(self) -> bool:
        """Whether the token opens with a capital letter (or is "&" or a number)."""
        return self.text[:1].isupper() or self.text[:1].isdigit() or self.text == "&"


def tokenize(text: str, span: Span) -> list[Token]:
    """The tokens of ``text[span.start:span.end]``.

    >>> [t.text for t in tokenize("U.S. Forces Korea's base, Samsung Co.", Span(0, 37))]
    ['U.S.', 'Forces', 'Korea', 'base', 'Samsung', 'Co.']
    """
    return [
        Token(m.start(), m.end(), m.group())
        for m in _TOKEN.finditer(text, span.start, span.end)
        if not (m.group() == "s" and text[m.start() - 1 : m.start()] in ("'", "’"))  # the possessive 's
    ]


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
_BY_FOLDED: Final = {form.casefold(): hit for form, hit in FORMS.items() if hit[1] != "demonym"}
COUNTRIES: Final = {entry.code: entry for entry, _ in FORMS.values() if entry.type == "country" and entry.code}
"""ISO code -> country entry."""


def lookup_folded(name: str) -> Entry | None:
    """Find a place by a name in any case ("WASHINGTON"); demonyms never match.

    >>> lookup_folded("SEOUL").code, lookup_folded("new delhi").name, lookup_folded("Atlantis")
    ('KR', 'New Delhi', None)
    """
    found = _BY_FOLDED.get(" ".join(name.split()).casefold())
    return found[0] if found else None


def find_places(text: str, tokens: list[Token]) -> Iterator[tuple[int, int, Hit]]:
    """Yield ``(first token, token count, hit)`` for gazetteer names, longest first, left to right.

    >>> t = "The Korean Peninsula and S. Korea's Seoul."
    >>> [(h.entry.name, h.form) for _, _, h in find_places(t, tokenize(t, Span(0, len(t))))]
    [('Korean Peninsula', 'name'), ('South Korea', 'alias'), ('Seoul', 'name')]
    """
    i = 0
    while i < len(tokens):
        step = 1
        if tokens[i].cap:
            for n in range(min(_MAX_TOKENS, len(tokens) - i), 0, -1):
                surface = text[tokens[i].start : tokens[i + n - 1].end]
                if surface in FORMS:
                    entry, form = FORMS[surface]
                    yield i, n, Hit(Span(tokens[i].start, tokens[i + n - 1].end), entry, form)
                    step = n
                    break
        i += step
