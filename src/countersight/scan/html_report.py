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
import math
import os
import re
import tempfile
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

from jinja2 import Environment, PackageLoader, StrictUndefined
from markupsafe import Markup, escape

from countersight.domain import Approach, Evidence
from countersight.domain.approach import field_text
from countersight.scan.model import ScannedApproach, ScanReport
from countersight.screening.advice import advice_for

#: Full cards are shown for at most this many high/medium approaches; the rest go in a table.
MAX_CARDS = 200
#: Characters of text shown either side of an evidence quote.
CONTEXT_CHARS = 60
#: Problems listed one by one; beyond this many only the count is given.
MAX_PROBLEMS = 500
BANDS = ("high", "medium", "low")
BAND_LABEL = {"high": "High", "medium": "Medium", "low": "Low"}
BAND_COLOUR = {"high": "#b3261e", "medium": "#d98e04", "low": "#8fc79b"}
MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_TEMPLATES = "templates"
_FIELD_INDEX = re.compile(r"^messages\[(\d+)\]\.text$")
_EXPERIENCE = re.compile(r"^sender\.experience\[(\d+)\](?:\.(\w+))?$")
_EDUCATION = re.compile(r"^sender\.education\[(\d+)\](?:\.(\w+))?$")
_FIELD_LABELS = {
    "model": "learned text model",
    "sender.name": "sender's name",
    "sender.headline": "sender's headline",
    "sender.about": "sender's About section",
    "sender.organisation": "sender's organisation",
    "sender.connections": "sender's number of connections",
    "sender.followers": "sender's number of followers",
    "sender.account_created": "date the sender's account was created",
    "sender.experience": "sender's positions",
    "sender.education": "sender's education",
    "sender.photo": "sender's photo",
    "recipient.role": "your role",
    "recipient.organisation": "your organisation",
    "recipient.sector": "your sector",
}


# --------------------------------------------------------------------------------------------
# Small formatting helpers
# --------------------------------------------------------------------------------------------


def score_percent(score: float, thresholds: Sequence[float] = (0.3, 0.7)) -> str:
    """The score as a percentage, never rounded up to a certainty or across a band boundary."""
    if score > 0.999:
        return "> 99.9%"
    if score <= 0:
        return "0%"
    if score < 0.001:
        return "< 0.1%"
    pct = score * 100
    whole = round(pct)
    crosses = any((whole >= t * 100) != (score >= t) for t in thresholds)
    if crosses or whole >= 100 or whole == 0:
        return f"{math.floor(pct * 10) / 10:.1f}%"
    return f"{whole}%"


def points(contribution: float) -> str:
    """A contribution to the score in percentage points: ``+12 pts``, ``−3 pts``, ``0 pts``."""
    value = contribution * 100
    if abs(value) < 0.5:
        return "0 pts"
    return f"+{value:.0f} pts" if value > 0 else f"−{abs(value):.0f} pts"


def _utc(moment: datetime) -> datetime:
    return moment.astimezone(UTC) if moment.tzinfo is not None else moment


def format_time(moment: datetime | None) -> str:
    """``2025-11-03 09:12 UTC`` (no zone when the time is naive), or ``date unknown``."""
    if moment is None:
        return "date unknown"
    zone = " UTC" if moment.tzinfo is not None else ""
    return _utc(moment).strftime("%Y-%m-%d %H:%M") + zone


def format_date(moment: datetime | None) -> str:
    return "date unknown" if moment is None else _utc(moment).strftime("%Y-%m-%d")


def month_label(key: str) -> str:
    """``2024-03`` -> ``Mar 2024``."""
    return f"{MONTHS[int(key[5:7]) - 1]} {key[:4]}"


def file_name(path: str) -> str:
    """The last part of a path (either separator), never the folders that lead to it."""
    parts = [p for p in re.split(r"[\\/]", path) if p]
    return parts[-1] if parts else path


def field_label(path: str) -> str:
    """A document path in words: ``messages[2].text`` -> ``message 3``."""
    if match := _FIELD_INDEX.match(path):
        return f"message {int(match.group(1)) + 1}"
    if match := _EXPERIENCE.match(path):
        part = f" ({match.group(2)})" if match.group(2) else ""
        return f"sender's position {int(match.group(1)) + 1}{part}"
    if match := _EDUCATION.match(path):
        part = f" ({match.group(2)})" if match.group(2) else ""
        return f"sender's education {int(match.group(1)) + 1}{part}"
    return _FIELD_LABELS.get(path, path)


def _plural(count: int, one: str, many: str | None = None) -> str:
    return f"{count:,} {one if count == 1 else (many or one + 's')}"


