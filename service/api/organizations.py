"""/organizations: Organizations named in the articles."""

from __future__ import annotations

from typing import Any

from flask import Response
from flask.views import MethodView

from .. import schemas as s
from .base import CACHE_HEADERS, NOT_FOUND, FactsBlueprint, current_store, send_item

blp = FactsBlueprint(
    "organizations", __name__, url_prefix="/organizations", description="Organizations named in the articles."
)


@blp.route("")
class OrganizationList(MethodView):
    @blp.etag
    @blp.arguments(s.OrganizationArgs, location="query", as_kwargs=True)
    @blp.response(200, s.OrganizationPageSchema, headers=CACHE_HEADERS)
    @blp.doc(operationId="listOrganizations")
    def get(self, **args: Any) -> Response:
        """List organizations

        Organizations in order of first mention, filtered by kind or article.
        """
        return blp.send(current_store().collections["organizations"].page(**args))


@blp.route("/<string(maxlength=200):organization_id>")
class OrganizationItem(MethodView):
    @blp.etag
    @blp.arguments(s.NoArgs, location="query")
    @blp.response(200, s.OrganizationSchema, headers=CACHE_HEADERS)
    @blp.alt_response(404, response=NOT_FOUND)
    @blp.doc(operationId="getOrganization")
    def get(self, _args: dict[str, Any], organization_id: str) -> Response:
        """Get an organization

        One organization by id, with its acronym, aliases and mentions.
        """
        return send_item(blp, "organizations", organization_id)
