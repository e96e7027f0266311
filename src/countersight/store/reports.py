"""Reports: submitting an approach (screened, committed once), reading one, listing the queue.

Every read and write of a report appends an audit entry in the same transaction. A reporter sees
only their own reports: any other id raises :class:`~countersight.errors.NotFound` exactly like an
id that does not exist.
"""

from __future__ import annotations

import secrets
from datetime import datetime
from typing import Any

from pydantic import BaseModel
from sqlalchemy import ColumnElement, func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from countersight.domain import Approach, Assessment
from countersight.errors import Conflict, InvalidRequest, NotFound
from countersight.screening import Screener
from countersight.screening.sectors import map_sector
from countersight.store import audit
from countersight.store.access import UserView
from countersight.store.database import Store
from countersight.store.schema import DECISIONS, STATUSES, Note, Report, ReportIndicator, User
from countersight.store.views import (
    MAX_PAGE_SIZE,
    NoteView,
    Page,
    ReportFilter,
    ReportSummary,
    ReportView,
    Sort,
)

BANDS = ("low", "medium", "high")
MAX_KEY_CHARS = 128


def plain(model: BaseModel) -> dict[str, Any]:
    """A model's declared fields as JSON values; keys the document had beyond them are dropped."""

    def walk(value: Any) -> Any:
        if isinstance(value, BaseModel):
            return {name: walk(getattr(value, name)) for name in type(value).model_fields}
        if isinstance(value, list):
            return [walk(v) for v in value]
        return value

    result: dict[str, Any] = type(model).model_validate(walk(model)).model_dump(mode="json")
    return result


def _stored_approach(approach: Approach) -> dict[str, Any]:
    """The approach as stored: without extra keys, and without ``reported_by`` (the store knows
    the reporter, and analysts must see only a pseudonym)."""
    return plain(approach.model_copy(update={"reported_by": None}))


def _sector(approach: Approach) -> str | None:
    text = (approach.recipient.sector or "").strip()
    if not text:
        return None
    areas = map_sector(text)
    return areas[0].area_id if areas else text.lower()[:100]


def report_object(report_id: str) -> str:
    """How the audit log names a report."""
    return f"report:{report_id}"


def summary(report: Report, pseudonym: str) -> ReportSummary:
    """The queue row of a report."""
    return ReportSummary(
        id=report.id,
        created_at=report.created_at,
        score=report.score,
        band=report.band,
        sector=report.sector,
        sender=report.sender,
        status=report.status,
        decision=report.decision,
        tlp=report.tlp,
        reporter=pseudonym,
    )


def _view(session: Session, report: Report, pseudonym: str, staff: bool) -> ReportView:
    notes: list[NoteView] = []
    if staff:
        rows = session.execute(
            select(Note, User.name)
            .join(User, User.id == Note.author_id)
            .where(Note.report_id == report.id)
            .order_by(Note.id)
        )
        notes = [NoteView(n.id, n.report_id, author, n.text, n.created_at) for n, author in rows]
    return ReportView(
        summary=summary(report, pseudonym),
        approach=Approach.model_validate(report.approach),
        assessment=Assessment.model_validate(report.assessment),
        decided_at=report.decided_at,
        notes=notes,
    )


def report_not_found(report_id: str) -> NotFound:
    return NotFound(f"no report {report_id[:64]!r}")


def load_report(session: Session, user: UserView, report_id: str) -> tuple[Report, str]:
    """The report and its reporter's pseudonym, if ``user`` may see it."""
    found = session.execute(
        select(Report, User.pseudonym)
        .join(User, User.id == Report.reporter_id)
        .where(Report.id == report_id)
    ).first()
    if found is None or (not user.is_staff and found[0].reporter_id != user.id):
        raise report_not_found(report_id)
    return found[0], found[1]


def _replay(
    store: Store, session: Session, user: UserView, key: str, stored: dict[str, Any]
) -> ReportView | None:
    report = session.scalar(
        select(Report).where(Report.reporter_id == user.id, Report.idempotency_key == key)
    )
    if report is None:
        return None
    if report.approach != stored:
        raise Conflict("this idempotency key was used for a different approach")
    audit.record(session, store.clock(), user.actor, "report.replay", report_object(report.id))
    return _view(session, report, user.pseudonym, user.is_staff)


def _known_key(store: Store, user: UserView, key: str) -> bool:
    with store.reading() as session:
        found = session.scalar(
            select(Report.id).where(Report.reporter_id == user.id, Report.idempotency_key == key)
        )
    return found is not None


