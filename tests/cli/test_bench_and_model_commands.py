"""``countersight bench approaches``, ``model show`` and ``indicators`` from the command line."""

from __future__ import annotations

import json
import subprocess
import sys

from countersight.screening.registry import REGISTRY

from conftest import CORPUS, ROOT


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "countersight", *args],
        capture_output=True, text=True, timeout=300, check=False, cwd=ROOT,
        env={"PATH": "/usr/bin:/bin", "COLUMNS": "200"},
    )  # fmt: skip


def test_bench_approaches_prints_the_figures_as_json() -> None:
    result = run("bench", "approaches", "--format", "json", str(CORPUS / "heldout"))
    assert result.returncode == 0, result.stderr
    figures = json.loads(result.stdout)
    assert figures["cases"] == sum(figures["by_label"].values()) > 0
    assert 0.5 < figures["roc_auc"] <= 1.0
    assert 0.0 <= figures["recall_at_5pct_fpr"] <= 1.0
    assert set(figures["confusion_at_0.5"]) == {"tp", "fp", "fn", "tn"}
    assert set(figures["indicators"]) == set(REGISTRY)


def test_bench_approaches_text_report() -> None:
    result = run("bench", "approaches", str(CORPUS / "heldout"))
    assert result.returncode == 0, result.stderr
    for label in ("ROC-AUC", "recall at 5% FPR", "confusion", "precision", "recall"):
        assert label in result.stdout


def test_model_show_and_indicators_list_every_code() -> None:
    shown = run("model", "show")
    assert shown.returncode == 0, shown.stderr
    listed = run("indicators")
    assert listed.returncode == 0, listed.stderr
    for code in REGISTRY:
        assert code in shown.stdout
        assert code in listed.stdout


def test_model_train_without_a_corpus_is_a_one_line_error() -> None:
    result = run("model", "train", "--corpus", "/nonexistent/cases", "--output", "/tmp/x.json")
    assert result.returncode == 1
    assert result.stderr.strip().count("\n") == 0
    assert "/nonexistent/cases: no such file or folder" in result.stderr
