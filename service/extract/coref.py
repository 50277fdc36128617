"""The one person coreference resolver (shared by ``people.extract`` and quote attribution).

Public API (stable)::

    resolve(article, people, span, *, speakers=(), quote=None) -> Resolution | None
    resolve_mention(article, people, span) -> Person | None
    mention_index(people) -> dict[tuple[int, int], str]        # (start, end) -> person id
    Resolver(article, people, *, speakers=()).resolve(span, *, quote=None)  # build once, resolve many
    Resolver(...).attributed(span) -> Span | None              # the quote a speaker phrase is credited with
    Resolver(...).unnamed(span) -> bool                        # a description of a person the story never names

``people`` is what :func:`service.extract.people.extract` returned; ``span`` is
any speaker phrase a frame found ("Reyes", "he", "the harbor official", "a
senior harbor official", "Deputy Harbor Master Tomas Reyes").
``speakers`` optionally lists spans the caller knows are subjects of reporting
frames (they are preferred as antecedents).  ``quote`` is the span (inside the
marks) of the quotation the phrase is credited with as its speaker: a person
named in it in full or with a title or honorific ("whether Chairman Lee
Do-jin's remarks ...") is not its speaker, so a shared family name, a pronoun
or a description goes to someone else while anyone else fits (a full name
spoken as the speaker is kept).  Without ``quote``, a phrase that is the
subject of a reporting frame takes the quotation right before it
(``"...," Lee said``) or right after it in its sentence (``Lee said: "..."``).
A :class:`Resolution` carries the person, the rule that linked it and the
mention type:

1. the span is (or holds) a mention ``people.extract`` already listed: that
   mention's rule (``coref.name``, ``coref.surname``, ``coref.pronoun``,
   ``coref.nominal``, ``coref.cataphora``) and type.  A description with an
   "of"/"for"/"at" tail is its head: "a spokesperson for Lee Min-ho" is not
   Lee Min-ho, "the chief commander of the ... forces" is a commander;
2. ``coref.name`` / ``coref.surname``: a full or family name of a known person
   (a family name two people share goes to the one mentioned last outside
   quotation marks; people extraction itself prefers the last sentence
   subject, "Minister Lee Ha-na expressed regret ...", over a name in a
   subordinate clause);
3. ``coref.pronoun``: he/she/his/her/him -> a gender-compatible person (gender
   from honorifics, titles, name lists and pronouns resolved earlier): earlier
   in the same clause (nearest) or sentence (its subject); else the subject of
   the previous sentence of the paragraph (across a paragraph break: a person
   opening the previous paragraph's last sentence); else the nearest subject of a
   reporting frame in the current and previous two body paragraphs; else the
   nearest person there.  Never a person mentioned only inside quotation marks,
   and "him" never the subject of its own clause ("the suspect approached Lee
   and attacked him": Lee; "Kim said Lee insulted him": Kim);
4. ``coref.nominal``: "the diplomat", "the official", "the minister" -> a person
   whose titles stated earlier fit the role noun (``lexicon/role_nouns.tsv``:
   diplomat <- State Department / foreign ministry titles, ambassador, envoy,
   secretary of state ...; official <- any government title; minister <- any
   minister; negotiator <- negotiator, envoy), preferring titles that share a
   telling modifier ("the harbor official") and then the person speaking in
   the last three paragraphs; a country modifier must agree ("the U.S.
   diplomat"; people with no stated country count as the dateline's).  "The
   president" is not the vice president; "the next president", "a senior
   official" outside the lead and descriptions marked anonymous resolve to
   nobody, and so does "the official" after an unnamed "a senior official"
   nearby with no fitting named person since (``Resolver.unnamed`` says so).
   People known by family name only ("a 40-year-old man surnamed Kim was
   arrested") are "the man", "the suspect", "the defendant" (a perpetrator by
   their introducing sentence), "the victim" (killed, injured), "the driver"
   (drove) (``_suspects``); "the man, surnamed Choi," is Choi;
5. ``coref.cataphora``: a description in the headline or the lead with nothing
   earlier that fits -> the first named person of the lead and the next two
   paragraphs whose title fits ("a senior harbor official said ..." then
   "... Deputy Harbor Master Tomas Reyes said").

>>> resolve_mention  # doctest: +ELLIPSIS
<function resolve_mention at ...>
"""