# --------------------------------------------------------------------------------------------
# Evidence highlighting, built from escaped pieces
# --------------------------------------------------------------------------------------------


def span_in(text: str, ev: Evidence) -> tuple[int, int] | None:
    """Where ``ev`` lies in ``text``: its offsets when valid, else its quote found, else None."""
    start, end = ev.start, ev.end
    if start is None:
        return None  # a field's value, not a span of its text
    found = text.find(ev.quote) if ev.quote else -1
    inside = end is not None and 0 <= start < end <= len(text)
    if inside and end is not None and (text[start:end] == ev.quote or found < 0):
        return start, end
    return (found, found + len(ev.quote)) if found >= 0 else None


def merge_spans(spans: Iterable[tuple[int, int]], length: int) -> list[tuple[int, int]]:
    """Valid spans within ``[0, length]``, sorted, with overlapping or touching ones merged."""
    merged: list[list[int]] = []
    for start, end in sorted(s for s in spans if 0 <= s[0] < s[1] <= length):
        if merged and start <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    return [(s, e) for s, e in merged]


def highlight(text: str, spans: Iterable[tuple[int, int]]) -> Markup:
    """``text`` escaped, with each (merged) span wrapped in ``<mark>``; bad spans are ignored."""
    pieces: list[str] = []
    position = 0
    for start, end in merge_spans(spans, len(text)):
        pieces.append(escape(text[position:start]))
        pieces.append(Markup("<mark>%s</mark>") % text[start:end])
        position = end
    pieces.append(escape(text[position:]))
    return Markup("").join(pieces)


def _one_line(text: str) -> str:
    return re.sub(r"\s+", " ", text)


