"""The extraction core imports neither flask, werkzeug nor marshmallow."""

from __future__ import annotations

import re
import subprocess
import sys

from .conftest import ROOT


def test_extract_is_pure() -> None:
    """Importing and running service.extract loads no web or schema library."""
    code = (
        "import sys; from service.extract import extract, parse_article; "
        "extract(parse_article(open('seeds/000_0eb40ad50682e302.txt', encoding='utf-8').read(), 's')); "
        "bad = sorted(m for m in sys.modules if m.split('.')[0] in ('flask', 'werkzeug', 'marshmallow')); "
        "print(','.join(bad))"
    )
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True)
    assert done.stdout.strip() == ""



def test_extract_leaves_the_collector_alone() -> None:
    """The core never touches the garbage collector, a process-wide switch (the store decides to pause it)."""
    uses_gc = re.compile(r"^\s*(?:import gc|from gc import)|\bgc\.\w", re.MULTILINE)
    sources = sorted((ROOT / "service" / "extract").glob("*.py"))
    assert sources and [p.name for p in sources if uses_gc.search(p.read_text(encoding="utf-8"))] == []
