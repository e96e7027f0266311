"""A contact detail found in a text: its kind, normalised value, span, service, host and domain."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from countersight.screening.contacts.domains import is_personal_mail_domain

#: Region used to read numbers written in national format ("07700 900123", "0086 138...").
DEFAULT_REGION = "GB"
#: Candidates of one kind examined per text; the rest of an adversarial text is ignored.
MAX_CANDIDATES = 64


class ContactKind(StrEnum):
    """What a contact detail is."""

    PHONE = "phone"
    EMAIL = "email"
    URL = "url"
    HANDLE = "handle"


@dataclass(frozen=True, slots=True)
class Contact:
    """One contact detail found in a text.

    ``span`` is the ``(start, end)`` of the detail in the text (for a handle, the handle itself;
    for a phone number, the digits as written). ``service`` is the messenger the detail belongs to
    (``"whatsapp"`` for ``wa.me/...`` or for a number introduced as "WhatsApp: +44 ..."), else
    ``None``. ``host`` and ``domain`` (registrable domain, e.g. ``google.com`` for
    ``drive.google.com``) are set for addresses and links.
    """

    kind: ContactKind
    value: str
    span: tuple[int, int]
    service: str | None = None
    host: str | None = None
    domain: str | None = None

    @property
    def start(self) -> int:
        return self.span[0]

    @property
    def end(self) -> int:
        return self.span[1]

    @property
    def is_messenger(self) -> bool:
        """A handle, number or link on a messaging service (WhatsApp, WeChat, Telegram...)."""
        return self.service is not None

    @property
    def is_personal_email(self) -> bool:
        """An e-mail address at a free or personal mail provider (gmail.com, qq.com...)."""
        return self.kind is ContactKind.EMAIL and is_personal_mail_domain(self.host or "")


def overlaps(span: tuple[int, int], taken: list[tuple[int, int]]) -> bool:
    return any(s < span[1] and span[0] < e for s, e in taken)
