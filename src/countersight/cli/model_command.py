"""``countersight model``: train, evaluate and inspect the shipped models."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated

import typer

from countersight.cli.screen_command import OutputFormat
from countersight.evaluation.emscad_eval import evaluate_shipped
from countersight.learning.artefacts import SHIPPED
from countersight.screening.scorer import Scorer
from countersight.screening.training import EMSCAD_CSV, TRAINING_SETS, train_models, write_models

app = typer.Typer(help="Train, evaluate and inspect the shipped models.", no_args_is_help=True)


@app.command("train")
def train(
    corpus: Annotated[
        list[str] | None,
        typer.Option(
            "--corpus",
            help=f"Labelled approaches [default: {', '.join(TRAINING_SETS)}]",
            show_default=False,
        ),
    ] = None,
    emscad: Annotated[
        Path, typer.Option("--emscad", help="EMSCAD CSV (text,fraudulent) for the fraud model")
    ] = Path(EMSCAD_CSV),
    output: Annotated[
        Path, typer.Option("--output", help="Folder to write the model files and manifest to")
    ] = SHIPPED,
) -> None:
    """Fit the text models and the scorer (deterministic: same data and seed, same bytes)."""
    trained = train_models(corpus or list(TRAINING_SETS), emscad)
    write_models(trained, output)
    for name, data in sorted(trained.files.items()):
        typer.echo(f"wrote {output / name} ({len(data)} bytes)")
    typer.echo(f"model_version {trained.scorer.model_version}")


@app.command("evaluate")
def evaluate(
    emscad: Annotated[
        Path,
        typer.Option("--emscad", help="CSV with the columns text,fraudulent", show_default=False),
    ],
    output_format: Annotated[OutputFormat, typer.Option("--format")] = OutputFormat.text,
) -> None:
    """Score labelled EMSCAD rows with the shipped fraud model, unchanged (CONTRACTS.md 3).

    Rows that are not UTF-8, have no text or a label other than 0/1 are named on standard error
    and skipped; the figures cover the rest.
    """
    result, data = evaluate_shipped(emscad)
    for line in data.errors[:50]:
        sys.stderr.write(f"warning: {line}\n")
    if data.errors:
        sys.stderr.write(
            f"warning: {emscad}: {len(data.errors)} row(s) skipped "
            f"({data.non_utf8} not UTF-8), {result['rows']} scored\n"
        )
    if output_format is OutputFormat.json:
        typer.echo(json.dumps(result))
        return
    typer.echo(f"rows {result['rows']}")
    for key in ("f1", "precision", "recall", "pr_auc", "roc_auc"):
        typer.echo(f"{key:10s} {result[key]:.4f}")


@app.command("show")
def show() -> None:
    """Print the shipped scorer's version, intercept and weights."""
    scorer = Scorer.load()
    typer.echo(f"model_version {scorer.model_version}")
    typer.echo(f"baseline      {scorer.baseline:.3f} (intercept {scorer.intercept:+.3f})")
    for code, weight in sorted(scorer.weights.items(), key=lambda kv: -kv[1]):
        typer.echo(f"{code:32s} {weight:+.3f}")
