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

import re
from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum
from functools import cache, lru_cache
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

import phonenumbers
from phonenumbers import Leniency, PhoneNumberFormat, PhoneNumberMatcher

if TYPE_CHECKING:
    from tldextract import TLDExtract

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


def _overlaps(span: tuple[int, int], taken: list[tuple[int, int]]) -> bool:
    return any(s < span[1] and span[0] < e for s, e in taken)


# --- Messaging services -----------------------------------------------------------------------

#: How each messaging service is written in text (regular expressions, case-insensitive unless
#: scoped with ``(?-i:...)``). "Signal", "LINE" and "WeChat" are ordinary words too, so they only
#: count when written the way the product is ("Signal" not followed by "processing").
SERVICE_NAMES: dict[str, str] = {
    "whatsapp": r"wh?at'?s\s?app?",
    "wechat": r"(?-i:[Ww]e[Cc]hat|WECHAT|We\s?Chat)|weixin",
    "telegram": r"telegram",
    "signal": (
        r"(?-i:Signal)(?!\s+(?!(?:me|us|or|and|instead|too|as|if|so|please|app|messenger|number|"
        r"id|account|chat|call|group|username|handle|is|on|at|for|to|then|would|will|might|could|"
        r"works|with|from|since|because|which|where|rather)\b)[A-Za-z])"
    ),
    "skype": r"skype",
    "viber": r"viber",
    "line": r"(?-i:LINE)|line\s+(?:id|app|messenger)",
    "kakaotalk": r"kakao\s?talk|kakao",
    "zalo": r"zalo",
    "discord": r"discord",
    "threema": r"threema",
    "wickr": r"wickr",
    "wire": r"(?-i:Wire)(?=\s+(?:app|messenger|account|id|handle)\b)|(?<=download\s)(?-i:Wire)",
}

_SERVICE_ALTERNATION = "|".join(f"(?P<{name}>{p})" for name, p in SERVICE_NAMES.items())
_SERVICE_MENTION = re.compile(rf"(?<![\w@./])(?:{_SERVICE_ALTERNATION})(?![\w@])", re.IGNORECASE)
# Substrings at least one of which every service name above contains (lower-cased text), and
# the case-sensitive names: a cheap test that lets most texts skip the patterns.
_SERVICE_HINTS = re.compile(
    "tsap|ts ap|t'sap|t's ap|wechat|we chat|weixin|telegram|skype|viber|line id|line app|"
    "line messenger|kakao|zalo|discord|threema|wickr"
)
_SERVICE_CASED_HINTS = ("Signal", "LINE", "Wire")


@lru_cache(maxsize=256)
def mentions_service(text: str) -> bool:
    """Whether ``text`` may name a messaging service (no false negatives for single spaces)."""
    if any(h in text for h in _SERVICE_CASED_HINTS):
        return True
    return _SERVICE_HINTS.search(text.lower()) is not None


#: Link hosts of messaging services: host (or parent domain) -> service. A ``/path`` prefix after
#: the host narrows a general host to its invitation links.
SERVICE_HOSTS: dict[str, tuple[str, str]] = {
    "wa.me": ("whatsapp", ""),
    "wa.link": ("whatsapp", ""),
    "api.whatsapp.com": ("whatsapp", ""),
    "chat.whatsapp.com": ("whatsapp", ""),
    "web.whatsapp.com": ("whatsapp", ""),
    "whatsapp.com": ("whatsapp", "/channel"),
    "u.wechat.com": ("wechat", ""),
    "weixin.qq.com": ("wechat", ""),
    "t.me": ("telegram", ""),
    "telegram.me": ("telegram", ""),
    "telegram.dog": ("telegram", ""),
    "signal.me": ("signal", ""),
    "signal.group": ("signal", ""),
    "join.skype.com": ("skype", ""),
    "invite.viber.com": ("viber", ""),
    "vb.me": ("viber", ""),
    "line.me": ("line", ""),
    "lin.ee": ("line", ""),
    "open.kakao.com": ("kakaotalk", ""),
    "qr.kakao.com": ("kakaotalk", ""),
    "zalo.me": ("zalo", ""),
    "discord.gg": ("discord", ""),
    "discord.com": ("discord", "/invite"),
    "discordapp.com": ("discord", "/invite"),
}

