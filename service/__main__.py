"""Command line: ``python -m service extract FILE`` and ``python -m service openapi``.

``extract`` prints the fact bundle of one article file as JSON, equal to what
``/facts`` serves for it (``article_id`` is the file's stem); a missing,
unreadable or unusable file prints one line to stderr and exits 2.
``openapi`` prints the OpenAPI document (``python -m service openapi > openapi.yaml``).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import orjson

from .store import DEFAULT_MAX_SEED_BYTES, SeedError, bundle_for, read_seed


def _extract(path: Path, max_bytes: int) -> int:
    try:
        bundle = bundle_for(read_seed(path, max_bytes), path.stem, where=str(path))
    except SeedError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    sys.stdout.buffer.write(orjson.dumps(bundle, option=orjson.OPT_INDENT_2) + b"\n")
    return 0


def _openapi() -> int:
    from .app import create_app, spec_yaml

    try:
        app = create_app()
    except SeedError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    sys.stdout.write(spec_yaml(app.extensions["article_facts.api"]))
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m service", description=__doc__.splitlines()[0])
    commands = parser.add_subparsers(dest="command", required=True)
    run = commands.add_parser("extract", help="print the fact bundle of an article file as JSON")
    run.add_argument("path", type=Path, help="a UTF-8 plain-text news article")
    run.add_argument("--max-bytes", type=int, default=DEFAULT_MAX_SEED_BYTES, help="size limit (default 1 MB)")
    commands.add_parser("openapi", help="print the OpenAPI document as YAML")
    args = parser.parse_args(argv)
    if args.command == "extract":
        return _extract(args.path, args.max_bytes)
    return _openapi()


if __name__ == "__main__":
    sys.exit(main())
