"""Scanning helpers for coreference: reference phrases, quotation regions, reporting frames.

Used by :mod:`service.extract._refs` (the resolver context) and by people
extraction (which phrases to resolve, which names speak).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any, Final

from ._names import FUNCTION_WORDS, tail_tokens, tokens
from ._roles import ROLE_NOUNS
from ._suspects import NOUNS as SUSPECT_NOUNS
from .article import Block
from .facts import Span
from .lexicon import load_table, load_words

SPEECH_VERBS: Final = load_words("speech_verbs")
PRONOUNS: Final = {row[0]: row[1] for row in load_table("pronouns") if len(row) >= 2}
DEFINITE: Final = frozenset({"the", "this", "that", "his", "her", "its", "their"})
INDEFINITE: Final = frozenset({"a", "an", "another", "one"})
_FOLLOW_OK: Final = frozenset({"who", "whose", "is", "was", "has", "had", "also", "declined", "refused", "would"})
_FOLLOW_OK2: Final = frozenset({"will", "did", "does", "earlier", "later", "then", "added", "on", "in", "at", "for"})
_FOLLOW: Final = _FOLLOW_OK | _FOLLOW_OK2 | {"with", "from", "to", "and", "as", "but", "said", "says", "told"}
_SPEAKER_AFTER: Final = re.compile(
    r"""
    (?:\s(?:of|from)\s(?:the\s)?[A-Z][\w.&'-]{0,30}(?:\s[A-Z][\w.&'-]{0,30}){0,4})?  # "Lee of the Party said"
    (?:,\s[^,"\u201c\u201d]{1,160},){0,2}             # appositions: "Baker, the envoy, said", "Yook, 61, ..., said"
    ,?\s{1,3}
    (?:(?:also|earlier|later|then|further|again|previously|recently|once|has|had|have|was|were|would|will
      |could|may|might|did|does|repeatedly|reportedly|quickly|firmly|only)\s{1,3}){0,2}  # auxiliaries, adverbs
    (?P<verb>[a-z]{2,20})\b                            # the reporting verb
    """,
    re.VERBOSE,
)
_SPEAKER_BEFORE: Final = re.compile(
    r"""
    (?:(?P<verb>[a-z]{2,20}),?|according\sto)\s{1,3}  # "said" / "according to"
    (?:(?:[A-Z][\w.'\u2019-]{0,30}|of|for|the|a|an)\s{1,3}){0,6}  # a title in between
    \Z
    """,
    re.VERBOSE,
)
_SPEAKER_REACH: Final = re.compile(
    r"""
    (?:\s{1,3}(?:[\w.'\u2019-]{0,30}[A-Z]|fo|rof|eht|na|a)(?!\S)){0,6}  # title words, reversed: "Kim reitsiniM "
    \s*\S*\s*\S*                                                 # then the verb's word, or "according to"
    """,
    re.VERBOSE,
)  # read on the reversed text before a name: how far back a _SPEAKER_BEFORE match can start
_OWNER_THE: Final = re.compile(r"\b[Tt]he\s\Z")  # "the" before a possessive owner
_PARTICIPLES: Final = frozenset(
    {"surnamed", "named", "identified", "called", "dubbed", "nicknamed", "titled", "based", "aged", "related"}
    | {"involved", "concerned", "linked", "tied", "armed", "tasked", "charged", "accused", "suspected", "wanted"}
)  # "-ed" words that describe the noun rather than tell what it did ("a man surnamed Kim")
_NON_REFERRING: Final = frozenset(
    {"next", "future", "potential", "possible", "only", "every", "any", "each", "no", "first", "female", "male"}
    | {"youngest", "oldest", "longest", "late"}
)
_PREDICATE: Final = re.compile(r"\b(?:is|was|are|were|be|been|being|became|become|becomes|remains|remained|as)\s\Z")
_CLAUSE_END: Final = re.compile(r"\s{0,3}(?:[.,;:!?)\u2014-]|$|\s(?:in|at|on|during|after|before|when|who)\b)")
_QUOTE_MARK: Final = re.compile(r"''|``|[\"\u201c\u201d]")  # double marks, typewriter pairs included
_GAP_BEFORE: Final = re.compile(r"""[^"\u201c\u201d]{0,3}["\u201d']{0,2}[^"\u201c\u201d.!?]{0,60}\Z""")  # '," said '
_GAP_AFTER: Final = re.compile(r"""[^"\u201c\u201d.!?]{0,60}["\u201c`]{0,2}\Z""")  # ' said: "'
_PRONOUN: Final = re.compile(r"\b(?:he|him|his|himself|she|her|hers|herself)\b", re.IGNORECASE)


def trie_alternation(words: Iterable[str]) -> str:
    """A regex source matching any of *words* (lower case), the longest that fits first, as a trie:
    ``off(?:ender|ic(?:er|ial))``.  It matches what the words joined by ``|`` longest first match (the
    words fitting at one place are prefixes of each other, and a trie tries longer ones first), without
    trying every word at every position.

    >>> trie_alternation(["officer", "official", "offender", "chief", "chiefs"])
    '(?:chief(?:s)?|off(?:ender|ic(?:er|ial)))'
    """
    trie: dict[str, dict[str, Any]] = {}
    for word in words:
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}
    return _trie_source(trie)


def _trie_source(node: dict[str, dict[str, Any]]) -> str:
    """The alternation of one trie node's branches; optional (tried first, greedy) when a word ends here."""
    branches = [re.escape(char) + _trie_source(child) for char, child in sorted(node.items()) if char]
    if not branches:
        return ""
    body = "|".join(branches)
    if "" in node:
        return "(?:" + body + ")?"
    return body if len(branches) == 1 else "(?:" + body + ")"


_NOUNS: Final = frozenset({*ROLE_NOUNS, *SUSPECT_NOUNS})
_NOMINAL: Final = re.compile(
    r"\b(?:" + trie_alternation(_NOUNS) + r")\b(?!['\u2019-])", re.IGNORECASE
)  # a role noun, not glued to a hyphen or apostrophe after it
_REFERRING: Final = re.compile(
    r"\b(?=[" + "".join(sorted({w[0] for w in _NOUNS} | {"h", "s"})) + r"])"  # (a quick first-letter test)
    r"(?:(?P<pronoun>" + trie_alternation(["he", "him", "his", "himself", "she", "her", "hers", "herself"]) + r")\b"
    r"|" + _NOMINAL.pattern[2:] + r")",
    re.IGNORECASE,
)  # _PRONOUN and _NOMINAL in one scan: whole words both, so neither can start inside the other's match


@dataclass(frozen=True, slots=True)
class Phrase:
    """A speaker phrase taken apart: pronoun gender, capitalised words, role head."""

    pronoun: str | None  # "male" | "female" for he/she...; None otherwise
    name_words: tuple[str, ...]
    head: str | None  # a role noun ("diplomat") when the phrase ends in one
    determiner: str | None
    modifiers: str
    stop: int = -1  # where the description ends before an "of"/"for"/"at" tail (-1: at the span's end)


def parse_phrase(text: str, span: Span) -> Phrase | None:
    """Split the phrase at *span*.

    >>> p = parse_phrase("a senior U.S. diplomat", Span(0, 22))
    >>> p.head, p.determiner, p.modifiers
    ('diplomat', 'a', 'senior U.S.')
    >>> t = "a spokesperson for Lee Min-ho"
    >>> parse_phrase(t, Span(0, len(t))).head, parse_phrase(t, Span(0, len(t))).name_words
    ('spokesperson', ())
    """
    toks = tokens(text, span.start, span.end)
    if not toks:
        return None
    low = [t.lower for t in toks]
    if len(toks) == 1 and low[0] in PRONOUNS:
        return Phrase(PRONOUNS[low[0]], (), None, None, "")
    described = low[0] in DEFINITE | INDEFINITE  # "a spokesperson for", not "Secretary of State J. Michael Smith"
    tails = (i for i in range(1, len(low)) if low[i] in ("of", "for", "at") and toks[i - 1].text.islower())
    cut = next((i for i in tails if described and _role(low[i - 1])), len(low))
    stop = toks[cut - 1].end if cut < len(low) else -1
    toks, low = toks[:cut], low[:cut]  # "the chief commander of the forces", "a spokesperson for Lee": the head
    det = low[0] if low[0] in DEFINITE | INDEFINITE else ("'s" if toks[0].possessive else None)
    plain = not _NON_REFERRING.intersection(low) and not FUNCTION_WORDS.intersection(low[1:-1])
    head = low[-1] if _role(low[-1]) and plain else None
    first = 1 if det else 0
    mods = text[toks[first].start : toks[-1].start].strip() if head and len(toks) > first + 1 else ""
    names = tuple(t.text for t in toks if t.text[:1].isupper() and t.lower not in FUNCTION_WORDS)
    return Phrase(None, names, head, det, mods, stop)


def _role(word: str) -> bool:
    """A role noun a description can end in ("diplomat", "suspect")."""
    return word in ROLE_NOUNS or word in SUSPECT_NOUNS


def quote_regions(text: str, blocks: tuple[Block, ...]) -> list[Span]:
    """Spans inside double quotation marks (a quote left open closes at its paragraph's end)."""
    found: list[Span] = []
    for block in blocks:
        opened: int | None = None
        for mark in _QUOTE_MARK.finditer(text, block.span.start, block.span.end):
            i, ch, width = mark.start(), mark.group()[0], len(mark.group())
            if ch == "\u201c" or ((ch == '"' or width == 2) and opened is None):
                opened = i + width
            elif opened is not None:
                found.append(Span(opened, i))
                opened = None
        if opened is not None:
            found.append(Span(opened, block.span.end))
    return found


def attributed_quote(
    text: str, quotes: Sequence[Span], span: Span, block: Span, starts: Sequence[int] | None = None
) -> Span | None:
    """The quotation a speaker at *span* is credited with, in its paragraph (*quotes* sorted; *starts*:
    their starts, when the caller keeps them, so a long article's quotes are not listed per call).

    The quote right before it (``"...," Lee said``), else the one right after it
    in the same sentence (``Lee said: "..."``); ``None`` inside quotation marks.

    >>> t = '"Ask Kim," Lee said. Park said: "No."'
    >>> q = [Span(1, 9), Span(33, 36)]
    >>> attributed_quote(t, q, Span(11, 14), Span(0, 37)), attributed_quote(t, q, Span(21, 25), Span(0, 37))
    (Span(start=1, end=9), Span(start=33, end=36))
    """
    index = bisect_right(starts if starts is not None else [q.start for q in quotes], span.start) - 1
    if index >= 0 and quotes[index].contains(span):
        return None
    before = quotes[index] if index >= 0 else None
    if before is not None and block.start <= before.start and _GAP_BEFORE.fullmatch(text, before.end, span.start):
        return before
    after = quotes[index + 1] if index + 1 < len(quotes) else None
    if after is not None and after.end <= block.end and _GAP_AFTER.fullmatch(text, span.end, after.start):
        return after
    return None


def candidates(text: str, blocks: tuple[Block, ...], skip: Callable[[Span], bool] | None = None) -> Iterator[Span]:
    """Pronoun and role-noun phrases of the text (unfiltered; the resolver decides), in text order.

    *skip*: role nouns the caller will pass over anyway (it is told the noun's span; whatever phrase
    holds the noun is left out without working out where it starts).
    """
    found: list[Span] = []
    sentences = Sentences()
    for block in blocks:
        for m in _REFERRING.finditer(text, block.span.start, block.span.end):
            if m.group("pronoun") is not None:
                found.append(Span(*m.span()))
                continue
            if skip is not None and skip(Span(*m.span())):
                continue
            start = _phrase_start(text, block, m.start(), sentences)
            predicate = start is not None and _PREDICATE.search(text, max(0, start - 12), start) is not None
            if start is not None and not predicate and _follows_ok(text, m.end(), block.span.end):
                found.append(Span(start, m.end()))
    yield from sorted(found, key=lambda s: (s.start, s.end))


def _phrase_start(text: str, block: Block, head: int, sentences: Sentences) -> int | None:
    """Where the description ending at the role noun starts (its determiner), or None."""
    sentence = sentences.at(block.sentences, head, head + 1) or block.span
    before = tail_tokens(text, max(sentence.start, head - 80), head, 5)
    start = head
    for tok in reversed(before):
        if text[tok.end : start].strip(" \u2019's"):
            break
        if tok.lower in DEFINITE | INDEFINITE or (tok.possessive and start != head):
            return tok.start
        owner = _OWNER_THE.search(text, max(sentence.start, tok.start - 5), tok.start) if tok.possessive else None
        if owner is not None:
            return owner.start()  # "the North's leader", "the country's president"
        if tok.possessive or tok.lower in FUNCTION_WORDS:
            break
        start = tok.start
    headline = block.section == "headline"
    return start if headline and start < head and text[start].isupper() else None


class Sentences:
    """Finds the sentence of a block holding a position by bisecting (the starts of a block's sentences are
    listed once); make one per pass over an article, it keeps the sentence tuples it was asked about."""

    def __init__(self) -> None:
        """An empty index."""
        self._starts: dict[int, tuple[tuple[Span, ...], list[int] | None]] = {}  # id(sentences) -> starts

    def at(self, sentences: tuple[Span, ...], start: int, end: int) -> Span | None:
        """The first of *sentences* holding ``[start, end)`` (``start <= end``), or ``None``.

        >>> index = Sentences()
        >>> index.at((Span(0, 5), Span(5, 9), Span(10, 20)), 5, 5), index.at((Span(0, 5), Span(10, 20)), 6, 7)
        (Span(start=0, end=5), None)
        """
        starts = self._bisectable(sentences) if len(sentences) > 8 else None
        if starts is None:
            return next((s for s in sentences if s.start <= start and end <= s.end), None)
        index = bisect_right(starts, start) - 1  # in order and disjoint: only this one or the one before can hold it
        for s in sentences[max(0, index - 1) : index + 1]:
            if s.start <= start and end <= s.end:
                return s
        return None

    def _bisectable(self, sentences: tuple[Span, ...]) -> list[int] | None:
        """The sentence starts, when the sentences are in order, non-empty and non-overlapping (else ``None``:
        scan them)."""
        cached = self._starts.get(id(sentences))
        if cached is not None and cached[0] is sentences:
            return cached[1]
        ordered = all(s.start < s.end for s in sentences) and all(
            a.end <= b.start for a, b in zip(sentences, sentences[1:], strict=False)
        )
        starts = [s.start for s in sentences] if ordered else None
        self._starts[id(sentences)] = (sentences, starts)  # the tuple is held: its id stays its own
        return starts


def _follows_ok(text: str, end: int, stop: int) -> bool:
    """Whether what follows a role noun ends the description (not "the official statement")."""
    rest = text[end : min(stop, end + 30)]
    if not rest or not rest[0].isalnum() and not rest.startswith(" "):
        return not re.match(r",\s{1,3}[A-Z]", rest)  # "the spokesperson, Lim": a title, not a reference
    word = re.match(r"\s{1,3}([A-Za-z]{1,20})", rest)
    if word is not None and re.fullmatch(r"[a-z]{3,18}ed", word.group(1)) and word.group(1) not in _PARTICIPLES:
        return True  # a past-tense verb: "the suspect approached", "the minister visited"
    return word is None or word.group(1) in _FOLLOW or word.group(1) in SPEECH_VERBS


def speaks(text: str, span: Span) -> bool:
    """Whether *span* is the subject of a reporting frame ("X said", "said X", "according to X").

    >>> t = '"Yes," said the envoy. Kim, the minister, told reporters. Lee left.'
    >>> speaks(t, Span(12, 21)), speaks(t, Span(23, 26)), speaks(t, Span(58, 61))
    (True, True, False)
    """
    return _speaks(text, span.start, span.end)


def _reach(text: str, floor: int, start: int) -> int:
    """Where a ``_SPEAKER_BEFORE`` match ending at *start* can begin at the earliest (not before *floor*).

    Such a match is whole words apart from its first: up to six title words ("Minister", "of") before the
    name, each after one to three spaces, then the verb's word (or "according to").  Reading the text
    backwards from *start* over such words bounds where it can start, so the search, which tries every
    start, tries a few words instead of 90 characters (the same match: it cannot start earlier).
    """
    found = _SPEAKER_REACH.match(text[floor:start][::-1])
    return start - found.end() if found is not None else floor


def _speaks(text: str, start: int, end: int) -> bool:
    """:func:`speaks` for ``[start, end)``."""
    after = _SPEAKER_AFTER.match(text, end, min(len(text), end + 120))
    if after is not None and after.group("verb") in SPEECH_VERBS:
        return True
    before = _SPEAKER_BEFORE.search(text, _reach(text, max(0, start - 90), start), start)
    if before is None or (before.group("verb") is not None and before.group("verb") not in SPEECH_VERBS):
        return False
    return _CLAUSE_END.match(text, end) is not None  # "said Lee." yes; "said Lee was wrong" no