from __future__ import annotations

from collections.abc import Sequence

from . import _refs
from ._refs import Ref, Resolution
from .article import Article
from .facts import Person, Span

__all__ = ["Resolution", "Resolver", "mention_index", "resolve", "resolve_mention"]


def mention_index(people: Sequence[Person]) -> dict[tuple[int, int], str]:
    """Every listed mention's ``(start, end)`` mapped to its person's id."""
    return {(m.span.start, m.span.end): p.id for p in people for m in p.mentions}


def resolve(
    article: Article,
    people: Sequence[Person],
    span: Span,
    *,
    speakers: Sequence[Span] = (),
    quote: Span | None = None,
) -> Resolution | None:
    """Who the phrase at *span* refers to (``None``: nobody known, or not a person)."""
    return Resolver(article, people, speakers=speakers).resolve(span, quote=quote)


def resolve_mention(article: Article, people: Sequence[Person], span: Span) -> Person | None:
    """The person the phrase at *span* refers to, or ``None``."""
    found = resolve(article, people, span)
    return found.person if found is not None else None


class Resolver:
    """Resolution context for one article: build once, then resolve many spans."""

    def __init__(self, article: Article, people: Sequence[Person], *, speakers: Sequence[Span] = ()) -> None:
        """Index the people's mentions, the quotation marks and the blocks of *article*."""
        self._ctx = _refs.Context(article, tuple(people), tuple(speakers))

    def resolve(self, span: Span, *, quote: Span | None = None) -> Resolution | None:
        """Resolve the phrase at *span* (see the module docstring for the rules).

        *quote*: the quotation the phrase is credited with as its speaker; people
        named in it are passed over (default: the quote next to a speaker phrase).
        """
        ctx = self._ctx
        if not 0 <= span.start < span.end <= len(ctx.text):
            return None
        if quote is None and not ctx.in_quote(span) and ctx.is_speaker(span):
            quote = ctx.attributed(span)
        exclude = ctx.named_in(quote) if quote is not None else frozenset()
        phrase = _refs.parse_phrase(ctx.text, span)
        listed = ctx.listed(span, phrase.stop if phrase is not None else -1)  # not "a spokesperson for <NAME>"
        if listed is not None and (listed.person.id not in exclude or listed.mention_type == "name"):
            return listed
        found = self._rules(span, phrase, exclude) if phrase is not None else None
        return found if found is not None else listed

    def _rules(self, span: Span, phrase: _refs.Phrase, exclude: frozenset[str]) -> Resolution | None:
        """Rules 2-5 (name, pronoun, nominal, cataphora) for a phrase not listed as a mention."""
        ctx = self._ctx
        if phrase.pronoun is not None:
            return ctx.pronoun(span, phrase.pronoun, exclude)
        named = ctx.by_name(span, phrase.name_words, exclude) if phrase.name_words else None
        if named is not None:
            return named
        if phrase.head is not None:
            return ctx.nominal(span, phrase, exclude)
        return None

    def unnamed(self, span: Span) -> bool:
        """Whether the description at *span* stands for a person the story never names ("a senior official,
        who asked not to be named", then "the official"): a caller should not pick anyone for it."""
        phrase = _refs.parse_phrase(self._ctx.text, span)
        return phrase is not None and self._ctx.unnamed(span, phrase)

    def attributed(self, span: Span) -> Span | None:
        """The quotation a speaker phrase at *span* is credited with (``None``: none next to it)."""
        return self._ctx.attributed(span)

    def in_quote(self, span: Span) -> bool:
        """Whether *span* lies inside quotation marks (as this resolver pairs them)."""
        return self._ctx.in_quote(span)

    def add(self, person_id: str, span: Span, mention_type: str) -> None:
        """Record a resolved reference so later pronouns can chain through it."""
        ctx = self._ctx
        ctx.insert(ctx.make_ref(span, person_id, mention_type))
        word = ctx.text[span.start : span.end].lower()
        if mention_type == "pronoun" and word in _refs.PRONOUNS:
            ctx.genders.setdefault(person_id, _refs.PRONOUNS[word])


__all__ += ["Ref"]
