"""Attribution frames: the cue word and the speaker phrase around a quote.

Works on tokens with offsets into the untouched text.  A frame is a cue (a
reporting verb, ``according to``, ``what ... called`` or a colon) plus the
speaker *mention* as written ("Cooper", "he", "the U.S. diplomat", "Seoul
officials"); resolving the mention to a person or group is the job of
:mod:`service.extract.speakers`.

>>> t = '"We will win," said the team captain. Fans cheered.'
>>> f = after_quote(t, 14, len(t))
>>> f.rule, t[f.cue.start:f.cue.end], t[f.speaker.start:f.speaker.end]
('frame.said_np', 'said', 'the team captain')
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Final

from .facts import Span
from .lexicon import load_words
from .speakers import GROUP_NOUNS, ORG_NOUNS, ROLES, TITLE_WORDS

_ABBREVIATIONS: Final = load_words("abbreviations")
_TOKEN: Final = re.compile(
    r"""
    (?:[A-Za-z]\.){2,}                             # U.S., U.N., a.m.
    | [A-Z]\.(?=\s)                                # an initial: R. Clarke Cooper
    | \w+(?:[-'\u2019&]\w+){0,4}(?:['\u2019]s?)?    # a word, hyphenated or possessive ...
      (?:\.(?=\s))?                                # ... maybe an abbreviation's dot (checked after)
    | [^\w\s]                                      # one punctuation mark
    """,
    re.VERBOSE,
)
_ABBREVIATION_SET: Final = frozenset(_ABBREVIATIONS)

VERBS: Final = load_words("speech_verbs")
WEAK: Final = load_words("quote_weak_cues")
STRONG: Final = VERBS - WEAK
PRONOUNS: Final = frozenset({"he", "she", "they", "it", "i", "we", "you"})
_DETERMINERS: Final = frozenset({"the", "a", "an", "this", "that", "these", "those", "his", "her", "its", "their"})
_INSIDE: Final = frozenset({"of", "for", "'s", "\u2019s", "and"})  # may sit inside a speaker phrase
_ADVERBS: Final = frozenset(
    "has have had would will also earlier later previously recently then again often once just "
    "later already still has had was is were are been repeatedly privately publicly first last "
    "never always even only did does do could may might should can must herself himself itself "
    "separately quickly simply flatly".split()
)
_STOP: Final = frozenset(
    "but and or that which who whom whose when while where as if because though although since "
    "than so yet nor in on to from with by after before during about over into under like "
    "against without within told said says asked not there here it's this".split()
)
_TIMES: Final = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday yesterday today tonight "
    "morning afternoon evening night week month year earlier later".split()
)
_AUX: Final = frozenset(
    "will would can could should may might must is are was were has have had do does did be been "
    "who which whose".split()
)
_OPENERS: Final = frozenset(
    "but and so yet however still meanwhile also instead now then later earlier indeed moreover "
    "otherwise plus separately likewise similarly nonetheless nevertheless first second third finally "
    "today yesterday tonight recently previously initially ultimately instead afterward afterwards".split()
)
_LEADING: Final = frozenset(
    "in on at during after before since for with without despite amid while when as if because although "
    "though unlike like from over under by following asked speaking according addressing among about "
    "once until throughout".split()
)
_NOT_NAME: Final = _STOP | _DETERMINERS | _TIMES | _OPENERS | _LEADING | frozenset(
    "one two three four five six seven eight nine ten some many most several all both each few other "
    "another such no more less first second third last next".split()
)
_NOUNS: Final = GROUP_NOUNS | ORG_NOUNS | frozenset(ROLES) | frozenset(
    "spokesman spokeswoman spokesperson aide adviser advisor official source analyst expert candidate "
    "nominee lawmaker senator governor mayor president chairman director manager strategist "
    "pollster lawyer attorney founder leader member host author professor".split()
)
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
_ACCORDING: Final = re.compile(r"\b(?P<cue>[Aa]ccording\s+to)\s+")  # "according to NAME"


@dataclass(frozen=True, slots=True)
class Token:
    """A token with its offsets."""

    start: int
    end: int
    text: str

    @property
    def lower(self) -> str:
        """Lower case text."""
        return self.text.lower()


@dataclass(frozen=True, slots=True)
class Frame:
    """A cue and (maybe) the speaker phrase; ``rule`` names the frame that fired."""

    cue: Span
    speaker: Span | None
    rule: str


def tokens(text: str, lo: int, hi: int) -> list[Token]:
    """Tokens of ``text[lo:hi]`` with absolute offsets.

    >>> [t.text for t in tokens("Sen. R. Cooper (U.S.) said.", 0, 27)]
    ['Sen.', 'R.', 'Cooper', '(', 'U.S.', ')', 'said', '.']
    """
    found: list[Token] = []
    for match in _TOKEN.finditer(text, lo, hi):
        word, start, end = match.group(), match.start(), match.end()
        if len(word) > 2 and word[-1] == "." and "." not in word[:-1] and word[:-1].lower() not in _ABBREVIATION_SET:
            found.append(Token(start, end - 1, word[:-1]))  # a full stop, not part of the word
            found.append(Token(end - 1, end, "."))
        else:
            found.append(Token(start, end, word))
    return found


def is_cue(token: Token, strong: bool = False) -> bool:
    """Whether *token* is a reporting verb (lower case; *strong* excludes noun-like verbs)."""
    if not token.text.islower():
        return False
    return token.lower in (STRONG if strong else VERBS)


def _wordish(token: Token) -> bool:
    return token.text[0].isalnum()


def np_before(toks: list[Token], k: int) -> Span | None:
    """The speaker phrase ending right before token *k* (a cue), skipping auxiliaries and adverbs."""
    j = k - 1
    while j >= 0 and k - j <= 3 and (toks[j].lower in _ADVERBS or toks[j].lower.endswith("ly")):
        j -= 1
    end = j
    while j >= 0 and end - j < 9:
        tok = toks[j]
        low = tok.lower
        if not _wordish(tok) or (low in _STOP and low not in _INSIDE) or low in _TIMES or is_cue(tok):
            break
        j -= 1
    first = j + 1
    while first <= end and toks[first].lower in _INSIDE:
        first += 1
    if first > end or toks[end].lower in _INSIDE or toks[end].lower in _DETERMINERS:
        return None
    if not _head_ok(toks[end], toks[first]):
        return None
    return Span(toks[first].start, toks[end].end)


def _head_ok(token: Token, first: Token | None = None) -> bool:
    """A speaker phrase ends in a name, a pronoun or a person/group/organization noun, never a possessive;
    after a determiner ('the editorial', "Trump's aide") any noun-like head will do."""
    low = token.lower
    if low.endswith(("'s", "\u2019s", "'", "\u2019")):
        return False
    if token.text[0].isupper() or low in PRONOUNS or low in _NOUNS or low.rstrip("s") in _NOUNS:
        return True
    opener = first is not None and first is not token and (
        first.lower in _DETERMINERS or first.lower.endswith(("'s", "\u2019s")) or first.lower in ("another", "one")
    )
    verbish = low in _STOP or low in _ADVERBS or low.endswith(("ly", "ing", "ed")) or low in _AUX
    return opener and not verbish


def np_after(toks: list[Token], k: int) -> Span | None:
    """The speaker phrase starting at token *k* (after an inverted cue: 'said the minister')."""
    j = k
    while j < len(toks) and j - k < 9:
        tok = toks[j]
        low = tok.lower
        if not _wordish(tok) or (low in _STOP and low not in _INSIDE) or low in _TIMES or is_cue(tok):
            break
        if low in _AUX and j > k:
            break
        j += 1
    last = j - 1
    while last >= k and (toks[last].lower in _INSIDE or toks[last].lower in _DETERMINERS):
        last -= 1
    if last < k:
        return None
    return Span(toks[k].start, toks[last].end)


def _skip_opening(toks: list[Token]) -> int:
    """Index past sentence openers: 'But', 'However,', 'In June, after the vote,', 'Asked about it,'."""
    i = 0
    for _ in range(3):
        while i < len(toks) and toks[i].lower in _OPENERS:
            i += 1
            if i < len(toks) and toks[i].text == ",":
                i += 1
        if i < len(toks) and (toks[i].lower in _LEADING or toks[i].lower.endswith(("ing", "ed"))):
            comma = next((j for j in range(i + 1, min(len(toks), i + 16)) if toks[j].text == ","), None)
            if comma is None:
                return len(toks)
            i = comma + 1
    return i


def subject(toks: list[Token]) -> Span | None:
    """The clause subject at the start of *toks* (past an opener): a pronoun, a name, or a noun phrase.

    >>> t = "In a speech on Monday, Gov. Jo Lee said no."
    >>> s = subject(tokens(t, 0, len(t))); t[s.start:s.end]
    'Gov. Jo Lee'
    """
    i = _skip_opening(toks)
    if i >= len(toks) or not _wordish(toks[i]):
        return None
    if toks[i].lower in PRONOUNS:
        return Span(toks[i].start, toks[i].end)
    j = i
    named = False  # a capitalised name has started: a lower-case word after it ends the phrase
    while j < len(toks) and j - i < 8 and _wordish(toks[j]):
        low = toks[j].lower
        noun = low in _NOUNS or low.rstrip("s") in _NOUNS
        nxt = toks[j + 1] if j + 1 < len(toks) else None
        modifier = nxt is not None and _wordish(nxt) and (nxt.text[0].isupper() or nxt.lower in _NOUNS)
        if j > i and toks[j].text.islower():
            if named or not (low in _INSIDE or low in _DETERMINERS or noun or (modifier and not low.endswith("ly"))):
                break
        elif toks[j].text[0].isupper() and low.rstrip(".") not in TITLE_WORDS:
            named = True
        j += 1
    while j > i and (toks[j - 1].lower in _INSIDE or toks[j - 1].lower in _DETERMINERS):
        j -= 1
    phrase = [t.lower.rstrip(".") for t in toks[i:j]]
    if not phrase or all(w in _NOT_NAME for w in phrase) or (phrase[0] in _DETERMINERS and len(phrase) == 1):
        return None
    if not any(t.text[0].isupper() for t in toks[i:j]) and phrase[-1].rstrip("s") not in _NOUNS:
        return None
    if not _head_ok(toks[j - 1], toks[i]):
        return None
    return Span(toks[i].start, toks[j - 1].end)


def _speaker_ok(text: str, span: Span | None) -> bool:
    """A plausible speaker phrase: not a bare function word, and never 'I'/'we' only from a quote."""
    if span is None:
        return False
    words = text[span.start : span.end].split()
    return bool(words) and not (len(words) == 1 and words[0].lower() in _STOP | _DETERMINERS | _TIMES)


def after_quote(text: str, lo: int, hi: int) -> Frame | None:
    """A frame right after a closing mark at *lo*: '"...," NAME said' or '"...," said NAME'."""
    toks = tokens(text, lo, min(hi, lo + 240))
    k = 0
    while k < len(toks) and k < 3 and toks[k].text in ",.!?;:\u2014\u2013-":
        k += 1
    if k >= len(toks) or not _wordish(toks[k]):
        return None
    if is_cue(toks[k]):  # inverted: "said the minister"
        speaker = np_after(toks, k + 1)
        if _speaker_ok(text, speaker):
            return Frame(Span(toks[k].start, toks[k].end), speaker, "frame.said_np")
        return None
    for j in range(k + 1, min(len(toks), k + 12)):
        if toks[j].text == "," and j + 1 < len(toks) and not is_cue(toks[j + 1]):
            comma = j  # an apposition: "Smith, a lawyer, said"
            rest = next((m for m in range(comma + 1, min(len(toks), comma + 14)) if toks[m].text == ","), None)
            if rest is None or rest + 1 >= len(toks) or not is_cue(toks[rest + 1]):
                return None
            return Frame(Span(toks[rest + 1].start, toks[rest + 1].end), np_before(toks, comma), "frame.np_said")
        if not _wordish(toks[j]):
            return None
        if is_cue(toks[j]):
            speaker = np_before(toks, j)
            if speaker is not None and speaker.start == toks[k].start and _speaker_ok(text, speaker):
                return Frame(Span(toks[j].start, toks[j].end), speaker, "frame.np_said")
            return None
    return None


def _tail_ok(toks: list[Token], k: int) -> bool:
    """After a cue, only an object, a channel or time phrase, 'that', and a final ':' or ','."""
    rest = toks[k + 1 :]
    if len(rest) > 14:
        return False
    for tok in rest:
        if tok.text in ".!?;" or (_wordish(tok) and is_cue(tok, strong=True)):
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
    toks = tokens(text, lo, hi)
    if not toks:
        return None
    if toks[0].text in ("Said", "Says", "Added") and len(toks) > 1:  # 'Said Jo Lee, a voter, "..."'
        speaker = np_after(toks, 1)
        if _speaker_ok(text, speaker):
            return Frame(Span(toks[0].start, toks[0].end), speaker, "frame.said_np_before")
    for k in range(len(toks) - 1, -1, -1):
        if _wordish(toks[k]) and _introduces(toks, k):
            speaker = np_before(toks, k) or subject(toks)
            if _speaker_ok(text, speaker):
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
        if _speaker_ok(text, speaker):
            return Frame(Span(toks[-1].start, toks[-1].end), speaker, "frame.colon")
    return None


def _according(text: str, toks: list[Token]) -> Frame | None:
    """'according to NAME' anywhere in the tokens."""
    for k in range(len(toks) - 1):
        if toks[k].lower == "according" and toks[k + 1].lower == "to":
            speaker = np_after(toks, k + 2)
            if _speaker_ok(text, speaker):
                return Frame(Span(toks[k].start, toks[k + 1].end), speaker, "frame.according_to")
    return None


def what_called(text: str, lo: int, hi: int) -> Frame | None:
    """'what NAME called "..."' ending at the opening mark *hi*."""
    match = _WHAT_CALLED.search(text, max(lo, hi - 90), hi)
    if match is None or match.group("np").split()[0].lower() in _STOP:
        return None
    return Frame(Span(*match.span("cue")), Span(*match.span("np")), "frame.what_called")


def sentence_frames(text: str, lo: int, hi: int, skip: tuple[Span, ...] = (), weak: bool = False) -> list[Frame]:
    """Every cue in the sentence ``[lo, hi)`` outside the *skip* spans (quotes) with its speaker phrase.

    *weak* also accepts noun-like reporting verbs ('observed', 'continued').
    """
    toks = [t for t in tokens(text, lo, hi) if not any(s.start <= t.start < s.end for s in skip)]
    found: list[Frame] = []
    for k, tok in enumerate(toks):
        if tok.lower == "according" and k + 1 < len(toks) and toks[k + 1].lower == "to":
            speaker = np_after(toks, k + 2)
            if _speaker_ok(text, speaker):
                found.append(Frame(Span(tok.start, toks[k + 1].end), speaker, "frame.according_to"))
            continue
        if not _wordish(tok) or not is_cue(tok, strong=not weak):
            continue
        cue = Span(tok.start, tok.end)
        before = np_before(toks, k)
        if _speaker_ok(text, before):
            found.append(Frame(cue, before, "frame.np_said"))
        elif k > 0 and toks[k - 1].text == "," and not tok.lower.endswith("ing") and _speaker_ok(
            text, np_after(toks, k + 1)
        ):
            found.append(Frame(cue, np_after(toks, k + 1), "frame.said_np"))
        elif k > 0 and toks[k - 1].text == "," and _speaker_ok(text, subject(toks[:k])):
            found.append(Frame(cue, subject(toks[:k]), "frame.subject_said"))  # "Smith, a lawyer, said"
        else:
            found.append(Frame(cue, None, "frame.bare"))
    return found


def subject_frame(text: str, lo: int, hi: int) -> Frame | None:
    """The subject of the clause before a partial quote ('Clinton decried the GOP for "..."'): a name or pronoun.

    The cue is the verb right after the subject; the frame is weaker than a reporting verb (rule ``frame.subject``).
    """
    toks = tokens(text, lo, hi)
    speaker = subject(toks)
    if speaker is None:
        return None
    after = next((t for t in toks if t.start >= speaker.end and _wordish(t) and t.text.islower()), None)
    words = text[speaker.start : speaker.end].split()
    head = words[-1].lower().rstrip(",.")
    named = words[0].lower() in PRONOUNS - {"it", "you"} or any(w[:1].isupper() for w in words[1:]) or (
        len(words) <= 3 and words[0][:1].isupper() and words[0].lower() not in _DETERMINERS | _STOP
    )
    if after is None or not (named or head in _NOUNS):
        return None
    return Frame(Span(after.start, after.end), speaker, "frame.subject")
