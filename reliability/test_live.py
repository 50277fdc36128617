"""The live service under load, signals, a killed worker and hostile requests (loopback only, bounded)."""

from __future__ import annotations

import json
import os
import signal
import socket
import threading
import time

import pytest

from .conftest import ROOT, Live, get, wrk

LOAD_SECONDS = 20


def _status_5xx(log: str) -> list[str]:
    out = []
    for line in log.splitlines():
        if '"gunicorn.access"' in line:
            record = json.loads(line)
            if str(record.get("status", "")).startswith("5"):
                out.append(line)
    return out


def test_load_64_connections_no_errors_no_restart(live: Live) -> None:
    """20 s at 64 connections: every answer 2xx/3xx, no socket error, the same workers throughout."""
    before = live.workers()
    result = wrk(live.base + "/figures", 64, LOAD_SECONDS)
    print(f"\nload: {result}")
    assert result["requests"] > 0
    assert result["non_2xx_3xx"] == 0 and result["socket_errors"] == 0, result
    assert live.workers() == before, "a worker was restarted under load"
    assert live.log_text().count("Booting worker") == len(before)
    assert not _status_5xx(live.log_text())


def _signal_during_load(live: Live, sig: int, after: float, conns: int, seconds: int) -> dict[str, float]:
    timer = threading.Timer(after, lambda: os.kill(live.proc.pid, sig))
    timer.start()
    try:
        return wrk(live.base + "/figures", conns, seconds)
    finally:
        timer.cancel()


def test_sighup_under_load_fails_no_request(live: Live) -> None:
    """A graceful reload (SIGHUP) in the middle of load: new workers, zero failed requests."""
    before = live.workers()
    result = _signal_during_load(live, signal.SIGHUP, 3.0, 16, 8)
    print(f"\nSIGHUP under load: {result}")
    assert result["non_2xx_3xx"] == 0 and result["socket_errors"] == 0, result
    assert live.workers().isdisjoint(before), "workers were not replaced"
    assert get(live.base + "/figures")[0] == 200


def test_sigterm_exits_cleanly_within_graceful_timeout(live: Live) -> None:
    """SIGTERM while busy: the master exits 0 well within graceful_timeout (20 s)."""
    loader = threading.Thread(target=wrk, args=(live.base + "/figures", 16, 4))
    loader.start()
    time.sleep(1.5)
    took = live.stop(timeout=25)
    loader.join()
    print(f"\nSIGTERM: exited in {took:.2f} s, code {live.proc.returncode}")
    assert live.proc.returncode == 0 and took < 20
    assert "Shutting down: Master" in live.log_text()


def test_kill_9_one_worker_under_load(live: Live) -> None:
    """SIGKILL one worker under load: the master replaces it and the service keeps answering."""
    before = live.workers()
    victim = min(before)
    timer = threading.Timer(3.0, lambda: os.kill(victim, signal.SIGKILL))
    timer.start()
    result = wrk(live.base + "/figures", 64, 8)
    timer.join()
    failed = result["non_2xx_3xx"] + result["socket_errors"]
    print(f"\nkill -9 worker {victim}: {failed:.0f} failed of {result['requests']:.0f} requests ({result})")
    deadline = time.monotonic() + 10
    while len(live.workers()) < len(before) and time.monotonic() < deadline:
        time.sleep(0.1)
    after = live.workers()
    assert victim not in after and len(after) == len(before), (before, after)
    assert get(live.base + "/figures")[0] == 200
    assert failed <= 64, "more failures than the connections in flight on the killed worker"


def _raw(port: int, data: bytes) -> tuple[int, bytes]:
    """Send *data* as is; the status code and body of the answer (0 when the server just closed)."""
    with socket.create_connection(("127.0.0.1", port), timeout=10) as sock:
        sock.sendall(data)
        chunks = []
        try:
            while chunk := sock.recv(65536):
                chunks.append(chunk)
        except (TimeoutError, ConnectionResetError):
            pass
    answer = b"".join(chunks)
    if not answer.startswith(b"HTTP/"):
        return 0, answer
    head, _, body = answer.partition(b"\r\n\r\n")
    return int(head.split(b" ", 2)[1]), body


