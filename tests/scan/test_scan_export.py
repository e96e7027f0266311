"""``countersight scan`` end to end on generated exports of every layout, and on hostile ZIPs."""

from __future__ import annotations

import json
import subprocess
import sys
import time
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

import pytest

from countersight.config import Settings
from countersight.scan import hostile_archives
from countersight.scan.run import scan_export
from countersight.scan.synthetic import ExportSpec, Truth, build_files, write_folder, write_zip
from countersight.screening import Screener
from countersight.sources.linkedin.text import MOJIBAKE_PAIR, repair

from conftest import CORPUS

HELDOUT = CORPUS / "heldout"
CONTRACT_KEYS = {"id", "score", "band", "indicators", "model_version"}
SCAN_KEYS = {"sender", "first_seen", "source"}


@pytest.fixture(scope="module")
def screener() -> Screener:
    return Screener(settings=Settings(today=datetime(2026, 11, 1, tzinfo=UTC).date()))


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "countersight", "scan", *args],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
        env={"PATH": "/usr/bin:/bin", "COLUMNS": "160", "COUNTERSIGHT_TODAY": "2026-11-01"},
    )


def export(tmp_path: Path, spec: ExportSpec, folder: bool = False) -> tuple[Path, Truth]:
    files, truth = build_files(spec, corpus=HELDOUT)
    # The scan repairs mojibake in names (and so in invitation and legacy ids); so does the truth.
    truth = replace(
        truth,
        inbound_ids=frozenset(map(repair, truth.inbound_ids)),
        hostile_ids=frozenset(map(repair, truth.hostile_ids)),
        connected_before=frozenset(map(repair, truth.connected_before)),
    )
    if folder:
        return write_folder(files, tmp_path / "export"), truth
    return write_zip(files, tmp_path / "export.zip"), truth


LAYOUTS = [
    ExportSpec(seed=3, layout="current"),
    ExportSpec(seed=4, layout="current_attachments", html=True, crlf=True),
    ExportSpec(seed=5, layout="lowercase", bom=True, mojibake=True),
    ExportSpec(seed=6, layout="legacy", mojibake=True, html=True),
]


@pytest.mark.parametrize("spec", LAYOUTS, ids=lambda s: s.layout)
def test_every_layout_finds_exactly_the_inbound_approaches(
    tmp_path: Path, spec: ExportSpec, screener: Screener
) -> None:
    path, truth = export(tmp_path, spec)
    report = scan_export(path, screener)
    found = {a.assessment.id for a in report.approaches}
    assert found == set(truth.inbound_ids)
    assert report.summary.messages_read == truth.messages
    assert report.summary.skipped == 0, report.summary.problems
    assert report.summary.owner is not None
    assert report.summary.owner.casefold() == truth.owner.casefold()
    before = {a.assessment.id for a in report.approaches if a.connection.before_approach}
    assert before == set(truth.connected_before)
    scores = [a.assessment.score for a in report.approaches]
    assert scores == sorted(scores, reverse=True)
    # No mojibake or markup reaches the screened text.
    for item in report.approaches:
        for message in item.approach.messages:
            assert not MOJIBAKE_PAIR.search(message.text), message.text
            assert "<p>" not in message.text and "&amp;" not in message.text
        assert not MOJIBAKE_PAIR.search(item.sender), item.sender


def test_hostile_approaches_rank_above_the_rest(tmp_path: Path, screener: Screener) -> None:
    path, truth = export(tmp_path, ExportSpec(seed=11, conversations=120, hostile_share=0.15))
    report = scan_export(path, screener)
    ranked = [a.assessment.id for a in report.approaches]
    hostile = [i for i in ranked if i in truth.hostile_ids]
    assert hostile, "the generated export has hostile approaches"
    top = ranked[: len(hostile)]
    precision = len(set(top) & truth.hostile_ids) / len(hostile)
    assert precision >= 0.8, (precision, top)


def test_folder_and_lone_files_give_the_same_approaches(tmp_path: Path, screener: Screener) -> None:
    spec = ExportSpec(seed=7)
    folder, truth = export(tmp_path, spec, folder=True)
    from_folder = scan_export(folder, screener)
    assert {a.assessment.id for a in from_folder.approaches} == set(truth.inbound_ids)
    lone = scan_export(folder / "messages.csv", screener)
    assert {a.assessment.id for a in lone.approaches} == {
        i for i in truth.inbound_ids if not i.startswith("invitation:")
    }
    invitations = scan_export(folder / "Invitations.csv", screener)
    assert all(a.source == "invitations" for a in invitations.approaches)


def test_missing_files_are_warnings_not_failures(tmp_path: Path, screener: Screener) -> None:
    spec = ExportSpec(seed=8, include=frozenset({"messages.csv"}))
    path, truth = export(tmp_path, spec)
    report = scan_export(path, screener)
    assert report.summary.skipped == 0
    assert any("no Invitations.csv" in p for p in report.summary.problems)
    assert {a.assessment.id for a in report.approaches} == set(truth.inbound_ids)


def test_json_lines_follow_contract_4(tmp_path: Path) -> None:
    path, truth = export(tmp_path, ExportSpec(seed=9))
    result = run("--format", "json", str(path))
    assert result.returncode == 0, result.stderr
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert {r["id"] for r in rows} == set(truth.inbound_ids)
    assert [r["score"] for r in rows] == sorted((r["score"] for r in rows), reverse=True)
    for row in rows:
        assert row.keys() >= CONTRACT_KEYS | SCAN_KEYS
        assert row["source"] in ("messages", "invitations")
        assert row["first_seen"] is None or datetime.fromisoformat(row["first_seen"])
        assert row["sender"]


