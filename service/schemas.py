"""The contract: every response and query schema of the API (marshmallow 4).

Response schemas are used once, at startup, to dump and validate every fact
(``unknown = EXCLUDE`` keeps additions additive); query schemas parse each
request's arguments (unknown parameters are a 400, see ``api.base``).  Enum
values are lowercase snake_case; numbers are JSON numbers (``format: double``).
"""

from __future__ import annotations

from typing import Any, Final

import marshmallow as ma
from marshmallow import validate

INT32_MAX: Final = 2**31 - 1
MAX_LIMIT: Final = 100

# Enum values, defined in full up front: adding one later breaks generated clients.
SECTIONS: Final = ("headline", "body", "caption")
FIGURE_KINDS: Final = ("money", "percent", "percentage_point", "count", "quantity", "rank", "other")
RELATION_TYPES: Final = ("converts_to", "change", "range")
DIRECTIONS: Final = ("increase", "decrease")
QUOTE_KINDS: Final = ("direct", "partial", "indirect")
SPEAKER_KINDS: Final = ("person", "organization", "place", "group")
MENTION_TYPES: Final = (
    "name", "surname", "pronoun", "nominal", "acronym", "alias", "demonym", "short_form", "dateline", "other",
)
MENTION_ROLES: Final = ("location", "government", "attribute")
ORGANIZATION_KINDS: Final = (
    "government", "military", "company", "media", "international", "party", "court", "other",
)
PLACE_KINDS: Final = ("country", "city", "province", "region", "feature", "other")
GRANULARITIES: Final = ("day", "month", "year", "interval", "vague")
AFFILIATION_KINDS: Final = ("organization", "place")
GENDERS: Final = ("female", "male")


def _enum(name: str, values: tuple[str, ...], description: str, **kwargs: Any) -> ma.fields.String:
    """A string field restricted to *values*, documented as the named enum *name*."""
    return ma.fields.String(
        validate=validate.OneOf(values),
        metadata={"description": description, "x-enum-name": name},
        **kwargs,
    )


def _int(description: str, minimum: int = 0, **kwargs: Any) -> ma.fields.Integer:
    return ma.fields.Integer(
        validate=validate.Range(minimum, INT32_MAX),
        metadata={"description": description, "format": "int32"},
        **kwargs,
    )


def _str(description: str, **kwargs: Any) -> ma.fields.String:
    return ma.fields.String(metadata={"description": description}, **kwargs)


def _number(description: str, **kwargs: Any) -> ma.fields.Float:
    return ma.fields.Float(metadata={"description": description, "format": "double"}, **kwargs)


class ResponseSchema(ma.Schema):
    """Base of response schemas: tolerant readers, fields in declaration order."""

    class Meta:
        unknown = ma.EXCLUDE


class SpanSchema(ResponseSchema):
    start = _int("Offset of the first character in the article text.", required=True)
    end = _int("Offset one past the last character (exclusive).", required=True)


class TextSpanSchema(SpanSchema):
    text = _str("The text under the span, verbatim.", required=True)


class EvidenceSchema(SpanSchema):
    section = _enum("Section", SECTIONS, "Part of the article the fact was found in.", required=True)
    paragraph = _int("Paragraph number within its section, from 1 (the lead is body paragraph 1).", 1)
    sentence = _int("Sentence number within the paragraph, from 1.", 1)


class MentionSchema(TextSpanSchema):
    type = _enum("MentionType", MENTION_TYPES, "How the mention refers to its entity.", required=True)
    role = _enum("MentionRole", MENTION_ROLES, "For places: a location, or a government acting.")
    section = _enum("Section", SECTIONS, "Part of the article the mention is in.")
    paragraph = _int("Paragraph number within its section, from 1.", 1)
    rule = _str("The rule that linked the mention to its entity.")


class FactSchema(ResponseSchema):
    """Fields every fact has."""

    id = _str("Identifier, unique in the service and stable across restarts.", required=True)
    article_id = _str("The article (seed file stem) the fact comes from.", required=True)
    text = _str("The surface text, verbatim: article_text[start:end].", required=True)
    rule = _str("The extraction rule that produced the fact.")
    evidence = ma.fields.Nested(EvidenceSchema, required=True)


