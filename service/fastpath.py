"""A WSGI fast path in front of Flask for GETs of precomputed, cacheable resources.

Facts are immutable for the life of the process, so a cacheable answer (``200`` with
``Cache-Control: public``) depends only on the path, the query string, whether the client takes
gzip and its ``If-None-Match``. The first time Flask gives such an answer for a path and exact query
string, :class:`FastPath` asks Flask (in-process, no socket) for the four variants -- identity and gzip,
each as ``200`` and as ``304`` -- and keeps their status lines, header lists and bytes. Later GETs of
that URL are answered from the table: same status, same headers (security headers, Cache-Control,
Vary, versions, ETag), same bytes; only ``X-Request-ID`` is echoed or generated per request, by the
same rule as Flask's. Anything else (other methods, CORS requests with ``Origin``, unknown URLs,
errors, health, docs, metrics) goes to Flask unchanged. Both paths are timed and counted here, with
the same labels (:mod:`service.metrics`); gunicorn's access log sees both alike.
"""

from __future__ import annotations

import io
import re
import time
import uuid
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING, Any, Final

from flask import Flask, Response, request
from werkzeug.datastructures import ETags
from werkzeug.http import parse_etags, unquote_etag

from . import metrics
from .negotiate import accepts_gzip

if TYPE_CHECKING:
    from _typeshed.wsgi import StartResponse, WSGIApplication, WSGIEnvironment

ROUTE_KEY: Final = "article_facts.route"  # environ key: the route rule Flask matched, for metric labels
MAX_ENTRIES: Final = 4096  # learned URLs per worker; bounded against hostile query strings
MAX_BYTES: Final = 64 * 1024 * 1024  # and their bodies
_STRIPPED: Final = ("HTTP_ACCEPT_ENCODING", "HTTP_IF_NONE_MATCH", "HTTP_X_REQUEST_ID", "HTTP_ORIGIN")

Headers = list[tuple[str, str]]


@dataclass(frozen=True, slots=True)
class Variant:
    """One encoding of one URL: the 200 and the 304, as Flask answered them (minus X-Request-ID)."""

    etag: str  # unquoted, as flask-smorest compares it with If-None-Match
    etag_header: str  # quoted, as sent: a client echoing it exactly skips parsing If-None-Match
    status: str
    headers: Headers
    body: bytes
    status_304: str
    headers_304: Headers
    observe: metrics.Observer
    observe_304: metrics.Observer


@dataclass(frozen=True, slots=True)
class Entry:
    identity: Variant
    gzip: Variant | None  # None when Flask sends identity bytes even to gzip clients (small bodies)


@lru_cache(maxsize=256)
def _etags(header: str) -> ETags:
    return parse_etags(header)


def _status_code(status: str) -> int:
    head = status.split(" ", 1)[0]
    return int(head) if head.isdigit() else 500