def test_text_table_and_html_report(tmp_path: Path) -> None:
    path, _truth = export(tmp_path, ExportSpec(seed=10, hostile_share=0.2))
    report = tmp_path / "report.html"
    result = run("--html", str(report), str(path))
    assert result.returncode == 0, result.stderr
    assert "highest risk first" in result.stdout
    assert "approaches started by others screened" in result.stdout
    page = report.read_text(encoding="utf-8")
    assert page.startswith("<!DOCTYPE html>") or page.lower().startswith("<!doctype html>")
    assert 'http-equiv="Content-Security-Policy"' in page


def test_hostile_archives_end_in_one_line_and_exit_2(tmp_path: Path) -> None:
    traversal = tmp_path / "traversal.zip"
    hostile_archives.zip_with_traversal(traversal)
    result = run("--format", "json", str(traversal))
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    assert result.stderr.count("leaves the archive") == 4
    assert hostile_archives.TRAVERSAL_MARKER not in result.stdout
    assert result.stdout.strip(), "the good messages.csv is still scanned"
    assert not list(tmp_path.glob("evil*")) and not (tmp_path.parent / "evil.csv").exists()

    for method in ("deflate", "bzip2"):
        bomb = tmp_path / f"bomb-{method}.zip"
        hostile_archives.zip_bomb(ratio_target=500, path=bomb, method=method)
        start = time.perf_counter()
        result = run(str(bomb))
        assert time.perf_counter() - start < 60
        assert result.returncode == 2, result.stderr
        assert "Traceback" not in result.stderr
        assert "not read" in result.stderr

    liar = tmp_path / "liar.zip"
    hostile_archives.zip_lying_sizes(path=liar)
    result = run(str(liar))
    assert result.returncode == 2 and "Traceback" not in result.stderr

    for name, build in (
        ("cut.zip", hostile_archives.truncated_zip),
        ("page.zip", hostile_archives.not_a_zip),
    ):
        target = tmp_path / name
        build(path=target)
        result = run(str(target))
        assert result.returncode == 1
        assert result.stderr.count("\n") == 1 and "Traceback" not in result.stderr
        assert result.stderr.startswith("countersight: error: ")


def test_malformed_rows_are_named_and_the_rest_is_scanned(tmp_path: Path) -> None:
    files, truth = build_files(ExportSpec(seed=12), corpus=HELDOUT)
    lines = files["messages.csv"].decode("utf-8").split("\n")
    lines.insert(1, "broken,row")
    files["messages.csv"] = "\n".join(lines).encode("utf-8")
    path = write_zip(files, tmp_path / "export.zip")
    result = run("--format", "json", str(path))
    assert result.returncode == 2
    assert "messages.csv line 2: 2 fields where the header has" in result.stderr
    assert len(result.stdout.splitlines()) >= len(truth.inbound_ids) - 1


def test_unwritable_report_fails_before_scanning(tmp_path: Path) -> None:
    path, _truth = export(tmp_path, ExportSpec(seed=15))
    result = run("--html", str(tmp_path / "no" / "such" / "r.html"), str(path))
    assert result.returncode == 1
    assert result.stdout == ""
    assert "its folder does not exist" in result.stderr and "Traceback" not in result.stderr


def test_missing_path_is_one_line(tmp_path: Path) -> None:
    result = run(str(tmp_path / "nothing.zip"))  # one line, no traceback
    assert result.returncode == 1
    missing = tmp_path / "nothing.zip"
    assert result.stderr == f"countersight: error: {missing}: no such file or folder\n"


def test_sender_names_carry_no_weight(tmp_path: Path, screener: Screener) -> None:
    """Fairness: rename every sender (in FROM, TO and the texts) to names of another origin;
    no approach's score moves by more than 0.02 (CONTRACTS.md section 2)."""
    files, _truth = build_files(ExportSpec(seed=13, hostile_share=0.3), corpus=HELDOUT)
    first = scan_export(write_zip(files, tmp_path / "a.zip"), screener)
    pool = ["Wei Zhang", "John Smith", "Olga Ivanova", "Mohammed Al-Farsi", "Nguyen Van An"]
    text = files["messages.csv"].decode("utf-8")
    for i, item in enumerate(a for a in first.approaches if a.source == "messages"):
        if item.sender and item.sender != "LinkedIn Member":
            text = text.replace(item.sender, pool[i % len(pool)] + f" {i}")
    files["messages.csv"] = text.encode("utf-8")
    second = scan_export(write_zip(files, tmp_path / "b.zip"), screener)
    before = {a.assessment.id: a.assessment.score for a in first.approaches}
    after = {a.assessment.id: a.assessment.score for a in second.approaches}
    assert before.keys() == after.keys()
    renamed = {a.sender for a in second.approaches} - {a.sender for a in first.approaches}
    assert len(renamed) >= 10, "the senders were renamed"
    moved = {k: abs(before[k] - after[k]) for k in before if abs(before[k] - after[k]) > 0.02}
    assert not moved


def test_json_line_is_the_assessment_plus_the_scan_keys(tmp_path: Path, screener: Screener) -> None:
    path, _truth = export(tmp_path, ExportSpec(seed=14))
    report = scan_export(path, screener, records=True)
    for item in report.approaches:
        row = json.loads(item.json_line())
        screened = json.loads(item.assessment.model_dump_json()) if not item.slimmed else None
        assert row.keys() >= CONTRACT_KEYS | SCAN_KEYS | {"sender_profile_url", "connection"}
        if screened is not None:
            assert {k: row[k] for k in screened} == screened
