"""The HTML report of a scan: one self-contained file, readable and printable without JavaScript.

Everything a message, a profile or a file name contributes is hostile input: the template
escapes every value (Jinja2 autoescape), and the few fragments built here (evidence highlighted
with ``<mark>``, the timeline chart) are assembled from escaped pieces. Nothing is fetched: the
CSS, the SVG chart and the small optional script are inline, and a Content-Security-Policy
allows only them (by hash), so not even an injected script or image could run or load.

Sender profile addresses are shown as text, never as links.
"""

from __future__ import annotations

import base64
import hashlib
import os
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

from jinja2 import Environment, PackageLoader, StrictUndefined
from markupsafe import Markup

from countersight.domain import Approach, Evidence
from countersight.domain.approach import field_text
from countersight.scan.evidence_html import (
    field_label,
    file_name,
    format_date,
    format_time,
    highlight,
    in_context,
    month_label,
    plural,
    points,
    score_percent,
    span_in,
)
from countersight.scan.model import ScannedApproach, ScanReport
from countersight.scan.timeline import BAND_LABEL, BANDS, timeline_svg
from countersight.screening.advice import advice_for

#: Full cards are shown for at most this many high/medium approaches; the rest go in a table.
MAX_CARDS = 200
#: Problems listed one by one; beyond this many only the count is given.
MAX_PROBLEMS = 500
_TEMPLATES = "templates"


# --------------------------------------------------------------------------------------------
# The view model the template renders
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class EvidenceView:
    where: str
    snippet: Markup | None
    quote: str
    note: str | None


@dataclass(frozen=True)
class FlagView:
    title: str
    code: str
    points: str
    effect: str  # "raises", "lowers" or "none"
    evidence: list[EvidenceView]


@dataclass(frozen=True)
class MessageView:
    number: int
    inbound: bool
    when: str
    html: Markup


@dataclass(frozen=True)
class CardView:
    rank: int
    ident: str
    sender: str
    sender_url: str | None
    headline: Markup | None
    organisation: str | None
    about: Markup | None
    title: str | None
    score: str
    band: str
    band_label: str
    first_seen: str
    source: str
    connection: str
    baseline: str
    flags: list[FlagView]
    messages: list[MessageView]
    inbound_count: int


@dataclass(frozen=True)
class RowView:
    rank: int
    score: str
    band: str
    band_label: str
    sender: str
    first_seen: str
    reason: str


def _spans_by_field(item: ScannedApproach) -> dict[str, list[tuple[int, int]]]:
    """Every evidence span of every red flag, per text field, resolved against the text."""
    out: dict[str, list[tuple[int, int]]] = {}
    cache_text: dict[str, str | None] = {}
    for hit in item.assessment.indicators:
        for ev in hit.spans:
            if ev.start is None:
                continue
            if ev.field not in cache_text:
                cache_text[ev.field] = field_text(item.approach, ev.field)
            text = cache_text[ev.field]
            if text is None:
                continue
            where = span_in(text, ev)
            if where is not None:
                out.setdefault(ev.field, []).append(where)
    return out


def _evidence_view(approach: Approach, ev: Evidence) -> EvidenceView:
    text = field_text(approach, ev.field) if ev.start is not None else None
    where = span_in(text, ev) if text is not None else None
    quote = ev.quote if len(ev.quote) <= 300 else ev.quote[:297] + "…"
    if text is not None and where is not None:
        return EvidenceView(field_label(ev.field), in_context(text, *where), quote, ev.note)
    return EvidenceView(field_label(ev.field), None, quote, ev.note)


def _source_label(item: ScannedApproach) -> str:
    if item.source == "invitations":
        return "invitation to connect"
    count = len(item.approach.messages)
    return f"conversation ({plural(count, 'message')})"


