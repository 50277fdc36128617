"""Speaker mentions to speakers: person, organization, place or group.

A mention is the phrase a frame found ("Baker", "he", "the Canadian envoy",
"city officials", "the ministry", "Seoul").  Person mentions go to the shared
people resolver when it knows them (any :class:`Person` whose mentions overlap
the phrase, or whose name matches); until then a small adapter links names by
surname, pronouns to the nearest earlier person speaker and nominal
descriptions to a person whose title fits (backwards, then forwards within two
paragraphs: cataphora).  Non-person speakers keep the name as written.

>>> classify("city officials"), classify("the ministry"), classify("he"), classify("Sen. Jo Smith")
('group', 'organization', 'pronoun', 'name')
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Final

from .lexicon import load_lines, load_words

GROUP_NOUNS: Final = load_words("group_nouns")
ORG_NOUNS: Final = load_words("org_nouns")
TITLE_WORDS: Final = load_words("quote_titles")
METONYMS: Final = load_words("metonyms")
ROLES: Final = {
    row[0].lower(): tuple(p.strip() for p in row[1].split("|"))
    for row in (line.split("\t") for line in load_lines("quote_roles", ".tsv"))
    if len(row) == 2
}
PERSON_PRONOUNS: Final = {"he": "male", "she": "female"}
GROUP_PRONOUNS: Final = frozenset({"they", "it"})
SELF_PRONOUNS: Final = frozenset({"i", "we", "you"})
_PARTICLES: Final = frozenset({"de", "van", "von", "der", "da", "du", "la", "le", "bin", "al", "el", "del"})
_DETERMINERS: Final = frozenset({"the", "a", "an", "this", "that", "these", "those", "his", "her", "its", "their"})
_FUNCTION: Final = _DETERMINERS | frozenset(
    "in on at to of for by with from but and or so yet however still meanwhile also instead now then "
    "when while as if after before during since there here one two three four five some many most "
    "several all both each other another such no more first last".split()
)
_POSSESSIVE: Final = re.compile(r"['\u2019]s?$")
_WORD: Final = re.compile(r"(?:[A-Za-z]\.){2,}|[A-Z]\.|[\w'\u2019-]+")


def words(phrase: str) -> list[str]:
    """Words of a speaker phrase, a trailing possessive stripped.

    >>> words("the State Department's")
    ['the', 'State', 'Department']
    """
    found = _WORD.findall(phrase)
    if found:
        found[-1] = _POSSESSIVE.sub("", found[-1]) or found[-1]
    return found


def _capital(word: str) -> bool:
    return word[:1].isupper()


def name_run(phrase: str) -> list[str]:
    """The trailing run of capitalised words (a name, maybe behind a title).

    >>> name_run("Deputy Secretary of State J. Michael Smith"), name_run("the U.S. envoy")
    (['State', 'J.', 'Michael', 'Smith'], [])
    """
    ws = words(phrase)
    run: list[str] = []
    for word in reversed(ws):
        if _capital(word) or (run and word.lower() in _PARTICLES):
            run.insert(0, word)
        else:
            break
    return run


def person_name(run: list[str]) -> str:
    """The name in a name run: titles stripped, at most three words besides initials.

    >>> person_name(['State', 'J.', 'Michael', 'Smith']), person_name(['President', 'Obama'])
    ('J. Michael Smith', 'Obama')
    """
    kept: list[str] = []
    count = 0
    for word in reversed(run):
        initial = len(word) == 2 and word.endswith(".")
        if not initial and (count >= 3 or (kept and word.lower().rstrip(".") in TITLE_WORDS)):
            break
        kept.insert(0, word)
        count += 0 if initial else 1
    while len(kept) > 1 and kept[0].lower().rstrip(".") in TITLE_WORDS:
        kept.pop(0)
    return " ".join(kept)


@lru_cache(maxsize=8192)  # pure, and the same few phrases recur thousands of times in a long text
def classify(phrase: str) -> str:
    """``pronoun``, ``self``, ``name``, ``organization``, ``place``, ``group``, ``nominal`` or ``none``."""
    ws = words(phrase)
    if not ws:
        return "nominal"
    low = [w.lower() for w in ws]
    if len(ws) == 1 and low[0] in PERSON_PRONOUNS:
        return "pronoun"
    if len(ws) == 1 and low[0] in GROUP_PRONOUNS:
        return "group_pronoun"
    if len(ws) == 1 and low[0] in SELF_PRONOUNS:
        return "self"
    if all(w in _FUNCTION for w in low):
        return "none"
    bare = " ".join(w for w in low if w not in _DETERMINERS)
    if bare in METONYMS:
        return "place"
    if len(ws) > 1 and ws[0].isdigit() and all(w[:1].isupper() for w in ws[1:]):
        return "organization"  # "38 North", "Studio 54"-style names that open with a number are bodies
    if len(low) == 1 and low[0] in GROUP_NOUNS:
        return "group"  # "Authorities said", capitalised only because it opens the sentence
    run = name_run(phrase)
    if run:
        if low[-1] in ORG_NOUNS or (low[0] in _DETERMINERS and len(run) <= 3 and len(run) == len(ws) - 1):
            return "organization"
        return "name"
    if low[-1] in GROUP_NOUNS:
        return "group"
    if low[-1] in ORG_NOUNS:
        return "organization"
    return "nominal"


def head_noun(phrase: str) -> str:
    """The head noun of a nominal phrase, singular: 'a senior harbor official' -> 'official'."""
    ws = words(phrase)
    if not ws:
        return ""
    for i, word in enumerate(ws):
        if i > 0 and word.lower() in {"for", "of", "at", "with"}:
            ws = ws[:i]
            break
    head = ws[-1].lower()
    return head[:-1] if head.endswith("s") and not head.endswith("ss") else head


@lru_cache(maxsize=8192)  # pure; asked for every known person at every nominal
def role_fits(noun: str, titles: str) -> bool:
    """Whether a person holding *titles* (lower case) can be called 'the <noun>'.

    >>> role_fits("diplomat", "assistant secretary of state"), role_fits("minister", "mayor")
    (True, False)
    """
    if not titles:
        return False
    pattern = _role_pattern(noun)
    return pattern is None or pattern.search(titles) is not None


@lru_cache(maxsize=1 << 10)  # one per role noun (a long story asks about ~20,000 noun and titles pairs)
def _role_pattern(noun: str) -> re.Pattern[str] | None:
    """The title fragments a person called 'the <noun>' holds, as whole words, in one pattern (``None``: any
    title fits).  Compiled once per noun: one pattern per fragment would overflow the ``re`` module's cache."""
    fragments = ROLES.get(noun, (noun,))
    if "*" in fragments:
        return None
    if not fragments:
        return re.compile(r"(?!)")  # (no fragment: nothing fits)
    return re.compile(r"\b(?:" + "|".join(re.escape(f) for f in fragments) + r")\b")


