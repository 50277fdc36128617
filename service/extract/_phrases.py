"""Tokens and phrases for attribution: reporting verbs, speaker phrases, clause subjects.

Everything works on :class:`Token` values with offsets into the untouched text.
A speaker phrase ends in a name, a pronoun or a person, group or organization
noun ("Baker", "he", "the Canadian envoy", "city officials"); sentence openers
("However,", "In a speech on Monday,") are skipped before a clause subject.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from operator import attrgetter
from typing import Final, NamedTuple

from .facts import Span
from .lexicon import load_words
from .speakers import GROUP_NOUNS, ORG_NOUNS, ROLES, TITLE_WORDS

_ABBREVIATIONS: Final = load_words("abbreviations")
_TOKEN: Final = re.compile(
    r"""
    (?:[A-Za-z]\.){2,}                             # U.S., U.N., a.m.
    | [A-Z]\.(?=\s)                                # an initial: J. Michael Smith
    | \w+(?:[-'\u2019&]\w+){0,4}(?:['\u2019]s?)?    # a word, hyphenated or possessive ...
      (?:\.(?=\s))?                                # ... maybe an abbreviation's dot (checked after)
    | [^\w\s]                                      # one punctuation mark
    """,
    re.VERBOSE,
)
_ABBREVIATION_SET: Final = frozenset(_ABBREVIATIONS)
# The same tokens, each with the white space before it: ``findall`` then yields plain strings, and the offsets
# follow from their lengths (every character that is not white space starts a token, so nothing else is skipped).
_SPACED_TOKEN: Final = re.compile(r"(\s*)(" + _TOKEN.pattern + ")", re.VERBOSE)

VERBS: Final = load_words("speech_verbs")
WEAK: Final = load_words("quote_weak_cues")
STRONG: Final = VERBS - WEAK
PRONOUNS: Final = frozenset({"he", "she", "they", "it", "i", "we", "you"})
DETERMINERS: Final = frozenset({"the", "a", "an", "this", "that", "these", "those", "his", "her", "its", "their"})
_PP_OPENERS: Final = frozenset({"in", "at", "on", "near", "from", "during", "outside", "inside"})  # "the driver in X"
_INSIDE: Final = frozenset({"of", "for", "'s", "\u2019s", "and"})  # may sit inside a speaker phrase
_ADVERBS: Final = frozenset(
    "has have had would will also earlier later previously recently then again often once just "
    "later already still has had was is were are been repeatedly privately publicly first last "
    "never always even only did does do could may might should can must herself himself itself "
    "separately quickly simply flatly".split()
)
STOP: Final = frozenset(
    "but and or that which who whom whose when while where as if because though although since "
    "than so yet nor in on to from with by after before during about over into under like "
    "against without within told said says asked not there here it's this".split()
)
_TIMES: Final = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday yesterday today tonight "
    "morning afternoon evening night week month year earlier later".split()
)
_AUX: Final = frozenset(
    "will would can could should may might must is are was were has have had do does did be been "
    "who which whose".split()
)
_COMMON_VERBS: Final = frozenset(
    "began begins became becomes went goes made makes took takes got gets gave gives came comes saw sees "
    "spoke speaks knew knows thought thinks found finds kept keeps left leaves put puts ran runs set sets "
    "stood stands sought seeks brought brings held holds met meets paid pays sent sends won wins lost "
    "loses led leads tried tries wants wanted needs needed seems seemed appears appeared remains remained".split()
)
_OPENERS: Final = frozenset(
    "but and so yet however still meanwhile also instead now then later earlier indeed moreover "
    "otherwise plus separately likewise similarly nonetheless nevertheless first second third finally "
    "today yesterday tonight recently previously initially ultimately instead afterward afterwards".split()
)
_LEADING: Final = frozenset(
    "in on at during after before since for with without despite amid while when as if because although "
    "though unlike like from over under by following asked speaking according addressing among about "
    "once until throughout".split()
)
_NOT_NAME: Final = STOP | DETERMINERS | _TIMES | _OPENERS | _LEADING | frozenset(
    "one two three four five six seven eight nine ten some many most several all both each few other "
    "another such no more less first second third last next".split()
)
NOUNS: Final = GROUP_NOUNS | ORG_NOUNS | frozenset(ROLES) | frozenset(
    "spokesman spokeswoman spokesperson aide adviser advisor official source analyst expert candidate "
    "nominee lawmaker senator governor mayor president chairman director manager strategist "
    "pollster lawyer attorney founder leader member host author professor".split()
)

class Token(NamedTuple):
    """A token with its offsets (a named tuple: millions are made on a 1 MB text)."""

    start: int
    end: int
    text: str
    lower: str = ""  # the text in lower case (computed once by :func:`tokens`)


_start: Final = attrgetter("start")
_end: Final = attrgetter("end")
_new_token: Final = tuple.__new__  # builds a Token without the generated ``__new__`` (hot: one per token)


def tokens(text: str, lo: int, hi: int) -> list[Token]:
    """Tokens of ``text[lo:hi]`` with absolute offsets.

    >>> [t.text for t in tokens("Sen. R. Baker (U.S.) said.", 0, 27)]
    ['Sen.', 'R.', 'Baker', '(', 'U.S.', ')', 'said', '.']
    """
    found: list[Token] = []
    append = found.append
    end = lo
    for space, word in _SPACED_TOKEN.findall(text, lo, hi):  # no match objects: offsets from the lengths
        start = end + len(space)
        end = start + len(word)
        if word[-1] == "." and len(word) > 2 and "." not in word[:-1] and word[:-1].lower() not in _ABBREVIATION_SET:
            bare = word[:-1]  # a full stop, not in the word
            append(_new_token(Token, (start, end - 1, bare, bare.lower())))
            append(_new_token(Token, (end - 1, end, ".", ".")))
        else:
            append(_new_token(Token, (start, end, word, word.lower())))
    return found


def truncate(text: str, toks: list[Token], hi: int) -> list[Token]:
    """``tokens(text, lo, hi)`` from *toks* = ``tokens(text, lo, end)`` for some ``end >= hi``, without tokenizing
    it all again: the tokens ending before *hi* are the same (a token only looks one character past its end),
    the rest is tokenized again.  When nothing is cut, *toks* itself comes back.

    >>> t = "Gov. Jo Lee said no."
    >>> truncate(t, tokens(t, 0, len(t)), 4) == tokens(t, 0, 4)
    True
    """
    n = bisect_left(toks, hi, key=_end)  # the first token that ends at or after *hi*
    if n == len(toks):
        return toks  # all of them (the same list: do not change it)
    return toks[:n] + tokens(text, toks[n].start, hi)


_MIN_GAP: Final = 24  # a quote with fewer characters between its first and last space is tokenized anyway


class TokenCache:
    """Stretches of one text tokenized so far (in text order), reused for any range inside one of them.

    ``cache.tokens(lo, hi) == tokens(text, lo, hi)``: a range inside a stored stretch that starts between two of its
    tokens is a slice of it (the last token is tokenized again when *hi* cuts it, as in :func:`truncate`); any other
    range is tokenized.  Only what follows a *wanted* offset is stored (a 1 MB text has a million tokens: keeping
    them all costs more memory traffic than tokenizing again).

    >>> t = '"We will keep going," said Jo Lee.'
    >>> cache = TokenCache(t, wanted=[20])
    >>> [x.text for x in cache.sentence(0, len(t), ())[0]][-4:]
    ['said', 'Jo', 'Lee', '.']
    >>> cache.tokens(20, 33) == tokens(t, 20, 33), len(cache.stored[0])
    (True, 5)
    """

    def __init__(self, text: str, wanted: list[int]) -> None:
        self.text = text
        self.wanted = sorted(wanted)  # offsets where later ranges will start (after closing marks)
        self.starts: list[int] = []  # stretch starts, rising
        self.ends: list[int] = []
        self.stored: list[list[Token]] = []  # ``tokens(text, start, end)`` of each stretch

    def add(self, lo: int, hi: int, toks: list[Token]) -> None:
        """Offer ``toks == tokens(text, lo, hi)``: the part from the first wanted offset in the range is stored
        (when that offset falls between two tokens and the range comes after the last one stored)."""
        i = bisect_left(self.wanted, lo)
        if i == len(self.wanted) or self.wanted[i] >= hi or (self.ends and self.ends[-1] > lo):
            return
        at = self.wanted[i]
        first = bisect_left(toks, at, key=_start)
        if first == 0 or toks[first - 1].end <= at:
            self.starts.append(at)
            self.ends.append(hi)
            self.stored.append(toks[first:])

    def tokens(self, lo: int, hi: int) -> list[Token]:
        """``tokens(text, lo, hi)``, sliced from a stored stretch when one holds the range."""
        i = bisect_right(self.starts, lo) - 1  # the last stretch starting at or before *lo*
        if i >= 0 and hi <= self.ends[i]:
            toks = self.stored[i]
            first = bisect_left(toks, lo, key=_start)
            if first == 0 or toks[first - 1].end <= lo:  # *lo* is between two tokens: the same tokens follow
                n = bisect_left(toks, hi, lo=first, key=_end)  # the first token ending at or after *hi*
                if n == len(toks) or toks[n].start >= hi:
                    return toks[first:n]
                return toks[first:n] + tokens(self.text, toks[n].start, hi)
        return tokens(self.text, lo, hi)

    def sentence(self, lo: int, hi: int, skip: tuple[Span, ...]) -> tuple[list[Token], int]:
        """The tokens of ``text[lo:hi]``, but for those inside a long *skip* span (a quote) between its first and
        last space, which are never tokenized; and the offset up to which the tokens are all there.

        A space is never inside a token, so the tokens before it and after it are the same as in the whole
        range.  Every stretch tokenized is stored.
        """
        text = self.text
        found: list[Token] = []
        complete = hi
        at = lo  # where the next stretch starts: *lo* or a space
        for span in skip:
            first = text.find(" ", max(span.start, at), min(span.end, hi))
            if first < 0:
                continue
            last = text.rfind(" ", first + 1, min(span.end, hi))
            if last - first < _MIN_GAP:
                continue
            found += self._stretch(at, first + 1)  # up to the first space (its look-ahead sees the space)
            complete = min(complete, first + 1)
            at = last
        found += self._stretch(at, hi)
        return found, complete

    def _stretch(self, lo: int, hi: int) -> list[Token]:
        toks = tokens(self.text, lo, hi)
        self.add(lo, hi, toks)
        return toks


def near(spans: tuple[Span, ...], lo: int, hi: int) -> tuple[Span, ...]:
    """The disjoint *spans* (in text order) that reach into ``[lo - 2, hi + 2)``: per-sentence lookups stay cheap.

    >>> near((Span(0, 5), Span(10, 20), Span(40, 50)), 18, 30)
    (Span(start=10, end=20),)
    """
    if len(spans) < 8:
        return tuple(s for s in spans if s.end > lo - 2 and s.start < hi + 2)
    first = bisect_left(spans, lo - 1, key=lambda s: s.end)  # disjoint: ends rise with starts
    last = bisect_left(spans, hi + 2, lo=first, key=lambda s: s.start)
    return spans[first:last]


def outside(toks: list[Token], spans: tuple[Span, ...]) -> list[Token]:
    """The tokens that do not start inside any of *spans* (quotes; both in text order: binary searches, no scan).

    >>> t = 'He said "no way" today'
    >>> [x.text for x in outside(tokens(t, 0, len(t)), (Span(9, 15),))]
    ['He', 'said', '"', '"', 'today']
    """
    if any(b.start < a.start for a, b in zip(spans, spans[1:], strict=False)):
        return [t for t in toks if not any(s.start <= t.start < s.end for s in spans)]  # never in text order
    kept: list[Token] = []
    i = 0
    for span in spans:
        j = bisect_left(toks, span.start, lo=i, key=_start)
        kept.extend(toks[i:j])
        i = max(j, bisect_left(toks, span.end, lo=j, key=_start))
    kept.extend(toks[i:])
    return kept


def plain_tokens(text: str, lo: int, hi: int) -> list[Token]:
    """Tokens without short parentheticals, which never carry a frame: 'Rep. Jo Lee (D-Md.) said'.

    >>> t = "Rep. Jo Lee (D-Md.) said"
    >>> [x.text for x in plain_tokens(t, 0, len(t))]
    ['Rep.', 'Jo', 'Lee', 'said']
    """
    return without_asides(text, tokens(text, lo, hi), lo, hi)


def without_asides(text: str, found: list[Token], lo: int, hi: int) -> list[Token]:
    """*found* (the tokens of ``text[lo:hi]``) without short parentheticals (see :func:`plain_tokens`)."""
    if text.find("(", lo, hi) < 0:
        return found  # no parenthesis at all (the usual case)
    out: list[Token] = []
    i = 0
    while i < len(found):
        if found[i].text == "(":
            close = next((j for j in range(i + 1, min(len(found), i + 10)) if found[j].text == ")"), None)
            if close is not None:
                i = close + 1
                continue
        out.append(found[i])
        i += 1
    return out


def is_cue(token: Token, strong: bool = False) -> bool:
    """Whether *token* is a reporting verb (lower case; *strong* excludes noun-like verbs)."""
    if not token.text.islower():
        return False
    return token.lower in (STRONG if strong else VERBS)


def wordish(token: Token) -> bool:
    return token.text[0].isalnum()


def np_before(toks: list[Token], k: int) -> Span | None:
    """The speaker phrase ending right before token *k* (a cue), skipping auxiliaries and adverbs."""
    j = k - 1
    while j >= 0 and k - j <= 3 and (toks[j].lower in _ADVERBS or toks[j].lower.endswith("ly")):
        j -= 1
    end = j
    while j >= 0 and end - j < 9:
        tok = toks[j]
        low = tok.lower
        if not wordish(tok) or (low in STOP and low not in _INSIDE) or low in _TIMES or is_cue(tok):
            break
        j -= 1
    first = j + 1
    if 0 <= end and toks[end].lower in PRONOUNS and first < end:
        return Span(toks[end].start, toks[end].end)  # "every time he said": the pronoun is the subject
    while first <= end and toks[first].lower in _INSIDE:
        first += 1
    if first > end or toks[end].lower in _INSIDE or toks[end].lower in DETERMINERS:
        return None
    if not head_ok(toks[end], toks[first]):
        return None
    return Span(toks[first].start, toks[end].end)


def head_before(toks: list[Token], k: int) -> Span | None:
    """:func:`np_before`, carried back over the prepositional phrases of a subject: in 'The driver in Monday's
    crash in Portville said' the driver speaks, never the place that ends the last phrase."""
    span = np_before(toks, k)
    if span is None:
        return None
    first = next(i for i in range(k - 1, -1, -1) if toks[i].start == span.start)
    start = first
    while start > 1 and toks[start - 1].lower in _PP_OPENERS:
        m = start - 1
        while m > 0 and start - 1 - m < 6 and _chunk_word(toks[m - 1]):
            m -= 1
        if m == start - 1:
            break
        start = m
    if start == first:
        return span
    head = next(i for i in range(start, first) if toks[i + 1].lower in _PP_OPENERS)
    opens = start == 0 or toks[start - 1].text in ",;:" or toks[start].lower in DETERMINERS
    if not opens or _verbish_head(toks[head]) or not head_ok(toks[head], toks[start]):
        return span
    return Span(toks[start].start, toks[head].end)