_SERVICE_SCHEMES: dict[str, str] = {
    "whatsapp": "whatsapp",
    "tg": "telegram",
    "viber": "viber",
    "weixin": "wechat",
    "sgnl": "signal",
    "zalo": "zalo",
    "kakaotalk": "kakaotalk",
    "line": "line",
    "skype": "skype",
}

# --- Personal mail providers ------------------------------------------------------------------

#: Free or personal mail domains (exact registrable domains).
PERSONAL_MAIL_DOMAINS: frozenset[str] = frozenset(
    {
        "mail.com", "email.com", "me.com", "mac.com", "proton.me", "pm.me", "tuta.io",
        "tutamail.com", "tuta.com", "keemail.me", "mail.ru", "inbox.ru", "list.ru", "bk.ru",
        "internet.ru", "rambler.ru", "ukr.net", "i.ua", "web.de", "t-online.de", "freenet.de",
        "wp.pl", "o2.pl", "onet.pl", "interia.pl", "seznam.cz", "libero.it", "virgilio.it",
        "laposte.net", "orange.fr", "free.fr", "sfr.fr", "163.com", "126.com", "yeah.net",
        "qq.com", "foxmail.com", "sina.com", "sina.cn", "sohu.com", "aliyun.com", "139.com",
        "189.cn", "naver.com", "daum.net", "hanmail.net", "nate.com", "rediffmail.com",
        "fastmail.com", "fastmail.fm", "hushmail.com", "mailfence.com", "posteo.de", "posteo.net",
        "disroot.org", "riseup.net", "cock.li", "mailinator.com", "yopmail.com",
        "guerrillamail.com", "sharklasers.com", "10minutemail.com", "temp-mail.org",
        "btinternet.com", "sky.com", "virginmedia.com", "talktalk.net", "ntlworld.com",
        "blueyonder.co.uk", "comcast.net", "verizon.net", "att.net", "sbcglobal.net",
        "bellsouth.net", "cox.net", "charter.net", "earthlink.net", "juno.com", "optonline.net",
        "shaw.ca", "bigpond.com", "optusnet.com.au", "xtra.co.nz", "gmx.net", "gmx.com",
    }
)  # fmt: skip

#: Brands whose every country domain is a personal mail provider (gmail.com, yahoo.co.jp...).
PERSONAL_MAIL_BRANDS: frozenset[str] = frozenset(
    {
        "gmail", "googlemail", "hotmail", "outlook", "live", "msn", "windowslive", "yahoo",
        "ymail", "rocketmail", "aol", "aim", "gmx", "yandex", "ya", "protonmail", "tutanota",
        "icloud", "zoho", "zohomail", "rediffmail", "libero", "seznam",
    }
)  # fmt: skip


def is_personal_mail_domain(host: str) -> bool:
    """Whether a mail host (``gmail.com``, ``mail.yahoo.co.uk``, ``qq.com``) is a personal one."""
    host = host.lower().strip(".")
    domain = registrable_domain(host) or host
    if host in PERSONAL_MAIL_DOMAINS or domain in PERSONAL_MAIL_DOMAINS:
        return True
    label = domain.split(".", 1)[0]
    return label in PERSONAL_MAIL_BRANDS


# --- Domains ----------------------------------------------------------------------------------


@cache
def _extractor() -> TLDExtract:
    """The public-suffix extractor, built on first use from the bundled snapshot only.

    ``suffix_list_urls=()`` stops any download, ``cache_dir=None`` any disk cache (tldextract's
    own documentation of ``TLDExtract.__init__``). tldextract is imported here, on first use,
    because it pulls in ``requests`` (about 0.1 s) that a screen without links never needs.
    """
    import tldextract  # deferred: see the docstring

    return tldextract.TLDExtract(suffix_list_urls=(), cache_dir=None, fallback_to_snapshot=True)


@lru_cache(maxsize=4096)
def registrable_domain(host: str) -> str:
    """The domain a registrant owns (``drive.google.com`` -> ``google.com``); "" if none.

    IP addresses, ``localhost`` and names under no public suffix have no registrable domain.
    """
    host = host.strip().strip(".").lower()
    if not host or len(host) > 253:
        return ""
    parts = _extractor()(host)
    return f"{parts.domain}.{parts.suffix}" if parts.domain and parts.suffix else ""


