"""Frozen fact values that point back into the article text.

Every fact keeps a :class:`Span` into the untouched article text, the verbatim
``surface`` (always ``text[span.start:span.end]``) and the ``rule`` that produced
it.  Values are exact (``Decimal``, ``date``); the HTTP layer turns them into JSON.
Collections are tuples, never lists, so a fact can be shared between threads and
worker processes without copying.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import TYPE_CHECKING, ClassVar

if TYPE_CHECKING:
    from .article import Article


@dataclass(frozen=True, slots=True, order=True)
class Span:
    """Half-open character range ``[start, end)`` into the article text."""

    start: int
    end: int

    def __post_init__(self) -> None:
        if not 0 <= self.start <= self.end:
            raise ValueError(f"bad span [{self.start}, {self.end})")

    def __len__(self) -> int:
        return self.end - self.start

    def contains(self, other: Span) -> bool:
        """Whether *other* lies inside this span.

        >>> Span(0, 10).contains(Span(2, 5)), Span(2, 5).contains(Span(0, 10))
        (True, False)
        """
        return self.start <= other.start and other.end <= self.end

    def overlaps(self, other: Span) -> bool:
        """Whether the two spans share at least one character.

        >>> Span(0, 3).overlaps(Span(2, 5)), Span(0, 2).overlaps(Span(2, 5))
        (True, False)
        """
        return self.start < other.end and other.start < self.end


@dataclass(frozen=True, slots=True)
class Mention:
    """One place in the text where an entity is named or referred to.

    ``type`` says how it refers: ``name`` (full name), ``surname``, ``pronoun``,
    ``nominal`` ("the minister"), ``acronym``, ``alias``, ``demonym`` ...
    ``role`` is optional: for places, ``location`` or ``government``.
    """

    span: Span
    text: str
    type: str
    rule: str
    role: str | None = None


@dataclass(frozen=True, slots=True)
class Fact:
    """Base of every fact: where it is, what it says, which rule found it."""

    kind: ClassVar[str] = "fact"
    span: Span
    surface: str  # always == text[span.start:span.end]; never cleaned up
    rule: str  # which rule fired, e.g. "figure.percent": evidence for tests and debugging


@dataclass(frozen=True, slots=True)
class Relation:
    """A link from a figure to other figures (ids are figure ids of the same article).

    ``type`` is ``converts_to`` (a conversion pair), ``change`` (a percent or amount
    change between two amounts) or ``range`` (the other end of a range).
    For ``change``: ``from_id``/``to_id`` are the two amounts, ``stated_id`` the
    figure stating the change, ``computed_percent`` the arithmetic check (for a
    percent: ``100 * (to / from - 1)``; for a percentage-point change between two
    percents: the difference ``to - from`` in points) and ``consistent`` whether the
    stated figure agrees within rounding.
    """

    type: str
    from_id: str | None = None
    to_id: str | None = None
    direction: str | None = None  # increase | decrease
    stated_id: str | None = None
    computed_percent: Decimal | None = None
    consistent: bool | None = None


@dataclass(frozen=True, slots=True)
class Figure(Fact):
    """A number the article states: money, percent, count, quantity, rank."""

    kind: ClassVar[str] = "figure"
    id: str = ""  # "fig-1", in text order within the article
    type: str = "other"  # money | percent | percentage_point | count | quantity | rank | other
    value: Decimal = Decimal(0)  # exact in the core; the schema sends a JSON number
    unit: str | None = None  # ISO 4217 code, "%", "percentage_point", a counted noun or a unit
    approximate: bool = False
    qualifier: str | None = None  # as written: "around", "more than"
    lower: Decimal | None = None
    upper: Decimal | None = None
    subject: str | None = None  # short noun phrase the figure measures, from the sentence
    relations: tuple[Relation, ...] = ()
    claimed_by: str | None = None  # id of the quote whose words contain the figure
    direction: str | None = None  # increase | decrease: a stated change ("up 5 percent", "a 13-percent cut")


@dataclass(frozen=True, slots=True)
class Speaker:
    """Who a quote is attributed to."""

    kind: str  # person | organization | place | group
    name: str
    mention: Mention
    id: str | None = None  # absent for an unnamed group


@dataclass(frozen=True, slots=True)
class Quote(Fact):
    """Direct, partial or reported speech; ``span`` covers the quoted words only."""

    kind: ClassVar[str] = "quote"
    id: str = ""  # "q-1", in text order within the article
    type: str = "direct"  # direct | partial | indirect
    parts: tuple[Span, ...] = ()  # '"We will," she said, "win."' has two parts
    speaker: Speaker | None = None  # None: unattributed
    cue: Mention | None = None  # "said", "according to", ":"
    linked: tuple[str, ...] = ()  # ids of linked quotes (an indirect clause and its partial quote)


@dataclass(frozen=True, slots=True)
class Title:
    """A title or role held by a person, as written, with its span."""

    text: str
    span: Span
    rule: str
    current: bool = True  # False for "formerly ...", "who served as ..."


@dataclass(frozen=True, slots=True)
class Affiliation:
    """An organization or country a person belongs to or works for."""

    name: str
    kind: str  # organization | place
    span: Span
    id: str | None = None


@dataclass(frozen=True, slots=True)
class Person(Fact):
    """A person, with every mention resolved to them."""

    kind: ClassVar[str] = "person"
    id: str = ""  # stable slug of the canonical name: "jane-k-smith"
    name: str = ""
    family_name: str | None = None
    given_name: str | None = None
    gender: str | None = None  # male | female, when the text says (Mr., she)
    titles: tuple[Title, ...] = ()
    affiliations: tuple[Affiliation, ...] = ()
    mentions: tuple[Mention, ...] = ()


@dataclass(frozen=True, slots=True)
class Organization(Fact):
    """A named organization; ``kind`` is government, military, company ..."""

    kind: ClassVar[str] = "organization"
    id: str = ""
    name: str = ""
    type: str = "other"  # government | military | company | media | international | party | court | other
    acronym: str | None = None
    aliases: tuple[str, ...] = ()
    country: str | None = None  # ISO 3166-1 alpha-2 when known
    mentions: tuple[Mention, ...] = ()


@dataclass(frozen=True, slots=True)
class Place(Fact):
    """A country, city, province, region or geographic feature."""

    kind: ClassVar[str] = "place"
    id: str = ""
    name: str = ""
    type: str = "other"  # country | city | province | region | feature | other
    country_code: str | None = None  # ISO 3166-1 alpha-2 (of the place, or the country it lies in)
    mentions: tuple[Mention, ...] = ()


@dataclass(frozen=True, slots=True)
class DateFact(Fact):
    """A date expression normalized against the article's anchor date."""

    kind: ClassVar[str] = "date"
    id: str = ""
    value: str = ""  # ISO 8601 at its granularity: "2020-08-20", "2020-08", "2019"
    granularity: str = "day"  # day | month | year | interval | vague
    start: date | None = None
    end: date | None = None
    anchor: date | None = None
    relative: bool = False  # "Thursday", "last year", "Aug. 20" (year from the anchor): resolved against the anchor
    timezone: str | None = None  # the article's publication zone (IANA name or fixed offset), when known


@dataclass(frozen=True, slots=True)
class Extraction:
    """Everything extracted from one article (facts in text order within each kind)."""

    article: Article
    figures: tuple[Figure, ...] = ()
    quotes: tuple[Quote, ...] = ()
    people: tuple[Person, ...] = ()
    organizations: tuple[Organization, ...] = ()
    places: tuple[Place, ...] = ()
    dates: tuple[DateFact, ...] = ()
