"""flask-smorest, fixed for this API: problem+json errors, 400 for bad queries, ETag on 304.

See ``docs/API.md`` section 2 of the shared design notes: every fix here was found
by schemathesis or an SDK generator against the stock setup.
"""

from __future__ import annotations

import http
from collections.abc import Callable
from typing import Any, Final

import flask_smorest
import marshmallow as ma
import orjson
from flask import Response, current_app, request
from flask_smorest.utils import prepare_response
from webargs.flaskparser import FlaskParser
from werkzeug.exceptions import HTTPException

from ..negotiate import accepts_gzip
from ..openapi import finish
from ..schemas import ProblemSchema
from ..store import Body, FactStore

PROBLEM_JSON: Final = "application/problem+json"
NOT_FOUND: Final = http.HTTPStatus.NOT_FOUND.name
BAD_REQUEST: Final = http.HTTPStatus.BAD_REQUEST.name
CACHE_HEADERS: Final = {
    "Cache-Control": {
        "description": "Facts are immutable for the life of the process: public, max-age=300.",
        "schema": {"type": "string"},
    },
    "X-Request-ID": {"description": "The request id, echoed or generated.", "schema": {"type": "string"}},
}


class StrictParser(FlaskParser):
    """Query parsing that answers 400 (not 422) and rejects unknown parameters."""

    DEFAULT_VALIDATION_STATUS = 400
    DEFAULT_UNKNOWN_BY_LOCATION = {**FlaskParser.DEFAULT_UNKNOWN_BY_LOCATION, "query": ma.RAISE}


class FactsBlueprint(flask_smorest.Blueprint):
    """A blueprint whose 304 carries the ETag (RFC 9110 wants it on 304 too)."""

    ARGUMENTS_PARSER = StrictParser()

    def _check_not_modified(self, etag: str) -> None:
        if request.method in self.METHODS_CHECKING_NOT_MODIFIED and etag in request.if_none_match:
            err = flask_smorest.exceptions.NotModified()
            err.data = {"headers": {"ETag": f'"{etag}"'}}
            raise err

    @staticmethod
    def _generate_etag(etag_data: Any, extra_data: Any = None) -> str:
        """A precomputed tag (a string) is the ETag itself; anything else is hashed as upstream."""
        if isinstance(etag_data, str) and extra_data is None:
            return etag_data
        tag: str = flask_smorest.Blueprint._generate_etag(etag_data, extra_data)
        return tag

    def send(self, body: Body) -> Response:
        """Answer with stored bytes and their precomputed ETag (304 when the client has them).

        Bodies over ~1 KB also have a gzip variant with its own ETag ``<etag>-gzip``; the
        variant follows ``Accept-Encoding`` exactly as the WSGI fast path chooses it.
        """
        if body.gzip is not None and accepts_gzip(request.headers.get("Accept-Encoding", "")):
            self.set_etag(f"{body.etag}-gzip")
            response = Response(body.gzip, mimetype="application/json")
            response.headers["Content-Encoding"] = "gzip"
            return response
        self.set_etag(body.etag)
        return Response(body.data, mimetype="application/json")


class FactsApi(flask_smorest.Api):
    """The Api with problem+json errors for every status, documented and served."""

    ERROR_SCHEMA = ProblemSchema

    def _register_pagination_header(self) -> None:
        """Pages are objects in the body; no X-Pagination header, no unused schema."""

    def _register_responses(self) -> None:
        for status in http.HTTPStatus:
            response: dict[str, Any] = {"description": status.phrase}
            if not (100 <= status < 200) and status not in (204, 304):
                response["schema"] = self.ERROR_SCHEMA
            prepare_response(response, self.spec, PROBLEM_JSON)
            self.spec.components.response(status.name, response, lazy=True)
        default: dict[str, Any] = {"description": "Default error response", "schema": self.ERROR_SCHEMA}
        prepare_response(default, self.spec, PROBLEM_JSON)
        self.spec.components.response("DEFAULT_ERROR", default, lazy=True)

    def handle_http_exception(self, error: HTTPException) -> Response:
        return problem_response(error)

    _spec_json: bytes | None = None

    def spec_document(self) -> dict[str, Any]:
        """The finished document: apispec's output through :func:`service.openapi.finish`."""
        return finish(self.spec.to_dict(), self._app.extensions["article_facts.store"])

    def _openapi_json(self) -> Response:
        """Serve the finished document, built on first use (the stock view serves the raw one)."""
        if self._spec_json is None:
            self._spec_json = orjson.dumps(self.spec_document(), option=orjson.OPT_INDENT_2)
        return Response(self._spec_json, mimetype="application/json")


def problem_response(error: HTTPException) -> Response:
    """RFC 9457 body for any HTTP error; keeps Allow on 405, never shows internals."""
    data = getattr(error, "data", None) or {}
    code = error.code or 500
    if code == 304:
        return Response(status=304, headers=data.get("headers"))
    headers = [(k, v) for k, v in error.get_headers() if k.lower() != "content-type"]
    body: dict[str, Any] = {"type": "about:blank", "title": error.name, "status": code}
    if code >= 500:
        body["detail"] = "The server could not answer; the error was logged."
    elif data.get("message"):
        body["detail"] = str(data["message"])
    elif error.description and code != 404:
        body["detail"] = error.description
    if "messages" in data:  # webargs: {"query": {"limit": [...]}} -> by parameter
        body["errors"] = {k: v for loc in data["messages"].values() for k, v in loc.items()}
        body["detail"] = "Invalid query parameters: " + ", ".join(sorted(body["errors"])) + "."
    elif "errors" in data:
        body["errors"] = data["errors"]
    if code == 404 and not data.get("message"):
        body["detail"] = f"No resource at {request.path}."
    headers += list((data.get("headers") or {}).items())
    return Response(orjson.dumps(body), code, headers, mimetype=PROBLEM_JSON)


def current_store() -> FactStore:
    """The store built at startup."""
    store: FactStore = current_app.extensions["article_facts.store"]
    return store


def abort_problem(code: int, detail: str, errors: dict[str, Any] | None = None) -> None:
    """Raise an HTTP error rendered as problem+json with *detail*."""
    flask_smorest.abort(code, message=detail, **({"errors": errors} if errors else {}))


ViewFunc = Callable[..., Response]


def send_item(blp: FactsBlueprint, kind: str, item_id: str) -> Response:
    """Answer with one stored item, or 404 problem when the id is unknown."""
    body = current_store().collections[kind].by_id.get(item_id)
    if body is None:
        abort_problem(404, f"No {kind} item with id {item_id!r}.")
        raise AssertionError("unreachable")  # abort raises
    return blp.send(body)


def only_article(article_id: str | None) -> str:
    """The article meant: the one given, or the only one loaded (else a 400 naming the choices)."""
    ids = current_store().article_ids
    if article_id is not None:
        return article_id
    if len(ids) == 1:
        return ids[0]
    shown = ", ".join(ids[:10]) + (" ..." if len(ids) > 10 else "")
    abort_problem(400, f"{len(ids)} articles are loaded: choose one with article_id ({shown}).",
                  {"article_id": ["Required when several articles are loaded."]})
    raise AssertionError("unreachable")
