"""Word lists kept as data: one entry per line, ``#`` starts a comment.

Loaded once at import into frozensets (shared by preloaded gunicorn workers);
never mutated while parsing.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

_HERE = Path(__file__).parent


@cache
def load_lines(name: str, suffix: str = ".txt") -> tuple[str, ...]:
    """Return the non-empty, non-comment lines of ``lexicon/<name><suffix>`` in file order."""
    lines = []
    for raw in (_HERE / f"{name}{suffix}").read_text(encoding="utf-8").splitlines():
        line = raw.split("#", 1)[0].strip()
        if line:
            lines.append(line)
    return tuple(lines)


def load_words(name: str) -> frozenset[str]:
    """Return ``lexicon/<name>.txt`` as a frozenset of lower-cased entries."""
    return frozenset(line.lower() for line in load_lines(name))


def load_table(name: str, sep: str = "\t") -> tuple[tuple[str, ...], ...]:
    """Return ``lexicon/<name>.tsv`` as rows split on *sep* (cells stripped)."""
    return tuple(tuple(cell.strip() for cell in line.split(sep)) for line in load_lines(name, ".tsv"))
