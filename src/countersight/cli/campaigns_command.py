"""``countersight campaigns`` (CONTRACTS.md section 5): link reports into campaigns."""

from __future__ import annotations

import dataclasses
import sys
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from countersight.config import Settings

#: The default of ``--max-shared`` (``countersight.campaigns.DEFAULT_RULES.max_shared``).
MAX_SHARED = 1000

app = typer.Typer(help="Link reported approaches into campaigns.", no_args_is_help=True)


class Engine(StrEnum):
    duckdb = "duckdb"


class CampaignFormat(StrEnum):
    json = "json"


def _stderr(message: str) -> None:
    sys.stderr.write(message + "\n")


@app.command("build")
def build_command(
    input_path: Annotated[
        Path,
        typer.Option(
            "--input",
            help="Reports: approach documents as JSON Lines, each with a unique id.",
            show_default=False,
        ),
    ],
    engine: Annotated[
        Engine, typer.Option("--engine", help="Where the bulk rebuild runs")
    ] = Engine.duckdb,
    output_format: Annotated[
        CampaignFormat, typer.Option("--format", help="json: JSON Lines, one per report")
    ] = CampaignFormat.json,
    max_shared: Annotated[
        int,
        typer.Option(
            "--max-shared",
            min=2,
            help="A value shared by more reports than this is generic and links nothing",
        ),
    ] = MAX_SHARED,
    workers: Annotated[
        int | None,
        typer.Option(
            "--workers",
            min=1,
            help="Processes extracting artefacts [default: the CPUs, for large inputs]",
            show_default=False,
        ),
    ] = None,
    verbose: Annotated[
        bool, typer.Option("--verbose", help="Counts and the time of each phase on stderr")
    ] = False,
) -> None:
    """Rebuild every campaign from REPORTS: one JSON line per report, its campaign and links.

    Each line is {"id", "campaign_id", "links": [{"id", "reason"}]}; campaign_id is null for
    a report linked to nothing. Exit status 2 when any report was skipped or could not be read
    (each named on standard error), 0 otherwise.
    """
    from countersight.campaigns import DEFAULT_RULES, build  # DuckDB only when it is needed

    del output_format  # JSON Lines is the only format
    if not input_path.is_file():
        _stderr(f"error: {input_path}: no such file")
        raise typer.Exit(code=2)
    rules = dataclasses.replace(DEFAULT_RULES, max_shared=max_shared)
    summary = build(
        input_path,
        sys.stdout,
        rules=rules,
        engine=engine.value,
        settings=Settings.from_env(),
        workers=workers,
        report=_stderr,
    )
    sys.stdout.flush()
    if verbose:
        phases = ", ".join(f"{name} {seconds:.1f} s" for name, seconds in summary.seconds.items())
        _stderr(
            f"{summary.reports} reports, {summary.linked} in {summary.campaigns} campaigns, "
            f"{summary.skipped} skipped; {phases}"
        )
    if summary.skipped or summary.problems:
        raise typer.Exit(code=2)
