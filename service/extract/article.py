"""The article as structure: headline, stamp, dateline, paragraphs, captions.

:func:`parse_article` classifies each line of the saved page (furniture, stamp,
byline, headline, lead, body paragraph, caption) and keeps every part as spans
into the original text.  The lead is the paragraph that opens with the dateline;
it is body paragraph 1.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field
from datetime import date, datetime, tzinfo

from . import layout
from .clock import localize, month_number, nearest_year, safe_date, zone_for
from .facts import Span
from .text import iter_lines, split_sentences, trim, word_count

_LEAD_WITHIN = 4  # a bare dateline opens the story only among the first content lines
_LEAD_SEARCH = 120  # lines from the top in which a dateline naming its agency is looked for
_HEADLINE_WORDS = 20  # without a dateline, a first line this short heads the story
_HEAD_LOOK = 5  # without a dateline, the headline is among the first lines of this many
_WRAP_MIN = 50  # a wrapped line is at least this long ...
_WRAP_EVIDENCE = 3  # ... and a page needs this many wraps before lines are joined
_WRAP_SHORT = 30  # on a wrapped page, a line this long leading into a wrap is wrapped too
_CREDIT_TAIL = 200  # an unparenthesized photo credit ("REUTERS/Jane Doe") fits in this many closing characters
_CREDIT_MARKS = frozenset("—–-/:")  # every unparenthesized credit has one of these (a cheap test first)
_LINK_WORDS = 20  # a link in a link list is a title at most this long


@dataclass(frozen=True, slots=True)
class Block:
    """A headline, body paragraph or caption: its span and sentence spans."""

    section: str  # headline | body | caption
    number: int  # counts from 1 within its section
    span: Span
    sentences: tuple[Span, ...]


@dataclass(frozen=True, slots=True)
class Caption:
    """A photo caption: its block, the caption text, the credit and notices."""

    block: Block
    text: Span  # the caption without its trailing notices and credit
    credit: str | None = None
    credit_span: Span | None = None
    notes: tuple[Span, ...] = ()  # "(ALL CAPS NOTICE)" groups, without the parentheses


@dataclass(frozen=True, slots=True)
class Dateline:
    """``WASHINGTON, Aug. 20 (Yonhap) --``: place, resolved date, agency."""

    span: Span
    place: str
    place_span: Span
    date: date | None = None
    date_span: Span | None = None
    agency: str | None = None
    agency_span: Span | None = None


@dataclass(frozen=True, slots=True)
class Location:
    """Where a span sits: section, paragraph (from 1) and sentence (from 1)."""

    section: str
    paragraph: int
    sentence: int


@dataclass(frozen=True, slots=True)
class Article:
    """One article: the text exactly as read plus its structure."""

    id: str
    text: str
    headline: Block | None = None
    section: str | None = None
    published_at: datetime | None = None
    published_span: Span | None = None
    timezone: str | None = None
    dateline: Dateline | None = None
    byline: str | None = None
    byline_span: Span | None = None
    paragraphs: tuple[Block, ...] = ()
    captions: tuple[Caption, ...] = ()
    furniture: tuple[Span, ...] = ()
    blocks: tuple[Block, ...] = field(default=(), init=False, repr=False, compare=False)
    """Headline, body paragraphs and captions in text order (computed once: every locate uses it)."""
    _block_starts: tuple[int, ...] = field(default=(), init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        found = [c.block for c in self.captions] + list(self.paragraphs)
        if self.headline is not None:
            found.append(self.headline)
        ordered = tuple(sorted(found, key=lambda b: b.span))
        object.__setattr__(self, "blocks", ordered)  # frozen: set once, here
        object.__setattr__(self, "_block_starts", tuple(b.span.start for b in ordered))

    @property
    def anchor(self) -> date | None:
        """The date relative expressions resolve against: the dateline's, else the stamp's."""
        if self.dateline is not None and self.dateline.date is not None:
            return self.dateline.date
        return self.published_at.date() if self.published_at is not None else None

    def slice(self, span: Span) -> str:
        """The text under *span*."""
        return self.text[span.start : span.end]

    def locate(self, span: Span) -> Location | None:
        """Section, paragraph and sentence of the block holding ``span.start``."""
        blocks = self.blocks
        index = bisect_right(self._block_starts, span.start) - 1
        if index < 0 or span.start > blocks[index].span.end:
            return None
        block = blocks[index]
        sentence = max(1, bisect_right(block.sentences, span.start, key=lambda s: s.start))
        return Location(block.section, block.number, sentence)


def parse_article(text: str, article_id: str = "article") -> Article:
    """Find the structure of *text* (total: odd input gives a thinner article).

    >>> a = parse_article("Rates rise\\n\\nLONDON (AP) -- Rates rose. Banks cheered.\\n")
    >>> a.headline.span, a.dateline.place, a.dateline.agency, len(a.paragraphs)
    (Span(start=0, end=10), 'LONDON', 'AP', 1)
    """
    lines = _join_wrapped(text, list(iter_lines(text)))
    kinds = [_kind(text[s.start : s.end]) for s in lines]
    lead = _lead_index(text, lines, kinds)
    end = _body_end(text, lines, kinds, lead)
    stamp = next((i for i, k in enumerate(kinds[: lead if lead is not None else end]) if k == "stamp"), None)
    byline = next((i for i, k in enumerate(kinds[:end]) if k == "byline"), None)
    headline = _headline_index(text, lines, kinds, lead, end)
    body_from = lead if lead is not None else (headline + 1 if headline is not None else 0)

    paragraphs: list[Block] = []
    captions: list[Caption] = []
    furniture: list[Span] = []
    dateline = _dateline(text, lines[lead]) if lead is not None else None
    last = _last_content(kinds, end)
    for i, span in enumerate(lines):
        if i in (headline, stamp, byline):
            continue
        line = text[span.start : span.end]
        if i >= end or kinds[i] in ("furniture", "stamp", "byline"):
            furniture.append(span)
        elif (caption := _caption(text, span, dateline, len(captions) + 1, i == lead, i == last)) is not None:
            captions.append(caption)  # captions may sit above the lead too
        elif i < body_from:
            furniture.append(span)
        elif _is_paragraph(line, i == lead):
            paragraphs.append(Block("body", len(paragraphs) + 1, span, split_sentences(text, span)))
        else:
            furniture.append(span)

    section, published, zone = _stamp(text, lines[stamp], dateline) if stamp is not None else (None, None, None)
    if dateline is not None and published is not None:
        dateline = _with_year(text, dateline, published)
    head = lines[headline] if headline is not None else None
    return Article(
        id=article_id,
        text=text,
        headline=Block("headline", 1, head, split_sentences(text, head)) if head else None,
        section=section,
        published_at=published,
        published_span=lines[stamp] if stamp is not None else None,
        timezone=zone,
        dateline=dateline,
        byline=_byline_name(text, lines[byline]) if byline is not None else None,
        byline_span=lines[byline] if byline is not None else None,
        paragraphs=tuple(paragraphs),
        captions=tuple(captions),
        furniture=tuple(furniture),
    )


def _wraps(text: str, first: Span, second: Span) -> bool:
    """Whether *second* continues *first*: a hard line break inside a paragraph."""
    head = text[first.start : first.end]
    if len(head) < _WRAP_MIN or text.count("\n", first.end, second.start) != 1:
        return False
    nxt = text[second.start : second.end]
    if _kind(head) not in ("line", "dateline") or _kind(nxt) != "line":
        return False
    return nxt[:1].islower() or not layout.is_sentence_like(head)


def _join_wrapped(text: str, lines: list[Span]) -> list[Span]:
    """Join hard-wrapped lines back into paragraphs, when the page is wrapped at all.

    A page saved from a site has one line per paragraph; a copy wrapped at ~80 columns breaks
    sentences over lines.  Only when several breaks look like wraps are they joined, so a
    headline followed by its stamp on the next line stays apart.
    """
    strict = [i for i in range(len(lines) - 1) if _wraps(text, lines[i], lines[i + 1])]
    if len(strict) < _WRAP_EVIDENCE:
        return lines
    pairs = _narrow_wraps(text, lines, set(strict))
    joined: list[Span] = []
    for i, span in enumerate(lines):
        if joined and i - 1 in pairs:
            joined[-1] = Span(joined[-1].start, span.end)
        else:
            joined.append(span)
    return joined


def _narrow_wraps(text: str, lines: list[Span], strict: set[int]) -> set[int]:
    """On a wrapped page, also join shorter lines that lead into a wrap ("Oct 4 Ferry firm Dunmore / Lines posted").

    A line of at least _WRAP_SHORT characters that does not end a sentence continues on the next
    line when that one opens in lower case or itself wraps on (one backward pass).
    """
    joined = set(strict)
    for i in range(len(lines) - 2, -1, -1):
        if i in joined or text.count("\n", lines[i].end, lines[i + 1].start) != 1:
            continue
        head, nxt = text[lines[i].start : lines[i].end], text[lines[i + 1].start : lines[i + 1].end]
        if len(head) < _WRAP_SHORT or layout.is_sentence_like(head) or _kind(head) != "line" or _kind(nxt) != "line":
            continue
        if nxt[:1].islower() or i + 1 in joined:
            joined.add(i)
    return joined


def _kind(line: str) -> str:
    """Classify one line by its shape alone."""
    if layout.NAVIGATION.match(line) or layout.END_MARKER.match(line) or layout.is_widget(line):
        return "furniture"
    if layout.FURNITURE_LINE.match(line):
        return "furniture"
    if layout.SECTION_TAB.match(line) and not layout.match_dateline(line) or _is_menu(line):
        return "furniture"  # "POLITICS", "Home > World", a bare agency name
    credit = layout.CREDIT_ONLY.match(line) if line.startswith("(") else None
    if credit is not None and layout.is_credit(credit.group("inner"), None):
        return "furniture"  # a photo credit without its caption
    if "@" in line and layout.EMAIL.search(line) and len(line.split()) <= 6:  # "@" first: the search is slow
        return "furniture"  # a reporter's e-mail line
    if layout.match_stamp(line, 0, len(line)):
        return "stamp"
    if layout.BYLINE.match(line) and len(line.split()) <= 12:
        return "byline"
    if layout.match_dateline(line) and len(line.split()) >= 4:
        return "dateline"
    return "line"


def _is_menu(line: str) -> bool:
    """A breadcrumb ("Home > World") or a line that is only an agency's name."""
    bare = line.lower().removesuffix(" news agency").strip()
    return bool(layout.BREADCRUMB.match(line)) and len(line.split()) <= 12 or bare in layout.AGENCIES


