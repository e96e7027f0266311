"""``countersight model``: fit and inspect the shipped scorer."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from countersight.screening.scorer import Scorer
from countersight.screening.training import TRAINING_SETS, train_scorer, write_scorer

app = typer.Typer(help="Fit and inspect the scorer.", no_args_is_help=True)

SHIPPED = Path(__file__).resolve().parent.parent / "screening" / "data" / "scorer.json"


@app.command("train")
def train(
    corpus: Annotated[
        list[str] | None,
        typer.Option(
            "--corpus",
            help=f"Labelled training cases [default: {', '.join(TRAINING_SETS)}]",
            show_default=False,
        ),
    ] = None,
    output: Annotated[
        Path, typer.Option("--output", help="Where to write the scorer file")
    ] = SHIPPED,
) -> None:
    """Fit the indicator weights on labelled cases (deterministic: same data, same file)."""
    scorer = train_scorer(corpus or list(TRAINING_SETS))
    write_scorer(scorer, output)
    typer.echo(f"wrote {output} ({scorer.model_version}, sha256 {scorer.digest()[:16]})")


@app.command("show")
def show() -> None:
    """Print the shipped scorer's version, intercept and weights."""
    scorer = Scorer.load()
    typer.echo(f"model_version {scorer.model_version}")
    typer.echo(f"baseline      {scorer.baseline:.3f} (intercept {scorer.intercept:+.3f})")
    for code, weight in sorted(scorer.weights.items(), key=lambda kv: -kv[1]):
        typer.echo(f"{code:32s} {weight:+.3f}")
