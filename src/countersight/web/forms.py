"""The reporter's form: what people actually have, turned into an approach document."""

from __future__ import annotations

from typing import Any

from pydantic import ValidationError

from countersight.domain import Approach
from countersight.errors import InvalidRequest

FIELDS = (
    "message",
    "sender_name",
    "sender_headline",
    "sender_company",
    "profile_url",
    "connections",
    "role",
    "sector",
)
MAX_FORM_CHARS = 50_000


def approach_from_form(form: dict[str, str], photo: str | None = None) -> Approach:
    """An approach document from the form's fields; :class:`InvalidRequest` names the field."""
    values = {k: (form.get(k) or "").strip() for k in FIELDS}
    for key, value in values.items():
        if len(value) > MAX_FORM_CHARS:
            raise InvalidRequest(f"{key}: longer than {MAX_FORM_CHARS:,} characters")
    if not values["message"]:
        raise InvalidRequest("message: paste the message you received")
    connections: int | None = None
    if values["connections"]:
        digits = values["connections"].replace(",", "").rstrip("+")
        if not digits.isdigit():
            raise InvalidRequest("connections: a whole number such as 500")
        connections = int(digits)
    doc: dict[str, Any] = {
        "channel": "linkedin",
        "sender": {
            "name": values["sender_name"] or None,
            "headline": values["sender_headline"] or None,
            "organisation": values["sender_company"] or None,
            "profile_url": values["profile_url"] or None,
            "connections": connections,
            "photo": photo,
        },
        "recipient": {"role": values["role"] or None, "sector": values["sector"] or None},
        "messages": [{"direction": "inbound", "text": values["message"]}],
    }
    try:
        return Approach.model_validate(doc, context={"warnings": []})
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(p) for p in first["loc"])
        raise InvalidRequest(f"{where}: {first['msg']}") from None
