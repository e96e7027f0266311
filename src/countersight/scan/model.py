"""What a scan produces: each inbound approach with its assessment, and a summary of the export.

The HTML report, the terminal table and the JSON Lines output are all drawn from a
:class:`ScanReport`; nothing in it is written anywhere but where the user asks.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Literal

from countersight.domain import Approach, Assessment

Source = Literal["messages", "invitations"]


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


@dataclass(frozen=True)
class ScannedApproach:
    """One conversation or invitation started by someone else, screened."""

    approach: Approach
    assessment: Assessment
    sender: str
    sender_url: str | None
    first_seen: datetime | None
    source: Source
    connection: Connection
    title: str | None = None

    def to_json(self) -> dict[str, Any]:
        """Contract 4: the assessment's fields plus ``sender``, ``first_seen`` and ``source``."""
        out: dict[str, Any] = self.assessment.model_dump(mode="json")
        out["sender"] = self.sender
        out["first_seen"] = self.first_seen.isoformat() if self.first_seen else None
        out["source"] = self.source
        out["sender_profile_url"] = self.sender_url
        out["connection"] = {
            "connected": self.connection.connected,
            "since": self.connection.since.isoformat() if self.connection.since else None,
            "before_approach": self.connection.before_approach,
        }
        return out


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
