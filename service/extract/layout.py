"""Line shapes of a saved news page: furniture, stamps, datelines, bylines, captions.

Every matcher here is a general rule about how news pages are laid out (line
shape, position, length, link-like text), never a list of one site's lines.
All patterns are compiled once, anchored, and free of nested unbounded
quantifiers, so a hostile line costs linear time.
"""

from __future__ import annotations

import re
from typing import Final

from .lexicon import load_words

AGENCIES: Final = load_words("agencies")
WIDGET_WORDS: Final = load_words("widget_words")
STAMP_LABELS: Final = load_words("stamp_labels")

_MONTH: Final = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)

# Site navigation: one or more "go to X" / "skip to X" commands and nothing else.
NAVIGATION: Final = re.compile(
    r"""
    ^(?:(?:go|skip|jump|back|return)\s+to\s+(?:the\s+)?[\w-]+(?:\s+[\w-]+)?   # "skip to main content"
       \s*[|>»·•]?\s*){1,4}$                                       # repeated, maybe separated
    """,
    re.VERBOSE | re.IGNORECASE,
)

# A site stamp: optional section label, then time and date in either order.
STAMP: Final = re.compile(
    rf"""
    (?:(?!(?:Published|Updated|Posted|Last)\b)                       # a label is not a section
       (?P<section>[A-Z][A-Za-z&/' -]{{0,40}}?)\s*[|:·-]?\s+)?      # "Economy", "Politics |"
    (?:(?:Published|Updated|Posted|Last\ updated)\s*:?\s*(?:on\s+)?)?   # a label, maybe
    (?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?             # a weekday, maybe
    (?:
      (?P<time1>\d{{1,2}}:\d{{2}})\s*(?P<ampm1>(?i:[ap]\.?m\.?))?\s+         # 10:15 March 3, 2021
      (?P<month1>{_MONTH})\s+(?P<day1>\d{{1,2}}),?\s+(?P<year1>\d{{4}})
    |
      (?P<month2>{_MONTH})\s+(?P<day2>\d{{1,2}}),?\s+(?P<year2>\d{{4}})  # March 3, 2021 3:45 p.m. KST
      (?:\s*(?:at|,|-|\||/)?\s*(?P<time2>\d{{1,2}}:\d{{2}})\s*(?P<ampm2>(?i:[ap]\.?m\.?))?)?
    |
      (?P<day4>\d{{1,2}})\s+(?P<month4>{_MONTH})\s+(?P<year4>\d{{4}})     # 12 March 2022 - 11:40
      (?:\s*(?:at|,|-|\|)?\s*(?P<time4>\d{{1,2}}:\d{{2}})\s*(?P<ampm4>(?i:[ap]\.?m\.?))?)?
    |
      (?P<iso>\d{{4}}-\d{{2}}-\d{{2}})(?:[ T](?P<time3>\d{{2}}:\d{{2}})(?::\d{{2}})?)?   # 2021-03-03 10:15
    )
    \s*(?:\(?(?P<tz>[A-Z]{{2,4}})\)?)?\s*$                               # optional zone abbreviation
    """,
    re.VERBOSE,
)

# A stamp line with extra fields: "April 11, 2013 / 1:30 PM / 4 years ago",
# "Source: Xinhua| 2019-02-23 11:43:22|Editor: X".
_STAMP_FIELD_BREAK: Final = re.compile(r"\s*\|\s*|\s+/\s+")  # a bar (spaces optional) or a spaced slash
_STAMP_LINE_MAX: Final = 160  # a stamp line with fields is short ...
_STAMP_FIELDS_MAX: Final = 6  # ... and has few fields
# Furniture fields beside the date: "Source: Xinhua" (a label from the lexicon), "4 years ago", a bare clock.
_LABEL_FIELD: Final = re.compile(r"(?P<label>[A-Za-z]{2,12})\s?:\s?\S.{0,60}")
_AGE_FIELD: Final = re.compile(
    r"(?:updated\s)?(?:an?|\d{1,3})\s(?:second|minute|min|hour|hr|day|week|month|year)s?\sago", re.IGNORECASE
)
_CLOCK_FIELD: Final = re.compile(r"\d{1,2}:\d{2}(?::\d{2})?\s?(?:[ap]\.?m\.?)?(?:\s[A-Z]{2,4})?", re.IGNORECASE)
# An agency named with a generic tail: "Jiji Press", "Kyodo News", "Xinhua News Agency".
_AGENCY_TAIL: Final = re.compile(r"\s(?:press|news|news\sagency|news\sservice)$", re.IGNORECASE)


