"""Fixtures of the store tests: every test runs on SQLite and, when
``COUNTERSIGHT_TEST_POSTGRES_URL`` is set, on that PostgreSQL too, each test in a schema of its
own (created and dropped here) so that parallel workers never collide. No database is mocked.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from argon2 import PasswordHasher
from sqlalchemy import create_engine, make_url, text

from countersight.domain import Approach
from countersight.screening import Screener
from countersight.store import Store, UserView, create_user, open_store

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
POSTGRES_ENV = "COUNTERSIGHT_TEST_POSTGRES_URL"
POSTGRES_URL = os.environ.get(POSTGRES_ENV, "")
BACKENDS = ["sqlite", "postgresql"] if POSTGRES_URL else ["sqlite"]
PASSWORD = "correct horse battery"
#: Cheap argon2id parameters: the same algorithm, fast enough for tests.
FAST_HASHER = PasswordHasher(time_cost=1, memory_cost=64, parallelism=1)


@pytest.fixture(params=BACKENDS)
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """A URL of an empty database: a SQLite file, or a fresh PostgreSQL schema."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'store.db'}"
        return
    schema = f"t_{uuid.uuid4().hex[:16]}"
    admin = create_engine(POSTGRES_URL, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text(f'CREATE SCHEMA "{schema}"'))
    url = make_url(POSTGRES_URL).update_query_dict({"options": f"-csearch_path={schema}"})
    try:
        yield url.render_as_string(hide_password=False)
    finally:
        with admin.connect() as connection:
            connection.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
        admin.dispose()


@pytest.fixture
def store(db_url: str) -> Iterator[Store]:
    with open_store(db_url, hasher=FAST_HASHER, busy_timeout=15) as opened:
        yield opened


@pytest.fixture(scope="session")
def screener() -> Screener:
    return Screener()


@pytest.fixture(scope="session")
def approaches() -> list[Approach]:
    lines = (EXAMPLES / "approaches.jsonl").read_text().splitlines()
    return [Approach.model_validate_json(line) for line in lines if line.strip()]


@pytest.fixture
def password() -> str:
    return PASSWORD


@pytest.fixture
def reporter(store: Store) -> UserView:
    return create_user(store, "rita", "reporter", PASSWORD)


@pytest.fixture
def other_reporter(store: Store) -> UserView:
    return create_user(store, "otto", "reporter", PASSWORD)


@pytest.fixture
def analyst(store: Store) -> UserView:
    return create_user(store, "anna", "analyst", PASSWORD)


@pytest.fixture
def admin(store: Store) -> UserView:
    return create_user(store, "adam", "admin", PASSWORD)
