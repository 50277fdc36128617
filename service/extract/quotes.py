"""Quotes: direct, partial and reported speech, each with its speaker.

Pipeline (pure, total, deterministic):

1. :mod:`quotemarks` pairs quote marks over the headline and body paragraphs
   (never captions) into segments; continuation segments join their quote.
2. Each quote gets a kind (``direct``: it opens its sentence or follows a
   ``said:``/``,``; else ``partial``) and a frame (:mod:`_quote_frames`, over
   :mod:`frames`), tried after the quote, before it, in the sentence, then from
   context (a quote continuing the previous framed quote of its paragraph, an
   all-quote paragraph after a reporting paragraph).  Scare quotes, titles and
   nicknames are dropped (:mod:`scare`).
3. :mod:`reported` finds reported speech (``indirect``) in every sentence; an
   indirect clause holding a partial quote is linked to it both ways.
4. :mod:`attribution` resolves each speaker mention in text order (persons
   through the shared :mod:`coref` resolver when people were extracted).

``Quote.rule`` is ``<frame rule>/<resolution rule>``, e.g. ``frame.np_said/coref.pronoun``.

>>> from service.extract.article import parse_article
>>> a = parse_article('Talks end\\n\\nSEOUL, May 2 (AP) -- "We are done," Jo Park said. He left.', "x")
>>> [(q.type, q.surface, q.speaker.name, q.rule) for q in extract(a)]
[('direct', 'We are done', 'Jo Park', 'frame.np_said/coref.name')]
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from typing import Final

from . import coref
from ._phrases import Token, TokenCache, near, subject, truncate
from ._quote_frames import context_frame, frame_of, kind_of, sentence_of, transcript
from .article import Article, Block
from .attribution import Resolver
from .facts import Mention, Organization, Person, Place, Quote, Span, Speaker
from .frames import Frame
from .quotemarks import Segment, find_segments
from .reported import find_reported
from .scare import is_scare
from .speakers import build_known, classify

_VERB: Final = re.compile(
    r"""
    (?<=\s)[a-z][a-z-]{1,30}\b   # a lower-case word after a space
    """,
    re.VERBOSE,
)

_SEPARATOR: Final = re.compile(
    r"""
    -{5,}   # a run of five or more hyphens: a digest separator, a hard boundary for frames and continuations
    """,
    re.VERBOSE,
)
_MODALS: Final = frozenset("would will could should may might must can to".split())
_OPENING: Final = 120  # how far into a sentence its subject is looked for
_MAX_SPEAKERS: Final = 400  # far above any real article (a 1 MB hostile text has ~10,000)


@dataclass(slots=True)
class Draft:
    """A quote being built: parts, kind, frame and links (indices into the draft list)."""

    parts: list[Span]
    type: str
    block: int
    frame: Frame | None = None
    rule: str = "frame.none"
    inherit: int | None = None  # index of the draft whose speaker this one continues
    linked: list[int] = field(default_factory=list)
    tail: int = -1  # index of the block holding the last part (a quote carried over paragraphs ends later)

    def last_block(self) -> int:
        """The block of the last part."""
        return max(self.block, self.tail)


def _group(text: str, segments: tuple[Segment, ...]) -> list[list[Segment]]:
    """Join continuation segments to the quote they continue (a transcript label starts a new quote)."""
    groups: list[list[Segment]] = []
    for segment in segments:
        if segment.continues and groups and transcript(text, segment) is None:
            groups[-1].append(segment)
        else:
            groups.append([segment])
    return groups


def _by_block(segments: tuple[Segment, ...]) -> dict[int, tuple[Span, ...]]:
    """Quoted spans per block index (lookups stay within one paragraph: linear time overall)."""
    found: dict[int, list[Span]] = {}
    for segment in segments:
        found.setdefault(segment.block, []).append(segment.span)
    return {block: tuple(spans) for block, spans in found.items()}


def _drafts(
    article: Article, blocks: list[Block], segments: tuple[Segment, ...], last: dict[int, Frame], cache: TokenCache
) -> list[Draft]:
    """One draft per kept quoted group (scare quotes and titles dropped); *last* holds each paragraph's last
    reported-speech frame."""
    text = article.text
    by_block = _by_block(segments)
    drafts: list[Draft] = []
    for group in _group(text, segments):
        quoted = by_block.get(group[0].block, ())
        prev = drafts[-1] if drafts else None
        if prev and (_split(text, blocks, prev, group[0]) or _same_speaker(text, blocks, prev, group, cache)):
            drafts[-1].parts.extend(s.span for s in group)  # '"A," she said, "B."': one quote, two parts
            drafts[-1].tail = group[-1].block
            continue
        kind = kind_of(text, blocks[group[0].block], group[0])
        frame = transcript(text, group[0]) if kind == "direct" else None
        frame = frame or frame_of(text, blocks, group, kind, quoted, cache)
        if is_scare(text, group[0], frame is not None, kind):
            continue
        draft = Draft([s.span for s in group], kind, group[0].block, frame, frame.rule if frame else "frame.none")
        draft.tail = group[-1].block
        if frame is not None and frame.rule == "frame.transcript" and frame.cue.end + 1 < draft.parts[0].end:
            draft.parts[0] = Span(frame.cue.end + 1, draft.parts[0].end)  # the words, not the "PENCE:" label
        if frame is None and drafts and _continues(text, blocks, drafts[-1], group[0], last):
            draft.inherit = len(drafts) - 1
            draft.rule = "frame.continuation"
            if drafts[-1].type == "direct" and kind == "direct" and drafts[-1].last_block() == draft.block:
                drafts[-1].parts.extend(draft.parts)  # '"A," she said. "B."' is one quote in two parts
                drafts[-1].tail = draft.last_block()
                continue
        elif frame is None and kind == "direct" and blocks[group[0].block].section == "body":
            draft.frame = context_frame(text, blocks, group[0], last)
            draft.rule = draft.frame.rule if draft.frame else draft.rule
        drafts.append(draft)
    return drafts


def _split(text: str, blocks: list[Block], prev: Draft, segment: Segment) -> bool:
    """The segment resumes the previous quote right after its frame, in the same sentence."""
    frame = prev.frame
    if frame is None or prev.type != "direct" or prev.last_block() != segment.block or frame.speaker is None:
        return False
    last = prev.parts[-1]
    if not last.end <= frame.cue.start < segment.open_at:
        return False
    gap = text[last.end : segment.open_at]
    block = blocks[segment.block]
    same = sentence_of(block, segment.open_at) == sentence_of(block, frame.cue.start)
    return same and len(gap.split()) <= 16 and gap.rstrip().endswith((",", ":", "—", "-"))


def _same_speaker(text: str, blocks: list[Block], prev: Draft, group: list[Segment], cache: TokenCache) -> bool:
    """A quote whose only frame is the previous framed sentence, which holds the previous quote: same quote."""
    if prev.type != "direct" or prev.last_block() != group[0].block or prev.frame is None or prev.frame.speaker is None:
        return False
    block = blocks[group[0].block]
    head = sentence_of(block, group[0].open_at)
    if head.start <= block.span.start:
        return False  # the quote's sentence opens the paragraph: no previous sentence to frame it
    previous = sentence_of(block, head.start - 2)
    if not previous.start <= prev.frame.speaker.start <= prev.frame.speaker.end <= previous.end:
        return False  # a previous-sentence frame names a speaker inside that sentence
    if kind_of(text, block, group[0]) != "direct":
        return False
    quoted = tuple(Span(p.start, p.end) for p in prev.parts)
    frame = frame_of(text, blocks, group, "direct", quoted, cache)
    return frame is not None and frame.rule == "frame.previous_sentence" and frame.speaker == prev.frame.speaker


def _continues(text: str, blocks: list[Block], prev: Draft, segment: Segment, last: dict[int, Frame]) -> bool:
    """An unframed quote continues the previous attributed one: same paragraph, or a quote paragraph within two
    paragraphs after it (its speaker is resolved, never the last name seen).  A reporting frame of the paragraph
    in between, or one after a partial quote in the paragraph before, speaks instead (the context frame)."""
    if (prev.frame is None or prev.frame.speaker is None) and prev.inherit is None:
        return False
    end = prev.last_block()
    if end == segment.block:
        return _SEPARATOR.search(text, prev.parts[-1].end, segment.open_at) is None
    block = blocks[segment.block]
    if text[block.span.start : segment.open_at].strip() or block.section != "body":
        return False
    if segment.block == end + 1:
        reported = last.get(end)
        later = reported is not None and reported.cue.start > prev.parts[-1].end
        return prev.type == "direct" or not later
    return segment.block == end + 2 and prev.type == "direct" and (end + 1) not in last


def extract(
    article: Article,
    people: tuple[Person, ...] = (),
    organizations: tuple[Organization, ...] = (),
    places: tuple[Place, ...] = (),
) -> tuple[Quote, ...]:
    """Return the quotes of *article* in text order (direct, partial and indirect)."""
    blocks = _without_dateline(article, [b for b in article.blocks if b.section != "caption"])
    blocks = _at_separators(article.text, blocks)
    headline = next((i for i, b in enumerate(blocks) if b.section == "headline"), None)
    segments = find_segments(article.text, [b.span for b in blocks], headline)
    dateline = article.dateline.span if article.dateline is not None else None
    closing = [s.close_at + 1 for s in segments if s.close_at is not None]
    cache = TokenCache(article.text, closing)  # sentence tokens after a closing mark serve the frame after it
    openers = Openers(article.text, blocks, tuple(s.span for s in segments), cache)
    reported = find_reported(article.text, blocks, _by_block(segments), dateline, openers.see, cache)
    last = {block: frame for _, frame, block in reported if frame.speaker is not None}
    drafts = _drafts(article, blocks, segments, last, cache)
    for content, frame, block in reported:
        drafts.append(Draft([content], "indirect", block, frame, frame.rule))
    _whole_bodies(article.text, drafts, organizations)
    _link(article.text, drafts)
    return _build(article, blocks, drafts, openers, people, organizations, places)


def _whole_bodies(text: str, drafts: list[Draft], organizations: tuple[Organization, ...]) -> None:
    """A speaker phrase cut inside an organization's name takes the whole name ('The Joint Chiefs' of Staff)."""
    ends: dict[int, int] = {}
    for item in organizations:
        for m in item.mentions:
            ends[m.span.start] = max(ends.get(m.span.start, 0), m.span.end)
    for draft in drafts:
        frame = draft.frame
        if frame is None or frame.speaker is None:
            continue
        speaker = frame.speaker
        words = text[speaker.start : speaker.end].split()
        start = speaker.start + (len(words[0]) + 1 if len(words) > 1 and words[0].lower() == "the" else 0)
        end = ends.get(start, 0)
        if end <= speaker.end or "," in text[speaker.end : end]:
            continue
        cue = frame.cue
        if speaker.end <= cue.start < end:
            if frame.rule != "frame.subject":
                continue
            verb = _VERB.search(text, end, end + 40)  # the subject's verb is the first word after the name
            if verb is None:
                continue
            cue = Span(*verb.span())
        draft.frame = Frame(cue, Span(speaker.start, end), frame.rule)


