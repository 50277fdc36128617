"""Resolve speaker mentions, in text order, to :class:`Speaker` values.

Person mentions (names, he/she, nominal descriptions) go first to the shared
coreference resolver (:mod:`service.extract.coref`, built on the people
extractor's output); its rule is kept (``coref.name``, ``coref.surname``,
``coref.pronoun``, ``coref.nominal``, ``coref.cataphora``).  When it has no
answer, or when no people were extracted, a small adapter answers:

``coref.name`` a name or surname linked to the first full name among the frames' speakers;
``coref.pronoun`` he/she -> the nearest earlier person speaker or sentence-opening name (two paragraphs);
``coref.pronoun_nearest`` else the nearest earlier person the people extractor found;
``coref.nominal`` 'the diplomat' -> the nearest earlier person whose title fits (modifiers must agree);
``coref.cataphora`` a description in the headline or lead -> the first later name whose title fits;
``coref.nominal_recent`` a role noun with no fitting title -> the last person speaker nearby;
``coref.unresolved`` a description kept as written (a person without id).

Organizations, places and groups keep the name as written (``speaker.organization``,
``speaker.place``, ``speaker.group``), with the id of a matching organization or
place when those extractors found one; a group has no id.  I/we are never speakers.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field

from . import coref
from .facts import Mention, Organization, Person, Place, Span, Speaker
from .speakers import (
    METONYMS,
    PERSON_PRONOUNS,
    ROLES,
    TITLE_WORDS,
    Known,
    classify,
    find_known,
    head_noun,
    name_run,
    person_name,
    role_fits,
    words,
)

_DEMONYM = ("an", "ese", "ish", "ian", "i", "ic")
_MENTION_TYPES = {"name": "name", "pronoun": "pronoun", "nominal": "nominal"}


# A capitalized word that may be a title, then the gap before a name: "Minister Ko", "Gen. Ko".
_TITLE_BEFORE_NAME = re.compile(r"\b([A-Z][a-z]{1,15})\.?\s+")


def _word_boundary(text: str, at: int) -> bool:
    """Whether ``\\b`` holds at *at*: a word character on exactly one side.

    >>> _word_boundary("Ko said", 2), _word_boundary("Kong", 2)
    (True, False)
    """
    before = at > 0 and (text[at - 1].isalnum() or text[at - 1] == "_")
    after = at < len(text) and (text[at].isalnum() or text[at] == "_")
    return before != after


@dataclass(frozen=True, slots=True)
class Resolved:
    """A speaker and the resolution rule that produced it."""

    speaker: Speaker | None
    rule: str


@dataclass
class Resolver:
    """Stateful only within one article: the history of resolved speakers."""

    text: str
    known: list[Known]
    people: tuple[Person, ...] = ()
    organizations: tuple[Organization, ...] = ()
    places: tuple[Place, ...] = ()
    history: list[tuple[int, int, Speaker]] = field(default_factory=list)  # (offset, block, speaker)
    skip_history: set[int] = field(default_factory=set)  # blocks (the headline) that are no antecedents
    subjects: list[tuple[int, int, int]] = field(default_factory=list)  # (start, end, block): sentence subjects
    gender: dict[str, str] = field(default_factory=dict)  # person id -> male | female, learned from pronouns
    _index: list[tuple[int, int, int]] | None = None  # people's mention spans, sorted (built on first use)
    _starts: list[int] = field(default_factory=list)
    _by_family: dict[int, dict[str, list[str]]] | None = None  # see _families
    _person_ids: dict[str, Person] | None = None  # see _people_by_id
    _named: list[tuple[int, int, int]] | None = None  # name/surname mentions, sorted (see _nearest_named_before)
    _named_starts: list[int] = field(default_factory=list)
    _known_ids: dict[str, Known] | None = None  # see _known_by_id
    _known_ids_for: list[Known] = field(default_factory=list)
    _lookups: dict[str, Lookup] = field(default_factory=dict)  # organizations / places, indexed on first use
    shared: coref.Resolver | None = None  # the shared people resolver (when people were extracted)
    shared_kinds: tuple[str, ...] = ("name", "pronoun", "nominal")  # mention kinds it resolves first

    def resolve(self, span: Span, block: int, quote: Span | None = None) -> Resolved:
        """Resolve the mention at *span* (in paragraph index *block*) and remember it.

        *quote* is what the mention is credited with saying: a person named in it is not its speaker.
        """
        phrase = self.text[span.start : span.end]
        kind = classify(phrase)
        if kind in ("name", "nominal", "place") and self._names_body(span):
            kind = "organization"  # "The Joint Chiefs of Staff", "the Seoul government": the body as named
        found = self._dispatch(kind, phrase, span, block, quote)
        if found.speaker is not None and block not in self.skip_history:
            self.history.append((span.start, block, found.speaker))
        return found

    def _lookup(self, kind: str) -> Lookup:
        if kind not in self._lookups:
            self._lookups[kind] = Lookup.build(self.organizations if kind == "organization" else self.places)
        return self._lookups[kind]

    def _names_body(self, span: Span) -> bool:
        """The phrase is an organization's mention (past a determiner) ending with it."""
        for start, end, _ in self._lookup("organization").near(span):
            if end == span.end and span.start <= start:
                if self.text[span.start : start].strip().lower() in ("", "the", "a", "an"):
                    return True
        return False

    def _mention(self, span: Span, kind: str, rule: str) -> Mention:
        return Mention(span, self.text[span.start : span.end], _MENTION_TYPES.get(kind, kind), rule)

    def _dispatch(self, kind: str, phrase: str, span: Span, block: int, quote: Span | None = None) -> Resolved:
        if kind in self.shared_kinds and self.shared is not None:
            found = self.shared.resolve(span, quote=quote)
            if found is not None and kind == "pronoun" and self._named_in(found.person, quote):
                return self._pronoun(phrase, span, block, found.person.id)  # '"Cruz is our best," he said'
            if found is not None and kind == "pronoun" and (near := self._same_block_speaker(span, block, phrase)):
                if near.id != found.person.id:
                    return self._copy(near, span, "pronoun", "coref.pronoun_speaker")
            if found is not None:
                person, rule = found.person, found.rule
                mention = Mention(span, self.text[span.start : span.end], found.mention_type, rule)
                return Resolved(Speaker("person", person.name, mention, person.id), rule)
        if kind in ("self", "none"):
            return Resolved(None, f"coref.{kind}")
        if kind == "name":
            return self._name(phrase, span)
        if kind == "pronoun":
            return self._pronoun(phrase, span, block)
        if kind == "group_pronoun":
            return self._group_pronoun(span, block)
        if kind == "nominal":
            return self._nominal(phrase, span, block, quote)
        return self._non_person(kind, phrase, span)

    def _from_people(self, span: Span) -> Person | None:
        """The person with a listed mention overlapping *span* (bisect over the mention starts)."""
        if self._index is None:
            self._index = sorted((m.span.start, m.span.end, n) for n, p in enumerate(self.people) for m in p.mentions)
            self._starts = [start for start, _, _ in self._index]
        at = bisect_left(self._starts, span.end)
        for start, end, n in reversed(self._index[max(0, at - 8) : at]):
            if start < span.end and span.start < end:
                return self.people[n]
        return None

    def _person(self, known: Known, span: Span, kind: str, rule: str) -> Resolved:
        for person in self.people:  # prefer the shared resolver's canonical id
            if person.family_name == known.surname or person.name.endswith(known.surname):
                return Resolved(Speaker("person", person.name, self._mention(span, kind, rule), person.id), rule)
        return Resolved(Speaker("person", known.name, self._mention(span, kind, rule), known.id), rule)

    def _name(self, phrase: str, span: Span) -> Resolved:
        head = phrase.split()[-1].strip(",.")
        if self.people and head.isalpha() and head.isupper() and len(head) <= 6 and len(phrase.split()) > 1:
            return self._non_person("organization", phrase, span)  # "the state media KCNA": no person of that name
        known = find_known(self.known, phrase)
        if known is not None:
            return self._person(known, span, "name", "coref.name")
        name = person_name(name_run(phrase)) or phrase
        return Resolved(Speaker("person", name, self._mention(span, "name", "coref.name")), "coref.name")

    def _recent(self, span: Span, block: int, kind: str, window: int = 2) -> Speaker | None:
        for at, where, speaker in reversed(self.history):
            if where < block - window:
                break  # the history is in text order: everything further back is too far
            if at < span.start and speaker.kind == kind:
                return speaker
        return None

    def _same_block_speaker(self, span: Span, block: int, phrase: str) -> Speaker | None:
        """The last person speaker earlier in the same paragraph, when the pronoun's gender fits."""
        gender = PERSON_PRONOUNS.get(phrase.strip().lower())
        for at, where, speaker in reversed(self.history):
            if where < block:
                return None
            if at < span.start and speaker.kind == "person" and speaker.id:
                return speaker if self._fits(speaker.id, gender) else None
        return None

    def _named_in(self, person: Person, quote: Span | None) -> bool:
        """The person's family name is a word of the quote (someone else is talking about them)."""
        family = person.family_name or person.name.split()[-1]
        if quote is None or not family:
            return False
        return re.search(r"\b" + re.escape(family) + r"\b", self.text[quote.start : quote.end]) is not None

    def _titled_in_quote(self, quote: Span | None) -> set[str]:
        """Ids of the people the quote names by title and family name ('Minister Ko'): they are talked about.

        Each title word in the quote is followed by a family-name lookup (one per distinct family-name length),
        so the cost follows the quote's title words, not the number of people in the article.
        """
        if quote is None:
            return set()
        segment = self.text[quote.start : quote.end]
        found: set[str] = set()
        for match in _TITLE_BEFORE_NAME.finditer(segment):
            if match.group(1).lower() not in TITLE_WORDS:
                continue
            at = match.end()
            for length, families in self._families().items():
                ids = families.get(segment[at : at + length])
                if ids and _word_boundary(segment, at + length):
                    found.update(ids)
        return found

    def _families(self) -> dict[int, dict[str, list[str]]]:
        """People's ids by family name, grouped by the name's length (built on first use)."""
        if self._by_family is None:
            self._by_family = {}
            for person in self.people:
                family = person.family_name or person.name.split()[-1]
                if family:
                    self._by_family.setdefault(len(family), {}).setdefault(family, []).append(person.id)
        return self._by_family

    def _pronoun(self, phrase: str, span: Span, block: int, exclude: str | None = None) -> Resolved:
        """he/she -> the nearest earlier person speaker or sentence-opening name (two paragraphs back),
        never the person *exclude* (named in the quote)."""
        gender = PERSON_PRONOUNS.get(phrase.strip().lower())
        best: tuple[int, Speaker | Known] | None = None
        target: Speaker | Known | None
        for at, where, speaker in reversed(self.history):
            if where < block - 2:
                break
            if at < span.start and speaker.kind == "person" and speaker.id and speaker.id != exclude:
                if self._fits(speaker.id, gender):
                    best = (at, speaker)
                    break
        for at, end, where in reversed(self.subjects):
            if where < block - 2:
                break
            if at < span.start:
                target = self._subject_person(Span(at, end))
                if target is not None and target.id and target.id != exclude and self._fits(target.id, gender):
                    if best is None or at > best[0]:
                        best = (at, target)
                    break
        if best is None:
            return self._pronoun_fallback(span, gender, exclude)
        target = best[1]
        found = (
            self._copy(target, span, "pronoun", "coref.pronoun")
            if isinstance(target, Speaker)
            else self._person(target, span, "pronoun", "coref.pronoun_subject")
        )
        if gender is not None and found.speaker is not None and found.speaker.id:
            self.gender.setdefault(found.speaker.id, gender)
        return found

    def _pronoun_fallback(self, span: Span, gender: str | None, exclude: str | None = None) -> Resolved:
        """No speaker or subject nearby: the shared resolver's answer, else the nearest earlier person mention."""
        person = self._from_people(span)
        if person is not None and person.id == exclude:
            person = None
        if person is None:
            person = self._nearest_named_before(span.start, gender, exclude)
        if person is None:
            return Resolved(None, "coref.pronoun_unresolved")
        rule = "coref.pronoun_nearest"
        return Resolved(Speaker("person", person.name, self._mention(span, "pronoun", rule), person.id), rule)

    def _nearest_named_before(self, at: int, gender: str | None, exclude: str | None) -> Person | None:
        """The person whose name or surname mention starts last among those ending by *at* (of equal starts,
        the first person listed), with a fitting gender and not *exclude*: a walk back over the sorted
        mentions that stops once the start falls below the best found."""
        if self._named is None:
            self._named = sorted(
                (m.span.start, m.span.end, n) for n, p in enumerate(self.people) for m in p.mentions
                if m.type in ("name", "surname")
            )
            self._named_starts = [start for start, _, _ in self._named]
        best: tuple[int, int] | None = None  # (start, person index)
        for start, end, n in reversed(self._named[: bisect_left(self._named_starts, at)]):
            if best is not None and start < best[0]:
                break
            person = self.people[n]
            if end <= at and person.id != exclude and self._fits(person.id, gender):
                best = (start, min(n, best[1]) if best is not None else n)
        return self.people[best[1]] if best is not None else None

    def _people_by_id(self) -> dict[str, Person]:
        """The first listed person of each id (built on first use)."""
        if self._person_ids is None:
            self._person_ids = {}
            for person in self.people:
                self._person_ids.setdefault(person.id, person)
        return self._person_ids

    def _known_by_id(self) -> dict[str, Known]:
        """The first known speaker of each id (built on first use; the known list only grows before resolving)."""
        if self._known_ids is None or len(self._known_ids_for) != len(self.known):
            self._known_ids = {}
            for known in self.known:
                self._known_ids.setdefault(known.id, known)
            self._known_ids_for = list(self.known)
        return self._known_ids

    def _subject_person(self, span: Span) -> Speaker | Known | None:
        """The person a sentence subject names: the shared resolver's person, else a known speaker name."""
        person = self._from_people(span)
        if person is not None:
            mention = self._mention(span, "name", "coref.people")
            return Speaker("person", person.name, mention, person.id)
        if self.people:
            return None  # the people extractor knows every name: this subject is no person
        return find_known(self.known, self.text[span.start : span.end])

    def _fits(self, person_id: str, gender: str | None) -> bool:
        """A compatible gender: the people extractor's, else the one learned from earlier pronouns;
        unknown genders fit both."""
        if gender is None:
            return True
        person = self._people_by_id().get(person_id)
        known = (person.gender if person is not None else None) or self.gender.get(person_id)
        return known is None or known == gender

    def _group_pronoun(self, span: Span, block: int) -> Resolved:
        """it/they -> the nearest organization that spoke in the last two paragraphs, else a place or a group
        that spoke in the last one."""
        for kind in ("organization", "place", "group"):
            speaker = self._recent(span, block, kind, window=2 if kind == "organization" else 1)
            if speaker is not None:
                return self._copy(speaker, span, "pronoun", "coref.pronoun")
        return Resolved(None, "coref.pronoun_unresolved")

    def _copy(self, speaker: Speaker, span: Span, kind: str, rule: str) -> Resolved:
        return Resolved(Speaker(speaker.kind, speaker.name, self._mention(span, kind, rule), speaker.id), rule)

    def _nominal(self, phrase: str, span: Span, block: int, quote: Span | None = None) -> Resolved:
        """'the diplomat' -> a person whose title fits (backwards; forwards only from the headline or lead);
        never one the story leaves unnamed ('an official said'), nor one the quote names by title."""
        noun = head_noun(phrase)
        marks = _modifiers(phrase)
        name = " ".join(w for w in words(phrase) if w.lower() not in ("the", "a", "an"))
        mention = self._mention(span, "nominal", "coref.unresolved")
        unresolved = Resolved(Speaker("person", name, mention), "coref.unresolved")
        if self.shared is not None and self.shared.unnamed(span):
            return unresolved
        skip = self._titled_in_quote(quote)

        def fits(known: Known) -> bool:
            if known.id in skip or not role_fits(noun, known.titles):
                return False
            where = (known.titles + " " + known.name).lower()
            return all(m in where for m in marks)

        for at, where, speaker in reversed(self.history):
            if where < block - 3:
                break
            if at < span.start and speaker.kind == "person" and speaker.id:
                known = self._known_by_id().get(speaker.id)
                if known is not None and fits(known):
                    return self._copy(speaker, span, "nominal", "coref.nominal")
        last = next((k for k in reversed(self.known) if k.at < span.start and fits(k)), None)
        if last is not None:
            return self._person(last, span, "nominal", "coref.nominal")
        after = [k for k in self.known if k.at > span.start and k.block <= block + 2 and fits(k)]
        if after and block <= 1:
            return self._person(after[0], span, "nominal", "coref.cataphora")
        recent = self._recent(span, block, "person")
        if noun in ROLES and not marks and recent is not None and recent.id:
            return self._copy(recent, span, "nominal", "coref.nominal_recent")
        return unresolved

    def _non_person(self, kind: str, phrase: str, span: Span) -> Resolved:
        bare = " ".join(w for w in words(phrase) if w.lower() not in ("the", "a", "an"))
        rule = f"speaker.{kind}"
        ident: str | None = None
        if kind == "organization":
            ident = self._lookup(kind).match_id(span, bare)
        elif kind == "place":
            ident = self._lookup(kind).match_id(span, bare)
        mention = Mention(span, self.text[span.start : span.end], kind, rule, "government" if kind == "place" else None)
        return Resolved(Speaker(kind, bare, mention, ident), rule)


