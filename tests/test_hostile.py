"""Hostile requests in-process: each gets a 4xx problem, nothing internal leaks (live sweep: reliability/)."""

from __future__ import annotations

from pathlib import Path

import pytest
from flask import Flask
from flask.testing import FlaskClient

from service import create_app

ROOT = Path(__file__).resolve().parent.parent
LEAKS = (b"Traceback", b'File "', str(ROOT).encode(), b"site-packages", b"werkzeug")

CASES_HOSTILE = [
    ("10,000 query parameters", "GET", "/figures?" + "&".join(f"p{i}=1" for i in range(10_000)), 400),
    ("10,000 repeats of one parameter", "GET", "/figures?" + "&".join("limit=1" for _ in range(10_000)), 200),
    ("invalid UTF-8 in the path", "GET", "/people/%ff%fe%fd", 404),
    ("invalid UTF-8 in the query", "GET", "/figures?kind=%ff%fe", 400),
    ("invalid UTF-8 in a parameter name", "GET", "/figures?%ff=1", 400),
    ("bad percent-encoding in the path", "GET", "/people/%zz%4", 404),
    ("bad percent-encoding in the query", "GET", "/figures?limit=%zz", 400),
    ("huge limit", "GET", "/figures?limit=" + "9" * 40, 400),
    ("huge offset", "GET", "/figures?offset=" + "9" * 40, 400),
    ("float limit", "GET", "/figures?limit=1e308", 400),
    ("NaN bound", "GET", "/figures?min=nan", 400),
    ("path traversal, encoded", "GET", "/people/..%2f..%2fetc%2fpasswd", 404),
    ("path traversal in static", "GET", "/static/swagger-ui/..%2f..%2fapp.py", 404),
    ("null byte in an id", "GET", "/figures/fig-1%00", 404),
    ("DELETE", "DELETE", "/figures", 405),
    ("PUT", "PUT", "/figures/fig-1", 405),
    ("POST", "POST", "/facts", 405),
    ("PATCH", "PATCH", "/people", 405),
    ("TRACE", "TRACE", "/", 405),
    ("unknown method", "BREW", "/figures", 405),
]


@pytest.mark.parametrize(("name", "method", "url", "status"), CASES_HOSTILE, ids=[c[0] for c in CASES_HOSTILE])
def test_hostile_request_is_a_problem(client: FlaskClient, name: str, method: str, url: str, status: int) -> None:
    """A 4xx problem+json with no stack trace or internal path; 405 keeps Allow (a repeat is just a value)."""
    response = client.open(url, method=method)
    assert response.status_code == status
    if status == 200:
        return
    assert response.mimetype == "application/problem+json"
    assert response.headers["Cache-Control"] == "no-store"
    assert response.headers["X-Content-Type-Options"] == "nosniff"
    for leak in LEAKS:
        assert leak not in response.data, leak
    if status == 405:
        assert "GET" in response.headers["Allow"]


def test_a_crash_is_a_bare_500(monkeypatch: pytest.MonkeyPatch) -> None:
    """An unexpected exception answers a 500 problem without its text or any path."""
    app: Flask = create_app({"TESTING": False, "PROPAGATE_EXCEPTIONS": False})

    def boom(*args: object, **kwargs: object) -> None:
        raise RuntimeError(f"secret detail at {ROOT}/service/store.py")

    monkeypatch.setattr(app.extensions["article_facts.store"].collections["figures"], "page", boom)
    response = app.test_client().get("/figures?kind=money")
    assert response.status_code == 500 and response.mimetype == "application/problem+json"
    assert response.headers["Cache-Control"] == "no-store"
    assert b"secret" not in response.data
    for leak in LEAKS:
        assert leak not in response.data, leak
