"""Choosing the attribution frame of a quoted segment (helpers of :mod:`service.extract.quotes`).

A transcript line (``"PENCE: Well, ..."``) is its label's (:func:`transcript`).  In a
headline, a trailing ``: <source>`` attributes the quote (``frame.headline_source``).
Order: ``what NAME called`` and ``NAME dismissing X as "..."`` (partial quotes), a frame right after a closing mark,
one right before the opening mark, another cue of the sentence, the clause
subject of an introduced quote, a colon closing the previous sentence or
paragraph, the previous sentence's frame; then context: an attribution line
(``- NAME.``) after the quote's paragraph, or the last frame of the previous
paragraph for a paragraph that is all quote.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from typing import Final

from ._phrases import DETERMINERS, PRONOUNS, Token, TokenCache, is_cue, near
from .article import Block
from .facts import Span
from .frames import Frame, after_quote, before_quote, gerund, sentence_frames, subject_frame, what_called
from .quotemarks import Segment
from .speakers import GROUP_NOUNS

_CLAUSE: Final = re.compile(
    r"""
    (?:;|,\s(?:but|and|while|whereas|yet)\b|\swhile\b|\swhereas\b)\s+   # a clause boundary
    """,
    re.VERBOSE,
)
_FIRST_WORD: Final = re.compile(
    r"""
    [\s,]*([a-z][\w'\u2019-]*)   # the first word after an earlier quote, in lower case (no name opens a clause)
    """,
    re.VERBOSE,
)
_PLURAL_SUBJECT: Final = re.compile(
    r"""
    (?:^|\b(?:as|while|when|after|and|but|because|since|the)\s)  # a clause opener or article before it
    (?P<noun>[a-z]{3,20}(?:s|men|people))\s+$                     # a plural noun right before the cue
    """,
    re.VERBOSE,
)
# the last word before the mark in "what X called (a) ..."
_CALLING: Final = frozenset("called calls termed terms dubbed labeled deemed as a an the".split())
_NEW_CLAUSE: Final = DETERMINERS | PRONOUNS | frozenset(
    "and but or so yet while whereas as because since although though if when where who which that said says "
    "according".split()
)  # words that may start a clause with its own subject
_DASH_LINE: Final = re.compile(
    r"""
    [-\u2013\u2014]\s{0,3}                           # a dash opens the attribution line
    (?P<name>[A-Z][\w.'\u2019-]{0,30}(?:\s[A-Z][\w.'\u2019-]{0,30}){0,3})  # one to four capitalised words
    \.?\s*$                                         # nothing after it
    """,
    re.VERBOSE,
)

_LABEL: Final = re.compile(
    r"""
    (?P<name>[A-Z][A-Z'\u2019-]{1,20}(?:\s[A-Z][A-Z'\u2019-]{1,20}){0,2})  # a name in capitals: "PENCE"
    (?P<colon>:)\s                                                       # then a colon and a space
    """,
    re.VERBOSE,
)
_SOURCE: Final = re.compile(
    r"""
    [^:\n]{0,40}?(?P<colon>:)\s{1,3}                    # the colon (a few words may follow the quote first)
    (?P<np>[A-Za-z][\w.'\u2019-]{0,30}(?:\s[\w.'\u2019-]{1,30}){0,5}?)  # one to six words: the source
    \s*$                                               # ends the headline
    """,
    re.VERBOSE,
)


def sentence_of(block: Block, at: int) -> Span:
    """The sentence of *block* holding offset *at* (the block itself as a fallback)."""
    sentences = block.sentences
    i = bisect_right(sentences, at, key=lambda s: s.start) - 1  # the last sentence starting at or before *at*
    for sentence in sentences[max(0, i - 1) : i + 1]:
        if sentence.start <= at < sentence.end or at == sentence.end:
            return sentence
    return block.span


def kind_of(text: str, block: Block, segment: Segment) -> str:
    """``direct`` when the quote opens its sentence or follows a colon or comma; else ``partial``."""
    if segment.single:
        return "partial"
    sentence = sentence_of(block, segment.open_at)
    before = text[sentence.start : segment.open_at].rstrip()
    if not before or before[-1] in ":,\u2014-" or before.endswith(("\u201c", '"')):
        return "direct"
    if before[-1] in ".?!" and text.startswith("''", segment.open_at):
        return "direct"  # sentences are not split before a two-apostrophe mark: '... chief. ''It is new.'''

    words = before.split()
    last = words[-1].lower()
    if len(words) > 1 and words[-2].lower() in DETERMINERS:
        return "partial"  # 'calling the claim "..."': a noun, not a reporting verb
    if last in _CALLING and what_called(text, sentence.start, segment.open_at) is not None:
        return "partial"  # 'what they called "unfair fees."': a noun phrase, even with a full stop inside
    after = text[(segment.close_at + 1 if segment.close_at is not None else segment.end) : sentence.end]
    if is_cue(Token(0, len(last), last, last.lower())) and not any(c.isalnum() for c in after):
        return "direct"  # 'She said "we are done."'
    return "partial"


def frame_of(
    text: str,
    blocks: list[Block],
    group: list[Segment],
    kind: str,
    quoted: tuple[Span, ...],
    cache: TokenCache | None = None,
) -> Frame | None:
    """The attribution frame of a quote: after it, before it, or elsewhere in its sentence (*cache*: tokens made
    so far)."""
    first = group[0]
    block = blocks[first.block]
    head = sentence_of(block, first.open_at)
    previous = sentence_of(block, head.start - 2) if head.start > block.span.start + 1 else head
    quoted = near(quoted, min(previous.start, head.start), head.end)
    if kind == "partial" and (called := what_called(text, head.start, first.open_at)) is not None:
        return _they_called(text, head, called, quoted) or called
    if kind == "partial" and (doing := gerund(text, head.start, first.open_at)) is not None:
        return doing
    if block.section == "headline" and (source := _headline_source(text, block, group[-1])) is not None:
        return source
    for segment in group:
        if segment.close_at is not None:
            tail = _tail_end(text, blocks[segment.block], segment.close_at)
            found = after_quote(text, segment.close_at + 1, tail, cache)
            if found is not None:
                return found
    lo = max([head.start] + [q.end + 1 for q in quoted if head.start <= q.end < first.open_at])
    found = before_quote(text, lo, first.open_at)
    if found is not None:
        return found
    if kind == "partial":
        clause = _clause_start(text, lo, first.open_at)
        return (
            _sentence_frame(text, head, first, quoted)
            or (subject_frame(text, clause, first.open_at) if clause > lo else None)
            or _shared_subject(text, head, lo, first.open_at)
            or subject_frame(text, lo, first.open_at)
        )
    introduced = text[lo : first.open_at].rstrip().endswith((",", ":", "--", "\u2014"))
    return (
        _sentence_frame(text, head, first, quoted)
        or (subject_frame(text, lo, first.open_at) if introduced else None)
        or _colon_before(text, blocks, first)
        or _previoussentence_of(text, block, head, quoted)
    )


def _they_called(text: str, sentence: Span, called: Frame, quoted: tuple[Span, ...]) -> Frame | None:
    """'as fishermen vowed ... what they called "..."': "they" is the group that reports earlier in the sentence
    (the nearest reporting verb's plural subject)."""
    if called.speaker is None or text[called.speaker.start : called.speaker.end].lower() != "they":
        return None
    skip = tuple(Span(max(0, q.start - 1), q.end + 1) for q in quoted)
    for frame in reversed(sentence_frames(text, sentence.start, called.speaker.start, skip, weak=True)):
        speaker = frame.speaker or _plural_before(text, sentence.start, frame.cue.start)
        if speaker is None:
            continue
        words = text[speaker.start : speaker.end].lower().split()
        if not words:
            continue
        if words[-1] in PRONOUNS or not (words[-1].endswith(("s", "men", "people")) or words[-1] in GROUP_NOUNS):
            return None
        return Frame(called.cue, speaker, called.rule)
    return None


def _plural_before(text: str, lo: int, cue: int) -> Span | None:
    """The bare plural noun right before a cue ('as fishermen vowed'), a group that no name heads."""
    match = _PLURAL_SUBJECT.search(text, max(lo, cue - 40), cue)
    return Span(*match.span("noun")) if match is not None else None


def _shared_subject(text: str, sentence: Span, lo: int, hi: int) -> Frame | None:
    """A partial quote after an earlier quote of the same clause ('to "firmly" regard the fleet as an "enemy"'):
    when the words after the earlier quote go on without a subject of their own, the clause subject says both."""
    if lo <= sentence.start:
        return None
    first = _FIRST_WORD.match(text, lo, hi)
    if first is None or first.group(1).lower() in _NEW_CLAUSE:
        return None
    return subject_frame(text, _clause_start(text, sentence.start, lo), hi)


def transcript(text: str, segment: Segment) -> Frame | None:
    """'"PENCE: Well, look, ...': a transcript line names its speaker in capitals before a colon."""
    match = _LABEL.match(text, segment.start, segment.end)
    if match is None:
        return None
    return Frame(Span(*match.span("colon")), Span(*match.span("name")), "frame.transcript")


def _headline_source(text: str, block: Block, segment: Segment) -> Frame | None:
    """A headline ending "...'quote': unification minister": the source after the colon says it."""
    if segment.close_at is None:
        return None
    match = _SOURCE.match(text, segment.close_at + 1, block.span.end)
    if match is None or any(is_cue(Token(0, 0, w, w.lower())) for w in match.group("np").split()):
        return None  # "'We will win': coach vows title" has its own verb
    return Frame(Span(*match.span("colon")), Span(*match.span("np")), "frame.headline_source")


def _tail_end(text: str, block: Block, close_at: int) -> int:
    """End of the sentence that follows a closing mark ('"Why?" Trump asked.' is split after the mark)."""
    at = close_at + 1
    while at < block.span.end and text[at].isspace():
        at += 1
    return max(sentence_of(block, min(at, block.span.end)).end, close_at + 1)


def _previoussentence_of(text: str, block: Block, sentence: Span, quoted: tuple[Span, ...]) -> Frame | None:
    """A direct quote after a sentence of the same paragraph that reports its speaker ('X argues that ... "..."')."""
    if sentence.start <= block.span.start:
        return None
    prev = sentence_of(block, sentence.start - 2)
    if any(q.start <= prev.start + 1 < q.end for q in quoted):
        return None  # a quoted sentence has its own frame; the continuation rule covers it
    skip = tuple(Span(max(0, q.start - 1), q.end + 1) for q in quoted)
    frames = [f for f in sentence_frames(text, prev.start, prev.end, skip) if f.speaker is not None]
    if not frames:
        return None
    return Frame(frames[0].cue, frames[0].speaker, "frame.previous_sentence")


def _sentence_frame(text: str, sentence: Span, segment: Segment, quoted: tuple[Span, ...]) -> Frame | None:
    """For a partial quote: the nearest cue with a speaker before it in the sentence, else after it."""
    skip = tuple(Span(max(0, q.start - 1), q.end + 1) for q in quoted)
    frames = [f for f in sentence_frames(text, sentence.start, sentence.end, skip) if f.speaker is not None]
    before = [f for f in frames if f.cue.end <= segment.open_at]
    if before:
        return before[-1]
    after = [f for f in frames if f.cue.start > segment.start]
    return after[0] if after else None


def _colon_before(text: str, blocks: list[Block], segment: Segment) -> Frame | None:
    """A direct quote right after a sentence (or paragraph) ending with a colon."""
    block = blocks[segment.block]
    sentence = sentence_of(block, segment.open_at)
    prev: Span | None = None
    if sentence.start > block.span.start:
        prev = sentence_of(block, sentence.start - 2)
    elif segment.block > 0 and blocks[segment.block - 1].section == "body":
        prev = blocks[segment.block - 1].sentences[-1] if blocks[segment.block - 1].sentences else None
    else:
        return None
    if prev is None or not text[prev.start : prev.end].rstrip().endswith(":"):
        return None
    return before_quote(text, prev.start, prev.end)


def _clause_start(text: str, lo: int, hi: int) -> int:
    """Start of the last coordinated clause before *hi* ('...; one lawmaker called him "..."')."""
    found = [m.end() for m in _CLAUSE.finditer(text, lo, hi)]
    return found[-1] if found else lo


def context_frame(
    text: str, blocks: list[Block], segment: Segment, last: dict[int, Frame]
) -> Frame | None:
    """A direct quote opening its paragraph with no frame of its own: an attribution line ('- Smith.') right
    after the paragraph, else the last frame with a speaker of the previous paragraph ('Smith said ... ' then
    a paragraph that is all quote)."""
    block = blocks[segment.block]
    if text[block.span.start : segment.open_at].strip():
        return None
    if segment.block + 1 < len(blocks):
        following = blocks[segment.block + 1].span
        match = _DASH_LINE.match(text, following.start, following.end)
        if match is not None:
            return Frame(Span(following.start, following.start + 1), Span(*match.span("name")), "frame.dash_line")
    previous = last.get(segment.block - 1)
    if previous is None or previous.speaker is None:
        return None
    return Frame(previous.cue, previous.speaker, "frame.previous_paragraph")
