"""Hostile article texts of a given size, invented here: shared by the scaling bench and the reliability stage.

Shapes: ``prose`` (ordinary wire copy), ``quotes`` (one unbalanced quotation mark every ~500 bytes:
2,000 at 1 MB), ``parens`` (deeply nested parentheses), ``control`` (C0/C1 control and invisible
characters everywhere) and ``giant`` (one paragraph, no line breaks).
"""

from __future__ import annotations

import random

HEAD = "Council approves harbor budget after long debate\n\nPORTVILLE, March 3 (AP) — "
_NAMES = ("Jane Doe", "Omar Haddad", "Li Wei", "Ana Souza", "Peter Brandt", "Kim Min-jun")
_CONTROLS = ("\x01", "\x07", "\x0b", "\x0c", "\x1b", "\x7f", "\x85", "\u200b", "\u2028", "\ufeff")
_ORGS = ("the Harbor Authority", "Examplestan Bank", "the Ministry of Finance", "Acme Corp.")


def _sentence(rng: random.Random) -> str:
    name, org = rng.choice(_NAMES), rng.choice(_ORGS)
    n = rng.randint(2, 9999)
    return rng.choice((
        f"\"We will keep spending at {n} million dollars,\" said {name}, a spokesperson for {org}.",
        f"{org} said on Tuesday that revenue rose {n % 100}.{n % 10} percent to ${n} million in March.",
        f"{name} told reporters the plan would cost about {n:,} euros over {n % 12 + 1} years.",
        f"Officials said {n} people attended the meeting in Portville on March {n % 28 + 1}, 2021.",
    ))


def _prose(rng: random.Random, size: int, sep: str = "\n\n") -> str:
    parts, length = [], 0
    while length < size:
        para = " ".join(_sentence(rng) for _ in range(4))
        parts.append(para)
        length += len(para) + len(sep)
    return sep.join(parts)


def make(shape: str, size: int, seed: int = 1) -> str:
    """An article of about *size* bytes (UTF-8, never over it) in the given *shape*."""
    rng = random.Random(seed)  # noqa: S311  # nosec B311 (reproducible test data)
    body = _prose(rng, size)
    if shape == "quotes":
        chars = list(body)
        for i in range(0, len(chars), 500):
            chars[i] = rng.choice(('"', "\u201c", "\u201d", "'"))
        body = "".join(chars)
    elif shape == "parens":
        depth = max(1, size // 200)
        body = body[: size // 2] + "(" * depth + "nested" + ")" * depth + " " + body[size // 2 :]
    elif shape == "control":
        chars = list(body)
        for i in range(0, len(chars), 37):
            chars[i] = rng.choice(_CONTROLS)
        body = "".join(chars)
    elif shape == "giant":
        body = _prose(rng, size, sep=" ")
    elif shape != "prose":
        raise ValueError(shape)
    text = HEAD + body + "\n"
    data = text.encode("utf-8")[:size]
    return data.decode("utf-8", errors="ignore")


SHAPES = ("prose", "quotes", "parens", "control", "giant")
