"""The bulk rebuild: reports in, one line per report out (CONTRACTS.md section 5).

1. Read JSON Lines, one approach document a line; validate each on its own. A line that is not
   an approach document is named on standard error; when it still has an ``id`` it is kept as a
   singleton (it cannot link), else it is skipped. A repeated ``id`` is named and the later
   report skipped. Either makes the exit status 2.
2. Extract every report's artefacts (:mod:`.artefacts`) and template bands (:mod:`.templates`),
   in worker processes for large inputs, into a CSV file of ``(report, kind, value, shown,
   field)`` rows (``report`` is the line number).
3. The engine groups, caps and links (:mod:`.sql`); template candidates are checked on the exact
   Jaccard similarity of their messages; connected components of the accepted links are the
   campaigns, named ``c-`` + the first 16 hex digits of SHA-256 of the smallest member id.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
import multiprocessing
import os
import tempfile
import time
from collections import deque
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from multiprocessing.pool import AsyncResult
from pathlib import Path
from typing import Any, TextIO

import numpy as np
from scipy.sparse import coo_matrix
from scipy.sparse.csgraph import connected_components

from countersight.campaigns import engine_duckdb
from countersight.campaigns.artefacts import extract_artefacts, template_text
from countersight.campaigns.links import DEFAULT_RULES, TEMPLATE_KIND, LinkRules
from countersight.campaigns.templates import (
    band_keys,
    estimated_similarity,
    jaccard,
    shingles,
    signature,
)
from countersight.config import Settings
from countersight.sources.approach_documents import printable, validate_item

ENGINES = ("duckdb",)
#: Lines per unit of work handed to a worker process.
CHUNK_LINES = 2000
#: Inputs with fewer lines than this are read in this process (starting workers costs more).
PARALLEL_FROM_LINES = 20_000
#: Candidate template pairs whose MinHash estimate is this far below the threshold are dropped
#: without the exact check (64 permutations: the estimate's standard error is at most 0.0625).
ESTIMATE_MARGIN = 0.1


@dataclass
class LineResult:
    """What one input line gave: a report (id, artefact rows, template text) or an error."""

    line: int
    report_id: str | None = None
    error: str | None = None
    warnings: list[str] = field(default_factory=list)
    rows: str = ""
    template: bytes | None = None
    signature: bytes | None = None


@dataclass
class BuildSummary:
    """Counts of one rebuild."""

    reports: int = 0
    skipped: int = 0
    problems: int = 0
    campaigns: int = 0
    linked: int = 0
    seconds: dict[str, float] = field(default_factory=dict)


def _process_line(
    number: int, line: str, where: str, rules: LinkRules, settings: Settings
) -> LineResult:
    try:
        item = json.loads(line)
    except json.JSONDecodeError as exc:
        return LineResult(number, error=f"{where}: invalid JSON: {exc.msg}")
    except RecursionError:
        return LineResult(number, error=f"{where}: JSON nested too deeply")
    doc = validate_item(item, where, settings)
    if doc.approach is None:
        raw_id = item.get("id") if isinstance(item, dict) else None
        kept = raw_id if isinstance(raw_id, str) and raw_id else None
        return LineResult(number, report_id=kept, error=doc.error)
    approach = doc.approach
    if not (isinstance(item, dict) and isinstance(item.get("id"), str) and item["id"]):
        return LineResult(number, error=f"{where}: id: a report needs a non-empty string id")
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    for artefact in extract_artefacts(approach, rules):
        writer.writerow((number, artefact.kind, artefact.value, artefact.shown, artefact.field))
    text = template_text(approach, rules.template_max_chars)
    template = sig = None
    if len(text) >= rules.template_min_chars:
        template = text.encode("utf-8")
        values = signature(shingles(text, rules.shingle_size), rules)
        sig = values.tobytes()
        for key in band_keys(values, rules):
            writer.writerow((number, TEMPLATE_KIND, key, "", "messages"))
    return LineResult(
        number,
        report_id=str(approach.id),
        warnings=doc.warnings,
        rows=out.getvalue(),
        template=template,
        signature=sig,
    )


def _process_chunk(
    name: str, start: int, lines: list[str], rules: LinkRules, settings: Settings
) -> list[LineResult]:
    results = []
    for offset, line in enumerate(lines):
        if line.strip():
            number = start + offset
            results.append(_process_line(number, line, f"{name}:{number}", rules, settings))
    return results


def _chunks(handle: TextIO) -> Iterator[tuple[int, list[str]]]:
    start, lines = 1, list[str]()
    for number, line in enumerate(handle, start=1):
        if not lines:
            start = number
        lines.append(line)
        if len(lines) >= CHUNK_LINES:
            yield start, lines
            lines = []
    if lines:
        yield start, lines


def _results(
    path: Path, rules: LinkRules, settings: Settings, workers: int
) -> Iterator[LineResult]:
    name = str(path)
    with path.open(encoding="utf-8-sig", errors="replace", newline="\n") as handle:
        if workers <= 1:
            for start, lines in _chunks(handle):
                yield from _process_chunk(name, start, lines, rules, settings)
            return
        context = multiprocessing.get_context("forkserver")
        with context.Pool(workers) as pool:
            pending: deque[AsyncResult[list[LineResult]]] = deque()
            for start, lines in _chunks(handle):
                pending.append(
                    pool.apply_async(_process_chunk, (name, start, lines, rules, settings))
                )
                while len(pending) > 2 * workers:
                    yield from pending.popleft().get()
            while pending:
                yield from pending.popleft().get()


def _line_count_at_least(path: Path, count: int) -> bool:
    with path.open("rb") as handle:
        for seen, _ in enumerate(handle, start=1):
            if seen >= count:
                return True
    return False


class _TemplateChecker:
    """The check of candidate template pairs: MinHash estimate first, then exact Jaccard.

    Pairs whose signatures agree on too few values (estimate below the threshold less
    :data:`ESTIMATE_MARGIN`) are dropped at once, in bulk; the others are checked on the exact
    Jaccard similarity of their shingle sets, from the texts kept during extraction, unless the
    links accepted so far (shared artefacts first, then checked pairs in order) already join
    the two: the partition is the same, and each report needs one checked link, not all.
    """

    def __init__(self, rules: LinkRules) -> None:
        self._rules = rules
        self.texts: dict[int, bytes] = {}
        self._lines: list[int] = []
        self._signatures: list[bytes] = []
        self.shingle_set = lru_cache(maxsize=16_384)(self._shingle_set)

    def add(self, line: int, text: bytes, sig: bytes) -> None:
        self.texts[line] = text
        self._lines.append(line)
        self._signatures.append(sig)

    def _shingle_set(self, report: int) -> frozenset[int]:
        text = self.texts.get(report, b"").decode("utf-8")
        return frozenset(shingles(text, self._rules.shingle_size).tolist())

    def __call__(
        self,
        shared: tuple[np.ndarray[Any, Any], np.ndarray[Any, Any]],
        candidates: tuple[np.ndarray[Any, Any], np.ndarray[Any, Any]],
        out: Path,
    ) -> None:
        threshold = self._rules.template_threshold
        a, b = candidates
        parent: dict[int, int] = {}

        def find(x: int) -> int:
            root = x
            while (up := parent.get(root, root)) != root:
                root = up
            while x != root:
                parent[x], x = root, parent.get(x, x)
            return root

        def union(x: int, y: int) -> bool:
            rx, ry = find(x), find(y)
            if rx == ry:
                return False
            parent[max(rx, ry)] = min(rx, ry)
            return True

        for x, y in zip(shared[0].tolist(), shared[1].tolist(), strict=True):
            union(x, y)
        lines = np.asarray(self._lines, dtype=np.int64)
        sigs = np.frombuffer(b"".join(self._signatures), dtype=np.uint32).reshape(
            len(self._lines), self._rules.num_perm
        )
        self._signatures.clear()
        estimate = estimated_similarity(sigs, np.searchsorted(lines, a), np.searchsorted(lines, b))
        keep = estimate >= threshold - ESTIMATE_MARGIN
        self.counts = {"candidates": len(a), "estimated": int(keep.sum()), "checked": 0}
        with out.open("w", encoding="utf-8", newline="") as handle:
            writer = csv.writer(handle, lineterminator="\n")
            for x, y in zip(a[keep].tolist(), b[keep].tolist(), strict=True):
                if find(x) == find(y):
                    continue  # already in one campaign: the check cannot change the partition
                self.counts["checked"] += 1
                similarity = jaccard(self.shingle_set(x), self.shingle_set(y))
                if similarity >= threshold:
                    union(x, y)
                    reason = (
                        f"near-duplicate messages (Jaccard {similarity:.2f} on "
                        f"{self._rules.shingle_size}-character shingles)"
                    )
                    writer.writerow((x, y, reason))
        self.texts.clear()
        self.shingle_set.cache_clear()


def campaign_id(member_ids: list[str]) -> str:
    """A campaign's stable id: ``c-`` + SHA-256 of its smallest member id (16 hex digits)."""
    return "c-" + hashlib.sha256(min(member_ids).encode("utf-8")).hexdigest()[:16]


