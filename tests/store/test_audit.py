"""The audit log: every read and write of a report lands in it, and tampering is detected."""

from __future__ import annotations

import pytest
from sqlalchemy import text
from typer.testing import CliRunner

from countersight.cli.audit_command import app as audit_app
from countersight.domain import Approach
from countersight.screening import Screener
from countersight.store import (
    Store,
    UserView,
    add_note,
    audit,
    dashboard,
    decide,
    evidence_bundle,
    get_report,
    list_reports,
    reveal_reporter,
    submit_report,
    verify_audit,
)
from countersight.store.audit import entries_for


def _activity(
    store: Store,
    reporter: UserView,
    analyst: UserView,
    admin: UserView,
    screener: Screener,
    approaches: list[Approach],
) -> str:
    report, _ = submit_report(store, reporter, approaches[0], screener, "k")
    submit_report(store, reporter, approaches[0], screener, "k")
    get_report(store, reporter, report.id)
    get_report(store, analyst, report.id)
    list_reports(store, analyst)
    add_note(store, analyst, report.id, "Secret analyst wording about the persona")
    decide(store, analyst, [report.id], "hostile", "red")
    reveal_reporter(store, admin, report.id)
    evidence_bundle(store, analyst, report.id)
    dashboard(store, analyst)
    return report.id


def test_every_read_and_write_of_a_report_is_audited(
    store: Store,
    reporter: UserView,
    analyst: UserView,
    admin: UserView,
    screener: Screener,
    approaches: list[Approach],
) -> None:
    report_id = _activity(store, reporter, analyst, admin, screener, approaches)
    with store.reading() as session:
        entries = entries_for(session, f"report:{report_id}")
        listing = session.execute(
            text("SELECT action FROM audit_log WHERE object = 'reports' ORDER BY seq")
        ).scalars()
        assert list(listing) == ["report.list", "dashboard.read"]
    assert [(e.actor, e.action) for e in entries] == [
        (reporter.pseudonym, "report.submit"),
        (reporter.pseudonym, "report.replay"),
        (reporter.pseudonym, "report.read"),
        (analyst.name, "report.read"),
        (analyst.name, "report.note"),
        (analyst.name, "report.decide"),
        (admin.name, "report.reveal"),
        (analyst.name, "report.export"),
    ]
    text_of_entries = repr([e.detail for e in entries])
    assert "Secret analyst wording" not in text_of_entries
    assert approaches[0].messages[0].text[:30] not in text_of_entries
    assert all(reporter.name not in e.actor for e in entries)


def test_the_chain_verifies_and_a_changed_row_is_found(
    monkeypatch: pytest.MonkeyPatch,
    store: Store,
    db_url: str,
    reporter: UserView,
    analyst: UserView,
    admin: UserView,
    screener: Screener,
    approaches: list[Approach],
) -> None:
    monkeypatch.setattr(audit, "_CHUNK", 4)  # walk the chain across several reads
    _activity(store, reporter, analyst, admin, screener, approaches)
    assert verify_audit(store) == (True, None)
    runner = CliRunner()
    intact = runner.invoke(audit_app, ["verify", "--db", db_url])
    assert intact.exit_code == 0, intact.output
    with store.transaction() as session:
        session.execute(text("UPDATE audit_log SET actor = 'someone else' WHERE seq = 7"))
    ok, bad = verify_audit(store)
    assert not ok and bad is not None and bad.seq == 7
    broken = runner.invoke(audit_app, ["verify", "--db", db_url])
    assert broken.exit_code == 1
    lines = broken.output.strip().splitlines()
    assert len(lines) == 1 and "audit entry 7" in lines[0]


def test_removed_rows_are_found(
    store: Store, reporter: UserView, screener: Screener, approaches: list[Approach]
) -> None:
    for approach in approaches[:3]:
        submit_report(store, reporter, approach, screener)
    with store.reading() as session:
        last = session.execute(text("SELECT max(seq) FROM audit_log")).scalar_one()
    with store.transaction() as session:
        session.execute(text("DELETE FROM audit_log WHERE seq = :s"), {"s": last})
    ok, bad = verify_audit(store)
    assert not ok and bad is not None and bad.seq == last
    with store.transaction() as session:
        session.execute(text("DELETE FROM audit_log WHERE seq = 2"))
    ok, bad = verify_audit(store)
    assert not ok and bad is not None and bad.seq == 2