def slug(name: str) -> str:
    """Stable id slug of a name: 'J. Michael Smith' -> 'j-michael-smith'.

    >>> slug("J. Michael Smith"), slug("Han Ji-soo")
    ('j-michael-smith', 'han-ji-soo')
    """
    return "-".join(re.findall(r"[a-z0-9]+", name.lower()))


@dataclass(frozen=True, slots=True)
class Known:
    """A person the adapter knows: canonical name, id, surname and title words."""

    name: str
    id: str
    surname: str
    titles: str
    at: int  # offset of the first mention
    block: int


def _phrase_titles(phrase: str, name: str) -> str:
    """Lower-case title words of a phrase around a name: 'Assistant Secretary of State R. Baker' -> 'assistant ...'."""
    cut = phrase.rfind(name)
    return (phrase[:cut] if cut >= 0 else phrase).strip(" ,").lower()


def build_known(named: list[tuple[str, int, int, str]]) -> list[Known]:
    """People from named speaker phrases ``(phrase, offset, block, extra titles)``, merged by surname in text order.

    >>> [(k.name, k.titles) for k in build_known([("Sen. Jo Smith", 0, 1, ""), ("Smith", 40, 2, "a lawyer")])]
    [('Jo Smith', 'sen. a lawyer')]
    """
    known: list[Known] = []
    by_surname: dict[str, int] = {}  # a known name always ends with its surname: one match per surname
    for phrase, at, block, extra in named:
        name = _name_in(phrase)
        if not name:
            continue
        surname = name.split()[-1]
        titles = " ".join(t for t in (_phrase_titles(phrase, name), extra.lower()) if t)
        index = by_surname.get(surname)
        if index is None:
            by_surname[surname] = len(known)
            known.append(Known(name, slug(name), surname, titles, at, block))
            continue
        first = known[index]
        merged = first.titles if not titles or titles in first.titles else (first.titles + " " + titles).strip()
        longer = len(name.split()) > len(first.name.split()) and first.name in name
        best = name if longer else first.name
        if best != first.name or merged != first.titles:
            known[index] = Known(best, slug(best), surname, merged, first.at, first.block)
    return known


@lru_cache(maxsize=4096)  # the same speaker phrases recur all through a long text
def _name_in(phrase: str) -> str:
    """The person's name in a named phrase (titles stripped)."""
    return person_name(name_run(phrase))


def find_known(known: list[Known], phrase: str) -> Known | None:
    """The known person a named phrase refers to (by full name, then surname)."""
    name = _name_in(phrase)
    if not name:
        return None
    surname = name.split()[-1]
    for k in known:
        if k.name == name or k.surname == surname:
            return k
    return None
