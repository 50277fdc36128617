"""Pause Python's cyclic garbage collector around a burst of allocation (startup extraction).

Extraction makes millions of short-lived tuples and no cycles worth chasing; the collector's repeated
full passes over them cost about 15 % of a 1 MB article. Memory is still freed by reference counting.
The extraction core stays free of this process-wide switch: the service (store) and the benchmarks,
which own the process, decide to pause.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def collector_paused() -> Iterator[None]:
    """Disable the cyclic collector inside the block and restore its previous state afterwards.

    >>> import gc
    >>> with collector_paused():
    ...     gc.isenabled()
    False
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()
