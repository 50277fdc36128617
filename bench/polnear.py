#!/usr/bin/env python3
"""Run the quote extractor over a PolNeAR compartment and write the scorer's JSON Lines.

Usage: python bench/polnear.py --data DIR --out PRED.jsonl

DIR holds ``text/<stem>.txt`` (line 1 the headline, paragraphs separated by
blank lines).  Each article goes through ``parse_article`` and the full
``service.extract.extract`` pipeline; the output keeps the *quoted* items
(direct and partial: words inside double quotation marks), one prediction per
quote with the parts joined, and the RESOLVED speaker name (an unresolved
pronoun is written as null, never as the pronoun).  Score with
``../shared/eval/polnear/score.py --data DIR --pred PRED.jsonl``.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from service.extract import extract, parse_article, quotes
from service.extract.facts import Quote
from service.extract.quotemarks import SINGLES

_PRONOUNS = frozenset({"he", "she", "they", "it", "i", "we", "you", "him", "her", "them"})


def predictions(text: str, quote: Quote) -> list[dict[str, Any]]:
    """The scorer's items for one quote: one per part (the scorer joins the parts of one attribution itself,
    and a part that belongs to a neighbouring attribution still finds it); none for reported speech."""
    if quote.type == "indirect":
        return []
    first = quote.parts[0]
    if first.start > 0 and text[first.start - 1] in SINGLES:
        return []  # single-quoted headline fragments are not part of the task
    speaker = quote.speaker.name if quote.speaker is not None else None
    if speaker is not None and speaker.lower() in _PRONOUNS:
        speaker = None
    return [{"text": text[p.start : p.end], "start": p.start, "end": p.end, "speaker": speaker} for p in quote.parts]


def article_quotes(text: str, stem: str) -> tuple[Quote, ...]:
    """Quotes of one article from the full pipeline (people, organizations and places feed attribution).

    The core is total, so an exception here is a bug in some extractor: it is reported on stderr and the
    article falls back to the quote extractor alone, so one broken module does not hide the others' numbers.
    """
    article = parse_article(text, stem)
    try:
        return extract(article).quotes
    except Exception as exc:  # noqa: BLE001 - a benchmark keeps going and reports the bug
        print(f"{stem}: extract() raised {exc!r}; quotes alone", file=sys.stderr)
        return quotes.extract(article)


def predict_file(path: Path) -> list[dict[str, Any]]:
    """Predictions for one article file."""
    text = path.read_text(encoding="utf-8")
    return [item for q in article_quotes(text, path.stem) for item in predictions(text, q)]


def main(argv: list[str] | None = None) -> int:
    """Entry point: write one JSON line per article, sorted by file name."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", required=True, type=Path, help="compartment directory containing text/")
    parser.add_argument("--out", required=True, type=Path, help="predictions JSON Lines to write")
    args = parser.parse_args(argv)
    files = sorted((args.data / "text").glob("*.txt"))
    count = 0
    with args.out.open("w", encoding="utf-8") as out:
        for path in files:
            quotes = predict_file(path)
            count += len(quotes)
            out.write(json.dumps({"file": path.name, "quotes": quotes}, ensure_ascii=False) + "\n")
    print(f"wrote {count} quotes for {len(files)} articles to {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
