"""Approach document, version 1 (CONTRACTS.md section 1).

One approach is the sender's profile as the recipient saw it, the messages, and who was approached.
Unknown values are ``null`` or absent. Unknown extra keys are collected as warnings by the loader
(:mod:`countersight.sources.approach_documents`), never fatal.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import UTC, date, datetime
from typing import Annotated, Any, Literal

from pydantic import (
    AfterValidator,
    BaseModel,
    ConfigDict,
    Field,
    ValidationInfo,
    field_validator,
)

_PATH_PART = re.compile(r"([a-z_]+)(?:\[(\d+)\])?")
_PARTIAL_DATE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")
# C0 and C1 control characters other than tab, newline and carriage return.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
#: Upper bound of one message's text (characters); the loader's settings may lower it.
MAX_TEXT_CHARS = 100_000
MAX_FIELD_CHARS = 20_000


def _check_partial_date(value: str) -> str:
    match = _PARTIAL_DATE.match(value)
    if not match:
        raise ValueError("expected a date as YYYY, YYYY-MM or YYYY-MM-DD")
    year, month, day = match.groups()
    try:
        date(int(year), int(month or 1), int(day or 1))
    except ValueError as exc:
        raise ValueError(f"not a calendar date: {exc}") from None
    return value


PartialDate = Annotated[str, AfterValidator(_check_partial_date)]
"""A date with the precision the profile gave: ``2016``, ``2016-05`` or ``2016-05-01``."""


def partial_date_start(value: str | None) -> date | None:
    """The first day a partial date can mean (``2016-05`` -> 2016-05-01)."""
    if value is None:
        return None
    year, month, day = _PARTIAL_DATE.match(value).groups()  # type: ignore[union-attr]
    return date(int(year), int(month or 1), int(day or 1))


def clean_text(value: str, info: ValidationInfo, limit: int) -> str:
    """Remove control characters (with a warning) and refuse text over ``limit`` characters."""
    if len(value) > limit:
        raise ValueError(f"text too long ({len(value):,} characters; the limit is {limit:,})")
    if _CONTROL.search(value):
        warnings = info.context.get("warnings") if isinstance(info.context, dict) else None
        if isinstance(warnings, list):
            warnings.append(f"{info.field_name}: control characters removed")
        value = _CONTROL.sub("", value)
    return unicodedata.normalize("NFC", value)


class _Model(BaseModel):
    model_config = ConfigDict(extra="allow", frozen=True, str_strip_whitespace=False)


class Experience(_Model):
    """One position on the sender's profile."""

    title: str | None = Field(default=None, max_length=MAX_FIELD_CHARS)
    organisation: str | None = Field(default=None, max_length=MAX_FIELD_CHARS)
    start: PartialDate | None = None
    end: PartialDate | None = None


class Education(_Model):
    """One education entry on the sender's profile."""

    institution: str | None = Field(default=None, max_length=MAX_FIELD_CHARS)
    degree: str | None = Field(default=None, max_length=MAX_FIELD_CHARS)
    start: PartialDate | None = None
    end: PartialDate | None = None


class Sender(_Model):
    """The sender's profile as the recipient saw it.

    ``name`` and ``location`` are kept for display and linking; no indicator and no model feature
    may read them (the fairness rule of CONTRACTS.md section 2).
    """

    name: str | None = Field(default=None, max_length=MAX_FIELD_CHARS)
    headline: str | None = Field(default=None, max_length=MAX_FIELD_CHARS)
    profile_url: str | None = Field(default=None, max_length=MAX_FIELD_CHARS)
    organisation: str | None = Field(default=None, max_length=MAX_FIELD_CHARS)
    location: str | None = Field(default=None, max_length=MAX_FIELD_CHARS)
    connections: int | None = Field(default=None, ge=0)
    followers: int | None = Field(default=None, ge=0)
    account_created: PartialDate | None = None
    about: str | None = Field(default=None, max_length=MAX_TEXT_CHARS)
    experience: list[Experience] = Field(default_factory=list)
    education: list[Education] = Field(default_factory=list)
    photo: str | None = Field(default=None, max_length=10 * 1024 * 1024)

    @field_validator("headline", "organisation", "about", "name")
    @classmethod
    def _clean(cls, value: str | None, info: ValidationInfo) -> str | None:
        return None if value is None else clean_text(value, info, MAX_TEXT_CHARS)


