"""The JSON API (CONTRACTS.md section 7), in process, on SQLite and PostgreSQL."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

from fastapi import FastAPI
from fastapi.testclient import TestClient

from countersight.screening import Screener
from countersight.store import (
    Store,
    UserView,
    create_token,
    create_user,
    list_reports,
    open_store,
)
from countersight.web.app import create_app
from store.conftest import FAST_HASHER

from .conftest import PASSWORD, SECRET

APPROACH = {
    "sender": {"name": "Rachel Li", "headline": "Headhunter at RiseHR", "organisation": "RiseHR"},
    "recipient": {"role": "Senior researcher", "sector": "quantum"},
    "messages": [
        {
            "direction": "inbound",
            "text": "Dear Dr, a confidential client will pay GBP 3,000 for a short report on "
            "your lab's roadmap. We can also invite you to Shanghai, all expenses paid. Please "
            "add me on WhatsApp +86 138 0013 8000.",
        }
    ],
}
CONTRACT_KEYS = {"id", "score", "band", "indicators", "model_version"}


def bearer(store: Store, user: UserView) -> dict[str, str]:
    return {"Authorization": f"Bearer {create_token(store, user)}"}


def test_submit_answers_201_with_the_assessment(
    app: FastAPI, store: Store, users: dict[str, UserView]
) -> None:
    with TestClient(app) as client:
        done = client.post("/api/v1/reports", json=APPROACH, headers=bearer(store, users["rita"]))
    assert done.status_code == 201, done.text
    body = done.json()
    assert set(body) == {"id", "assessment"}
    assert body["assessment"].keys() >= CONTRACT_KEYS
    assert body["assessment"]["band"] == "high"


def test_a_retry_with_the_same_key_commits_once(
    app: FastAPI, store: Store, users: dict[str, UserView]
) -> None:
    headers = {**bearer(store, users["rita"]), "Idempotency-Key": "retry-1"}
    with TestClient(app) as client:
        first = client.post("/api/v1/reports", json=APPROACH, headers=headers)
        again = client.post("/api/v1/reports", json=APPROACH, headers=headers)
        listing = client.get("/api/v1/reports", headers=headers).json()
    assert (first.status_code, again.status_code) == (201, 200)
    assert first.json()["id"] == again.json()["id"]
    assert listing["total"] == 1


def test_reporters_see_only_their_own_reports(
    app: FastAPI, store: Store, users: dict[str, UserView]
) -> None:
    rita, otto, anna = (bearer(store, users[n]) for n in ("rita", "otto", "anna"))
    with TestClient(app) as client:
        report_id = client.post("/api/v1/reports", json=APPROACH, headers=rita).json()["id"]
        assert client.get(f"/api/v1/reports/{report_id}", headers=rita).status_code == 200
        hidden = client.get(f"/api/v1/reports/{report_id}", headers=otto)
        missing = client.get("/api/v1/reports/no-such-report", headers=otto)
        assert hidden.status_code == missing.status_code == 404
        assert hidden.json()["error"].replace(report_id, "X") == missing.json()["error"].replace(
            "no-such-report", "X"
        )
        seen = client.get(f"/api/v1/reports/{report_id}", headers=anna).json()
        assert seen["reporter"].startswith("R-") and "rita" not in json.dumps(seen)


def test_bad_requests_are_4xx_with_a_clear_message(
    app: FastAPI, store: Store, users: dict[str, UserView]
) -> None:
    headers = {**bearer(store, users["rita"]), "content-type": "application/json"}
    with TestClient(app) as client:
        assert client.post("/api/v1/reports", json=APPROACH).status_code == 401
        wrong = client.post(
            "/api/v1/reports", json=APPROACH, headers={"Authorization": "Bearer nope"}
        )
        assert wrong.status_code == 401
        broken = client.post("/api/v1/reports", content=b"{not json", headers=headers)
        assert broken.status_code == 422 and broken.json()["error"].startswith("malformed JSON")
        no_messages = client.post("/api/v1/reports", json={"sender": {}}, headers=headers)
        assert no_messages.status_code == 422 and "messages" in no_messages.json()["error"]
        huge = client.post("/api/v1/reports", content=b"x" * (7 * 1024 * 1024), headers=headers)
        assert huge.status_code == 413
        assert client.get("/api/v1/openapi.json").json()["paths"]["/api/v1/reports"]
        assert client.get("/healthz").json() == {"status": "ok"}


def test_a_locked_database_is_503_and_the_retry_commits_once(
    tmp_path: Path, screener: Screener
) -> None:
    path = tmp_path / "locked.db"
    store = open_store(f"sqlite:///{path}", hasher=FAST_HASHER, busy_timeout=0.3)
    user = create_user(store, "rita", "reporter", PASSWORD)
    headers = {"Authorization": f"Bearer {create_token(store, user)}", "Idempotency-Key": "k"}
    app = create_app(store, screener, SECRET)
    blocker = sqlite3.connect(path, timeout=0)
    with TestClient(app) as client:
        blocker.execute("BEGIN EXCLUSIVE")
        locked = client.post("/api/v1/reports", json=APPROACH, headers=headers)
        health = client.get("/healthz")  # readers still get through in WAL mode
        blocker.rollback()
        retried = client.post("/api/v1/reports", json=APPROACH, headers=headers)
        again = client.post("/api/v1/reports", json=APPROACH, headers=headers)
    blocker.close()
    assert locked.status_code == 503 and locked.headers["retry-after"]
    assert "error" in locked.json()
    assert health.status_code == 200
    assert retried.status_code == 201 and again.status_code == 200
    assert list_reports(store, user).total == 1
    store.close()