def _chunk_word(token: Token) -> bool:
    """A word inside a noun phrase ('Monday's bus crash', 'the driver'): no verb, clause word or time adverb."""
    low = token.lower
    return wordish(token) and low not in STOP and low not in _AUX and low not in _ADVERBS and not is_cue(token)


def _verbish_head(token: Token) -> bool:
    """A phrase head that reads as a verb ('Residents gathered in X said')."""
    low = token.lower
    return low in VERBS or low in _COMMON_VERBS or (token.text.islower() and low.endswith(("ed", "ing", "ly")))


def head_ok(token: Token, first: Token | None = None) -> bool:
    """A speaker phrase ends in a name, a pronoun or a person/group/organization noun, never a possessive;
    after a determiner ('the editorial', "Trump's aide") any noun-like head will do."""
    low = token.lower
    if low.endswith(("'s", "\u2019s", "'", "\u2019")):
        return False
    if token.text[0].isupper() or low in PRONOUNS or low in NOUNS or low.rstrip("s") in NOUNS:
        return True
    opener = first is not None and first is not token and (
        first.lower in DETERMINERS or first.lower.endswith(("'s", "\u2019s")) or first.lower in ("another", "one")
    )
    verbish = low in STOP or low in _ADVERBS or low.endswith(("ly", "ing", "ed")) or low in _AUX
    return opener and not verbish


