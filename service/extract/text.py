"""Lines and sentences with offsets into the untouched text.

Nothing here rewrites the text: every function returns spans.  Sentence
splitting is a small rule set tuned for wire copy: it knows abbreviations
("U.S.", "Aug.", "Mr."), initials ("R. Dean") and closing quote marks after
the full stop.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Final

from .facts import Span
from .lexicon import load_lines, load_words

_LINE: Final = re.compile(r"[^\n]+")  # one physical line; a paragraph in wire copy

# A candidate sentence end: terminal punctuation, then closing quotes/brackets,
# then whitespace, then something that can open a sentence.
_SENTENCE_END: Final = re.compile(
    r"""
    (?P<stop>[.!?]+)                 # the full stop (or ?! runs, "...")
    (?P<close>["'\u201d\u2019)\]]*)  # closing quote marks or brackets after it
    (?P<space>\s+)                   # the gap
    (?=["'\u201c\u2018(\[]?[A-Z0-9]) # next sentence opens capitalised (maybe quoted)
    """,
    re.VERBOSE,
)
_WORD_BEFORE: Final = re.compile(r"([\w.&'-]+)$")  # the token the full stop ends

ABBREVIATIONS: Final = load_words("abbreviations")
STATES: Final = frozenset(load_lines("state_abbreviations"))  # case-sensitive: "Ill." but not "ill."


def iter_lines(text: str, start: int = 0, end: int | None = None) -> Iterator[Span]:
    """Yield the non-blank lines of ``text[start:end]``, trimmed of outer spaces.

    >>> [str(s) for s in iter_lines("a b\\n\\n  c \\n")]
    ['Span(start=0, end=3)', 'Span(start=7, end=8)']
    """
    stop = len(text) if end is None else end
    for match in _LINE.finditer(text, start, stop):
        span = trim(text, Span(*match.span()))
        if span.end > span.start:
            yield span


def trim(text: str, span: Span) -> Span:
    """Shrink *span* so it neither starts nor ends with whitespace.

    >>> trim("  ab  ", Span(0, 6))
    Span(start=2, end=4)
    """
    start, end = span.start, span.end
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return Span(start, end)


def _is_abbreviation(text: str, stop_at: int) -> bool:
    """Whether the full stop at *stop_at* ends an abbreviation or an initial."""
    word = _WORD_BEFORE.search(text, max(0, stop_at - 24), stop_at + 1)
    if word is None:
        return False
    token = word.group(1)
    bare = token.rstrip(".").lstrip("('\"")
    if len(bare) == 1 and bare.isupper():  # an initial: "J. Michael Smith"
        return True
    if "." in bare:  # "U.S.", "e.g.", "a.m." keep their inner stops
        return True
    return bare.lower() in ABBREVIATIONS or bare in STATES


def split_sentences(text: str, span: Span) -> tuple[Span, ...]:
    """Split the paragraph *span* of *text* into sentence spans.

    >>> t = 'Mr. Kim met U.S. envoys on Aug. 3. "We agreed," he said. Talks end.'
    >>> [t[s.start:s.end] for s in split_sentences(t, Span(0, len(t)))]
    ['Mr. Kim met U.S. envoys on Aug. 3.', '"We agreed," he said.', 'Talks end.']
    """
    sentences: list[Span] = []
    begin = span.start
    for match in _SENTENCE_END.finditer(text, span.start, span.end):
        stop = match.start("stop")
        if match.group("stop") == "." and _is_abbreviation(text, stop):
            continue
        cut = match.start("space")
        if cut > begin:
            sentences.append(Span(begin, cut))
        begin = match.end("space")
    if span.end > begin:
        sentences.append(trim(text, Span(begin, span.end)))
    return tuple(s for s in sentences if s.end > s.start)


def word_count(text: str, span: Span) -> int:
    """Number of whitespace-separated tokens in *span*.

    >>> word_count("one two  three", Span(0, 14))
    3
    """
    return len(text[span.start : span.end].split())
