"""Rich rendering of an assessment for a person: score, red flags in context, advice."""

from __future__ import annotations

from rich.console import Group, RenderableType
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from countersight.domain import Approach, Assessment, Evidence
from countersight.domain.approach import field_text

BAND_STYLE = {"low": "green", "medium": "yellow", "high": "bold red"}
CONTEXT_CHARS = 50


def evidence_in_context(approach: Approach, ev: Evidence) -> Text:
    """The quoted span highlighted inside a little of the text around it."""
    source = field_text(approach, ev.field)
    if source is None or ev.start is None or ev.end is None:
        line = Text(f"{ev.field} = ", style="dim")
        line.append(ev.quote, style="bold")
    else:
        lo = max(0, ev.start - CONTEXT_CHARS)
        hi = min(len(source), ev.end + CONTEXT_CHARS)
        line = Text("…" if lo else "", style="dim")
        line.append(source[lo : ev.start].replace("\n", " "))
        line.append(source[ev.start : ev.end].replace("\n", " "), style="bold black on yellow")
        line.append(source[ev.end : hi].replace("\n", " "))
        line.append("…" if hi < len(source) else "", style="dim")
    if ev.note:
        line.append(f"  ({ev.note})", style="italic")
    return line


def score_text(score: float) -> str:
    """Three decimals, without rounding a near-certainty up to a certainty."""
    if score > 0.999:
        return "> 0.999"
    if 0 < score < 0.001:
        return "< 0.001"
    return f"{score:.3f}"


def render_assessment(approach: Approach, assessment: Assessment) -> RenderableType:
    """One panel: the score and band, each red flag with its evidence, and the advice."""
    band = assessment.band
    title = Text.assemble(
        (f"{assessment.id}  ", "bold"),
        (f"{band.upper()} ", BAND_STYLE[band]),
        (f"score {score_text(assessment.score)}", BAND_STYLE[band]),
    )
    flags = Table.grid(padding=(0, 1))
    flags.add_column(justify="right", style="cyan", no_wrap=True)
    flags.add_column()
    for hit in assessment.indicators:
        body = Text(hit.title, style="bold")
        body.append(f"  [{hit.code}]", style="dim")
        for ev in hit.spans:
            body.append("\n")
            body.append_text(evidence_in_context(approach, ev))
        if hit.contribution < 0.005:
            body.stylize("dim")
            body.append("\n(noted; carries no weight in this model)", style="dim italic")
        flags.add_row(f"{hit.contribution * 100:+.0f} pts", body)
    parts: list[RenderableType] = []
    if assessment.indicators:
        parts += [Text("Red flags", style="bold underline"), flags]
    else:
        parts.append(Text("No red flags found.", style="green"))
    parts.append(
        Text(f"\nBaseline {assessment.baseline:.0%}; points add up to the score.", style="dim")
    )
    parts.append(Text("What to do", style="bold underline"))
    parts += [Text(f"• {line}") for line in assessment.advice]
    return Panel(Group(*parts), title=title, subtitle=assessment.model_version, expand=True)
