"""Artefacts: what in one report can link it to another, extracted and normalised.

From the sender's inbound messages and profile text (never the recipient's own replies, whose
contact details would tie together every approach the same person received): phone numbers
(E.164), e-mail addresses, messenger handles (``whatsapp:``, ``wechat:``, ``telegram:``,
``signal:``... prefixes; numbers on a messenger are phones), web pages, registrable domains
(through the bundled public suffix list, offline), LinkedIn profile addresses; from the profile:
the organisation (normalised, see :func:`organisation_keys`), the persona's name and location
(weak kinds, evidence only, see :mod:`countersight.campaigns.links`).

Generic values are dropped here (stop-lists of :class:`~countersight.campaigns.links.LinkRules`,
personal mail providers as domains); the engine drops values shared by too many reports.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from urllib.parse import urlsplit

from countersight.campaigns.links import DEFAULT_RULES, LinkRules
from countersight.domain import Approach
from countersight.screening.contacts import (
    Contact,
    ContactKind,
    extract_contacts,
    is_personal_mail_domain,
    registrable_domain,
)
from countersight.screening.firm_names import LEGAL_FORMS, read_name


@dataclass(frozen=True, slots=True)
class Artefact:
    """One linking value of a report: ``kind``, normalised ``value``, as ``shown``, ``field``."""

    kind: str
    value: str
    shown: str
    field: str


#: Abbreviations expanded before an organisation name is read ("Exec Search").
_ABBREVIATIONS = {
    "exec": "executive", "execs": "executives", "mgmt": "management", "mgt": "management",
    "intl": "international", "int'l": "international", "assoc": "associates",
    "assocs": "associates", "tech": "technology", "svcs": "services", "svc": "services",
    "grp": "group", "co": "company", "corp": "corporation", "natl": "national",
    "ctr": "center", "inst": "institute", "dev": "development", "res": "research",
}  # fmt: skip
_WORD = re.compile(r"[^\W_]+(?:'[^\W_]+)?")
_ALNUM = re.compile(r"[^\W_]+")
_ACRONYM = re.compile(r"^[A-Z0-9][A-Z0-9&.\-/]*[A-Z0-9]$")
_TME = re.compile(r"^/(?:s/)?([A-Za-z][A-Za-z0-9_]{3,31})/?$")


def _fold(text: str) -> str:
    """Lower case without accents: "Zhāng" -> "zhang"."""
    if text.isascii():
        return text.lower()
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold()


def organisation_keys(name: str) -> list[tuple[str, bool]]:
    """Linking keys of an organisation name, each with whether it is a one-letter-fuzzy variant.

    The key is the name's distinctive element in lower case without punctuation ("BR-YR
    Executive Search", "BR-YR Ltd" -> ``bryr``); a name made only of generic words keeps them
    all ("Global Talent Partners" -> ``globaltalentpartners``). Abbreviations are expanded and
    legal forms dropped first. A distinctive element written as an acronym of four or more
    characters also gets its one-substitution variants (``?ryr``, ``b?yr``...), so that "BP-YR
    Exec Search" meets "BR-YR Executive Search" through ``b?yr`` (variants are the kind
    ``organisation_variant``, which links only with a shared persona name, see
    :mod:`countersight.campaigns.links`).
    """
    words = [_ABBREVIATIONS.get(w.lower(), w) for w in name[:300].split()]
    reading = read_name(" ".join(words))
    if reading.distinctive:
        key = _fold("".join(reading.distinctive))
        key = "".join(_ALNUM.findall(key))
        acronym = any(_ACRONYM.match(d) and len(d) >= 2 for d in reading.distinctive)
    else:
        parts = [_fold(w) for w in _ALNUM.findall(name[:300])]
        key = "".join(p for p in parts if p not in LEGAL_FORMS)
        acronym = False
    if len(key) < 2:
        return []
    keys = [(key, False)]
    if acronym and 4 <= len(key) <= 12:
        keys += [(f"{key[:i]}?{key[i + 1 :]}", True) for i in range(len(key))]
    return keys


def person_name_key(name: str) -> str:
    """A persona's name, folded, its words sorted ("Zhang Wei" and "Wei ZHANG" meet)."""
    return " ".join(sorted(_WORD.findall(_fold(name))))


def template_text(approach: Approach, limit: int) -> str:
    """The sender's messages, normalised for near-duplicate detection (first ``limit`` chars).

    Lower case without accents; digits become ``0``; anything not a letter or digit becomes a
    single space.
    """
    parts: list[str] = []
    size = 0
    for _, message in approach.inbound():
        folded = _fold(message.text[: limit * 2])
        parts.append(" ".join(_ALNUM.findall(folded)))
        size += len(parts[-1])
        if size >= limit:
            break
    text = " ".join(p for p in parts if p)
    return re.sub(r"\d", "0", text[:limit])


