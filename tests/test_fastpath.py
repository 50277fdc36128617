"""The WSGI fast path answers exactly as Flask does: status, headers and bytes, request by request."""

from __future__ import annotations

import gzip
import re
from typing import Any

import pytest
from flask import Flask
from werkzeug.test import EnvironBuilder, run_wsgi_app

from service import fastpath
from service.fastpath import FastPath

Answer = tuple[str, list[tuple[str, str]], bytes]


def _fast(app: Flask) -> FastPath:
    fast = app.wsgi_app
    assert isinstance(fast, FastPath)
    return fast


def _run(wsgi: Any, url: str, method: str = "GET", headers: dict[str, str] | None = None) -> Answer:
    path, _, query = url.partition("?")
    environ = EnvironBuilder(path=path, query_string=query, method=method, headers=headers or {}).get_environ()
    body_iter, status, got = run_wsgi_app(wsgi, environ, buffered=True)
    return status, sorted(got.items()), b"".join(body_iter)


def _without_request_id(headers: list[tuple[str, str]]) -> list[tuple[str, str]]:
    return [(k, v) for k, v in headers if k != "X-Request-ID"]


def _etag(app: Flask, url: str, encoding: str = "") -> str:
    _, headers, _ = _run(_fast(app), url, headers={"Accept-Encoding": encoding} if encoding else {})
    return dict(headers)["ETag"]


def _speaker(app: Flask) -> str:
    quotes = app.test_client().get("/quotes?limit=100", headers={"Accept-Encoding": "identity"}).json["items"]
    ids = [q["speaker"]["id"] for q in quotes if q.get("speaker", {}).get("id")]
    return ids[0] if ids else "nobody"


def _figure(app: Flask) -> str:
    items = app.test_client().get("/figures?limit=1").json["items"]
    return items[0]["id"] if items else "fig-1"


# (name, url, headers, served by the table): {etag}/{etag_gz}/{speaker}/{figure} are filled in per app.
CASES_REQUESTS: list[tuple[str, str, dict[str, str], bool]] = [
    ("root", "/", {}, True),
    ("figures identity", "/figures", {}, True),
    ("figures gzip", "/figures", {"Accept-Encoding": "gzip, deflate, br"}, True),
    ("figures gzip refused", "/figures", {"Accept-Encoding": "gzip;q=0, identity"}, True),
    ("figures any coding", "/figures", {"Accept-Encoding": "*"}, True),
    ("figures 304", "/figures", {"If-None-Match": "{etag}"}, True),
    ("figures 304 among others", "/figures", {"If-None-Match": '"nope", {etag}'}, True),
    ("figures 304 gzip", "/figures", {"If-None-Match": "{etag_gz}", "Accept-Encoding": "gzip"}, True),
    ("gzip tag, identity client", "/figures", {"If-None-Match": "{etag_gz}"}, True),
    ("weak tag is no match", "/figures", {"If-None-Match": "W/{etag}"}, True),
    ("star matches", "/figures", {"If-None-Match": "*"}, True),
    ("request id echoed", "/figures", {"X-Request-ID": "abc-123.x_Y"}, True),
    ("bad request id replaced", "/figures", {"X-Request-ID": "bad id!"}, True),
    ("filtered", "/quotes?speaker_id={speaker}", {"Accept-Encoding": "gzip"}, True),
    ("paged", "/figures?limit=5&offset=5", {}, True),
    ("item", "/figures/{figure}", {}, True),
    ("facts", "/facts", {"Accept-Encoding": "gzip"}, True),
    ("article", "/article", {}, True),
    ("cors goes to flask", "/figures?limit=3", {"Origin": "https://example.org"}, False),
    ("unknown id", "/figures/nope", {}, False),
    ("bad query", "/figures?limit=abc", {}, False),
    ("unknown path", "/people/..%2f..%2fetc%2fpasswd", {}, False),
    ("health", "/livez", {}, False),
    ("metrics", "/metrics", {}, False),
]