def is_agency(name: str) -> bool:
    """Whether *name* is a news agency of the lexicon, maybe with a generic tail.

    >>> is_agency("Jiji Press"), is_agency("Reuters"), is_agency("Daily Press")
    (True, True, False)
    """
    key = name.strip().lower()
    return key in AGENCIES or _AGENCY_TAIL.sub("", key) in AGENCIES


def match_stamp(text: str, start: int, end: int) -> re.Match[str] | None:
    """The :data:`STAMP` match of the line ``text[start:end]``, also inside a line of stamp fields.

    A short line split by "|" or " / " is a stamp when one field (or a date field and the
    clock field after it) is a stamp and every other field is page furniture.

    >>> match_stamp("May 3, 2016 / 2:10 PM / 2 years ago", 0, 36).group("time2")
    '2:10'
    >>> match_stamp("Sales rose / May 3, 2016 / analysts said", 0, 40) is None
    True
    """
    if (found := STAMP.match(text, start, end)) is not None or end - start > _STAMP_LINE_MAX:
        return found
    fields = _stamp_fields(text, start, end)
    if not 1 < len(fields) <= _STAMP_FIELDS_MAX:
        return None
    for i in range(len(fields)):
        for j in (i + 1, i):  # the date with the clock field after it, else the date alone
            if j >= len(fields) or (found := STAMP.match(text, fields[i][0], fields[j][1])) is None:
                continue
            if all(_is_stamp_furniture(text[s:e]) for k, (s, e) in enumerate(fields) if not i <= k <= j):
                return found
    return None


