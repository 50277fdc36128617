"""Scare quotes, titles and nicknames: quoted spans that are not anyone's words.

A quoted span is rejected when a naming cue stands right before it
(``so-called``, ``dubbed``, ``known as``, ``the slogan`` ... kept as data in
``lexicon/scare_cues.txt``), when a common noun introduces it as a name
(``a film called "..."``), or when it is short, in title case and no frame
attributes it to anyone (``"Gangnam Style"``, ``"Sherlock"``).

>>> from service.extract.quotemarks import find_segments
>>> from service.extract.facts import Span
>>> t = 'the so-called "Korean Wave" is here'
>>> is_scare(t, find_segments(t, (Span(0, len(t)),))[0], framed=False, kind="partial")
True
"""

from __future__ import annotations

import re
from itertools import islice
from typing import Final

from .lexicon import load_lines
from .quotemarks import Segment

_CUES: Final = sorted((c.lower() for c in load_lines("scare_cues")), key=len, reverse=True)
_SCARE_BEFORE: Final = re.compile(
    r"""
    (?:^|[\s(])                     # a word boundary before the cue
    (?:"""
    + "|".join(re.escape(c) for c in _CUES)
    + r""")
    [\s,:]{0,3}                     # "known as", "the slogan:"
    (?:(?:a|an|the|as)\s+){0,2}$    # "dubbed the ..."
    """,
    re.VERBOSE | re.IGNORECASE,
)
_NAMED_THING: Final = re.compile(
    r"""
    \b(?:a|an|the|his|her|its|their)\s+   # a common noun phrase ...
    [a-z][\w-]{1,20}\s+                   # ... (film, bill, group)
    (?:called|named|titled)\s+$           # ... introduced as a name
    """,
    re.VERBOSE,
)
_NAMING_VERB: Final = re.compile(
    r"""
    \b(?:dubbed|nicknamed|labeled|labelled|branded|christened|renamed|titled)\s+  # a naming verb ...
    (?:[\w'\u2019-]+\s+){0,3}$                                                 # ... its object, then the mark
    """,
    re.VERBOSE | re.IGNORECASE,
)
_TITLE_BEFORE: Final = re.compile(
    r"""
    (?:\b(?:in|on|at|of|from|with|for|by)|['\u2019]s)\s+$   # 'starred in', 'appeared on', "ABC's"
    """,
    re.VERBOSE | re.IGNORECASE,
)
_WORKS: Final = (
    r"(?:drama|series|show|album|song|single|tour|concert|musical|novel|webtoon|program|programme|film|movie|ep)"
)
_WORK_BEFORE: Final = re.compile(
    r"""
    \b(?:variety\s+show|""" + _WORKS + r""")s?   # a work noun: 'the drama', 'his 2009 series'
    [\s,:]{1,3}$                                    # right before the opening mark
    """,
    re.VERBOSE | re.IGNORECASE,
)
_WORK_LIST: Final = re.compile(
    r"""
    \b(?:variety\s+show|""" + _WORKS + r""")s?[\s,:]{1,3}               # 'two EPs, '
    (?:["\u201c][^"\u201c\u201d]{1,60}["\u201d],?\s+(?:(?:and|or)\s+)?){1,8}$  # earlier titles of the list
    """,
    re.VERBOSE | re.IGNORECASE,
)
_WORK_AFTER: Final = re.compile(
    r"""
    ^\s{1,2}(?!(?:the|a|an|his|her|its|their)\s)  # no comma, no determiner ('"Yes," the show host said')
    (?:[A-Za-z][\w-]{0,15}\s+)?                # at most one word between: 'world', 'farewell'
    (?:variety\s+show|""" + _WORKS + r""")s?\b  # then a work noun: 'world tour', 'concert'
    """,
    re.VERBOSE | re.IGNORECASE,
)
_WORD: Final = re.compile(r"[\w'\u2019-]+")  # a word of the quoted text
_SMALL: Final = frozenset("a an the of and or in on at to for with by from is de la".split())


def is_title_case(words: list[str]) -> bool:
    """Every word capitalised except small function words.

    >>> is_title_case("Lord of the Rings".split()), is_title_case("we will win".split())
    (True, False)
    """
    content = [w for w in words if w.lower() not in _SMALL]
    return bool(content) and all(w[:1].isupper() or not w[:1].isalpha() for w in content)


def is_scare(text: str, segment: Segment, framed: bool, kind: str) -> bool:
    """Whether the quoted *segment* is a term, title or nickname rather than a person's words."""
    before = text[max(0, segment.open_at - 40) : segment.open_at]
    if _SCARE_BEFORE.search(before) or _NAMED_THING.search(before) or _NAMING_VERB.search(before):
        return True
    words = [m.group() for m in islice(_WORD.finditer(text, segment.start, segment.end), 9)]  # 9 tell all below
    if len(words) <= 8 and is_title_case(words) and _TITLE_BEFORE.search(before):
        return True  # the title of a show, book or film
    if len(words) <= 8 and is_title_case(words) and _is_work(text, segment, before):
        return True  # 'the drama "X"', 'the "X" world tour'
    if framed:
        return False
    if len(words) <= 1 and kind == "partial":
        return True
    return len(words) <= 4 and is_title_case(words) and segment.close_at is not None


def _is_work(text: str, segment: Segment, before: str) -> bool:
    """A work noun stands right before the opening mark or right after the closing one.

    >>> from service.extract.quotemarks import find_segments
    >>> from service.extract.facts import Span
    >>> t = 'the "Night Ferry" concert'
    >>> _is_work(t, find_segments(t, (Span(0, len(t)),))[0], "the ")
    True
    """
    if _WORK_BEFORE.search(before):
        return True
    if _WORK_LIST.search(text, max(0, segment.open_at - 400), segment.open_at):
        return True  # 'two EPs, "A" and "B"': every title of the list
    if segment.close_at is None or text[segment.start : segment.end].rstrip()[-1:] in (",", ".", "?", "!"):
        return False
    return _WORK_AFTER.search(text[segment.close_at + 1 : segment.close_at + 40]) is not None