def _lead_index(text: str, lines: list[Span], kinds: list[str]) -> int | None:
    """The lead: the first line opening with a dateline.

    A dateline naming its agency ("SEOUL, May 3 (Yonhap) --") is trusted anywhere near the
    top of the page, menus above it or not; a bare one ("LONDON --", "PARIS:") only among the
    first few content lines, since further down it is a subhead or a transcript.
    """
    content = 0
    for i, kind in enumerate(kinds[:_LEAD_SEARCH]):
        if kind in ("furniture", "stamp", "byline"):
            continue
        content += 1
        match = layout.match_dateline(text, lines[i].start, lines[i].end) if kind == "dateline" else None
        if match is None:
            continue
        if match.group("agency") or (match.group("date") and match.group("dash") != ":"):
            return i
        if content <= _LEAD_WITHIN and match.group("dash") != ":":
            return i
    return None


def _body_end(text: str, lines: list[Span], kinds: list[str], lead: int | None) -> int:
    """Index one past the last article line: before an end marker, a link list or trailing widgets.

    A list head ("Related Stories") ends the body only once the body has begun and when a link
    list follows it; anywhere else it is one furniture line.
    """
    first = next((i for i, k in enumerate(kinds) if k == "line"), None)  # the headline, without a dateline
    end = len(lines)
    begun = False
    broken = 0  # list heads before this line lead into a line no link list has
    for i, span in enumerate(lines):
        line = text[span.start : span.end]
        if layout.END_MARKER.match(line):
            end = i
            break
        if begun and i >= broken and _is_list_head(line):
            listed, broken = _link_run(text, lines, kinds, i + 1)
            if listed:
                end = i
                break
        begun = begun or (i >= lead if lead is not None else i != first and _opens_body(line, kinds[i]))
    while end > 0 and (kinds[end - 1] == "furniture" or _is_trailing_stub(text, lines, end - 1)):
        end -= 1
    return end


