"""Quote-mark state machine: classification, pairing, continuation, apostrophes, totality."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from service.extract.facts import Span
from service.extract.quotemarks import Segment, classify_double, find_segments, is_apostrophe


def _segments(*paragraphs: str, headline: int | None = None) -> tuple[str, tuple[Segment, ...]]:
    """Join *paragraphs* with blank lines and find the segments of all of them."""
    text = "\n\n".join(paragraphs)
    blocks, at = [], 0
    for paragraph in paragraphs:
        blocks.append(Span(at, at + len(paragraph)))
        at += len(paragraph) + 2
    return text, find_segments(text, blocks, headline)


def _texts(*paragraphs: str, headline: int | None = None) -> list[tuple[str, bool]]:
    text, found = _segments(*paragraphs, headline=headline)
    return [(text[s.start : s.end], s.continues) for s in found]


CASES_BASIC = [
    (['"We will win," she said.'], [("We will win", False)]),
    (["\u201cWe will win,\u201d she said."], [("We will win", False)]),
    (['He said: "Go now."'], [("Go now.", False)]),
    (['"One," he said, "two."'], [("One", False), ("two.", False)]),
    (['She called it a "fair deal" and left.'], [("fair deal", False)]),
    (['A "b" c "d" e.'], [("b", False), ("d", False)]),
    (['(\u201cquoted\u201d) text'], [("quoted", False)]),
    (['He said\u2014"stop"\u2014and left.'], [("stop", False)]),
    (['""'], []),
    (['" "'], []),
]

CASES_CONTINUATION = [
    (['"The bridge will reopen," she said. "Crews are ahead.', '"We need two inspections," she said.'],
     [("The bridge will reopen", False), ("Crews are ahead.", False), ("We need two inspections", True)]),
    (['"First part.', '"Second part.', '"Third part," he said.'],
     [("First part.", False), ("Second part.", True), ("Third part", True)]),
    (['"Closed," he said.', '"New quote," she said.'], [("Closed", False), ("New quote", False)]),
    (['"Open at the end.', 'No mark here, "later" though.'], [("Open at the end.", False), ("later", False)]),
]

CASES_APOSTROPHES = [
    (["Don't say \"it's fine,\" he said."], [("it's fine", False)]),
    (['The States\' share rose, "sharply," he said.'], [("sharply", False)]),
    (["the '90s were \"wild,\" she said"], [("wild", False)]),
    (["rock 'n' roll"], []),
    (['"It was \'90s style, don\'t laugh," he said.'], [("It was '90s style, don't laugh", False)]),
    (["He quoted 'Hamlet' in the body."], []),  # single quotes outside the headline are not quotation marks
]

CASES_HEADLINE = [
    (["Official says U.S. 'significantly open' in talks", "BODY -- Text."], [("significantly open", False)]),
    (["Players' union wants 'fair' deal", "Body."], [("fair", False)]),
    (["'Go,' says coach", "Body."], [("Go", False)]),
]

CASES_TWO_APOSTROPHES = [
    # two apostrophes (not inside a word) are one double mark
    (["''We are back,'' said Tom Varga."], [("We are back", False)]),
    (["Officials call it the ''acid test,'' he said."], [("acid test", False)]),
    (["''One.'' ''Two,'' she said."], [("One.", False), ("Two", False)]),
    (["''Open at the end.", "''Goes on,'' he said."], [("Open at the end.", False), ("Goes on", True)]),
    (["rock''n''roll"], []),
]

CASES_STRAY_OPEN = [
    # an opening mark while a quote is open starts a second part of the same utterance
    (['\u201cIt was a hunt. \u201cIt did not work,\u201d Vale said.'],
     [("It was a hunt.", False), ("It did not work", True)]),
]

CASES_ODD = [
    (['He said "no and left.'], [("no and left.", False)]),
    (['Stray close" here.'], []),
    (['"a" "b" "'], [("a", False), ("b", False)]),
    (['"Nested \'inner\' quote," he said.'], [("Nested 'inner' quote", False)]),
    (['\u201d reversed \u201c marks'], [("marks", False)]),
]


@pytest.mark.parametrize(("paragraphs", "expected"), CASES_BASIC + CASES_CONTINUATION + CASES_APOSTROPHES + CASES_ODD
                         + CASES_TWO_APOSTROPHES + CASES_STRAY_OPEN)
def test_segments(paragraphs: list[str], expected: list[tuple[str, bool]]) -> None:
    """Segments (inner text, continues) of body paragraphs."""
    assert _texts(*paragraphs) == expected


@pytest.mark.parametrize(("paragraphs", "expected"), CASES_HEADLINE)
def test_headline_single_quotes(paragraphs: list[str], expected: list[tuple[str, bool]]) -> None:
    """Single quotes are quotation marks in the headline."""
    assert _texts(*paragraphs, headline=0) == expected


def test_headline_quote_never_continues_into_body() -> None:
    """A quote left open in the headline does not carry into the lead."""
    assert _texts('Minister: "we will act', '"Body quote," he said.', headline=0) == [
        ("we will act", False),
        ("Body quote", False),
    ]


@pytest.mark.parametrize(
    ("text", "index", "expected"),
    [
        ('a "b" c', 2, "open"),
        ('a "b" c', 4, "close"),
        ('"', 0, "toggle"),
        ("x \u201c", 2, "open"),
        ("\u201d", 0, "close"),
    ],
)
def test_classify_double(text: str, index: int, expected: str) -> None:
    """Direction from context first, then from the typed mark."""
    assert classify_double(text, index, 0, len(text)) == expected


def test_two_apostrophe_offsets() -> None:
    """A '' mark is one mark of two characters: the inner text starts after it, close_at is its last character."""
    text, found = _segments("''We are back,'' said Tom Varga.")
    (segment,) = found
    assert segment.open_at == 0 and text[segment.start : segment.end] == "We are back"
    assert segment.close_at is not None and text[segment.close_at - 1 : segment.close_at + 1] == "''"
    assert text[segment.close_at + 1 :].startswith(" said")


@pytest.mark.parametrize(
    ("text", "expected"), [("don't", True), ("the '90s", True), ("'Go' now", False), ("States' rights", False)]
)
def test_is_apostrophe(text: str, expected: bool) -> None:
    """Elisions are apostrophes; a plural possessive is left to the pairing state."""
    assert is_apostrophe(text, text.index("'"), 0, len(text)) is expected


_MARKS = st.sampled_from(['"', "\u201c", "\u201d", "'", "\u2018", "\u2019", " ", "a", ",", ".", "\n", "-", ":"])


@settings(max_examples=300, deadline=None)
@given(st.lists(_MARKS, max_size=80), st.integers(min_value=0, max_value=3))
def test_total_on_random_marks(chars: list[str], head: int) -> None:
    """Random text with random quote marks never raises and yields in-bounds, ordered segments."""
    text = "".join(chars)
    blocks = [Span(m, m) for m in range(0)] or [Span(0, len(text))]
    found = find_segments(text, blocks, head if head < len(blocks) else None)
    for segment in found:
        assert 0 <= segment.start <= segment.end <= len(text)
    assert [s.start for s in found] == sorted(s.start for s in found)
