"""A database that is locked, down or unreachable surfaces as StoreUnavailable, nothing else."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

from countersight.errors import StoreUnavailable
from countersight.store import Store, UserView, create_user, list_reports, open_store

from .conftest import FAST_HASHER


def test_a_locked_sqlite_database(tmp_path: Path, password: str) -> None:
    path = tmp_path / "locked.db"
    with open_store(str(path), hasher=FAST_HASHER, busy_timeout=0.2) as store:
        analyst = create_user(store, "anna", "analyst", password)
        blocker = sqlite3.connect(path, isolation_level=None)
        try:
            blocker.execute("BEGIN EXCLUSIVE")
            with pytest.raises(StoreUnavailable, match="locked") as caught:
                list_reports(store, analyst)
            assert caught.value.http_status == 503
            assert str(path) not in str(caught.value)
            assert caught.value.__cause__ is None and caught.value.__suppress_context__
        finally:
            blocker.execute("ROLLBACK")
            blocker.close()
        assert list_reports(store, analyst).total == 0  # and it recovers


def test_an_unopenable_sqlite_file(tmp_path: Path) -> None:
    (tmp_path / "a-directory.db").mkdir()
    with pytest.raises(StoreUnavailable):
        open_store(str(tmp_path / "a-directory.db"))


def test_an_unreachable_postgresql() -> None:
    url = "postgresql+psycopg://postgres:hunter2@127.0.0.1:1/test"
    with pytest.raises(StoreUnavailable) as caught:
        open_store(url, busy_timeout=1)
    assert "hunter2" not in str(caught.value) and "127.0.0.1" not in str(caught.value)


def test_a_locked_table(store: Store, db_url: str, analyst: UserView) -> None:
    if store.backend != "postgresql":
        pytest.skip("the SQLite lock is tested above")
    store.close()
    short = open_store(db_url, hasher=FAST_HASHER, busy_timeout=0.3)
    blocker = create_engine(db_url)
    try:
        with blocker.begin() as connection:
            connection.execute(text("LOCK TABLE audit_head IN ACCESS EXCLUSIVE MODE"))
            with pytest.raises(StoreUnavailable, match="locked"):
                list_reports(short, analyst)
    finally:
        blocker.dispose()
        short.close()
