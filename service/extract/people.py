"""People: names, titles, affiliations, gender, and every mention resolved to them.

Three passes over the article's blocks (headline, body, captions), then
coreference:

1. full names (``_people_names``): a capitalised run, cut at non-name words,
   titles stripped, kept when its shape or context says person; a later full
   mention with the same family name and a compatible given name ("Michael
   Smith" after "J. Michael Smith") is the same person;
2. one-word names behind a title or honorific ("President Obama", "Mr. Lee") and
   "a man surnamed Kim"; then every standalone family name of a known person
   (a family name two people share goes to the one mentioned last);
3. titles and roles around every mention (``_roles``) and the affiliations
   named inside current titles;
4. pronouns and role-noun descriptions, resolved by :mod:`coref` (the same
   resolver quote attribution calls), in text order so pronouns can chain.

Ids are slugs of the canonical name (``r-dean-baker``), made unique with
``-2``, ``-3`` when two different people share one.

>>> from service.extract.article import parse_article
>>> a = parse_article("Talks stall\\n\\nSEOUL, May 2 (Yonhap) -- Foreign Minister Park Jin met Ms. Ann Lee. "
...                   "Park said he agreed with Lee.\\n")
>>> [(p.id, p.family_name, p.gender, len(p.mentions)) for p in extract(a)]
[('park-jin', 'Park', 'male', 3), ('ann-lee', 'Lee', 'female', 2)]
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from collections.abc import Iterator
from dataclasses import replace
from typing import Final

from . import _roles, coref
from ._mononyms import merge_real_names, mononyms
from ._names import FUNCTION_WORDS, ParsedName, given_gender, is_initial, known_given, parse_name, slug
from ._people_names import (
    HONORIFICS,
    Candidate,
    Words,
    animal_names,
    candidates,
    family_recurs,
    family_speaks,
    is_person,
    media_names,
    surnamed,
    tail_from_given,
    title_case,
)
from ._people_table import Draft, SpanIndex, Table
from ._people_titles import add_titles
from ._refs import PRONOUNS, quote_regions, speaks
from ._refs import candidates as reference_candidates
from ._refscan import SPEECH_VERBS, Sentences, attributed_quote
from .article import Article, Block
from .facts import Mention, Person, Span


def extract(article: Article) -> tuple[Person, ...]:
    """Return the people of *article* in text order, each with every mention resolved to them."""
    text, blocks = article.text, article.blocks
    words = Words(text, blocks)  # where each capitalised word starts: uses of family names are lookups
    table = Table(quote_regions(text, blocks), [b.span.start for b in blocks])
    found = [c for b in blocks for c in candidates(text, b)]
    found = _with_mononyms(found, [c for b in blocks for c in mononyms(text, b)])
    media = media_names(text, found)  # "Minju Joson, the North's Cabinet paper,": never a person
    animals = animal_names(text, found)  # "giant panda Mei Lan ... Mei Lan gave birth": never a person
    found = [c for c in found if c.words not in media and c.words not in animals]
    top = article.headline or (blocks[0] if blocks and len(blocks[0].span) < 200 else None)  # a headline-like line
    shouting = top if top is not None and title_case(text, top) else None
    doubtful: list[Candidate] = []
    speaking: dict[str, tuple[Span, ...]] = {}  # family name -> where it speaks alone
    recurring: dict[str, tuple[Span, ...]] = {}  # family name -> where it stands alone in a name position
    for cand in sorted(found, key=lambda c: (c.block is shouting, c.span.start, c.span.end)):
        if cand.block is shouting:
            _link_known(table, cand, text)
        elif len(cand.words) > 1 and (is_person(text, cand) or table.by_suffix(cand.words) is not None):
            _add_full(table, cand, text)
        elif len(cand.words) > 1:
            doubtful.append(cand)
    for cand in doubtful:  # "Gerrit Cole gave up four runs ... Cole said": the family name speaks later
        tail = tail_from_given(cand)  # "Rip Donald Trump" in a headline: "Donald Trump"
        if tail is not None and is_person(text, tail, relaxed=True):
            _add_full(table, tail, text)
        elif is_person(text, cand, relaxed=True) and (
            family_speaks(text, cand, words, speaking)
            or (len(cand.words) == 2 and family_recurs(text, cand, words, recurring))  # "... Hunter had"
        ):
            _add_full(table, cand, text)
    table.sort_drafts()
    for cand in found:
        if len(cand.words) == 1:
            _add_single(table, cand, text)
    merge_real_names(table, text)  # "Singer IU ... Lee Ji-eun, her real name,": one person
    for block in blocks:
        for span, gender in surnamed(text, block):
            _add_surnamed(table, text, span, gender)
    _add_surnames(table, blocks, text, words)
    sentences, starts = Sentences(), [b.span.start for b in blocks]
    for draft in table.drafts:
        add_titles(draft, blocks, text, sentences, starts)
    drafts = sorted((d for d in table.drafts if d.mentions), key=lambda d: d.first)
    if not drafts:
        return ()
    _resolve_references(article, _freeze(drafts), drafts, table)
    return _freeze(drafts)


def _with_mononyms(found: list[Candidate], extra: list[Candidate]) -> list[Candidate]:
    """The candidates with the stage names ("BTS member Jungkook") no other candidate covers, in text order."""
    index = SpanIndex()
    for cand in sorted(found, key=_position):
        if not index.overlaps(cand.span):
            index.add(cand.span)
    return sorted([*found, *(c for c in extra if not index.overlaps(c.span))], key=_position)


def _position(cand: Candidate) -> tuple[int, int]:
    """A sort key putting candidates in text order (ints compare faster than spans)."""
    return cand.span.start, cand.span.end


def _add_full(table: Table, cand: Candidate, text: str) -> None:
    """Record a full-name mention: a new person, or a later mention of a known one."""
    parsed = parse_name(cand.words)
    if parsed is None or table.taken.overlaps(cand.span):
        return
    whole = table.nearest(" ".join(cand.words), cand.span.start) or table.by_suffix(cand.words)
    if whole is not None:  # "Al Jaber" after "Sultan Al Jaber": the family name alone
        table.mention(whole, Mention(cand.span, text[cand.span.start : cand.span.end], "surname", "coref.surname"))
        return
    draft = table.matching(parsed)
    if draft is None and not (parsed.eastern or _given_like(cand.words[0])) and table.knows(parsed.family):
        _add_single(table, _family_only(cand, text), text)  # "Whether Cruz", "Senators Rubio": Cruz, Rubio
        return
    draft = draft or table.new(parsed, "people.name")
    mention = Mention(cand.span, text[cand.span.start : cand.span.end], "name", "coref.name")
    table.mention(draft, mention, subject=_opens(text, cand.sentence, cand.span))
    if cand.gender:
        draft.strong.append(cand.gender)


_LEADING_QUOTE: Final = re.compile(r"""\s{0,3}["\u201c][^"\u201c\u201d]{1,3000}["\u201d]\s{0,3}""")  # '"...," '
_DATELINE: Final = re.compile(r"^.{0,80}?(?:--|\u2014)\s{0,3}")  # "SEOUL, May 2 (Yonhap) -- "
_THREE_LOWER: Final = re.compile(r"[a-z]{3}")  # a lower-case word ending the opening: "met with Lee"


