"""JSON log lines for gunicorn's access log and the application's own logs.

gunicorn hands its access-log atoms to the formatter as ``record.args`` (a dict);
:class:`AccessFormatter` maps the ones an operator needs to named fields,
including the request id the app echoed in ``X-Request-ID``.
"""

from __future__ import annotations

import logging
from typing import Any, Final

from pythonjsonlogger.json import JsonFormatter

_ACCESS_FIELDS: Final = {
    "h": "remote_addr",
    "m": "method",
    "U": "path",
    "q": "query",
    "s": "status",
    "B": "bytes",
    "M": "duration_ms",
    "a": "user_agent",
    "{x-request-id}o": "request_id",
}


class AccessFormatter(JsonFormatter):
    """One JSON object per request, from gunicorn's access-log atoms."""

    def add_fields(self, log_record: dict[str, Any], record: logging.LogRecord, message_dict: dict[str, Any]) -> None:
        super().add_fields(log_record, record, message_dict)
        atoms = record.args if isinstance(record.args, dict) else {}
        for atom, name in _ACCESS_FIELDS.items():
            value = atoms.get(atom)
            if value not in (None, "-", ""):
                log_record[name] = value
        log_record.pop("message", None)


class RequestIdFilter(logging.Filter):
    """Adds ``request_id`` to application log lines written while a request is handled."""

    def filter(self, record: logging.LogRecord) -> bool:
        if not hasattr(record, "request_id"):
            from flask import g, has_request_context  # here: gunicorn's own logging must not import flask

            if has_request_context() and g.get("request_id"):
                record.request_id = g.request_id
        return True


def logconfig(level: str = "INFO") -> dict[str, Any]:
    """A ``logging.config.dictConfig`` mapping: JSON to stdout for gunicorn and the app."""
    return {
        "version": 1,
        "disable_existing_loggers": False,
        "formatters": {
            "json": {"()": JsonFormatter, "fmt": "%(asctime)s %(levelname)s %(name)s %(message)s",
                     "rename_fields": {"asctime": "time", "levelname": "level", "name": "logger"},
                     "datefmt": "%Y-%m-%dT%H:%M:%S%z"},
            "access": {"()": AccessFormatter, "fmt": "%(asctime)s %(name)s",
                       "rename_fields": {"asctime": "time", "name": "logger"},
                       "datefmt": "%Y-%m-%dT%H:%M:%S%z"},
        },
        "filters": {"request_id": {"()": RequestIdFilter}},
        "handlers": {
            "stdout": {"class": "logging.StreamHandler", "formatter": "json", "stream": "ext://sys.stdout",
                       "filters": ["request_id"]},
            "access": {"class": "logging.StreamHandler", "formatter": "access", "stream": "ext://sys.stdout"},
        },
        "loggers": {
            "gunicorn.error": {"handlers": ["stdout"], "level": level, "propagate": False},
            "gunicorn.access": {"handlers": ["access"], "level": "INFO", "propagate": False},
            "service": {"handlers": ["stdout"], "level": level, "propagate": False},
        },
        "root": {"handlers": ["stdout"], "level": level},
    }
