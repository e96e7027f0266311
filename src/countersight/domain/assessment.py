"""Assessment output (CONTRACTS.md section 2) and the evidence behind every indicator."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

Band = Literal["low", "medium", "high"]


class Evidence(BaseModel):
    """What raised an indicator: a quoted span of a text field, or a field's value.

    ``field`` is the document path (``messages[2].text``, ``sender.connections``). ``start`` and
    ``end`` are character offsets into that field's text when ``quote`` is a span of it, else null.
    ``note`` says why the quote counts when the quote alone does not (``account 3 months old``).
    """

    model_config = ConfigDict(frozen=True)

    field: str
    quote: str
    start: int | None = None
    end: int | None = None
    note: str | None = None

    def render(self) -> str:
        quote = self.quote if len(self.quote) <= 160 else self.quote[:157] + "..."
        text = f'"{quote}"' if self.start is not None else f"{self.field} = {quote}"
        return f"{text} ({self.note})" if self.note else text


class IndicatorHit(BaseModel):
    """One indicator that fired, its share of the score, and its evidence."""

    code: str
    title: str
    contribution: float = Field(description="Share of the score; all shares + baseline = score.")
    evidence: str = Field(description="The quoted span(s) or field value(s) that raised it.")
    spans: list[Evidence] = Field(default_factory=list)


class Assessment(BaseModel):
    """The screening result of one approach."""

    id: str
    score: float = Field(ge=0.0, le=1.0)
    band: Band
    indicators: list[IndicatorHit]
    model_version: str
    baseline: float = Field(
        ge=0.0, le=1.0, description="The score of an approach on which no indicator fires."
    )
    advice: list[str] = Field(default_factory=list, description="What to do next (NPSA).")