def _opens(text: str, sentence: Span, span: Span) -> bool:
    """Whether the mention is its sentence's subject: it opens it (after a dateline, quote mark or title) or
    it is the speaker of the quotation opening it ('"...," Lee said', '"...," said Lee')."""
    title = _roles.premodifier(text, sentence.start, span.start)
    opening = text[sentence.start : title.start if title is not None else span.start]
    if "--" in opening[:84] or "\u2014" in opening[:83]:  # (a dateline dash is within its first 82 characters)
        opening = _DATELINE.sub("", opening, count=1)  # the dateline of the lead
    quoted = _LEADING_QUOTE.match(opening)
    if quoted is not None:
        rest = opening[quoted.end() :].strip()
        return not rest or (rest in SPEECH_VERBS and speaks(text, span))
    if len(opening.strip(" \"'\u201c")) > 40 or "," in opening or ";" in opening:
        return False
    bare = opening.rstrip()  # a word, then nothing but spaces
    return not _THREE_LOWER.fullmatch(bare, max(0, len(bare) - 3))


def _given_like(word: str) -> bool:
    """A first word that can open a full name: an initial or a known given name."""
    return is_initial(word) or known_given(word)


def _family_only(cand: Candidate, text: str) -> Candidate:
    """The candidate cut down to its last word (the family name of a known person)."""
    start = cand.span.end - len(cand.words[-1])
    return replace(cand, words=cand.words[-1:], span=Span(start, cand.span.end), titled=True)


