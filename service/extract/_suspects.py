"""People known only by a family name in crime and court stories, and the role nouns that refer to them.

Wire copy introduces them as "a 40-year-old man surnamed Kim" or "the driver,
surnamed Choi," and then calls them "the suspect", "the man", "the victim".
A description fits such a person when its noun is the one they were
introduced with, a gendered noun of their gender (man, woman, boy, girl), or
a role their introducing sentence implies: a perpetrator ("was arrested",
"is accused of", "stabbed") for suspect, defendant, attacker ...; a victim
("was killed", "was injured") for victim.

>>> t = "A 40-year-old man surnamed Kim was arrested Tuesday."
>>> introduced(t, 0, 27)
Intro(noun='man', role='perpetrator', drove=False)
>>> fits_intro("suspect", Intro("man", "perpetrator"), "male"), fits_intro("victim", Intro("man", "perpetrator"), None)
(True, False)
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Final

PERPETRATORS: Final = frozenset(
    {"suspect", "defendant", "attacker", "assailant", "accused", "culprit", "perpetrator", "gunman", "killer"}
    | {"robber", "thief", "arsonist", "murderer"}
)
VICTIMS: Final = frozenset({"victim", "deceased"})
GENDERED: Final = {"man": "male", "woman": "female", "boy": "male", "girl": "female"}
OTHERS: Final = frozenset(
    {"driver", "passenger", "worker", "employee", "soldier", "student", "resident", "defector", "patient"}
    | {"teenager", "pilot", "teacher", "nurse", "doctor", "farmer", "fisherman", "lawyer"}
)
NOUNS: Final = PERPETRATORS | VICTIMS | frozenset(GENDERED) | OTHERS

_NOUN_BEFORE: Final = re.compile(
    r"(?P<noun>[a-z]{2,15})(?:\s(?:in\s(?:his|her)\s\d{2}s|aged\s\d{1,3}))?,?\s(?:who\sis\s|was\s)?(?:only\s)?"
    r"(?:surnamed|identified\s(?:only\s)?(?:by\s(?:his|her|the)\s(?:family\s|last\s)?(?:sur)?name(?:\sas)?|as))\s\Z"
)
_PERPETRATOR: Final = re.compile(
    r"""
    \b(?:(?:was|were|has\sbeen|had\sbeen|is|been|being)\s(?:\w{2,12}\s)?
        (?:arrested|detained|indicted|charged|booked|accused|suspected|sentenced|convicted|apprehended|caught
          |questioned|held|jailed|fined|investigated|prosecuted|taken\sinto\scustody)
      |allegedly|stabbed|shot\s(?:and\s)?|killed|attacked|assaulted|robbed|set\sfire|murdered|rammed)\b
    """,
    re.VERBOSE,
)
_OBJECT_BEFORE: Final = re.compile(
    r"""
    \b(?P<verb>sentenced|arrested|indicted|detained|charged|convicted|booked|apprehended|nabbed|caught|jailed|fined
      |(?P<hurt>killed|injured|wounded|stabbed|attacked|assaulted|murdered|robbed|hit))
    \s(?:a|an|the|his|her)\s[^.;]{0,60}\Z              # "sentenced a 35-year-old woman surnamed"
    """,
    re.VERBOSE,
)
_DROVE: Final = re.compile(r"\b(?:drove|driving|driven\sby|behind\sthe\swheel)\b")
_VICTIM: Final = re.compile(
    r"""
    \b(?:was|were|had\sbeen|has\sbeen|is)\s(?:\w{2,12}\s)?
      (?:killed|injured|wounded|hurt|stabbed|attacked|assaulted|found\sdead|murdered|robbed|hit|shot)\b
    |\b(?:died|victim)\b
    """,
    re.VERBOSE,
)


@dataclass(frozen=True, slots=True)
class Intro:
    """How a person was introduced: the noun before "surnamed" and the role the sentence implies."""

    noun: str | None
    role: str | None  # "perpetrator" | "victim" | None
    drove: bool = False  # "who drove the car", "was driving": "the driver"


def introduced(text: str, floor: int, start: int, end: int | None = None) -> Intro:
    """The noun before the family name at *start* and the role its sentence (``floor``..``end``) implies."""
    m = _NOUN_BEFORE.search(text, max(floor, start - 60), start)
    noun = m.group("noun") if m is not None else None
    after = text[start : end if end is not None else min(len(text), start + 160)]
    victim = _VICTIM.search(after)
    perpetrator = _PERPETRATOR.search(after)
    drove = _DROVE.search(after) is not None
    done = _OBJECT_BEFORE.search(text, max(floor, start - 100), m.start() if m is not None else start)
    if done is not None:  # the person is the object: "a court sentenced a woman surnamed Park"
        return Intro(noun, "victim" if done.group("hurt") else "perpetrator", drove)
    if noun in VICTIMS or (victim is not None and (perpetrator is None or victim.start() < perpetrator.start())):
        return Intro(noun, "victim", drove)
    if noun in PERPETRATORS or perpetrator is not None:
        return Intro(noun, "perpetrator", drove)
    return Intro(noun, None, drove)


def fits_intro(noun: str, intro: Intro, gender: str | None) -> bool:
    """Whether "the *noun*" can refer to a person introduced as *intro* with *gender*."""
    if noun == intro.noun:
        return True
    if noun in GENDERED:
        return gender == GENDERED[noun] or (gender is None and intro.noun in PERPETRATORS | VICTIMS)
    if noun in PERPETRATORS:
        return intro.role == "perpetrator"
    if noun in VICTIMS:
        return intro.role == "victim"
    return noun == "driver" and intro.drove
