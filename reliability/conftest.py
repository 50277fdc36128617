"""The live service for the reliability stage: the production command on a loopback port.

Run by ``.ci/reliability`` (not part of the default test run: it takes about two minutes).
Every request goes to 127.0.0.1; every load is bounded by wrk's duration.
"""

from __future__ import annotations

import os
import re
import signal
import socket
import subprocess
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
GUNICORN = ROOT / ".venv" / "bin" / "gunicorn"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port: int = s.getsockname()[1]
        return port


def get(url: str, timeout: float = 5.0) -> tuple[int, bytes]:
    try:
        with urllib.request.urlopen(url, timeout=timeout) as resp:  # nosec B310 (loopback)
            return int(resp.status), resp.read()
    except urllib.error.HTTPError as err:
        return err.code, err.read()


def children(pid: int) -> set[int]:
    found: set[int] = set()
    for task in Path(f"/proc/{pid}/task").iterdir():
        found |= {int(c) for c in (task / "children").read_text().split()}
    return found


@dataclass
class Live:
    proc: subprocess.Popen[bytes]
    base: str
    port: int
    log: Path

    def workers(self) -> set[int]:
        return children(self.proc.pid)

    def log_text(self) -> str:
        return self.log.read_text(errors="replace")

    def stop(self, timeout: float = 30.0) -> float:
        """SIGTERM; the seconds the master took to exit."""
        started = time.monotonic()
        self.proc.send_signal(signal.SIGTERM)
        self.proc.wait(timeout)
        return time.monotonic() - started


def start(tmp: Path, seeds: Path | None = None, wait: float = 60.0) -> Live:
    """The Dockerfile's command (``gunicorn -c gunicorn.conf.py "service:create_app()"``) on a free port."""
    port = free_port()
    env = {**os.environ, "PORT": str(port), "HOST": "127.0.0.1"}
    env.pop("PROMETHEUS_MULTIPROC_DIR", None)
    if seeds is not None:
        env["ARTICLE_FACTS_SEEDS_DIR"] = str(seeds)
    log = tmp / f"gunicorn-{port}.log"
    with log.open("wb") as out:
        proc = subprocess.Popen(  # nosec B603 (fixed argv)
            [str(GUNICORN), "-c", "gunicorn.conf.py", "service:create_app()"], cwd=ROOT, env=env,
            stdout=out, stderr=subprocess.STDOUT,
        )
    live = Live(proc, f"http://127.0.0.1:{port}", port, log)
    deadline = time.monotonic() + wait
    while time.monotonic() < deadline and proc.poll() is None:
        try:
            if get(live.base + "/readyz", timeout=1)[0] == 200 and len(live.workers()) >= 2:
                return live
        except OSError:
            pass
        time.sleep(0.05)
    return live  # not ready: the caller asserts on proc and log


@pytest.fixture
def live(tmp_path: Path) -> Iterator[Live]:
    """A running service; stopped (and checked for a clean exit) afterwards."""
    service = start(tmp_path)
    assert service.proc.poll() is None, service.log_text()[-3000:]
    yield service
    if service.proc.poll() is None:
        service.stop()


_UNITS = {"us": 1e-3, "ms": 1.0, "s": 1e3}


def wrk(url: str, conns: int, seconds: int, *extra: str) -> dict[str, float]:
    """wrk against *url*: req/s, p99 ms, and failures (non-2xx/3xx plus socket errors)."""
    out = subprocess.run(  # nosec B603 B607
        ["wrk", "-t2", f"-c{conns}", f"-d{seconds}s", "--latency", *extra, url],
        capture_output=True, text=True, check=True,
    ).stdout
    found = re.search(r"^\s+99%\s+([\d.]+)(us|ms|s)", out, re.M)
    errors = re.search(r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", out)
    non_2xx = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
    total = re.search(r"(\d+) requests in", out)
    return {
        "requests": float(total.group(1)) if total else 0.0,
        "rps": float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1)),  # type: ignore[union-attr]
        "p99_ms": float(found.group(1)) * _UNITS[found.group(2)] if found else float("nan"),
        "socket_errors": float(sum(int(g) for g in errors.groups())) if errors else 0.0,
        "non_2xx_3xx": float(non_2xx.group(1)) if non_2xx else 0.0,
    }
