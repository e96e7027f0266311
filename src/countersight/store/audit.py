"""The append-only, hash-chained audit log, and its verification.

Each entry stores the hash of the entry before it and the SHA-256 of the canonical JSON (sorted
keys, no spaces, UTF-8) of its own fields: ``seq``, ``at``, ``actor``, ``action``, ``object``,
``detail`` and ``prev_hash``. The row ``audit_head`` names the last entry; appending locks it, so
concurrent transactions extend the chain one after the other and never fork it, and removing the
newest entries is detected too. ``detail`` holds identifiers, counts and choices, never a
password, a token or a report's text.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from countersight.store.database import Store
from countersight.store.schema import GENESIS_HASH, AuditEntry, AuditHead

#: Entries read per query while verifying.
_CHUNK = 5000


@dataclass(frozen=True)
class BadEntry:
    """The first audit entry that breaks the chain, and why."""

    seq: int
    reason: str

    def __str__(self) -> str:
        return f"audit entry {self.seq}: {self.reason}"


def canonical_json(value: Any) -> bytes:
    """The canonical JSON bytes of ``value``: sorted keys, no spaces, UTF-8."""
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode()


def entry_fields(entry: AuditEntry) -> dict[str, Any]:
    """The hashed fields of an entry (everything but ``hash``), as JSON values."""
    return {
        "seq": entry.seq,
        "at": entry.at.isoformat(),
        "actor": entry.actor,
        "action": entry.action,
        "object": entry.object,
        "detail": entry.detail,
        "prev_hash": entry.prev_hash,
    }


def entry_hash(entry: AuditEntry) -> str:
    """The SHA-256 (hex) of an entry's canonical fields."""
    return hashlib.sha256(canonical_json(entry_fields(entry))).hexdigest()


def record(
    session: Session,
    at: datetime,
    actor: str,
    action: str,
    obj: str,
    detail: dict[str, Any] | None = None,
) -> AuditEntry:
    """Append one entry in ``session``'s transaction (it commits or rolls back with the work)."""
    head = session.execute(
        select(AuditHead).where(AuditHead.id == 1).with_for_update()
    ).scalar_one()
    entry = AuditEntry(
        seq=head.seq + 1,
        at=at,
        actor=actor,
        action=action,
        object=obj,
        detail=dict(detail or {}),
        prev_hash=head.hash,
    )
    entry.hash = entry_hash(entry)
    session.add(entry)
    head.seq, head.hash = entry.seq, entry.hash
    session.flush()
    return entry


def entries_for(session: Session, obj: str) -> list[AuditEntry]:
    """Every entry about ``obj`` (``report:ID``), oldest first."""
    query = select(AuditEntry).where(AuditEntry.object == obj).order_by(AuditEntry.seq)
    return list(session.scalars(query))


def verify_audit(store: Store) -> tuple[bool, BadEntry | None]:
    """Walk the whole chain: ``(True, None)`` when intact, else ``(False, first bad entry)``.

    An entry is bad when its hash does not match its fields, when it does not name the previous
    entry's hash, or when entries are missing before it; the chain is also bad when its last
    entry is not the one ``audit_head`` names (newest entries removed).
    """
    with store.reading() as session:
        # The head first: every entry up to it is committed (they commit together), so entries
        # appended while the walk runs are left for the next verification.
        head = session.execute(select(AuditHead).where(AuditHead.id == 1)).scalar_one()
        expected_seq, prev = 1, GENESIS_HASH
        while True:
            query = (
                select(AuditEntry)
                .where(AuditEntry.seq >= expected_seq, AuditEntry.seq <= head.seq)
                .order_by(AuditEntry.seq)
                .limit(_CHUNK)
            )
            chunk = list(session.scalars(query))
            for entry in chunk:
                if entry.seq != expected_seq:
                    return False, BadEntry(expected_seq, "missing (entries removed)")
                if entry.prev_hash != prev:
                    return False, BadEntry(entry.seq, "does not follow the entry before it")
                if entry_hash(entry) != entry.hash:
                    return False, BadEntry(entry.seq, "its hash does not match its fields")
                expected_seq, prev = entry.seq + 1, entry.hash
            if len(chunk) < _CHUNK:
                break
        if head.seq != expected_seq - 1 or head.hash != prev:
            return False, BadEntry(expected_seq, "missing (newest entries removed)")
    return True, None
