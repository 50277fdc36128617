"""The finished OpenAPI document: named enums, caching documented, examples from the served data.

apispec writes what the routes and schemas say; :func:`finish` then makes three deterministic
passes over that dict before anyone sees it (``openapi.yaml``, ``/openapi.json``,
``/openapi.yaml`` and ``/docs`` all show the same document):

1. every schema carrying ``x-enum-name`` (see ``schemas._enum``) becomes a ``$ref`` to a named
   ``components/schemas/<Name>`` enum, in response schemas and query parameters alike, so SDKs get
   one ``FigureKind`` type instead of an inline enum per use;
2. conditional requests and caching are spelled out: ``ETag``, ``If-None-Match``, ``304`` (with its
   headers), ``Cache-Control`` and ``X-Request-ID`` on every response, problem examples on errors;
3. every success response gets an example taken from the store at generation time: the first item
   of each collection, and the first page (``limit=1``) of each list, exactly as served.

So ``openapi.yaml`` changes when extraction output changes: the drift test then fails on purpose,
and ``python -m service openapi > openapi.yaml`` regenerates it.
"""

from __future__ import annotations

import copy
from collections.abc import Callable, Iterator, Mapping
from typing import Any, Final

import orjson

from .store import Collection, FactStore

Json = dict[str, Any]

TOP_KEYS: Final = ("openapi", "info", "servers", "tags", "paths", "components")
METHODS: Final = ("get", "put", "post", "delete", "options", "head", "patch", "trace")

CONVENTIONS: Final = "\n\n" + " ".join(
    (
        "Conventions: lists are page objects `{items, total, limit, offset, next}` (`limit` 1-100, default 20;",
        "`next` is absent on the last page). Errors are RFC 9457 `application/problem+json`: 400 for malformed",
        "or unknown query parameters (with `errors` keyed by parameter name), 404 for unknown ids, 405 with",
        "`Allow`. Every fact response has a strong `ETag`; send it back in `If-None-Match` and the answer is",
        "`304 Not Modified` without a body. Facts are immutable while the process runs:",
        "`Cache-Control: public, max-age=300` on fact responses (200 and 304); errors and health checks are",
        "`no-store`. `X-Request-ID` is echoed when valid (`^[A-Za-z0-9._-]{1,64}$`) or generated.",
    )
)

HEADERS: Final[Mapping[str, Json]] = {
    "ETAG": {
        "description": (
            "Strong entity tag of this representation (identity and gzip bodies have distinct tags). "
            "Send it back in If-None-Match to revalidate; it changes when the seeds or the extractor "
            "version change."
        ),
        "schema": {"type": "string"},
    },
    "CACHE_CONTROL": {
        "description": "`public, max-age=300` on fact responses (200 and 304); `no-store` on errors and health.",
        "schema": {"type": "string"},
    },
    "X_REQUEST_ID": {
        "description": "The request's X-Request-ID when it matches `^[A-Za-z0-9._-]{1,64}$`, else a generated one.",
        "schema": {"type": "string"},
    },
}
IF_NONE_MATCH: Final[Json] = {
    "name": "If-None-Match",
    "in": "header",
    "description": (
        "ETags from earlier responses. When one matches the current representation, the answer is "
        "304 Not Modified with no body (and the ETag and Cache-Control headers)."
    ),
    "schema": {"type": "string"},
}
NOT_MODIFIED: Final[Json] = {
    "description": "Not Modified: the representation matches If-None-Match; no body.",
    "headers": {
        "ETag": {"$ref": "#/components/headers/ETAG"},
        "Cache-Control": {"$ref": "#/components/headers/CACHE_CONTROL"},
        "X-Request-ID": {"$ref": "#/components/headers/X_REQUEST_ID"},
    },
}

