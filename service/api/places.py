"""/places: Countries, cities, regions and features named in the articles."""

from __future__ import annotations

from typing import Any

from flask import Response
from flask.views import MethodView

from .. import schemas as s
from .base import CACHE_HEADERS, NOT_FOUND, FactsBlueprint, current_store, send_item

blp = FactsBlueprint(
    "places", __name__, url_prefix="/places", description="Countries, cities, regions and features in the articles."
)


@blp.route("")
class PlaceList(MethodView):
    @blp.etag
    @blp.arguments(s.PlaceArgs, location="query", as_kwargs=True)
    @blp.response(200, s.PlacePageSchema, headers=CACHE_HEADERS)
    @blp.doc(operationId="listPlaces")
    def get(self, **args: Any) -> Response:
        """List places

        Places in order of first mention, filtered by kind or article.
        """
        return blp.send(current_store().collections["places"].page(**args))


@blp.route("/<string(maxlength=200):place_id>")
class PlaceItem(MethodView):
    @blp.etag
    @blp.arguments(s.NoArgs, location="query")
    @blp.response(200, s.PlaceSchema, headers=CACHE_HEADERS)
    @blp.alt_response(404, response=NOT_FOUND)
    @blp.doc(operationId="getPlace")
    def get(self, _args: dict[str, Any], place_id: str) -> Response:
        """Get a place

        One place by id, with its ISO code and every mention and its role.
        """
        return send_item(blp, "places", place_id)
