"""Hostile seeds at startup: refused in one line or served, never a hang (timings: bench/extract_scaling.py).

The hostile shapes are RELIABILITY_SEED_BYTES long (default: the 1 MB size limit, where an honest startup
takes about 10 s on two busy cores now that every stage is linear, and catastrophic backtracking would hang);
``RELIABILITY_SEED_BYTES=100000 .ci/reliability -k seed`` runs a quicker pass.
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

import pytest

from .conftest import ROOT, get, start

sys.path.insert(0, str(ROOT / "bench"))
from hostile import SHAPES, make  # noqa: E402

LIMIT = 1_000_000  # MAX_SEED_BYTES default
SEED_BYTES = min(int(os.environ.get("RELIABILITY_SEED_BYTES", str(LIMIT))), LIMIT)
STARTUP_BOUND = float(os.environ.get("RELIABILITY_STARTUP_BOUND", "150"))  # only a hang (or a quadratic) gets near it


def test_seed_over_the_limit_is_refused_in_one_line(tmp_path: Path) -> None:
    """One byte over MAX_SEED_BYTES: gunicorn exits non-zero with one 'Error:' line naming the file."""
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "big.txt").write_bytes(make("prose", LIMIT).encode().ljust(LIMIT + 1, b" "))
    live = start(tmp_path, seeds, wait=STARTUP_BOUND)
    live.proc.wait(30)
    errors = [line for line in live.log_text().splitlines() if line.startswith("Error:")]
    print(f"\nover the limit: {errors}")
    assert live.proc.returncode != 0
    assert len(errors) == 1 and "big.txt" in errors[0] and "limit" in errors[0]
    assert "Traceback" not in live.log_text()


@pytest.mark.parametrize("shape", SHAPES)
def test_hostile_seed_starts_or_refuses(tmp_path: Path, shape: str) -> None:
    """An article of a hostile shape: the service comes up and answers, or refuses in one line."""
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    text = make(shape, SEED_BYTES)
    (seeds / f"{shape}.txt").write_text(text, encoding="utf-8")
    assert len(text.encode()) <= SEED_BYTES
    started = time.monotonic()
    live = start(tmp_path, seeds, wait=STARTUP_BOUND)
    took = time.monotonic() - started
    try:
        if live.proc.poll() is None:
            status, _ = get(live.base + "/figures?limit=100")
            print(f"\n{shape}: served after {took:.1f} s, /figures {status}")
            assert status == 200, live.log_text()[-2000:]
            assert get(live.base + "/quotes?limit=100")[0] == 200
        else:
            errors = [line for line in live.log_text().splitlines() if line.startswith("Error:")]
            print(f"\n{shape}: refused after {took:.1f} s: {errors}")
            assert len(errors) == 1 and "Traceback" not in live.log_text(), live.log_text()[-3000:]
    finally:
        if live.proc.poll() is None:
            live.stop()
    assert took < STARTUP_BOUND, f"{shape}: startup did not finish within {STARTUP_BOUND:.0f} s"
