"""``countersight bench``: print the figures of a labelled benchmark."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.table import Table

from countersight.cli.screen_command import OutputFormat
from countersight.evaluation.approaches_bench import bench_approaches
from countersight.evaluation.emscad_eval import cross_validate
from countersight.learning.groups import NEAR_DUPLICATE
from countersight.screening.training import EMSCAD_CSV

app = typer.Typer(help="Labelled benchmarks that print their figures.", no_args_is_help=True)

DEFAULT_HELDOUT = "corpus/approaches/heldout"


@app.command("approaches")
def approaches(
    paths: Annotated[
        list[str] | None,
        typer.Argument(
            help=f"Folders or files of labelled approaches [default: {DEFAULT_HELDOUT}]",
            show_default=False,
        ),
    ] = None,
    output_format: Annotated[OutputFormat, typer.Option("--format")] = OutputFormat.text,
) -> None:
    """ROC-AUC, recall at 5% false positives, calibration, confusion matrix, per-indicator P/R."""
    result = bench_approaches(paths or [DEFAULT_HELDOUT])
    if output_format is OutputFormat.json:
        typer.echo(json.dumps(result, indent=2))
        return
    print_report(result)


@app.command("emscad")
def emscad(
    path: Annotated[
        Path, typer.Argument(help=f"EMSCAD CSV (text,fraudulent) [default: {EMSCAD_CSV}]")
    ] = Path(EMSCAD_CSV),
    grouping: Annotated[
        str,
        typer.Option(
            "--grouping",
            help="exact: identical texts kept together; near: also "
            f"texts with TF-IDF cosine >= {NEAR_DUPLICATE}",
        ),
    ] = "exact",
    seeds: Annotated[int, typer.Option("--seeds", help="Repetitions of 5-fold CV")] = 3,
) -> None:
    """The fraud-model recipe against plain TF-IDF + LR, on group-aware folds (medians)."""
    if grouping not in ("exact", "near"):
        raise typer.BadParameter("expected exact or near", param_hint="--grouping")
    result = cross_validate(path, grouping, tuple(range(seeds)))
    typer.echo(json.dumps(result, indent=2))


def _fmt(value: Any) -> str:
    return "n/a" if value is None else f"{value:.3f}"


def print_report(result: dict[str, Any]) -> None:
    console = Console(highlight=False)
    console.print(f"[bold]Approach benchmark[/] ({result['model_version']})")
    labels = ", ".join(f"{k} {v}" for k, v in sorted(result["by_label"].items()))
    console.print(f"cases: {result['cases']} ({labels}); skipped: {len(result['skipped'])}")
    for line in result["skipped"]:
        console.print(f"  skipped: {line}", markup=False)
    console.print(f"ROC-AUC               {_fmt(result['roc_auc'])}")
    console.print(f"recall at 5% FPR      {_fmt(result['recall_at_5pct_fpr'])}")
    console.print(f"ECE (10 bins)         {_fmt(result['ece'])}")
    console.print(f"Brier score           {_fmt(result['brier'])}")
    for key in (k for k in result if k.startswith("confusion_at_")):
        c = result[key]
        console.print(
            f"confusion {key.removeprefix('confusion_at_'):>5}: "
            f"TP {c['tp']}  FP {c['fp']}  FN {c['fn']}  TN {c['tn']}"
        )
    table = Table(title="Per indicator (fires alone as a classifier)")
    for column in ("indicator", "fires", "precision", "recall"):
        table.add_column(column, justify="left" if column == "indicator" else "right")
    for code, row in result["indicators"].items():
        table.add_row(code, str(row["fires"]), _fmt(row["precision"]), _fmt(row["recall"]))
    console.print(table)
    for miss in result["misclassified_at_0.5"]:
        console.print(
            f"  misclassified: {miss['id']} ({miss['label']}) score {miss['score']:.3f}",
            markup=False,
        )