def np_after(toks: list[Token], k: int) -> Span | None:
    """The speaker phrase starting at token *k* (after an inverted cue: 'said the minister')."""
    j = k
    while j < len(toks) and j - k < 9:
        tok = toks[j]
        low = tok.lower
        if not wordish(tok) or (low in STOP and low not in _INSIDE) or low in _TIMES or is_cue(tok):
            break
        if low in _AUX and j > k:
            break
        j += 1
    last = j - 1
    while last >= k and (toks[last].lower in _INSIDE or toks[last].lower in DETERMINERS):
        last -= 1
    if last < k:
        return None
    return Span(toks[k].start, toks[last].end)


def skip_opening(toks: list[Token]) -> int:
    """Index past sentence openers: 'But', 'However,', 'Earlier this week,', 'In June, after the vote,'."""
    i = 0
    for _ in range(3):
        was = i
        while i < len(toks) and toks[i].lower in _OPENERS:
            i += 1
            if i < len(toks) and toks[i].text == ",":
                i += 1
        low = toks[i].lower if i < len(toks) else ""
        participle = low.endswith(("ing", "ed")) and not _verb_next(toks, i)  # not "Husted continued"
        if low and (low in _LEADING or low in _TIMES or participle):
            comma = next((j for j in range(i + 1, min(len(toks), i + 24)) if toks[j].text == ","), None)
            if comma is None:
                return len(toks)
            i = comma + 1
        elif 0 < i < len(toks) and toks[i - 1].lower in _OPENERS and toks[i].lower in DETERMINERS:
            comma = next((j for j in range(i + 1, min(len(toks), i + 5)) if toks[j].text == ","), None)
            i = comma + 1 if comma is not None else i  # "Earlier this week, ..."
        if i == was:
            break  # nothing skipped: another round would skip nothing either
    return i