def _card(rank: int, item: ScannedApproach, thresholds: tuple[float, float]) -> CardView:
    approach, assessment = item.approach, item.assessment
    spans = _spans_by_field(item)
    flags = []
    for hit in assessment.indicators:
        value = hit.contribution * 100
        effect = "none" if abs(value) < 0.5 else ("raises" if value > 0 else "lowers")
        flags.append(
            FlagView(
                title=hit.title,
                code=hit.code,
                points=points(hit.contribution),
                effect=effect,
                evidence=[_evidence_view(approach, ev) for ev in hit.spans],
            )
        )
    messages = [
        MessageView(
            number=index + 1,
            inbound=message.direction == "inbound",
            when=format_time(message.sent_at),
            html=highlight(message.text, spans.get(f"messages[{index}].text", ())),
        )
        for index, message in enumerate(approach.messages)
    ]
    sender = approach.sender
    headline = (
        highlight(sender.headline, spans.get("sender.headline", ())) if sender.headline else None
    )
    about = highlight(sender.about, spans.get("sender.about", ())) if sender.about else None
    return CardView(
        rank=rank,
        ident=assessment.id,
        sender=item.sender or "(name unknown)",
        sender_url=item.sender_url,
        headline=headline,
        organisation=sender.organisation,
        about=about,
        title=item.title,
        score=score_percent(assessment.score, thresholds),
        band=assessment.band,
        band_label=BAND_LABEL[assessment.band],
        first_seen=format_date(item.first_seen),
        source=_source_label(item),
        connection=item.connection.describe(),
        baseline=score_percent(assessment.baseline, thresholds),
        flags=flags,
        messages=messages,
        inbound_count=len(approach.inbound()),
    )


def _row(rank: int, item: ScannedApproach, thresholds: tuple[float, float]) -> RowView:
    top = max(item.assessment.indicators, key=lambda h: h.contribution, default=None)
    reason = top.title if top is not None and top.contribution >= 0.005 else "—"
    return RowView(
        rank=rank,
        score=score_percent(item.assessment.score, thresholds),
        band=item.assessment.band,
        band_label=BAND_LABEL[item.assessment.band],
        sender=item.sender or "(name unknown)",
        first_seen=format_date(item.first_seen),
        reason=reason,
    )


def verdict(counts: dict[str, int], total: int) -> str:
    """One plain-English sentence on what the scan found."""
    high, medium = counts.get("high", 0), counts.get("medium", 0)
    if total == 0:
        return "No approaches from other people were found in this export."
    if high and medium:
        verb = "looks" if high == 1 else "look"
        scam = "a scam" if high == 1 else "scams"
        more = "deserves" if medium == 1 else "deserve"
        return (
            f"{plural(high, 'approach', 'approaches')} {verb} hostile or like {scam}, and "
            f"{medium:,} more {more} a careful look; read them first."
        )
    if high:
        verb = "looks" if high == 1 else "look"
        scam = "a scam" if high == 1 else "scams"
        return (
            f"{plural(high, 'approach', 'approaches')} {verb} hostile or like {scam}; "
            "read them first."
        )
    if medium:
        if medium == 1:
            return "1 approach shows some red flags and deserves a careful look; read it first."
        return (
            f"{medium:,} approaches show some red flags and deserve a careful look; "
            "read them first."
        )
    if total == 1:
        return "Nothing stands out: the one approach found screened low."
    return f"Nothing stands out: all {total:,} approaches screened low."


# --------------------------------------------------------------------------------------------
# Rendering
# --------------------------------------------------------------------------------------------


@cache
def _environment() -> Environment:
    return Environment(
        loader=PackageLoader("countersight.scan", _TEMPLATES),
        autoescape=True,
        undefined=StrictUndefined,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )


@cache
def _asset(name: str) -> str:
    return (resources.files("countersight.scan") / _TEMPLATES / name).read_text(encoding="utf-8")


def _csp_hash(text: str) -> str:
    digest = hashlib.sha256(text.encode("utf-8")).digest()
    return "'sha256-" + base64.b64encode(digest).decode("ascii") + "'"


def content_security_policy(style: str, script: str) -> str:
    """Nothing may be fetched; only the report's own style and script may run (by hash)."""
    return (
        "default-src 'none'; "
        f"style-src {_csp_hash(style)}; "
        f"script-src {_csp_hash(script)}; "
        "img-src data:; base-uri 'none'; form-action 'none'"
    )


