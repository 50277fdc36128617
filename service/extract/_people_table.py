"""The name table people extraction builds in text order: drafts, their mentions, a span index.

Kept apart from :mod:`service.extract.people` so each pass stays small; all
lookups are bisect-based so a 1 MB article stays fast.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right, insort
from collections.abc import Collection, Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from ._names import ParsedName
from .facts import Affiliation, Mention, Span, Title


class SpanIndex:
    """Non-overlapping spans kept sorted, for fast overlap and nearness tests.

    >>> index = SpanIndex()
    >>> index.add(Span(10, 15)); index.add(Span(20, 25))
    >>> index.overlaps(Span(14, 16)), index.overlaps(Span(15, 20)), index.near(Span(26, 30), 3)
    (True, False, True)
    """

    def __init__(self) -> None:
        """An empty index."""
        self._starts: list[int] = []
        self._ends: list[int] = []

    def add(self, span: Span) -> None:
        """Record *span*."""
        index = bisect_left(self._starts, span.start)
        self._starts.insert(index, span.start)
        self._ends.insert(index, span.end)

    def overlaps(self, span: Span) -> bool:
        """Whether *span* shares a character with a recorded span."""
        index = bisect_left(self._starts, span.end)
        return any(self._ends[i] > span.start for i in range(max(0, index - 3), index))

    def near(self, span: Span, gap: int) -> bool:
        """Whether a recorded span ends or starts within *gap* characters of *span*."""
        index = bisect_left(self._starts, span.start - gap)
        for i in range(max(0, index - 3), min(len(self._starts), index + 4)):
            if 0 <= self._starts[i] - span.end <= gap or 0 <= span.start - self._ends[i] <= gap:
                return True
        return False


@dataclass(slots=True, eq=False)
class Draft:
    """A person while the passes run (mutable; frozen into a :class:`Person` at the end)."""

    parsed: ParsedName
    rule: str
    mentions: list[Mention] = field(default_factory=list)
    starts: list[int] = field(default_factory=list)  # mention starts, sorted
    subjects: list[int] = field(default_factory=list)  # starts of mentions that open their sentence, sorted
    narrative: list[int] = field(default_factory=list)  # starts of mentions outside quotation marks, sorted
    named: list[Span] = field(default_factory=list)  # full-name and titled mentions ("Lee Do-jin", "Chairman Lee")
    bare: list[int] = field(default_factory=list)  # starts of family names used alone ("Kim said"), sorted
    strong: list[str] = field(default_factory=list)  # genders from honorifics and gendered titles
    weak: list[str] = field(default_factory=list)  # genders from pronouns
    titles: list[Title] = field(default_factory=list)
    affiliations: list[Affiliation] = field(default_factory=list)

    @property
    def first(self) -> Span:
        """Span of the earliest mention."""
        return min(self.mentions, key=lambda m: (m.span.start, m.span.end)).span


class Table:
    """The drafts found so far, their mentions and an index of the spans they occupy."""

    def __init__(self, quotes: Sequence[Span] = (), blocks: Sequence[int] = ()) -> None:
        """An empty table; *quotes*: the article's quotation regions, sorted; *blocks*: where its blocks start."""
        self.drafts: list[Draft] = []
        self.taken = SpanIndex()
        self.quotes = list(quotes)
        self._quote_starts = [q.start for q in self.quotes]
        self._blocks = list(blocks)

    def in_quote(self, span: Span) -> bool:
        """Whether *span* lies inside quotation marks."""
        index = bisect_right(self._quote_starts, span.start) - 1
        return index >= 0 and self.quotes[index].contains(span)

    def new(self, parsed: ParsedName, rule: str) -> Draft:
        """Start a new person."""
        draft = Draft(parsed, rule)
        self.drafts.append(draft)
        return draft

    def mention(
        self, draft: Draft, mention: Mention, *, subject: bool = False, named: bool = False, bare: bool = False
    ) -> None:
        """Give *draft* a mention (the span becomes taken).

        *subject*: it opens its sentence; *named*: a full or titled name; *bare*:
        the family name alone.  A mention inside quotation marks is never a subject.
        """
        draft.mentions.append(mention)
        if bare:
            insort(draft.bare, mention.span.start)
        insort(draft.starts, mention.span.start)
        if not self.in_quote(mention.span):
            insort(draft.narrative, mention.span.start)
            if subject:
                insort(draft.subjects, mention.span.start)
        if named or mention.type == "name":
            draft.named.append(mention.span)
        self.taken.add(mention.span)

    def named_in(self, region: Span) -> list[Draft]:
        """People named in full or with a title inside *region* (a quotation is not its own speaker's)."""
        return [d for d in self.drafts if any(region.contains(s) for s in d.named)]

    def matching(self, parsed: ParsedName) -> Draft | None:
        """A known person the full name *parsed* can be: same family name, compatible given names."""
        return next(
            (d for d in self.drafts if d.parsed.family == parsed.family and same_given(d.parsed.given, parsed.given)),
            None,
        )

    def nearest(self, family: str, pos: int, exclude: Collection[Draft] = ()) -> Draft | None:
        """The person with *family* mentioned last before *pos* (else the first one after).

        The last sentence subject wins, then the last mention outside quotation
        marks, then any mention; but when only one of them was called by the
        family name alone before and the winner was last named more than a
        paragraph ago, that one ("Kim" stays Kim Jong-un after a paragraph on
        Kim Yo-jong).  People in *exclude* (named inside the quote the name is
        credited with) are passed over unless nobody else is left.
        """
        owners = [d for d in self.drafts if d.parsed.family == family]
        owners = [d for d in owners if d not in exclude] or owners
        if len(owners) <= 1:
            return owners[0] if owners else None
        winner = self._latest(owners, pos)
        called = [d for d in owners if _last_before(d.bare, pos) >= 0]  # the one already called "Kim" alone
        stale = self._block(_last_before(winner.narrative, pos)) < self._block(pos) - 1
        if len(called) == 1 and called[0] is not winner and stale:
            return called[0]  # the other was last named more than a paragraph ago
        return winner

    def _latest(self, owners: list[Draft], pos: int) -> Draft:
        """The last sentence subject before *pos*, else the last mention outside quotes, else any."""
        for attribute in ("subjects", "narrative", "starts"):  # "Kim Yo Jong, sister of ...": the subject
            last = [(_last_before(getattr(d, attribute), pos), d) for d in owners]
            best = max(last, key=lambda pair: pair[0])
            if best[0] >= 0:
                return best[1]
        return owners[0]

    def _block(self, pos: int) -> int:
        """Index of the block holding *pos* (-1 before every block or for a negative *pos*)."""
        return bisect_right(self._blocks, pos) - 1 if pos >= 0 else -1

    def by_suffix(self, words: tuple[str, ...]) -> Draft | None:
        """A person whose full name ends with these two or more words ("López Obrador")."""
        if len(words) < 2:
            return None
        return next(
            (d for d in self.drafts if len(d.parsed.words) > len(words) and d.parsed.words[-len(words) :] == words),
            None,
        )


def _last_before(starts: list[int], pos: int) -> int:
    """The last of the sorted *starts* before *pos* (-1 when none)."""
    index = bisect_left(starts, pos)
    return starts[index - 1] if index else -1


@lru_cache(maxsize=1 << 12)  # a pure test, asked for the same few pairs of given names over and over
def same_given(one: str | None, other: str | None) -> bool:
    """Given names that can belong to one person ("R. Clarke" / "Clarke", "Jong-un" / "Jong Un").

    >>> same_given("R. Clarke", "Clarke"), same_given("Jong-un", "Jong Un"), same_given("Ann", "Mia")
    (True, True, False)
    """
    if not one or not other:
        return True
    flat = [re.sub(r"[\s.-]", "", g.lower()) for g in (one, other)]
    if flat[0] == flat[1]:
        return True
    short, long = sorted((one.replace(".", "").split(), other.replace(".", "").split()), key=len)
    return all(any(w == v or (len(w) == 1 and v.startswith(w)) for v in long) for w in short)