class RelationSchema(ResponseSchema):
    type = _enum("RelationType", RELATION_TYPES, "Kind of link between figures.", required=True)
    from_ = _str("Figure id the relation starts from.", data_key="from", attribute="from")
    to = _str("Figure id the relation goes to.")
    direction = _enum("Direction", DIRECTIONS, "For changes: increase or decrease.")
    stated = _str("For changes: the figure id stating the change.")
    computed_percent = _number(
        "For changes: 100 * (to / from - 1) computed from the two amounts; for a stated percentage-point "
        "change, the difference to - from in points."
    )
    consistent = ma.fields.Boolean(metadata={"description": "Whether the stated change agrees within rounding."})


class FigureSchema(FactSchema):
    kind = _enum("FigureKind", FIGURE_KINDS, "What the number measures.", required=True)
    value = _number("The normalized value (scale words applied: 2.4 billion = 2400000000).", required=True)
    unit = _str(
        "ISO 4217 code for money; '%' for percent; 'percentage_point'; for counts the counted noun ('troops'); "
        "for quantities the unit ('km', 'days', 'years' for ages and durations); 'times' for multipliers."
    )
    approximate = ma.fields.Boolean(required=True, metadata={"description": "Qualified as approximate."})
    qualifier = _str("The qualifier as written: 'around', 'more than'.")
    lower = _number("Lower bound implied by the qualifier or range.")
    upper = _number("Upper bound implied by the qualifier or range.")
    direction = _enum("Direction", DIRECTIONS, "For a stated change: its direction.")
    subject = _str("Short phrase from the sentence naming what the figure measures.")
    relations = ma.fields.List(ma.fields.Nested(RelationSchema), required=True)
    claimed_by = _str("Id of the quote whose words contain the figure: who claims the number.")


class CheckSchema(ResponseSchema):
    id = _str("Check id: the id of the figure stating the change.", required=True)
    figure_id = _str("The figure stating the change.", required=True)
    article_id = _str("The article the check belongs to.", required=True)
    text = _str("The stated change as written.", required=True)
    stated_percent = _number("The change the article states (percent, or points for a percentage-point change).")
    from_ = _str("Figure id of the earlier amount.", data_key="from", attribute="from", required=True)
    to = _str("Figure id of the later amount.", required=True)
    direction = _enum("Direction", DIRECTIONS, "Increase or decrease.")
    computed_percent = _number(
        "100 * (to / from - 1); for a percentage-point change, to - from in points.", required=True
    )
    consistent = ma.fields.Boolean(required=True, metadata={"description": "Agrees within rounding."})


class SpeakerSchema(ResponseSchema):
    kind = _enum("SpeakerKind", SPEAKER_KINDS, "Who speaks: a person, organization, place or group.", required=True)
    id = _str("Id of the person, organization or place; absent for an unnamed group.")
    name = _str("Canonical name of the speaker.", required=True)
    mention = ma.fields.Nested(TextSpanSchema, required=True)


class QuoteSchema(FactSchema):
    kind = _enum("QuoteKind", QUOTE_KINDS, "Direct, partial or reported (indirect) speech.", required=True)
    parts = ma.fields.List(ma.fields.Nested(TextSpanSchema), required=True)
    speaker = ma.fields.Nested(SpeakerSchema, metadata={"description": "Absent when unattributed."})
    cue = ma.fields.Nested(TextSpanSchema, metadata={"description": "The attribution cue: said, told, a colon."})
    linked = ma.fields.List(_str("Linked quote id."), required=True)


class TitleSchema(TextSpanSchema):
    current = ma.fields.Boolean(required=True, metadata={"description": "False for former roles."})


class AffiliationSchema(SpanSchema):
    name = _str("Organization or country name.", required=True)
    kind = _enum("AffiliationKind", AFFILIATION_KINDS, "Organization or place.", required=True)
    id = _str("Id of the organization or place, when it is one of the facts.")


class PersonSchema(FactSchema):
    name = _str("Canonical full name, as first introduced.", required=True)
    family_name = _str("Family name (first in Korean names).")
    given_name = _str("Given name(s).")
    gender = _enum("Gender", GENDERS, "Only when the text says (Mr., Ms., she).")
    titles = ma.fields.List(ma.fields.Nested(TitleSchema), required=True)
    affiliations = ma.fields.List(ma.fields.Nested(AffiliationSchema), required=True)
    mentions = ma.fields.List(ma.fields.Nested(MentionSchema), required=True)
    quote_count = _int("Number of quotes attributed to the person.", required=True)


