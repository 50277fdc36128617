"""Attribution frames: the cue word and the speaker phrase around a quote.

Works on tokens with offsets into the untouched text.  A frame is a cue (a
reporting verb, ``according to``, ``what ... called`` or a colon) plus the
speaker *mention* as written ("Baker", "he", "the Canadian envoy", "Seoul
officials"); resolving the mention to a person or group is the job of
:mod:`service.extract.speakers`.  After a quote, a description speaks by its
head noun ("the top commander of the troops stationed in X said" ->
"the top commander"), a long apposition may precede the cue, and a bare
past-tense verb ends a frame ('"...," Hannity started.': ``frame.np_verb``);
the listener of "told" is never the speaker.

>>> t = '"We will win," said the team captain. Fans cheered.'
>>> f = after_quote(t, 14, len(t))
>>> f.rule, t[f.cue.start:f.cue.end], t[f.speaker.start:f.speaker.end]
('frame.said_np', 'said', 'the team captain')
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Final

from ._phrases import (
    DETERMINERS,
    NOUNS,
    PRONOUNS,
    STOP,
    Token,
    TokenCache,
    head_before,
    is_cue,
    np_after,
    np_before,
    outside,
    plain_tokens,
    speaker_ok,
    subject,
    without_asides,
    wordish,
)
from .facts import Span

_WHAT_CALLED: Final = re.compile(
    r"""
    \b(?P<what>what|which)\s+                       # "what he called"
    (?P<np>[\w.'\u2019 -]{1,60}?)\s+                # the speaker phrase
    (?:has\s+|had\s+|have\s+)?                      # "what he has called"
    (?P<cue>called|calls|described\s+as|describes\s+as|termed|terms|dubbed|labeled|deemed)
    \s+(?:(?:a|an|the|as)\s+){0,2}$                 # up to the opening mark
    """,
    re.VERBOSE | re.IGNORECASE,
)



_INVERTED: Final = frozenset({"said", "says", "asked", "added", "adds", "asks", "wrote", "writes"})
TELL: Final = frozenset({"told", "tells", "tell", "telling"})  # the phrase after it is the listener
_TAIL_STARTS: Final = frozenset(
    "of for in at on from with who whose which that stationed based serving deployed leading overseeing".split()
)
_GERUND: Final = re.compile(
    r"""
    (?P<np>[A-Z][\w.'\u2019-]{0,30}(?:\s[A-Z][\w.'\u2019-]{0,30}){0,3})      # a name: "Choe Son-hui"
    (?:,\s[^,"\u201c\u201d]{1,80},)?\s+                                        # maybe an apposition
    (?P<cue>calling|describing|dismissing|denouncing|labeling|labelling|branding|slamming|decrying|terming)
    \b[^.;:]{0,100}$                                                           # its object, up to the mark
    """,
    re.VERBOSE,
)

_PASSIVE_AUX: Final = frozenset({"was", "were", "is", "are", "been"})  # "X was quoted (by Y) as saying"
_PASSIVE_VERBS: Final = frozenset({"quoted", "cited"})
_AS_SAYING: Final = frozenset({"saying", "telling", "stating", "writing"})

_AS_VERBS: Final = frozenset({"describing", "dismissing", "denouncing", "slamming", "decrying"})
_AS_TAIL: Final = re.compile(
    r"""
    \bas(?:\s+(?:a|an|the))?\s*$     # "... as a" right before the mark
    """,
    re.VERBOSE,
)

_PUBLISHER: Final = re.compile(
    r"""
    (?:a|an|the)\s(?:[\w-]+\s){0,3}?                                # 'a daily bulletin', 'the statement'
    (?:published|posted|issued|released|put\sout)\s                  # ... published
    (?:
      (?:on|in|at)\s(?:its\s)?
      (?P<site>(?:the\s)?[\w&.-]+(?:\s[\w&.-]+){0,4}?)['\u2019]s\s             # on the zoo's
      (?:official\s)?(?:website|web\ssite|site|homepage|account|page) # ... website
    |
      by\s(?P<by>(?:the\s)?[A-Z][\w&.-]*(?:\s(?:of\s|for\s)?[A-Z][\w&.-]*){0,4}|[a-z]{3,20})  # by (the) Zoo Board
    )
    """,
    re.VERBOSE,
)


@dataclass(frozen=True, slots=True)
class Frame:
    """A cue and (maybe) the speaker phrase; ``rule`` names the frame that fired."""

    cue: Span
    speaker: Span | None
    rule: str


def after_quote(text: str, lo: int, hi: int, cache: TokenCache | None = None) -> Frame | None:
    """A frame right after a closing mark at *lo*: '"...," NAME said' or '"...," said NAME' (*cache*: tokens made
    so far)."""
    hi = min(hi, lo + 240)
    toks = without_asides(text, cache.tokens(lo, hi), lo, hi) if cache is not None else plain_tokens(text, lo, hi)
    dashed = _dash_name(text, toks)
    if dashed is not None:
        return dashed
    k = 0
    while k < len(toks) and k < 3 and toks[k].text in ",.!?;:\u2014\u2013-":
        k += 1
    if k >= len(toks) or not wordish(toks[k]):
        return None
    if toks[k].lower == "according" and k + 1 < len(toks) and toks[k + 1].lower == "to":
        speaker = according_source(text, toks, k + 2)
        if speaker_ok(text, speaker):
            return Frame(Span(toks[k].start, toks[k + 1].end), speaker, "frame.according_to")
        return None
    if is_cue(toks[k]):  # inverted: "said the minister" (never '"rude" remarks amount', 'told police')
        speaker = np_after(toks, k + 1)
        plain = k > 0 or toks[k].lower in _INVERTED
        if plain and toks[k].lower not in TELL and speaker_ok(text, speaker):
            return Frame(Span(toks[k].start, toks[k].end), speaker, "frame.said_np")
        return None
    described = _description(toks, k)
    if described is not None:
        return described
    for j in range(k + 1, min(len(toks), k + 12)):
        if toks[j].text == "," and j + 1 < len(toks) and not is_cue(toks[j + 1]):
            comma = j  # an apposition: "Smith, a lawyer, said"
            rest = _apposition_end(toks, comma)
            if rest is None:
                return None
            return Frame(Span(toks[rest + 1].start, toks[rest + 1].end), np_before(toks, comma), "frame.np_said")
        if not wordish(toks[j]):
            return None
        if not is_cue(toks[j]) and _bare_verb(text, toks, j, lo):
            speaker = np_before(toks, j)
            if speaker is not None and speaker.start == toks[k].start and classify_ok(text, speaker):
                return Frame(Span(toks[j].start, toks[j].end), speaker, "frame.np_verb")
        if is_cue(toks[j]):
            speaker = passive_subject(toks, j) or head_before(toks, j)
            if speaker is not None and speaker.start == toks[k].start and speaker_ok(text, speaker):
                return Frame(Span(toks[j].start, toks[j].end), speaker, "frame.np_said")
            return None
    return None


def passive_subject(toks: list[Token], k: int) -> Span | None:
    """'X was quoted (by the ministry) as saying', 'X was cited by Y as saying': the subject before the
    auxiliary speaks, never the agent of "by" (*k* is the cue "saying")."""
    if toks[k].lower not in _AS_SAYING or k < 3 or toks[k - 1].lower != "as":
        return None
    for j in range(k - 2, max(0, k - 10), -1):
        if toks[j].lower in _PASSIVE_VERBS and toks[j - 1].lower in _PASSIVE_AUX:
            aux = j - 2 if j >= 2 and toks[j - 2].lower in ("has", "have", "had") else j - 1
            return np_before(toks, aux) if aux > 0 else None
        if not wordish(toks[j]):
            return None
    return None


def _apposition_end(toks: list[Token], comma: int) -> int | None:
    """The comma closing an apposition that a cue follows ('Bond, 30, of Raleigh, N.C., who was polled, said')."""
    for m in range(comma + 1, min(len(toks) - 1, comma + 30)):
        if toks[m].text in ".!?;\u201c\u201d\"":
            return None
        if toks[m].text == "," and is_cue(toks[m + 1]):
            return m
    return None


def _bare_verb(text: str, toks: list[Token], j: int, lo: int) -> bool:
    """'"...," Hannity started.': after a quote ending in a comma, a past-tense verb that ends the sentence."""
    ends = j + 1 >= len(toks) or toks[j + 1].text == "."
    low = toks[j].lower
    return ends and lo >= 2 and text[lo - 2] in ",?!" and toks[j].text.islower() and low.endswith("ed") and (
        low not in STOP
    )


def classify_ok(text: str, span: Span) -> bool:
    """A name or a pronoun (a bare verb frame needs a clear speaker)."""
    words = text[span.start : span.end].split()
    return speaker_ok(text, span) and (words[0].lower() in PRONOUNS or words[-1][:1].isupper())


def _description(toks: list[Token], k: int) -> Frame | None:
    """'"...," the top commander of the 28,000 troops stationed in Japan said': the description's head speaks
    (the phrase ends before of/for/in/who/stationed ...; the resolver matches it by title)."""
    if toks[k].lower not in ("the", "a", "an"):
        return None
    head: int | None = None
    for j in range(k + 1, min(len(toks), k + 18)):
        tok = toks[j]
        if tok.text == "," and toks[j - 1].text.isdigit() and j + 1 < len(toks) and toks[j + 1].text.isdigit():
            continue  # "28,000"
        if not wordish(tok):
            return None
        if is_cue(tok) and j > k + 1:
            last = head if head is not None else j - 1
            if head is None or last <= k or toks[last].lower in DETERMINERS:
                return None  # no tail: the ordinary frames handle it
            return Frame(Span(tok.start, tok.end), Span(toks[k].start, toks[last].end), "frame.np_said")
        if head is None and tok.lower in _TAIL_STARTS:
            head = j - 1
    return None


def _dash_name(text: str, toks: list[Token]) -> Frame | None:
    """'"...." \u2015 Jo Lee' (a dash, then a name that ends the sentence): the quote's attribution line."""
    if len(toks) < 2 or toks[0].text not in ("\u2014", "\u2015", "\u2013", "-"):
        return None
    j = 1
    while j < len(toks) and j < 6 and wordish(toks[j]) and toks[j].text[0].isupper():
        j += 1
    if j == 1 or (j < len(toks) and toks[j].text not in (".", ",", "/", "\u201c", '"')):
        return None
    return Frame(Span(toks[0].start, toks[0].end), Span(toks[1].start, toks[j - 1].end), "frame.dash_after")


def _tail_ok(toks: list[Token], k: int) -> bool:
    """After a cue, only an object, a channel or time phrase, 'that', and a final ':' or ','."""
    rest = toks[k + 1 :]
    if len(rest) > 14:
        return False
    for tok in rest:
        if tok.text in ".!?;" or (wordish(tok) and is_cue(tok, strong=True)):
            return False
    return True


def _introduces(toks: list[Token], k: int) -> bool:
    """A cue that introduces the quote: a strong verb with a short tail, or any reporting verb right before it
    ('Smith responded, "..."', 'Lee continues: "..."', 'the ad claims "..."')."""
    if is_cue(toks[k], strong=True):
        return _tail_ok(toks, k)
    rest = [t.lower for t in toks[k + 1 :]]
    return is_cue(toks[k]) and all(r in (",", ":", "that") for r in rest)


def before_quote(text: str, lo: int, hi: int) -> Frame | None:
    """A frame ending at the opening mark at *hi*: 'NAME said: "..."', 'according to NAME, "..."'."""
    toks = plain_tokens(text, lo, hi)
    if not toks:
        return None
    if toks[0].text in ("Said", "Says", "Added") and len(toks) > 1:  # 'Said Jo Lee, a voter, "..."'
        speaker = np_after(toks, 1)
        if speaker_ok(text, speaker):
            return Frame(Span(toks[0].start, toks[0].end), speaker, "frame.said_np_before")
    for k in range(len(toks) - 1, -1, -1):
        if wordish(toks[k]) and _introduces(toks, k) and not _channel_noun(toks, k):
            speaker = passive_subject(toks, k) or head_before(toks, k) or subject(toks)
            if speaker_ok(text, speaker):
                return Frame(Span(toks[k].start, toks[k].end), speaker, "frame.np_said_before")
            return None
    according = _according(text, toks)
    if according is not None:
        return according
    if toks[-1].text == ":" and len(toks) > 1:
        frames = [f for f in sentence_frames(text, lo, hi, weak=True) if f.speaker is not None]
        speaker = frames[-1].speaker if frames else None
        if speaker is None:
            speaker = np_before(toks, len(toks) - 1) if len(toks) <= 5 else subject(toks)
        if speaker_ok(text, speaker):
            return Frame(Span(toks[-1].start, toks[-1].end), speaker, "frame.colon")
    return None


def _channel_noun(toks: list[Token], k: int) -> bool:
    """'said in a Facebook post, "..."': a cue word after a preposition and its determiner is a noun."""
    for j in range(k - 1, max(-1, k - 4), -1):
        low = toks[j].lower
        if low in ("in", "on", "via", "through", "during", "at"):
            return True
        if not (low in DETERMINERS or toks[j].text[0].isupper()):
            return False
    return False


def according_source(text: str, toks: list[Token], k: int) -> Span | None:
    """The source named after 'according to' at token *k*: the publisher of 'a bulletin published on the zoo's
    website' / 'a statement issued by the board', else the noun phrase."""
    if k < len(toks):
        match = _PUBLISHER.match(text, toks[k].start, min(len(text), toks[k].start + 160))
        if match is not None:
            return Span(*match.span("site" if match.group("site") else "by"))
    return np_after(toks, k)


def _according(text: str, toks: list[Token]) -> Frame | None:
    """'according to NAME' anywhere in the tokens."""
    for k in range(len(toks) - 1):
        if toks[k].lower == "according" and toks[k + 1].lower == "to":
            speaker = according_source(text, toks, k + 2)
            if speaker_ok(text, speaker):
                return Frame(Span(toks[k].start, toks[k + 1].end), speaker, "frame.according_to")
    return None


def gerund(text: str, lo: int, hi: int) -> Frame | None:
    """'reports of NAME dismissing the proposal as a "..."': the name doing the calling (before *hi*)."""
    match = _GERUND.search(text, max(lo, hi - 140), hi)
    if match is None or match.group("np").split()[0].lower() in STOP | DETERMINERS:
        return None
    if match.group("cue") in _AS_VERBS and not _AS_TAIL.search(text, match.end("cue"), hi):
        return None  # "dismissing X's "..." plan as ...": only the "as" complement is the name's words
    return Frame(Span(*match.span("cue")), Span(*match.span("np")), "frame.gerund")


def what_called(text: str, lo: int, hi: int) -> Frame | None:
    """'what NAME called "..."' ending at the opening mark *hi*."""
    match = _WHAT_CALLED.search(text, max(lo, hi - 90), hi)
    if match is None or match.group("np").split()[0].lower() in STOP:
        return None
    return Frame(Span(*match.span("cue")), Span(*match.span("np")), "frame.what_called")


def sentence_frames(text: str, lo: int, hi: int, skip: tuple[Span, ...] = (), weak: bool = False) -> list[Frame]:
    """Every cue in the sentence ``[lo, hi)`` outside the *skip* spans (quotes) with its speaker phrase.

    *weak* also accepts noun-like reporting verbs ('observed', 'continued').
    """
    toks = outside(plain_tokens(text, lo, hi), skip)
    found: list[Frame] = []
    for k, tok in enumerate(toks):
        if tok.lower == "according" and k + 1 < len(toks) and toks[k + 1].lower == "to":
            speaker = according_source(text, toks, k + 2)
            if speaker_ok(text, speaker):
                found.append(Frame(Span(tok.start, toks[k + 1].end), speaker, "frame.according_to"))
            continue
        if not wordish(tok) or not is_cue(tok, strong=not weak):
            continue
        cue = Span(tok.start, tok.end)
        before = passive_subject(toks, k) or head_before(toks, k)
        if speaker_ok(text, before):
            found.append(Frame(cue, before, "frame.np_said"))
        elif k > 0 and toks[k - 1].text == "," and not tok.lower.endswith("ing") and tok.lower not in TELL and (
            speaker_ok(text, np_after(toks, k + 1))
        ):
            found.append(Frame(cue, np_after(toks, k + 1), "frame.said_np"))
        elif k > 0 and toks[k - 1].text == "," and speaker_ok(text, subject(toks[:k])):
            found.append(Frame(cue, subject(toks[:k]), "frame.subject_said"))  # "Smith, a lawyer, said"
        else:
            found.append(Frame(cue, None, "frame.bare"))
    return found


def _acts(token: Token | None) -> bool:
    """A verb after a subject: a reporting verb or an -ed/-s form ('gushed', 'promises')."""
    if token is None:
        return False
    low = token.lower
    return is_cue(token) or (low.endswith(("ed", "es")) and low not in STOP and len(low) > 3)


def subject_frame(text: str, lo: int, hi: int) -> Frame | None:
    """The subject of the clause before a partial quote ('Clinton decried the GOP for "..."'): a name or pronoun.

    The cue is the verb right after the subject; the frame is weaker than a reporting verb (rule ``frame.subject``).
    """
    toks = plain_tokens(text, lo, hi)
    speaker = subject(toks)
    if speaker is None:
        return None
    after = next((t for t in toks if t.start >= speaker.end and wordish(t) and t.text.islower()), None)
    words = text[speaker.start : speaker.end].split()
    head = words[-1].lower().rstrip(",.")
    named = words[0].lower() in PRONOUNS - {"it", "you"} or any(w[:1].isupper() for w in words[1:]) or (
        len(words) <= 3 and words[0][:1].isupper() and words[0].lower() not in DETERMINERS | STOP
    )
    described = words[0].lower() in DETERMINERS and _acts(after)  # "The impostor gushed about a "..."
    if after is None or not (named or head in NOUNS or described):
        return None
    return Frame(Span(after.start, after.end), speaker, "frame.subject")
