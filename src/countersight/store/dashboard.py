"""Dashboard counts for the security team: reports per ISO week, by sector, indicator, decision."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import func, select

from countersight.store import audit
from countersight.store.access import UserView, require
from countersight.store.database import Store
from countersight.store.reports import require_aware
from countersight.store.schema import Report, ReportIndicator

UNDECIDED = "undecided"
UNKNOWN_SECTOR = "unknown"


@dataclass(frozen=True)
class Dashboard:
    """Report counts: per ISO week (``2025-W45``, oldest first), by sector, by indicator code and
    by decision (``undecided`` for reports not decided yet), largest first."""

    total: int
    per_week: dict[str, int]
    by_sector: dict[str, int]
    by_indicator: dict[str, int]
    by_decision: dict[str, int]


def _day(value: Any) -> date:
    return value if isinstance(value, date) else date.fromisoformat(str(value)[:10])


def _iso_week(day: date) -> str:
    year, week, _ = day.isocalendar()
    return f"{year}-W{week:02d}"


def _ranked(pairs: Any) -> dict[str, int]:
    counts: Counter[str] = Counter()
    for key, count in pairs:
        counts[str(key)] += int(count)
    return dict(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))


def dashboard(store: Store, user: UserView, since: datetime | None = None) -> Dashboard:
    """The counts over every report created at or after ``since`` (all reports if None).

    Analysts and admins only; audited as ``dashboard.read``. Days are counted in the database
    (UTC) and folded into ISO weeks here, the same way on every backend.
    """
    require(user, "analyst", "admin")
    require_aware("since", since)
    where = [Report.created_at >= since] if since is not None else []
    day = func.date(Report.created_at)
    with store.transaction() as session:
        per_day = session.execute(select(day, func.count()).where(*where).group_by(day)).all()
        sectors = session.execute(
            select(Report.sector, func.count()).where(*where).group_by(Report.sector)
        ).all()
        indicators = session.execute(
            select(ReportIndicator.code, func.count())
            .join(Report, Report.id == ReportIndicator.report_id)
            .where(*where)
            .group_by(ReportIndicator.code)
        ).all()
        decisions = session.execute(
            select(Report.decision, func.count()).where(*where).group_by(Report.decision)
        ).all()
        detail = {"since": since.isoformat()} if since is not None else {}
        audit.record(session, store.clock(), user.actor, "dashboard.read", "reports", detail)
    weeks: Counter[str] = Counter()
    for value, count in per_day:
        weeks[_iso_week(_day(value))] += int(count)
    return Dashboard(
        total=sum(weeks.values()),
        per_week=dict(sorted(weeks.items())),
        by_sector=_ranked((s or UNKNOWN_SECTOR, n) for s, n in sectors),
        by_indicator=_ranked(indicators),
        by_decision=_ranked((d or UNDECIDED, n) for d, n in decisions),
    )
