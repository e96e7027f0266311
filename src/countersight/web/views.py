"""What the pages show of a report: red flags with their evidence highlighted in the text."""

from __future__ import annotations

from dataclasses import dataclass

from markupsafe import Markup

from countersight.domain import Approach, Assessment
from countersight.domain.approach import field_text
from countersight.scan.evidence_html import field_label, highlight, in_context, points, span_in


@dataclass(frozen=True)
class Quote:
    where: str
    context: Markup | None
    quote: str
    note: str | None


@dataclass(frozen=True)
class Flag:
    code: str
    title: str
    points: str
    quotes: list[Quote]
    weightless: bool


def flags(approach: Approach, assessment: Assessment) -> list[Flag]:
    """Each indicator that fired, with every quote shown in a little of its context."""
    out = []
    for hit in assessment.indicators:
        quotes = []
        for ev in hit.spans:
            text = field_text(approach, ev.field) if ev.start is not None else None
            where = span_in(text, ev) if text is not None else None
            context = in_context(text, *where) if text is not None and where else None
            quotes.append(Quote(field_label(ev.field), context, ev.quote[:300], ev.note))
        out.append(
            Flag(hit.code, hit.title, points(hit.contribution), quotes, hit.contribution < 0.005)
        )
    return out


def messages_highlighted(approach: Approach, assessment: Assessment) -> list[tuple[str, Markup]]:
    """Every message, escaped, with the evidence spans in it marked."""
    spans: dict[str, list[tuple[int, int]]] = {}
    for hit in assessment.indicators:
        for ev in hit.spans:
            text = field_text(approach, ev.field) if ev.start is not None else None
            where = span_in(text, ev) if text is not None else None
            if where is not None:
                spans.setdefault(ev.field, []).append(where)
    return [
        (m.direction, highlight(m.text, spans.get(f"messages[{i}].text", [])))
        for i, m in enumerate(approach.messages)
    ]
