"""Reference resolution internals for :mod:`service.extract.coref` (see its docstring)."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from typing import Final

from ._refscan import (
    INDEFINITE,
    PRONOUNS,
    Phrase,
    Sentences,
    attributed_quote,
    candidates,
    parse_phrase,
    quote_regions,
    speaks,
)
from ._roles import ROLE_NOUNS, countries, fits, premodifier
from ._suspects import NOUNS as SUSPECT_NOUNS
from ._suspects import Intro, fits_intro, introduced
from .article import Article
from .facts import Person, Span

__all__ = [
    "PRONOUNS",
    "Context",
    "Phrase",
    "Ref",
    "Resolution",
    "candidates",
    "parse_phrase",
    "quote_regions",
    "speaks",
]

_GENERIC: Final = frozenset({"senior", "top", "ranking", "high", "level", "former", "new", "key", "veteran", "local"})
_ANONYMOUS: Final = re.compile(
    r"anonymity|not\sto\sbe\s(?:named|identified)|declined\sto\sbe\s(?:named|identified)|without\sbeing\snamed"
)
_SURNAMED_AFTER: Final = re.compile(r",?\s{1,3}(?:who\sis\s)?surnamed\s(?P<name>[A-Z][a-z]{1,14})\b")  # ", surnamed X"
_HONORIFIC: Final = re.compile(r"\b(?:Mr|Mrs|Ms|Miss|Dr|Prof)\.?\s\Z")
_EMBEDDING: Final = re.compile(
    r"\b(?:said|says|told|tells|added|claimed|alleged|believes?|believed|thinks?|thought|that|because|when|after"
    r"|before|while|if|who|which|whom|whose)\b"
)  # between a subject and "him": a new clause that "him" may refer out of
_EMBEDDED_SUBJECT: Final = re.compile(r"\b(?:said|says|told\s\w+|that|because|when|after|before|while|if)\s\Z")
_CLAUSE_BREAK: Final = re.compile(r"[,;:\u2014]|\b(?:as|while|because|but|and|although|when|after|before|since)\b")


@dataclass(frozen=True, slots=True)
class Resolution:
    """Who a phrase refers to, the rule that linked it and the mention type."""

    person: Person
    rule: str  # coref.name | coref.surname | coref.pronoun | coref.nominal | coref.cataphora
    mention_type: str  # name | surname | pronoun | nominal


@dataclass(frozen=True, slots=True)
class Ref:
    """A known reference to a person, with what resolution needs about its place."""

    span: Span
    person_id: str
    type: str
    speaker: bool
    in_quote: bool
    block: int  # index into ``article.blocks``; -1 outside them


class Context:
    """Per-article state: blocks, quote regions, references sorted by position (bisect-indexed)."""

    def __init__(self, article: Article, people: tuple[Person, ...], speakers: tuple[Span, ...]) -> None:
        self.text = article.text
        self.blocks = article.blocks
        self._starts = [b.span.start for b in self.blocks]
        self._sentences = Sentences()
        self._body = {b.number: i for i, b in enumerate(self.blocks) if b.section == "body"}
        self.quotes = quote_regions(self.text, self.blocks)
        self._quote_starts = [q.start for q in self.quotes]
        self.speakers = speakers
        self.people = {p.id: p for p in people}
        self.genders: dict[str, str] = {}  # learned from pronouns resolved so far
        place = article.dateline.place.title() if article.dateline is not None else ""
        self.home = countries([place])  # a person with no stated country is taken to be local
        self._titles = {p.id: _title_texts(p) for p in people}
        self._intros = {p.id: self._intro(p) for p in people if p.rule == "people.name.surnamed"}
        self._memo: dict[tuple[str, int, str, str], bool] = {}
        self._speaking: dict[tuple[int, int], bool] = {}  # see is_speaker
        self._rules = {(p.id, m.span): m.rule for p in people for m in p.mentions}  # one lookup, not a scan
        self.refs = sorted(
            (self.make_ref(m.span, p.id, m.type) for p in people for m in p.mentions),
            key=lambda r: (r.span.start, r.span.end),
        )
        self._ref_starts = [r.span.start for r in self.refs]

    def insert(self, ref: Ref) -> None:
        """Add a resolved reference, keeping the order."""
        index = bisect_right(self._ref_starts, ref.span.start)
        self.refs.insert(index, ref)
        self._ref_starts.insert(index, ref.span.start)

    def _between(self, start: int, end: int) -> list[Ref]:
        """References starting in ``[start, end)``, in text order."""
        return self.refs[bisect_left(self._ref_starts, start) : bisect_left(self._ref_starts, end)]

    def block_of(self, pos: int) -> int:
        """Index of the block holding *pos* (-1 outside every block)."""
        index = bisect_right(self._starts, pos) - 1
        return index if index >= 0 and pos <= self.blocks[index].span.end else -1

    def in_quote(self, span: Span) -> bool:
        """Whether *span* lies inside quotation marks."""
        index = bisect_right(self._quote_starts, span.start) - 1
        return index >= 0 and self.quotes[index].contains(span)

    def is_speaker(self, span: Span) -> bool:
        """Whether *span* is the subject of a reporting frame ("X said", "said X", "according to X");
        remembered per span for this article (several passes ask about the same mention)."""
        key = (span.start, span.end)
        found = self._speaking.get(key)
        if found is None:
            found = any(s.overlaps(span) for s in self.speakers) or speaks(self.text, span)
            self._speaking[key] = found
        return found

    def make_ref(self, span: Span, person_id: str, mention_type: str) -> Ref:
        """A reference at *span* with its speaker, quote and block facts."""
        return Ref(span, person_id, mention_type, self.is_speaker(span), self.in_quote(span), self.block_of(span.start))

    def paragraph(self, block: int) -> tuple[str, int]:
        """Section and number of block *block*."""
        if block < 0:
            return ("none", 0)
        return (self.blocks[block].section, self.blocks[block].number)

    def window(self, block: int, back: int = 2) -> tuple[frozenset[int], int]:
        """Blocks a reference from *block* may reach (this body paragraph and *back* before it) and where they start."""
        section, number = self.paragraph(block)
        if section != "body":
            return frozenset({block}), self.blocks[block].span.start if block >= 0 else 0
        reach = [self._body[n] for n in range(max(1, number - back), number + 1) if n in self._body]
        return frozenset(reach), self.blocks[reach[0]].span.start

    def listed(self, span: Span, stop: int = -1) -> Resolution | None:
        """A mention the person list already holds at (or inside, before *stop* when given) *span*."""
        inner = Span(span.start, stop) if span.start < stop < span.end else span
        for ref in self._between(span.start, span.end):
            if ref.span == span or (inner.contains(ref.span) and ref.type in ("name", "surname")):
                person = self.people[ref.person_id]
                rule = self._rules.get((person.id, ref.span), f"coref.{ref.type}")
                return Resolution(person, rule, ref.type)
        return None

    def attributed(self, span: Span) -> Span | None:
        """The quotation a speaker at *span* is credited with (right before or after it in its paragraph)."""
        block = self.block_of(span.start)
        if block < 0:
            return None
        return attributed_quote(self.text, self.quotes, span, self.blocks[block].span, self._quote_starts)

    def named_in(self, quote: Span) -> frozenset[str]:
        """Ids of people named in full or with a title or honorific inside *quote*."""
        found = set()
        for ref in self._between(quote.start, quote.end):
            if not quote.contains(ref.span) or ref.type not in ("name", "surname"):
                continue
            titled = _HONORIFIC.search(self.text, max(0, ref.span.start - 6), ref.span.start) is not None
            if ref.type == "name" or titled or premodifier(self.text, quote.start, ref.span.start) is not None:
                found.add(ref.person_id)
        return frozenset(found)

    def gender_ok(self, person_id: str, gender: str | None) -> bool:
        """Whether the person can be referred to with *gender*."""
        known = self.people[person_id].gender or self.genders.get(person_id)
        return gender is None or known is None or known == gender

    def pronoun(self, span: Span, gender: str, exclude: frozenset[str] = frozenset()) -> Resolution | None:
        """he/she/his/her: this sentence, the previous one's subject, the nearest speaker, the nearest person."""
        block = self.block_of(span.start)
        reach, lowest = self.window(block)
        pool = [
            r
            for r in self._between(lowest, span.start)
            if r.span.end <= span.start and r.block in reach and not r.in_quote and self.gender_ok(r.person_id, gender)
        ]
        pool = [r for r in pool if r.person_id not in exclude] or pool
        if self.text[span.start : span.end].lower() == "him":
            bound = self._clause_subjects(block, span, pool)  # "the suspect ... attacked him": not the suspect
            pool = [r for r in pool if r.person_id not in bound] or pool
        if not pool:
            return None
        chosen = self._in_sentence(block, span, pool) or self._previous_subject(block, span, pool)
        if chosen is None:
            talking = [r for r in pool if r.speaker]
            chosen = talking[-1] if talking else self._subject_of_last_sentence(pool)
        return Resolution(self.people[chosen.person_id], "coref.pronoun", "pronoun")

    def _clause_subjects(self, block: int, span: Span, pool: list[Ref]) -> set[str]:
        """People who are the subject of the clause holding an object pronoun: an object pronoun never refers
        to them ("the suspect approached Lee and attacked him"; "Kim said Lee insulted him": Lee, not Kim)."""
        sentence = self._sentence(block, span.start)
        if sentence is None:
            return set()
        found: set[str] = set()
        for ref in pool:
            if not sentence.contains(ref.span) or _EMBEDDING.search(self.text, ref.span.end, span.start):
                continue
            embedded = _EMBEDDED_SUBJECT.search(self.text, sentence.start, ref.span.start) is not None
            if embedded or _opens(self.text, sentence, ref.span):
                found.add(ref.person_id)
        return found

    def _in_sentence(self, block: int, span: Span, pool: list[Ref]) -> Ref | None:
        """A person earlier in the pronoun's sentence: in its own clause the nearest, else the subject."""
        sentence = self._sentence(block, span.start)
        same = [r for r in pool if sentence is not None and sentence.contains(r.span)]
        if not same:
            return None
        clause = [r for r in same if not _CLAUSE_BREAK.search(self.text, r.span.end, span.start)]
        if clause or self.text[span.start : span.end].lower().endswith("self"):
            return (clause or same)[-1]  # "Widodo is in his final weeks", "defended himself"
        return same[0]  # the sentence subject

    def _previous_subject(self, block: int, span: Span, pool: list[Ref]) -> Ref | None:
        """The subject of the sentence just before: in the same paragraph, its first person ("Choi served ...
        He will ..."); across a paragraph break, only a person opening the previous paragraph's last sentence."""
        if block < 0:
            return None
        before = [s for s in self.blocks[block].sentences if s.end <= span.start]
        if before:
            return next((r for r in pool if before[-1].contains(r.span)), None)
        section, number = self.paragraph(block)
        previous_block = self._body.get(number - 1) if section == "body" else None
        if previous_block is None or not self.blocks[previous_block].sentences:
            return None
        last = self.blocks[previous_block].sentences[-1]
        first = next((r for r in pool if last.contains(r.span)), None)
        if first is None or not _opens(self.text, last, first.span):
            return None
        return first

    def _sentence(self, block: int, pos: int) -> Span | None:
        """The sentence of *block* holding *pos*."""
        if block < 0:
            return None
        return self._sentences.at(self.blocks[block].sentences, pos, pos)

    def _subject_of_last_sentence(self, pool: list[Ref]) -> Ref:
        """The first reference of the latest sentence holding any reference in *pool*."""
        last = pool[-1]
        sentence = self._sentence(last.block, last.span.start)
        return next((r for r in pool if sentence is not None and sentence.contains(r.span)), last)

    def by_name(self, span: Span, words: tuple[str, ...], exclude: frozenset[str] = frozenset()) -> Resolution | None:
        """A person whose full name or family name the phrase holds.

        On a tie, the one mentioned last outside quotation marks (then anywhere),
        passing over people in *exclude* while someone else is left.
        """
        joined = " " + " ".join(words) + " "
        hits: dict[str, str] = {}
        for person in self.people.values():
            if f" {person.name} " in joined:
                hits[person.id] = "name"
            elif person.family_name and f" {person.family_name} " in joined:
                hits[person.id] = "surname"
        if not hits:
            return None
        if len(hits) > 1 and set(hits) - exclude:
            hits = {pid: kind for pid, kind in hits.items() if pid not in exclude}
        earlier = self.refs[: bisect_left(self._ref_starts, span.start)]
        narrative = (r.person_id for r in reversed(earlier) if r.person_id in hits and not r.in_quote)
        anywhere = (r.person_id for r in reversed(earlier) if r.person_id in hits)
        chosen = next(narrative, None) or next(anywhere, next(iter(hits)))
        return Resolution(self.people[chosen], f"coref.{hits[chosen]}", hits[chosen])

    def _intro(self, person: Person) -> Intro:
        """How a person known by family name only was introduced ("a man surnamed Kim was arrested")."""
        block = self.block_of(person.span.start)
        sentence = self._sentence(block, person.span.start) if block >= 0 else None
        floor = sentence.start if sentence is not None else max(0, person.span.start - 80)
        return introduced(self.text, floor, person.span.start, sentence.end if sentence is not None else None)

    def fits(self, person_id: str, phrase: Phrase, before: int) -> bool:
        """Whether the person's titles stated before *before* fit the description (memoised)."""
        head = phrase.head or ""
        intro = self._intros.get(person_id)
        if head in SUSPECT_NOUNS and (intro is not None or head not in ROLE_NOUNS):
            known = self.people[person_id].gender or self.genders.get(person_id)
            return intro is not None and self.people[person_id].span.start < before and fits_intro(head, intro, known)
        titles = self._titles[person_id]
        count = bisect_left([start for start, _ in titles], before)
        key = (person_id, count, phrase.head or "", phrase.modifiers + "|" + self.genders.get(person_id, ""))
        if key not in self._memo:
            texts = [text for _, text in titles[:count]]
            noun_gender = ROLE_NOUNS.get(phrase.head or "", (None, ()))[0]
            ok = bool(texts) and fits(phrase.head or "", texts) and self.gender_ok(person_id, noun_gender)
            wanted, held = countries([phrase.modifiers]), countries(texts) or self.home
            self._memo[key] = ok and (not wanted or bool(wanted & held))  # "the Ukrainian leader": Ukrainian
        return self._memo[key]

    def describes(self, person_id: str, phrase: Phrase, before: int) -> bool:
        """Whether a telling modifier of the description ("harbor", "defense") is in the person's titles."""
        titles = self._titles[person_id]
        words = {w for start, text in titles if start < before for w in re.findall(r"[a-z]+", text.lower())}
        telling = [w for w in re.findall(r"[a-z]{3,}", phrase.modifiers.lower()) if w not in _GENERIC]
        return any(w in words for w in telling)

    def nominal(self, span: Span, phrase: Phrase, exclude: frozenset[str] = frozenset()) -> Resolution | None:
        """ "the diplomat": an earlier person whose title fits; in the lead, a later one (cataphora)."""
        block = self.block_of(span.start)
        section, number = self.paragraph(block)
        sentence = self._sentence(block, span.start)
        if sentence is not None and _ANONYMOUS.search(self.text, span.end, sentence.end):
            return None  # "the official, who asked not to be named, said": nobody the story names
        surnamed = _SURNAMED_AFTER.match(self.text, span.end)
        if surnamed is not None:  # "the man, surnamed Choi,": the person the apposition names
            named = self.by_name(Span(*surnamed.span("name")), (surnamed.group("name"),), exclude)
            return Resolution(named.person, "coref.nominal", "nominal") if named is not None else None
        if phrase.determiner not in INDEFINITE and section != "headline":
            _, lowest = self.window(block, back=10)
            pool = [r for r in self._between(lowest, span.start) if not r.in_quote and r.block >= 0]
            fitting = {r.person_id for r in pool if self.fits(r.person_id, phrase, span.start)}
            fitting = fitting - exclude or fitting
            telling = {pid for pid in fitting if self.describes(pid, phrase, span.start)} or fitting
            pool = [r for r in pool if r.person_id in telling and r.span.end <= span.start]
            if pool:
                reach, nearby = self.window(block)
                talking = [r for r in pool if r.speaker and r.block in reach]
                chosen = (talking or pool)[-1]
                if self._unnamed(phrase.head or "", nearby, span.start) > chosen.span.start:
                    return None  # "A senior official, who asked not to be named, said ... the official said"
                return Resolution(self.people[chosen.person_id], "coref.nominal", "nominal")
        if section == "headline" or (section == "body" and number == 1):
            return self._cataphora(span, phrase)
        return None

    def unnamed(self, span: Span, phrase: Phrase) -> bool:
        """Whether a description stands for a person the story does not name (marked anonymous, or "the
        official" after "a senior official" with no fitting named person since)."""
        block = self.block_of(span.start)
        sentence = self._sentence(block, span.start)
        if phrase.head is None:
            return False
        if sentence is not None and _ANONYMOUS.search(self.text, span.end, sentence.end):
            return True
        if phrase.determiner in INDEFINITE:
            return self.nominal(span, phrase) is None  # "a senior official said": named only by cataphora
        _, nearby = self.window(block)
        since = self._unnamed(phrase.head, nearby, span.start)
        if since < 0:
            return False
        later = [r for r in self._between(since, span.start) if not r.in_quote]
        return not any(self.fits(r.person_id, phrase, span.start) for r in later)

    def _unnamed(self, head: str, start: int, end: int) -> int:
        """Where the last unnamed "a (senior ...) <head>" outside quotes between *start* and *end* begins (-1)."""
        pattern = re.compile(r"\b(?:[Aa]n?|[Aa]nother)\s(?:[\w.'\u2019-]{1,30}\s){0,4}" + re.escape(head) + r"\b")
        found = -1
        for m in pattern.finditer(self.text, start, end):
            span = Span(*m.span())
            named = any(r.span.overlaps(span) for r in self._between(span.start, span.end))
            if not named and not self.in_quote(span) and not re.match(r",\s{1,3}[A-Z]", self.text[span.end :]):
                found = span.start  # not "a ministry official, Kim Min-ho," (named right away)
        return found

    def _cataphora(self, span: Span, phrase: Phrase) -> Resolution | None:
        """The first named person of the lead and the next two paragraphs whose title fits."""
        reach = [self._body[n] for n in (1, 2, 3) if n in self._body]
        if not reach:
            return None
        horizon = self.blocks[reach[-1]].span.end
        for ref in self._between(span.end, horizon):
            if ref.block in reach and ref.type == "name" and self.fits(ref.person_id, phrase, horizon):
                return Resolution(self.people[ref.person_id], "coref.cataphora", "nominal")
        return None


def _opens(text: str, sentence: Span, span: Span) -> bool:
    """Whether *span* opens *sentence* (after a title, a quote mark or the dateline)."""
    title = premodifier(text, sentence.start, span.start)
    opening = text[sentence.start : title.start if title is not None else span.start]
    opening = re.sub(r"^.{0,80}?(?:--|\u2014)\s{0,3}", "", opening)  # the dateline of the lead
    opening = re.sub(r"^\s*(?:[Aa]n?|[Tt]he)\s(?:[\w-]{1,20}\s){0,4}surnamed\s\Z", "", opening)  # "A man surnamed "
    return not opening.strip(" \"'\u201c")


def _title_texts(person: Person) -> list[tuple[int, str]]:
    """A person's titles and affiliation names with where they are stated, in text order."""
    found = [(t.span.start, t.text) for t in person.titles] + [(a.span.start, a.name) for a in person.affiliations]
    return sorted(found)