def _link_run(text: str, lines: list[Span], kinds: list[str], start: int) -> tuple[bool, int]:
    """Whether the lines from *start* form a link list up to furniture or the end, and where the scan stopped.

    A failed scan stops at the first line no link list has; every list head before it fails the
    same way, so the caller skips to it (each line is scanned once).
    """
    j = start
    while j < len(lines):
        line = text[lines[j].start : lines[j].end]
        if kinds[j] == "furniture" or layout.END_MARKER.match(line):
            break
        if not _is_link(text, lines[j], kinds[j]):
            return False, j
        j += 1
    return j > start, j


def _is_link(text: str, span: Span, kind: str) -> bool:
    """A line of a link list: a short title or a date, without a sentence's full stop."""
    if kind in ("stamp", "byline"):
        return True
    if span.end - span.start > _LINK_WORDS * 12:
        return False  # too long for a title, whatever its words
    line = text[span.start : span.end].rstrip("\"'”’)] ")
    ends = line.endswith((".", ":")) and not line.endswith("...")
    return kind == "line" and not ends and word_count(text, span) <= _LINK_WORDS


def _is_list_head(line: str) -> bool:
    """A heading of a link list or menu: "Related Stories", "TOP NEWS", "More From This Section"."""
    return layout.LIST_HEAD.match(line) is not None and not layout.is_sentence_like(line)


