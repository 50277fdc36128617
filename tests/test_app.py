"""create_app: configuration precedence and refusing bad seeds in one clear line."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from service import create_app
from service.store import SeedError

from .conftest import SEED


def test_seeds_dir_from_environment(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """ARTICLE_FACTS_SEEDS_DIR sets SEEDS_DIR; an explicit mapping overrides it."""
    shutil.copy(SEED, tmp_path / "a.txt")
    monkeypatch.setenv("ARTICLE_FACTS_SEEDS_DIR", str(tmp_path))
    app = create_app()
    assert app.config["SEEDS_DIR"] == str(tmp_path)
    assert app.test_client().get("/article").json["id"] == "a"
    other = tmp_path / "other"
    other.mkdir()
    shutil.copy(SEED, other / "b.txt")
    assert create_app({"SEEDS_DIR": str(other)}).test_client().get("/article").json["id"] == "b"


def test_debug_is_never_on(monkeypatch: pytest.MonkeyPatch) -> None:
    """No configuration turns debug mode on."""
    monkeypatch.setenv("ARTICLE_FACTS_DEBUG", "true")
    assert create_app({"DEBUG": True}).debug is False


def _write(directory: Path, name: str, data: bytes) -> Path:
    path = directory / name
    path.write_bytes(data)
    return path


CASES_BAD_SEEDS = [
    ("missing", None, "does not exist"),
    ("empty dir", [], "has no .txt articles"),
    ("binary", [("a.txt", b"\x7fELF\x00\x00\x01")], "binary file"),
    ("latin-1", [("a.txt", "Caf\xe9 owners said prices rose.".encode("latin-1"))], "not UTF-8"),
    ("empty file", [("a.txt", b"  \n\n")], "empty file"),
    ("too big", [("a.txt", b"word " * 250_000)], "over the 1000000-byte limit"),
    ("no body", [("a.txt", b"Share\nPrint\n")], "no article body"),
]


@pytest.mark.parametrize(("case", "files", "message"), CASES_BAD_SEEDS, ids=[c[0] for c in CASES_BAD_SEEDS])
def test_bad_seeds_refused_in_one_line(
    tmp_path: Path, case: str, files: list[tuple[str, bytes]] | None, message: str
) -> None:
    """Each bad seed raises SeedError (a RuntimeError) with one line naming the problem."""
    seeds = tmp_path / "seeds"
    if files is not None:
        seeds.mkdir()
        for name, data in files:
            _write(seeds, name, data)
    with pytest.raises(SeedError) as caught:
        create_app({"SEEDS_DIR": str(seeds)})
    assert isinstance(caught.value, RuntimeError)
    text = str(caught.value)
    assert message in text and "\n" not in text
    assert str(seeds) in text


def test_unreadable_seed(tmp_path: Path) -> None:
    """A file that cannot be opened is named in the error."""
    path = _write(tmp_path, "a.txt", b"text")
    path.chmod(0)
    try:
        readable = bool(path.read_bytes())
    except PermissionError:
        readable = False
    if readable:  # running as root: permissions do not apply; use a directory named like a seed
        path.chmod(0o644)
        path.unlink()
        (tmp_path / "a.txt").mkdir()
    with pytest.raises(SeedError, match="a.txt: cannot read"):
        create_app({"SEEDS_DIR": str(tmp_path)})


def test_size_limit_is_configurable(tmp_path: Path) -> None:
    """MAX_SEED_BYTES lowers the limit; a non-integer is refused clearly."""
    shutil.copy(SEED, tmp_path / "a.txt")
    with pytest.raises(SeedError, match="over the 100-byte limit"):
        create_app({"SEEDS_DIR": str(tmp_path), "MAX_SEED_BYTES": 100})
    with pytest.raises(SeedError, match="must be an integer"):
        create_app({"SEEDS_DIR": str(tmp_path), "MAX_SEED_BYTES": "lots"})
