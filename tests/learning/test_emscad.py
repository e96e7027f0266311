"""EMSCAD CSV input and ``countersight model evaluate`` (CONTRACTS.md section 3)."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from countersight.errors import FatalError
from countersight.learning.emscad import read_emscad

from conftest import ROOT

EMSCAD = ROOT / "data" / "emscad" / "emscad_balanced_preprocessed_train.csv"


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "countersight", *args],
        capture_output=True, text=True, timeout=300, check=False, cwd=ROOT,
    )  # fmt: skip


def _sample(tmp_path: Path, rows: int) -> Path:
    lines = EMSCAD.read_text(encoding="utf-8").splitlines()
    path = tmp_path / "sample.csv"
    path.write_text("\n".join(lines[: rows + 1]) + "\n", encoding="utf-8")
    return path


def test_the_shipped_copy_is_the_documented_file() -> None:
    data = read_emscad(EMSCAD)
    assert (len(data.texts), int(data.y.sum()), data.errors) == (1399, 647, [])


def test_evaluate_prints_the_contract_object(tmp_path: Path) -> None:
    result = run("model", "evaluate", "--emscad", str(_sample(tmp_path, 120)), "--format", "json")
    assert result.returncode == 0, result.stderr
    figures = json.loads(result.stdout)
    assert list(figures) == ["rows", "f1", "precision", "recall", "pr_auc", "roc_auc"]
    assert figures["rows"] == 120
    assert all(0.0 <= figures[k] <= 1.0 for k in ("f1", "precision", "recall", "pr_auc"))


def test_missing_columns_are_one_clear_line(tmp_path: Path) -> None:
    path = tmp_path / "wrong.csv"
    path.write_text("description,label\nsome advert,1\n", encoding="utf-8")
    result = run("model", "evaluate", "--emscad", str(path), "--format", "json")
    assert result.returncode == 1
    assert result.stderr.count("\n") == 1
    assert "wrong.csv: missing column(s) text, fraudulent" in result.stderr
    assert "Traceback" not in result.stderr


def test_bad_rows_are_reported_with_counts_and_skipped(tmp_path: Path) -> None:
    path = tmp_path / "mixed.csv"
    path.write_bytes(
        b"text,fraudulent\n"
        b"earn money from home data entry,1\n"
        b"caf\xe9 manager wanted \xff\xfe,0\n"  # Latin-1, not UTF-8
        b"senior engineer team,maybe\n"
        b",1\n"
        b"software engineer python team,0\n"
    )
    data = read_emscad(path)
    assert data.texts == ["earn money from home data entry", "software engineer python team"]
    assert data.non_utf8 == 1
    assert any("mixed.csv:3: not UTF-8" in e for e in data.errors)
    assert any("mixed.csv:4: fraudulent: expected 0 or 1" in e for e in data.errors)
    assert any("mixed.csv:5: text: empty" in e for e in data.errors)
    result = run("model", "evaluate", "--emscad", str(path), "--format", "json")
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["rows"] == 2
    assert "3 row(s) skipped (1 not UTF-8), 2 scored" in result.stderr


@pytest.mark.parametrize(
    ("content", "message"),
    [(b"", "empty, or not a CSV file"), (b"\x00\x01\x02", "missing column(s)")],
)
def test_unusable_files_are_fatal_and_named(tmp_path: Path, content: bytes, message: str) -> None:
    path = tmp_path / "bad.csv"
    path.write_bytes(content)
    with pytest.raises(FatalError, match="bad.csv: " + re.escape(message)):
        read_emscad(path)


def test_a_missing_file_is_named() -> None:
    result = run("model", "evaluate", "--emscad", "/nonexistent/x.csv")
    assert result.returncode == 1
    assert "/nonexistent/x.csv: cannot read" in result.stderr