def _without_dateline(article: Article, blocks: list[Block]) -> list[Block]:
    """The lead's first sentence starts after the dateline (the dateline is nobody's subject)."""
    line = article.dateline
    if line is None:
        return blocks
    out = []
    for block in blocks:
        sentences = tuple(
            Span(min(max(s.start, line.span.end), s.end), s.end) if s.start <= line.span.start < s.end else s
            for s in block.sentences
        )
        out.append(Block(block.section, block.number, block.span, tuple(s for s in sentences if s.end > s.start)))
    return out


def _at_separators(text: str, blocks: list[Block]) -> list[Block]:
    """A run of hyphens ('----------') ends a sentence: no frame is looked for across it."""
    out = []
    for block in blocks:
        if _SEPARATOR.search(text, block.span.start, block.span.end) is None:
            out.append(block)
            continue
        sentences: list[Span] = []
        for sentence in block.sentences:
            at = sentence.start
            for run in _SEPARATOR.finditer(text, sentence.start, sentence.end):
                sentences.append(Span(at, run.start()))
                at = run.end()
            sentences.append(Span(at, sentence.end))
        kept = tuple(s for s in sentences if text[s.start : s.end].strip())
        out.append(Block(block.section, block.number, block.span, kept))
    return out


def _hypothetical(text: str, inner: Frame, outer: Draft) -> bool:
    """A cue inside the reported words after a modal ('adding that Seoul would respond "firmly"'), or with a
    speaker that is no name, is no speech event of its own: the quote is the clause speaker's word.
    'X said Kim told them ... "..."' keeps Kim."""
    clause = outer.parts[0]
    if not clause.start <= inner.cue.start < clause.end or inner.rule == "frame.what_called":
        return False
    before = text[max(clause.start, inner.cue.start - 12) : inner.cue.start].split()
    if bool(before) and before[-1].lower() in _MODALS:
        return True
    return inner.speaker is not None and classify(text[inner.speaker.start : inner.speaker.end]) != "name"


