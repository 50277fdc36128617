"""Accuracy benchmark: precision, recall and F1 of the extractors against hand-written gold files.

Usage::

    python bench/accuracy.py [--gold bench/gold] [--kinds figures] [--verbose] [--min-f1 0.9]

For every ``<gold>/<slug>.txt`` the script runs ``service.extract.extract(parse_article(text, slug))``
and, for each kind with a scorer, compares the facts with ``<slug>.<kind>.json`` (a JSON list of
objects).  Articles without a gold file for a kind are skipped for that kind.

A kind is added by writing a :class:`Scorer` (what to predict from an extraction and when a
predicted item matches a gold item) and registering it in :data:`SCORERS`; e.g. a people scorer
reading ``<slug>.people.json``.

People (``<slug>.people.json``: ``[{name, family, given}]``): a predicted person matches a gold one
with the same full name as first introduced, or the same family name and first initial of the given
name; a byline's reporter is dropped from the predictions.  Places, organizations or phrases listed
as people count as spurious.

Figures: a predicted figure matches a gold one when its value is within 0.5 % and, for money,
percent and percentage-point figures, the unit is the same (ISO 4217 code, ``%``,
``percentage_point`` or ``basis_point``); for counts, quantities, ranks and others the value
alone decides.  Matching is one-to-one, in text order.

It also reports the mean and max time per article of the whole pipeline and of the figures
extractor alone (the figure budget is 20 ms per article).
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from service.extract import extract, figures, parse_article  # noqa: E402  (after the path fix)
from service.extract.facts import Extraction  # noqa: E402

Item = dict[str, Any]
_UNIT_KINDS = ("money", "percent", "percentage_point")
_TOLERANCE = Decimal("0.005")


@dataclass(frozen=True)
class Scorer:
    """How one kind of fact is predicted from an extraction and matched against gold items."""

    suffix: str  # gold file suffix: "<slug>.figures.json"
    predict: Callable[[Extraction], list[Item]]
    matches: Callable[[Item, Item], bool]  # (predicted, gold)
    describe: Callable[[Item], str] = repr


def _figure_items(bundle: Extraction) -> list[Item]:
    """Predicted figures as gold-shaped dicts."""
    return [{"value": f.value, "unit": f.unit, "type": f.type, "text": f.surface} for f in bundle.figures]


def _close(a: Decimal, b: Decimal) -> bool:
    """Values within 0.5 % of the gold value (exact for a gold zero)."""
    if b == 0:
        return a == 0
    return abs(a - b) <= abs(b) * _TOLERANCE


def _figure_matches(pred: Item, gold: Item) -> bool:
    """Value within 0.5 %; for money and percentages the unit must agree too."""
    if not _close(Decimal(str(pred["value"])), Decimal(str(gold["value"]))):
        return False
    if gold.get("type") in _UNIT_KINDS:
        return bool(pred.get("unit") == gold.get("unit"))
    return True


def _describe_figure(item: Item) -> str:
    """One line for a figure in the verbose report."""
    text = f" {item['text']!r}" if "text" in item else ""
    return f"{item.get('type')} {item['value']} {item.get('unit')}{text}"


def _people_items(bundle: Extraction) -> list[Item]:
    """Predicted people as gold-shaped dicts (a byline's reporter is neither required nor counted)."""
    byline = (bundle.article.byline or "").lower()
    return [
        {"name": p.name, "family": p.family_name, "given": p.given_name}
        for p in bundle.people
        if not (byline and p.name.lower() in byline)
    ]


def _people_matches(pred: Item, gold: Item) -> bool:
    """Same full name as first introduced, or same family name and same first initial of the given name."""
    if " ".join(str(pred["name"]).lower().split()) == " ".join(str(gold["name"]).lower().split()):
        return True
    if str(pred.get("family") or "").lower() != str(gold.get("family") or "").lower():
        return False
    given_pred, given_gold = str(pred.get("given") or ""), str(gold.get("given") or "")
    return not given_gold or given_pred[:1].lower() == given_gold[:1].lower()


def _describe_person(item: Item) -> str:
    """One line for a person in the verbose report."""
    return f"{item['name']} (family {item.get('family')!r})"


SCORERS: dict[str, Scorer] = {
    "figures": Scorer(".figures.json", _figure_items, _figure_matches, _describe_figure),
    "people": Scorer(".people.json", _people_items, _people_matches, _describe_person),
}
"""Registered kinds; add a people scorer here (suffix ".people.json")."""


@dataclass
class Tally:
    """Counts for one kind over the whole gold set."""

    true_positives: int = 0
    predicted: int = 0
    gold: int = 0
    misses: list[str] = field(default_factory=list)

    def add(self, predicted: Sequence[Item], gold: Sequence[Item], scorer: Scorer, slug: str) -> None:
        """Match *predicted* against *gold* one-to-one and count."""
        free = list(range(len(predicted)))
        for item in gold:
            hit = next((i for i in free if scorer.matches(predicted[i], item)), None)
            if hit is None:
                self.misses.append(f"{slug}: missed   {scorer.describe(item)}")
            else:
                free.remove(hit)
        self.misses.extend(f"{slug}: spurious {scorer.describe(predicted[i])}" for i in free)
        self.true_positives += len(predicted) - len(free)
        self.predicted += len(predicted)
        self.gold += len(gold)

    def scores(self) -> tuple[float, float, float]:
        """Precision, recall, F1 (1.0 when there is nothing to find and nothing found)."""
        precision = self.true_positives / self.predicted if self.predicted else 1.0
        recall = self.true_positives / self.gold if self.gold else 1.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        return precision, recall, f1


def _load(path: Path) -> list[Item]:
    """A gold list; values kept exact."""
    items: list[Item] = json.loads(path.read_text(encoding="utf-8"), parse_float=Decimal)
    return items


def run(gold_dir: Path, kinds: Sequence[str], verbose: bool) -> dict[str, Tally]:
    """Score every article of *gold_dir*; print per-kind scores and timings; return the tallies."""
    tallies = {kind: Tally() for kind in kinds}
    pipeline_ms: list[float] = []
    figure_ms: list[float] = []
    for text_path in sorted(gold_dir.glob("*.txt")):
        slug = text_path.stem
        article = parse_article(text_path.read_text(encoding="utf-8"), slug)
        start = time.perf_counter()
        bundle = extract(article)
        pipeline_ms.append((time.perf_counter() - start) * 1000)
        start = time.perf_counter()
        figures.extract(article)
        figure_ms.append((time.perf_counter() - start) * 1000)
        for kind in kinds:
            scorer = SCORERS[kind]
            gold_path = gold_dir / f"{slug}{scorer.suffix}"
            if gold_path.exists():
                tallies[kind].add(scorer.predict(bundle), _load(gold_path), scorer, slug)
    _report(tallies, pipeline_ms, figure_ms, verbose)
    return tallies


def _report(tallies: dict[str, Tally], pipeline_ms: list[float], figure_ms: list[float], verbose: bool) -> None:
    """Print the scores, the timings and (verbose) every miss."""
    for kind, tally in tallies.items():
        precision, recall, f1 = tally.scores()
        print(
            f"{kind:10} P={precision:.3f} R={recall:.3f} F1={f1:.3f} "
            f"(tp={tally.true_positives} predicted={tally.predicted} gold={tally.gold})"
        )
        if verbose:
            for line in tally.misses:
                print("   ", line)
    if pipeline_ms:
        print(
            f"articles={len(pipeline_ms)} pipeline ms/article mean={sum(pipeline_ms) / len(pipeline_ms):.2f} "
            f"max={max(pipeline_ms):.2f}; figures ms/article mean={sum(figure_ms) / len(figure_ms):.2f} "
            f"max={max(figure_ms):.2f}"
        )


def main(argv: Sequence[str] | None = None) -> int:
    """Command-line entry point; exit 1 when a kind's F1 is below ``--min-f1``."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--gold", type=Path, default=ROOT / "bench" / "gold", help="folder of <slug>.txt + gold JSON")
    parser.add_argument("--kinds", default=",".join(SCORERS), help="comma-separated kinds to score")
    parser.add_argument("--verbose", "-v", action="store_true", help="list every missed and spurious item")
    parser.add_argument("--min-f1", type=float, default=0.0, help="fail when a kind scores below this F1")
    args = parser.parse_args(argv)
    kinds = [k for k in args.kinds.split(",") if k]
    unknown = [k for k in kinds if k not in SCORERS]
    if unknown:
        parser.error(f"unknown kinds {unknown}; known: {sorted(SCORERS)}")
    tallies = run(args.gold, kinds, args.verbose)
    return 0 if all(t.scores()[2] >= args.min_f1 for t in tallies.values()) else 1


if __name__ == "__main__":
    raise SystemExit(main())