def submit_report(
    store: Store,
    user: UserView,
    approach: Approach,
    screener: Screener,
    idempotency_key: str | None = None,
) -> tuple[ReportView, bool]:
    """Screen ``approach`` and commit it as ``user``'s report, once.

    With an ``idempotency_key``, a retry (same key, same approach) returns the report committed
    the first time and ``created`` False, even when the retries race; the same key with another
    approach raises :class:`Conflict`. Returns ``(report, created)``.
    """
    if idempotency_key is not None and not 0 < len(idempotency_key) <= MAX_KEY_CHARS:
        raise InvalidRequest(f"an idempotency key has 1 to {MAX_KEY_CHARS} characters")
    stored = _stored_approach(approach)
    if idempotency_key is not None and _known_key(store, user, idempotency_key):
        # A retry: answer with the first report (in a write transaction, as the replay is
        # audited). A new key needs no write lock until the report is screened.
        with store.transaction() as session:
            replayed = _replay(store, session, user, idempotency_key, stored)
        if replayed is not None:
            return replayed, False
    report_id = secrets.token_hex(16)
    assessment = screener.screen(Approach.model_validate(stored), fallback_id=report_id)
    try:
        with store.transaction() as session:
            if idempotency_key is not None:
                replayed = _replay(store, session, user, idempotency_key, stored)
                if replayed is not None:
                    return replayed, False
            report = Report(
                id=report_id,
                reporter_id=user.id,
                idempotency_key=idempotency_key,
                approach=stored,
                assessment=assessment.model_dump(mode="json"),
                score=assessment.score,
                band=assessment.band,
                sector=_sector(approach),
                sender=(approach.sender.name or approach.sender.organisation or "")[:200] or None,
                status="new",
                decision=None,
                tlp="amber",
                created_at=store.clock(),
                decided_at=None,
                indicators=[
                    ReportIndicator(code=c) for c in {i.code for i in assessment.indicators}
                ],
            )
            session.add(report)
            session.flush()
            detail = {"score": assessment.score, "band": assessment.band}
            audit.record(
                session,
                store.clock(),
                user.actor,
                "report.submit",
                report_object(report_id),
                detail,
            )
            return _view(session, report, user.pseudonym, user.is_staff), True
    except IntegrityError:
        if idempotency_key is None:
            raise
    # Another request with the same key committed first: answer with its report.
    with store.transaction() as session:
        replayed = _replay(store, session, user, idempotency_key, stored)
    if replayed is None:
        raise Conflict("the report could not be committed; try again")
    return replayed, False


def get_report(store: Store, user: UserView, report_id: str) -> ReportView:
    """One report in full, if ``user`` may see it (audited as ``report.read``)."""
    with store.transaction() as session:
        report, pseudonym = load_report(session, user, report_id)
        audit.record(session, store.clock(), user.actor, "report.read", report_object(report.id))
        return _view(session, report, pseudonym, user.is_staff)


def _check(name: str, value: str | None, allowed: tuple[str, ...]) -> None:
    if value is not None and value not in allowed:
        raise InvalidRequest(f"unknown {name} {value[:32]!r}: use one of {', '.join(allowed)}")


def require_aware(name: str, value: datetime | None) -> None:
    """Refuse a time without a timezone (the store compares UTC instants)."""
    if value is not None and value.tzinfo is None:
        raise InvalidRequest(f"{name} needs a timezone (use UTC)")


def _conditions(user: UserView, filters: ReportFilter) -> list[ColumnElement[bool]]:
    require_aware("created_from", filters.created_from)
    require_aware("created_to", filters.created_to)
    _check("band", filters.band, BANDS)
    _check("status", filters.status, STATUSES)
    _check("decision", filters.decision, DECISIONS)
    where: list[ColumnElement[bool]] = []
    if not user.is_staff:
        where.append(Report.reporter_id == user.id)
    if filters.band is not None:
        where.append(Report.band == filters.band)
    if filters.status is not None:
        where.append(Report.status == filters.status)
    if filters.sector is not None:
        where.append(Report.sector == filters.sector)
    if filters.decision is not None:
        where.append(Report.decision == filters.decision)
    if filters.created_from is not None:
        where.append(Report.created_at >= filters.created_from)
    if filters.created_to is not None:
        where.append(Report.created_at < filters.created_to)
    return where


def list_reports(
    store: Store,
    user: UserView,
    filters: ReportFilter | None = None,
    sort: Sort = "score",
    page: int = 1,
    page_size: int = 50,
) -> Page:
    """One page of the triage queue, highest score (or newest) first.

    Reporters see only their own reports. Audited as one ``report.list`` entry naming the filters
    and the page, not the reports.
    """
    filters = filters or ReportFilter()
    if page < 1 or not 1 <= page_size <= MAX_PAGE_SIZE:
        raise InvalidRequest(f"page must be 1 or more and page size 1 to {MAX_PAGE_SIZE}")
    if sort not in ("score", "date"):
        raise InvalidRequest("sort by score or date")
    where = _conditions(user, filters)
    order: list[ColumnElement[Any]] = [Report.created_at.desc(), Report.id.desc()]
    if sort == "score":
        order.insert(0, Report.score.desc())
    query = (
        select(Report, User.pseudonym)
        .join(User, User.id == Report.reporter_id)
        .where(*where)
        .order_by(*order)
        .offset((page - 1) * page_size)
        .limit(page_size)
    )
    counting = select(func.count()).select_from(Report).where(*where)
    with store.transaction() as session:
        total = session.scalar(counting) or 0
        items = [summary(r, p) for r, p in session.execute(query)]
        detail: dict[str, Any] = {
            k: (v.isoformat() if hasattr(v, "isoformat") else v)
            for k, v in vars(filters).items()
            if v is not None
        }
        detail.update(sort=sort, page=page, page_size=page_size, shown=len(items))
        audit.record(session, store.clock(), user.actor, "report.list", "reports", detail)
    return Page(items=items, total=total, page=page, page_size=page_size)
