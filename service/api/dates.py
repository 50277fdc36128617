"""/dates: Dates, normalized against the dateline."""

from __future__ import annotations

from typing import Any

from flask import Response
from flask.views import MethodView

from .. import schemas as s
from .base import CACHE_HEADERS, NOT_FOUND, FactsBlueprint, current_store, send_item

blp = FactsBlueprint("dates", __name__, url_prefix="/dates", description="Dates, normalized against the dateline.")


@blp.route("")
class DateList(MethodView):
    @blp.etag
    @blp.arguments(s.DateArgs, location="query", as_kwargs=True)
    @blp.response(200, s.DatePageSchema, headers=CACHE_HEADERS)
    @blp.doc(operationId="listDates")
    def get(self, **args: Any) -> Response:
        """List dates

        The timeline: every date expression, sorted by the date it means.
        """
        return blp.send(current_store().collections["dates"].page(**args))


@blp.route("/<string(maxlength=200):date_id>")
class DateItem(MethodView):
    @blp.etag
    @blp.arguments(s.NoArgs, location="query")
    @blp.response(200, s.DateSchema, headers=CACHE_HEADERS)
    @blp.alt_response(404, response=NOT_FOUND)
    @blp.doc(operationId="getDate")
    def get(self, _args: dict[str, Any], date_id: str) -> Response:
        """Get a date

        One date expression by id, with its normalized value and granularity.
        """
        return send_item(blp, "dates", date_id)