class Recipient(_Model):
    """Who was approached: their role, organisation and sector (free text)."""

    role: str | None = Field(default=None, max_length=MAX_FIELD_CHARS)
    organisation: str | None = Field(default=None, max_length=MAX_FIELD_CHARS)
    sector: str | None = Field(default=None, max_length=MAX_FIELD_CHARS)


class Message(_Model):
    """One message of the conversation; ``inbound`` is from the sender."""

    direction: Literal["inbound", "outbound"] = "inbound"
    sent_at: datetime | None = None
    text: str

    @field_validator("sent_at")
    @classmethod
    def _utc(cls, value: datetime | None) -> datetime | None:
        if value is not None and value.tzinfo is None:
            return value.replace(tzinfo=UTC)
        return value

    @field_validator("text")
    @classmethod
    def _text(cls, value: str, info: ValidationInfo) -> str:
        limit = MAX_TEXT_CHARS
        if isinstance(info.context, dict):
            limit = int(info.context.get("max_text_chars", MAX_TEXT_CHARS))
        value = clean_text(value, info, limit)
        if not value.strip():
            raise ValueError("empty text")
        return value


class Approach(_Model):
    """One approach document (version 1)."""

    id: str | None = Field(default=None, max_length=200)
    channel: Literal["linkedin", "email", "other"] = "linkedin"
    sender: Sender = Field(default_factory=Sender)
    recipient: Recipient = Field(default_factory=Recipient)
    messages: list[Message] = Field(min_length=1)
    # Metadata that travels with a document but is never read by screening.
    label: Literal["hostile", "scam", "benign"] | None = Field(
        default=None, description="Ground truth in labelled corpora; never read by screening."
    )
    provenance: dict[str, Any] | None = Field(
        default=None, description="Where a labelled case comes from; never read by screening."
    )
    reported_at: datetime | None = None
    reported_by: str | None = Field(
        default=None, description="The reporter's identity: personal data, never exported."
    )

    def inbound(self) -> list[tuple[int, Message]]:
        """The sender's messages, with their index in ``messages``."""
        return [(i, m) for i, m in enumerate(self.messages) if m.direction == "inbound"]

    def reference_date(self, fallback: date) -> date:
        """The date the approach was seen: its first dated message, else ``fallback``."""
        dated = [m.sent_at for m in self.messages if m.sent_at is not None]
        return min(dated).date() if dated else fallback


def unknown_keys(model: BaseModel, path: str = "") -> list[str]:
    """Dotted paths of keys the document had that version 1 does not define."""
    found = [f"{path}{key}" for key in (model.model_extra or {})]
    for name in type(model).model_fields:
        value = getattr(model, name)
        items = value if isinstance(value, list) else [value]
        for index, item in enumerate(items):
            if isinstance(item, BaseModel):
                where = f"{path}{name}[{index}]." if isinstance(value, list) else f"{path}{name}."
                found.extend(unknown_keys(item, where))
    return found


def field_text(approach: Approach, path: str) -> str | None:
    """The text at a document path such as ``messages[2].text`` or ``sender.about``."""
    node: object = approach
    for part in path.split("."):
        match = _PATH_PART.fullmatch(part)
        if match is None:
            return None
        node = getattr(node, match.group(1), None)
        if match.group(2) is not None:
            index = int(match.group(2))
            if not isinstance(node, list) or index >= len(node):
                return None
            node = node[index]
    return node if isinstance(node, str) else None
