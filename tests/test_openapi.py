"""The finished OpenAPI document: complete operations, named enums, bounded parameters, real examples."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
import yaml
from flask import Flask
from flask.testing import FlaskClient

from service.app import spec_dict

from .conftest import ROOT

METHODS = ("get", "put", "post", "delete", "patch")


@pytest.fixture(scope="module")
def spec(app: Flask) -> dict[str, Any]:
    return spec_dict(app.extensions["article_facts.api"])


def operations(spec: dict[str, Any]) -> Iterator[tuple[str, str, dict[str, Any]]]:
    for path, item in spec["paths"].items():
        for method in METHODS:
            if method in item:
                yield path, method, item[method]


def walk(node: Any, where: str = "") -> Iterator[tuple[str, dict[str, Any]]]:
    """Every mapping in the document with its JSON-pointer-like location."""
    if isinstance(node, dict):
        yield where, node
        for key, child in node.items():
            yield from walk(child, f"{where}/{key}")
    elif isinstance(node, list):
        for i, child in enumerate(node):
            yield from walk(child, f"{where}/{i}")


def test_served_documents_equal_the_committed_file(client: FlaskClient, spec: dict[str, Any]) -> None:
    """/openapi.json, /openapi.yaml and openapi.yaml are one document."""
    assert client.get("/openapi.json").json == spec
    committed = (ROOT / "openapi.yaml").read_text(encoding="utf-8")
    assert client.get("/openapi.yaml").get_data(as_text=True) == committed
    assert spec["openapi"] == "3.1.0"


def test_every_operation_is_complete(spec: dict[str, Any]) -> None:
    """operationId (unique), summary, description, one declared tag, a JSON 200 and problem errors."""
    tags = {t["name"] for t in spec["tags"]}
    ids = [op["operationId"] for _, _, op in operations(spec)]
    assert len(ids) == len(set(ids))
    for path, method, op in operations(spec):
        where = f"{method.upper()} {path}"
        assert op["summary"] and op["description"] and op["description"] != op["summary"], where
        assert len(op["tags"]) == 1 and op["tags"][0] in tags, where
        assert "application/json" in op["responses"]["200"]["content"], where
        assert op["responses"]["default"] == {"$ref": "#/components/responses/DEFAULT_ERROR"}, where
        assert op["responses"]["400"] == {"$ref": "#/components/responses/BAD_REQUEST"}, where
        for status, response in op["responses"].items():
            if status != "200":
                assert set(response) == {"$ref"}, f"{where} {status} is a shared response"


def test_error_responses_are_problem_json(spec: dict[str, Any]) -> None:
    """Every shared response with a body is application/problem+json with a Problem example."""
    for name, response in spec["components"]["responses"].items():
        if name == "NOT_MODIFIED":
            assert "content" not in response
            continue
        assert list(response["content"]) == ["application/problem+json"], name
        media = response["content"]["application/problem+json"]
        assert media["schema"] == {"$ref": "#/components/schemas/Problem"}, name
        assert media["example"]["status"] in (400, 404, 500, 503), name


def test_enums_are_named_components(spec: dict[str, Any]) -> None:
    """Enums live only in components/schemas/<Name>; every use, query parameters included, is a $ref."""
    schemas = spec["components"]["schemas"]
    for where, node in walk(spec):
        assert "x-enum-name" not in node, where
        if "enum" in node:
            name = where.removeprefix("/components/schemas/")
            assert name in schemas and "/" not in name, f"inline enum at {where}"
            assert node["type"] == "string" and all(v == v.lower() for v in node["enum"]), where
    kind = next(p for p in spec["paths"]["/figures"]["get"]["parameters"] if p.get("name") == "kind")
    assert kind["schema"] == {"$ref": "#/components/schemas/FigureKind"}


def test_parameters_are_typed_and_bounded(spec: dict[str, Any]) -> None:
    """Integers and numbers have both bounds, strings a maximum length or a named enum."""
    for path, method, op in operations(spec):
        params = [p for p in op["parameters"] if "$ref" not in p] + spec["paths"][path].get("parameters", [])
        for param in params:
            schema, where = param["schema"], f"{method.upper()} {path} {param['name']}"
            if "$ref" in schema:
                assert schema["$ref"].startswith("#/components/schemas/"), where
            elif schema["type"] in ("integer", "number"):
                assert "minimum" in schema and "maximum" in schema and "format" in schema, where
            else:
                assert schema["type"] == "string" and 1 <= schema["maxLength"] <= 200, where


def test_conditional_requests_are_documented(spec: dict[str, Any]) -> None:
    """Operations with an ETag take If-None-Match and document the 304 with its headers."""
    components = spec["components"]
    assert set(components["responses"]["NOT_MODIFIED"]["headers"]) == {"ETag", "Cache-Control", "X-Request-ID"}
    assert components["parameters"]["IF_NONE_MATCH"]["in"] == "header"
    etagged = 0
    for path, _method, op in operations(spec):
        headers = op["responses"]["200"]["headers"]
        assert {"Cache-Control", "X-Request-ID"} <= set(headers), path
        if "ETag" in headers:
            etagged += 1
            assert op["responses"]["304"] == {"$ref": "#/components/responses/NOT_MODIFIED"}, path
            assert {"$ref": "#/components/parameters/IF_NONE_MATCH"} in op["parameters"], path
    assert etagged >= 19  # every GET but the health checks


def _example_url(spec: dict[str, Any], path: str, op: dict[str, Any]) -> str | None:
    """The request an operation's example answers: path ids from their examples, lists with limit=1."""
    for param in spec["paths"][path].get("parameters", []):
        if "example" not in param:
            return None
        path = path.replace("{" + param["name"] + "}", param["example"])
    page = "limit" in {p.get("name") for p in op["parameters"]}
    return path + ("?limit=1" if page else "")


def test_examples_are_what_the_server_answers(client: FlaskClient, spec: dict[str, Any]) -> None:
    """Each 200 example is the real response (the bundle's lists cut to one item)."""
    checked = 0
    for path, _method, op in operations(spec):
        example = op["responses"]["200"]["content"]["application/json"].get("example")
        url = _example_url(spec, path, op)
        if example is None or url is None:
            continue
        answer = client.get(url).json
        if op["operationId"] in ("getFacts", "getArticleFacts"):
            answer = {k: v[:1] if isinstance(v, list) else v for k, v in answer.items()}
        assert answer == example, op["operationId"]
        checked += 1
    assert checked >= 15


def test_path_examples_name_existing_items(client: FlaskClient, spec: dict[str, Any]) -> None:
    """A path parameter's example is a real id (schemathesis starts from it); unknown ids are 404."""
    for path, _method, op in operations(spec):
        url = _example_url(spec, path, op)
        if url is not None:
            assert client.get(url).status_code == 200, url


def test_openapi_yaml_is_block_yaml(spec: dict[str, Any]) -> None:
    """The committed file parses to the same document (reviewable YAML, no aliases)."""
    text = (ROOT / "openapi.yaml").read_text(encoding="utf-8")
    assert "&id0" not in text and "*id0" not in text
    assert yaml.safe_load(text) == spec