def _opens_body(line: str, kind: str) -> bool:
    """Without a dateline, a line that reads as a body paragraph."""
    return kind == "line" and _is_paragraph(line, False)


def _last_content(kinds: list[str], end: int) -> int | None:
    """The last line of the article that is not furniture (a signed-off paragraph may be there)."""
    return next((i for i in range(end - 1, -1, -1) if kinds[i] not in ("furniture", "stamp", "byline")), None)


def _is_trailing_stub(text: str, lines: list[Span], i: int) -> bool:
    """A short line at the end that does not read as a sentence ("Share this", a headline link)."""
    line = text[lines[i].start : lines[i].end]
    return word_count(text, lines[i]) <= 12 and not layout.is_sentence_like(line)


def _headline_index(text: str, lines: list[Span], kinds: list[str], lead: int | None, end: int) -> int | None:
    """The headline: the nearest title-like line above the lead (or, without a dateline, the first line).

    Menus and widgets sit above the headline; stamps, bylines and captions between it and the lead.
    """
    if lead is not None:
        plain = [i for i in range(lead) if kinds[i] == "line" and 2 <= word_count(text, lines[i]) <= 40
                 and not _looks_like_caption(text, lines[i]) and not _is_list_head(text[lines[i].start : lines[i].end])]
        titles = [i for i in plain if not text[lines[i].start : lines[i].end].endswith(".")]
        longer = [i for i in titles if word_count(text, lines[i]) >= 3]  # a two-word menu item is not a title
        chosen = longer or titles or plain
        return _preferred(text, lines, kinds, chosen) if chosen else None
    heads = [i for i in range(end) if kinds[i] == "line"]
    named = [i for i in heads[:_HEAD_LOOK] if word_count(text, lines[i]) >= 2
             and not _looks_like_caption(text, lines[i]) and not _is_list_head(text[lines[i].start : lines[i].end])]
    first = named[0] if named else (heads[0] if heads else None)
    if first is None or first + 1 >= end:
        return None  # a single line is the story, not its headline
    words = word_count(text, lines[first])
    line = text[lines[first].start : lines[first].end]
    if words <= _HEADLINE_WORDS and not line.endswith(":"):
        return first  # short enough for a headline, even one ending in a full stop
    return first if words <= 40 and not layout.is_sentence_like(line) else None


