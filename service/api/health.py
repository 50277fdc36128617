"""/, /livez, /readyz: what the service offers and whether it is up."""

from __future__ import annotations

from typing import Any

from flask import Response, current_app
from flask.views import MethodView

from .. import schemas as s
from .base import FactsBlueprint, current_store

blp = FactsBlueprint("service", __name__, url_prefix="", description="Service index and health.")


@blp.route("/")
class Root(MethodView):
    @blp.etag
    @blp.arguments(s.NoArgs, location="query")
    @blp.response(200, s.RootSchema)
    @blp.doc(operationId="getRoot")
    def get(self, _args: dict[str, Any]) -> Response:
        """Service index

        Links to every resource, the service and extractor versions and the number of articles.
        """
        return blp.send(current_store().root)


@blp.route("/livez")
class Livez(MethodView):
    @blp.arguments(s.NoArgs, location="query")
    @blp.response(200, s.HealthSchema)
    @blp.doc(operationId="getLivez")
    def get(self, _args: dict[str, Any]) -> dict[str, Any]:
        """Liveness

        200 while the process answers requests.
        """
        return {"status": "ok"}


@blp.route("/readyz")
class Readyz(MethodView):
    @blp.arguments(s.NoArgs, location="query")
    @blp.response(200, s.HealthSchema)
    @blp.alt_response(503, response="SERVICE_UNAVAILABLE")
    @blp.doc(operationId="getReadyz")
    def get(self, _args: dict[str, Any]) -> Any:
        """Readiness

        200 once the facts are loaded (they are loaded before the first request is accepted).
        """
        store = current_app.extensions.get("article_facts.store")
        if store is None:
            return {"status": "facts not loaded"}, 503
        return {"status": "ok", "articles": len(current_store().article_ids)}
