"""E-mail addresses, including the obfuscated "name [at] gmail [dot] com" forms."""

from __future__ import annotations

import re

from countersight.screening.contacts.contact import MAX_CANDIDATES, Contact, ContactKind, overlaps
from countersight.screening.contacts.domains import is_personal_mail_domain, registrable_domain
from countersight.screening.contacts.links import LABEL

_EMAIL = re.compile(
    rf"(?<![\w.+\-%])(?P<local>[A-Za-z0-9._%+\-]{{1,64}})@(?P<host>(?:{LABEL}\.)+[a-z]{{2,24}})"
    r"(?![\w@-])",
    re.IGNORECASE,
)
_AT = r"(?:\s{0,2}[\[({<]\s{0,2}(?:at|@)\s{0,2}[\])}>]\s{0,2}|\s(?:at|AT)\s)"
_DOT = r"(?:\s{0,2}[\[({<]\s{0,2}(?:dot|\.)\s{0,2}[\])}>]\s{0,2}|\s(?:dot|DOT)\s|\.)"
_OBFUSCATED_EMAIL = re.compile(
    rf"(?<![\w.+\-])(?P<local>[A-Za-z0-9][A-Za-z0-9._+\-]{{0,63}}){_AT}"
    rf"(?P<label>[A-Za-z0-9][A-Za-z0-9\-]{{0,62}}){_DOT}(?P<tld>[A-Za-z]{{2,10}})"
    rf"(?:{_DOT}(?P<tld2>[A-Za-z]{{2,3}}))?(?![\w@])",
    re.IGNORECASE,
)
_NOT_A_MAILBOX = frozenset(
    {"me", "us", "him", "her", "them", "you", "email", "mail", "contact", "reach", "message",
     "write", "ping", "find", "meet", "see", "call", "it", "one", "someone", "anyone", "team"}
)  # fmt: skip


_LOCAL_CHARS = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789._%+-")
_CLOSING = re.compile(r"[\])}>]")
_AT_BEFORE_CLOSING = re.compile(r"(?:at|@)\s{0,2}$")
_HOST_AFTER_AT = re.compile(
    rf"[ \t]{{0,2}}(?P<label>[a-z0-9][a-z0-9\-]{{0,62}}){_DOT}(?P<tld>[a-z]{{2,10}})"
    rf"(?:{_DOT}(?P<tld2>[a-z]{{2,3}}))?(?![\w@])"
)


def _may_hide_address(low: str) -> bool:
    """Whether a lower-cased text can hold an obfuscated address (cheap pre-check)."""
    if ")" in low or "]" in low or "}" in low or ">" in low:  # else _CLOSING finds nothing
        for count, closing in enumerate(_CLOSING.finditer(low)):
            if count >= MAX_CANDIDATES:
                break
            if _AT_BEFORE_CLOSING.search(low, max(0, closing.start() - 4), closing.start()):
                return True
    pos = low.find(" at ")
    for _ in range(MAX_CANDIDATES):
        if pos == -1:
            return False
        m = _HOST_AFTER_AT.match(low, pos + 4)
        if m is not None and is_personal_mail_domain(
            ".".join(p for p in m.group("label", "tld", "tld2") if p)
        ):
            return True
        pos = low.find(" at ", pos + 1)
    return False


def _plain_emails(text: str) -> list[Contact]:
    found: list[Contact] = []
    at = text.find("@")
    done = 0
    for _ in range(MAX_CANDIDATES):
        if at == -1:
            break
        start = at
        while start > done and at - start < 64 and text[start - 1] in _LOCAL_CHARS:
            start -= 1
        m = _EMAIL.match(text, start)
        if m is not None:
            local, host = m.group("local"), m.group("host").lower()
            domain = registrable_domain(host)
            if not local.startswith(".") and domain:
                value = f"{local.lower()}@{host}"
                found.append(Contact(ContactKind.EMAIL, value, m.span(), host=host, domain=domain))
            done = m.end()
        at = text.find("@", max(at + 1, done))
    return found


def _obfuscated_emails(text: str, taken: list[tuple[int, int]]) -> list[Contact]:
    found: list[Contact] = []
    for count, m in enumerate(_OBFUSCATED_EMAIL.finditer(text)):
        if count >= MAX_CANDIDATES:
            break
        if overlaps(m.span(), taken):
            continue
        local = m.group("local").lower()
        host = ".".join(p.lower() for p in m.group("label", "tld", "tld2") if p)
        bracketed = any(c in m.group(0) for c in "[({<")
        if local in _NOT_A_MAILBOX or not (bracketed or is_personal_mail_domain(host)):
            continue
        domain = registrable_domain(host)
        if domain:
            value = f"{local}@{host}"
            found.append(Contact(ContactKind.EMAIL, value, m.span(), host=host, domain=domain))
    return found


def extract_emails(text: str) -> list[Contact]:
    """E-mail addresses, including the obfuscated "name [at] gmail [dot] com" forms.

    An obfuscated form with plain words ("name at gmail dot com") counts only for a personal mail
    provider: "meet me at noon.com" is not an address.
    """
    found = _plain_emails(text) if "@" in text else []
    if _may_hide_address(text.lower()):
        found += _obfuscated_emails(text, [c.span for c in found])
    return found
