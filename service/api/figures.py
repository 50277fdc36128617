"""/figures: numbers found in the articles, and the arithmetic checks of stated changes."""

from __future__ import annotations

from typing import Any

from flask import Response
from flask.views import MethodView

from .. import schemas as s
from .base import CACHE_HEADERS, NOT_FOUND, FactsBlueprint, current_store, send_item

blp = FactsBlueprint("figures", __name__, url_prefix="/figures", description="Numbers found in the articles.")


@blp.route("")
class Figures(MethodView):
    @blp.etag
    @blp.arguments(s.FigureArgs, location="query", as_kwargs=True)
    @blp.response(200, s.FigurePageSchema, headers=CACHE_HEADERS)
    @blp.doc(operationId="listFigures")
    def get(self, **args: Any) -> Response:
        """List figures

        Money, percentages, percentage points, counts, quantities and ranks in text order,
        filtered by kind, unit, value range or article.
        """
        return blp.send(current_store().collections["figures"].page(**args))


@blp.route("/checks")
class FigureChecks(MethodView):
    @blp.etag
    @blp.arguments(s.ArticleFilterArgs, location="query", as_kwargs=True)
    @blp.response(200, s.CheckPageSchema, headers=CACHE_HEADERS)
    @blp.doc(operationId="listFigureChecks")
    def get(self, **args: Any) -> Response:
        """List arithmetic checks

        For every stated change tied to two amounts, the change computed from the amounts and
        whether the stated figure agrees within rounding.
        """
        return blp.send(current_store().collections["checks"].page(**args))


@blp.route("/<string(maxlength=200):figure_id>")
class Figure(MethodView):
    @blp.etag
    @blp.arguments(s.NoArgs, location="query")
    @blp.response(200, s.FigureSchema, headers=CACHE_HEADERS)
    @blp.alt_response(404, response=NOT_FOUND)
    @blp.doc(operationId="getFigure")
    def get(self, _args: dict[str, Any], figure_id: str) -> Response:
        """Get a figure

        One figure by id, with its relations, check and evidence.
        """
        return send_item(blp, "figures", figure_id)
