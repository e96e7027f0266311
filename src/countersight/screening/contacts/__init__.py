"""Contact details in free text: messenger handles and links, phone numbers, e-mail addresses, URLs.

One call, :func:`extract_contacts`, returns every contact detail of a text as a :class:`Contact`:
its kind (``phone``, ``email``, ``url``, ``handle``), its normalised value (E.164 for phone numbers,
a lower-case address, a URL with a lower-case scheme and host, a handle without its ``@``), its span
in the text, the messenger ``service`` it belongs to (``whatsapp``, ``wechat``, ``telegram``...;
``None`` for a plain phone number, address or link) and, for addresses and links, the host and its
registrable domain. Screening indicators use it, and so can anything that extracts artefacts
(campaign linking keys on the normalised values).

Everything is offline and bounded: the public suffix list is the snapshot bundled with
``tldextract`` (never fetched, never cached on disk), phone numbers are parsed by ``phonenumbers``
only inside short digit runs found by a linear pattern, and each kind examines at most
:data:`MAX_CANDIDATES` candidates per text, so 100,000 characters of adversarial input cost
milliseconds, not minutes.

The phone region (:data:`DEFAULT_REGION`) is only the dialling convention used to read numbers
written without an international prefix; it never says anything about the sender. No function here
treats a country calling code, a country-code domain or a service as more suspicious than another.
"""

from __future__ import annotations

from countersight.screening.contacts.contact import (
    DEFAULT_REGION,
    MAX_CANDIDATES,
    Contact,
    ContactKind,
    overlaps,
)
from countersight.screening.contacts.domains import (
    PERSONAL_MAIL_BRANDS,
    PERSONAL_MAIL_DOMAINS,
    is_personal_mail_domain,
    registrable_domain,
)
from countersight.screening.contacts.emails import extract_emails
from countersight.screening.contacts.handles import extract_handles, with_service
from countersight.screening.contacts.links import extract_urls, phones_in_links
from countersight.screening.contacts.phones import extract_phones
from countersight.screening.contacts.services import (
    SERVICE_HOSTS,
    SERVICE_NAMES,
    mentions_service,
    service_of_link,
)

__all__ = [
    "DEFAULT_REGION",
    "MAX_CANDIDATES",
    "PERSONAL_MAIL_BRANDS",
    "PERSONAL_MAIL_DOMAINS",
    "SERVICE_HOSTS",
    "SERVICE_NAMES",
    "Contact",
    "ContactKind",
    "extract_contacts",
    "extract_emails",
    "extract_handles",
    "extract_phones",
    "extract_urls",
    "is_personal_mail_domain",
    "mentions_service",
    "registrable_domain",
    "service_of_link",
]


def extract_contacts(
    text: str, region: str = DEFAULT_REGION, *, mentions: bool | None = None
) -> tuple[Contact, ...]:
    """Every contact detail in ``text``, in order of position.

    Addresses win over links, links over phone numbers and handles that overlap them; a
    messenger link that carries a phone number (``wa.me/447700900123``) also yields that number
    (kind ``phone``, service ``whatsapp``, span inside the link's). A phone number written next
    to a service's name ("WhatsApp: +44 7700 900123", "+86 138 1234 5678 (WeChat)") carries that
    service. ``mentions`` is :func:`mentions_service` of the text, when the caller knows it
    already.
    """
    if mentions is None:
        mentions = mentions_service(text)
    emails = extract_emails(text)
    urls = extract_urls(text)
    phones = extract_phones(text, region)
    handles = extract_handles(text, mentions=mentions)
    if not (emails or urls or phones or handles):
        return ()
    taken = [c.span for c in emails]
    urls = [c for c in urls if not overlaps(c.span, taken)]
    taken += [c.span for c in urls]
    if phones and mentions:
        phones = [with_service(text, c) for c in phones]
    phones = [c for c in phones if not overlaps(c.span, taken)]
    taken += [c.span for c in phones]
    handles = [c for c in handles if not overlaps(c.span, taken)]
    found = [*emails, *urls, *phones_in_links(text, urls), *phones]
    seen: set[tuple[int, int]] = set()
    for handle in handles:
        if handle.span not in seen:
            seen.add(handle.span)
            found.append(handle)
    return tuple(sorted(found, key=lambda c: c.span))
