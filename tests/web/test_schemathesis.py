"""Property-based requests generated from the OpenAPI document: no input makes a 5xx."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings

from countersight.screening import Screener
from countersight.store import create_token, create_user, open_store
from countersight.web.app import create_app
from store.conftest import FAST_HASHER

from .conftest import PASSWORD, SECRET


@pytest.fixture(scope="module")
def api(tmp_path_factory: pytest.TempPathFactory) -> tuple[Any, str]:
    folder: Path = tmp_path_factory.mktemp("schemathesis")
    store = open_store(f"sqlite:///{folder / 'store.db'}", hasher=FAST_HASHER)
    user = create_user(store, "rita", "reporter", PASSWORD)
    app = create_app(store, Screener(), SECRET)
    return app, create_token(store, user)


def test_no_request_makes_a_server_error(api: tuple[Any, str]) -> None:
    app, token = api
    schema = schemathesis.openapi.from_asgi("/api/v1/openapi.json", app)
    operations = [result.ok() for result in schema.get_all_operations()]
    assert len(operations) >= 3

    for operation in operations:

        @given(case=operation.as_strategy())
        @settings(max_examples=25, deadline=None, suppress_health_check=list(HealthCheck))
        def check(case: Any) -> None:
            response = case.call(headers={"Authorization": f"Bearer {token}"})
            assert response.status_code < 500, (case.path, response.status_code, response.text)

        check()
