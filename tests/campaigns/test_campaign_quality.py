"""Quality on generated reports with planted campaigns, and the command-line contract."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

from sklearn.metrics import adjusted_rand_score

from countersight.campaigns import build, synthetic
from countersight.domain import Approach

from conftest import ROOT


def test_generated_reports_are_valid_and_deterministic() -> None:
    first = list(synthetic.generate(300, seed=7))
    assert first == list(synthetic.generate(300, seed=7))
    for document in first:
        Approach.model_validate(document)
    assert len({d["id"] for d in first}) == 300


def test_planted_campaigns_are_found(tmp_path: Path) -> None:
    path = tmp_path / "reports.jsonl"
    synthetic.write(path, 2000, seed=3)
    out = io.StringIO()
    summary = build(path, out, workers=1)
    assert summary.skipped == 0 and summary.problems == 0
    truth = []
    for line in path.read_text("utf-8").splitlines():
        d = json.loads(line)
        truth.append(d["provenance"]["planted_campaign"] or "noise-" + d["id"])
    rows = [json.loads(line) for line in out.getvalue().splitlines()]
    found = [r["campaign_id"] or "single-" + r["id"] for r in rows]
    assert adjusted_rand_score(truth, found) >= 0.95


def test_the_command_writes_one_line_per_report(tmp_path: Path) -> None:
    path = tmp_path / "reports.jsonl"
    lines = [
        {"id": "a", "messages": [{"text": "WhatsApp +44 7700 900123"}]},
        {"id": "b", "messages": [{"text": "wa.me/447700900123"}]},
        {"id": "c", "messages": [{"text": "hello"}]},
        {"id": "a", "messages": [{"text": "again"}]},
    ]
    path.write_text("".join(json.dumps(x) + "\n" for x in lines), "utf-8")
    result = subprocess.run(
        [sys.executable, "-m", "countersight", "campaigns", "build", "--input", str(path),
         "--engine", "duckdb", "--format", "json"],
        capture_output=True, text=True, timeout=120, check=False, cwd=ROOT,
        env={"PATH": "/usr/bin:/bin", "PYTHONPATH": str(ROOT / "src")},
    )  # fmt: skip
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1 and "duplicate id a" in result.stderr
    assert "Traceback" not in result.stderr
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["id"] for r in rows] == ["a", "b", "c"]
    for row in rows:
        assert set(row) == {"id", "campaign_id", "links"}
        for link in row["links"]:
            assert set(link) == {"id", "reason"}
            assert isinstance(link["reason"], str) and link["reason"]
    assert rows[0]["campaign_id"] == rows[1]["campaign_id"]
    assert rows[0]["campaign_id"].startswith("c-")
    assert rows[2]["campaign_id"] is None