def _verb_next(toks: list[Token], i: int) -> bool:
    """The word after token *i* is a finite verb ('Husted continued', 'Redford says'): token *i* is a name."""
    if i + 1 >= len(toks) or not toks[i + 1].text.islower():
        return False
    low = toks[i + 1].lower
    return low in VERBS or (low.endswith(("ed", "es")) and low not in STOP)


def subject(toks: list[Token]) -> Span | None:
    """The clause subject at the start of *toks* (past an opener): a pronoun, a name, or a noun phrase.

    >>> t = "In a speech on Monday, Gov. Jo Lee said no."
    >>> s = subject(tokens(t, 0, len(t))); t[s.start:s.end]
    'Gov. Jo Lee'
    """
    i = skip_opening(toks)
    if i >= len(toks) or not wordish(toks[i]):
        return None
    if toks[i].lower in PRONOUNS:
        return Span(toks[i].start, toks[i].end)
    j = i
    named = False  # a capitalised name has started: a lower-case word after it ends the phrase
    while j < len(toks) and j - i < 8 and toks[j].text[0].isalnum():
        low = toks[j].lower
        if j > i and toks[j].text.islower():
            if named:  # a lower-case word after a name ends the phrase ...
                if (low in ORG_NOUNS or low in GROUP_NOUNS) and toks[j - 1].text[0].isupper():
                    j += 1  # ... unless it heads a body: "The Seoul government", "South Korean officials"
                break
            if not _extends(toks, i, j):
                break  # ("Minister calls N. Korean ...": the verb ends the subject)
        elif toks[j].text[0].isupper() and low.rstrip(".") not in TITLE_WORDS and low not in DETERMINERS:
            # ("The ministry" has no name yet, "Seoul's unification ministry" a possessor: a lower-case head may follow)
            named = not low.endswith(("'s", "\u2019s"))
        j += 1
    while j > i and (toks[j - 1].lower in _INSIDE or toks[j - 1].lower in DETERMINERS):
        j -= 1
    phrase = [t.lower.rstrip(".") for t in toks[i:j]]
    if not phrase or all(w in _NOT_NAME for w in phrase) or (phrase[0] in DETERMINERS and len(phrase) == 1):
        return None
    if not any(t.text[0].isupper() for t in toks[i:j]) and phrase[-1].rstrip("s") not in NOUNS:
        return None
    if not head_ok(toks[j - 1], toks[i]):
        return None
    return Span(toks[i].start, toks[j - 1].end)


