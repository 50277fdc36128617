"""Document-level quotation-mark state machine.

Every quote character is classified from its context before pairing, so one
apostrophe or one multi-paragraph quote never flips the quotes that follow:

- double marks (straight ``"`` and curly) open after a boundary and before a
  word, close after a word and before a space or punctuation; when the context
  says nothing, a typed mark keeps its direction and a straight one toggles;
- single marks are quotation marks only in the headline or nested inside a
  double-quoted span; apostrophes (``don't``, ``States'``, ``'90s``) are skipped;
- a quote still open at the end of a paragraph closes there; when the next
  paragraph opens with a quote mark, the new segment *continues* it (wire style);
- unbalanced marks never raise: a stray closing mark is ignored.

>>> t = '"We will win," she said. "Soon."'
>>> [t[s.start:s.end] for s in find_segments(t, (Span(0, len(t)),))]
['We will win', 'Soon.']
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Final

from .facts import Span

DOUBLE_OPEN: Final = "\u201c\u201e"  # typed opening double marks
DOUBLE_CLOSE: Final = "\u201d"  # typed closing double mark
DOUBLES: Final = '"' + DOUBLE_OPEN + DOUBLE_CLOSE + "\u201f"
SINGLES: Final = "'\u2018\u2019\u201a\u201b"
_MARK: Final = re.compile(
    r"(?<![^\W_])''|''(?![^\W_])"  # two apostrophes, not inside a word: one double mark ('\'\'We are back,\'\'')
    "|[" + re.escape(DOUBLES + SINGLES) + "]"  # any quotation mark or apostrophe
)
_ALNUM: Final = re.compile(r"[^\W_]")  # a letter or digit (str.isalnum: a word character but '_')
_OPENERS: Final = "([{/:\u2014\u2013-"  # a mark after these (or a space) may open
_CLOSERS: Final = ".,;:!?)]}\u2014\u2013-\u2026"  # a mark before these (or a space) may close


@dataclass(frozen=True, slots=True)
class Segment:
    """One quoted stretch inside a paragraph: the words between the marks.

    ``start``/``end`` cover the inner text (trimmed); ``open_at``/``close_at``
    are the offsets of the marks (``close_at`` is None when the paragraph ended
    first; for a two-character mark ``''`` ``open_at`` is its first character and
    ``close_at`` its last, so ``close_at + 1`` is always just after the mark).
    ``continues`` says the segment carries on the previous segment's
    quote (the wire continuation rule); ``single`` marks single-quote segments.
    """

    start: int
    end: int
    block: int  # index of the block (in the sequence given) holding it
    open_at: int
    close_at: int | None
    continues: bool = False
    single: bool = False

    @property
    def span(self) -> Span:
        """The inner span."""
        return Span(self.start, self.end)


def _side(text: str, i: int, lo: int, hi: int, width: int = 1) -> tuple[bool, bool, bool, bool]:
    """(may open on the left, word on the right, may close on the right, word on the left) of the mark of
    *width* characters at *i*."""
    prev = text[i - 1] if i > lo else ""
    nxt = text[i + width] if i + width < hi else ""
    left_open = prev == "" or prev.isspace() or prev in _OPENERS or prev in DOUBLES + SINGLES
    right_close = nxt == "" or nxt.isspace() or nxt in _CLOSERS or nxt in DOUBLES + SINGLES
    right_word = nxt != "" and not nxt.isspace() and not right_close
    left_word = prev != "" and not prev.isspace() and prev not in "([{"
    return left_open, right_word, right_close, left_word


def classify_double(text: str, i: int, lo: int, hi: int, width: int = 1) -> str:
    """``open``, ``close`` or ``toggle`` for the double mark at *i* (*width* characters: 2 for ``''``) in block
    ``[lo, hi)``.

    >>> classify_double('a "b" c', 2, 0, 7), classify_double('a "b" c', 4, 0, 7)
    ('open', 'close')
    >>> classify_double('"', 0, 0, 1)
    'toggle'
    """
    left_open, right_word, right_close, left_word = _side(text, i, lo, hi, width)
    if left_open and right_word:
        return "open"
    if left_word and right_close and not (left_open and text[i] in DOUBLE_OPEN):
        return "close"
    if text[i] in DOUBLE_OPEN:
        return "open"
    if text[i] == DOUBLE_CLOSE:
        return "close"
    return "toggle"


def is_apostrophe(text: str, i: int, lo: int, hi: int) -> bool:
    """Whether the single mark at *i* is an apostrophe (elision or possessive).

    >>> [is_apostrophe(t, t.index("'"), 0, len(t)) for t in ("don't", "the '90s", "'Go' now")]
    [True, True, False]
    """
    prev = text[i - 1] if i > lo else ""
    nxt = text[i + 1] if i + 1 < hi else ""
    if prev.isalnum() and nxt.isalnum():
        return True  # don't, rock'n'roll
    return nxt.isdigit() and (prev == "" or prev.isspace())  # '90s


class _Machine:
    """Pairs marks across the blocks of one document (state lives only in a call)."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.found: list[Segment] = []
        self.open_at: int | None = None  # offset of the open double mark
        self.width = 1  # its width (2 for '')
        self.single_at: int | None = None  # offset of the open single mark (headline / nested)
        self.continues = False
        self.carry = False  # the previous block ended inside a quote

    def emit(self, block: int, open_at: int, end: int, close_at: int | None, single: bool = False) -> None:
        """Record the text between the mark at *open_at* and *end* (trimmed, no trailing comma)."""
        start = open_at + (1 if single else self.width)
        while start < end and self.text[start].isspace():
            start += 1
        while end > start and (self.text[end - 1].isspace() or self.text[end - 1] == ","):
            end -= 1
        if _ALNUM.search(self.text, start, end):
            continues = self.continues and not single
            self.found.append(Segment(start, end, block, open_at, close_at, continues, single))
        if not single:
            self.continues = False

    def double(self, block: int, i: int, lo: int, hi: int, width: int = 1) -> None:
        """Feed one double mark of *width* characters at *i*."""
        how = classify_double(self.text, i, lo, hi, width)
        if self.open_at is None:
            if how != "close":  # a stray closing mark is ignored
                self.open_at, self.width = i, width
                self.continues = self.carry and self.text[lo:i].strip() == ""
                self.carry = False
            return
        if how == "open" and self.text[self.open_at + self.width : i].strip():
            self.emit(block, self.open_at, i, None)  # a new opening closes the earlier segment ...
            self.open_at, self.width = i, width
            self.continues = True  # ... and starts a second part of the same utterance (a stray opening mark)
            return
        self.emit(block, self.open_at, i, i + width - 1)
        self.open_at = None
        self.single_at = None

    def single(self, block: int, i: int, lo: int, hi: int, headline: bool) -> None:
        """Feed one single mark (quotation mark only nested or in the headline)."""
        if self.open_at is None and not headline:
            return
        if is_apostrophe(self.text, i, lo, hi):
            return
        left_open, right_word, right_close, left_word = _side(self.text, i, lo, hi)
        if self.single_at is None:
            if left_open and right_word and self.text[i] != "\u2019":
                self.single_at = i
            return
        if left_word and right_close:
            if self.open_at is None:  # nested singles stay part of the outer quote
                self.emit(block, self.single_at, i, i, single=True)
            self.single_at = None

    def end_block(self, block: int, hi: int) -> None:
        """A quote still open at the end of a paragraph closes there."""
        if self.open_at is not None:
            self.emit(block, self.open_at, hi, None)
            self.carry = True
        else:
            self.carry = False
        self.open_at = None
        self.single_at = None


