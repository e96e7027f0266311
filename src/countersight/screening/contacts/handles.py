"""Messenger handles written next to the service's name, and numbers labelled with a service."""

from __future__ import annotations

import re

from countersight.screening.contacts.contact import MAX_CANDIDATES, Contact, ContactKind
from countersight.screening.contacts.prescreen import Prescreened
from countersight.screening.contacts.services import (
    SERVICE_ALTERNATION,
    SERVICE_MENTION,
    SERVICE_NAMES,
    mentions_service,
)

_HANDLE_AFTER = re.compile(
    r"(?:'s)?[ \t]{0,3}(?:[-,:(]?[ \t]{0,3}(?:my|our)[ \t]{1,3})?"
    r"(?P<label>(?:id|account|handle|user\s?name|number|no\.?|contact)[ \t]{0,3})?"
    r"(?P<sep>[:：=]|is\b|at\b|as\b|-(?=\s))?[ \t]{0,3}"
    r"(?P<handle>@[A-Za-z0-9_.]{3,40}|live:[\w.\-]{3,60}|[A-Za-z0-9][\w.\-]{2,40}(?:#\d{4})?)",
    re.IGNORECASE,
)
_HANDLE_BEFORE = re.compile(
    r"(?<![\w@])(?P<handle>@[A-Za-z0-9_]{4,32})[ \t]{0,3}(?:\([ \t]{0,2})?"
    r"(?:(?:on|via|at|in)[ \t]{1,3})?(?:(?:my|the)[ \t]{1,3})?$"
)
_NUMBER_BEFORE = re.compile(
    rf"(?:{SERVICE_ALTERNATION})(?:'s)?[\s:：=()\-]*"
    r"(?:(?:id|account|number|no|contact|me|us|on|at|is|via|my|or|call|text|message|add|"
    r"through|the)\b\.?[\s:：=()\-]*){0,4}$",
    re.IGNORECASE,
)
_NUMBER_AFTER = re.compile(
    rf"[ \t]{{0,3}}[(\[/,\-]?[ \t]{{0,3}}(?:(?:on|via|for|is|also|my)[ \t]+){{0,2}}"
    rf"(?:{SERVICE_ALTERNATION})(?![\w@])",
    re.IGNORECASE,
)
_NOT_A_HANDLE = frozenset(
    {"please", "thanks", "thank", "and", "the", "with", "which", "where", "when", "account",
     "number", "because", "since", "would", "could", "should", "instead", "here", "there", "also",
     "only", "just", "more", "very", "much", "better", "easier", "faster", "safer", "secure",
     "private", "message", "messages", "chat", "call", "calls", "group", "link", "today",
     "tomorrow", "available", "now", "easy", "easiest", "best", "fine", "okay", "preferred",
     "convenient", "free", "app", "application", "messenger", "your", "yours", "mine",
     "handle", "username", "user", "contact", "details", "below", "above", "following", "that",
     "this", "what", "who", "how", "not", "for", "from", "about", "into", "then", "than", "used",
     "using", "popular", "common", "blocked", "banned", "encrypted", "safe", "same", "different",
     "video", "voice", "audio", "platform", "address", "mail", "email", "phone", "mobile", "add",
     "send", "reach", "find", "ping", "text", "write", "they", "them", "him", "her", "ours"}
)  # fmt: skip


def _service_of(mention: re.Match[str]) -> str:
    return mention.lastgroup or ""


def _handle_after(text: str, mention: re.Match[str]) -> Contact | None:
    m = _HANDLE_AFTER.match(text, mention.end(), min(len(text), mention.end() + 80))
    if m is None:
        return None
    handle = m.group("handle").rstrip(".-")
    lowered = handle.lower().lstrip("@")
    sep = (m.group("sep") or "").lower()
    if lowered in _NOT_A_HANDLE or len(lowered) < 3:
        return None
    marked = handle.startswith(("@", "live:"))
    labelled = m.group("label") is not None or sep in (":", "：", "=")
    distinctive = any(ch.isdigit() or ch in "_." for ch in handle)
    if not (marked or labelled or (sep and distinctive)):
        return None
    if handle[0].isdigit() and not labelled:
        return None
    start = m.start("handle")
    return Contact(
        ContactKind.HANDLE, lowered, (start, start + len(handle)), service=_service_of(mention)
    )


def _handle_before(text: str, mention: re.Match[str]) -> Contact | None:
    m = _HANDLE_BEFORE.search(text, max(0, mention.start() - 60), mention.start())
    if m is None:
        return None
    handle = m.group("handle")
    return Contact(
        ContactKind.HANDLE, handle[1:].lower(), m.span("handle"), service=_service_of(mention)
    )


def with_service(text: str, phone: Contact) -> Contact:
    before = _NUMBER_BEFORE.search(text, max(0, phone.start - 50), phone.start)
    after = _NUMBER_AFTER.match(text, phone.end, min(len(text), phone.end + 40))
    hit = before or after
    if hit is None:
        return phone
    service = next(k for k in SERVICE_NAMES if hit.group(k) is not None)
    return Contact(ContactKind.PHONE, phone.value, phone.span, service=service)


_MENTIONS = Prescreened(SERVICE_MENTION)


def extract_handles(text: str, *, mentions: bool | None = None) -> list[Contact]:
    """Messenger handles written next to the service's name.

    "WeChat: abc_123", "my WeChat ID is lucy88", "Telegram @quantum_jobs", "@quantum_jobs on
    Telegram", "Skype: live:.cid.123abc". A plain word after the name counts only when labelled
    ("WeChat ID lucyzhang", "Telegram: quantumjobs"); "WeChat is easier" is not a handle.
    ``mentions`` is :func:`.mentions_service` of the text, when the caller knows it already.
    """
    found: list[Contact] = []
    if not (mentions_service(text) if mentions is None else mentions):
        return found
    for count, mention in enumerate(_MENTIONS.finditer(text)):
        if count >= MAX_CANDIDATES:
            break
        for contact in (_handle_after(text, mention), _handle_before(text, mention)):
            if contact is not None:
                found.append(contact)
    return found