def _link_known(table: Table, cand: Candidate, text: str) -> None:
    """In a Title Case headline, only the full names of people the story names become mentions."""
    piece = text[cand.span.start : cand.span.end]
    for draft in table.drafts:
        at = piece.find(draft.parsed.canonical)
        if at >= 0 and (at == 0 or piece[at - 1] == " "):
            span = Span(cand.span.start + at, cand.span.start + at + len(draft.parsed.canonical))
            if not table.taken.overlaps(span):
                table.mention(draft, Mention(span, text[span.start : span.end], "name", "coref.name"))


def _add_single(table: Table, cand: Candidate, text: str) -> None:
    """ "President Obama", "Mr. Lee": a surname mention of a known person, or a new person."""
    if table.taken.overlaps(cand.span):
        return
    surface = text[cand.span.start : cand.span.end]
    draft = table.nearest(cand.words[0], cand.span.start)
    if draft is None:
        draft = table.new(ParsedName(cand.words, cand.words[0], None, False), "people.name.titled")
        table.mention(draft, Mention(cand.span, surface, "name", "coref.name"))
    else:
        table.mention(draft, Mention(cand.span, surface, "surname", "coref.surname"), named=True)
    if cand.gender:
        draft.strong.append(cand.gender)


def _add_surnamed(table: Table, text: str, span: Span, gender: str | None) -> None:
    """ "a man surnamed Kim": a person known by the family name only."""
    if table.taken.overlaps(span):
        return
    word = text[span.start : span.end]
    draft = table.new(ParsedName((word,), word, None, False), "people.name.surnamed")
    table.mention(draft, Mention(span, word, "name", "coref.name"))
    if gender:
        draft.strong.append(gender)


def _add_surnames(table: Table, blocks: tuple[Block, ...], text: str, words: Words) -> None:
    """Every standalone use of a known family name ("Baker said", "Mr. Baker"), in text order, each given to
    the person :meth:`Table.nearest` picks (so who was called "Kim" before counts)."""
    starts = [b.span.start for b in blocks]
    sentences = Sentences()
    hits: list[tuple[Span, str]] = []
    for family in dict.fromkeys(d.parsed.family for d in table.drafts):
        hits.extend((span, family) for span in _family_uses(text, family, words, starts[0] if starts else 0))
    for span, family in sorted(hits, key=lambda hit: (hit[0].start, hit[0].end, hit[1])):
        block = blocks[bisect_right(starts, span.start) - 1]
        lowered = not text[span.start].isupper() and " " not in family  # "baker" is a word, "von der Leyen" a name
        if lowered or not block.span.contains(span) or table.taken.overlaps(span):
            continue
        if not _standalone(text, span, block) or (family.lower() in FUNCTION_WORDS and not _after_title(text, span)):
            continue  # "He" alone is the pronoun; "Vice Premier He" the family name
        draft = table.nearest(family, span.start, _quoted(table, text, span, block))
        if draft is None:
            continue  # (never: the family is a known one)
        sentence = sentences.at(block.sentences, span.start, span.end) or block.span
        surface = text[span.start : span.end]
        mention = Mention(span, surface, "surname", "coref.surname")
        table.mention(draft, mention, subject=_opens(text, sentence, span), bare=not _after_title(text, span))
        honorific = re.search(r"(\w{2,4}\.?)\s\Z", text[max(0, span.start - 6) : span.start])
        gender = HONORIFICS.get(honorific.group(1).lower()) if honorific else None
        if gender and gender != "-":
            draft.strong.append(gender)


