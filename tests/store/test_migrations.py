"""Migrations apply to an empty database, are idempotent, and build exactly the mapped schema."""

from __future__ import annotations

from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import inspect, text

from countersight.store import DATABASE_URL_ENV, open_store, resolve_url
from countersight.store.database import make_engine
from countersight.store.migrate import current_revision, head_revision, upgrade
from countersight.store.schema import Base

TABLES = {
    "users",
    "api_tokens",
    "login_attempts",
    "reports",
    "report_indicators",
    "notes",
    "decisions",
    "audit_log",
    "audit_head",
    "alembic_version",
}


def test_migrations_apply_from_empty_and_are_idempotent(db_url: str) -> None:
    engine = make_engine(db_url)
    try:
        assert current_revision(engine) is None
        upgrade(engine)
        assert current_revision(engine) == head_revision()
        upgrade(engine)  # a second run changes nothing
        with open_store(db_url):  # nor does opening the store again
            pass
        assert current_revision(engine) == head_revision()
        assert set(inspect(engine).get_table_names()) >= TABLES
        with engine.connect() as connection:
            assert connection.execute(text("SELECT count(*) FROM audit_head")).scalar() == 1
    finally:
        engine.dispose()


def test_the_migrated_schema_is_the_mapped_schema(db_url: str) -> None:
    engine = make_engine(db_url)
    try:
        upgrade(engine)
        with engine.connect() as connection:
            context = MigrationContext.configure(connection, opts={"compare_type": True})
            assert compare_metadata(context, Base.metadata) == []
    finally:
        engine.dispose()


def test_sqlite_runs_in_wal_mode_with_foreign_keys(tmp_path: Path) -> None:
    with open_store(str(tmp_path / "cases.db")) as store, store.reading() as session:
        assert session.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert session.execute(text("PRAGMA foreign_keys")).scalar() == 1
        assert session.execute(text("PRAGMA busy_timeout")).scalar() > 0


def test_the_database_comes_from_the_argument_the_environment_or_the_default(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv(DATABASE_URL_ENV, raising=False)
    assert resolve_url(None).startswith("sqlite:///")
    assert resolve_url(None).endswith("/countersight.db")
    assert resolve_url(str(tmp_path / "a.db")) == f"sqlite:///{tmp_path / 'a.db'}"
    monkeypatch.setenv(DATABASE_URL_ENV, "postgresql+psycopg://u@127.0.0.1/db")
    assert resolve_url(None) == "postgresql+psycopg://u@127.0.0.1/db"
    assert resolve_url("sqlite:////x/y.db") == "sqlite:////x/y.db"