def _preferred(text: str, lines: list[Span], kinds: list[str], chosen: list[int]) -> int:
    """Among title lines above the lead: one the page repeats, else the headline of a headline/standfirst pair.

    Pages print the headline twice (title bar and story); a standfirst follows the headline
    directly.  Otherwise the title nearest the lead wins (menus sit above the headline).
    """
    seen: dict[str, int] = {}
    repeated = None
    for i in chosen:
        key = text[lines[i].start : lines[i].end].lower()
        if key in seen:
            repeated = i
        seen[key] = i
    if repeated is not None:
        return repeated
    if len(chosen) == 2 and chosen[1] == chosen[0] + 1 and all(k != "line" for k in kinds[: chosen[0]]):
        return chosen[0]  # the page opens with a headline and its standfirst
    return chosen[-1]


def _looks_like_caption(text: str, span: Span) -> bool:
    """Opens with a photo word or ends with a photo credit."""
    return _caption(text, span, None, 1, False, False) is not None


def _is_paragraph(line: str, is_lead: bool) -> bool:
    """Body paragraphs read as sentences ("He said:" included), quote someone, or are long enough."""
    words = len(line.split())
    if line.endswith(")") and (credit := layout.TRAILING_PARENS.search(line)) is not None:  # "... units. (Yonhap)"
        line = line[: credit.start()].rstrip() or line
    quoting = words >= 4 and layout.QUOTED.search(line) is not None  # '"Our future." -- Ana Ruiz'
    return is_lead or (layout.is_sentence_like(line) and words >= 2) or quoting or words >= 15


def _dateline(text: str, lead: Span) -> Dateline | None:
    match = layout.match_dateline(text, lead.start, lead.end)
    if match is None:
        return None
    place = Span(*match.span("place"))
    date_span = Span(*match.span("date")) if match.group("date") else None
    agency_span = Span(*match.span("agency")) if match.group("agency") else None
    return Dateline(
        span=trim(text, Span(match.start(), match.end())),
        place=match.group("place"),
        place_span=place,
        date=None,
        date_span=date_span,
        agency=match.group("agency"),
        agency_span=agency_span,
    )


def _with_year(text: str, dateline: Dateline, published: datetime) -> Dateline:
    """Resolve the dateline's month and day to a full date near the publication time.

    A dateline without a date ("LONDON (AP) --") was filed on the publication day,
    read in the dateline city's zone when the table knows it.
    """
    local = published
    if (zone := zone_for("city", dateline.place.split(",")[0])) is not None:
        local = published.astimezone(zone[1])
    if dateline.date_span is None:
        resolved: date | None = local.date()
    else:
        month_word, _, day = text[dateline.date_span.start : dateline.date_span.end].partition(" ")
        month = month_number(month_word)
        if month is None or not day.strip().isdigit():
            return dateline
        resolved = nearest_year(month, int(day), local.date())
    return Dateline(
        dateline.span, dateline.place, dateline.place_span, resolved,
        dateline.date_span, dateline.agency, dateline.agency_span,
    )


def _stamp(text: str, span: Span, dateline: Dateline | None) -> tuple[str | None, datetime | None, str | None]:
    """Section label, aware publication time and its zone name from a stamp line."""
    match = layout.match_stamp(text, span.start, span.end)
    if match is None:
        return None, None, None
    g = match.groupdict()
    section = g["section"].strip() if g["section"] else None
    if g["iso"]:
        year, month, day = (int(p) for p in g["iso"].split("-"))
        clock = g["time3"]
        ampm = None
    else:
        n = next(k for k in "124" if g["month" + k])
        year, month, day = int(g["year" + n]), month_number(g["month" + n]) or 0, int(g["day" + n])
        clock, ampm = g["time" + n], g["ampm" + n]
    on = safe_date(year, month, day)
    if on is None:
        return section, None, None
    hour, minute = (int(p) for p in clock.split(":")) if clock else (0, 0)
    if ampm and ampm[0].lower() == "p" and hour < 12:
        hour += 12
    elif ampm and ampm[0].lower() == "a" and hour == 12:
        hour = 0
    if hour > 23 or minute > 59:
        return section, None, None
    zone = _stamp_zone(g["tz"], dateline)
    if zone is None:
        return section, None, None
    naive = datetime(on.year, on.month, on.day, hour, minute)
    return section, localize(naive, zone[1]), zone[0]