def in_context(text: str, start: int, end: int, context: int = CONTEXT_CHARS) -> Markup:
    """The span ``[start, end)`` highlighted with a little of the text around it, on one line."""
    lo = max(0, start - context)
    hi = min(len(text), end + context)
    # Do not cut a word in two at either edge when a space is near.
    if lo > 0:
        space = text.find(" ", lo, start)
        lo = space + 1 if 0 <= space < lo + 20 else lo
    if hi < len(text):
        space = text.rfind(" ", end, hi)
        hi = space if space > hi - 20 else hi
    return Markup("%s%s<mark>%s</mark>%s%s") % (
        "…" if lo > 0 else "",
        _one_line(text[lo:start]),
        _one_line(text[start:end]),
        _one_line(text[end:hi]),
        "…" if hi < len(text) else "",
    )


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
    return f"conversation ({_plural(count, 'message')})"


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
            f"{_plural(high, 'approach', 'approaches')} {verb} hostile or like {scam}, and "
            f"{medium:,} more {more} a careful look; read them first."
        )
    if high:
        verb = "looks" if high == 1 else "look"
        scam = "a scam" if high == 1 else "scams"
        return (
            f"{_plural(high, 'approach', 'approaches')} {verb} hostile or like {scam}; "
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
# The timeline chart (inline SVG)
# --------------------------------------------------------------------------------------------


def _nice_step(maximum: int, ticks: int = 5) -> int:
    """A round tick step (1, 2, 5, 10, 20, 50, …) giving at most ``ticks`` intervals."""
    if maximum <= ticks:
        return 1
    magnitude = int(10 ** math.floor(math.log10(maximum / ticks)))
    for factor in (1, 2, 5, 10):
        step = factor * magnitude
        if math.ceil(maximum / step) <= ticks:
            return step
    return 10 * magnitude


def labelled_months(keys: Sequence[str], most: int = 12) -> set[int]:
    """Indices of the months to label: all when few, else every Nth, aligned to the calendar."""
    if len(keys) <= most:
        return set(range(len(keys)))
    for step in (2, 3, 6, 12, 24, 36, 60, 120, 240, 600, 1200):
        chosen = set()
        for index, key in enumerate(keys):
            year, month = int(key[:4]), int(key[5:7])
            if step < 12:
                if (month - 1) % step == 0:
                    chosen.add(index)
            elif month == 1 and year % (step // 12) == 0:
                chosen.add(index)
        if len(chosen) <= most:
            return chosen or {0}
    return {0}


def _n(value: float) -> str:
    """A coordinate with at most two decimals and no trailing zeros."""
    text = f"{value:.2f}".rstrip("0").rstrip(".")
    return "0" if text in ("-0", "") else text


def timeline_svg(per_month: Sequence[tuple[str, dict[str, int]]]) -> Markup:
    """Approaches per month as stacked bars (high at the bottom), with axes, title and legend."""
    width, height = 960, 320
    left, right, top, bottom = 52, 16, 48, 44
    plot_w, plot_h = width - left - right, height - top - bottom
    n = len(per_month)
    totals = [sum(counts.values()) for _, counts in per_month]
    peak = max(totals, default=0)
    step = _nice_step(max(peak, 1))
    y_max = max(step * math.ceil(max(peak, 1) / step), 1)
    slot = plot_w / max(n, 1)
    bar_w = min(max(slot * 0.72, 1.0), 56.0)
    total = sum(totals)
    busiest = max(range(n), key=lambda i: totals[i]) if n else 0
    desc = f"{_plural(total, 'dated approach', 'dated approaches')} over {_plural(n, 'month')}" + (
        f"; the busiest month is {month_label(per_month[busiest][0])} with {totals[busiest]:,}."
        if n
        else "."
    )
    out: list[str] = []
    add = out.append
    add(
        Markup(
            '<svg class="chart" viewBox="0 0 %s %s" '
            'role="img" aria-labelledby="chart-title chart-desc" '
            'font-family="system-ui, sans-serif" font-size="12">'
        )
        % (width, height)
    )
    add(Markup('<title id="chart-title">Approaches per month, by band</title>'))
    add(Markup('<desc id="chart-desc">%s</desc>') % desc)
    add(
        Markup(
            "<defs>"
            '<pattern id="hatch-medium" width="6" height="6" patternUnits="userSpaceOnUse" '
            'patternTransform="rotate(45)">'
            '<rect width="6" height="6" fill="%s"/>'
            '<rect width="2" height="6" fill="#ffffff" fill-opacity="0.45"/>'
            "</pattern>"
            "</defs>"
        )
        % BAND_COLOUR["medium"]
    )
    fills = {
        "high": BAND_COLOUR["high"],
        "medium": "url(#hatch-medium)",
        "low": BAND_COLOUR["low"],
    }
    add(
        Markup('<text x="%s" y="20" font-size="15" font-weight="600" fill="#1f2328">%s</text>')
        % (left, "Approaches per month, by band")
    )
    # Legend, top right: swatch and word for each band.
    x = width - right - 250
    for band in BANDS:
        add(
            Markup(
                '<rect x="%s" y="10" width="14" height="14" fill="%s" stroke="#555" '
                'stroke-width="0.5"/><text x="%s" y="21" fill="#1f2328">%s</text>'
            )
            % (_n(x), fills[band], _n(x + 19), BAND_LABEL[band])
        )
        x += 84
    # Horizontal grid lines and y-axis labels.
    for value in range(0, y_max + 1, step):
        y = top + plot_h - plot_h * value / y_max
        add(
            Markup(
                '<line x1="%s" x2="%s" y1="%s" y2="%s" stroke="%s" stroke-width="1"/>'
                '<text x="%s" y="%s" text-anchor="end" fill="#57606a">%s</text>'
            )
            % (
                left,
                left + plot_w,
                _n(y),
                _n(y),
                "#57606a" if value == 0 else "#d0d7de",
                left - 6,
                _n(y + 4),
                f"{value:,}",
            )
        )
    add(
        Markup(
            '<text transform="translate(14 %s) rotate(-90)" text-anchor="middle" '
            'fill="#57606a">approaches</text>'
        )
        % _n(top + plot_h / 2)
    )
    labelled = labelled_months([key for key, _ in per_month])
    for index, (key, counts) in enumerate(per_month):
        centre = left + slot * (index + 0.5)
        label = month_label(key)
        parts = ", ".join(f"{counts[b]:,} {b}" for b in BANDS)
        add(Markup('<g class="month" data-month="%s"><title>%s: %s</title>') % (key, label, parts))
        y = top + plot_h
        for band in BANDS:
            count = counts[band]
            if not count:
                continue
            h = plot_h * count / y_max
            y -= h
            add(
                Markup('<rect class="bar-%s" x="%s" y="%s" width="%s" height="%s" fill="%s"/>')
                % (band, _n(centre - bar_w / 2), _n(y), _n(bar_w), _n(h), fills[band])
            )
        add(Markup("</g>"))
        if index in labelled:
            add(
                Markup(
                    '<line x1="%s" x2="%s" y1="%s" y2="%s" stroke="#57606a"/>'
                    '<text x="%s" y="%s" text-anchor="middle" fill="#57606a">%s</text>'
                )
                % (
                    _n(centre),
                    _n(centre),
                    top + plot_h,
                    top + plot_h + 4,
                    _n(centre),
                    top + plot_h + 18,
                    label,
                )
            )
    add(Markup("</svg>"))
    return Markup("").join(out)


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
