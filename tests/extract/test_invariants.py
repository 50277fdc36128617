"""Invariants every extraction satisfies, on every article the repository holds.

Spans in bounds, surfaces verbatim, facts in text order, ids unique, and the same
bytes twice (no set iteration, no clock).
"""

from __future__ import annotations

from pathlib import Path

import orjson
import pytest

from service.bundle import build_bundle
from service.extract import extract, parse_article
from service.extract.facts import Mention, Span

ROOT = Path(__file__).resolve().parents[2]
ARTICLES = sorted(
    [*(ROOT / "seeds").glob("*.txt"), *(ROOT / "tests" / "extract" / "articles").glob("*.txt"),
     *(ROOT / "bench" / "gold").glob("*.txt")]
)


def _spans(fact: object) -> list[tuple[Span, str | None]]:
    """Every (span, expected text) a fact carries."""
    found: list[tuple[Span, str | None]] = [(fact.span, fact.surface)]  # type: ignore[attr-defined]
    for mention in getattr(fact, "mentions", ()):
        assert isinstance(mention, Mention)
        found.append((mention.span, mention.text))
    for part in getattr(fact, "parts", ()):
        found.append((part, None))
    speaker = getattr(fact, "speaker", None)
    if speaker is not None:
        found.append((speaker.mention.span, speaker.mention.text))
    return found


@pytest.mark.parametrize("path", ARTICLES, ids=[p.stem for p in ARTICLES])
def test_spans_and_order(path: Path) -> None:
    """Every span indexes the original text; each kind is in text order with unique ids."""
    text = path.read_text(encoding="utf-8")
    result = extract(parse_article(text, path.stem))
    for kind in ("figures", "quotes", "people", "organizations", "places", "dates"):
        facts = getattr(result, kind)
        ids = [f.id for f in facts]
        assert len(ids) == len(set(ids)), f"{kind}: duplicate ids"
        if kind in ("figures", "quotes", "dates"):
            starts = [f.span.start for f in facts]
            assert starts == sorted(starts), f"{kind} not in text order"
        for fact in facts:
            for span, expected in _spans(fact):
                assert 0 <= span.start <= span.end <= len(text)
                if expected is not None:
                    assert text[span.start : span.end] == expected, (kind, fact.id)


@pytest.mark.parametrize("path", ARTICLES[:6], ids=[p.stem for p in ARTICLES[:6]])
def test_deterministic(path: Path) -> None:
    """Two runs give byte-identical bundles."""
    text = path.read_text(encoding="utf-8")
    first = orjson.dumps(build_bundle(extract(parse_article(text, path.stem))), default=str)
    second = orjson.dumps(build_bundle(extract(parse_article(text, path.stem))), default=str)
    assert first == second


@pytest.mark.parametrize("path", ARTICLES, ids=[p.stem for p in ARTICLES])
def test_every_article_meets_the_api_contract(path: Path) -> None:
    """Every article's facts pass schema validation (a new enum value would stop startup)."""
    from service.store import bundle_for

    bundle = bundle_for(path.read_text(encoding="utf-8"), path.stem)
    assert bundle["article"]["id"] == path.stem
