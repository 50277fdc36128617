"""Is extraction linear? Time each stage on hostile shapes while the text doubles, up to the 1 MB limit.

Not a test (timings do not belong in assertions): prints seconds per stage and the ratio t(2n)/t(n);
a ratio well above 2 at the larger sizes means superlinear work in that stage.

    .venv/bin/python bench/extract_scaling.py [--shapes prose,quotes] [--max 1000000] [--budget 60]
        [--corpus ../shared/datasets/polnear/dev/text]

Besides the hostile shapes of ``bench/hostile.py``: ``seed`` (the repository's seed articles repeated to the
size) and, with ``--corpus DIR``, ``corpus`` (real articles from DIR concatenated to the size: many distinct
people, quotes and bodies, the case where work that grows with the number of entities shows).
Times are wall-clock seconds of one run.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable
from pathlib import Path
from types import FunctionType, ModuleType
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(Path(__file__).resolve().parent)]

from hostile import SHAPES, make  # noqa: E402

import service.extract as pipeline  # noqa: E402
from service.gcpause import collector_paused  # noqa: E402
from service.store import bundle_for  # noqa: E402


def _hooks() -> list[tuple[Any, str, str]]:
    """What the pipeline calls: each extractor module's ``extract`` and each linking helper it imports."""
    found = []
    for name, obj in sorted(vars(pipeline).items()):
        if isinstance(obj, ModuleType) and obj.__name__.startswith("service.extract.") and hasattr(obj, "extract"):
            found.append((obj, "extract", name))
        elif (isinstance(obj, FunctionType) and obj.__module__.startswith("service.extract.")
              and name not in ("parse_article", "extract")):
            found.append((pipeline, name, name))
    return found


def stages(text: str) -> dict[str, float]:
    """Seconds per pipeline stage (whatever ``service.extract.extract`` calls), then the whole store path."""
    times: dict[str, float] = {}

    def timed(name: str, fn: Callable[..., Any]) -> Callable[..., Any]:
        def wrapper(*args: Any, **kwargs: Any) -> Any:
            started = time.perf_counter()
            try:
                return fn(*args, **kwargs)
            finally:
                times[name] = times.get(name, 0.0) + time.perf_counter() - started
        return wrapper

    hooks = _hooks()
    originals = [(owner, attr, getattr(owner, attr)) for owner, attr, _ in hooks]
    try:
        for owner, attr, name in hooks:
            setattr(owner, attr, timed(name, getattr(owner, attr)))
        article = timed("parse", pipeline.parse_article)(text, "x")
        with collector_paused():  # as the service's store extracts
            timed("extract", pipeline.extract)(article)
    finally:
        for owner, attr, original in originals:
            setattr(owner, attr, original)
    started = time.perf_counter()
    bundle_for(text, "x")
    times["store path"] = time.perf_counter() - started
    return times


def _repeated(texts: list[str], size: int) -> str:
    """*texts* joined by blank lines, again and again, cut to *size* UTF-8 bytes; a headline and dateline first."""
    parts, length, i = ["Big page\n\nPORTVILLE, March 3 (AP) -- "], 0, 0
    while length < size and texts:
        parts.append(texts[i % len(texts)])
        length += len(parts[-1].encode()) + 2
        i += 1
    return "\n\n".join(parts).encode()[:size].decode("utf-8", errors="ignore")


def _text(shape: str, size: int, corpus: Path | None) -> str:
    if shape == "seed":
        return _repeated([p.read_text(encoding="utf-8") for p in sorted((ROOT / "seeds").glob("*.txt"))], size)
    if shape == "corpus":
        if corpus is None:
            sys.exit("extract_scaling: the corpus shape needs --corpus DIR")
        return _repeated([p.read_text(encoding="utf-8", errors="replace") for p in sorted(corpus.glob("*.txt"))], size)
    return make(shape, size)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shapes", default=",".join((*SHAPES, "seed")), help="add 'corpus' with --corpus")
    parser.add_argument("--corpus", type=Path, help="a directory of real articles (*.txt) for the corpus shape")
    parser.add_argument("--min", type=int, default=62_500)
    parser.add_argument("--max", type=int, default=1_000_000)
    parser.add_argument("--budget", type=float, default=60.0, help="stop doubling a shape past this many seconds")
    args = parser.parse_args()
    for shape in args.shapes.split(","):
        print(f"\n== {shape}")
        previous: dict[str, float] | None = None
        size = args.min
        while size <= args.max:
            times = stages(_text(shape, size, args.corpus))
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
