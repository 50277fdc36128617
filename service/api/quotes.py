"""/quotes: Direct, partial and reported speech, each with its speaker."""

from __future__ import annotations

from typing import Any

from flask import Response
from flask.views import MethodView

from .. import schemas as s
from .base import CACHE_HEADERS, NOT_FOUND, FactsBlueprint, current_store, send_item

blp = FactsBlueprint(
    "quotes", __name__, url_prefix="/quotes", description="Direct, partial and reported speech, each with its speaker."
)


@blp.route("")
class QuoteList(MethodView):
    @blp.etag
    @blp.arguments(s.QuoteArgs, location="query", as_kwargs=True)
    @blp.response(200, s.QuotePageSchema, headers=CACHE_HEADERS)
    @blp.doc(operationId="listQuotes")
    def get(self, **args: Any) -> Response:
        """List quotes

        Quotes in text order, filtered by kind, speaker or article.
        """
        return blp.send(current_store().collections["quotes"].page(**args))


@blp.route("/<string(maxlength=200):quote_id>")
class QuoteItem(MethodView):
    @blp.etag
    @blp.arguments(s.NoArgs, location="query")
    @blp.response(200, s.QuoteSchema, headers=CACHE_HEADERS)
    @blp.alt_response(404, response=NOT_FOUND)
    @blp.doc(operationId="getQuote")
    def get(self, _args: dict[str, Any], quote_id: str) -> Response:
        """Get a quote

        One quote by id, with its parts, cue, speaker and evidence.
        """
        return send_item(blp, "quotes", quote_id)
