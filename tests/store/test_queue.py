"""The triage queue: filters, sorting and pages over many reports; dashboard counts."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from sqlalchemy import insert, text

from countersight.errors import Forbidden, InvalidRequest
from countersight.store import ReportFilter, Store, UserView, dashboard, list_reports
from countersight.store.schema import Report, ReportIndicator

ROWS = 1200
START = datetime(2025, 1, 6, 9, 0, tzinfo=UTC)  # a Monday, ISO week 2025-W02
BANDS = ("low", "medium", "high")
SECTORS = ("quantum_technologies", "synthetic_biology", None)


def _rows(reporter_ids: list[int]) -> list[dict[str, Any]]:
    rows = []
    for n in range(ROWS):
        score = ((n * 7919) % 1000) / 1000
        rows.append(
            {
                "id": f"{n:032x}",
                "reporter_id": reporter_ids[n % len(reporter_ids)],
                "idempotency_key": None,
                "approach": {},
                "assessment": {},
                "score": score,
                "band": BANDS[0 if score < 0.3 else 1 if score < 0.7 else 2],
                "sector": SECTORS[n % 3],
                "sender": f"sender {n}",
                "status": ("new", "triaged", "decided")[n % 3],
                "decision": "hostile" if n % 3 == 2 else None,
                "tlp": "amber",
                "created_at": START + timedelta(hours=n),
                "decided_at": None,
            }
        )
    return rows


@pytest.fixture
def queue(store: Store, reporter: UserView, other_reporter: UserView) -> list[dict[str, Any]]:
    rows = _rows([reporter.id, other_reporter.id])
    with store.transaction() as session:
        session.execute(insert(Report), rows)
        session.execute(
            insert(ReportIndicator),
            [{"report_id": r["id"], "code": "message.off_platform"} for r in rows[::10]],
        )
    return rows


def test_pages_follow_the_filters_and_the_sort(
    store: Store, analyst: UserView, queue: list[dict[str, Any]]
) -> None:
    filters = ReportFilter(band="high", status="new", sector="quantum_technologies")
    expected = sorted(
        (
            r
            for r in queue
            if (r["band"], r["status"], r["sector"]) == ("high", "new", filters.sector)
        ),
        key=lambda r: (-r["score"], -r["created_at"].timestamp()),
    )
    seen: list[str] = []
    page = list_reports(store, analyst, filters, sort="score", page=1, page_size=37)
    while page.items:
        seen += [r.id for r in page.items]
        page = list_reports(store, analyst, filters, sort="score", page=page.page + 1, page_size=37)
    assert page.total == len(expected) > 37
    assert seen == [r["id"] for r in expected]


def test_date_ranges_and_newest_first(
    store: Store, analyst: UserView, queue: list[dict[str, Any]]
) -> None:
    window = ReportFilter(
        created_from=START + timedelta(hours=100), created_to=START + timedelta(hours=150)
    )
    page = list_reports(store, analyst, window, sort="date", page=1, page_size=200)
    assert page.total == 50
    assert [r.id for r in page.items] == [f"{n:032x}" for n in range(149, 99, -1)]


def test_a_reporter_pages_through_their_own_only(
    store: Store, reporter: UserView, queue: list[dict[str, Any]]
) -> None:
    page = list_reports(store, reporter, page=3, page_size=200)
    assert page.total == ROWS // 2 and page.pages == 3
    assert {r.reporter for r in page.items} == {reporter.pseudonym}


def test_bad_listing_requests(store: Store, analyst: UserView) -> None:
    with pytest.raises(InvalidRequest):
        list_reports(store, analyst, ReportFilter(band="severe"))
    with pytest.raises(InvalidRequest, match="timezone"):
        list_reports(store, analyst, ReportFilter(created_from=datetime(2025, 1, 1)))
    with pytest.raises(InvalidRequest):
        list_reports(store, analyst, page=0)
    with pytest.raises(InvalidRequest):
        list_reports(store, analyst, page_size=10_000)


def test_the_queue_queries_use_indexes(store: Store, queue: list[dict[str, Any]]) -> None:
    if store.backend != "sqlite":
        pytest.skip("query plans are checked on SQLite")
    with store.reading() as session:
        plan = session.execute(
            text(
                "EXPLAIN QUERY PLAN SELECT id FROM reports WHERE status = 'new' "
                "ORDER BY score DESC, created_at DESC LIMIT 50"
            )
        ).all()
    assert "ix_reports_status_score" in str(plan)


def test_dashboard_counts(
    store: Store, analyst: UserView, reporter: UserView, queue: list[dict[str, Any]]
) -> None:
    counts = dashboard(store, analyst)
    assert counts.total == ROWS
    assert sum(counts.per_week.values()) == ROWS
    assert next(iter(counts.per_week)) == "2025-W02"
    assert counts.per_week["2025-W02"] == 7 * 24 - 9  # from Monday 09:00
    assert counts.by_sector == {
        "quantum_technologies": ROWS // 3,
        "synthetic_biology": ROWS // 3,
        "unknown": ROWS // 3,
    }
    assert counts.by_decision == {"undecided": 2 * ROWS // 3, "hostile": ROWS // 3}
    assert counts.by_indicator == {"message.off_platform": ROWS // 10}
    assert dashboard(store, analyst, since=START + timedelta(hours=ROWS - 24)).total == 24
    with pytest.raises(Forbidden):
        dashboard(store, reporter)