def build(
    path: Path,
    out: TextIO,
    *,
    rules: LinkRules = DEFAULT_RULES,
    engine: str = "duckdb",
    settings: Settings | None = None,
    workers: int | None = None,
    report: Callable[[str], None] = lambda message: None,
) -> BuildSummary:
    """Rebuild every campaign from the reports in ``path``; write JSON Lines to ``out``.

    ``report`` gets every problem and warning as one line (the CLI prints them on stderr).
    """
    if engine not in ENGINES:
        raise ValueError(f"unknown engine {engine!r}; choose one of {', '.join(ENGINES)}")
    settings = settings or Settings()
    if workers is None:
        parallel = _line_count_at_least(path, PARALLEL_FROM_LINES)
        workers = min(os.cpu_count() or 1, 8) if parallel else 1
    summary = BuildSummary()
    clock = time.perf_counter()
    seen: set[str] = set()
    numbers: list[int] = []
    ids: list[str] = []
    checker = _TemplateChecker(rules)
    with tempfile.TemporaryDirectory(prefix="countersight-campaigns-") as tmp:
        workdir = Path(tmp)
        artefacts_csv = workdir / "artefacts.csv"
        with artefacts_csv.open("w", encoding="utf-8", newline="") as rows:
            for result in _results(path, rules, settings, workers):
                for warning in result.warnings:
                    report(f"warning: {warning}")
                if result.report_id is not None and result.report_id in seen:
                    summary.skipped += 1
                    report(
                        f"error: {path}:{result.line}: duplicate id "
                        f"{printable(result.report_id)}: this later report is skipped"
                    )
                    continue
                if result.error is not None:
                    summary.problems += 1
                    if result.report_id is None:
                        summary.skipped += 1
                        report(f"error: {result.error} (skipped)")
                        continue
                    report(f"error: {result.error} (kept unlinked)")
                assert result.report_id is not None
                seen.add(result.report_id)
                numbers.append(result.line)
                ids.append(result.report_id)
                rows.write(result.rows)
                if result.template is not None and result.signature is not None:
                    checker.add(result.line, result.template, result.signature)
        summary.reports = len(ids)
        seen.clear()
        summary.seconds["extract"] = time.perf_counter() - clock
        clock = time.perf_counter()
        links = engine_duckdb.link(artefacts_csv, workdir, rules, checker)
        summary.seconds["link"] = time.perf_counter() - clock
        clock = time.perf_counter()
        try:
            summary.campaigns, summary.linked = _write(out, numbers, ids, links)
        finally:
            links.close()
        summary.seconds["write"] = time.perf_counter() - clock
    return summary