def _stamp_fields(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The non-empty fields of a stamp line, as (start, end) offsets."""
    fields: list[tuple[int, int]] = []
    at = start
    for brk in _STAMP_FIELD_BREAK.finditer(text, start, end):
        if brk.start() > at:
            fields.append((at, brk.start()))
        at = brk.end()
        if len(fields) > _STAMP_FIELDS_MAX:
            break
    if end > at:
        fields.append((at, end))
    return fields


def _is_stamp_furniture(field: str) -> bool:
    """A field printed beside a stamp: a labelled source or editor, an age, a clock, a reading time, an agency."""
    field = field.strip()
    label = _LABEL_FIELD.fullmatch(field)
    if label is not None:
        return label.group("label").lower() in STAMP_LABELS
    return (
        _AGE_FIELD.fullmatch(field) is not None
        or _CLOCK_FIELD.fullmatch(field) is not None
        or READING_TIME.match(field) is not None
        or is_agency(field)
    )


# The dateline that opens the lead: "WASHINGTON, Aug. 20 (Yonhap) -- ", "LONDON (AP) — ".
DATELINE: Final = re.compile(
    rf"""
    (?P<place>[A-Z][A-Z.'’-]*(?:\ [A-Z][A-Z.'’-]*){{0,3}}        # WASHINGTON, NEW DELHI
       (?:,\ [A-Z][A-Za-z.]{{1,12}}(?:\ [A-Z][A-Za-z.]{{1,12}})?)?)  # ", Calif." / ", South Korea"
    (?:,?\ (?P<date>{_MONTH}\ \d{{1,2}}))?                           # ", Aug. 20"
    (?:\ ?\((?P<agency>[A-Za-z][\w.&/' -]{{0,40}})\))?               # "(Yonhap)"
    \ ?(?P<dash>--|—|–|(?<=\ )-|-(?=\s)|:)\ ?                        # the separator ("U.S.-listed": none)
    """,
    re.VERBOSE,
)

# A dateline with its place in title case: "Osaka, May 3 (Jiji Press)--".  Title case alone opens
# many sentences, so the date and an agency of the lexicon in parentheses must follow (checked by the caller).
DATELINE_TITLED: Final = re.compile(
    rf"""
    (?P<place>[A-Z][a-z'’.-]{{1,20}}(?:\ [A-Z][a-z'’.-]{{1,20}}){{0,2}})    # "Osaka", "New Harwick"
    ,\ (?P<date>{_MONTH}\ \d{{1,2}})                                      # ", May 3"
    \ ?\((?P<agency>[A-Za-z][\w.&/' -]{{0,40}})\)                          # "(Jiji Press)"
    \ ?(?P<dash>--|—|–|-)\ ?                                               # the separator, spaced or glued
    """,
    re.VERBOSE,
)

# An agency-first dateline: "(ANSA) - Rome, December 1 - ".
DATELINE_AGENCY_FIRST: Final = re.compile(
    rf"""
    \((?P<agency>[A-Za-z][\w.&/' -]{{0,40}})\)\s?(?:--|—|–|-)\s?         # "(ANSA) - "
    (?P<place>[A-Z][\w.'’-]*(?:\ [A-Z][\w.'’-]*){{0,3}}),\ ?              # "Rome, "
    (?P<date>{_MONTH}\ \d{{1,2}})                                       # "December 1"
    \ ?(?P<dash>--|—|–|-)\ ?                                             # the separator
    """,
    re.VERBOSE,
)


def match_dateline(line: str, start: int = 0, end: int | None = None) -> re.Match[str] | None:
    """The dateline opening *line* (between *start* and *end*), place first or agency first.

    >>> match_dateline("(ANSA) - Rome, May 3 - Talks began.").group("place", "agency")
    ('Rome', 'ANSA')
    >>> match_dateline("Osaka, May 3 (Jiji Press)--Talks began.").group("place", "agency")
    ('Osaka', 'Jiji Press')
    """
    stop = len(line) if end is None else end
    if (found := DATELINE.match(line, start, stop)) is not None:
        return found
    if line.startswith("(", start):
        return DATELINE_AGENCY_FIRST.match(line, start, stop)
    titled = DATELINE_TITLED.match(line, start, stop)
    return titled if titled is not None and is_agency(titled.group("agency")) else None

# A byline: "By Jane Doe", "By JANE DOE, Associated Press".
BYLINE: Final = re.compile(
    r"(?:By\s+|(?:By|Byline|Author|Written\ by)\s?:\s?)"  # "By Jane Doe", "Byline: Jane Doe", "Author:Doe, Jane"
    r"(?P<name>[A-Z][\w.'’-]*(?:\s+(?:[A-Z][\w.'’-]*|and|de|van|von|bin)){0,6})(?:\s*[,|/].{0,60})?$"
)
INVERTED_NAME: Final = re.compile(r"^(?P<family>[A-Z][\w'’-]+), (?P<given>[A-Z][\w.'’ -]{1,40})$")  # "Doe, Jane"
# Words after a byline's comma that make it a role or desk, not a given name ("Marsh, Staff Writer").
BYLINE_ROLE_WORDS: Final = frozenset(
    "staff writer writers reporter reporters correspondent correspondents editor editors bureau chief desk "
    "contributor columnist special wire services news".split()
)
EMAIL: Final = re.compile(r"[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,5}")  # reporter e-mail

# The end marker of wire copy, alone on a line or closing the last paragraph.
END_MARKER: Final = re.compile(r"^\(?(?:END|ENDS)\)?$|^#{1,3}\s*$")
# Separators and menu shapes: dash rules, breadcrumbs ("Home > World"), ALL-CAPS section tabs,
# editors' notes to clients ("(ATTN: ...)"), label-only lines ("ID :").
SEPARATOR: Final = re.compile(r"^[-=_*~·•]{2,}$")
BREADCRUMB: Final = re.compile(r"^[\w&' -]{1,30}(?:\s*[>»|/]\s*[\w&' -]{1,30}){1,6}$")
SECTION_TAB: Final = re.compile(r"^[A-Z][A-Z&'/-]*(?:\s+[A-Z][A-Z&'/-]*){0,2}$")
EDITOR_NOTE: Final = re.compile(r"^\((?:ATTN|EDS?|EDITORS?)\b[^)]{0,200}\)\s*$", re.IGNORECASE)
LABEL_ONLY: Final = re.compile(r"^\w{1,12}\s*:$")  # one word and a colon: "ID :"
READING_TIME: Final = re.compile(r"^\d{1,3}\s?(?:min|mins|minutes?)\.?(?:\s+read)?$", re.IGNORECASE)  # "2 Min Read"
COPYRIGHT: Final = re.compile(r"^(?:Copyright\b|©|\(c\)\s)", re.IGNORECASE)  # "Copyright 2021 The Agency. ..."
WEATHER: Final = re.compile(r"^-?\d{1,3}(?:[.,]\d)?\s?°?\s?[CF]$")  # a temperature widget: "24.5 C", "-3°F"
# Wire credit lines: "Reporting by X; Editing by Y", "(Writing by X)", "Our Standards: ...".
CREDIT_LINE: Final = re.compile(
    r"""
    ^\(?(?:Additional\s)?(?:Reporting|Writing|Editing|Compiled|Produced)\sby\s[^;()\n]{1,80}    # "Reporting by X"
       (?:;\s?(?:additional\s)?(?:reporting|writing|editing|compiled|produced)\sby\s[^;()\n]{1,80}){0,5}
       \)?$                                                           # "; Editing by Y"
    |^Our\ Standards\s?:                                          # a trust-principles footer
    """,
    re.VERBOSE | re.IGNORECASE,
)

# A caption opens with a photo word ("This photo", "In this file photo", "A screenshot").
PHOTO_OPENER: Final = re.compile(
    rf"""
    ^(?:\((?:LEAD|URGENT|2nd\ LD|3rd\ LD)\)\s*)?
    (?:(?:this|these|in\ this|a|an|the)\s+)?                  # determiner
    (?:(?:{_MONTH}\ \d{{1,2}},?\ )?\d{{4}},?\s+)?                # a date: "In this May 2, 2024, photo"
    (?:(?:undated|file|handout|aerial|combined|composite|archive|provided|captured)\s+){{0,2}}
    (?:photos?|photographs?|pictures?|images?|screenshots?|screen\s?(?:shots?|grabs?|captures?)
      |video\ (?:grabs?|stills?)|image\ grabs?|captured\ images?)\b
    """,
    re.VERBOSE | re.IGNORECASE,
)



def _scoped(pattern: re.Pattern[str]) -> str:
    """*pattern* as a group keeping its own case and verbose flags, to be joined with others."""
    flags = "".join(f for f, bit in (("i", re.IGNORECASE), ("x", re.VERBOSE)) if pattern.flags & bit)
    end = "\n" if pattern.flags & re.VERBOSE else ""  # a verbose pattern's last comment ends before the ")"
    return f"(?{flags}:{pattern.pattern}{end})"


# Every whole-line furniture shape above in one pattern (one match per line instead of seven).
FURNITURE_LINE: Final = re.compile(
    "|".join(_scoped(p) for p in (SEPARATOR, EDITOR_NOTE, LABEL_ONLY, READING_TIME, WEATHER, CREDIT_LINE, COPYRIGHT))
)

# A line that is only a parenthesized photo credit: "(Acme Corp.-Yonhap)".
CREDIT_ONLY: Final = re.compile(r"^\((?P<inner>[^()\n]{1,80})\)$")

# Trailing parenthesized groups of a caption: notices "(ALL CAPS ...)" and the credit.
TRAILING_PARENS: Final = re.compile(r"\((?P<inner>[^()\n]{1,80})\)\s*$")
NOTICE: Final = re.compile(r"^[A-Z0-9][A-Z0-9 .,'/&:-]{3,79}$")  # an all-caps notice
CREDIT_WORD: Final = re.compile(r"\b(?:photo|photos|courtesy|handout|pool|image|images|file)\b", re.I)
# A credit after the caption, without parentheses: "— Bernama pic", "REUTERS/Jane Doe", "PHOTO: XINHUA".
TRAILING_CREDIT: Final = re.compile(
    r"""
    (?:[—–]|--?)\s?(?P<pic>[A-Z][\w.&' -]{0,40}?)\s(?:pic|pix|photo|picture)s?\.?\s*$      # "— Bernama pic"
    |(?<![\w/])(?P<slash>[A-Z][A-Za-z.&]{1,20}(?:\s[A-Z][A-Za-z.&]{1,20})?/               # "REUTERS/
        [A-Z][\w.'’-]*(?:\s[A-Z][\w.'’-]*){0,3})\s*$                                     #  Jane Doe"
    |\b(?:PHOTOS?|Photos?|PICTURE|Picture|PIC|Pic)\s?:\s?(?P<label>[^:.\n]{2,60}?)\.?\s*$  # "PHOTO: XINHUA"
    """,
    re.VERBOSE,
)
# Present-tense description of a photo: "X speaks during ...", "Visitors are seen ...".
CAPTION_VERB: Final = re.compile(
    r"\b(?:is|are)\s(?:seen|pictured|shown)\b|\b(?:" + "|".join(sorted(load_words("caption_verbs"))) + r")\b"
)
# A caption dated to the day: "... in Sejong on Dec. 31, 2020."
CAPTION_DATE: Final = re.compile(rf"\b(?:on|in)\ {_MONTH}\ \d{{1,2}},\ \d{{4}}\.?\s*$", re.VERBOSE)

# Heads of related-link lists and other non-article blocks; what follows them is furniture.
LIST_HEAD: Final = re.compile(
    r"^(?:related|more|most|recommended|popular|latest|top|also|read|see|trending|editor'?s)\b.{0,30}$",
    re.IGNORECASE,
)


# A quotation in double quotes, straight or curly (one bounded run: linear on hostile lines).
QUOTED: Final = re.compile(r"[\"\u201c][^\"\u201c\u201d\n]{3,600}[\"\u201d]")


def is_sentence_like(line: str) -> bool:
    """Whether *line* ends like a sentence (full stop, maybe inside closing quotes).

    >>> is_sentence_like('He said "no."'), is_sentence_like("Send us a note")
    (True, False)
    """
    return line.rstrip("\"'”’)] ").endswith((".", "!", "?", "…", ":"))


def is_widget(line: str) -> bool:
    """Whether a short *line* is a page widget: all its words are widget vocabulary.

    >>> is_widget("Share Print"), is_widget("Talks resume")
    (True, False)
    """
    count = 0
    for word in _WIDGET_WORD.finditer(line.lower()):  # stops at the first word that is not widget vocabulary
        count += 1
        if count > 8 or word.group() not in WIDGET_WORDS:
            return False
    return count > 0


_WIDGET_WORD: Final = re.compile(r"[a-z']+")  # a word of a widget line (lower-cased)


def is_credit(inner: str, agency: str | None) -> bool:
    """Whether the parenthesized text *inner* names a photo credit.

    >>> is_credit("Yonhap", None), is_credit("AP Photo/Jane Doe", None), is_credit("USFK", None)
    (True, True, False)
    >>> is_credit("Kyodo News via AP", None), is_credit("Acme Corp.-Yonhap", None)
    (True, True)
    """
    head = inner.split("/")[0].strip().lower()
    if agency and head == agency.lower():
        return True
    if head in AGENCIES or any(part.strip().lower() in AGENCIES for part in re.split(r"[/,]|\svia\s", inner)):
        return True
    if inner.rsplit("-", 1)[-1].strip().lower() in AGENCIES:  # "Harbor Ferry Co.-Yonhap": a handout via the agency
        return True
    return bool(CREDIT_WORD.search(inner))
