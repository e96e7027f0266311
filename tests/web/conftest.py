"""Fixtures of the web tests: the real app over a real store (SQLite, and PostgreSQL when
``COUNTERSIGHT_TEST_POSTGRES_URL`` is set), driven in process or by Chromium."""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient

from countersight.screening import Screener
from countersight.store import Store, UserView, create_user
from countersight.web.app import create_app
from store.conftest import PASSWORD, db_url, screener, store  # noqa: F401  (fixtures)

SECRET = b"test-secret-" + b"x" * 40
_CSRF = re.compile(r'name="csrf" value="([^"]+)"')


@pytest.fixture
def app(store: Store, screener: Screener) -> FastAPI:  # noqa: F811
    return create_app(store, screener, SECRET)


@pytest.fixture
def users(store: Store) -> dict[str, UserView]:  # noqa: F811
    return {
        name: create_user(store, name, role, PASSWORD)
        for name, role in (
            ("rita", "reporter"),
            ("otto", "reporter"),
            ("anna", "analyst"),
            ("adam", "admin"),
        )
    }


def csrf_of(html: str) -> str:
    found = _CSRF.search(html)
    assert found, "the page has a CSRF token"
    return found.group(1)


def login(app: FastAPI, name: str) -> TestClient:
    client = TestClient(app)
    token = csrf_of(client.get("/login").text)
    done = client.post(
        "/login", data={"name": name, "password": PASSWORD, "csrf": token}, follow_redirects=False
    )
    assert done.status_code == 303, done.text
    return client


@pytest.fixture
def as_user(app: FastAPI, users: dict[str, UserView]) -> Iterator[dict[str, TestClient]]:
    clients = {name: login(app, name) for name in users}
    yield clients
    for client in clients.values():
        client.close()