def _modifiers(phrase: str) -> list[str]:
    """Capitalised modifiers that must agree ('the Florida senator'); country words are left to the people
    resolver (a title rarely repeats the country: 'the Canadian envoy')."""
    found = []
    for word in words(phrase)[:-1]:
        low = word.lower()
        if word[:1].isupper() and low not in METONYMS and "." not in low and not low.endswith(_DEMONYM):
            if low not in ("the", "a", "an", "this", "that"):
                found.append(low)
    return found


@dataclass(frozen=True)
class Lookup:
    """Organizations or places indexed by mention offsets and name (lookups in log time on 1 MB texts)."""

    items: tuple[Organization | Place, ...]
    spans: list[tuple[int, int, int]]  # (start, end, item index), sorted
    starts: list[int]
    names: dict[str, int]  # lower-case name -> first item index
    longest: int  # the longest mention (how far back an overlapping mention may start)

    @classmethod
    def build(cls, found: tuple[Organization, ...] | tuple[Place, ...]) -> Lookup:
        """Index the organizations or places *found*."""
        items: tuple[Organization | Place, ...] = tuple(found)
        spans = sorted((m.span.start, m.span.end, n) for n, item in enumerate(items) for m in item.mentions)
        names: dict[str, int] = {}
        for n, item in enumerate(items):
            names.setdefault(item.name.lower(), n)
        longest = max((end - start for start, end, _ in spans), default=0)
        return cls(items, spans, [start for start, _, _ in spans], names, longest)

    def near(self, span: Span) -> list[tuple[int, int, int]]:
        """Mentions overlapping *span*."""
        lo = bisect_left(self.starts, span.start - self.longest)
        hi = bisect_left(self.starts, span.end)
        return [(s, e, n) for s, e, n in self.spans[lo:hi] if s < span.end and span.start < e]

    def match_id(self, span: Span, bare: str) -> str | None:
        """Id of the first item whose mention overlaps *span* or whose name is *bare*."""
        found = [n for _, _, n in self.near(span)]
        named = self.names.get(bare.lower())
        if named is not None:
            found.append(named)
        return (self.items[min(found)].id or None) if found else None
