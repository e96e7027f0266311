"""``countersight screen`` end to end, as a person and a script run it (CONTRACTS.md section 2)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from conftest import EXAMPLES

CONTRACT_KEYS = {"id", "score", "band", "indicators", "model_version"}


def run(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "countersight", *args],
        input=stdin,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
        env={"PATH": "/usr/bin:/bin", "COLUMNS": "120", "COUNTERSIGHT_TODAY": "2026-01-01"},
    )


def test_json_lines_follow_the_contract_in_input_order() -> None:
    result = run("screen", "--format", "json", str(EXAMPLES / "approaches.jsonl"))
    assert result.returncode == 0, result.stderr
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    expected = [json.loads(line)["id"] for line in (EXAMPLES / "approaches.jsonl").open()]
    assert [r["id"] for r in rows] == expected
    for row in rows:
        assert row.keys() >= CONTRACT_KEYS
        assert 0.0 <= row["score"] <= 1.0
        assert row["band"] == (
            "high" if row["score"] >= 0.7 else "medium" if row["score"] >= 0.3 else "low"
        )
        for hit in row["indicators"]:
            assert {"code", "title", "contribution", "evidence"} <= hit.keys()
            assert hit["evidence"]
        total = row["baseline"] + sum(h["contribution"] for h in row["indicators"])
        assert abs(total - row["score"]) < 1e-4


def test_the_quantum_consultant_is_high_and_the_recruiter_low() -> None:
    result = run("screen", "--format", "json", str(EXAMPLES / "approaches.jsonl"))
    rows = {r["id"]: r for r in map(json.loads, result.stdout.splitlines())}
    assert rows["quantum-consultant"]["band"] == "high"
    assert rows["genuine-recruiter"]["band"] == "low"
    codes = {h["code"] for h in rows["quantum-consultant"]["indicators"]}
    assert {"message.paid_reports", "message.off_platform", "message.travel_offer"} <= codes


def test_text_output_shows_flags_evidence_and_advice() -> None:
    result = run("screen", str(EXAMPLES / "approaches.jsonl"))
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert "quantum-consultant" in out and "HIGH" in out
    assert "GBP 3,000" in out
    assert "security officer" in out
    assert "Traceback" not in out + result.stderr


def test_stdin_is_read_with_a_dash() -> None:
    line = (EXAMPLES / "approaches.jsonl").read_text().splitlines()[0]
    result = run("screen", "--format", "json", "-", stdin=line)
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["id"] == "quantum-consultant"


def test_bad_inputs_are_named_others_still_screened_exit_2(tmp_path: Path) -> None:
    (tmp_path / "broken.json").write_text("{nope")
    (tmp_path / "wrong.json").write_text(json.dumps({"id": "w", "messages": "hello"}))
    (tmp_path / "junk.json").write_bytes(bytes(range(256)) * 10)
    result = run(
        "screen",
        "--format",
        "json",
        str(tmp_path / "broken.json"),
        str(EXAMPLES / "approaches.jsonl"),
        str(tmp_path / "wrong.json"),
        str(tmp_path / "junk.json"),
        str(tmp_path / "absent.json"),
    )
    assert result.returncode == 2
    assert len(result.stdout.splitlines()) == 6
    errors = result.stderr.strip().splitlines()
    assert len(errors) == 4, result.stderr
    assert any("broken.json" in e and "invalid JSON" in e for e in errors)
    assert any("wrong.json (id w): messages" in e for e in errors)
    assert any("junk.json" in e for e in errors)
    assert any("absent.json" in e for e in errors)
    assert "Traceback" not in result.stderr


def test_unknown_keys_warn_and_exit_0(tmp_path: Path) -> None:
    body = {"id": "u", "favourite": 1, "messages": [{"text": "hello"}]}
    (tmp_path / "u.json").write_text(json.dumps(body))
    result = run("screen", "--format", "json", str(tmp_path / "u.json"))
    assert result.returncode == 0
    assert "unknown key 'favourite'" in result.stderr


def test_schema_approach_is_a_json_schema() -> None:
    result = run("schema", "approach")
    assert result.returncode == 0
    schema = json.loads(result.stdout)
    assert schema["required"] == ["messages"]
    assert {"sender", "recipient", "messages", "channel"} <= schema["properties"].keys()


def test_usage_errors_are_one_line_not_tracebacks() -> None:
    result = run("screen", "--format", "xml", "x.json")
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