def _link(text: str, drafts: list[Draft]) -> None:
    """Link each indirect clause with the partial quotes inside it (both ways; same paragraph only)."""
    partials: dict[int, list[tuple[int, int]]] = {}  # block -> (start, draft index), sorted
    for j, inner in enumerate(drafts):
        if inner.type != "indirect":
            partials.setdefault(inner.block, []).append((inner.parts[0].start, j))
    for found in partials.values():
        found.sort()
    for i, outer in enumerate(drafts):
        if outer.type != "indirect":
            continue
        inside_block = partials.get(outer.block, [])
        lo = bisect_left(inside_block, (outer.parts[0].start, -1))
        hi = bisect_left(inside_block, (outer.parts[0].end, -1))
        for _, j in inside_block[lo:hi]:  # quotes starting inside the clause (one paragraph can be huge)
            inner = drafts[j]
            if outer.parts[0].contains(inner.parts[0]) and len(inner.parts) == 1:
                inner.type = "partial"  # a quote inside reported words is a fragment of them
                outer.linked.append(j)
                inner.linked.append(i)
                if inner.frame is None or inner.frame.speaker is None or _hypothetical(text, inner.frame, outer):
                    inner.frame, inner.rule = outer.frame, outer.rule


def _build(
    article: Article,
    blocks: list[Block],
    drafts: list[Draft],
    openers: Openers,
    people: tuple[Person, ...],
    organizations: tuple[Organization, ...],
    places: tuple[Place, ...],
) -> tuple[Quote, ...]:
    """Resolve speakers in mention order, then number the quotes in text order."""
    resolver = _resolver(article, blocks, drafts, openers, people, organizations, places)
    resolved = _resolve_all(drafts, resolver, people, [b.span.start for b in blocks])
    numbered = sorted(range(len(drafts)), key=lambda i: (*_span_key(drafts[i].parts[0]), drafts[i].type))
    ids = {i: f"q-{n}" for n, i in enumerate(numbered, 1)}
    return tuple(_quote(article.text, drafts[i], ids, i, resolved[i]) for i in numbered)