def _get(target: bytes, *headers: bytes, method: bytes = b"GET") -> bytes:
    return b"%s %s HTTP/1.1\r\nHost: 127.0.0.1\r\n%sConnection: close\r\n\r\n" % (
        method, target, b"".join(h + b"\r\n" for h in headers))


CASES_HOSTILE: list[tuple[str, bytes]] = [
    ("request line over the limit", _get(b"/figures?" + b"a" * 6000)),
    ("10,000 query parameters", _get(b"/figures?" + b"&".join(b"p%d=1" % i for i in range(10_000)))),
    ("too many header fields", _get(b"/figures", *(b"X-H%d: v" % i for i in range(120)))),
    ("header field over the limit", _get(b"/figures", b"X-Big: " + b"v" * 9000)),
    ("invalid UTF-8 in the path", _get(b"/people/%ff%fe%fd")),
    ("raw non-ASCII bytes in the path", _get(b"/people/\xff\xfe")),
    ("invalid UTF-8 in the query", _get(b"/figures?kind=%ff%fe")),
    ("bad percent-encoding in the path", _get(b"/people/%zz%4")),
    ("bad percent-encoding in the query", _get(b"/figures?limit=%zz")),
    ("huge limit", _get(b"/figures?limit=" + b"9" * 40)),
    ("huge offset", _get(b"/figures?offset=" + b"9" * 40)),
    ("negative offset", _get(b"/figures?offset=-99999999999")),
    ("float limit", _get(b"/figures?limit=1e308")),
    ("path traversal, encoded", _get(b"/people/..%2f..%2fetc%2fpasswd")),
    ("path traversal, plain", _get(b"/static/../../etc/passwd")),
    ("path traversal in static", _get(b"/static/swagger-ui/..%2f..%2fapp.py")),
    ("null byte", _get(b"/figures/fig-1%00.json")),
    ("DELETE", _get(b"/figures", method=b"DELETE")),
    ("PUT", _get(b"/figures/fig-1", method=b"PUT")),
    ("POST", _get(b"/facts", method=b"POST")),
    ("TRACE", _get(b"/", method=b"TRACE")),
    ("unknown method", _get(b"/figures", method=b"BREW")),
    ("lower-case method", _get(b"/figures", method=b"get")),
    ("smuggling: both lengths", b"POST /figures HTTP/1.1\r\nHost: x\r\nContent-Length: 4\r\n"
     b"Transfer-Encoding: chunked\r\n\r\n0\r\n\r\n"),
    ("bad content length", b"POST /figures HTTP/1.1\r\nHost: x\r\nContent-Length: -1\r\n\r\n"),
    ("garbage", b"\x16\x03\x01\x02\x00\x01\x00\x01\xfc\x03\x03" + b"\x00" * 64 + b"\r\n\r\n"),
]


@pytest.mark.parametrize(("name", "request_bytes"), CASES_HOSTILE, ids=[c[0] for c in CASES_HOSTILE])
def test_hostile_request_gets_a_4xx(live: Live, name: str, request_bytes: bytes) -> None:
    """Each hostile request gets a 4xx (problem+json from the app, or gunicorn's), nothing internal."""
    status, body = _raw(live.port, request_bytes)
    print(f"\n{name}: {status} {body[:120]!r}")
    assert 400 <= status < 500 or (status == 0 and not body), (status, body[:300])
    for leak in (b"Traceback", b'File "', str(ROOT).encode(), b"site-packages"):
        assert leak not in body
    assert get(live.base + "/readyz")[0] == 200
    assert not _status_5xx(live.log_text())
