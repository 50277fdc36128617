"""JSON log lines: access lines from gunicorn's atoms, application lines carrying the request id."""

from __future__ import annotations

import json
import logging

from flask import Flask

from service.logs import AccessFormatter, RequestIdFilter, logconfig


def _formatter(kind: str) -> logging.Formatter:
    spec = dict(logconfig()["formatters"][kind])
    factory = spec.pop("()")
    formatter: logging.Formatter = factory(**spec)
    return formatter


def test_application_line_carries_the_request_id(app: Flask) -> None:
    """A line logged while a request is handled has the same request_id the response echoes."""
    with app.test_request_context("/figures", headers={"X-Request-ID": "trace-42"}):
        app.preprocess_request()
        record = logging.LogRecord("service.app", logging.ERROR, __file__, 1, "boom", (), None)
        assert RequestIdFilter().filter(record)
    line = json.loads(_formatter("json").format(record))
    assert line["request_id"] == "trace-42" and line["message"] == "boom" and line["level"] == "ERROR"


def test_generated_request_id_is_logged_and_echoed(app: Flask) -> None:
    """Without a usable X-Request-ID the generated one is both logged and sent back."""
    with app.test_request_context("/figures", headers={"X-Request-ID": "not valid!"}):
        app.preprocess_request()
        record = logging.LogRecord("service.app", logging.INFO, __file__, 1, "hello", (), None)
        RequestIdFilter().filter(record)
        response = app.process_response(app.make_response(("{}", 200)))
    assert len(record.request_id) == 32 and response.headers["X-Request-ID"] == record.request_id


def test_outside_a_request_no_request_id() -> None:
    """gunicorn's own lines (no request context) pass unchanged."""
    record = logging.LogRecord("gunicorn.error", logging.INFO, __file__, 1, "Booting worker", (), None)
    assert RequestIdFilter().filter(record) and not hasattr(record, "request_id")


def test_access_line_fields() -> None:
    """gunicorn's access atoms become named fields; '-' and empty atoms are left out."""
    atoms = {"h": "127.0.0.1", "m": "GET", "U": "/figures", "q": "", "s": "200", "B": 1645, "M": 0,
             "a": "curl/8", "{x-request-id}o": "abc"}
    record = logging.LogRecord("gunicorn.access", logging.INFO, __file__, 1, "%(h)s", (), None)
    record.args = atoms
    line = json.loads(_formatter("access").format(record))
    assert isinstance(_formatter("access"), AccessFormatter)
    assert line["request_id"] == "abc" and line["status"] == "200" and line["path"] == "/figures"
    assert "query" not in line and "message" not in line
