"""Finding personal names in blocks: capitalised runs, titles stripped, context cues.

A capitalised run ("Deputy Secretary of State J. Michael Smith") is cut at
words that never belong to a name (``name_stopwords.txt``: places,
organization words, months, function words), then leading titles and
honorifics are stripped.  What is left is a name when its shape says so (a
Korean family name with a hyphenated given name, an initial, a known given
name) or when the context does (a title before it, an apposition, a reporting
verb).  One capitalised word is a person only behind a title or honorific
("President Obama", "Mr. Lee") or as "a man surnamed Kim".
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Final

from . import _roles
from ._names import (
    CHINESE_SURNAMES,
    FUNCTION_WORDS,
    KOREAN_SURNAMES,
    PARTICLES,
    STOPWORDS,
    SUFFIXES,
    Token,
    is_eastern,
    is_initial,
    is_name_word,
    known_given,
    tokens,
)
from ._refs import speaks
from .article import Block
from .facts import Span
from .lexicon import load_lines, load_table, load_words

HONORIFICS: Final = {row[0].lower(): row[1] for row in load_table("honorifics") if len(row) >= 2}
SURNAMED: Final = re.compile(
    r"""
    (?:\b(?P<noun>man|woman|boy|girl|person|suspect|driver|worker|employee|soldier|officer|student|resident
      |defector|lawyer|doctor|nurse|teacher|official|executive|victim|farmer|fisherman|pilot)
    ,?\s(?:who\sis\s|was\s)?(?:only\s)?)?                # the noun, when it comes right before the cue
    (?:surnamed
      |(?:identified|known)\s(?:only\s)?by\s(?P<pos>his|her|the)\s(?:family\s|last\s)?(?:sur)?name(?:\sas)?
      |identified\s(?:only\s)?as)                       # "known by his surname X", "identified as X"
    \s(?P<name>[A-Z][a-z]{1,14})\b                     # the family name
    """,
    re.VERBOSE,
)

_SURNAMED_CUES: Final = ("surnamed", "identified", "known")  # every SURNAMED match holds one of them


_AFTER_PREPOSITION: Final = re.compile(
    r"""
    \b(?:of|at|in|from|on|for|by|to|into|near|across|via|within|[Tt]he)\s  # a preposition or article
    (?:(?:[A-Z][\w&.'\u2019-]{0,30}\s){1,4}(?:and|or|&)\s)?               # maybe a coordinated name first
    \Z
    """,
    re.VERBOSE,
)
_PLACE_CONTEXT: Final = re.compile(r"\b(?:at|in|from|into|near|[Tt]he)\s\Z")  # never before a person's name
_PLACE_TAILS: Final = frozenset({"at", "in", "om", "to", "ar", "he"})  # how every _PLACE_CONTEXT word ends
_PLAYER_BEFORE: Final = re.compile(
    r"""
    \b(?:(?:pass|cross|assist|feed|header|corner|throw|handoff|lob)\sfrom    # "a pass from NAME"
      |(?:moved|got|slipped|edged|climbed|jumped|went|surged|crept|raced)\spast  # "moved past NAME"
      |(?:tied|level|even|paired|partnered|teamed\sup)\swith)                   # "tied with NAME"
    \s\Z
    """,
    re.VERBOSE,
)
_PLAYER_TAILS: Final = frozenset({"from", "past", "with"})  # how every _PLAYER_BEFORE phrase ends
_OBJECT_BEFORE: Final = re.compile(
    r"""
    \b(?:beat|beats|beating|defeated|defeats|defeating|overcame|overcome|overcomes|overcoming
      |ousted|outlasted|outplayed|including)  # "rallied to beat NAME", "premiers, including NAME"
    \s\Z
    """,
    re.VERBOSE,
)
PERFORMERS: Final = load_words("performer_nouns")  # "storyteller NAME": a person cue (no title head)
ANIMALS: Final = load_words("animal_nouns")  # "giant panda NAME": an animal's name
EVENT_NOUNS: Final = load_words("event_nouns")  # "the longest NAME final": a modifier
CLUB_PREFIXES: Final = load_words("club_prefixes")  # "beat Real Portville": a club, not a person
_WORD_BEFORE: Final = re.compile(r"(?<![\w'\u2019-])([a-z][a-z-]{1,20})\s\Z")  # the lower-case word before a name
_WORD_AFTER: Final = re.compile(r"\s([a-z][a-z-]{1,20})\b")  # the lower-case word after a name
_SELF_AFTER: Final = re.compile(r"\s(herself|himself)\b")  # "Khin Myat herself was careful"
_ANIMAL_AFTER: Final = re.compile(r",\s(?:a|an|the)\s(?:[a-z-]{2,20}\s){0,2}([a-z]{2,20})\b")  # "NAME, a giant panda"
_OF_PLACE_AFTER: Final = re.compile(r"\s(?:of|from)\s(?:the\s)?[A-Z]")  # "NAME of Lyon", "NAME from the Jets"
_NAME_OF_PLACE_AND: Final = re.compile(
    r"""
    [A-Z][\w'\u2019-]+\s[A-Z][\w'\u2019-]+\s               # a two-word name ...
    (?:of|from)\s(?:the\s)?[A-Z][\w'\u2019.-]+(?:\s[A-Z][\w'\u2019.-]+){0,2}  # ... of its place or club
    ,?\s(?:and|or)\s\Z                                     # then the conjunction before this name
    """,
    re.VERBOSE,
)


def title_case(text: str, block: Block) -> bool:
    """Whether *block* is written in Title Case (a headline whose every long word is capitalised)."""
    long = [w for w in re.findall(r"[^\W\d_][\w'-]*", text[block.span.start : block.span.end]) if len(w) >= 4]
    return len(long) >= 3 and sum(w[0].isupper() for w in long) >= 0.7 * len(long)


@dataclass(frozen=True, slots=True)
class Candidate:
    """A name found in a block: its words and span, and what was stripped before it."""

    words: tuple[str, ...]
    span: Span
    block: Block
    sentence: Span
    titled: bool  # a title word was stripped from the same run ("President Obama")
    gender: str | None  # from an honorific in the run ("Mr.", "Ms.")


_STRETCH: Final = re.compile(
    r"""
    (?:[A-Z]|[ae]l-[A-Z])[^\s,;:()"\u201c\u201d]{0,40}            # a capitalised word
    (?:\s(?:[a-z]{1,5}\s){0,3}[A-Z][^\s,;:()"\u201c\u201d]{0,40}){0,12}  # more, maybe after particles
    """,
    re.VERBOSE,
)


Piece = tuple[tuple[Token, ...], bool, str | None]  # name tokens, titled, honorific gender


def _pieces(text: str, start: int, end: int) -> Iterator[tuple[list[Token], bool, str | None]]:
    """The name pieces of the capitalised stretch ``text[start:end]`` (see :func:`segments`).

    They depend on the stretch and the two characters after it only ("May 5"), so each distinct
    stretch is worked out once: names and capitalised phrases recur all through a long story.
    A one-word piece with neither a title nor an honorific is never a candidate (whatever else is
    tested): it is left out here, before its token is re-based.  So is a stretch with neither a space nor a
    line break ("Seoul", "Seoul/Tokyo"): only those join tokens into a run, and a lone token is never titled.
    """
    if text.find(" ", start, end) < 0 and text.find("\n", start, end) < 0:
        return  # one-word pieces only
    for piece, titled, gender in _stretch_pieces(text[start : end + 2], end - start):
        if len(piece) == 1 and not (titled or gender):
            continue
        yield [_new_token(Token, (t[0] + start, t[1] + start, t[2], t[3], t[4])) for t in piece], titled, gender


_new_token: Final = tuple.__new__  # builds a Token without the generated ``__new__`` (one per word of a piece)


@lru_cache(maxsize=1 << 14)  # (short keys: a stretch is at most 13 words)
def _stretch_pieces(chunk: str, length: int) -> tuple[Piece, ...]:
    """The pieces of the stretch ``chunk[:length]`` (offsets into *chunk*)."""
    return tuple(
        (tuple(piece), titled, gender) for run in _runs_in(chunk, 0, length) for piece, titled, gender in segments(run)
    )


def _runs_in(text: str, start: int, end: int) -> Iterator[list[Token]]:
    """The runs (tokens joined by single spaces) inside one capitalised stretch."""
    run: list[Token] = []
    words = tokens(text, start, end)
    for index, tok in enumerate(words):
        following = words[index + 1] if index + 1 < len(words) else None
        name_like = _name_like(tok, run[-1] if run else None, following)
        if name_like and tok.text in _MONTH_NAMES and re.match(r"\s?\d", text[tok.end : tok.end + 2]):
            name_like = False  # "Theresa May said", not "on May 5"
        joined = bool(run) and text[run[-1].end : tok.start] in (" ", "\n") and not run[-1].possessive  # wrapped
        if name_like and (joined or not run):
            run.append(tok)
            continue
        if run:
            yield run
        run = [tok] if name_like else []
    if run:
        yield run


_MONTH_NAMES: Final = frozenset({"April", "May", "June", "August"})  # also family names: "Theresa May"


_SHORT_FAMILY: Final = re.compile(r"[A-Z][a-z]{1,6}-[a-z]{1,6}")  # "An Sung-min": a hyphenated Korean given name


def _name_like(tok: Token, previous: Token | None, following: Token | None = None) -> bool:
    """A word that can be part of a name run; "He" only right after a title ("Vice Premier He Lifeng"), a
    month only right after a listed given name or an honorific ("Theresa May", "Ms. April Ryan"); a short
    Korean family name that is also a word ("An", "No", "Do", "O") only before a hyphenated given name."""
    if is_name_word(tok.text) or tok.lower in HONORIFICS or tok.lower in PARTICLES or tok.text in SUFFIXES:
        return True
    if tok.text in KOREAN_SURNAMES and following is not None and _SHORT_FAMILY.fullmatch(following.text):
        return not tok.possessive
    if tok.text in _MONTH_NAMES and previous is not None:
        return known_given(previous.text) or previous.lower in HONORIFICS
    return tok.text in CHINESE_SURNAMES and previous is not None and previous.lower in _roles.HEADS


def segments(run: list[Token]) -> Iterator[tuple[list[Token], bool, str | None]]:
    """Pieces of a run between stopwords, titles stripped: (name tokens, titled, honorific gender)."""
    piece: list[Token] = []
    for index, tok in enumerate([*run, None]):
        following = run[index + 1] if index + 1 < len(run) else None
        if tok is not None and _name_like(tok, run[index - 1] if index else None, following):
            piece.append(tok)
            continue
        piece, titled, gender = _strip_titles(piece)
        while piece and (piece[0].lower in PARTICLES or piece[-1].lower in PARTICLES):
            piece = piece[1:] if piece[0].lower in PARTICLES else piece[:-1]
        if piece:
            yield piece, titled, None if gender == "-" else gender
        piece = []


def _head(word: str) -> bool:
    """A title head, also behind "ex-" or "then-" ("Ex-President", "then-Minister")."""
    bare = re.sub(r"^(?:ex|then|former)-", "", word)
    return bare in _roles.HEADS


def _strip_titles(piece: list[Token]) -> tuple[list[Token], bool, str | None]:
    """Cut a run after its last title or honorific ("Florida Gov. Jeb Bush" -> "Jeb Bush")."""
    cut = 0
    for index, tok in enumerate(piece):
        rest = [t for t in piece[index + 1 :] if t.text not in SUFFIXES]
        if rest and (
            _head(tok.lower) or tok.lower in HONORIFICS or (index == cut and tok.lower in _roles.TITLE_WORDS)
        ):
            cut = index + 1
    stripped = piece[:cut]
    titled = any(_head(t.lower) for t in stripped)
    genders = [HONORIFICS[t.lower] for t in stripped if t.lower in HONORIFICS]
    return piece[cut:], titled, genders[-1] if genders else None


_ARTICLES: Final = frozenset({"Al", "El"})  # "Sultan Al Jaber": the Arabic article, not the given name "Al"


def _from_given_name(piece: list[Token]) -> list[Token]:
    """Drop leading words of a long run before a known given name ("Harbor Master Tomas Reyes")."""
    if len(piece) < 3 or known_given(piece[0].text) or is_initial(piece[0].text) or is_eastern([t.text for t in piece]):
        return piece
    at = next((i for i in range(1, len(piece) - 1) if known_given(piece[i].text) and piece[i].text not in _ARTICLES), 0)
    titled = any(t.lower in _roles.TITLE_WORDS for t in piece[:at])  # "Harbor Master Tomas Reyes", not "Andrés Manuel"
    return piece[at:] if titled else piece


_TEAM_AFTER: Final = re.compile(r"\s(?:manager|coach|skipper|players?|fans|pitchers?|outfielders?|roster)\b")


def _team(text: str, piece: list[Token]) -> bool:
    """ "<Place> <plural>" after "team" or before a team role noun: "the Busan Hawks manager" names a team."""
    if len(piece) != 2 or known_given(piece[0].text) or piece[-1].possessive:
        return False
    last = piece[-1].text
    plural = last.endswith("s") and not last.endswith(("ss", "us", "is"))
    if not plural:
        return False
    before = text[max(0, piece[0].start - 6) : piece[0].start]
    after = _TEAM_AFTER.match(text, piece[-1].end, piece[-1].end + 14)
    return before.endswith((" team ", " club ")) or after is not None


def _korean_tail(piece: list[Token]) -> list[Token]:
    """Keep only a Korean name ending a longer run ("Health and Welfare Jang Min-seok" -> "Jang Min-seok")."""
    if len(piece) < 3 or piece[-2].text not in KOREAN_SURNAMES or not _SHORT_FAMILY.fullmatch(piece[-1].text):
        return piece
    return piece[-2:]


_PLACE_OPENERS: Final = frozenset({"san", "santa", "los", "las", "st.", "saint", "fort", "new", "port", "mount", "mt."})


_SPACE: Final = re.compile(r"\s")  # (a cheap first test for the patterns below that end in a space)
_LAST_WORD: Final = re.compile(r"(\S+)\s\Z")  # the word right before a name


def _glued(text: str, floor: int, piece: list[Token]) -> bool:
    """A piece glued to a place or organization word before it: "San Diego Padres", "St. Louis Cardinals"."""
    start = piece[0].start
    before = _LAST_WORD.search(text, max(floor, start - 16), start) if _SPACE.match(text, start - 1, start) else None
    if before is None:
        return False
    word = before.group(1)
    if word.lower() in _PLACE_OPENERS:
        return True
    plural = piece[-1].text.endswith("s") and not piece[-1].text.endswith("ss") and len(piece) > 1
    return plural and word[:1].isupper() and word.lower() in STOPWORDS and word.lower() not in FUNCTION_WORDS


NON_PERSONS: Final = frozenset(load_lines("non_person_names"))
AGENCIES: Final = load_words("agencies")  # "Associated Press", "Ria Novosti": news agencies are never people
_NEXT_WORD: Final = re.compile(r" ([A-Z][\w'\u2019-]{1,30})")  # the capitalised word glued after a name


_OF_BODY: Final = re.compile(r"\b([A-Z][a-z]{2,30})\sof\s(?:the\s)?\Z")  # "Association of Flight Attendants"


_CALLED: Final = re.compile(
    r"""
    \b(?:an?\s(?:[a-z-]{2,20}\s){0,3}(?P<noun>[a-z]{2,20})\s   # "a drill", "an annual operation"
      |(?P<head>[a-z]{2,20}),\s(?:also\s)?)                # "the exercise, code-named"
    (?:called|named|dubbed|code-named|codenamed|nicknamed|titled|entitled)\s\Z  # the naming verb
    """,
    re.VERBOSE,
)
_PERSON_NOUNS: Final = frozenset(
    {"man", "woman", "boy", "girl", "person", "child", "baby", "son", "daughter", "wife", "husband", "mother"}
    | {"father", "brother", "sister", "friend", "player", "officer", "soldier", "character", "resident"}
    | {"student", "teacher", "worker", "suspect", "victim", "defector", "lawyer", "doctor", "sailor", "pilot"}
    | {"farmer", "reporter", "journalist", "activist", "singer", "actor", "actress", "member", "people", "guy"}
)


def _called_thing(text: str, floor: int, start: int) -> bool:
    """A name after "a drill called", "an operation dubbed": the noun before the verb is not a person's."""
    verb = start >= 3 and text.startswith("ed", start - 3) and _SPACE.match(text, start - 1, start)  # "called "
    m = _CALLED.search(text, max(floor, start - 50), start) if verb else None
    if m is None:
        return False
    noun = m.group("noun") or m.group("head")
    return noun not in _PERSON_NOUNS and noun not in _roles.HEADS and noun not in _roles.TITLE_WORDS


def _part_of_name(text: str, piece: list[Token]) -> bool:
    """A piece inside an organization or place name: "Kim Il Sung Square", "Morgan Stanley", "Association of
    Flight Attendants"."""
    name = " ".join(t.text for t in piece)
    if name in NON_PERSONS or name.lower() in AGENCIES:
        return True
    start = piece[0].start
    of = start >= 4 and _SPACE.match(text, start - 1, start) and text[start - 4 : start - 1].endswith(("of", "the"))
    body = _OF_BODY.search(text, max(0, start - 40), start) if of else None  # "of ", "of the " before it
    if body is not None and body.group(1).lower() in STOPWORDS and body.group(1).lower() not in _roles.TITLE_WORDS:
        return True
    after = None if piece[-1].possessive else _NEXT_WORD.match(text, piece[-1].end, piece[-1].end + 40)
    word = after.group(1).lower() if after else ""
    return word in STOPWORDS and word not in FUNCTION_WORDS


_MEDIA = (
    r"(?:newspaper|paper|daily|weekly|outlet|website|web\ssite|site|magazine|broadcaster|mouthpiece|publication"
    r"|journal|radio|television|TV|channel|tabloid|periodical|(?:news|wire)\s(?:agency|service))"
)
_MEDIA_AFTER: Final = re.compile(
    r"""
    ,\s{1,3}(?:the|a|an|its|their)\s                    # an apposition after the name
    (?:(?!\b(?:of|for|at|with|by)\b)[^,.;:"\u201c\u201d]){0,60}?  # no "editor of the newspaper"
    \b"""
    + _MEDIA
    + r"""\b(?=\s?[,.;)]|\s(?:in|run|that|which|published|said|reported)\b)  # the media noun is the head
    """,
    re.VERBOSE,
)
_MEDIA_BEFORE: Final = re.compile(r"\b" + _MEDIA + r",?\s\Z")  # "the North's main newspaper Rodong Sinmun"


def _word_before(text: str, cand: Candidate) -> str | None:
    """The lower-case word right before the name (in its sentence)."""
    match = _WORD_BEFORE.search(text, max(cand.sentence.start, cand.span.start - 22), cand.span.start)
    return match.group(1) if match is not None else None


def _word_after(text: str, cand: Candidate) -> str | None:
    """The lower-case word right after the name."""
    match = _WORD_AFTER.match(text, cand.span.end, min(len(text), cand.span.end + 22))
    return match.group(1) if match is not None else None


def animal_names(text: str, found: list[Candidate]) -> frozenset[tuple[str, ...]]:
    """Names the story gives an animal anywhere ("giant panda Mei Lan", "Tomo, a bear cub,")."""
    named = set()
    for cand in found:
        if cand.titled or cand.gender:
            continue
        after = _ANIMAL_AFTER.match(text, cand.span.end, min(len(text), cand.span.end + 60))
        if _word_before(text, cand) in ANIMALS or (after is not None and after.group(1) in ANIMALS):
            named.add(cand.words)
    return frozenset(named)


def self_gender(text: str, cand: Candidate) -> str | None:
    """'NAME herself' / 'NAME himself': a person of that gender."""
    match = _SELF_AFTER.match(text, cand.span.end, min(len(text), cand.span.end + 10))
    if match is None:
        return None
    return "female" if match.group(1) == "herself" else "male"


def _event_modifier(text: str, cand: Candidate) -> bool:
    """'the longest NAME final': a pair after a determiner or adjective, before an event or venue noun."""
    return len(cand.words) == 2 and _word_after(text, cand) in EVENT_NOUNS and _word_before(text, cand) is not None


def media_names(text: str, found: list[Candidate]) -> frozenset[tuple[str, ...]]:
    """Names the story calls a newspaper, outlet or broadcaster anywhere ("Minju Joson, the North's paper,")."""
    return frozenset(
        cand.words
        for cand in found
        if not (cand.titled or cand.gender)
        and (
            _MEDIA_AFTER.match(text, cand.span.end, cand.block.span.end)
            or _MEDIA_BEFORE.search(text, max(cand.sentence.start, cand.span.start - 40), cand.span.start)
        )
    )


def candidates(text: str, block: Block) -> Iterator[Candidate]:
    """Every name-shaped piece of *block* (one-word pieces only behind a title or honorific)."""
    stretches = ((s, m.start(), m.end()) for s in block.sentences for m in _STRETCH.finditer(text, s.start, s.end))
    for sentence, start, end in stretches:
        for piece, titled, gender in _pieces(text, start, end):
            if not (titled or gender) and _glued(text, sentence.start, piece) or _part_of_name(text, piece):
                continue
            if not (titled or gender) and _team(text, piece):
                continue  # "the current Busan Hawks manager"
            if not (titled or gender) and _called_thing(text, sentence.start, piece[0].start):
                continue  # "a drill called Blue Shield"
            piece = _korean_tail(_from_given_name(piece))
            if len(piece) > 1 and _gerund(piece[0].text) and not titled and not _person_of(text, piece):
                piece = piece[1:]  # "Rebuking Trump": a sentence-initial gerund (not "Sterling Haavik of Lyon")
            if len(piece) == 1 and piece[0].lower in FUNCTION_WORDS:
                continue  # "Premier He" alone: "He" is a name only before a given name
            words = tuple(t.text for t in piece)
            span = Span(piece[0].start, piece[-1].end)
            if len(words) == 1 and (not (titled or gender) or words[0].lower() in _roles.TITLE_WORDS):
                continue
            if len(words) <= 5:
                yield Candidate(words, span, block, sentence, titled, gender)


def _person_of(text: str, piece: list[Token]) -> bool:
    """ "Sterling Haavik of Lyon": a two-word piece followed by a person's "of <Place>" cue."""
    return len(piece) == 2 and _OF_PLACE_AFTER.match(text, piece[-1].end, piece[-1].end + 12) is not None


def _gerund(word: str) -> bool:
    """A word that may be a sentence-opening gerund ("Rebuking"), not a name ("Xing", "Jing")."""
    known = known_given(word) or word in CHINESE_SURNAMES or word in KOREAN_SURNAMES
    return word.lower().endswith("ing") and not known and len(word) > 5


_LOWER_AFTER_HYPHEN: Final = re.compile(r"-[a-z]")  # "Bush-spent", "Ji-won"


def is_person(text: str, cand: Candidate, *, relaxed: bool = False) -> bool:
    """Whether a multi-word candidate is a person's name (shape or context; *relaxed*: shape is enough)."""
    words = cand.words
    if len(words) < 2 or is_initial(words[-1]) or words[-1].lower() in _roles.HEADS:
        return False
    if is_eastern(words) and ("-" in words[1] or len(words) == 3):
        return True
    if any(_LOWER_AFTER_HYPHEN.search(w) for w in words):
        return False  # "Bush-spent": only Korean-style given names are hyphenated in lower case
    if cand.titled or cand.gender:
        return True
    start = cand.span.start
    last_word = text[max(0, start - 5) : start - 1]  # the word ending one space before the name (its last four letters)
    if _event_modifier(text, cand):
        return False  # "the longest Peter Hale final"
    player = last_word in _PLAYER_TAILS and _PLAYER_BEFORE.search(text, max(0, start - 24), start)
    if len(words) == 2 and player:
        return True  # "a pass from Declan Morris", "moved past Cliff Barton"
    if self_gender(text, cand) is not None or _word_before(text, cand) in PERFORMERS:
        return True  # "Khin Myat herself", "storyteller Tachibana Enraku"
    possessive = text.startswith(("'s", "\u2019s"), cand.span.end)
    place = last_word[-2:] in _PLACE_TAILS and _PLACE_CONTEXT.search(text, max(0, start - 8), start)
    if not possessive and place:
        return False  # "at Hana Securities", "the Harbor Master"
    if is_initial(words[0]) or known_given(words[0]):
        return True
    if relaxed:
        return True
    if _parallel(text, cand):
        return True  # "Joel Hardy of Lyon and Marek Dobos of Porto": each conjunct is a person of a place
    if len(words) == 2 and words[0].lower() not in CLUB_PREFIXES and (
        _OBJECT_BEFORE.search(text, max(0, cand.span.start - 24), cand.span.start)
    ):
        return True  # "rallied to beat Jannik Hunter", "premiers, including Romano Bellardi"
    if _AFTER_PREPOSITION.search(text, max(0, cand.span.start - 80), cand.span.start):
        return False  # "of Breitbart California", "in San Bernardino": a place or an organization
    return has_cue(text, cand)


def _parallel(text: str, cand: Candidate) -> bool:
    """ "A of X and NAME of Y": a two-word name of a place or club, coordinated with another one."""
    if len(cand.words) != 2 or not _OF_PLACE_AFTER.match(text, cand.span.end, cand.span.end + 12):
        return False
    return _NAME_OF_PLACE_AND.search(text, max(cand.sentence.start, cand.span.start - 80), cand.span.start) is not None


def has_cue(text: str, cand: Candidate) -> bool:
    """A title, apposition or reporting verb next to the name says it is a person."""
    floor, span = cand.sentence.start, cand.span
    if _roles.premodifier(text, floor, span.start) or _roles.apposition_before(text, floor, span.start):
        return True
    if any(rule != "people.title.copular" for _, _, rule in _roles.after_name(text, span.end, cand.block.span.end)):
        return True
    if _OF_PLACE_AFTER.match(text, span.end, span.end + 12):
        return True  # "Mookie Betts of the Los Angeles Dodgers"
    if re.match(r",\s{1,3}who\s", text[span.end : span.end + 8]):
        return True  # "Paulo Bento, who stepped down": "who" follows a person
    return speaks(text, span)


def tail_from_given(cand: Candidate) -> Candidate | None:
    """The candidate from its first known given name on ("Rip Donald Trump" -> "Donald Trump"), if any."""
    words = cand.words
    at = next((i for i in range(1, len(words) - 1) if known_given(words[i]) and words[i] not in _ARTICLES), 0)
    if not at:
        return None
    start = cand.span.start + len(" ".join(words[:at])) + 1
    return replace(cand, words=words[at:], span=Span(start, cand.span.end))


_WORD: Final = re.compile(r"(?<![\w.'\u2019-])[^\W\d_a-z]\w*")  # a word not glued to one before; not lower case
_PLAIN_NAME: Final = re.compile(r"[^\W\d_a-z][\w.'\u2019-]*")  # a name an index lookup can find (no space)
_FIRST_RUN: Final = re.compile(r"\w+")


_WHOLE_INDEX: Final = 48  # after this many distinct words looked up, every word of the text is indexed at once
_FIND_BUDGET: Final = 16_000_000  # ... or once the look-ups have read this many characters (a long text: 1 MB is
# indexed in about the time 20 look-ups of it take)


class Words:
    """Where each word of the text starts that does not open in ASCII lower case, so finding every use of a
    family name is a lookup and a check rather than a regex scan of the whole text per name.

    A word is a ``\\w`` run not glued to a word character, dot, apostrophe or hyphen before it: a name made
    of such characters can only start at a word start, and its first ``\\w`` run is that word.  The few words
    an ordinary story asks about are each found with ``str.find``; once many are asked for (a story naming
    thousands of people), every word is indexed in one pass, so the cost stays linear either way.
    """

    def __init__(self, text: str, blocks: tuple[Block, ...]) -> None:
        """Index *text*; the index serves block-bounded searches only when blocks are in order, disjoint and
        never cut a word (else those searches scan)."""
        self.text = text
        self._starts: dict[str, list[int]] = {}  # word -> where it starts (every word once ``_whole``)
        self._whole = False
        self.blocks = blocks
        self._block_starts = [b.span.start for b in blocks]
        ends = [b.span.end for b in blocks if 0 < b.span.end < len(text)]
        cut = any(_FIRST_RUN.fullmatch(text, end - 1, end + 1) for end in ends)  # a block ends inside a word
        apart = all(a.span.end <= b.span.start for a, b in zip(blocks, blocks[1:], strict=False))
        self.bounded = apart and not cut

    def at(self, name: str) -> list[int] | None:
        """Candidate starts of *name* (a superset; ``None`` when *name* is not one the index can find)."""
        if not _PLAIN_NAME.fullmatch(name):
            return None
        head = _FIRST_RUN.match(name)
        return self._word(head.group()) if head is not None else None

    def _word(self, word: str) -> list[int]:
        """Where *word* (a ``\\w`` run not opening in ASCII lower case) starts as a whole word."""
        found = self._starts.get(word)
        if found is not None or self._whole:
            return found or []
        if len(self._starts) >= _WHOLE_INDEX or len(self._starts) * len(self.text) >= _FIND_BUDGET:
            self._index_all()
            return self._starts.get(word, [])
        found = self._starts[word] = self._find(word)
        return found

    def _find(self, word: str) -> list[int]:
        """The starts of *word* that the whole-text index would list (each ``str.find`` hit checked with
        the same pattern at that place)."""
        text, found, at, size = self.text, [], self.text.find(word), len(word)
        while at >= 0:
            after = text[at + size : at + size + 1]
            glued = after.isalnum() or after == "_"  # (``\\w`` after it: part of a longer word)
            if not glued and (m := _WORD.match(text, at)) is not None and m.end() - at == size:
                found.append(at)
            at = text.find(word, at + 1)
        return found

    def _index_all(self) -> None:
        """Index every word of the text."""
        self._starts = {}
        for m in _WORD.finditer(self.text):
            self._starts.setdefault(m.group(), []).append(m.start())
        self._whole = True

    def block_holding(self, start: int, end: int) -> Block | None:
        """The block holding ``[start, end)``, if any (blocks in order and disjoint)."""
        index = bisect_right(self._block_starts, start) - 1
        block = self.blocks[index] if index >= 0 else None
        return block if block is not None and end <= block.span.end else None


_ALONE_AFTER: Final = re.compile(r"(?![\w-])")  # nothing glued after a family name


def family_speaks(text: str, cand: Candidate, words: Words, memo: dict[str, tuple[Span, ...]]) -> bool:
    """Whether the candidate's last word is used alone elsewhere as a speaker ("Cole said").

    *memo* (one per article) keeps, per family name, where it speaks: a name-dense article has
    thousands of candidates sharing a few family names, so each name is looked up once.
    """
    family = cand.words[-1]
    if family not in memo:
        memo[family] = tuple(span for span in _uses(text, family, words) if speaks(text, span))
    return any(not span.overlaps(cand.span) for span in memo[family])


_NAME_POSITION: Final = re.compile(
    r"""
    ['\u2019]s\s                                            # a possessive: "Hunter's serve"
    |\s(?:had|has|was|is|won|lost|beat|took|got|made|would|will|could|did|led|needed|saved|served|hit
        |[a-z]{3,15}ed)\b                                    # a verb after its subject: "Hunter had"
    """,
    re.VERBOSE,
)


def family_recurs(text: str, cand: Candidate, words: Words, memo: dict[str, tuple[Span, ...]]) -> bool:
    """Whether the candidate's last word is used alone elsewhere in a name position: a sentence subject before
    its verb, a possessive, or a speaker ("Hunter had three match points", "Hunter's serve").  A use right
    after another capitalised word ("New York's") is part of some other name."""
    family = cand.words[-1]
    if cand.words[0].lower() in CLUB_PREFIXES:
        return False  # "Real Portville ... Portville had three chances": a club
    if family not in memo:
        memo[family] = tuple(span for span in _uses(text, family, words) if _in_name_position(text, span))
    return any(not span.overlaps(cand.span) for span in memo[family])


def _in_name_position(text: str, span: Span) -> bool:
    """The word at *span* stands alone (no capitalised word glued before it) in a name position."""
    before = _LAST_WORD.search(text, max(0, span.start - 24), span.start)
    if before is not None and before.group(1)[:1].isupper() and not before.group(1).endswith((".", ":")):
        return False
    return _NAME_POSITION.match(text, span.end, min(len(text), span.end + 20)) is not None or speaks(text, span)


def _uses(text: str, family: str, words: Words) -> Iterator[Span]:
    """Every use of *family* inside a block, not glued to word characters, dots, apostrophes or hyphens."""
    found = words.at(family) if words.bounded else None
    if found is None:
        pattern = re.compile(r"(?<![\w.'\u2019-])" + re.escape(family) + r"(?![\w-])")
        for block in words.blocks:
            yield from (Span(*m.span()) for m in pattern.finditer(text, block.span.start, block.span.end))
        return
    for start in found:
        end = start + len(family)
        if not text.startswith(family, start):
            continue
        holder = words.block_holding(start, end)
        if holder is not None and (end == holder.span.end or _ALONE_AFTER.match(text, end)):
            yield Span(start, end)


def surnamed(text: str, block: Block) -> Iterator[tuple[Span, str | None]]:
    """ "a man surnamed Kim": the family-name span and the gender the noun implies."""
    start, end = block.span.start, block.span.end
    if not any(text.find(cue, start, end) >= 0 for cue in _SURNAMED_CUES):
        return  # every match holds one of the cue words
    for m in SURNAMED.finditer(text, start, end):
        noun, pos = m.group("noun"), m.group("pos")
        gender = "male" if noun in ("man", "boy") or pos == "his" else None
        gender = "female" if noun in ("woman", "girl") or pos == "her" else gender
        yield Span(*m.span("name")), gender
