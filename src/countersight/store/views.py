"""What the service functions return: plain, typed values, detached from the database.

Reporters appear as their pseudonym only; the real name comes from
:func:`countersight.store.triage.reveal_reporter`, for admins.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Literal

from countersight.domain import Approach, Assessment

Status = Literal["new", "triaged", "decided"]
Decision = Literal["benign", "suspicious", "hostile"]
Tlp = Literal["clear", "green", "amber", "amber+strict", "red"]
Sort = Literal["score", "date"]
MAX_PAGE_SIZE = 200


@dataclass(frozen=True)
class NoteView:
    """An analyst's note."""

    id: int
    report_id: str
    author: str
    text: str
    created_at: datetime


@dataclass(frozen=True)
class ReportSummary:
    """One row of the triage queue."""

    id: str
    created_at: datetime
    score: float
    band: str
    sector: str | None
    sender: str | None
    status: str
    decision: str | None
    tlp: str
    reporter: str  # the pseudonym


@dataclass(frozen=True)
class ReportView:
    """One report in full: the approach, its assessment, and (for staff) the notes."""

    summary: ReportSummary
    approach: Approach
    assessment: Assessment
    decided_at: datetime | None
    notes: list[NoteView] = field(default_factory=list)

    @property
    def id(self) -> str:
        return self.summary.id


@dataclass(frozen=True)
class ReportFilter:
    """Which reports a listing shows: every given criterion must hold.

    ``created_from`` is inclusive, ``created_to`` exclusive (both timezone-aware).
    """

    band: str | None = None
    status: str | None = None
    sector: str | None = None
    decision: str | None = None
    created_from: datetime | None = None
    created_to: datetime | None = None


@dataclass(frozen=True)
class Page:
    """One page of a listing, and how many reports match in all."""

    items: list[ReportSummary]
    total: int
    page: int
    page_size: int

    @property
    def pages(self) -> int:
        """How many pages the listing has (at least 1)."""
        return max(1, -(-self.total // self.page_size))