def _write(
    out: TextIO, numbers: list[int], ids: list[str], links: engine_duckdb.DuckDBLinks
) -> tuple[int, int]:
    size = (numbers[-1] + 1) if numbers else 1
    line_of = np.asarray(numbers, dtype=np.int64)
    a, b = links.edges()
    graph = coo_matrix((np.ones(len(a), dtype=np.int8), (a, b)), shape=(size, size))
    _, labels = connected_components(graph, directed=False)
    member_labels = labels[line_of]
    counts = np.bincount(member_labels, minlength=int(labels.max()) + 1 if size else 1)
    smallest: dict[int, str] = {}
    for label, report_id in zip(member_labels.tolist(), ids, strict=True):
        if counts[label] > 1 and (label not in smallest or report_id < smallest[label]):
            smallest[label] = report_id
    names = {label: campaign_id([rid]) for label, rid in smallest.items()}
    id_of = dict(zip(numbers, ids, strict=True))
    stream = links.links()
    pending = next(stream, None)
    linked = 0
    for number, report_id, label in zip(numbers, ids, member_labels.tolist(), strict=True):
        entries: list[dict[str, str]] = []
        while pending is not None and pending[0] <= number:
            if pending[0] == number:
                entries.append({"id": id_of[pending[1]], "reason": pending[2]})
            pending = next(stream, None)
        name = names.get(label)
        linked += name is not None
        out.write(
            json.dumps({"id": report_id, "campaign_id": name, "links": entries}, ensure_ascii=False)
            + "\n"
        )
    return len(names), linked