_ALONE_AFTER: Final = re.compile(r"(?![\w-]|['\u2019][a-rt-z])")  # nothing glued after; "Lee's" is fine
_ONE_WORD: Final = re.compile(r"\w[\w.'\u2019-]*")  # a family name without spaces


def _family_uses(text: str, family: str, words: Words, floor: int) -> Iterator[Span]:
    """Uses of *family* from *floor* on, its first letter in either case ("Baker", "baker"), not glued to
    a word before or after.  For a family without spaces only the capitalised uses (the lower-case ones
    are words, never mentions), looked up in *words*; any other is scanned for."""
    upper, lower = family[0].upper(), family[0].lower()
    if not (_ONE_WORD.fullmatch(family) and len(upper) == len(lower) == 1 and (upper + lower).isalnum()):
        initial = "[" + upper + lower + "]"
        pattern = re.compile(r"(?<![\w'\u2019.-])" + initial + re.escape(family[1:]) + _ALONE_AFTER.pattern)
        yield from _scan_uses(text, family[1:], pattern, floor)
        return
    for first in dict.fromkeys(c for c in (upper, lower) if c.isupper()):
        for start in words.at(first + family[1:]) or ():
            end = start + len(family)
            if start >= floor and text.startswith(family[1:], start + 1) and _ALONE_AFTER.match(text, end):
                yield Span(start, end)


def _scan_uses(text: str, rest: str, pattern: re.Pattern[str], floor: int) -> Iterator[Span]:
    """What ``pattern.finditer(text, floor)`` finds, for a *pattern* matching one character, then *rest*
    ("an Voorhis", "e Blasio"), then only lookarounds: each match opens one character before a ``str.find`` hit
    of *rest* (far faster than a regex scan of a long text whose pattern opens with a lookbehind)."""
    if not rest:
        yield from (Span(*m.span()) for m in pattern.finditer(text, floor))
        return
    end, at = floor, text.find(rest, floor + 1)
    while at >= 0:
        found = pattern.match(text, at - 1) if at - 1 >= end else None
        if found is not None:  # (matches never overlap, as in a scan)
            yield Span(*found.span())
            end = found.end()
        at = text.find(rest, at + 1)


def _quoted(table: Table, text: str, span: Span, block: Block) -> list[Draft]:
    """People named inside the quotation a speaking family name is credited with (never its speaker)."""
    if not speaks(text, span):
        return []
    quote = attributed_quote(text, table.quotes, span, block.span, table.quote_starts)
    return table.named_in(quote) if quote is not None else []


def _after_title(text: str, span: Span) -> bool:
    """Whether a title word or honorific comes right before *span* ("Premier He", "Mr. He")."""
    before = re.search(r"([\w.]+)\s\Z", text[max(0, span.start - 30) : span.start])
    word = before.group(1).lower() if before else ""
    return word in _roles.HEADS or word in HONORIFICS


