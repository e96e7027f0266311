"""Scan one export: read it, screen every inbound approach, rank them."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

from countersight.scan.model import ScannedApproach, ScanReport, ScanSummary
from countersight.screening import Screener
from countersight.sources.linkedin.archive import Export, Limits
from countersight.sources.linkedin.export import ExportReader


def rank_key(item: ScannedApproach) -> tuple[float, float, str]:
    """Highest score first; among equal scores the most recent first; then by id."""
    seen = item.first_seen.timestamp() if item.first_seen else 0.0
    return (-item.assessment.score, -seen, item.assessment.id)


def scan_export(
    path: Path,
    screener: Screener,
    *,
    limits: Limits | None = None,
    on_rows: Callable[[int], None] | None = None,
    on_screened: Callable[[int, int], None] | None = None,
    now: datetime | None = None,
) -> ScanReport:
    """Every approach in the export at ``path``, screened and ranked.

    Problems with the input (refused ZIP entries, malformed rows, missing files) are collected
    in the report's summary, never raised; only an unusable ``path`` raises
    :class:`~countersight.errors.FatalError`.
    """
    summary = ScanSummary(path=str(path))
    export = Export(path, limits)
    try:
        summary.problems.extend(export.problems)
        summary.skipped += export.refused
        reader = ExportReader(export, summary, screener.settings, on_rows)
        candidates = list(reader.candidates())
    finally:
        export.close()
    summary.inbound = len(candidates)
    scanned: list[ScannedApproach] = []
    assessments = screener.screen_many(c.approach for c in candidates)
    for done, (candidate, assessment) in enumerate(zip(candidates, assessments, strict=True), 1):
        scanned.append(
            ScannedApproach(
                approach=candidate.approach,
                assessment=assessment,
                sender=candidate.sender,
                sender_url=candidate.sender_url,
                first_seen=candidate.first_seen,
                source=candidate.source,
                connection=candidate.connection,
                title=candidate.title,
            )
        )
        if on_screened is not None and (done % 64 == 0 or done == len(candidates)):
            on_screened(done, len(candidates))
    scanned.sort(key=rank_key)
    return ScanReport(
        summary=summary,
        approaches=scanned,
        generated_at=now or datetime.now(UTC),
        model_version=screener.scorer.model_version,
    )
