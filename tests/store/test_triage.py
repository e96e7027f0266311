"""Triage: bulk decisions, notes, and revealing a reporter (admins only, audited)."""

from __future__ import annotations

import pytest

from countersight.domain import Approach
from countersight.errors import Forbidden, InvalidRequest, NotFound
from countersight.screening import Screener
from countersight.store import (
    Store,
    UserView,
    add_note,
    decide,
    get_report,
    list_reports,
    reveal_reporter,
    submit_report,
)
from countersight.store.audit import entries_for


def _submit(
    store: Store, user: UserView, screener: Screener, approaches: list[Approach]
) -> list[str]:
    return [submit_report(store, user, a, screener)[0].id for a in approaches]


def test_bulk_decisions_change_every_report_or_none(
    store: Store,
    reporter: UserView,
    analyst: UserView,
    screener: Screener,
    approaches: list[Approach],
) -> None:
    ids = _submit(store, reporter, screener, approaches[:4])
    assert decide(store, analyst, ids[:3] + ids[:1], "hostile", "amber+strict") == ids[:3]
    for report_id in ids[:3]:
        seen = get_report(store, analyst, report_id)
        assert (seen.summary.status, seen.summary.decision, seen.summary.tlp) == (
            "decided",
            "hostile",
            "amber+strict",
        )
        assert seen.decided_at is not None
    with pytest.raises(NotFound):
        decide(store, analyst, [ids[3], "0" * 32], "benign")
    assert get_report(store, analyst, ids[3]).summary.decision is None
    decide(store, analyst, [ids[0]], "benign")  # a later decision keeps the marking
    assert get_report(store, analyst, ids[0]).summary.tlp == "amber+strict"
    decided = list_reports(store, analyst, sort="date").items
    assert sum(r.status == "decided" for r in decided) == 3


def test_decisions_need_an_analyst_and_known_values(
    store: Store,
    reporter: UserView,
    analyst: UserView,
    screener: Screener,
    approaches: list[Approach],
) -> None:
    (report_id,) = _submit(store, reporter, screener, approaches[:1])
    with pytest.raises(Forbidden):
        decide(store, reporter, [report_id], "benign")
    with pytest.raises(InvalidRequest):
        decide(store, analyst, [report_id], "evil")
    with pytest.raises(InvalidRequest):
        decide(store, analyst, [report_id], "benign", "white")
    with pytest.raises(Forbidden):
        add_note(store, reporter, report_id, "mine")


def test_a_note_triages_a_new_report(
    store: Store,
    reporter: UserView,
    analyst: UserView,
    screener: Screener,
    approaches: list[Approach],
) -> None:
    (report_id,) = _submit(store, reporter, screener, approaches[:1])
    note = add_note(store, analyst, report_id, "Same template as last week.")
    assert note.author == analyst.name
    assert get_report(store, analyst, report_id).summary.status == "triaged"
    with pytest.raises(NotFound):
        add_note(store, analyst, "missing", "x")


def test_only_an_admin_reveals_a_reporter_and_it_is_audited(
    store: Store,
    reporter: UserView,
    analyst: UserView,
    admin: UserView,
    screener: Screener,
    approaches: list[Approach],
) -> None:
    (report_id,) = _submit(store, reporter, screener, approaches[:1])
    with pytest.raises(Forbidden):
        reveal_reporter(store, analyst, report_id)
    assert reveal_reporter(store, admin, report_id) == "rita"
    with store.reading() as session:
        entries = entries_for(session, f"report:{report_id}")
    reveals = [e for e in entries if e.action == "report.reveal"]
    assert len(reveals) == 1 and reveals[0].actor == admin.name
    assert "rita" not in str(reveals[0].detail)