def service_of_link(host: str, path: str) -> str | None:
    """The messaging service a link belongs to (``t.me/x`` -> ``telegram``), else ``None``."""
    host = host.lower()
    for candidate in (host, host.split(".", 1)[1] if host.count(".") > 1 else host):
        entry = SERVICE_HOSTS.get(candidate)
        if entry is not None and path.lower().startswith(entry[1]):
            return entry[0]
    return None


# --- URLs -------------------------------------------------------------------------------------

_URL_CHARS = r"[^\s<>\"'`{}|\\^]"
_LABEL = r"[a-z0-9][a-z0-9-]{0,62}"
_SCHEME_URL = re.compile(
    r"(?<![\w@.\-/:%+])(?:"
    rf"(?P<scheme>https?|ftps?)://{_URL_CHARS}{{1,2048}}"
    rf"|(?P<app>whatsapp|tg|viber|weixin|sgnl|zalo|kakaotalk|line)://{_URL_CHARS}{{1,512}}"
    r"|(?P<skype>skype):[\w.\-:]{3,64}\?(?:call|chat|add)"
    r")",
    re.IGNORECASE,
)
_BARE_URL = re.compile(
    rf"(?:{_LABEL}\.)+(?P<tld>[a-z]{{2,24}})(?![\w@-])(?P<rest>[/?#]{_URL_CHARS}{{0,2048}})?",
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
            found.append(Contact(ContactKind.URL, raw, span, service=_SERVICE_SCHEMES[app.lower()]))
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
        if dot.start() < done or _overlaps(dot.span(), taken):
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
    return sorted(found, key=lambda c: c.span)


def _phones_in_links(text: str, links: Iterable[Contact]) -> list[Contact]:
    """Phone numbers carried by messenger links (``wa.me/447700900123``, ``?phone=...``)."""
    found: list[Contact] = []
    for link in links:
        if link.service is None:
            continue
        for m in _PHONE_IN_LINK.finditer(text, link.start, link.end):
            e164 = _e164("+" + m.group(1), None)
            if e164 is not None:
                found.append(Contact(ContactKind.PHONE, e164, m.span(1), service=link.service))
    return found


# --- E-mail addresses -------------------------------------------------------------------------

_EMAIL = re.compile(
    rf"(?<![\w.+\-%])(?P<local>[A-Za-z0-9._%+\-]{{1,64}})@(?P<host>(?:{_LABEL}\.)+[a-z]{{2,24}})"
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
        if _overlaps(m.span(), taken):
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


# --- Phone numbers ----------------------------------------------------------------------------

_PHONE_CANDIDATE = re.compile(
    r"(?<![\w+/=.#@\-])(?:\(?\+\s?)?\(?\d[\d \t\u00a0\u202f().\-]{5,40}\d(?![\d\w/@]|[.,]\d)"
)
_PHONE_CUE = re.compile(
    r"(?:\b(?:tel|telephone|phone|mobile|mob|cell|cellphone|call|ring|text|sms|number|num|no|"
    r"contact|reach|dial|whatsapp|viber|signal|wechat|telegram|line|zalo|kakao(?:talk)?)\b"
    r"|\b[mtp]\s?[:.])[^\n\d]{0,25}$",
    re.IGNORECASE,
)


def _e164(raw: str, region: str | None) -> str | None:
    try:
        number = phonenumbers.parse(raw, region)
    except phonenumbers.NumberParseException:
        return None
    if not phonenumbers.is_possible_number(number):
        return None
    return phonenumbers.format_number(number, PhoneNumberFormat.E164)


def extract_phones(text: str, region: str = DEFAULT_REGION) -> list[Contact]:
    """Phone numbers, normalised to E.164.

    Digit runs are found by a linear pattern, then read by ``phonenumbers``' matcher at
    ``Leniency.VALID``, which rejects dates, times, amounts, years and references. A run the
    matcher does not accept as valid still counts when it is written as a phone number is
    (international ``+``/``00`` prefix, or a cue such as "tel", "call me on", "WhatsApp" just
    before it) and is a possible number: this keeps numbers from ranges reserved for examples
    (the UK's 07700 900xxx) and numbers newer than the library's metadata.
    """
    found: list[Contact] = []
    if sum(text.count(d) for d in "0123456789") < 7:
        return found
    for count, cand in enumerate(_PHONE_CANDIDATE.finditer(text)):
        if count >= MAX_CANDIDATES:
            break
        raw = cand.group(0)
        digits = sum(ch.isdigit() for ch in raw)
        if digits < 7 or digits > 40:
            continue
        base = cand.start()
        matched = False
        for m in PhoneNumberMatcher(raw, region, leniency=Leniency.VALID):
            value = phonenumbers.format_number(m.number, PhoneNumberFormat.E164)
            found.append(Contact(ContactKind.PHONE, value, (base + m.start, base + m.end)))
            matched = True
        if matched or digits < 8 or digits > 17:
            continue
        international = raw.startswith(("+", "00", "(+", "(00"))
        if not (international or _PHONE_CUE.search(text, max(0, base - 40), base)):
            continue
        fallback = _e164(raw, region)
        if fallback is not None:
            found.append(Contact(ContactKind.PHONE, fallback, cand.span()))
    return found


# --- Messenger handles ------------------------------------------------------------------------

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
    rf"(?:{_SERVICE_ALTERNATION})(?:'s)?[\s:：=()\-]*"
    r"(?:(?:id|account|number|no|contact|me|us|on|at|is|via|my|or|call|text|message|add|"
    r"through|the)\b\.?[\s:：=()\-]*){0,4}$",
    re.IGNORECASE,
)
_NUMBER_AFTER = re.compile(
    rf"[ \t]{{0,3}}[(\[/,\-]?[ \t]{{0,3}}(?:(?:on|via|for|is|also|my)[ \t]+){{0,2}}"
    rf"(?:{_SERVICE_ALTERNATION})(?![\w@])",
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


def _with_service(text: str, phone: Contact) -> Contact:
    before = _NUMBER_BEFORE.search(text, max(0, phone.start - 50), phone.start)
    after = _NUMBER_AFTER.match(text, phone.end, min(len(text), phone.end + 40))
    hit = before or after
    if hit is None:
        return phone
    service = next(k for k in SERVICE_NAMES if hit.group(k) is not None)
    return Contact(ContactKind.PHONE, phone.value, phone.span, service=service)


def extract_handles(text: str) -> list[Contact]:
    """Messenger handles written next to the service's name.

    "WeChat: abc_123", "my WeChat ID is lucy88", "Telegram @quantum_jobs", "@quantum_jobs on
    Telegram", "Skype: live:.cid.123abc". A plain word after the name counts only when labelled
    ("WeChat ID lucyzhang", "Telegram: quantumjobs"); "WeChat is easier" is not a handle.
    """
    found: list[Contact] = []
    if not mentions_service(text):
        return found
    for count, mention in enumerate(_SERVICE_MENTION.finditer(text)):
        if count >= MAX_CANDIDATES:
            break
        for contact in (_handle_after(text, mention), _handle_before(text, mention)):
            if contact is not None:
                found.append(contact)
    return found


# --- Everything -------------------------------------------------------------------------------


@lru_cache(maxsize=256)
def extract_contacts(text: str, region: str = DEFAULT_REGION) -> tuple[Contact, ...]:
    """Every contact detail in ``text``, in order of position (cached per text).

    Addresses win over links, links over phone numbers and handles that overlap them; a
    messenger link that carries a phone number (``wa.me/447700900123``) also yields that number
    (kind ``phone``, service ``whatsapp``, span inside the link's). A phone number written next
    to a service's name ("WhatsApp: +44 7700 900123", "+86 138 1234 5678 (WeChat)") carries that
    service.
    """
    emails = extract_emails(text)
    taken = [c.span for c in emails]
    urls = [c for c in extract_urls(text) if not _overlaps(c.span, taken)]
    taken += [c.span for c in urls]
    phones = extract_phones(text, region)
    if phones and mentions_service(text):
        phones = [_with_service(text, c) for c in phones]
    phones = [c for c in phones if not _overlaps(c.span, taken)]
    taken += [c.span for c in phones]
    handles = [c for c in extract_handles(text) if not _overlaps(c.span, taken)]
    found = [*emails, *urls, *_phones_in_links(text, urls), *phones]
    seen: set[tuple[int, int]] = set()
    for handle in handles:
        if handle.span not in seen:
            seen.add(handle.span)
            found.append(handle)
    return tuple(sorted(found, key=lambda c: c.span))