@pytest.mark.parametrize(("name", "url", "headers", "fast"), CASES_REQUESTS, ids=[c[0] for c in CASES_REQUESTS])
def test_fast_path_equals_flask(app: Flask, name: str, url: str, headers: dict[str, str], fast: bool) -> None:
    """Each request gets the same status, headers and body from the table as from Flask itself."""
    values = {"etag": _etag(app, "/figures"), "etag_gz": _etag(app, "/figures", "gzip"),
              "speaker": _speaker(app), "figure": _figure(app)}
    url = url.format(**values)
    headers = {k: v.format(**values) for k, v in headers.items()}
    middleware = _fast(app)
    _run(middleware, url, headers=headers)  # the first answer teaches the table
    path, _, query = url.partition("?")
    assert ((path, query) in middleware.table) is fast
    via_table = _run(middleware, url, headers=headers)
    via_flask = _run(middleware.app, url, headers=headers)
    assert via_table[0] == via_flask[0]
    assert via_table[2] == via_flask[2] or url == "/metrics"  # metrics count the request in between
    if "X-Request-ID" in headers and re.fullmatch(r"[A-Za-z0-9._-]{1,64}", headers["X-Request-ID"]):
        assert via_table[1] == via_flask[1]
    else:
        assert _without_request_id(via_table[1]) == _without_request_id(via_flask[1]) or url == "/metrics"
        assert re.fullmatch(r"[0-9a-f]{32}", dict(via_table[1])["X-Request-ID"])


def test_gzip_variant_has_its_own_etag(app: Flask) -> None:
    """Bodies over 1 KB come gzipped on request, with ETag "<tag>-gzip" and Vary: Accept-Encoding."""
    status, headers, body = _run(_fast(app), "/figures", headers={"Accept-Encoding": "gzip"})
    plain_status, plain_headers, plain = _run(_fast(app), "/figures")
    assert status == plain_status == "200 OK"
    assert len(plain) > 1024
    assert gzip.decompress(body) == plain
    assert dict(headers)["Content-Encoding"] == "gzip"
    assert dict(headers)["ETag"] == dict(plain_headers)["ETag"][:-1] + '-gzip"'
    assert "Accept-Encoding" in dict(headers)["Vary"] and "Accept-Encoding" in dict(plain_headers)["Vary"]
    asked = {"Accept-Encoding": "gzip", "If-None-Match": dict(headers)["ETag"]}
    not_modified = _run(_fast(app), "/figures", headers=asked)
    assert not_modified[0].startswith("304") and not_modified[2] == b""
    assert dict(not_modified[1])["ETag"] == dict(headers)["ETag"]
    assert "Accept-Encoding" in dict(not_modified[1])["Vary"]


def test_small_bodies_are_not_gzipped(app: Flask) -> None:
    """A body under 1 KB is sent as is even to gzip clients."""
    status, headers, body = _run(_fast(app), "/livez", headers={"Accept-Encoding": "gzip"})
    assert status == "200 OK" and "Content-Encoding" not in dict(headers) and body.startswith(b"{")


def test_table_is_bounded(app: Flask, monkeypatch: pytest.MonkeyPatch) -> None:
    """Once full, the table learns nothing more and Flask answers the rest."""
    middleware = _fast(app)
    monkeypatch.setattr(fastpath, "MAX_ENTRIES", len(middleware.table))
    assert _run(middleware, "/figures?offset=7")[0] == "200 OK"
    assert ("/figures", "offset=7") not in middleware.table


def _count(app: Flask, endpoint: str, status: int) -> float:
    text = app.test_client().get("/metrics").get_data(as_text=True)
    pattern = (rf'^article_facts_http_requests_total\{{endpoint="{re.escape(endpoint)}",method="GET",'
               rf'status="{status}"\}} (\S+)$')
    found = re.search(pattern, text, re.M)
    return float(found.group(1)) if found else 0.0


def test_fast_requests_are_counted(app: Flask) -> None:
    """Requests answered from the table appear in /metrics by endpoint and status, like Flask's."""
    middleware = _fast(app)
    _run(middleware, "/dates")
    assert ("/dates", "") in middleware.table
    before, before_304 = _count(app, "/dates", 200), _count(app, "/dates", 304)
    etag = _etag(app, "/dates")
    _run(middleware, "/dates", headers={"If-None-Match": etag})
    assert _count(app, "/dates", 200) == before + 1  # the _etag call
    assert _count(app, "/dates", 304) == before_304 + 1


def test_probes_are_not_counted(app: Flask) -> None:
    """/livez and /readyz stay out of the request metrics."""
    app.test_client().get("/livez")
    response = app.test_client().get("/metrics")
    assert response.mimetype == "text/plain" and response.headers["Cache-Control"] == "no-store"
    assert response.headers["X-Content-Type-Options"] == "nosniff"
    text = response.get_data(as_text=True)
    assert 'endpoint="/livez"' not in text and 'endpoint="/readyz"' not in text
    assert "article_facts_articles" in text and "article_facts_extraction_seconds" in text
