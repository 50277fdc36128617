"""Places: countries, cities, provinces, regions and features, with ISO 3166-1 codes.

Names come from the gazetteer (:mod:`._gazetteer`); short forms ("S. Korea",
"U.S.") and demonyms ("Korean", an attribute) link to their country; the
dateline city is a mention too; "the peninsula" links back to the one peninsula
named before it.  A place named inside an organization name ("U.S. Forces
Korea", "Bank of Korea", "U.S. State Department") is not a mention of the place:
it belongs to the organization.  A country or capital that is the subject of a
speech or state verb ("Seoul said", "Washington demanded") or that owns a
government ("the Seoul government", "the South Korean government", see
:mod:`._orgdesc`) gets the role ``government``; other demonyms are
``attribute``; other mentions are ``location``.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator
from dataclasses import dataclass, field
from itertools import compress, count, islice, repeat
from operator import itemgetter
from typing import Final

from . import organizations
from ._gazetteer import FORMS, Entry, Hit, SpanIndex, Token, find_places, lookup_folded, split_hyphens
from ._orgdesc import describe, home_country
from ._when import WEEKDAYS
from .article import Article
from .clock import MONTHS
from .facts import Mention, Place, Span
from .lexicon import load_table, load_words

_ACTS: Final = load_words("speech_verbs") | load_words("government_verbs")
_TEXT: Final = itemgetter(2)  # Token.text
_BETWEEN: Final = load_words("subject_gap_words")  # "Washington was earlier said to have requested"
_PREPOSITIONS: Final = load_words("place_prepositions")  # "officials in Seoul said": a location
_BACK_NOUNS: Final = {row[0]: row[1] for row in load_table("place_nominals")}
_BACK_NOUN: Final = re.compile(
    rf"""
    [Tt](?<!\w.)he\ (?P<noun>{"|".join(map(re.escape, _BACK_NOUNS))})  # "the North" (no word character before
                                                                    # the T, as \b; a class first searches fast)
    (?![\w-]|\ [A-Z])                                           # not "the North Korean leader"
    """,
    re.VERBOSE,
)
_WORDS: Final = re.compile(r"[A-Za-z]+")
# Given names that are also place names ("Jordan", "Georgia", "Chad"); shared with the people extractor.
_GIVEN_NAMES: Final = load_words("given_names_male") | load_words("given_names_female")
_NAME_HEADS: Final = load_words("place_name_heads")  # "Korean War", "Korean Air": not the country
_TEAM_WORDS: Final = load_words("place_team_words")  # "Swansea City", "Manchester United": a club
_TITLES: Final = load_words("org_breaks")  # "Georgia Governor ...": a title after the place keeps it
_LEADS: Final = frozenset({"the", "a", "an", "in", "at", "from", "near", "to"})  # "In Ridgefield, Ohio": not the town
_LOCATIVES: Final = frozenset({"in", "at", "from", "near", "outside", "to"})  # "in Icheon, Gyeonggi Province"
# "in March, South Korea said", "in Park, South Korea": months, weekdays and family names are not towns
_NOT_TOWNS: Final = frozenset(MONTHS) | frozenset(WEEKDAYS) | load_words("korean_surnames")
_DATELINE_REGIONS: Final = {row[0]: row[1] for row in load_table("dateline_regions")}
_OPENERS: Final = _PREPOSITIONS | load_words("org_skip")  # "In Seoul", "Both Seoul and Tokyo"
_BEFORE_OBJECT: Final = re.compile(r"\b(?:asked|urged|requested|pressed|called on|told|according to) $", re.IGNORECASE)
_DISTRICT_NOUNS: Final = {"district": "region", "county": "region", "ward": "region", "village": "city", "town": "city"}
_POSSESSIVE: Final = re.compile(r"['’]s? ")  # "Seoul's Yongsan district"
_DISTRICT_HEADS: Final = {row[0]: row[1] for row in load_table("district_heads")}  # "Mapo Ward", "X Province"
_DISTRICT_SUFFIXES: Final = {row[0]: row[1] for row in load_table("district_suffixes")}  # "Jongno-gu"
_NOT_DISTRICT_NAMES: Final = load_words("district_stopwords")  # "Congressional District": a kind, not a name
# A romanized Korean name glued to its administrative suffix by a hyphen ("Jongno-gu", "Ikseon-dong").
_SUFFIXED: Final = re.compile(rf"[A-Z][a-z]{{1,20}}-(?P<suffix>{'|'.join(_DISTRICT_SUFFIXES)})")
_KOREAS: Final = frozenset({"KR", "KP"})
# A country or city name directly before a currency noun is part of the unit ("U.S. dollars").
_CURRENCY_AFTER: Final = re.compile(r" dollars?\b")
_SENTENCE_END: Final = re.compile(r"[.;!?] ")  # a sentence or clause boundary between a district and a city
_CLOSERS: Final = frozenset({",", ".", ";", ")", ""})  # what may follow "Ridgefield, Ohio" without a locative
# "the peninsula" (the T first, then no word character before it, as \b: a class first searches fast)
_NOMINAL: Final = re.compile(r"[Tt](?<!\w.)he (?P<noun>peninsula|strait|sea|island|islands|river|gulf|province)\b")


@dataclass(slots=True)
class _Group:
    """A place being assembled (internal and mutable; never output)."""

    entry: Entry
    mentions: list[Mention] = field(default_factory=list)


def extract(article: Article, scans: tuple[organizations.Scanned, ...] | None = None) -> tuple[Place, ...]:
    """Return the places of *article* in order of first mention (*scans*: the organization scan of its
    blocks, :func:`.organizations.scan_blocks`, when the caller already has it).

    >>> from service.extract.article import parse_article
    >>> text = ("Talks\\n\\nSEOUL, Aug. 20 (AP) -- Seoul said U.S. Forces Korea will stay on "
    ...         "the Korean Peninsula, and officials in Seoul agreed. The peninsula is calm.\\n")
    >>> for place in extract(parse_article(text)):
    ...     print(place.id, place.type, place.country_code, [(m.type, m.role) for m in place.mentions])
    seoul city KR [('dateline', 'location'), ('name', 'government'), ('name', 'location')]
    korean-peninsula feature None [('name', 'location'), ('nominal', 'location')]
    """
    text = article.text
    groups: dict[str, _Group] = {}
    _dateline(article, groups)
    home = home_country(article)
    scans = organizations.scan_blocks(article) if scans is None else scans
    for block, scan in zip(article.blocks, scans, strict=True):
        _block(article, block.span, scan, home, groups)
    _nominals(text, article, groups)
    return _facts(text, groups)


def _block(
    article: Article, span: Span, scan: organizations.Scanned, home: str | None, groups: dict[str, _Group]
) -> None:
    """Add the place mentions of one block to *groups* (*scan*: the block as organizations read it)."""
    text = article.text
    words = scan.columns.tokens()
    tokens = split_hyphens(words)  # "Seoul-Washington alliance": two places
    shouting = not any(c.islower() for c in text[span.start : span.end])
    found = list(find_places(text, tokens, folded=shouting))
    hits = [hit for _, _, hit in found]
    # The organizations' reading used the places among the unsplit tokens; when these are the same,
    # so are the descriptions (the names found by the scan never depend on the places).
    described = scan.described if hits == list(scan.hits) else tuple(describe(text, words, home, hits))
    acting = {d.acting for d in described if d.acting is not None}  # "the Seoul government"
    owned = SpanIndex(  # org names, and bodies described with a place modifier ("the Chinese foreign ministry")
        [c.span for c in scan.candidates] + [d.candidate.span for d in described if d.acting is None]
    )
    for i, n, hit in found:
        if hit.span not in acting and (owned.overlaps(hit.span) or not _plausible(text, tokens, i, n, hit)):
            continue
        if article.dateline is not None and article.dateline.place_span.overlaps(hit.span):
            continue
        if hit.span in acting:
            role = "government"  # "the Seoul government", "the South Korean government"
        elif hit.form == "demonym":
            role = "attribute"  # "Korean officials": the country as an attribute
        else:
            role = "government" if _acts(text, tokens, i, n, hit) else "location"
        mention = Mention(hit.span, text[hit.span.start : hit.span.end], hit.form, "place.gazetteer", role)
        groups.setdefault(hit.entry.name, _Group(hit.entry)).mentions.append(mention)
    for where, code in _localities(text, tokens, found):
        if not owned.overlaps(where):
            name = text[where.start : where.end]
            mention = Mention(where, name, "name", "place.locality", "location")
            groups.setdefault(name, _Group(Entry(name, "city", code))).mentions.append(mention)
    for where, entry in _districts(text, tokens, found, home):
        if not owned.overlaps(where):
            mention = Mention(where, text[where.start : where.end], "name", "place.district", "location")
            groups.setdefault(entry.name, _Group(entry)).mentions.append(mention)
    for where, entry, k in _named_districts(text, words, found, home):
        if not owned.overlaps(where):
            role = "government" if _subject_acts(text, words, k, where.end) else "location"  # "X Ward has suspended"
            mention = Mention(where, text[where.start : where.end], "name", "place.district", role)
            groups.setdefault(entry.name, _Group(entry)).mentions.append(mention)


def _dateline(article: Article, groups: dict[str, _Group]) -> None:
    """The dateline place ("WASHINGTON", "SEOUL") is the first mention of its city."""
    line = article.dateline
    if line is None:
        return
    head, _, region = line.place.partition(",")
    entry = lookup_folded(head)
    if entry is None:  # a city the gazetteer lacks: its country from ", Ore." or ", South Korea", if any
        within = lookup_folded(region) if region.strip() else None
        code = _DATELINE_REGIONS.get(region.strip()) or (within.code if within else None)
        entry = Entry(" ".join(w.capitalize() for w in head.split()), "city", code)
    span = Span(line.place_span.start, line.place_span.start + len(head))
    groups.setdefault(entry.name, _Group(entry)).mentions.append(
        Mention(span, article.text[span.start : span.end], "dateline", "place.dateline", "location")
    )


def _localities(text: str, tokens: list[Token], found: list[tuple[int, int, Hit]]) -> Iterator[tuple[Span, str]]:
    """Towns the gazetteer lacks, placed by a known region: "in Icheon, Gyeonggi Province", "in Austin, Texas"."""
    for i, _, hit in found:
        if hit.form == "demonym" or hit.entry.type not in ("country", "province") or hit.entry.code is None:
            continue
        if i < 2 or text[tokens[i - 1].end : tokens[i].start] != ", ":
            continue
        first = i - 1
        while (
            first > i - 4
            and first > 0
            and tokens[first].cap
            and text[tokens[first - 1].end : tokens[first].start] == " "
        ):
            if not tokens[first - 1].cap:
                break
            first -= 1
        while first < i - 1 and tokens[first].text.lower() in _LEADS:
            first += 1  # "The" or "In" opening the sentence is not part of the town
        names = tokens[first:i]
        before = tokens[first - 1].text if first > 0 else ""
        if not all(t.cap and t.text.isalpha() for t in names):
            continue
        if before not in _LOCATIVES and not _closes(text, hit, names):
            continue
        span = Span(names[0].start, names[-1].end)
        if text[span.start : span.end] in FORMS or any(t.text.lower() in _NOT_TOWNS for t in names):
            continue
        yield span, hit.entry.code


def _closes(text: str, hit: Hit, names: list[Token]) -> bool:
    """Without a locative, "Ridgefield, Ohio," is a town only when punctuation closes the region.

    "Kim, Gyeonggi Province's governor" (a possessive) and "Ann, Texas" (a given name) are not towns.
    """
    after = text[hit.span.end : hit.span.end + 1]
    return after in _CLOSERS and not any(t.text.lower() in _GIVEN_NAMES for t in names)


def _named_districts(
    text: str, tokens: list[Token], found: list[tuple[int, int, Hit]], home: str | None
) -> Iterator[tuple[Span, Entry, int]]:
    """Areas named with a capitalized noun or a Korean suffix: "Mapo Ward", "Varrow Province", "Jongno-gu".

    *tokens* are the unsplit tokens.  Yields the span, the entry and the index of the token after the name.
    The country is the next gazetteer place's within the sentence ("Mapo Ward in western Seoul"), else the
    dateline's; a Korean suffix places the name in Korea.
    """
    places = sorted((h for _, _, h in found if h.form != "demonym"), key=lambda h: h.span.start)
    heads = map(_DISTRICT_HEADS.__contains__, map(_TEXT, islice(tokens, 1, None)))  # token j + 1, from j = 0
    for j in compress(count(0), heads):  # the tests run in C: few tokens are district heads
        span = _head_name(text, tokens, j)
        if span is not None:
            entry = Entry(
                text[span.start : span.end], _DISTRICT_HEADS[tokens[j + 1].text], _next_code(places, span, text) or home
            )
            yield span, entry, j + 2
    for j in compress(count(0), map(str.__contains__, map(_TEXT, tokens), repeat("-"))):
        match = _SUFFIXED.fullmatch(tokens[j].text)
        if match is None or tokens[j].text in FORMS:
            continue
        code = _next_code(places, Span(tokens[j].start, tokens[j].end), text)
        code = code if code in _KOREAS else (home if home in _KOREAS else "KR")
        yield (
            Span(tokens[j].start, tokens[j].end),
            Entry(tokens[j].text, _DISTRICT_SUFFIXES[match["suffix"]], code),
            j + 1,
        )


def _head_name(text: str, tokens: list[Token], j: int) -> Span | None:
    """The span of "<Name> <Head>" when token *j* is a one-word name for the head at *j* + 1, else None."""
    name, head = tokens[j], tokens[j + 1]
    if not name.cap or not name.text.isalpha() or text[name.end : head.start] != " ":
        return None
    word = name.text.lower()
    if name.text in FORMS or word in _NOT_TOWNS or word in _OPENERS or word in _NOT_DISTRICT_NAMES:
        return None  # "Washington County" stays the gazetteer's; "In District" or "School District" is no name
    if f"{name.text} {head.text}" in FORMS:
        return None  # "Gyeonggi Province": the gazetteer's
    if j > 0 and tokens[j - 1].cap and text[tokens[j - 1].end : name.start] == " ":
        if tokens[j - 1].text.lower() not in _OPENERS:
            return None  # "Fifth Congressional District", "Los Angeles County": a longer title-case run
    after = tokens[j + 2] if j + 2 < len(tokens) else None
    if after is not None and after.cap and text[head.end : after.start] == " ":
        return None  # "Mapo District Office", "Tollan District Court": a body's name
    return Span(name.start, head.end)


def _next_code(places: list[Hit], span: Span, text: str) -> str | None:
    """The country of the first gazetteer place (*places*: sorted by start) after *span* in its sentence."""
    k = bisect_right(places, span.end, key=lambda h: h.span.start)
    if k < len(places):
        start = places[k].span.start
        if start - span.end < 40 and not _SENTENCE_END.search(text, span.end, start):
            return places[k].entry.code
    return None


def _subject_acts(text: str, tokens: list[Token], k: int, end: int) -> bool:
    """Whether a speech or state verb follows the name ending at *end* (token *k* is the next one)."""
    if k >= len(tokens) or text[end : tokens[k].start] != " ":
        return False
    return _verb_follows(tokens, k)


def _districts(
    text: str, tokens: list[Token], found: list[tuple[int, int, Hit]], home: str | None
) -> Iterator[tuple[Span, Entry]]:
    """Districts and towns named with a lower-case noun: "Seoul's Yongsan district", "in Yeoju county".

    The country is the possessive place's ("Seoul's"), or the dateline's after a locative ("in").
    """
    by_end = {h.span.end: h for _, _, h in found if h.form != "demonym"}
    nouns = map(_DISTRICT_NOUNS.__contains__, map(_TEXT, islice(tokens, 2, None)))  # token j + 1, from j = 1
    for j in compress(count(1), nouns):  # the tests run in C: few tokens are district nouns
        name, noun = tokens[j], tokens[j + 1]
        kind = _DISTRICT_NOUNS.get(noun.text)
        if kind is None or not name.cap or not name.text[:1].isalpha() or text[name.end : noun.start] != " ":
            continue
        if name.text in FORMS or name.text.lower() in _NOT_TOWNS or name.text.lower() in _OPENERS:
            continue
        owner = next((by_end[name.start - g] for g in (3, 2) if name.start - g in by_end), None)
        if owner is not None and _POSSESSIVE.fullmatch(text, owner.span.end, name.start):
            code = owner.entry.code  # "Seoul's Yongsan district"
        elif tokens[j - 1].text.lower() in _LOCATIVES or (
            j > 1 and tokens[j - 1].text == "the" and tokens[j - 2].text.lower() in _LOCATIVES
        ):
            code = home  # "in Yeoju county", "in the Gangnam district"
        else:
            continue
        label = f"{name.text} {noun.text.capitalize()}"
        yield Span(name.start, noun.end), Entry(label, kind, code)


def _plausible(text: str, tokens: list[Token], i: int, n: int, hit: Hit) -> bool:
    """Reject shapes that are not the place: "US$", "Michael Jordan", "the Korean War"."""
    if text[hit.span.end : hit.span.end + 1] == "$":
        return False  # "US$2.4 billion" is a currency
    if _CURRENCY_AFTER.match(text, hit.span.end):
        return False  # "5.7 trillion U.S. dollars", "Hong Kong dollars": the currency's name
    if n == 1 and i > 0:
        before = tokens[i - 1]
        glued = text[before.end : tokens[i].start] == " "
        if glued and before.text[:1].isupper() and before.text.lower() not in _OPENERS:
            return False  # "Michael Jordan" is a person, "Officials Say Seoul" a title-case headline
    after = tokens[i + n] if i + n < len(tokens) else None
    if after is not None and after.cap and text[hit.span.end : after.start] == " ":
        if hit.form == "demonym" and after.text.lower() in _NAME_HEADS:
            return False  # "the Korean War", "Korean Air": an event or a company named after the country
        if hit.entry.type == "city" and after.text.lower() in _TEAM_WORDS:
            return False  # "Swansea City", "Manchester United": a club
    if n == 1 and i + 1 < len(tokens) and hit.form == "name" and tokens[i].text.lower() in _GIVEN_NAMES:
        after = tokens[i + 1]
        glued = text[tokens[i].end : after.start] == " "
        if glued and after.text[:1].isupper() and after.text not in FORMS and after.text.lower() not in _TITLES:
            return False  # "Jordan Peterson", "Chad Smith": a given name, then a surname
    return True


def _acts(text: str, tokens: list[Token], i: int, n: int, hit: Hit) -> bool:
    """A country or capital acting as its government: subject of a speech/state verb."""
    if hit.entry.type not in ("country", "city") or (hit.entry.type == "city" and not hit.entry.capital):
        return False
    if text[hit.span.end : hit.span.end + 1] in ("'", "’"):
        return False  # "Seoul's position": a possessive, not a subject
    previous = tokens[i - 1].text.lower() if i > 0 else ""
    if previous in _PREPOSITIONS and text[tokens[i - 1].end : hit.span.start] == " ":
        return _BEFORE_OBJECT.search(text, max(0, hit.span.start - 20), hit.span.start) is not None
    if _BEFORE_OBJECT.search(text, max(0, hit.span.start - 20), hit.span.start):
        return True  # "requested Seoul to pay", "according to Washington"
    k = i + n
    if k < len(tokens) and text[hit.span.end : tokens[k].start].strip(" ,"):
        return False  # punctuation right after the name: not a subject
    if k < len(tokens) and text[hit.span.end : tokens[k].start] == ", ":
        k = _past_listed_place(text, tokens, k)  # "S. Korea, U.S. agree": a headline's coordination
    if k < len(tokens) and tokens[k].text == "and":
        k = _past_conjunct(tokens, k + 1)  # "Seoul and Washington have agreed": both act
    return _verb_follows(tokens, k)


def _verb_follows(tokens: list[Token], k: int) -> bool:
    """Whether a speech or state verb is among the five tokens from *k*, past adverbs and auxiliaries only."""
    for tok in tokens[k : k + 5]:
        word = tok.text.lower()
        if word in _ACTS:
            return True
        if word not in _BETWEEN:
            return False
    return False


def _past_conjunct(tokens: list[Token], k: int) -> int:
    """Index after a coordinated subject ("[the] United States"), or past the end when there is none."""
    if k < len(tokens) and tokens[k].text == "the":
        k += 1
    start = k
    while k < len(tokens) and k - start < 4 and tokens[k].cap:
        k += 1
    return k if k > start else len(tokens)


def _past_listed_place(text: str, tokens: list[Token], k: int) -> int:
    """Index after a place name starting at token *k* ("U.S." in "S. Korea, U.S. agree"), or past the end."""
    for n in range(min(4, len(tokens) - k), 0, -1):
        if text[tokens[k].start : tokens[k + n - 1].end] in FORMS:
            return k + n
    return len(tokens)


def _nominals(text: str, article: Article, groups: dict[str, _Group]) -> None:
    """Link "the peninsula" after "the Korean Peninsula": when exactly one such place was named."""
    taken = SpanIndex(m.span for g in groups.values() for m in g.mentions)
    firsts = [(min(m.span.start for m in g.mentions), g) for g in groups.values()]
    for block in article.blocks:
        for found in _NOMINAL.finditer(text, block.span.start, block.span.end):
            span = Span(found.start("noun") - 4, found.end())
            if taken.overlaps(span):
                continue
            noun = found["noun"]
            named = [g for first, g in firsts if first < span.start and g.entry.name.lower().endswith(noun)]
            if len(named) == 1:
                mention = Mention(span, text[span.start : span.end], "nominal", "place.nominal", "location")
                named[0].mentions.append(mention)
        for found in _BACK_NOUN.finditer(text, block.span.start, block.span.end):
            span = Span(*found.span())
            code = _BACK_NOUNS[found["noun"]]
            named = [
                g for first, g in firsts if first < span.start and g.entry.code == code and g.entry.type == "country"
            ]
            if len(named) == 1 and not taken.overlaps(span):
                role = "government" if _acts_after(text, span.end) else "location"
                named[0].mentions.append(Mention(span, found.group(), "nominal", "place.nominal", role))


def _acts_after(text: str, end: int) -> bool:
    """Whether a speech or state verb follows *end* ("the North has rejected")."""
    if text[end : end + 1] != " ":
        return False
    for word in _WORDS.findall(text, end, end + 60)[:5]:
        if word.lower() in _ACTS:
            return True
        if word.lower() not in _BETWEEN:
            return False
    return False


def slug(name: str) -> str:
    """A URL-safe id from a place name.

    >>> slug("Washington, D.C."), slug("Côte d'Ivoire")
    ('washington-dc', 'cote-divoire')
    """
    return organizations.slug(name)


def _facts(text: str, groups: dict[str, _Group]) -> tuple[Place, ...]:
    """Freeze the groups in order of first mention."""
    out: list[Place] = []
    for group in sorted(groups.values(), key=lambda g: min(m.span for m in g.mentions)):
        mentions = tuple(sorted(group.mentions, key=lambda m: m.span))
        first = mentions[0]
        out.append(
            Place(
                span=first.span,
                surface=text[first.span.start : first.span.end],
                rule=first.rule,
                id=slug(group.entry.name),
                name=group.entry.name,
                type=group.entry.type,
                country_code=group.entry.code,
                mentions=mentions,
            )
        )
    return tuple(out)