# Problem examples for the shared error responses, in the exact shape api.base.problem_response gives.
PROBLEM_EXAMPLES: Final[Mapping[str, Json]] = {
    "BAD_REQUEST": {
        "type": "about:blank",
        "title": "Bad Request",
        "status": 400,
        "detail": "Invalid query parameters: limit.",
        "errors": {"limit": ["Must be greater than or equal to 1 and less than or equal to 100."]},
    },
    "NOT_FOUND": {
        "type": "about:blank",
        "title": "Not Found",
        "status": 404,
        "detail": "No figures item with id 'fig-0'.",
    },
    "SERVICE_UNAVAILABLE": {
        "type": "about:blank",
        "title": "Service Unavailable",
        "status": 503,
        "detail": "The facts are not loaded yet.",
    },
    "DEFAULT_ERROR": {
        "type": "about:blank",
        "title": "Internal Server Error",
        "status": 500,
        "detail": "The server could not answer; the error was logged.",
    },
}

# Path parameter -> the collection its ids come from.
PATH_PARAMS: Final[Mapping[str, str]] = {
    "article_id": "articles",
    "figure_id": "figures",
    "quote_id": "quotes",
    "person_id": "people",
    "organization_id": "organizations",
    "place_id": "places",
    "date_id": "dates",
}


def finish(raw: Mapping[str, Any], store: FactStore) -> Json:
    """The document apispec generated, finished: enums named, caching documented, examples added."""
    spec: Json = copy.deepcopy(dict(raw))
    _hoist_enums(spec)
    _document_caching(spec)
    _add_examples(spec, store)
    for _path, _method, operation in _operations(spec):
        operation["responses"] = dict(sorted(operation["responses"].items(), key=lambda kv: _status_key(kv[0])))
    return {**{k: spec[k] for k in TOP_KEYS if k in spec}, **spec}


def _status_key(status: str) -> tuple[int, str]:
    return (1, status) if not status.isdigit() else (0, status)


def _operations(spec: Json) -> Iterator[tuple[str, str, Json]]:
    for path, item in spec.get("paths", {}).items():
        for method in METHODS:
            if method in item:
                yield path, method, item[method]


# ---- 1. named enums ---------------------------------------------------------------------


def _hoist_enums(spec: Json) -> None:
    """Replace every schema marked ``x-enum-name`` by a ``$ref`` to one named enum component."""
    named: dict[str, Json] = {}
    _replace_enums(spec, named)
    schemas = spec.setdefault("components", {}).setdefault("schemas", {})
    for name in sorted(named):
        if name in schemas:
            raise ValueError(f"enum {name} clashes with a schema of the same name")
        schemas[name] = named[name]


def _replace_enums(node: Any, named: dict[str, Json]) -> None:
    if isinstance(node, list):
        for child in node:
            _replace_enums(child, named)
        return
    if not isinstance(node, dict):
        return
    for child in node.values():
        _replace_enums(child, named)
    name = node.get("x-enum-name")
    if name is None or not isinstance(name, str):
        return
    enum: Json = {"type": node.get("type", "string"), "enum": node["enum"]}
    if named.setdefault(name, enum) != enum:
        raise ValueError(f"enum {name} is defined with two different value sets")
    rest = {k: v for k, v in node.items() if k not in ("x-enum-name", "type", "enum")}
    node.clear()
    node.update({"$ref": f"#/components/schemas/{name}", **rest})


# ---- 2. conditional requests, caching, headers ------------------------------------------------


def _document_caching(spec: Json) -> None:
    spec["info"]["description"] = spec["info"].get("description", "") + CONVENTIONS
    _reorder(spec["info"], ("title", "version", "description"))
    components = spec.setdefault("components", {})
    components.setdefault("headers", {}).update(copy.deepcopy(dict(HEADERS)))
    components.setdefault("parameters", {})["IF_NONE_MATCH"] = copy.deepcopy(IF_NONE_MATCH)
    responses = components.setdefault("responses", {})
    responses["NOT_MODIFIED"] = copy.deepcopy(NOT_MODIFIED)
    for name, response in responses.items():
        if "content" in response:  # the problem responses
            response["headers"] = _standard_headers()
            _reorder(response, ("description", "headers", "content"))
            problem = response["content"].get("application/problem+json")
            if problem is not None and name in PROBLEM_EXAMPLES:
                problem["example"] = PROBLEM_EXAMPLES[name]
    for _path, _method, operation in _operations(spec):
        for status, response in operation["responses"].items():
            if status.startswith("2") and "$ref" not in response:
                etag = {"ETag": response["headers"]["ETag"]} if "ETag" in response.get("headers", {}) else {}
                response["headers"] = {**etag, **_standard_headers()}
                _reorder(response, ("description", "headers", "content"))


