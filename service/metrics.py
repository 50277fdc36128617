"""Prometheus metrics: request counts and latencies by endpoint and status, startup gauges, ``/metrics``.

Requests are observed in one place, :class:`service.fastpath.FastPath`, for both the precomputed fast
path and Flask, so the two paths count the same way. Under gunicorn ``PROMETHEUS_MULTIPROC_DIR`` is set
(``gunicorn.conf.py`` falls back to a temporary directory) and ``/metrics`` sums every worker's files
(``GunicornInternalPrometheusMetrics``); without it (tests, the CLI) the process's own registry is served.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Callable
from typing import Final

from flask import Flask
from prometheus_client import Counter, Gauge, Histogram
from prometheus_flask_exporter import PrometheusMetrics
from prometheus_flask_exporter.multiprocess import GunicornInternalPrometheusMetrics

from .store import FactStore

METRICS_PATH: Final = "/metrics"
UNTRACKED: Final = frozenset({"/livez", "/readyz"})  # probes would drown the request series
UNMATCHED: Final = "unmatched"  # the endpoint label of a request no route matched (404, 405, hostile paths)
_METHODS: Final = frozenset({"GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS", "TRACE", "CONNECT"})
_LABELS: Final = ("method", "endpoint", "status")

REQUESTS: Final = Counter(
    "article_facts_http_requests", "HTTP requests answered, by method, endpoint (route) and status.", _LABELS
)
LATENCY: Final = Histogram(
    "article_facts_http_request_duration_seconds",
    "Time from the request reaching the app to the response being ready, by method, endpoint and status.",
    _LABELS,
    buckets=(0.0002, 0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5),
)
ARTICLES: Final = Gauge("article_facts_articles", "Articles loaded at startup.", multiprocess_mode="livemax")
EXTRACTION: Final = Gauge(
    "article_facts_extraction_seconds",
    "Seconds spent reading, extracting, validating and serializing every seed at startup.",
    multiprocess_mode="livemax",
)

Observer = Callable[[float], None]
_observers: dict[tuple[str, str, int], Observer] = {}
_lock = threading.Lock()


def observer(method: str, endpoint: str, status: int) -> Observer:
    """A function recording one request's duration; label children are resolved once per key."""
    key = (method if method in _METHODS else "other", endpoint, status)
    found = _observers.get(key)
    if found is None:
        hist = LATENCY.labels(*key[:2], str(status))
        count = REQUESTS.labels(*key[:2], str(status))

        def found(seconds: float) -> None:
            hist.observe(seconds)
            count.inc()

        with _lock:
            _observers[key] = found
    return found


def publish(store: FactStore) -> None:
    """Set the startup gauges (again in each gunicorn worker: a fork starts its own metric files)."""
    ARTICLES.set(len(store.article_ids))
    EXTRACTION.set(store.load_seconds)


def install(app: Flask, store: FactStore) -> None:
    """Serve ``/metrics`` on *app* (no default per-request metrics: :mod:`service.fastpath` records them)."""
    if os.environ.get("PROMETHEUS_MULTIPROC_DIR"):
        GunicornInternalPrometheusMetrics(app, export_defaults=False)
    else:
        PrometheusMetrics(app, export_defaults=False)
    publish(store)


__all__ = ["METRICS_PATH", "UNMATCHED", "UNTRACKED", "install", "observer", "publish"]
