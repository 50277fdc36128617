"""A generated corpus for the benchmarks: the repository's own invented fixture articles, recombined.

Article *i* is fixture ``i % n`` (headline, dateline lead and all) followed by a few body paragraphs
borrowed from other fixtures, chosen by a seeded RNG: every file is distinct and deterministic, and
no real article text is involved (the sources are ``tests/extract/articles`` and ``bench/gold``).

    .venv/bin/python bench/corpus.py OUT_DIR [COUNT]
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCES = (ROOT / "tests" / "extract" / "articles", ROOT / "bench" / "gold")


def fixtures() -> list[Path]:
    """The invented articles this corpus is made of, in a stable order."""
    return sorted(p for d in SOURCES if d.is_dir() for p in d.glob("*.txt"))


def _body(text: str) -> list[str]:
    """Prose paragraphs after the lead: long lines, minus the first (the dateline lead)."""
    long = [line for line in text.splitlines() if len(line) > 80]
    return long[1:]


def recombine(out: Path, count: int, seed: int = 7) -> list[Path]:
    """Write *count* articles into *out* and return their paths."""
    sources = fixtures()
    texts = [p.read_text(encoding="utf-8") for p in sources]
    rng = random.Random(seed)  # noqa: S311  # nosec B311 (not for security: a reproducible corpus)
    out.mkdir(parents=True, exist_ok=True)
    written = []
    for i in range(count):
        base = texts[i % len(texts)]
        donors = [texts[j] for j in rng.sample(range(len(texts)), k=min(3, len(texts)))]
        extra = [p for d in donors for p in rng.sample(_body(d), k=min(2, len(_body(d))))]
        path = out / f"gen{i:03d}_{sources[i % len(sources)].stem}.txt"
        path.write_text(base.rstrip("\n") + "\n\n" + "\n\n".join(extra) + "\n", encoding="utf-8")
        written.append(path)
    return written


if __name__ == "__main__":
    made = recombine(Path(sys.argv[1]), int(sys.argv[2]) if len(sys.argv) > 2 else 100)
    print(f"{len(made)} articles in {sys.argv[1]}")
