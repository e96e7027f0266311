"""Triage: analysts' notes and decisions, and an admin revealing who reported an approach.

A note moves a new report to ``triaged``; a decision (benign, suspicious or hostile, with a TLP
2.0 marking) moves it to ``decided``. Every change is audited in the same transaction.
"""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import select

from countersight.errors import InvalidRequest
from countersight.store import audit
from countersight.store.access import UserView, require
from countersight.store.database import Store
from countersight.store.reports import load_report, report_not_found, report_object
from countersight.store.schema import DECISIONS, TLPS, Decision, Note, Report, User
from countersight.store.views import NoteView

MAX_NOTE_CHARS = 20_000
MAX_BULK = 1000


def decide(
    store: Store,
    analyst: UserView,
    ids: Sequence[str],
    decision: str,
    tlp: str | None = None,
) -> list[str]:
    """Decide every report in ``ids`` at once (all or none); ``tlp`` None keeps each marking.

    Raises :class:`~countersight.errors.NotFound` when any id does not exist (nothing is
    changed). Returns the ids decided, in the order given, without repeats.
    """
    require(analyst, "analyst", "admin")
    if decision not in DECISIONS:
        raise InvalidRequest(f"unknown decision {decision[:32]!r}: use {', '.join(DECISIONS)}")
    if tlp is not None and tlp not in TLPS:
        raise InvalidRequest(f"unknown TLP {tlp[:32]!r}: use {', '.join(TLPS)}")
    unique = list(dict.fromkeys(ids))
    if not 0 < len(unique) <= MAX_BULK:
        raise InvalidRequest(f"decide 1 to {MAX_BULK} reports at a time")
    with store.transaction() as session:
        reports = {
            r.id: r
            for r in session.scalars(
                select(Report).where(Report.id.in_(unique)).order_by(Report.id).with_for_update()
            )
        }
        missing = [i for i in unique if i not in reports]
        if missing:
            raise report_not_found(missing[0])
        now = store.clock()
        for report_id in unique:
            report = reports[report_id]
            report.decision, report.status, report.decided_at = decision, "decided", now
            if tlp is not None:
                report.tlp = tlp
            session.add(
                Decision(
                    report_id=report_id,
                    analyst_id=analyst.id,
                    decision=decision,
                    tlp=report.tlp,
                    decided_at=now,
                )
            )
            detail = {"decision": decision, "tlp": report.tlp, "bulk": len(unique)}
            audit.record(
                session, now, analyst.actor, "report.decide", report_object(report_id), detail
            )
    return unique


def add_note(store: Store, analyst: UserView, report_id: str, text: str) -> NoteView:
    """Add an analyst's note to a report (a new report becomes ``triaged``).

    The audit entry records the note's id and length, not its text.
    """
    require(analyst, "analyst", "admin")
    if not text.strip() or len(text) > MAX_NOTE_CHARS:
        raise InvalidRequest(f"a note has 1 to {MAX_NOTE_CHARS:,} characters")
    with store.transaction() as session:
        report, _pseudonym = load_report(session, analyst, report_id)
        now = store.clock()
        note = Note(report_id=report.id, author_id=analyst.id, text=text, created_at=now)
        session.add(note)
        if report.status == "new":
            report.status = "triaged"
        session.flush()
        detail = {"note_id": note.id, "chars": len(text)}
        audit.record(session, now, analyst.actor, "report.note", report_object(report.id), detail)
        return NoteView(note.id, report.id, analyst.name, text, now)


def reveal_reporter(store: Store, admin: UserView, report_id: str) -> str:
    """The real user name behind a report's pseudonym: admins only, audited as ``report.reveal``.

    An analyst asking raises :class:`~countersight.errors.Forbidden`; the refusal is not a
    reveal and leaves no entry.
    """
    require(admin, "admin")
    with store.transaction() as session:
        report, _pseudonym = load_report(session, admin, report_id)
        name = session.scalars(select(User.name).where(User.id == report.reporter_id)).one()
        audit.record(session, store.clock(), admin.actor, "report.reveal", report_object(report.id))
        return name
