"""Titles, roles and affiliations gathered around every mention of a person (see :mod:`._roles`)."""

from __future__ import annotations

import re
from bisect import bisect_right
from typing import Final

from . import _roles
from ._people_table import Draft
from ._refscan import Sentences
from .article import Block
from .facts import Span, Title

TITLE_MENTIONS: Final = 40  # titles are stated early; later mentions only repeat them (keeps long articles fast)


def add_titles(
    draft: Draft,
    blocks: tuple[Block, ...],
    text: str,
    sentences: Sentences | None = None,
    starts: list[int] | None = None,
) -> None:
    """Titles around every mention, and the affiliations inside current titles (*sentences*: an index to
    share between the people of one article; *starts*: where the blocks start, listed once per article)."""
    sentences = sentences or Sentences()
    starts = starts if starts is not None else [b.span.start for b in blocks]
    seen: set[str] = set()
    for mention in sorted(draft.mentions, key=lambda m: (m.span.start, m.span.end))[:TITLE_MENTIONS]:
        block = blocks[bisect_right(starts, mention.span.start) - 1] if starts else None
        if block is None or not block.span.contains(mention.span):
            continue
        sentence = sentences.at(block.sentences, mention.span.start, mention.span.end) or block.span
        suffix = ".caption" if block.section == "caption" else ""
        for span, current, rule in _titles_at(text, block, sentence, mention.span):
            key = " ".join(text[span.start : span.end].lower().split())
            if key in seen:
                continue
            seen.add(key)
            draft.titles.append(Title(text[span.start : span.end], span, rule + suffix, current))
            if current:
                draft.affiliations.extend(_roles.affiliations(text, span, sentence.start))
    draft.titles.sort(key=lambda t: t.span)
    for title in draft.titles:
        head = re.split(r"\s(?:of|for|at|in|to|on|with)\s", title.text.lower())[0].split()  # "sister of the leader"
        gender = _roles.TITLE_GENDER.get(head[-1].strip(".,")) if head else None
        if gender:
            draft.strong.append(gender)


def _titles_at(text: str, block: Block, sentence: Span, span: Span) -> list[tuple[Span, bool, str]]:
    """(span, current, rule) of each title stated next to the mention at *span*."""
    found: list[tuple[Span, bool, str]] = []
    pre = _roles.premodifier(text, sentence.start, span.start)
    if pre is not None:
        found.append((pre, not _roles.is_past(text[pre.start : pre.end]), "people.title.premodifier"))
    before = _roles.apposition_before(text, sentence.start, (pre or span).start)
    if before is not None:
        found.append((before, not _roles.is_past(text[before.start : before.end]), "people.title.apposition"))
    opening = text[sentence.start : (pre or span).start]
    subject = not opening.strip(" \"'\u201c") or bool(re.search(r"(?:--|\u2014)\s{0,3}\Z", opening))
    for title in _roles.after_name(text, span.end, block.span.end):
        if title[2] != "people.title.copular" or subject:
            found.append(title)
    appointed = _roles.appointment(text, sentence.start, span.start, span.end, block.span.end)
    if appointed is not None:
        found.append((appointed, True, "people.title.appointment"))
    return found
