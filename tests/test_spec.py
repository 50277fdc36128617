"""openapi.yaml is generated from the code: it must not drift."""

from __future__ import annotations

from flask import Flask

from service.app import spec_yaml

from .conftest import ROOT


def test_openapi_yaml_matches_the_code(app: Flask) -> None:
    """The committed openapi.yaml equals what the code generates."""
    generated = spec_yaml(app.extensions["article_facts.api"])
    committed = (ROOT / "openapi.yaml").read_text(encoding="utf-8")
    assert committed == generated, "openapi.yaml is stale: run `python -m service openapi > openapi.yaml`"


def test_every_operation_has_an_operation_id(app: Flask) -> None:
    """Generators need an operationId on every operation."""
    spec = app.extensions["article_facts.api"].spec.to_dict()
    for path, item in spec["paths"].items():
        for method, operation in item.items():
            if method in ("get", "put", "post", "delete", "patch"):
                assert operation.get("operationId"), f"{method.upper()} {path}"
