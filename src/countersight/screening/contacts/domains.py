"""Domains: registrable domains (bundled public suffix list) and personal mail providers."""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from tldextract import TLDExtract

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


@cache
def _extractor() -> TLDExtract:
    """The public-suffix extractor, built on first use from the bundled snapshot only.

    ``suffix_list_urls=()`` stops any download, ``cache_dir=None`` any disk cache (tldextract's
    own documentation of ``TLDExtract.__init__``). tldextract is imported here, on first use,
    because it pulls in ``requests`` (about 0.1 s) that a screen without links never needs.
    """
    import tldextract  # deferred: see the docstring

    return tldextract.TLDExtract(suffix_list_urls=(), cache_dir=None, fallback_to_snapshot=True)


def registrable_domain(host: str) -> str:
    """The domain a registrant owns (``drive.google.com`` -> ``google.com``); "" if none.

    IP addresses, ``localhost`` and names under no public suffix have no registrable domain.
    """
    host = host.strip().strip(".").lower()
    if not host or len(host) > 253:
        return ""
    parts = _extractor()(host)
    return f"{parts.domain}.{parts.suffix}" if parts.domain and parts.suffix else ""
