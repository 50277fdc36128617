"""/article, /articles: the article itself (headline, dateline, paragraphs, captions) and its fact bundle."""

from __future__ import annotations

from typing import Any

from flask import Response
from flask.views import MethodView

from .. import schemas as s
from .base import BAD_REQUEST, CACHE_HEADERS, NOT_FOUND, FactsBlueprint, current_store, only_article, send_item

blp = FactsBlueprint("articles", __name__, url_prefix="", description="The articles and their structure.")


@blp.route("/article")
class SingleArticle(MethodView):
    @blp.etag
    @blp.arguments(s.FactsArgs, location="query", as_kwargs=True)
    @blp.response(200, s.ArticleSchema, headers=CACHE_HEADERS)
    @blp.alt_response(400, response=BAD_REQUEST)
    @blp.alt_response(404, response=NOT_FOUND)
    @blp.doc(operationId="getTheArticle")
    def get(self, article_id: str | None = None) -> Response:
        """Get the article

        The loaded article: headline, section, publication time, dateline, byline, body paragraphs
        (the lead is paragraph 1) and photo captions, each with offsets; page furniture removed.
        With several articles loaded, name one with article_id.
        """
        return send_item(blp, "articles", only_article(article_id))


@blp.route("/articles")
class Articles(MethodView):
    @blp.etag
    @blp.arguments(s.PageArgs, location="query", as_kwargs=True)
    @blp.response(200, s.ArticlePageSchema, headers=CACHE_HEADERS)
    @blp.doc(operationId="listArticles")
    def get(self, **args: Any) -> Response:
        """List articles

        Every loaded article (one per seed file), in file name order.
        """
        return blp.send(current_store().articles.page(**args))


@blp.route("/articles/<string(maxlength=200):article_id>")
class ArticleItem(MethodView):
    @blp.etag
    @blp.arguments(s.NoArgs, location="query")
    @blp.response(200, s.ArticleSchema, headers=CACHE_HEADERS)
    @blp.alt_response(404, response=NOT_FOUND)
    @blp.doc(operationId="getArticle")
    def get(self, _args: dict[str, Any], article_id: str) -> Response:
        """Get an article

        One article by id (its seed file's stem).
        """
        return send_item(blp, "articles", article_id)


@blp.route("/articles/<string(maxlength=200):article_id>/facts")
class ArticleFacts(MethodView):
    @blp.etag
    @blp.arguments(s.NoArgs, location="query")
    @blp.response(200, s.FactBundleSchema, headers=CACHE_HEADERS)
    @blp.alt_response(404, response=NOT_FOUND)
    @blp.doc(operationId="getArticleFacts")
    def get(self, _args: dict[str, Any], article_id: str) -> Response:
        """Get an article's facts

        The whole fact bundle of one article: the article and its figures, quotes, people,
        organizations, places and dates.
        """
        return send_bundle(article_id)


@blp.route("/facts")
class Facts(MethodView):
    @blp.etag
    @blp.arguments(s.FactsArgs, location="query", as_kwargs=True)
    @blp.response(200, s.FactBundleSchema, headers=CACHE_HEADERS)
    @blp.alt_response(400, response=BAD_REQUEST)
    @blp.alt_response(404, response=NOT_FOUND)
    @blp.doc(operationId="getFacts")
    def get(self, article_id: str | None = None) -> Response:
        """Get all facts

        The whole fact bundle of the loaded article (equal to `python -m service extract FILE`).
        With several articles loaded, name one with article_id.
        """
        return send_bundle(only_article(article_id))


def send_bundle(article_id: str) -> Response:
    body = current_store().bundles.get(article_id)
    if body is None:
        return send_item(blp, "articles", article_id)  # the 404 problem
    return blp.send(body)
