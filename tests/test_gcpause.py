"""The collector pause the store wraps around extraction: off inside, restored afterwards."""

from __future__ import annotations

import gc
from collections.abc import Iterator

import pytest

from service.gcpause import collector_paused
from service.store import bundle_for


@pytest.fixture(autouse=True)
def _restore_collector() -> Iterator[None]:
    was = gc.isenabled()
    yield
    gc.enable() if was else gc.disable()


@pytest.mark.parametrize("enabled", [True, False])
def test_paused_inside_and_restored_after(enabled: bool) -> None:
    """Inside the block the collector is off; afterwards it is as it was, also after an exception."""
    gc.enable() if enabled else gc.disable()
    with collector_paused():
        assert not gc.isenabled()
    assert gc.isenabled() is enabled
    with pytest.raises(ValueError), collector_paused():
        raise ValueError("boom")
    assert gc.isenabled() is enabled


def test_the_store_leaves_the_collector_on() -> None:
    """Building a bundle (extraction inside a pause) leaves the collector on for the service."""
    gc.enable()
    bundle_for("Rates rise\n\nLONDON (AP) -- Rates rose 2 percent, \"a shock,\" Jane Doe said.\n", "gc")
    assert gc.isenabled()