def _reorder(mapping: Json, first: tuple[str, ...]) -> None:
    """Put the keys *first* (those present) at the front of *mapping*, in place."""
    items = {**{k: mapping[k] for k in first if k in mapping}, **mapping}
    mapping.clear()
    mapping.update(items)


def _standard_headers() -> Json:
    return {
        "Cache-Control": {"$ref": "#/components/headers/CACHE_CONTROL"},
        "X-Request-ID": {"$ref": "#/components/headers/X_REQUEST_ID"},
    }


# ---- 3. examples from the store -------------------------------------------------------------


def _add_examples(spec: Json, store: FactStore) -> None:
    examples = _examples(store)
    for path, _method, operation in _operations(spec):
        make = examples.get(operation.get("operationId", ""))
        ok = operation["responses"].get("200", {})
        media = ok.get("content", {}).get("application/json")
        if make is not None and media is not None and (example := make()) is not None:
            media["example"] = example
        for param in spec["paths"][path].get("parameters", []):
            ids = _ids(store, PATH_PARAMS.get(param["name"], ""), speaking=path.endswith("/quotes"))
            if param.get("in") == "path" and ids:
                param["example"] = ids[0]


def _ids(store: FactStore, kind: str, speaking: bool = False) -> list[str]:
    """Ids in *kind* in served order; with *speaking*, people with quotes come first."""
    collection = store.collections.get(kind)
    if collection is None:
        return []
    rows = list(collection.items)
    if speaking:
        rows.sort(key=lambda row: not row.get("quote_count"))  # stable: served order otherwise
    return [str(row["id"]) for row in rows]


def _examples(store: FactStore) -> dict[str, Callable[[], Any]]:
    """operationId -> a function giving its 200 example (None when there is nothing to show)."""
    c = store.collections

    def first(kind: str) -> Callable[[], Any]:
        return lambda: _first(c[kind])

    def page(kind: str) -> Callable[[], Any]:
        return lambda: orjson.loads(c[kind].page(limit=1, offset=0).data)

    def person_quotes() -> Any:
        people = _ids(store, "people", speaking=True)
        if not people:
            return None
        body = c["quotes"].page(limit=1, offset=0, path=f"/people/{people[0]}/quotes", speaker_id=people[0])
        return orjson.loads(body.data)

    examples: dict[str, Callable[[], Any]] = {
        "getRoot": lambda: orjson.loads(store.root.data),
        "getLivez": lambda: {"status": "ok"},
        "getReadyz": lambda: {"status": "ok", "articles": len(store.article_ids)},
        "getTheArticle": first("articles"),
        "getArticle": first("articles"),
        "listArticles": page("articles"),
        "getFacts": lambda: _bundle(store),
        "getArticleFacts": lambda: _bundle(store),
        "listFigureChecks": page("checks"),
        "listPersonQuotes": person_quotes,
    }
    for kind, item_op, list_op in (
        ("figures", "getFigure", "listFigures"),
        ("quotes", "getQuote", "listQuotes"),
        ("people", "getPerson", "listPeople"),
        ("organizations", "getOrganization", "listOrganizations"),
        ("places", "getPlace", "listPlaces"),
        ("dates", "getDate", "listDates"),
    ):
        examples[item_op] = first(kind)
        examples[list_op] = page(kind)
    return examples


def _first(collection: Collection) -> Any:
    """The first item of *collection* exactly as served, or None when it is empty."""
    if not collection.items:
        return None
    return orjson.loads(collection.by_id[collection.items[0]["id"]].data)


def _bundle(store: FactStore) -> Any:
    """The first article's bundle with each fact list cut to its first item (real data, shorter)."""
    if not store.bundles:
        return None
    bundle: Json = orjson.loads(store.bundles[store.article_ids[0]].data)
    return {k: v[:1] if isinstance(v, list) else v for k, v in bundle.items()}


__all__ = ["finish"]
