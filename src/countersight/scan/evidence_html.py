"""Pieces of HTML shared by the scan report and the web app: scores, dates and field names as
people read them, and evidence highlighted with ``<mark>`` in text built from escaped pieces."""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Sequence
from datetime import UTC, datetime

from markupsafe import Markup, escape

from countersight.domain import Evidence

#: Characters of text shown either side of an evidence quote.
CONTEXT_CHARS = 60
MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
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


def plural(count: int, one: str, many: str | None = None) -> str:
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
