"""``countersight screen`` (CONTRACTS.md section 2)."""

from __future__ import annotations

import gc
import sys
from enum import StrEnum
from typing import Annotated

import typer
from rich.console import Console

from countersight.cli.render import render_assessment
from countersight.config import Settings
from countersight.screening import Screener
from countersight.sources.approach_documents import read_all


class OutputFormat(StrEnum):
    text = "text"
    json = "json"


def screen(
    paths: Annotated[
        list[str],
        typer.Argument(
            help="Approach documents: .json (object or array) or .jsonl files, "
            "folders of them, or - for standard input.",
            show_default=False,
        ),
    ],
    output_format: Annotated[
        OutputFormat, typer.Option("--format", help="text for people, json for JSON Lines")
    ] = OutputFormat.text,
) -> None:
    """Screen approaches: a calibrated score, red flags with quoted evidence, and advice.

    Exit status 0 when every input was screened, 2 when any input could not be read (each such
    input is named on standard error and the others are still screened).
    """
    settings = Settings.from_env()
    screener = Screener(settings=settings)
    gc.freeze()  # the loaded models and patterns live as long as the command: never collect them
    out = Console(highlight=False, soft_wrap=False)
    failed = 0
    for doc in read_all(paths, settings):
        for warning in doc.warnings:
            sys.stderr.write(f"warning: {warning}\n")
        if doc.approach is None:
            failed += 1
            sys.stderr.write(f"error: {doc.error}\n")
            continue
        assessment = screener.screen(doc.approach)
        if output_format is OutputFormat.json:
            sys.stdout.write(assessment.model_dump_json() + "\n")
        else:
            out.print(render_assessment(doc.approach, assessment))
    sys.stdout.flush()
    if failed:
        raise typer.Exit(code=2)
