"""/people: People named in the articles, with every mention."""

from __future__ import annotations

from typing import Any

from flask import Response
from flask.views import MethodView

from .. import schemas as s
from .base import CACHE_HEADERS, NOT_FOUND, FactsBlueprint, current_store, send_item

blp = FactsBlueprint(
    "people", __name__, url_prefix="/people", description="People named in the articles, with every mention."
)


@blp.route("")
class PersonList(MethodView):
    @blp.etag
    @blp.arguments(s.PersonArgs, location="query", as_kwargs=True)
    @blp.response(200, s.PersonPageSchema, headers=CACHE_HEADERS)
    @blp.doc(operationId="listPeople")
    def get(self, **args: Any) -> Response:
        """List people

        People in order of first mention, searchable by name (q) and title or role (role).
        """
        return blp.send(current_store().collections["people"].page(**args))


@blp.route("/<string(maxlength=200):person_id>")
class PersonItem(MethodView):
    @blp.etag
    @blp.arguments(s.NoArgs, location="query")
    @blp.response(200, s.PersonSchema, headers=CACHE_HEADERS)
    @blp.alt_response(404, response=NOT_FOUND)
    @blp.doc(operationId="getPerson")
    def get(self, _args: dict[str, Any], person_id: str) -> Response:
        """Get a person

        One person by id, with titles, affiliations, every mention and quote count.
        """
        return send_item(blp, "people", person_id)


@blp.route("/<string(maxlength=200):person_id>/quotes")
class PersonQuotes(MethodView):
    @blp.etag
    @blp.arguments(s.PersonQuoteArgs, location="query", as_kwargs=True)
    @blp.response(200, s.QuotePageSchema, headers=CACHE_HEADERS)
    @blp.alt_response(404, response=NOT_FOUND)
    @blp.doc(operationId="listPersonQuotes")
    def get(self, person_id: str, **args: Any) -> Response:
        """List a person's quotes

        The quotes attributed to one person, in text order.
        """
        store = current_store()
        if person_id not in store.collections["people"].by_id:
            return send_item(blp, "people", person_id)  # the 404 problem
        path = f"/people/{person_id}/quotes"
        page = store.collections["quotes"].page(path=path, scope=("speaker_id",), speaker_id=person_id, **args)
        return blp.send(page)