def _extends(toks: list[Token], i: int, j: int) -> bool:
    """Whether the lower-case word *j* goes on with the subject phrase opened at *i* (no name in it yet): a
    function word inside a phrase, a noun, a word after a determiner or possessive that is no verb ("the
    retired surgeon", "North Korea's state media"), or a modifier of a name or noun that follows."""
    low = toks[j].lower
    if low in _INSIDE or low in DETERMINERS or low in NOUNS or low.rstrip("s") in NOUNS:
        return True
    nxt = toks[j + 1] if j + 1 < len(toks) else None
    owned = toks[j - 1].lower.endswith(("'s", "\u2019s"))  # right after a possessive: never a verb
    opened = toks[i].lower in DETERMINERS or owned or (j - i >= 2 and toks[j - 2].lower.endswith(("'s", "\u2019s")))
    if opened and j - i <= 4 and (owned or not _verbish(toks[j], nxt)):
        return True
    modifier = nxt is not None and wordish(nxt) and (nxt.text[0].isupper() or nxt.lower in NOUNS)
    return modifier and not low.endswith("ly") and low not in VERBS and low not in _COMMON_VERBS


def _verbish(token: Token, nxt: Token | None) -> bool:
    """A word that can end a determiner phrase as its verb ('The retired surgeon began ...')."""
    low = token.lower
    if low in STOP or low in _AUX or low in _ADVERBS or low in VERBS or low in _COMMON_VERBS:
        return True
    if low.endswith(("ed", "ly")) and nxt is not None and nxt.text.islower():
        return True
    return nxt is None or not (wordish(nxt) or nxt.text == ",")  # "The man, surnamed Choi," is a noun phrase


def speaker_ok(text: str, span: Span | None) -> bool:
    """A plausible speaker phrase: not a bare function word, and never 'I'/'we' only from a quote."""
    if span is None:
        return False
    words = text[span.start : span.end].split()
    if len(words) == 1 and words[0].islower() and words[0] not in PRONOUNS and words[0].rstrip("s") not in NOUNS:
        return False  # a common word ('amount') is nobody
    return bool(words) and not (len(words) == 1 and words[0].lower() in STOP | DETERMINERS | _TIMES)
