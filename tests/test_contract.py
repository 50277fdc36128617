"""Property-based contract test: every operation, fuzzed by schemathesis against the in-process app.

Deterministic (derandomized, no example database); all checks, including negative data
rejection and unsupported methods.  The live server gets the same treatment in ``.ci/contract-live``.
"""

from __future__ import annotations

import schemathesis
from hypothesis import HealthCheck, settings

from service import create_app

schema = schemathesis.openapi.from_wsgi("/openapi.json", create_app({"TESTING": True}))


@schema.parametrize()
@settings(max_examples=50, deadline=None, derandomize=True, database=None, suppress_health_check=list(HealthCheck))
def test_api_conforms(case: schemathesis.Case) -> None:
    """Every generated request gets a response that conforms to openapi.yaml (all checks)."""
    # The WSGI transport sends requests' "Accept-Encoding: gzip, deflate" but never decodes: ask for identity.
    case.call_and_validate(headers={"Accept-Encoding": "identity"})