def _advice(ranked: Sequence[ScannedApproach]) -> tuple[list[str], bool]:
    """The union of the advice of the high/medium approaches (in order), else general advice."""
    lines: dict[str, None] = {}
    for item in ranked:
        if item.assessment.band != "low":
            lines.update(dict.fromkeys(item.assessment.advice))
    if lines:
        return list(lines), True
    return advice_for("low", ()), False


def context(
    report: ScanReport,
    *,
    max_cards: int = MAX_CARDS,
    thresholds: tuple[float, float] = (0.3, 0.7),
) -> dict[str, Any]:
    """Everything the template shows, computed from ``report``."""
    ranked = sorted(report.approaches, key=lambda a: -a.assessment.score)
    cards: list[CardView] = []
    rows: list[RowView] = []
    for rank, item in enumerate(ranked, start=1):
        if item.assessment.band != "low" and len(cards) < max_cards:
            cards.append(_card(rank, item, thresholds))
        else:
            rows.append(_row(rank, item, thresholds))
    raised_beyond = sum(1 for r in rows if r.band != "low")
    counts = report.by_band()
    summary = report.summary
    per_month = report.per_month()
    undated = sum(1 for a in report.approaches if a.first_seen is None)
    advice, specific = _advice(ranked)
    style, script = _asset("report.css"), _asset("report.js")
    period = None
    if summary.first_date is not None and summary.last_date is not None:
        period = f"{format_date(summary.first_date)} to {format_date(summary.last_date)}"
    elif summary.first_date is not None or summary.last_date is not None:
        period = format_date(summary.first_date or summary.last_date)
    problems = summary.problems[:MAX_PROBLEMS]
    return {
        "csp": content_security_policy(style, script),
        # This package's own files, not input: inserted verbatim and allowed by hash in the CSP.
        "style": Markup(style),  # noqa: S704
        "script": Markup(script),  # noqa: S704
        "export_name": file_name(summary.path) if summary.path else "(unnamed export)",
        "owner": summary.owner,
        "generated_at": format_time(report.generated_at),
        "model_version": report.model_version,
        "verdict": verdict(counts, len(report.approaches)),
        "counts": counts,
        "total": len(report.approaches),
        "summary": summary,
        "files": [file_name(f) for f in summary.files],
        "period": period,
        "problems": problems,
        "problems_hidden": len(summary.problems) - len(problems),
        "chart": timeline_svg(per_month) if per_month else None,
        "months": [(month_label(k), c, sum(c.values())) for k, c in per_month if any(c.values())],
        "undated": undated,
        "cards": cards,
        "rows": rows,
        "max_cards": max_cards,
        "raised_beyond": raised_beyond,
        "advice": advice,
        "specific_advice": specific,
        "band_medium": score_percent(thresholds[0], ()),
        "band_high": score_percent(thresholds[1], ()),
        "band_medium_p": f"{thresholds[0]:g}",
        "band_high_p": f"{thresholds[1]:g}",
        "bands": BANDS,
        "band_label": BAND_LABEL,
    }


def render_html(
    report: ScanReport,
    *,
    max_cards: int = MAX_CARDS,
    thresholds: tuple[float, float] = (0.3, 0.7),
) -> str:
    """The report as one self-contained HTML document (same input, same output).

    ``thresholds`` are the band boundaries (``Settings.band_medium``, ``Settings.band_high``),
    used to word the footer and to keep a displayed percentage on its band's side.
    """
    template = _environment().get_template("report.html.j2")
    return template.render(context(report, max_cards=max_cards, thresholds=thresholds))


def write_html(
    report: ScanReport,
    path: str | os.PathLike[str],
    *,
    max_cards: int = MAX_CARDS,
    thresholds: tuple[float, float] = (0.3, 0.7),
) -> Path:
    """Write the report to ``path`` (UTF-8) atomically: a temporary file, then a rename.

    The file is readable by its owner only (it quotes the owner's private messages).
    """
    target = Path(path)
    text = render_html(report, max_cards=max_cards, thresholds=thresholds)
    handle, temporary = tempfile.mkstemp(
        prefix=f".{target.name}.", suffix=".tmp", dir=target.parent
    )
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="\n") as out:
            out.write(text)
            out.flush()
            os.fsync(out.fileno())
        os.replace(temporary, target)  # noqa: PTH105  (atomic rename over an existing file)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return target