def _resolver(
    article: Article,
    blocks: list[Block],
    drafts: list[Draft],
    openers: Openers,
    people: tuple[Person, ...],
    organizations: tuple[Organization, ...],
    places: tuple[Place, ...],
) -> Resolver:
    """The article's resolver: the adapter's name table, sentence subjects and the shared coref resolver."""
    text = article.text
    named = sorted(
        {(d.frame.speaker.start, d.frame.speaker.end, d.block) for d in drafts if d.frame and d.frame.speaker}
    )
    subjects = _subject_names(text, blocks, drafts, openers)
    phrases = sorted([(s, e, b) for s, e, b in named if classify(text[s:e]) == "name"] + subjects)
    known = build_known([(text[s:e], s, b, "") for s, e, b in phrases])
    resolver = Resolver(text, known, people, organizations, places)
    if people:
        speakers = [Span(s, e) for s, e in sorted({(s, e) for s, e, _ in named})]
        if len(speakers) > _MAX_SPEAKERS:
            speakers = []  # the coref context scans its speaker list per reference: bounded on giant texts
        resolver.shared = coref.Resolver(article, people, speakers=speakers)
    resolver.subjects = subjects
    resolver.skip_history = {i for i, b in enumerate(blocks) if b.section == "headline"}
    return resolver


Resolution = tuple[Speaker | None, str]  # the speaker and the resolution rule


def _resolve_all(
    drafts: list[Draft], resolver: Resolver, people: tuple[Person, ...], starts: list[int]
) -> dict[int, Resolution]:
    """Each draft's speaker, resolved in mention order (in the block holding the mention: *starts* are the
    blocks' start offsets); continuations inherit theirs."""
    resolved: dict[int, Resolution] = {}
    cache: dict[tuple[int, int, int], Resolution] = {}
    ids = {p.id for p in people}
    for i in sorted(range(len(drafts)), key=lambda i: _mention_at(drafts[i])):
        frame = drafts[i].frame
        if frame is None or frame.speaker is None:
            if drafts[i].inherit is None or frame is not None:
                resolved[i] = (None, "")
            continue
        said = Span(drafts[i].parts[0].start, drafts[i].parts[-1].end)  # no one named in it says it
        key = (frame.speaker.start, frame.speaker.end, said.start)
        if key not in cache:
            block = drafts[i].block
            if drafts[i].tail > block:  # a quote carried over paragraphs: the frame may close it later
                block = min(drafts[i].tail, max(block, bisect_right(starts, frame.speaker.start) - 1))
            found = resolver.resolve(frame.speaker, block, said)
            cache[key] = (_known_id(found.speaker, ids), found.rule)
        resolved[i] = cache[key]
    for i, draft in enumerate(drafts):
        source = draft.inherit
        while i not in resolved and source is not None and source not in resolved:
            source = drafts[source].inherit
        if i not in resolved:
            resolved[i] = resolved.get(source, (None, "")) if source is not None else (None, "")
    return resolved


