"""Is extraction linear? Time each stage on hostile shapes while the text doubles, up to the 1 MB limit.

Not a test (timings do not belong in assertions): prints seconds per stage and the ratio t(2n)/t(n);
a ratio well above 2 at the larger sizes means superlinear work in that stage.

    .venv/bin/python bench/extract_scaling.py [--shapes prose,quotes] [--max 1000000] [--budget 60]
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(Path(__file__).resolve().parent)]

from hostile import SHAPES, make  # noqa: E402

from service.extract import _claimed, dates, figures, organizations, parse_article, people, places, quotes  # noqa: E402
from service.store import bundle_for  # noqa: E402


def stages(text: str) -> dict[str, float]:
    """Seconds per extraction stage, then the whole store path (extract + validate + serialize)."""
    times: dict[str, float] = {}

    def timed(name: str, fn: Callable[[], Any]) -> Any:
        started = time.perf_counter()
        out = fn()
        times[name] = time.perf_counter() - started
        return out

    article = timed("parse", lambda: parse_article(text, "x"))
    found_people = timed("people", lambda: people.extract(article))
    found_orgs = timed("organizations", lambda: organizations.extract(article))
    found_places = timed("places", lambda: places.extract(article))
    found_quotes = timed("quotes", lambda: quotes.extract(
        article, people=found_people, organizations=found_orgs, places=found_places))
    found_figures = timed("figures", lambda: figures.extract(article))
    timed("dates", lambda: dates.extract(article))
    timed("claimed", lambda: _claimed(found_figures, found_quotes))
    times["extract"] = sum(times.values())
    timed("store path", lambda: bundle_for(text, "x"))
    return times


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shapes", default=",".join(SHAPES))
    parser.add_argument("--min", type=int, default=62_500)
    parser.add_argument("--max", type=int, default=1_000_000)
    parser.add_argument("--budget", type=float, default=60.0, help="stop doubling a shape past this many seconds")
    args = parser.parse_args()
    for shape in args.shapes.split(","):
        print(f"\n== {shape}")
        previous: dict[str, float] | None = None
        size = args.min
        while size <= args.max:
            times = stages(make(shape, size))
            cells = "  ".join(
                f"{k} {v:.3f}" + (f" (x{v / previous[k]:.1f})" if previous and previous[k] > 0.005 else "")
                for k, v in times.items() if v > 0.0005 or k in ("extract", "store path")
            )
            print(f"{size:>9} B  {cells}", flush=True)
            if times["store path"] > args.budget:
                print(f"  stopped: over the {args.budget:.0f} s budget")
                break
            previous = times
            size *= 2  # 62.5 kB, 125 kB, ... 1 MB: the seed size limit
    return 0


if __name__ == "__main__":
    sys.exit(main())
