"""Scan one export: read it, screen every inbound approach, rank them."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from itertools import islice
from pathlib import Path

from countersight.scan.html_report import MAX_CARDS
from countersight.scan.model import ScannedApproach, ScanReport, ScanSummary
from countersight.screening import Screener
from countersight.screening.screen import BATCH
from countersight.sources.linkedin.archive import Export, Limits
from countersight.sources.linkedin.export import ExportReader

#: Approaches that keep every detail: the HTML report's full cards (the rest are table rows).
DETAIL = MAX_CARDS


def rank_key(item: ScannedApproach) -> tuple[float, float, str]:
    """Highest score first; among equal scores the most recent first; then by id."""
    seen = item.first_seen.timestamp() if item.first_seen else 0.0
    return (-item.assessment.score, -seen, item.assessment.id)


def scan_export(
    path: Path,
    screener: Screener,
    *,
    limits: Limits | None = None,
    records: bool = False,
    detail: int = DETAIL,
    on_rows: Callable[[int], None] | None = None,
    on_screened: Callable[[int], None] | None = None,
    now: datetime | None = None,
) -> ScanReport:
    """Every approach in the export at ``path``, screened and ranked.

    Approaches are screened in batches as the conversations are rebuilt. Only the ``detail``
    highest-ranked ones (those the HTML report shows as full cards) keep every message and every
    evidence span; the rest are kept :meth:`~countersight.scan.model.ScannedApproach.slim`, so
    that memory stays bounded on exports of hundreds of thousands of messages. ``records`` keeps
    each approach's full JSON line (contract 4, compressed) before slimming.

    Problems with the input (refused ZIP entries, malformed rows, missing files) are collected
    in the report's summary, never raised; only an unusable ``path`` raises
    :class:`~countersight.errors.FatalError`.
    """
    summary = ScanSummary(path=str(path))
    export = Export(path, limits)
    scanned: list[ScannedApproach] = []
    full: list[ScannedApproach] = []
    try:
        summary.problems.extend(export.problems)
        summary.skipped += export.refused
        candidates = ExportReader(export, summary, screener.settings, on_rows).candidates()
        while batch := list(islice(candidates, BATCH)):
            assessments = screener.screen_batch([c.approach for c in batch])
            for candidate, assessment in zip(batch, assessments, strict=True):
                item = ScannedApproach(**vars(candidate), assessment=assessment)
                if records:
                    item = item.keep_record()
                if assessment.band == "low":
                    item = item.slim()
                (scanned if item.slimmed else full).append(item)
            if len(full) > 2 * detail:
                full.sort(key=rank_key)
                scanned.extend(item.slim() for item in full[detail:])
                del full[detail:]
            if on_screened is not None:
                on_screened(len(scanned) + len(full))
    finally:
        export.close()
    scanned += full
    summary.inbound = len(scanned)
    scanned.sort(key=rank_key)
    return ScanReport(
        summary=summary,
        approaches=scanned,
        generated_at=now or datetime.now(UTC),
        model_version=screener.scorer.model_version,
    )