class OrganizationSchema(FactSchema):
    name = _str("Canonical name.", required=True)
    kind = _enum("OrganizationKind", ORGANIZATION_KINDS, "Kind of organization.", required=True)
    acronym = _str("Acronym defined in the text.")
    aliases = ma.fields.List(_str("Other name."), required=True)
    country = _str("ISO 3166-1 alpha-2 code of its country, when known.")
    mentions = ma.fields.List(ma.fields.Nested(MentionSchema), required=True)


class PlaceSchema(FactSchema):
    name = _str("Canonical name.", required=True)
    kind = _enum("PlaceKind", PLACE_KINDS, "Kind of place.", required=True)
    country_code = _str("ISO 3166-1 alpha-2 code (of the country, or the country the place lies in).")
    mentions = ma.fields.List(ma.fields.Nested(MentionSchema), required=True)


class DateSchema(FactSchema):
    value = _str("ISO 8601 at its granularity: 2020-08-20, 2020-08, 2019.", required=True)
    granularity = _enum("Granularity", GRANULARITIES, "Precision of the value.", required=True)
    start = ma.fields.Date(metadata={"description": "First day of the interval meant."})
    end = ma.fields.Date(metadata={"description": "Last day of the interval meant."})
    anchor = ma.fields.Date(metadata={"description": "The date relative expressions were resolved against."})
    relative = ma.fields.Boolean(required=True, metadata={"description": "Resolved against the anchor."})
    timezone = _str("IANA time zone of the publication, when known.")


class SentenceSchema(SpanSchema):
    number = _int("Sentence number within the paragraph, from 1.", 1, required=True)


class ParagraphSchema(TextSpanSchema):
    number = _int("Paragraph number, from 1 (the lead is 1).", 1, required=True)
    sentences = ma.fields.List(ma.fields.Nested(SentenceSchema), required=True)


class CaptionSchema(ParagraphSchema):
    credit = _str("The credit: the agency in the caption's last parentheses.")
    notes = ma.fields.List(_str("A notice such as an all-caps usage restriction."), required=True)


class DatelineSchema(TextSpanSchema):
    place = _str("Dateline place as printed.", required=True)
    date = ma.fields.Date(metadata={"description": "Dateline date, the year resolved from the publication time."})
    agency = _str("News agency named in the dateline.")


class ArticleSchema(ResponseSchema):
    id = _str("Article id: the seed file's stem.", required=True)
    headline = _str("The headline.")
    section = _str("Section label printed on the page.")
    published_at = ma.fields.AwareDateTime(
        format="iso", metadata={"description": "Publication time with the publisher's UTC offset."}
    )
    timezone = _str("IANA zone (or fixed offset) the publication time was read in.")
    dateline = ma.fields.Nested(DatelineSchema)
    byline = _str("Author line, when printed.")
    paragraphs = ma.fields.List(ma.fields.Nested(ParagraphSchema), required=True)
    captions = ma.fields.List(ma.fields.Nested(CaptionSchema), required=True)
    length = _int("Length of the article text in characters.", required=True)


class FactBundleSchema(ResponseSchema):
    article = ma.fields.Nested(ArticleSchema, required=True)
    figures = ma.fields.List(ma.fields.Nested(FigureSchema), required=True)
    quotes = ma.fields.List(ma.fields.Nested(QuoteSchema), required=True)
    people = ma.fields.List(ma.fields.Nested(PersonSchema), required=True)
    organizations = ma.fields.List(ma.fields.Nested(OrganizationSchema), required=True)
    places = ma.fields.List(ma.fields.Nested(PlaceSchema), required=True)
    dates = ma.fields.List(ma.fields.Nested(DateSchema), required=True)
    service_version = _str("Version of the service.", required=True)
    extractor_version = _str("Version of the extraction core.", required=True)


class ProblemSchema(ResponseSchema):
    """RFC 9457 problem details."""

    type = _str("A URI reference identifying the problem type.", required=True)
    title = _str("Short summary of the problem type.", required=True)
    status = _int("The HTTP status code.", 100, required=True)
    detail = _str("Explanation specific to this occurrence.")
    errors = ma.fields.Dict(
        keys=ma.fields.String(),
        values=ma.fields.Raw(),
        metadata={"description": "Invalid request parameters, keyed by parameter name."},
    )


