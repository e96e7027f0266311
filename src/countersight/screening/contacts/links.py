"""Links (``https://...``, ``www.example.com``, ``t.me/name``) and the numbers they carry."""

from __future__ import annotations

import re
from collections.abc import Iterable
from urllib.parse import urlsplit

from countersight.screening.contacts.contact import MAX_CANDIDATES, Contact, ContactKind, overlaps
from countersight.screening.contacts.domains import registrable_domain
from countersight.screening.contacts.phones import to_e164
from countersight.screening.contacts.services import SERVICE_SCHEMES, service_of_link

_URL_CHARS = r"[^\s<>\"'`{}|\\^]"
LABEL = r"[a-z0-9][a-z0-9-]{0,62}"
_SCHEME_URL = re.compile(
    r"(?<![\w@.\-/:%+])(?:"
    rf"(?P<scheme>https?|ftps?)://{_URL_CHARS}{{1,2048}}"
    rf"|(?P<app>whatsapp|tg|viber|weixin|sgnl|zalo|kakaotalk|line)://{_URL_CHARS}{{1,512}}"
    r"|(?P<skype>skype):[\w.\-:]{3,64}\?(?:call|chat|add)"
    r")",
    re.IGNORECASE,
)
_BARE_URL = re.compile(
    rf"(?:{LABEL}\.)+(?P<tld>[a-z]{{2,24}})(?![\w@-])(?P<rest>[/?#]{_URL_CHARS}{{0,2048}})?",
    re.IGNORECASE,
)
# A dot followed by two letters: where a bare domain name can be (a literal-led, fast pattern).
_DOT_LETTERS = re.compile(r"\.[A-Za-z]{2}")
_HOST_CHARS = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789.-")
_TRAILING = ".,;:!?'\"*"
#: Top-level domains that, written without a scheme or path, are far more often file names.
_FILE_LIKE_TLDS = frozenset({"zip", "mov", "exe", "pdf", "doc", "docx", "rar", "iso"})
_COMMON_LONG_TLDS = frozenset({"info", "mobi", "name", "asia", "tech", "site", "online", "store"})
_IPV4 = re.compile(r"\d{1,3}(?:\.\d{1,3}){3}")
_PHONE_IN_LINK = re.compile(r"(?:wa\.me/|phone=|number=|#p/|/p/)\+?(\d{7,15})", re.IGNORECASE)


def _trim_url(raw: str) -> str:
    while raw and (raw[-1] in _TRAILING or (raw[-1] in ")]" and raw.count("(") < raw.count(")"))):
        raw = raw[:-1]
    return raw


def _web_link(raw: str, span: tuple[int, int]) -> Contact | None:
    """A link with a host (``raw`` has a scheme) or ``None`` when the host has no domain."""
    try:
        parts = urlsplit(raw)
        host = parts.hostname or ""
    except ValueError:
        return None
    domain = registrable_domain(host)
    if not domain and not _IPV4.fullmatch(host):
        return None
    head = len(parts.scheme) + 3 + len(parts.netloc)
    value = f"{parts.scheme.lower()}://{parts.netloc.lower()}{raw[head:]}"
    path = parts.path + (f"?{parts.query}" if parts.query else "")
    service = service_of_link(host, path + (f"#{parts.fragment}" if parts.fragment else ""))
    return Contact(ContactKind.URL, value, span, service=service, host=host, domain=domain or None)


def _scheme_links(text: str) -> list[Contact]:
    found: list[Contact] = []
    for count, m in enumerate(_SCHEME_URL.finditer(text)):
        if count >= MAX_CANDIDATES:
            break
        raw = _trim_url(m.group(0))
        span = (m.start(), m.start() + len(raw))
        app = m.group("app") or m.group("skype")
        if app:
            found.append(Contact(ContactKind.URL, raw, span, service=SERVICE_SCHEMES[app.lower()]))
        elif (link := _web_link(raw, span)) is not None:
            found.append(link)
    return found


def _bare_links(text: str, taken: list[tuple[int, int]]) -> list[Contact]:
    """Links written without a scheme, found from their dots (``www.x.org``, ``t.me/name``)."""
    found: list[Contact] = []
    done = 0
    for count, dot in enumerate(_DOT_LETTERS.finditer(text)):
        if count >= 4 * MAX_CANDIDATES:
            break
        if dot.start() < done or overlaps(dot.span(), taken):
            continue
        start = dot.start()
        while start > 0 and dot.start() - start < 253 and text[start - 1] in _HOST_CHARS:
            start -= 1
        while start < dot.start() and text[start] in ".-":
            start += 1
        if start > 0 and text[start - 1] in "@/:%+_\\":
            continue
        m = _BARE_URL.match(text, start)
        if m is None:
            continue
        done = m.end()
        raw = _trim_url(m.group(0))
        host_part = raw[: m.end("tld") - start]
        tld = m.group("tld")
        if not (host_part.lower().startswith("www.") or len(raw) > len(host_part)) and (
            tld != tld.lower()
            or tld in _FILE_LIKE_TLDS
            or (len(tld) > 4 and tld not in _COMMON_LONG_TLDS)
        ):
            # A bare "name.tld" counts only when written as one usually writes a domain.
            continue
        link = _web_link("http://" + raw, (start, start + len(raw)))
        if link is not None:
            found.append(link)
    return found


def extract_urls(text: str) -> list[Contact]:
    """Links: ``https://...``, ``www.example.com``, ``t.me/name``, ``wa.me/447700900123``.

    A bare ``name.tld`` without scheme, ``www.`` or path counts only when its top-level domain is
    written in lower case and is not one that reads like a file extension (``setup.zip``).
    Schemeless links get ``http://`` in their value.
    """
    found = _scheme_links(text) if "://" in text or "kype:" in text or "KYPE:" in text else []
    if _DOT_LETTERS.search(text):
        found += _bare_links(text, [c.span for c in found])
    return sorted(found, key=lambda c: c.span) if len(found) > 1 else found


def phones_in_links(text: str, links: Iterable[Contact]) -> list[Contact]:
    """Phone numbers carried by messenger links (``wa.me/447700900123``, ``?phone=...``)."""
    found: list[Contact] = []
    for link in links:
        if link.service is None:
            continue
        for m in _PHONE_IN_LINK.finditer(text, link.start, link.end):
            e164 = to_e164("+" + m.group(1), None)
            if e164 is not None:
                found.append(Contact(ContactKind.PHONE, e164, m.span(1), service=link.service))
    return found