class FastPath:
    """WSGI middleware: precomputed answers for known URLs, Flask for everything else."""

    def __init__(self, app: WSGIApplication, request_id: re.Pattern[str]) -> None:
        self.app = app  # Flask's own wsgi_app
        self.request_id = request_id
        self.table: dict[tuple[str, str], Entry] = {}
        self.table_bytes = 0

    def __call__(self, environ: WSGIEnvironment, start_response: StartResponse) -> Iterable[bytes]:
        started = time.perf_counter()
        if environ["REQUEST_METHOD"] == "GET" and "HTTP_ORIGIN" not in environ:
            entry = self.table.get((environ.get("PATH_INFO", ""), environ.get("QUERY_STRING", "")))
            if entry is not None:
                return self._answer(entry, environ, start_response, started)
        return self._delegate(environ, start_response, started)

    def _answer(
        self, entry: Entry, environ: WSGIEnvironment, start_response: StartResponse, started: float
    ) -> Iterable[bytes]:
        variant = entry.identity
        if entry.gzip is not None and accepts_gzip(environ.get("HTTP_ACCEPT_ENCODING", "")):
            variant = entry.gzip
        given = environ.get("HTTP_X_REQUEST_ID", "")
        rid = given if self.request_id.match(given) else uuid.uuid4().hex
        match = environ.get("HTTP_IF_NONE_MATCH")
        if match and (match == variant.etag_header or variant.etag in _etags(match)):
            start_response(variant.status_304, [*variant.headers_304, ("X-Request-ID", rid)])
            variant.observe_304(time.perf_counter() - started)
            return []
        start_response(variant.status, [*variant.headers, ("X-Request-ID", rid)])
        variant.observe(time.perf_counter() - started)
        return [variant.body]

    def _delegate(
        self, environ: WSGIEnvironment, start_response: StartResponse, started: float
    ) -> Iterable[bytes]:
        seen: list[tuple[str, Headers]] = []

        def capture(status: str, headers: Headers, exc_info: Any = None) -> Callable[[bytes], object]:
            seen.append((status, headers))
            return start_response(status, headers, exc_info)

        result = self.app(environ, capture)
        status, headers = seen[-1] if seen else ("500 INTERNAL SERVER ERROR", [])
        route = environ.get(ROUTE_KEY, metrics.UNMATCHED)
        if route not in metrics.UNTRACKED:
            method = environ.get("REQUEST_METHOD", "")
            metrics.observer(method, route, _status_code(status))(time.perf_counter() - started)
        if environ["REQUEST_METHOD"] == "GET" and "HTTP_ORIGIN" not in environ and _cacheable(status, headers):
            self.learn(environ.get("PATH_INFO", ""), environ.get("QUERY_STRING", ""), environ)
        return result

    def learn(self, path: str, query: str, template: WSGIEnvironment) -> bool:
        """Ask Flask for the four variants of a cacheable URL and keep them; False if it is not cacheable."""
        if len(self.table) >= MAX_ENTRIES or self.table_bytes >= MAX_BYTES or (path, query) in self.table:
            return False
        base = {k: v for k, v in template.items() if k not in _STRIPPED and k != ROUTE_KEY}
        base.update(PATH_INFO=path, QUERY_STRING=query, REQUEST_METHOD="GET")
        identity = self._variant(base, {})
        if identity is None:
            return False
        packed = self._variant(base, {"HTTP_ACCEPT_ENCODING": "gzip"})
        if packed is None:
            return False
        gzip = packed if ("Content-Encoding", "gzip") in packed.headers else None
        self.table[(path, query)] = Entry(identity, gzip)
        self.table_bytes += len(identity.body) + (len(gzip.body) if gzip else 0)
        return True

    def _variant(self, base: dict[str, Any], extra: dict[str, str]) -> Variant | None:
        status, headers, body, route = self._call({**base, **extra})
        etag = next((v for k, v in headers if k == "ETag"), None)
        if not status.startswith("200 ") or not _cacheable(status, headers) or etag is None:
            return None
        tag = unquote_etag(etag)[0]
        status_304, headers_304, _, _ = self._call({**base, **extra, "HTTP_IF_NONE_MATCH": etag})
        if not status_304.startswith("304 "):
            return None
        code = _status_code(status)
        return Variant(
            etag=tag,
            etag_header=etag,
            status=status,
            headers=headers,
            body=body,
            status_304=status_304,
            headers_304=headers_304,
            observe=metrics.observer("GET", route, code),
            observe_304=metrics.observer("GET", route, 304),
        )

    def _call(self, environ: dict[str, Any]) -> tuple[str, Headers, bytes, str]:
        """Run Flask on a synthetic request; X-Request-ID is left out of the headers kept."""
        environ["wsgi.input"] = io.BytesIO(b"")
        seen: list[tuple[str, Headers]] = []

        def capture(status: str, headers: Headers, exc_info: Any = None) -> Callable[[bytes], object]:
            seen.append((status, headers))
            return lambda data: None

        result = self.app(environ, capture)
        try:
            body = b"".join(result)
        finally:
            close = getattr(result, "close", None)
            if close is not None:
                close()
        status, headers = seen[-1]
        kept = [(k, v) for k, v in headers if k.lower() != "x-request-id"]
        return status, kept, body, str(environ.get(ROUTE_KEY, metrics.UNMATCHED))


def _cacheable(status: str, headers: Headers) -> bool:
    return status.startswith("200 ") and any(k == "Cache-Control" and "public" in v for k, v in headers)


def install(app: Flask, request_id: re.Pattern[str], warm: Iterable[str] = ()) -> FastPath:
    """Put a :class:`FastPath` in front of *app*; learn the *warm* URLs now (before gunicorn forks)."""

    @app.after_request
    def remember_route(response: Response) -> Response:
        request.environ[ROUTE_KEY] = request.url_rule.rule if request.url_rule else metrics.UNMATCHED
        return response

    fast = FastPath(app.wsgi_app, request_id)
    app.wsgi_app = fast  # type: ignore[method-assign]
    template: dict[str, Any] = {
        "SERVER_NAME": "localhost",
        "SERVER_PORT": "80",
        "SERVER_PROTOCOL": "HTTP/1.1",
        "SCRIPT_NAME": "",
        "wsgi.url_scheme": "http",
        "wsgi.errors": io.StringIO(),
        "wsgi.multithread": True,
        "wsgi.multiprocess": True,
        "wsgi.run_once": False,
        "wsgi.version": (1, 0),
    }
    for url in warm:
        path, _, query = url.partition("?")
        fast.learn(path, query, template)
    app._got_first_request = False  # the warm-up was not the app's first request: setup stays open
    return fast


__all__ = ["ROUTE_KEY", "Entry", "FastPath", "Variant", "install"]