def _specific(path: str) -> bool:
    """Whether a path names one thing (a digit or a long segment), not a site's section."""
    return any(
        len(part) >= 10 or any(ch.isdigit() for ch in part) for part in path.split("/") if part
    )


def _link_artefacts(contact: Contact, where: str, rules: LinkRules) -> list[Artefact]:
    found: list[Artefact] = []
    raw = contact.value
    try:
        parts = urlsplit(raw if "://" in raw else "http://" + raw)
    except ValueError:
        return found
    host = (contact.host or parts.hostname or "").lower().removeprefix("www.")
    domain = contact.domain or registrable_domain(host)
    path = parts.path.rstrip("/")
    if domain == "linkedin.com" and path.lower().startswith(("/in/", "/pub/")):
        slug = path.split("/")[2].lower() if path.count("/") >= 2 else ""
        if slug:
            found.append(Artefact("profile", f"linkedin.com/in/{slug}", raw, where))
        return found
    if host in ("t.me", "telegram.me") and (m := _TME.match(parts.path)):
        found.append(Artefact("handle", f"telegram:{m.group(1).lower()}", raw, where))
        return found
    if contact.service is not None and not path:
        return found
    generic_host = not domain or rules.stopped("domain", domain) or is_personal_mail_domain(domain)
    if path and not (generic_host and not _specific(path)):
        query = f"?{parts.query}" if parts.query and contact.service else ""
        found.append(Artefact("url", f"{host}{path}{query}", raw, where))
    if domain and not is_personal_mail_domain(domain) and not rules.stopped("domain", domain):
        found.append(Artefact("domain", domain, domain, where))
    return found


def _contact_artefacts(contact: Contact, where: str, rules: LinkRules) -> list[Artefact]:
    if contact.kind is ContactKind.PHONE:
        return [Artefact("phone", contact.value, contact.value, where)]
    if contact.kind is ContactKind.HANDLE:
        service = contact.service or "messenger"
        value = f"{service}:{contact.value}"
        return [Artefact("handle", value, value, where)]
    if contact.kind is ContactKind.EMAIL:
        found = [Artefact("email", contact.value, contact.value, where)]
        domain = contact.domain or ""
        if domain and not is_personal_mail_domain(domain) and not rules.stopped("domain", domain):
            found.append(Artefact("domain", domain, domain, where))
        return found
    return _link_artefacts(contact, where, rules)


def _texts(approach: Approach) -> list[tuple[str, str]]:
    sender = approach.sender
    texts = [(f"messages[{i}].text", m.text) for i, m in approach.inbound()]
    if sender.about:
        texts.append(("sender.about", sender.about))
    if sender.headline:
        texts.append(("sender.headline", sender.headline))
    return texts


def _organisations(approach: Approach) -> list[tuple[str, str]]:
    sender = approach.sender
    found: list[tuple[str, str]] = []
    if sender.organisation:
        found.append(("sender.organisation", sender.organisation))
    for i, job in enumerate(sender.experience):
        if job.organisation and job.end is None:
            found.append((f"sender.experience[{i}].organisation", job.organisation))
    return found


def extract_artefacts(approach: Approach, rules: LinkRules = DEFAULT_RULES) -> list[Artefact]:
    """Every artefact of one report, each (kind, value) once, generic values left out."""
    found: list[Artefact] = []
    for where, text in _texts(approach):
        for contact in extract_contacts(text):
            found.extend(_contact_artefacts(contact, where, rules))
    sender = approach.sender
    if sender.profile_url:
        found.extend(
            _link_artefacts(
                Contact(ContactKind.URL, sender.profile_url.strip(), (0, 0)),
                "sender.profile_url",
                rules,
            )
        )
    for where, name in _organisations(approach):
        keys = organisation_keys(name)
        if keys and not rules.stopped("organisation", keys[0][0]):
            found.extend(
                Artefact("organisation_variant" if fuzzy else "organisation", key, name, where)
                for key, fuzzy in keys
            )
    if sender.name and (key := person_name_key(sender.name)):
        found.append(Artefact("name", key, sender.name, "sender.name"))
    if sender.location and (key := " ".join(_WORD.findall(_fold(sender.location)))):
        found.append(Artefact("location", key, sender.location, "sender.location"))
    unique: dict[tuple[str, str], Artefact] = {}
    for artefact in found:
        if not rules.stopped(artefact.kind, artefact.value):
            unique.setdefault((artefact.kind, artefact.value), artefact)
    return list(unique.values())
