"""Shared fixtures: the app on the real seeds (session-wide: extraction runs once) and seed dirs."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from flask import Flask
from flask.testing import FlaskClient

from service import create_app

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "000_0eb40ad50682e302.txt"
LAYOUTS = Path(__file__).parent / "extract" / "articles"


@pytest.fixture(scope="session")
def app() -> Flask:
    """The app on the repository's seeds (pytest-flask's ``client`` uses it)."""
    return create_app({"TESTING": True})


@pytest.fixture(scope="session")
def multi_app(tmp_path_factory: pytest.TempPathFactory) -> Flask:
    """An app serving the seed plus two invented layout fixtures."""
    seeds = tmp_path_factory.mktemp("multi")
    shutil.copy(SEED, seeds / SEED.name)
    for name in ("layout_yonhap", "layout_ap"):
        shutil.copy(LAYOUTS / f"{name}.txt", seeds / f"{name}.txt")
    return create_app({"TESTING": True, "SEEDS_DIR": str(seeds)})


@pytest.fixture
def multi_client(multi_app: Flask) -> Iterator[FlaskClient]:
    with multi_app.test_client() as client:
        yield client
