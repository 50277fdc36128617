"""HTTP conventions every endpoint follows: problems, 400/404/405, ETag/304, headers, pages."""

from __future__ import annotations

import pytest
from flask.testing import FlaskClient

LISTS = ["/figures", "/figures/checks", "/quotes", "/people", "/organizations", "/places", "/dates", "/articles"]
SINGLES = ["/", "/article", "/facts", "/livez", "/readyz"]


def test_root_links_and_versions(client: FlaskClient) -> None:
    """/ links to every resource and reports the service and extractor versions."""
    root = client.get("/").json
    assert root["service_version"] and root["extractor_version"]
    for link in root["links"].values():
        assert client.get(link["href"]).status_code == 200, link


@pytest.mark.parametrize("path", LISTS)
def test_lists_are_page_objects(client: FlaskClient, path: str) -> None:
    """Lists answer a page object; next is absent on the last page."""
    page = client.get(path).json
    assert set(page) >= {"items", "total", "limit", "offset"}
    assert page["limit"] == 20 and page["offset"] == 0
    assert ("next" in page) == (page["total"] > 20)
    far = client.get(f"{path}?offset=1000").json
    assert far["items"] == [] and "next" not in far


def test_next_links_page_through(client: FlaskClient) -> None:
    """Following next with limit=1 visits every item once, filters kept."""
    first = client.get("/articles?limit=1").json
    seen, page = [i["id"] for i in first["items"]], first
    while "next" in page:
        page = client.get(page["next"]).json
        seen += [i["id"] for i in page["items"]]
    assert len(seen) == first["total"] == len(set(seen))


CASES_BAD_QUERIES = [
    ("/figures?limit=abc", "limit"),
    ("/figures?limit=0", "limit"),
    ("/figures?limit=101", "limit"),
    ("/figures?offset=-1", "offset"),
    ("/figures?offset=2147483648", "offset"),
    ("/figures?kind=MONEY", "kind"),
    ("/figures?min=abc", "min"),
    ("/figures?foo=1", "foo"),
    ("/quotes?kind=loud", "kind"),
    ("/people?role=", "role"),
    ("/article?bogus=1", "bogus"),
    ("/livez?x=1", "x"),
    ("/figures/fig-1?x=1", "x"),
]


@pytest.mark.parametrize(("url", "param"), CASES_BAD_QUERIES)
def test_bad_query_is_400_problem(client: FlaskClient, url: str, param: str) -> None:
    """Malformed or unknown query parameters: 400 problem+json naming the parameter."""
    response = client.get(url)
    assert response.status_code == 400
    assert response.content_type == "application/problem+json"
    problem = response.json
    assert problem["status"] == 400 and problem["title"] == "Bad Request"
    assert param in problem["errors"]
    assert response.headers["Cache-Control"] == "no-store"


@pytest.mark.parametrize("url", ["/nope", "/figures/nope", "/quotes/nope", "/people/nope", "/people/nope/quotes",
                                 "/organizations/nope", "/places/nope", "/dates/nope", "/articles/nope",
                                 "/people/..%2f..%2fetc%2fpasswd"])
def test_unknown_is_404_problem(client: FlaskClient, url: str) -> None:
    """Unknown paths and ids: 404 problem+json without internals."""
    response = client.get(url)
    assert response.status_code == 404
    assert response.content_type == "application/problem+json"
    assert response.json["status"] == 404
    assert "Traceback" not in response.get_data(as_text=True)


@pytest.mark.parametrize("method", ["post", "put", "delete", "patch"])
def test_wrong_method_is_405_with_allow(client: FlaskClient, method: str) -> None:
    """Write methods: 405 problem+json that keeps the Allow header."""
    response = getattr(client, method)("/figures")
    assert response.status_code == 405
    assert response.content_type == "application/problem+json"
    assert "GET" in response.headers["Allow"]


@pytest.mark.parametrize("path", LISTS + ["/", "/article", "/facts"])
def test_etag_and_304(client: FlaskClient, path: str) -> None:
    """Strong ETag on 200; If-None-Match with it gives 304 with the ETag and Cache-Control."""
    first = client.get(path)
    etag = first.headers["ETag"]
    assert etag.startswith('"') and not etag.startswith("W/")
    assert first.headers["Cache-Control"] == "public, max-age=300"
    again = client.get(path, headers={"If-None-Match": etag})
    assert again.status_code == 304
    assert again.headers["ETag"] == etag
    assert again.headers["Cache-Control"] == "public, max-age=300"
    assert again.data == b""
    assert client.get(path, headers={"If-None-Match": '"other"'}).status_code == 200


def test_etags_differ_between_pages(client: FlaskClient) -> None:
    """Different bodies have different ETags."""
    assert client.get("/articles?limit=1").headers["ETag"] != client.get("/articles?limit=2").headers["ETag"]


def test_request_id_echoed_or_generated(client: FlaskClient) -> None:
    """A well-formed X-Request-ID is echoed; a bad one is replaced by a generated id."""
    assert client.get("/livez", headers={"X-Request-ID": "abc-123"}).headers["X-Request-ID"] == "abc-123"
    generated = client.get("/livez", headers={"X-Request-ID": "bad id!"}).headers["X-Request-ID"]
    assert generated != "bad id!" and len(generated) == 32
    assert len(client.get("/nope").headers["X-Request-ID"]) == 32


@pytest.mark.parametrize("path", SINGLES + ["/nope"])
def test_security_headers(client: FlaskClient, path: str) -> None:
    """nosniff, no referrer, no framing, a strict CSP and the versions on every response."""
    headers = client.get(path).headers
    assert headers["X-Content-Type-Options"] == "nosniff"
    assert headers["Referrer-Policy"] == "no-referrer"
    assert headers["X-Frame-Options"] == "DENY"
    assert headers["Content-Security-Policy"] == "default-src 'none'; frame-ancestors 'none'"
    assert headers["X-Extractor-Version"] and headers["X-Service-Version"]


def test_health(client: FlaskClient) -> None:
    """/livez and /readyz answer 200 and are never cached."""
    for path in ("/livez", "/readyz"):
        response = client.get(path)
        assert response.status_code == 200 and response.json["status"] == "ok"
        assert response.headers["Cache-Control"] == "no-store"


def test_docs_offline_with_strict_csp(client: FlaskClient) -> None:
    """/docs loads only same-origin assets (no CDN, no inline script) under the docs CSP."""
    response = client.get("/docs")
    html = response.get_data(as_text=True)
    assert response.status_code == 200
    assert "http" not in html and "<script>" not in html
    assert "script-src 'self'" in response.headers["Content-Security-Policy"]
    for asset in ("swagger-ui-bundle.js", "swagger-ui.css", "swagger-init.js"):
        with client.get(f"/static/swagger-ui/{asset}") as served:
            assert served.status_code == 200


def test_spec_served_as_json_and_yaml(client: FlaskClient) -> None:
    """/openapi.json and /openapi.yaml describe the same 3.1 API."""
    spec = client.get("/openapi.json").json
    assert spec["openapi"] == "3.1.0"
    yaml_response = client.get("/openapi.yaml")
    assert yaml_response.content_type.startswith("application/yaml")
    assert b"openapi: 3.1.0" in yaml_response.data


def test_cors_off_by_default(client: FlaskClient) -> None:
    """No CORS header unless configured."""
    assert "Access-Control-Allow-Origin" not in client.get("/figures", headers={"Origin": "https://x.test"}).headers