def page_schema(item: type[ma.Schema], name: str) -> type[ma.Schema]:
    """A page object ``{items, total, limit, offset, next}`` of *item* schemas."""
    fields: dict[str, Any] = {
        "items": ma.fields.List(ma.fields.Nested(item), required=True),
        "total": _int("Number of items matching the filters.", required=True),
        "limit": _int("Page size asked for.", 1, required=True),
        "offset": _int("Offset of the first item of this page.", required=True),
        "next": _str("Relative URL of the next page; absent on the last page."),
    }
    return type(name, (ResponseSchema,), fields)


class LinkSchema(ResponseSchema):
    href = _str("Relative URL.", required=True)
    title = _str("What is there.", required=True)


class RootSchema(ResponseSchema):
    service = _str("Service name.", required=True)
    service_version = _str("Version of the service.", required=True)
    extractor_version = _str("Version of the extraction core.", required=True)
    articles = _int("Number of articles loaded.", required=True)
    links = ma.fields.Dict(keys=ma.fields.String(), values=ma.fields.Nested(LinkSchema), required=True)


class HealthSchema(ResponseSchema):
    status = _str("ok, or why not.", required=True)
    articles = _int("Number of articles loaded.")


# ---- query parameters -----------------------------------------------------------------


class NoArgs(ma.Schema):
    """No query parameters: any given is a 400."""


class PageArgs(ma.Schema):
    limit = ma.fields.Integer(
        load_default=20,
        validate=validate.Range(1, MAX_LIMIT),
        metadata={"description": f"Page size, 1 to {MAX_LIMIT}.", "format": "int32"},
    )
    offset = ma.fields.Integer(
        load_default=0,
        validate=validate.Range(0, INT32_MAX),
        metadata={"description": "Number of items to skip.", "format": "int32"},
    )


def _filter(description: str, **kwargs: Any) -> ma.fields.String:
    return ma.fields.String(
        validate=validate.Length(1, 100), metadata={"description": description}, **kwargs
    )


class ArticleFilterArgs(PageArgs):
    article_id = _filter("Only facts from this article.")


class FigureArgs(ArticleFilterArgs):
    kind = _enum("FigureKind", FIGURE_KINDS, "Only figures of this kind.")
    unit = _filter("Only figures with this unit (ISO code, '%', a noun).")
    min = _number("Only figures whose value is at least this.", validate=validate.Range(-1e300, 1e300))
    max = _number("Only figures whose value is at most this.", validate=validate.Range(-1e300, 1e300))


class QuoteArgs(ArticleFilterArgs):
    kind = _enum("QuoteKind", QUOTE_KINDS, "Only quotes of this kind.")
    speaker_id = _filter("Only quotes attributed to this person, organization or place id.")


class PersonArgs(ArticleFilterArgs):
    q = _filter("Case-insensitive search in names and mentions.")
    role = _filter("Case-insensitive search in titles and roles.")


class OrganizationArgs(ArticleFilterArgs):
    kind = _enum("OrganizationKind", ORGANIZATION_KINDS, "Only organizations of this kind.")


class PlaceArgs(ArticleFilterArgs):
    kind = _enum("PlaceKind", PLACE_KINDS, "Only places of this kind.")


class DateArgs(ArticleFilterArgs):
    granularity = _enum("Granularity", GRANULARITIES, "Only dates of this granularity.")


class FactsArgs(ma.Schema):
    article_id = _filter("Which article (required when several are loaded).")


class PersonQuoteArgs(PageArgs):
    kind = _enum("QuoteKind", QUOTE_KINDS, "Only quotes of this kind.")


FigurePageSchema = page_schema(FigureSchema, "FigurePageSchema")
CheckPageSchema = page_schema(CheckSchema, "CheckPageSchema")
QuotePageSchema = page_schema(QuoteSchema, "QuotePageSchema")
PersonPageSchema = page_schema(PersonSchema, "PersonPageSchema")
OrganizationPageSchema = page_schema(OrganizationSchema, "OrganizationPageSchema")
PlacePageSchema = page_schema(PlaceSchema, "PlacePageSchema")
DatePageSchema = page_schema(DateSchema, "DatePageSchema")
ArticlePageSchema = page_schema(ArticleSchema, "ArticlePageSchema")
