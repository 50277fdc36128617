"""gunicorn worker classes and versions on ``/figures``, each against nginx in the same round.

Called by ``bench/perf.py --compare``; alone: ``.venv/bin/python bench/workers.py [ROUNDS] [SECONDS]``.
Builds two throw-away venvs under ``build/bench/`` with uv from ``requirements.lock`` (gunicorn swapped
for 23.0.0 in one, gevent added to both) -- the shipped venv is never touched.
"""

from __future__ import annotations

import os
import re
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from perf import HOST, PORTS, ROOT, _get, nginx, service, wrk  # noqa: E402

CONFIGS: dict[str, tuple[str, tuple[str, ...]]] = {
    "27 gthread 2x4 (shipped)": ("27", ("-k", "gthread", "-w", "2", "--threads", "4")),
    "27 gthread 2x1": ("27", ("-k", "gthread", "-w", "2", "--threads", "1")),
    "27 sync 2": ("27", ("-k", "sync", "-w", "2")),
    "27 gevent 2": ("27", ("-k", "gevent", "-w", "2")),
    "23.0 sync 2": ("23", ("-k", "sync", "-w", "2")),
    "23.0 gthread 2x1": ("23", ("-k", "gthread", "-w", "2", "--threads", "1")),
    "23.0 gevent 2": ("23", ("-k", "gevent", "-w", "2")),
}


def venv(version: str) -> str:
    """A venv with the locked dependencies, gunicorn *version* ("27": as locked) and gevent; its gunicorn."""
    target = ROOT / "build" / "bench" / f"venv-gunicorn{version}"
    exe = target / "bin" / "gunicorn"
    if exe.exists():
        return str(exe)
    uv = str(ROOT / ".venv" / "bin" / "uv")
    lock = (ROOT / "requirements.lock").read_text()
    if version != "27":  # drop the locked gunicorn and its hash lines; hashes off for this throw-away venv
        lock = re.sub(r"^gunicorn==.*\n(?:\s+--hash.*\n)*", "", lock, flags=re.M)
    lock = re.sub(r"\s*\\\n\s+--hash=\S+", "", lock)
    reqs = target.with_suffix(".txt")
    target.parent.mkdir(parents=True, exist_ok=True)
    reqs.write_text(lock)
    subprocess.run([uv, "venv", "-q", "-p", sys.executable, str(target)], check=True)  # nosec B603
    pins = ["gevent"] + ([f"gunicorn=={version}.0.0"] if version != "27" else [])
    env = {**os.environ, "VIRTUAL_ENV": str(target)}
    subprocess.run([uv, "pip", "install", "-q", "-r", str(reqs), *pins], check=True, env=env)  # nosec B603
    return str(exe)


def compare(work: Path, seeds: Path, rounds: int, seconds: int) -> dict[str, dict[str, float]]:
    """Median req/s, p99 and ratio to nginx per configuration, at 64 and 8 connections."""
    exes = {v: venv(v) for v in {"27", "23"}}
    runs: dict[str, list[dict[str, float]]] = {}
    with service(seeds, PORTS["service"], work) as svc:
        body = _get(svc.base + "/figures")[2]
    sub = work / "workers-nginx"
    sub.mkdir()
    with nginx(sub, {"/static0": body}):
        for _ in range(rounds):
            for name, (version, args) in CONFIGS.items():
                with service(seeds, PORTS["alt"], work, exes[version], args) as alt:
                    for conns in (64, 8):
                        ref = wrk(f"http://{HOST}:{PORTS['nginx']}/static0", conns, seconds)
                        got = wrk(alt.base + "/figures", conns, seconds)
                        runs.setdefault(f"{name}|{conns}", []).append(
                            {"rps": got["rps"], "p99": got["p99"], "ratio": got["rps"] / ref["rps"],
                             "errors": got["errors"]})
    table = {k: {m: statistics.median(r[m] for r in v) for m in v[0]} for k, v in runs.items()}
    print(f"\n{'gunicorn config':<34}{'c64 req/s':>11}{'ratio':>7}{'p99 ms':>8}{'c8 req/s':>10}{'ratio':>7}"
          f"{'p99 ms':>8}")
    for name in CONFIGS:
        a, b = table[f"{name}|64"], table[f"{name}|8"]
        print(f"{name:<34}{a['rps']:>11.0f}{a['ratio']:>7.3f}{a['p99']:>8.1f}{b['rps']:>10.0f}{b['ratio']:>7.3f}"
              f"{b['p99']:>8.1f}")
    return table


if __name__ == "__main__":
    with tempfile.TemporaryDirectory(prefix="workers-") as tmp:
        Path(tmp).chmod(0o755)
        compare(Path(tmp), ROOT / "seeds", int(sys.argv[1]) if len(sys.argv) > 1 else 3,
                int(sys.argv[2]) if len(sys.argv) > 2 else 5)
