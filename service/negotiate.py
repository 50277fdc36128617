"""Content negotiation shared by the Flask views and the WSGI fast path: one rule, one answer.

Both paths must pick the same variant for the same ``Accept-Encoding``, or their ETags and bodies
would differ; tests compare them request by request.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Final

_GZIP_NAMES: Final = ("gzip", "x-gzip")


def _quality(params: str) -> float:
    """The ``q`` of one coding's parameters (``;q=0.5``), 1 when absent, 0 when malformed."""
    for param in params.split(";"):
        name, _, value = param.partition("=")
        if name.strip().lower() == "q":
            try:
                q = float(value.strip())
            except ValueError:
                return 0.0
            return q if 0.0 <= q <= 1.0 else 0.0
    return 1.0


@lru_cache(maxsize=256)
def accepts_gzip(header: str) -> bool:
    """Whether an ``Accept-Encoding`` value allows gzip (RFC 9110 12.5.3: ``*`` covers it unless named).

    >>> [accepts_gzip(h) for h in ("gzip, deflate, br", "", "identity", "*", "gzip;q=0", "br, *;q=0.1")]
    [True, False, False, True, False, True]
    >>> accepts_gzip("*, gzip;q=0")
    False
    """
    named: float | None = None
    star: float | None = None
    for part in header.split(","):
        coding, _, params = part.partition(";")
        coding = coding.strip().lower()
        if coding in _GZIP_NAMES:
            named = max(named or 0.0, _quality(params))
        elif coding == "*":
            star = _quality(params)
    chosen = named if named is not None else star
    return chosen is not None and chosen > 0.0


__all__ = ["accepts_gzip"]
