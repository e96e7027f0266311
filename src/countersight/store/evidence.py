"""The evidence bundle of one report: a ZIP that can stand on its own.

It holds ``report.json`` (triage state, no reporter), ``approach.json``, ``assessment.json``,
``notes.json``, ``decisions.json``, ``audit.json`` (every audit entry about the report, with its
chain hashes, so each can be checked against the live log) and ``manifest.json`` naming the
SHA-256 of every other file. No reporter identity is in it: the approach is stored without
``reported_by``, the report without its reporter, and audit entries name reporters by pseudonym.
"""

from __future__ import annotations

import hashlib
import io
import json
import zipfile
from typing import Any

from sqlalchemy import select

from countersight import __version__
from countersight.store import audit
from countersight.store.access import UserView, require
from countersight.store.database import Store
from countersight.store.reports import load_report, report_object
from countersight.store.schema import Decision, Note, User

MANIFEST = "manifest.json"


def _json(value: Any) -> bytes:
    return json.dumps(value, indent=2, sort_keys=True, ensure_ascii=False).encode() + b"\n"


def evidence_bundle(store: Store, user: UserView, report_id: str) -> bytes:
    """The ZIP bytes of the report's evidence bundle (analysts and admins; audited as
    ``report.export``, an entry the bundle itself contains)."""
    require(user, "analyst", "admin")
    with store.transaction() as session:
        report, _pseudonym = load_report(session, user, report_id)
        now = store.clock()
        audit.record(session, now, user.actor, "report.export", report_object(report.id))
        notes = session.execute(
            select(Note, User.name)
            .join(User, User.id == Note.author_id)
            .where(Note.report_id == report.id)
            .order_by(Note.id)
        ).all()
        decisions = session.execute(
            select(Decision, User.name)
            .join(User, User.id == Decision.analyst_id)
            .where(Decision.report_id == report.id)
            .order_by(Decision.id)
        ).all()
        entries = audit.entries_for(session, report_object(report.id))
        files = {
            "report.json": {
                "id": report.id,
                "created_at": report.created_at.isoformat(),
                "score": report.score,
                "band": report.band,
                "sector": report.sector,
                "status": report.status,
                "decision": report.decision,
                "tlp": report.tlp,
                "decided_at": report.decided_at.isoformat() if report.decided_at else None,
            },
            "approach.json": report.approach,
            "assessment.json": report.assessment,
            "notes.json": [
                {"id": n.id, "author": a, "text": n.text, "created_at": n.created_at.isoformat()}
                for n, a in notes
            ],
            "decisions.json": [
                {
                    "decision": d.decision,
                    "tlp": d.tlp,
                    "analyst": a,
                    "decided_at": d.decided_at.isoformat(),
                }
                for d, a in decisions
            ],
            "audit.json": [audit.entry_fields(e) | {"hash": e.hash} for e in entries],
        }
    blobs = {name: _json(body) for name, body in files.items()}
    manifest = {
        "report_id": report.id,
        "generated_at": now.isoformat(),
        "generated_by": user.actor,
        "countersight_version": __version__,
        "tlp": report.tlp,
        "files": {name: hashlib.sha256(blob).hexdigest() for name, blob in sorted(blobs.items())},
    }
    blobs[MANIFEST] = _json(manifest)
    out = io.BytesIO()
    stamp = now.timetuple()[:6]
    with zipfile.ZipFile(out, "w") as archive:
        for name, blob in blobs.items():
            archive.writestr(
                zipfile.ZipInfo(name, date_time=stamp), blob, compress_type=zipfile.ZIP_DEFLATED
            )
    return out.getvalue()