def find_segments(text: str, blocks: Sequence[Span], headline: int | None = None) -> tuple[Segment, ...]:
    """Quoted segments of the given blocks (in text order); *headline* is the index of the headline block.

    >>> t = '"One.\\n\\n"Two," he said.'
    >>> [(t[s.start:s.end], s.continues) for s in find_segments(t, (Span(0, 5), Span(7, 22)))]
    [('One.', False), ('Two', True)]
    """
    machine = _Machine(text)
    for number, block in enumerate(blocks):
        lo, hi = block.start, min(block.end, len(text))
        is_head = number == headline
        if is_head:
            machine.carry = False
        for mark in _MARK.finditer(text, lo, hi):  # only the marks, not every character
            i = mark.start()
            if mark.group() in DOUBLES or len(mark.group()) == 2:
                machine.double(number, i, lo, hi, len(mark.group()))
            else:
                machine.single(number, i, lo, hi, is_head)
        machine.end_block(number, hi)
        if is_head:
            machine.carry = False
    return tuple(machine.found)


def near(spans: tuple[Span, ...], lo: int, hi: int) -> tuple[Span, ...]:
    """The spans (sorted, not overlapping) that touch ``[lo - 1, hi + 1]``: keeps lookups linear.

    >>> near((Span(0, 2), Span(5, 7), Span(10, 12)), 4, 8)
    (Span(start=5, end=7),)
    """
    first = bisect_left([s.end for s in spans], lo - 1)
    last = bisect_right([s.start for s in spans], hi + 1)
    return spans[first:last]
