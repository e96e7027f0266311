"""``countersight scan`` (CONTRACTS.md section 4): every approach in a LinkedIn data export."""

from __future__ import annotations

import gc
import sys
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table
from rich.text import Text

from countersight.cli.render import BAND_STYLE, score_text
from countersight.config import Settings
from countersight.errors import FatalError
from countersight.scan.model import ScannedApproach, ScanReport
from countersight.scan.run import scan_export
from countersight.screening import Screener


class OutputFormat(StrEnum):
    text = "text"
    json = "json"


def reasons(item: ScannedApproach, limit: int = 3) -> Text:
    """The red flags that weigh most, each with a short quote."""
    out = Text()
    hits = [h for h in item.assessment.indicators if h.contribution >= 0.005][:limit]
    for hit in hits:
        if out:
            out.append("\n")
        out.append(hit.title, style="bold")
        if hit.spans:
            quote = hit.spans[0].quote.replace("\n", " ")
            out.append(f' "{quote[:60]}{"…" if len(quote) > 60 else ""}"', style="dim")
    return out if hits else Text("no red flags", style="green")


def table(report: ScanReport, top: int) -> Table:
    shown = [a for a in report.approaches if a.assessment.band != "low"]
    if top:
        shown = report.approaches[: max(top, len(shown))]
    grid = Table(title="Approaches you received, highest risk first", show_lines=True)
    grid.add_column("#", justify="right")
    grid.add_column("Score", justify="right")
    grid.add_column("Sender")
    grid.add_column("First seen", no_wrap=True)
    grid.add_column("Reasons")
    for rank, item in enumerate(shown if top else report.approaches, 1):
        band = item.assessment.band
        score = Text(score_text(item.assessment.score), style=BAND_STYLE[band])
        score.append(f"\n{band}", style=BAND_STYLE[band])
        sender = Text(item.sender, style="bold")
        sender.append(f"\n{item.connection.describe()}", style="dim")
        if item.source == "invitations":
            sender.append("\ninvitation note", style="dim")
        seen = item.first_seen.date().isoformat() if item.first_seen else "?"
        grid.add_row(str(rank), score, sender, seen, reasons(item))
    return grid


def summary_text(report: ScanReport, shown: int) -> Text:
    s = report.summary
    bands = report.by_band()
    out = Text()
    out.append(
        f"{s.messages_read:,} messages in {s.conversations:,} conversations and "
        f"{s.invitations_read:,} invitations read; {s.inbound:,} approaches started by others "
        "screened: "
    )
    out.append(f"{bands['high']} high", style=BAND_STYLE["high"])
    out.append(", ")
    out.append(f"{bands['medium']} medium", style=BAND_STYLE["medium"])
    out.append(", ")
    out.append(f"{bands['low']} low", style=BAND_STYLE["low"])
    out.append(".")
    if shown < len(report.approaches):
        out.append(
            f"\n{len(report.approaches) - shown:,} lower-risk approaches not shown "
            "(--top 0 shows all; --html writes a full report).",
            style="dim",
        )
    if bands["high"] or bands["medium"]:
        out.append(
            "\nWhat to do: keep the evidence, stay on the platform, share nothing non-public, "
            "and tell your security officer.",
            style="bold",
        )
    return out


def scan(
    path: Annotated[
        Path,
        typer.Argument(
            help="The ZIP of LinkedIn's 'Get a copy of your data', the folder it unpacks to, "
            "or a lone messages.csv / Invitations.csv.",
            show_default=False,
        ),
    ],
    output_format: Annotated[
        OutputFormat, typer.Option("--format", help="text for people, json for JSON Lines")
    ] = OutputFormat.text,
    html: Annotated[
        Path | None,
        typer.Option("--html", help="Also write a self-contained HTML report to this file."),
    ] = None,
    top: Annotated[
        int,
        typer.Option(
            help="Rows of the text table (every medium and high approach is always shown; "
            "0 shows all).",
            min=0,
        ),
    ] = 25,
) -> None:
    """Scan your own LinkedIn data export for every approach you received, ranked.

    Nothing leaves the machine and nothing from the export is written to disk. Exit status 0
    when everything was read, 2 when anything was skipped (each problem is named on standard
    error and the rest is still scanned).
    """
    if html is not None and not html.resolve().parent.is_dir():
        raise FatalError(f"{html}: its folder does not exist; the report cannot be written")
    settings = Settings.from_env()
    screener = Screener(settings=settings)
    gc.freeze()  # the loaded models and patterns live as long as the command: never collect them
    err = Console(stderr=True, highlight=False)
    with Progress(
        TextColumn("{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        console=err,
        transient=True,
        disable=not err.is_terminal,
    ) as progress:
        reading = progress.add_task("reading messages", total=None)
        screening = progress.add_task("screening approaches", total=None, visible=False)

        def on_rows(n: int) -> None:
            progress.advance(reading, n)

        def on_screened(done: int) -> None:
            progress.update(reading, visible=False)
            progress.update(screening, completed=done, visible=True)

        report = scan_export(
            path,
            screener,
            records=output_format is OutputFormat.json,
            on_rows=on_rows,
            on_screened=on_screened,
        )
    for problem in report.summary.problems:
        sys.stderr.write(f"countersight: {problem}\n")
    if output_format is OutputFormat.json:
        for item in report.approaches:
            sys.stdout.write(item.json_line() + "\n")
    else:
        out = Console(highlight=False)
        grid = table(report, top)
        if report.approaches:
            out.print(grid)
        else:
            out.print("No approaches started by someone else were found.")
        out.print(summary_text(report, grid.row_count))
    if html is not None:
        from countersight.scan.html_report import write_html

        try:
            write_html(report, html, thresholds=(settings.band_medium, settings.band_high))
        except OSError as exc:
            raise FatalError(f"{html}: cannot write the report ({exc.strerror or exc})") from None
        sys.stderr.write(f"countersight: report written to {html}\n")
    sys.stdout.flush()
    if report.summary.skipped:
        raise typer.Exit(code=2)
