"""What a scan produces: each inbound approach with its assessment, and a summary of the export.

The HTML report, the terminal table and the JSON Lines output are all drawn from a
:class:`ScanReport`; nothing in it is written anywhere but where the user asks.
"""

from __future__ import annotations

import json
import zlib
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from typing import Any, Literal

from countersight.domain import Approach, Assessment

Source = Literal["messages", "invitations"]
#: What :meth:`ScannedApproach.slim` keeps: characters of the first message, spans per indicator.
SLIM_CHARS = 500
SLIM_HITS = 3


@dataclass(frozen=True)
class Connection:
    """Whether the sender was one of the owner's connections (from ``Connections.csv``).

    ``since`` is the "Connected On" date when known. ``before_approach`` is True when the
    connection existed before the first message, False when it came later, None when unknown.
    """

    connected: bool
    since: date | None = None
    before_approach: bool | None = None

    def describe(self) -> str:
        if not self.connected:
            return "not a connection"
        if self.since is None:
            return "a connection (date unknown)"
        when = "before" if self.before_approach else "after"
        if self.before_approach is None:
            return f"connected {self.since.isoformat()}"
        return f"connected {self.since.isoformat()}, {when} the first message"


@dataclass(frozen=True, kw_only=True)
class Candidate:
    """One conversation or invitation started by someone else, ready to screen."""

    approach: Approach
    sender: str
    sender_url: str | None
    first_seen: datetime | None
    source: Source
    connection: Connection
    title: str | None = None


@dataclass(frozen=True, kw_only=True)
class ScannedApproach(Candidate):
    """One conversation or invitation started by someone else, screened."""

    assessment: Assessment
    #: The JSON line of the full assessment, zlib-compressed, when the scan was asked for it.
    record: bytes | None = None
    #: True for a :meth:`slim` copy, whose assessment keeps only its strongest reasons.
    slimmed: bool = False

    def slim(self) -> ScannedApproach:
        """A light copy for the long low-risk tail of a large export (bounded memory).

        Keeps the first inbound message (cut to :data:`SLIM_CHARS`) and the
        :data:`SLIM_HITS` indicators that weigh most, each with its first evidence span; the
        score and band are unchanged. The HTML report and the terminal table show such approaches
        as one row with their top reason, which needs no more; :meth:`json_line` still gives the
        full result when the scan kept :attr:`record`.
        """
        messages = self.approach.messages
        first = next((m for m in messages if m.direction == "inbound"), messages[0])
        short = first.model_copy(update={"text": first.text[:SLIM_CHARS]})
        hits = [
            h.model_copy(update={"spans": h.spans[:1], "evidence": h.evidence[:SLIM_CHARS]})
            for h in self.assessment.indicators[:SLIM_HITS]
        ]
        return replace(
            self,
            approach=self.approach.model_copy(update={"messages": [short]}),
            assessment=self.assessment.model_copy(update={"indicators": hits, "advice": []}),
            slimmed=True,
        )

    def keep_record(self) -> ScannedApproach:
        """This approach with its full JSON line kept (compressed), to survive :meth:`slim`."""
        return replace(self, record=zlib.compress(self._line().encode("utf-8"), 1))

    def json_line(self) -> str:
        """The contract-4 JSON line: the kept record, else made now (not from a slim copy)."""
        if self.record is not None:
            return zlib.decompress(self.record).decode("utf-8")
        if self.slimmed:
            raise ValueError(f"{self.assessment.id}: slimmed without its record")
        return self._line()

    def _line(self) -> str:
        # The assessment as ``countersight screen`` writes it, then the scan's keys.
        core = self.assessment.model_dump_json()
        extra = json.dumps(self.extra_json(), ensure_ascii=False, separators=(",", ":"))
        return f"{core[:-1]},{extra[1:]}"

    def to_json(self) -> dict[str, Any]:
        """Contract 4: the assessment's fields plus ``sender``, ``first_seen`` and ``source``.

        Also the sender's profile address and the connection status (extra keys).
        """
        return {**self.assessment.model_dump(mode="json"), **self.extra_json()}

    def extra_json(self) -> dict[str, Any]:
        """What a scan adds to the assessment's fields."""
        return {
            "sender": self.sender,
            "first_seen": self.first_seen.isoformat() if self.first_seen else None,
            "source": self.source,
            "sender_profile_url": self.sender_url,
            "connection": {
                "connected": self.connection.connected,
                "since": self.connection.since.isoformat() if self.connection.since else None,
                "before_approach": self.connection.before_approach,
            },
        }


@dataclass
class ScanSummary:
    """Counts over the whole export, and every problem met while reading it."""

    path: str
    owner: str | None = None
    files: list[str] = field(default_factory=list)
    messages_read: int = 0
    conversations: int = 0
    invitations_read: int = 0
    inbound: int = 0
    skipped: int = 0
    problems: list[str] = field(default_factory=list)
    first_date: datetime | None = None
    last_date: datetime | None = None

    def problem(self, message: str, skipped: bool = True) -> None:
        """Record a problem; ``skipped`` when some input was not scanned because of it."""
        self.problems.append(message)
        if skipped:
            self.skipped += 1


@dataclass
class ScanReport:
    """Every inbound approach, highest score first, and the summary of the scan."""

    summary: ScanSummary
    approaches: list[ScannedApproach]
    generated_at: datetime
    model_version: str

    def by_band(self) -> dict[str, int]:
        counts = {"high": 0, "medium": 0, "low": 0}
        for item in self.approaches:
            counts[item.assessment.band] += 1
        return counts

    def per_month(self) -> list[tuple[str, dict[str, int]]]:
        """``("2024-03", {"high": 1, "medium": 0, "low": 4})`` for every month in the span."""
        dated = [a for a in self.approaches if a.first_seen is not None]
        if not dated:
            return []
        months = sorted({a.first_seen.strftime("%Y-%m") for a in dated if a.first_seen})
        first, last = months[0], months[-1]
        year, month = int(first[:4]), int(first[5:])
        out: list[tuple[str, dict[str, int]]] = []
        while True:
            key = f"{year:04d}-{month:02d}"
            out.append((key, {"high": 0, "medium": 0, "low": 0}))
            if key == last:
                break
            month += 1
            if month == 13:
                year, month = year + 1, 1
        index = {key: counts for key, counts in out}
        for item in dated:
            if item.first_seen is not None:
                index[item.first_seen.strftime("%Y-%m")][item.assessment.band] += 1
        return out