def _stamp_zone(abbr: str | None, dateline: Dateline | None) -> tuple[str, tzinfo] | None:
    """A printed zone abbreviation wins; then the agency's home zone; then the dateline city's."""
    if (found := zone_for("abbr", abbr)) is not None:
        return found
    if dateline is not None:
        agency = dateline.agency.split("/")[0] if dateline.agency else None
        return zone_for("agency", agency) or zone_for("city", dateline.place.split(",")[0])
    return None


def _given_part(words: str) -> bool:
    """Whether the part after a byline's comma is a given name, not an agency or a role ("Reuters", "Staff Writer")."""
    lowered = words.lower()
    return lowered not in layout.AGENCIES and not any(w in layout.BYLINE_ROLE_WORDS for w in lowered.split())


def _byline_name(text: str, span: Span) -> str | None:
    """The author's name from a byline, without a trailing agency name."""
    match = layout.BYLINE.match(text, span.start, span.end)
    if match is None:
        return None
    rest = text[match.start("name") : span.end]
    inverted = layout.INVERTED_NAME.match(rest)
    if inverted is not None and not text.startswith("By ", span.start) and _given_part(inverted.group("given")):
        return f"{inverted.group('given')} {inverted.group('family')}"  # "Author: Doe, Jane"
    words = match.group("name").split()
    for size in (3, 2, 1):  # "JANE DOE Associated Press" -> "JANE DOE"
        if len(words) > size and " ".join(words[-size:]).lower() in layout.AGENCIES:
            words = words[:-size]
            break
    return " ".join(words)


def _caption(
    text: str, span: Span, dateline: Dateline | None, number: int, is_lead: bool, is_last: bool
) -> Caption | None:
    """A caption opens with a photo word or ends with a photo credit; never the lead.

    The last paragraph signed off with only an agency's name ("... units. (Yonhap)") is body
    unless it describes a photo (a present-tense "shows", "poses", "is seen", or the day's date).
    """
    if is_lead:
        return None
    line = text[span.start : span.end]
    agency = dateline.agency if dateline else None
    credit, cut, notes = _credit(text, span, agency)
    opener = layout.PHOTO_OPENER.match(line) is not None
    if credit is None and not opener:
        return None
    if credit is None and layout.is_sentence_like(line) and not opener:
        return None
    body = trim(text, Span(span.start, cut))
    if is_last and credit is not None and not opener and _signed_off(text, credit, body, agency):
        return None
    block = Block("caption", number, span, split_sentences(text, body))
    return Caption(
        block=block,
        text=body,
        credit=text[credit.start : credit.end] if credit else None,
        credit_span=credit,
        notes=tuple(notes),
    )


def _credit(text: str, span: Span, agency: str | None) -> tuple[Span | None, int, list[Span]]:
    """The photo credit closing *span*, where the caption text ends, and notices in parentheses."""
    credit: Span | None = None
    notes: list[Span] = []
    cut = span.end
    while (match := layout.TRAILING_PARENS.search(text, span.start, cut)) is not None:
        inner = Span(*match.span("inner"))
        words = text[inner.start : inner.end]
        if credit is None and layout.is_credit(words, agency):
            credit = inner
        elif credit is not None and layout.NOTICE.match(words):
            notes.insert(0, inner)
        else:
            break
        cut = match.start()
    tail = max(span.start, span.end - _CREDIT_TAIL)  # a credit closes the line: only its tail is searched
    if credit is not None or not _CREDIT_MARKS.intersection(text[tail : span.end]):
        return credit, cut, notes
    if (bare := layout.TRAILING_CREDIT.search(text, tail, span.end)) is None:
        return credit, cut, notes
    group = next(g for g in ("pic", "slash", "label") if bare.group(g))
    if group == "slash" and not layout.is_credit(bare.group(group), agency):
        return None, span.end, []  # "AC/DC" is no photo credit
    return Span(*bare.span(group)), bare.start(), []


def _signed_off(text: str, credit: Span, body: Span, agency: str | None) -> bool:
    """A paragraph closed by a bare agency name that does not describe a photo."""
    name = text[credit.start : credit.end].strip().lower()
    if name not in layout.AGENCIES and name != (agency or "").lower():
        return False
    words = text[body.start : body.end]
    return layout.CAPTION_VERB.search(words) is None and layout.CAPTION_DATE.search(words) is None
