"""The application factory: config, fact store, API, headers.

Settings come from :data:`DEFAULTS`, then ``ARTICLE_FACTS_*`` environment
variables, then the mapping passed in (tests).  The store is built here, once,
before the first request; a bad seed raises :class:`SeedError` (one line).
"""

from __future__ import annotations

import gc
import re
import uuid
from collections.abc import Mapping
from pathlib import Path
from typing import Any, Final

import yaml
from flask import Flask, Response, g, request

from . import __version__, fastpath, metrics
from .api import BLUEPRINTS
from .api.base import FactsApi
from .extract import EXTRACTOR_VERSION
from .store import DEFAULT_MAX_SEED_BYTES, FactStore, SeedError

ROOT: Final = Path(__file__).resolve().parent.parent
DEFAULTS: Final[Mapping[str, Any]] = {
    "SEEDS_DIR": str(ROOT / "seeds"),
    "MAX_SEED_BYTES": DEFAULT_MAX_SEED_BYTES,
    "CORS_ORIGINS": "",  # comma-separated origins allowed to GET cross-site; off by default
    "API_TITLE": "article-facts",
    "API_VERSION": __version__,
    "OPENAPI_VERSION": "3.1.0",
    "OPENAPI_URL_PREFIX": "/",
    "OPENAPI_JSON_PATH": "openapi.json",
    "OPENAPI_SWAGGER_UI_PATH": "docs",
    "OPENAPI_SWAGGER_UI_URL": "/static/swagger-ui/",
    "API_SPEC_OPTIONS": {
        "info": {
            "description": (
                "Read-only JSON API over facts extracted once, at startup, from the news articles in the "
                "seeds directory: figures, quotes, people, organizations, places and dates, each with "
                "character offsets into the article text as evidence."
            ),
            "contact": {"name": "article-facts maintainers", "url": "https://example.org/article-facts"},
            "license": {"name": "MIT", "identifier": "MIT"},
        },
    },
}

_REQUEST_ID: Final = re.compile(r"^[A-Za-z0-9._-]{1,64}$")
_DOCS_CSP: Final = (
    "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
    "connect-src 'self'; font-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'"
)
_JSON_CSP: Final = "default-src 'none'; frame-ancestors 'none'"
_CACHEABLE: Final = "public, max-age=300"
_UNCACHED_ENDPOINTS: Final = ("service.Livez", "service.Readyz", "prometheus_metrics")
_WARM: Final = ("/", "/article", "/articles", "/facts", "/figures", "/figures/checks", "/quotes", "/people",
                "/organizations", "/places", "/dates")  # learned by the fast path before gunicorn forks


def create_app(config: Mapping[str, Any] | None = None) -> Flask:
    """Build the app and its fact store; raise :class:`SeedError` when the seeds cannot be served."""
    app = Flask(__name__)
    app.config.update(DEFAULTS)
    app.config.from_prefixed_env("ARTICLE_FACTS")
    app.config.update(config or {})
    app.config["DEBUG"] = False  # never in any shipped configuration
    app.json.sort_keys = False  # type: ignore[attr-defined]

    try:
        max_bytes = int(app.config["MAX_SEED_BYTES"])
    except (TypeError, ValueError):
        raise SeedError(f"MAX_SEED_BYTES must be an integer, not {app.config['MAX_SEED_BYTES']!r}") from None
    store = FactStore.from_dir(Path(str(app.config["SEEDS_DIR"])), max_bytes)
    app.extensions["article_facts.store"] = store

    api = FactsApi(app)
    for blp in BLUEPRINTS:
        api.register_blueprint(blp)
    app.extensions["article_facts.api"] = api
    _add_spec_yaml(app, api)
    _add_headers(app)
    metrics.install(app, store)
    fastpath.install(app, _REQUEST_ID, _WARM)
    gc.freeze()  # preloaded workers then share the store's pages instead of copying them
    return app


def spec_dict(api: FactsApi) -> dict[str, Any]:
    """The finished OpenAPI document (named enums, caching, seed examples: see :mod:`service.openapi`)."""
    return api.spec_document()


def spec_yaml(api: FactsApi) -> str:
    """The OpenAPI document as YAML: the one writer for openapi.yaml and /openapi.yaml."""
    return yaml.safe_dump(spec_dict(api), sort_keys=False, allow_unicode=True)


def _add_spec_yaml(app: Flask, api: FactsApi) -> None:
    built: list[bytes] = []  # on first use: emitting the YAML costs ~0.2 s, a third of the cold start

    @app.get("/openapi.yaml")
    def openapi_yaml() -> Response:
        if not built:
            built.append(spec_yaml(api).encode())
        return Response(built[0], mimetype="application/yaml")


def _request_id() -> str:
    """The client's X-Request-ID when well-formed, else a new one (the fast path applies the same rule)."""
    given = request.headers.get("X-Request-ID", "")
    return given if _REQUEST_ID.match(given) else uuid.uuid4().hex


def _add_headers(app: Flask) -> None:
    @app.before_request
    def request_id() -> None:
        g.request_id = _request_id()  # before the view: application log lines carry it too (service.logs)

    origins = tuple(o.strip() for o in str(app.config["CORS_ORIGINS"]).split(",") if o.strip())

    @app.after_request
    def headers(response: Response) -> Response:
        response.headers["X-Request-ID"] = g.get("request_id") or _request_id()
        response.headers["X-Content-Type-Options"] = "nosniff"
        response.headers["Referrer-Policy"] = "no-referrer"
        response.headers["X-Frame-Options"] = "DENY"
        response.headers["X-Service-Version"] = __version__
        response.headers["X-Extractor-Version"] = EXTRACTOR_VERSION
        is_docs = request.path.startswith(("/docs", "/static/"))
        response.headers["Content-Security-Policy"] = _DOCS_CSP if is_docs else _JSON_CSP
        ok = response.status_code in (200, 304)
        cacheable = ok and request.endpoint not in _UNCACHED_ENDPOINTS and not is_docs
        response.headers["Cache-Control"] = _CACHEABLE if cacheable else "no-store"
        if cacheable:
            response.vary.add("Accept-Encoding")  # bodies over ~1 KB have a gzip variant
        origin = request.headers.get("Origin")
        if origin and ("*" in origins or origin in origins) and request.method in ("GET", "HEAD"):
            response.headers["Access-Control-Allow-Origin"] = "*" if "*" in origins else origin
            response.vary.add("Origin")
        return response


__all__ = ["DEFAULTS", "SeedError", "create_app", "spec_dict", "spec_yaml"]
