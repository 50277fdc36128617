"""Reported speech: ``X said (that) ...``, ``..., X said``, ``according to X, ...``.

Each sentence of the headline and body is tried once, in this order: a passive
or hearsay frame (``was said to``: content without a speaker), a trailing frame
(``CONTENT, NAME said Thursday``), a leading frame (``NAME said (that) CONTENT``,
``NAME told reporters CONTENT``, ``..., but said CONTENT``), ``according to``.
A participial continuation (``, adding (that) CONTENT``) yields a second clause
with the same speaker.  Clauses that are mostly inside quote marks are direct
quotes, not reported speech.

>>> from service.extract.article import parse_article
>>> a = parse_article("Talks\\n\\nSEOUL, May 2 (AP) -- Ministry officials said the talks would resume.", "x")
>>> found = find_reported(a.text, a.blocks, {}, a.dateline.span)
>>> [(a.text[c.start:c.end], a.text[f.speaker.start:f.speaker.end]) for c, f, b in found]
[('the talks would resume', 'Ministry officials')]
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable, Sequence
from operator import attrgetter
from typing import Final

from ._phrases import (
    VERBS,
    Token,
    TokenCache,
    is_cue,
    near,
    np_after,
    np_before,
    outside,
    subject,
    without_asides,
)
from .article import Block
from .facts import Span
from .frames import TELL, Frame
from .lexicon import load_words

_HEARSAY_VERBS: Final = "said|reported|believed|thought|understood|rumou?red|alleged|claimed"
_PASSIVE: Final = re.compile(
    r"""
    \b(?:was|were|is|are|been|being)\s+          # a form of "be"
    (?:[a-z]+ly\s+|earlier\s+|also\s+){0,2}      # "was earlier said to"
    (?P<cue>""" + _HEARSAY_VERBS + r""")
    \s+to\b                                      # "... to have requested"
    """,
    re.VERBOSE,
)
# "said to", "believed to": part of every passive frame, a quicker test that most sentences fail
_HEARSAY_TO: Final = re.compile(r"(?:" + _HEARSAY_VERBS + r")\s+to\b")
_ADDING: Final = frozenset({"adding", "saying", "noting", "arguing", "explaining", "warning", "insisting"})
_TIME_TAIL: Final = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday yesterday today earlier later on in at "
    "a an the statement interview conference briefing news press teleconference tweet email week".split()
)

_CHANNELS: Final = load_words("cue_nouns") | {"twitter", "facebook", "cnn", "fox", "msnbc", "nbc", "abc", "cbs"}

_CUE_WORDS: Final = VERBS | {"according"}  # the words a clause frame can hang on

_SETTING: Final = frozenset(
    "asked speaking responding commenting addressing referring writing testifying answering pressed".split()
)
_NOT_CLAUSE: Final = frozenset(
    "in on at to about after before during for from with by of so yes no nothing little much more".split()
)

Found = tuple[Span, Frame, int]
SentenceHook = Callable[[int, Span, list[Token], int], None]  # (block index, sentence, its tokens, complete up to)
_start: Final = attrgetter("start")


def _content(text: str, lo: int, hi: int, quoted: tuple[Span, ...]) -> Span | None:
    """Trimmed clause span ``[lo, hi)``; None when short or mostly inside quote marks."""
    while lo < hi and text[lo] in " ,:\u2014\u2013-":
        lo += 1
    while hi > lo and text[hi - 1] in " .,;":
        hi -= 1
    if hi - lo < 12 or len(text[lo:hi].split(None, 2)) < 3:  # under three words
        return None
    inside = sum(max(0, min(hi, q.end + 1) - max(lo, q.start - 1)) for q in quoted)
    if inside >= 0.6 * (hi - lo) or text[lo] in '"\u201c':
        return None
    return Span(lo, hi)


def _tail_end(toks: list[Token], k: int) -> tuple[int, int | None]:
    """Index of a ', adding' continuation after cue *k* (or len), and the index of that participle."""
    for j in range(k + 1, len(toks)):
        if toks[j].text == "," and j + 1 < len(toks) and toks[j + 1].lower in _ADDING:
            return j, j + 1
    return len(toks), None


def _after_cue(toks: list[Token], k: int) -> int:
    """Index where the complement of the cue at *k* starts (object of 'told', 'that', a channel phrase)."""
    limit = min(len(toks), k + 10)
    for j in range(k + 1, limit):
        if toks[j].lower == "that":
            between = toks[k + 1 : j]
            if all(t.text[0].isalnum() and not is_cue(t) for t in between):
                return j + 1
            break
    j = k + 1
    if j < len(toks) and toks[j].lower in ("in", "on", "during", "at", "via"):
        channel = next((i for i in range(j + 1, min(len(toks), j + 5)) if toks[i].lower in _CHANNELS), None)
        if channel is not None:  # "said in a statement ...", "said on Twitter ..."
            j = channel + 1
            while j < len(toks) and toks[j].lower in _TIME_TAIL and toks[j].lower not in ("a", "the", "an"):
                j += 1
            return j + 1 if j < len(toks) and toks[j].lower == "that" else j
    if toks[k].lower in ("told", "tells", "tell", "telling") and j < len(toks):
        if toks[j].lower in ("the", "a", "an", "his", "her", "their", "its"):
            j += 1  # "told the newspaper"
        if j < len(toks) and toks[j].text[0].isupper():
            while j < len(toks) and toks[j].text[0].isupper():
                j += 1  # "told CNN", "told The Associated Press"
        else:
            j += 1  # "told reporters", "told him"
    return j


def _index_of(toks: list[Token], speaker: Span | None) -> int | None:
    """Index of the token where the *speaker* phrase starts (tokens are in text order: a binary search)."""
    if speaker is None:
        return None
    i = bisect_left(toks, speaker.start, key=_start)
    return i if i < len(toks) and toks[i].start == speaker.start else None


def _in_sentence(
    text: str,
    sentence: Span,
    block: int,
    quoted: tuple[Span, ...],
    cache: TokenCache,
    seen: SentenceHook | None = None,
) -> list[Found]:
    """Reported clauses of one sentence (*seen* gets its tokens; *cache* keeps them)."""
    hearsay = _HEARSAY_TO.search(text, sentence.start, sentence.end)
    passive = _PASSIVE.search(text, sentence.start, sentence.end) if hearsay is not None else None
    if passive is not None:
        content = _content(text, sentence.start, sentence.end, quoted)
        return [(content, Frame(Span(*passive.span("cue")), None, "frame.passive"), block)] if content else []
    plain = text.find("(", sentence.start, sentence.end) < 0  # no aside may pair a mark inside a quote with one out
    toks, complete = cache.sentence(sentence.start, sentence.end, quoted if plain else ())  # quotes' words: dropped
    if seen is not None:
        seen(block, sentence, toks, complete)
    toks = without_asides(text, toks, sentence.start, sentence.end)
    if quoted:
        toks = outside(toks, quoted)
    for k, tok in enumerate(toks):
        if tok.lower not in _CUE_WORDS:
            continue  # most words: neither a reporting verb nor 'according'
        if tok.lower == "according" and k + 1 < len(toks) and toks[k + 1].lower == "to":
            return _according(text, toks, k, block, quoted, sentence)
        that = k + 1 < len(toks) and toks[k + 1].lower == "that"  # a weak cue with 'that': "X reported that ..."
        if not tok.text[0].isalnum() or not is_cue(tok, strong=not that) or tok.lower in _ADDING:
            continue
        speaker = np_before(toks, k)  # both frames start from the phrase right before the cue
        found = _trailing(text, toks, k, speaker, block, quoted, sentence) or _leading(
            text, toks, k, speaker, block, quoted, sentence
        )
        if found:
            return found
    return []


def _trailing(
    text: str, toks: list[Token], k: int, speaker: Span | None, block: int, quoted: tuple[Span, ...], sentence: Span
) -> list[Found]:
    """'CONTENT, NAME said Thursday(, adding ...).' and 'CONTENT, said NAME.' (*speaker*: the phrase before the cue)"""
    first = _index_of(toks, speaker)
    before = first - 1 if first is not None else -1
    while before > 0 and toks[before].text in '"\u201d\u2019':
        before -= 1  # '"...," Park said, adding ...': the comma before the closing mark
    if speaker is not None and first is not None and before >= 0 and toks[before].text == ",":
        comma = toks[before]
    elif k > 0 and toks[k - 1].text == "," and toks[k].lower not in TELL and (speaker := np_after(toks, k + 1)):
        comma = toks[k - 1]
    else:
        return []
    end, participle = _tail_end(toks, k)
    tail = [t for t in toks[k + 1 : end] if t.start >= speaker.end]
    if tail and tail[0].text == "," and participle is None:
        tail = []  # "..., said Mia Tork, a director at the institute."
    if any(t.lower not in _TIME_TAIL for t in tail if t.text[0].isalnum()):
        return []
    content = _content(text, sentence.start, comma.start, quoted)
    more = _adding(text, toks, participle, speaker, block, quoted, sentence)  # '"...," Park said, adding that ...'
    if content is None or (toks and toks[0].lower in _SETTING):
        return more  # "Asked about the plan, Park said ...": the opener sets the scene, nobody says it
    frame = Frame(Span(toks[k].start, toks[k].end), speaker, "frame.trailing")
    return [(content, frame, block)] + more


def _leading(
    text: str, toks: list[Token], k: int, speaker: Span | None, block: int, quoted: tuple[Span, ...], sentence: Span
) -> list[Found]:
    """'NAME said (that) CONTENT' (the subject opens the clause) and '..., but said CONTENT' (*speaker*: the phrase
    before the cue)."""
    if speaker is None and k > 1 and toks[k - 1].text == ",":  # "38 North, a website on Korea, reported"
        comma = next((c for c in range(k - 2, max(0, k - 16), -1) if toks[c].text == ","), None)
        speaker = np_before(toks, comma) if comma is not None else None
    first = _index_of(toks, speaker)
    rule = "frame.leading"
    if speaker is None or first is None or not (first == 0 or (toks[first - 1].text == "," and first <= 6)):
        j = k - 1
        while j > 0 and toks[j].lower.endswith("ly"):
            j -= 1
        gerund = toks[k].lower.endswith("ing")
        if j <= 0 or toks[j].lower not in ("but", "and", ",") or (toks[j].text == "," and gerund):
            return []
        speaker, rule = subject(toks), "frame.subject"
        if speaker is not None and speaker.end >= toks[k].start:
            return []
        if speaker is None:
            return []
    start = _after_cue(toks, k)
    if start >= len(toks) or toks[start].lower in _NOT_CLAUSE:
        return []  # "wrote in after the vote", "said so": no reported clause
    end, participle = _tail_end(toks, k)
    stop = toks[end].start if end < len(toks) else sentence.end
    content = _content(text, toks[start].start, stop, quoted)
    if content is None:
        return []
    frame = Frame(Span(toks[k].start, toks[k].end), speaker, rule)
    return [(content, frame, block)] + _adding(text, toks, participle, speaker, block, quoted, sentence)


def _adding(
    text: str, toks: list[Token], participle: int | None, speaker: Span, block: int,
    quoted: tuple[Span, ...], sentence: Span,
) -> list[Found]:
    """', adding (that) CONTENT': the same speaker says more."""
    if participle is None:
        return []
    start = participle + 1
    if start < len(toks) and toks[start].lower == "that":
        start += 1
    if start >= len(toks):
        return []
    content = _content(text, toks[start].start, sentence.end, quoted)
    if content is None:
        return []
    cue = Span(toks[participle].start, toks[participle].end)
    return [(content, Frame(cue, speaker, "frame.adding"), block)]


def _according(
    text: str, toks: list[Token], k: int, block: int, quoted: tuple[Span, ...], sentence: Span
) -> list[Found]:
    """'According to NAME, CONTENT.' and 'CONTENT, according to NAME.'"""
    speaker = np_after(toks, k + 2)
    if speaker is None:
        return []
    cue = Span(toks[k].start, toks[k + 1].end)
    if k == 0:
        after = next((t for t in toks if t.start >= speaker.end and t.text == ","), None)
        content = _content(text, after.end, sentence.end, quoted) if after else None
    else:
        content = _content(text, sentence.start, toks[k].start, quoted)
    return [(content, Frame(cue, speaker, "frame.according_to"), block)] if content else []


def find_reported(
    text: str,
    blocks: Sequence[Block],
    quoted: dict[int, tuple[Span, ...]],
    dateline: Span | None = None,
    seen: SentenceHook | None = None,
    cache: TokenCache | None = None,
) -> list[Found]:
    """Reported-speech clauses ``(content, frame, block index)`` of the headline and body blocks.

    *quoted* maps a block index to the quoted spans inside that block.
    A sentence holding the *dateline* starts after it (the dateline is no one's words).
    *seen* is called with ``(block index, sentence, tokens, complete)`` for each sentence tokenized on the way
    (not a passive one): a caller that needs those tokens too does not tokenize the text again.  The words of
    long quotes are left out (see :meth:`TokenCache.sentence`): the tokens are all there up to *complete*.
    *cache* keeps every stretch tokenized, for later frames.
    """
    cache = cache if cache is not None else TokenCache(text, [])
    found: list[Found] = []
    for index, block in enumerate(blocks):
        if block.section == "caption":
            continue
        for sentence in block.sentences:
            if dateline is not None and sentence.start <= dateline.start < sentence.end:
                if dateline.end >= sentence.end:
                    continue
                sentence = Span(dateline.end, sentence.end)
            inside = near(quoted.get(index, ()), sentence.start, sentence.end)
            found.extend(_in_sentence(text, sentence, index, inside, cache, seen))
    return found
