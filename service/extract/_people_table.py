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
        index, ends, start = bisect_left(self._starts, span.end), self._ends, span.start
        # the last three spans starting before *span* ends (spans kept apart: the last one decides)
        return (
            (index > 0 and ends[index - 1] > start)
            or (index > 1 and ends[index - 2] > start)
            or (index > 2 and ends[index - 3] > start)
        )

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
    """The drafts found so far, their mentions and an index of the spans they occupy.

    Lookups by family name, by name suffix and by region are dictionary or bisect lookups, so an
    article naming thousands of different people stays linear.  ``drafts`` is read freely but changed
    only through :meth:`new`, :meth:`sort_drafts`, :meth:`merge` and :meth:`drop_empty` (they keep the
    indexes in step).
    """

    def __init__(self, quotes: Sequence[Span] = (), blocks: Sequence[int] = ()) -> None:
        """An empty table; *quotes*: the article's quotation regions, sorted; *blocks*: where its blocks start."""
        self.drafts: list[Draft] = []
        self.taken = SpanIndex()
        self.quotes = list(quotes)
        self.quote_starts = [q.start for q in self.quotes]
        self._blocks = list(blocks)
        self._by_family: dict[str, list[Draft]] = {}  # family name -> its people, in ``drafts`` order
        self._by_suffix: dict[tuple[str, ...], list[Draft]] = {}  # last 2+ words (not all) -> people, in order
        self._order: dict[Draft, int] = {}  # draft -> its place in ``drafts``
        self._named = _NamedIndex()

    def in_quote(self, span: Span) -> bool:
        """Whether *span* lies inside quotation marks."""
        index = bisect_right(self.quote_starts, span.start) - 1
        return index >= 0 and self.quotes[index].contains(span)

    def new(self, parsed: ParsedName, rule: str) -> Draft:
        """Start a new person."""
        draft = Draft(parsed, rule)
        self.drafts.append(draft)
        self._index(draft)
        return draft

    def _index(self, draft: Draft) -> None:
        """Add *draft* (the last of ``drafts``) to the lookups."""
        self._order[draft] = len(self.drafts) - 1
        self._by_family.setdefault(draft.parsed.family, []).append(draft)
        words = draft.parsed.words
        for size in range(2, len(words)):
            self._by_suffix.setdefault(words[-size:], []).append(draft)

    def sort_drafts(self) -> None:
        """Put the drafts in order of their first mention (a stable sort)."""
        self.drafts.sort(key=lambda d: d.first)
        self._reindex()

    def drop_empty(self) -> None:
        """Forget the drafts left without mentions (merged into another)."""
        self.drafts = [d for d in self.drafts if d.mentions]
        self._reindex()

    def merge(self, real: Draft, alias: Draft) -> None:
        """Move every mention of *alias* to *real* (the alias is left empty; see :meth:`drop_empty`)."""
        real.mentions.extend(alias.mentions)
        for attribute in ("starts", "subjects", "narrative"):
            getattr(real, attribute).extend(getattr(alias, attribute))
            getattr(real, attribute).sort()
        real.named.extend(alias.named)
        real.strong.extend(alias.strong)
        alias.mentions.clear()
        self._named.clear()  # rebuilt on the next question

    def _reindex(self) -> None:
        """Rebuild the lookups after ``drafts`` changed order or lost members."""
        drafts = self.drafts
        self.drafts = []
        self._by_family, self._by_suffix, self._order = {}, {}, {}
        for draft in drafts:
            self.drafts.append(draft)
            self._index(draft)
        self._named.clear()

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
            self._named.clear()
        self.taken.add(mention.span)

    def named_in(self, region: Span) -> list[Draft]:
        """People named in full or with a title inside *region* (a quotation is not its own speaker's)."""
        if not self._named:
            self._named.build(self.drafts)
        return sorted(self._named.inside(region), key=self._order.__getitem__)

    def matching(self, parsed: ParsedName) -> Draft | None:
        """A known person the full name *parsed* can be: same family name, compatible given names."""
        owners = self._by_family.get(parsed.family, ())
        return next((d for d in owners if same_given(d.parsed.given, parsed.given)), None)

    def knows(self, family: str) -> bool:
        """Whether someone with *family* is known (:meth:`nearest` finds someone)."""
        return family in self._by_family

    def nearest(self, family: str, pos: int, exclude: Collection[Draft] = ()) -> Draft | None:
        """The person with *family* mentioned last before *pos* (else the first one after).

        The last sentence subject wins, then the last mention outside quotation
        marks, then any mention; but when only one of them was called by the
        family name alone before and the winner was last named more than a
        paragraph ago, that one ("Kim" stays Kim Jong-un after a paragraph on
        Kim Yo-jong).  People in *exclude* (named inside the quote the name is
        credited with) are passed over unless nobody else is left.
        """
        owners = self._by_family.get(family, [])
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
        found = self._by_suffix.get(words) if len(words) >= 2 else None
        return found[0] if found else None


class _NamedIndex:
    """The full-name and titled mention spans of every draft, sorted by start, for region queries.

    Built on the first question after the named spans changed; a region's answer is kept until then
    (the passes that ask add no named spans, and one quotation is asked about by each of its speakers).
    """

    def __init__(self) -> None:
        """An empty (unbuilt) index."""
        self._starts: list[int] = []
        self._entries: list[tuple[int, Draft]] = []  # (end, draft), parallel to ``_starts``
        self._answers: dict[Span, frozenset[Draft]] = {}
        self._built = False

    def __bool__(self) -> bool:
        """Whether the index is built (and current)."""
        return self._built

    def clear(self) -> None:
        """Mark the index stale."""
        if self._built:
            self._starts, self._entries, self._answers, self._built = [], [], {}, False

    def build(self, drafts: Sequence[Draft]) -> None:
        """Index the named spans of *drafts*."""
        spans = sorted(((s.start, s.end, i) for i, d in enumerate(drafts) for s in d.named))
        self._starts = [start for start, _, _ in spans]
        self._entries = [(end, drafts[i]) for _, end, i in spans]
        self._answers = {}
        self._built = True

    def inside(self, region: Span) -> frozenset[Draft]:
        """The drafts with a named span inside *region*."""
        found = self._answers.get(region)
        if found is None:
            low, high = bisect_left(self._starts, region.start), bisect_right(self._starts, region.end)
            found = frozenset(d for end, d in self._entries[low:high] if end <= region.end)
            self._answers[region] = found
        return found


def _last_before(starts: list[int], pos: int) -> int:
    """The last of the sorted *starts* before *pos* (-1 when none)."""
    index = bisect_left(starts, pos)
    return starts[index - 1] if index else -1


@lru_cache(maxsize=1 << 12)  # a pure test, asked for the same few pairs of given names over and over
def same_given(one: str | None, other: str | None) -> bool:
    """Given names that can belong to one person ("R. Dean" / "Dean", "Jong-un" / "Jong Un").

    >>> same_given("R. Dean", "Dean"), same_given("Jong-un", "Jong Un"), same_given("Ann", "Mia")
    (True, True, False)
    """
    if not one or not other:
        return True
    flat = [re.sub(r"[\s.-]", "", g.lower()) for g in (one, other)]
    if flat[0] == flat[1]:
        return True
    short, long = sorted((one.replace(".", "").split(), other.replace(".", "").split()), key=len)
    return all(any(w == v or (len(w) == 1 and v.startswith(w)) for v in long) for w in short)
