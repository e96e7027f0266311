"""Shared builders for the social indicator tests (not a test module)."""

from __future__ import annotations

from datetime import date
from typing import Any

from hypothesis import assume
from pydantic import ValidationError

from countersight.domain import Approach, Evidence
from countersight.screening.context import ScreeningContext
from countersight.screening.registry import REGISTRY

VAGUE = "message.vague_client"
URGENCY = "message.urgency"
FLATTERY = "message.flattery"
PROBE = "message.access_probe"
NO_VETTING = "message.no_vetting"
CODES = (VAGUE, URGENCY, FLATTERY, PROBE, NO_VETTING)


def make_approach(*texts: str, **sender: Any) -> Approach:
    """An approach whose inbound messages are ``texts`` (with an outbound reply between)."""
    messages: list[dict[str, Any]] = []
    for i, text in enumerate(texts):
        if i:
            messages.append({"direction": "outbound", "text": "Thanks, tell me more."})
        messages.append({"direction": "inbound", "text": text})
    return Approach.model_validate({"id": "t", "messages": messages, "sender": sender})


def run(code: str, *texts: str, **sender: Any) -> list[Evidence]:
    try:
        approach = make_approach(*texts, **sender)
    except ValidationError:  # e.g. white space only: not a valid document
        assume(False)
        raise
    evidence = REGISTRY[code].fn(ScreeningContext.build(approach, date(2025, 1, 1)))
    for ev in evidence:  # every quote is the input at its offsets, in an inbound message
        index = int(ev.field.removeprefix("messages[").removesuffix("].text"))
        assert ev.start is not None and ev.end is not None
        assert approach.messages[index].text[ev.start : ev.end] == ev.quote
        assert approach.messages[index].direction == "inbound"
    return evidence


def joined(evidence: list[Evidence]) -> str:
    return " | ".join(ev.quote for ev in evidence)