def _standalone(text: str, span: Span, block: Block) -> bool:
    """A family name not glued to other capitalised words ("White House", "Central Park")."""
    before = re.search(r"([A-Z][\w.'\u2019-]*)\s\Z", text[max(block.span.start, span.start - 30) : span.start])
    word = before.group(1).lower() if before else ""
    sentence_end = word.endswith(".") and len(word) > 2 and word not in HONORIFICS  # "Lee. Park said"
    if word and not sentence_end and word not in _roles.TITLE_WORDS | HONORIFICS.keys() | FUNCTION_WORDS:
        return False
    after = re.match(r"\s([A-Z][\w'\u2019-]*)", text[span.end : min(block.span.end, span.end + 30)])
    return after is None or after.group(1).lower() in FUNCTION_WORDS


def _resolve_references(article: Article, people: tuple[Person, ...], drafts: list[Draft], table: Table) -> None:
    """Add pronoun and description mentions, resolved in text order (pronouns chain)."""
    resolver: coref.Resolver | None = None  # built at the first phrase to resolve (often none is left)
    text = article.text
    by_id = {p.id: d for p, d in zip(people, drafts, strict=True)}
    titles = SpanIndex()
    for span in sorted({t.span for p in people for t in p.titles}, key=lambda s: (s.start, s.end)):
        if not titles.overlaps(span):
            titles.add(span)
    names = SpanIndex()
    for span in sorted((m.span for p in people for m in p.mentions), key=lambda s: (s.start, s.end)):
        names.add(span)
    def passed_over(noun: Span) -> bool:
        """A role noun inside a name or a title: every phrase holding it is passed over below."""
        return table.taken.overlaps(noun) or titles.overlaps(noun)

    for span in reference_candidates(text, article.blocks, passed_over):
        pronoun = text[span.start : span.end].lower() in PRONOUNS
        glued = names.near(span, 3) and not _SENTENCE_END.search(text, max(0, span.start - 4), span.start)
        if table.taken.overlaps(span) or (not pronoun and (titles.overlaps(span) or glued)):
            continue  # a name, a title or an apposition glued to a name ("Lee. The man" is not glued)
        if table.in_quote(span):  # (the resolver pairs the same quotation marks)
            continue
        resolver = resolver or coref.Resolver(article, people)
        found = resolver.resolve(span)
        if found is None:
            continue
        draft = by_id[found.person.id]
        table.mention(draft, Mention(span, text[span.start : span.end], found.mention_type, found.rule))
        if found.mention_type == "pronoun":
            word = text[span.start : span.end].lower()
            draft.weak.append("female" if word.startswith(("she", "her")) else "male")
        resolver.add(found.person.id, span, found.mention_type)


_SENTENCE_END: Final = re.compile(r"""[.!?]["'\u201d]?\s{1,2}\Z""")  # "... Lee. The man": a new sentence


def _gender(draft: Draft) -> str | None:
    """Honorifics and gendered titles first, then pronouns, then the given-name lists."""
    for votes in (draft.strong, draft.weak):
        if votes:
            return Counter(votes).most_common(1)[0][0]
    return given_gender(draft.parsed)


def _freeze(drafts: list[Draft]) -> tuple[Person, ...]:
    """The drafts (already in text order) as frozen :class:`Person` facts."""
    used: Counter[str] = Counter()
    out: list[Person] = []
    for draft in drafts:
        mentions = tuple(sorted(draft.mentions, key=lambda m: (m.span.start, m.span.end)))
        first = next((m for m in mentions if m.type == "name"), mentions[0])
        base = slug(draft.parsed.canonical)
        used[base] += 1
        affiliations = tuple(dict(((a.name, a.kind), a) for a in draft.affiliations).values())
        out.append(
            Person(
                span=first.span,
                surface=first.text,
                rule=draft.rule,
                id=base if used[base] == 1 else f"{base}-{used[base]}",
                name=draft.parsed.canonical,
                family_name=draft.parsed.family,
                given_name=draft.parsed.given,
                gender=_gender(draft),
                titles=tuple(draft.titles),
                affiliations=affiliations,
                mentions=mentions,
            )
        )
    return tuple(out)