class Openers:
    """The subject opening each body sentence (its first ``_OPENING`` characters), taken from the tokens the
    reported-speech pass already made (:meth:`see`); a sentence it did not note is tokenized on demand."""

    def __init__(self, text: str, blocks: list[Block], quoted: tuple[Span, ...], cache: TokenCache) -> None:
        self.text = text
        self.cache = cache
        self.body = {i for i, b in enumerate(blocks) if b.section == "body"}
        self.quoted = quoted  # every quoted segment: a sentence opening inside one is mostly never asked for
        self.starts = [q.start for q in quoted]
        self.found: dict[tuple[int, int], tuple[int, int] | None] = {}  # (sentence start, end) -> its subject

    def see(self, block: int, sentence: Span, toks: list[Token], complete: int) -> None:
        """Note the subject of a body sentence whose tokens are *toks* (all of them up to *complete*)."""
        if block not in self.body:
            return
        at = sentence.start + 1
        i = bisect_right(self.starts, at) - 1  # the last segment opening at or before *at*
        if i >= 0 and at < self.quoted[i].end:
            return  # later, only if still needed
        opening = min(sentence.end, sentence.start + _OPENING)
        if complete < opening:
            return  # a quote's words were left out: later, only if still needed
        found = subject(truncate(self.text, toks, opening))
        self.found[(sentence.start, sentence.end)] = (found.start, found.end) if found is not None else None

    def subject(self, sentence: Span) -> Span | None:
        """The subject opening *sentence* (None when there is none)."""
        key = (sentence.start, sentence.end)
        if key in self.found:
            found = self.found[key]
            return Span(*found) if found is not None else None
        return subject(self.cache.tokens(sentence.start, min(sentence.end, sentence.start + _OPENING)))


def _subject_names(
    text: str, blocks: list[Block], drafts: list[Draft], openers: Openers
) -> list[tuple[int, int, int]]:
    """Person-like names opening a sentence outside quotes ``(start, end, block)``: pronoun antecedents."""
    found: list[tuple[int, int, int]] = []
    parts: dict[int, list[Span]] = {}
    for draft in drafts:
        if draft.type != "indirect":
            parts.setdefault(draft.block, []).extend(draft.parts)
    for index, block in enumerate(blocks):
        if block.section != "body":
            continue
        quoted = tuple(sorted(parts.get(index, []), key=_span_key))
        for sentence in block.sentences:
            if any(q.start <= sentence.start + 1 < q.end for q in near(quoted, sentence.start, sentence.start + 2)):
                continue
            span = openers.subject(sentence)
            if span is not None and classify(text[span.start : span.end]) == "name":
                found.append((span.start, span.end, index))
    return found


def _known_id(speaker: Speaker | None, ids: set[str]) -> Speaker | None:
    """A person id must name one of the extracted people (*ids*; no dangling ids when the people extractor ran)."""
    if speaker is None or speaker.kind != "person" or not ids or speaker.id is None:
        return speaker
    if speaker.id in ids:
        return speaker
    return Speaker(speaker.kind, speaker.name, speaker.mention, None)


def _span_key(span: Span) -> tuple[int, int]:
    return span.start, span.end


def _mention_at(draft: Draft) -> int:
    if draft.frame is not None and draft.frame.speaker is not None:
        return draft.frame.speaker.start
    return draft.parts[0].start


def _quote(text: str, draft: Draft, ids: dict[int, str], i: int, resolved: Resolution) -> Quote:
    """The frozen quote of one draft."""
    speaker, how = resolved
    span = Span(draft.parts[0].start, draft.parts[-1].end)
    cue = None
    if draft.frame is not None:
        c = draft.frame.cue
        cue = Mention(c, text[c.start : c.end], "cue", draft.frame.rule)
    return Quote(
        span=span,
        surface=text[span.start : span.end],
        rule=draft.rule + ("/" + how if how else ""),
        id=ids[i],
        type=draft.type,
        parts=tuple(draft.parts),
        speaker=speaker,
        cue=cue,
        linked=tuple(sorted((ids[j] for j in draft.linked), key=lambda x: int(x[2:]))) if draft.linked else (),
    )
