"""Submitting and reading reports: screened once, committed once, seen only by who may see them."""

from __future__ import annotations

import threading
from collections import Counter

import pytest
from sqlalchemy import text

from countersight.domain import Approach
from countersight.errors import Conflict, NotFound
from countersight.screening import Screener
from countersight.store import (
    ReportView,
    Store,
    UserView,
    add_note,
    get_report,
    list_reports,
    submit_report,
    verify_audit,
)


def _count(store: Store, table: str) -> int:
    with store.reading() as session:
        return int(session.execute(text(f"SELECT count(*) FROM {table}")).scalar_one())


def test_a_submission_is_screened_by_the_real_screener(
    store: Store, reporter: UserView, screener: Screener, approaches: list[Approach]
) -> None:
    report, created = submit_report(store, reporter, approaches[0], screener)
    assert created
    expected = screener.screen(approaches[0])
    assert report.assessment.score == expected.score
    assert report.assessment.band == report.summary.band == expected.band
    assert [i.code for i in report.assessment.indicators] == [i.code for i in expected.indicators]
    assert report.summary.status == "new" and report.summary.decision is None
    assert report.summary.reporter == reporter.pseudonym
    assert report.summary.sector == "quantum_technologies"
    assert get_report(store, reporter, report.id).assessment == report.assessment


def test_the_reporter_field_of_the_document_is_not_stored(
    store: Store, reporter: UserView, screener: Screener, approaches: list[Approach]
) -> None:
    approach = approaches[0].model_copy(update={"reported_by": "rita@example.org"})
    report, _ = submit_report(store, reporter, approach, screener)
    assert report.approach.reported_by is None
    with store.reading() as session:
        stored = str(session.execute(text("SELECT approach FROM reports")).scalar_one())
    assert "rita@example.org" not in stored


def test_the_same_idempotency_key_commits_once(
    store: Store, reporter: UserView, screener: Screener, approaches: list[Approach]
) -> None:
    first, created = submit_report(store, reporter, approaches[0], screener, "key-1")
    again, created_again = submit_report(store, reporter, approaches[0], screener, "key-1")
    assert created and not created_again
    assert again.id == first.id
    assert _count(store, "reports") == 1
    with pytest.raises(Conflict):
        submit_report(store, reporter, approaches[1], screener, "key-1")
    assert _count(store, "reports") == 1


def test_keys_are_per_reporter(
    store: Store,
    reporter: UserView,
    other_reporter: UserView,
    screener: Screener,
    approaches: list[Approach],
) -> None:
    mine, _ = submit_report(store, reporter, approaches[0], screener, "same")
    theirs, created = submit_report(store, other_reporter, approaches[0], screener, "same")
    assert created and mine.id != theirs.id


def test_concurrent_submissions_lose_nothing_and_duplicate_nothing(
    store: Store, reporter: UserView, screener: Screener, approaches: list[Approach]
) -> None:
    threads, keyed = 6, 4
    results: list[tuple[str, str | None, bool]] = []
    errors: list[BaseException] = []
    barrier = threading.Barrier(threads)

    def work(number: int) -> None:
        try:
            barrier.wait()
            for k in range(keyed):  # every thread retries the same keyed reports
                report, created = submit_report(
                    store, reporter, approaches[k], screener, f"retry-{k}"
                )
                results.append((report.id, f"retry-{k}", created))
            for u in range(2):  # and submits reports of its own
                report, created = submit_report(store, reporter, approaches[u], screener)
                results.append((report.id, None, created))
        except BaseException as exc:
            errors.append(exc)

    pool = [threading.Thread(target=work, args=(n,)) for n in range(threads)]
    for thread in pool:
        thread.start()
    for thread in pool:
        thread.join()
    assert errors == []
    assert _count(store, "reports") == keyed + 2 * threads
    by_key: dict[str, set[str]] = {}
    for report_id, key, _ in results:
        if key is not None:
            by_key.setdefault(key, set()).add(report_id)
    assert all(len(ids) == 1 for ids in by_key.values())
    assert Counter(created for _, key, created in results if key)[True] == keyed
    assert all(created for _, key, created in results if key is None)
    assert verify_audit(store) == (True, None)  # concurrent appends never fork the chain


def _not_found_message(store: Store, user: UserView, report_id: str) -> str:
    with pytest.raises(NotFound) as caught:
        get_report(store, user, report_id)
    assert caught.value.http_status == 404
    return str(caught.value)


def test_a_reporter_sees_only_their_own_reports(
    store: Store,
    reporter: UserView,
    other_reporter: UserView,
    analyst: UserView,
    screener: Screener,
    approaches: list[Approach],
) -> None:
    theirs, _ = submit_report(store, other_reporter, approaches[0], screener)
    mine, _ = submit_report(store, reporter, approaches[1], screener)
    other = _not_found_message(store, reporter, theirs.id)
    missing_id = "f" * len(theirs.id)
    missing = _not_found_message(store, reporter, missing_id)
    assert other == missing.replace(missing_id, theirs.id)
    assert [r.id for r in list_reports(store, reporter).items] == [mine.id]
    assert {r.id for r in list_reports(store, analyst).items} == {mine.id, theirs.id}
    assert get_report(store, analyst, theirs.id).id == theirs.id


def test_staff_see_pseudonyms_and_reporters_never_see_notes(
    store: Store,
    reporter: UserView,
    analyst: UserView,
    screener: Screener,
    approaches: list[Approach],
) -> None:
    report, _ = submit_report(store, reporter, approaches[0], screener)
    add_note(store, analyst, report.id, "Matches the RiseHR persona.")
    listed = list_reports(store, analyst).items[0]
    assert listed.reporter == reporter.pseudonym
    assert reporter.name not in repr(listed)
    seen: ReportView = get_report(store, analyst, report.id)
    assert [n.text for n in seen.notes] == ["Matches the RiseHR persona."]
    assert reporter.name not in repr(seen.summary)
    assert get_report(store, reporter, report.id).notes == []
