"""Personal-name shapes: word tokens, capitalised runs, name parsing and slugs.

Korean names are written family-name first (``Park Ji-won``: family ``Park``,
given ``Ji-won``), North Korean style may split the given name (``Ri Son Gwon``),
Chinese names are family-name first (``Wang Yi``); everything else is parsed in
Western order with particles kept on the family name (``von der Leyen``) and
suffixes (``Jr.``) set aside.  Nothing here decides whether a run *is* a person:
that needs context (``people.py``).

>>> parse_name(["Park", "Ji-won"]).family, parse_name(["R.", "Dean", "Baker"]).given
('Park', 'R. Dean')
>>> parse_name(["Ursula", "von", "der", "Leyen"]).family
'von der Leyen'
>>> parse_name(["Chey", "Tae-won"]).family, parse_name(["Kweon", "Seong-dong"]).given  # outside the surname list
('Chey', 'Seong-dong')
>>> parse_name(["Chung", "Euisun"]).family, parse_name(["Lee", "Anderson"]).family
('Chung', 'Anderson')
>>> slug("J. Michael Smith"), slug("Han Ji-soo")
('j-michael-smith', 'han-ji-soo')
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Final, NamedTuple

from .lexicon import load_lines, load_words

KOREAN_SURNAMES: Final = frozenset(load_lines("korean_surnames"))
CHINESE_SURNAMES: Final = frozenset(load_lines("chinese_surnames"))
MALE_NAMES: Final = frozenset(load_lines("given_names_male"))
FEMALE_NAMES: Final = frozenset(load_lines("given_names_female"))
STOPWORDS: Final = load_words("name_stopwords")
FUNCTION_WORDS: Final = load_words("function_words")
PARTICLES: Final = frozenset(
    {"von", "van", "der", "den", "de", "da", "di", "del", "della", "la", "le", "du", "dos"}
    | {"das", "bin", "binti", "ibn", "ter", "ten", "zu", "st."}
)
SUFFIXES: Final = frozenset({"Jr.", "Sr.", "II", "III", "IV"})
_DOTTED: Final = frozenset(
    {"mr", "mrs", "ms", "mx", "dr", "prof", "sen", "rep", "gov", "gen", "lt", "col", "maj"}
    | {"capt", "cmdr", "adm", "sgt", "cpl", "pvt", "rev", "hon", "jr", "sr", "st", "amb"}
)

_TOKEN: Final = re.compile(
    r"""
    (?:[A-Z]\.){2,4}(?![A-Za-z])                     # dotted acronym: U.S., U.N.
    | [^\W\d_]                                        # a letter starts a word
      [^\W_]{0,30}                                    # letters and digits
      (?:['\u2019-][^\W_]{1,30}){0,3}                 # joined by apostrophes or hyphens: O'Brien, Jae-in
      \.?                                             # a trailing dot; dropped unless an initial or title
    """,
    re.VERBOSE,
)
_KOREAN_SYLLABLE: Final = re.compile(
    r"""
    (?:kk|tt|pp|ss|jj|ch|sh|th|kh|ph|[gkndrlmbsjchtp])?  # initial consonant (optional; th, kh, ph: North Korean)
    [yw]?                                             # glide
    (?:eui|ae|eo|eu|oe|ui|oo|ee|ou|ai|ea|a|e|i|o|u)   # vowel
    (?:ng|n|m|l|k|p|t|r|b|g)?                         # final consonant
    """,
    re.VERBOSE | re.IGNORECASE,
)
_KOREAN_WORD: Final = re.compile(f"(?:{_KOREAN_SYLLABLE.pattern}){{2}}", re.VERBOSE | re.IGNORECASE)  # "Euisun"
_HYPHEN_CAPS: Final = re.compile(r"[A-Z][a-z]{1,6}-[A-Z][a-z]{1,6}")  # "Jae-In": some outlets capitalise both
_CHINESE_GIVEN: Final = re.compile(r"[A-Z][a-z]{1,4}")  # "Wei", "Loong": one short syllable of a given name
_HYPHEN_GIVEN: Final = re.compile(r"[A-Z][a-z]{1,6}-[a-z]{1,6}")  # "Ji-won", "Seo-yeon": lower case after the hyphen


class Token(NamedTuple):
    """One word of the text: offsets, the word, whether a possessive ``'s`` followed it, and the word in lower
    case (a tuple: name finding makes one per word of every capitalised stretch)."""

    start: int
    end: int
    text: str
    possessive: bool
    lower: str


@dataclass(frozen=True, slots=True)
class ParsedName:
    """A personal name split into family and given parts."""

    words: tuple[str, ...]
    family: str
    given: str | None
    eastern: bool  # family name first (Korean, Chinese)

    @property
    def canonical(self) -> str:
        """The name as written, words joined by single spaces."""
        return " ".join(self.words)


def tokens(text: str, start: int, end: int) -> list[Token]:
    """Word tokens of ``text[start:end]``; ``'s`` is cut off and flagged.

    >>> [(t.text, t.possessive) for t in tokens("Gen. Kim's U.S. aide said.", 0, 26)]
    [('Gen.', False), ('Kim', True), ('U.S.', False), ('aide', False), ('said', False)]
    """
    found: list[Token] = []
    append = found.append
    for match in _TOKEN.finditer(text, start, end):
        word = match.group()
        last = word[-1]
        first, stop = match.span()
        if last != "." and last != "s":  # (most words: neither a dot nor a possessive to cut)
            append(_new_token(Token, (first, stop, word, False, word.lower())))
            continue
        if last == "." and not _keeps_dot(word):
            word, stop = word[:-1], stop - 1
        possessive = word.endswith(("'s", "\u2019s")) and len(word) > 2
        if possessive:
            word, stop = word[:-2], stop - 2
        append(_new_token(Token, (first, stop, word, possessive, word.lower())))
    return found


_new_token: Final = tuple.__new__  # builds a Token without the generated ``__new__`` (hot: one per word)


def tail_tokens(text: str, start: int, end: int, count: int) -> list[Token]:
    """The last *count* (>= 1) tokens of ``tokens(text, start, end)``, all of them when fewer.

    Only as much text is tokenized as needed: no token holds a space, so from the first space
    of a shorter window on, a scan finds the same tokens as one from *start*.

    >>> t = "Assistant Secretary of State for East Asian Affairs Kim"
    >>> tail_tokens(t, 0, 51, 3) == tokens(t, 0, 51)[-3:], tail_tokens(t, 0, 51, 30) == tokens(t, 0, 51)
    (True, True)
    """
    width = 8 * count
    while end - width > start:
        space = text.find(" ", end - width, end)
        found = tokens(text, space + 1, end) if space >= 0 else []
        if len(found) >= count:
            return found[-count:]
        width *= 2
    return tokens(text, start, end)[-count:]


def _keeps_dot(word: str) -> bool:
    """Whether the trailing dot of *word* belongs to it (initial, acronym, title)."""
    bare = word[:-1]
    return (len(bare) == 1 and bare.isupper()) or "." in bare or bare.lower() in _DOTTED


def is_initial(word: str) -> bool:
    """``R.`` and the like."""
    return len(word) == 2 and word[0].isupper() and word[1] == "."


@lru_cache(maxsize=1 << 14)  # a pure test of one word, asked for every word of every capitalised stretch
def is_name_word(word: str) -> bool:
    """A word that can be part of a personal name: capitalised, not all caps, not a stopword.

    >>> is_name_word("Baker"), is_name_word("USFK"), is_name_word("Monday"), is_name_word("al-Assad")
    (True, False, False, True)
    >>> is_name_word("Korea-China"), is_name_word("Jean-Pierre")
    (False, True)
    """
    if is_initial(word):
        return True
    if word.lower() in STOPWORDS or not word[:1].isalpha():
        return False
    head, dash, tail = word.partition("-")
    if dash and head.lower() in STOPWORDS and tail[:1].isupper():
        return False  # "Korea-U.S.", "Seoul-Washington": places joined, not a double-barrelled name
    if word.startswith(("al-", "el-")) and word[3:4].isupper():
        return True
    if sum(c.isalpha() for c in word) < 2:
        return False
    return word[0].isupper() and not word.isupper()


def is_korean_given(words: Sequence[str]) -> bool:
    """A Korean given name: one hyphenated word, or one or two romanised syllables."""
    if len(words) == 1 and _HYPHEN_GIVEN.fullmatch(words[0]):
        return True
    return 1 <= len(words) <= 2 and all(_KOREAN_SYLLABLE.fullmatch(w) and w[0].isupper() for w in words)


def is_eastern(words: Sequence[str]) -> bool:
    """Whether *words* look like a family-name-first name (Korean or Chinese)."""
    return len(words) in (2, 3) and _is_eastern(tuple(words))


@lru_cache(maxsize=1 << 12)  # asked of every candidate name, and names recur
def _is_eastern(words: tuple[str, ...]) -> bool:
    """:func:`is_eastern` of a two- or three-word tuple."""
    if len(words) < 2 or len(words) > 3:
        return False
    head, rest = words[0], words[1:]
    if len(rest) == 1 and _HYPHEN_GIVEN.fullmatch(rest[0]):  # "Bong Joon-ho": one syllable, then a hyphenated name
        if head in KOREAN_SURNAMES or head in CHINESE_SURNAMES or _KOREAN_SYLLABLE.fullmatch(head):
            return True
        syllables = all(_KOREAN_SYLLABLE.fullmatch(part) for part in rest[0].split("-"))
        return syllables and head.isalpha() and len(head) <= 6 and not known_given(head)  # "Chey Tae-won"
    if len(rest) == 1 and head in KOREAN_SURNAMES and _HYPHEN_CAPS.fullmatch(rest[0]):
        return all(_KOREAN_SYLLABLE.fullmatch(part) for part in rest[0].split("-"))  # "Moon Jae-In"
    if head in KOREAN_SURNAMES and is_korean_given(rest) and rest[0] not in MALE_NAMES | FEMALE_NAMES:
        return True
    if len(rest) == 1 and head in KOREAN_SURNAMES and _KOREAN_WORD.fullmatch(rest[0]) and not known_given(rest[0]):
        return rest[0][1:].islower()  # "Chung Euisun": two syllables written as one word
    if len(rest) == 2 and head in CHINESE_SURNAMES and not any(known_given(part) for part in rest):
        return all(_CHINESE_GIVEN.fullmatch(part) for part in rest)  # "Tan Wei Loong": two one-syllable words
    return len(rest) == 1 and head in CHINESE_SURNAMES and rest[0] not in MALE_NAMES | FEMALE_NAMES


def parse_name(words: Sequence[str]) -> ParsedName | None:
    """Split *words* into family and given names (``None`` for an empty name).

    >>> parse_name(["Kim", "Jong", "Un"]).given, parse_name(["Martin", "Luther", "King", "Jr."]).family
    ('Jong Un', 'King')
    """
    return _parse_name(tuple(words))


@lru_cache(maxsize=1 << 12)  # a long story names the same people again and again
def _parse_name(words: tuple[str, ...]) -> ParsedName | None:
    """:func:`parse_name` of a tuple (a frozen, shared result)."""
    if not words:
        return None
    if is_eastern(words):
        return ParsedName(words, words[0], " ".join(words[1:]), True)
    core = list(words)
    while len(core) > 1 and core[-1] in SUFFIXES:
        core.pop()
    family_start = len(core) - 1
    while family_start > 1 and (core[family_start - 1].lower() in PARTICLES or core[family_start - 1] in ("Al", "El")):
        family_start -= 1
    given = " ".join(core[:family_start]) or None
    return ParsedName(words, " ".join(core[family_start:]), given, False)


def given_gender(parsed: ParsedName) -> str | None:
    """Gender implied by the first given name, when a name list knows it unambiguously."""
    if parsed.eastern or not parsed.given:
        return None
    first = next((w for w in parsed.given.split() if not is_initial(w)), "")
    male, female = first in MALE_NAMES, first in FEMALE_NAMES
    return "male" if male and not female else "female" if female and not male else None


def known_given(word: str) -> bool:
    """Whether *word* is a given name in the name lists."""
    return word in MALE_NAMES or word in FEMALE_NAMES


def slug(name: str) -> str:
    """A stable id from a canonical name: lower case, words joined by hyphens.

    >>> slug("Ursula von der Leyen"), slug("Kim Jong-un"), slug("Conan O'Brien")
    ('ursula-von-der-leyen', 'kim-jong-un', 'conan-obrien')
    """
    bare = re.sub(r"['\u2019.]", "", name.lower())
    return re.sub(r"[^0-9a-z\u00c0-\u024f]+", "-", bare).strip("-") or "person"
