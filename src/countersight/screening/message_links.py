"""The contact details and links in a message, and where the links lead.

Read through :mod:`countersight.screening.contacts`, for the contact and lure indicators
(:mod:`.indicators.message_off_platform`, :mod:`.indicators.message_lure`), once per message.
Links are told apart by where they lead: file-sharing sites, look-alike domains that borrow a
file-sharing or sign-in brand, archives and executables, documents, known job, assessment and
meeting platforms, and the sender's own organisation. No domain country is weighed above another.
Both indicators also pair concepts within a message through :class:`Beside`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import NamedTuple, cast
from urllib.parse import urlsplit

from countersight.screening.contacts import (
    Contact,
    ContactKind,
    extract_contacts,
    mentions_service,
)
from countersight.screening.context import ScreeningContext, TextField
from countersight.screening.lexicon import Concept
from countersight.screening.prefilter import Gate

#: Extensions of archives, disk images, executables, shortcuts and macro-enabled documents.
RISKY_EXTENSIONS = (
    "zip", "rar", "7z", "iso", "img", "vhd", "vhdx", "exe", "scr", "msi", "lnk", "docm", "xlsm",
    "pptm", "dotm", "xlam", "one", "hta", "vbs", "vbe", "wsf", "bat", "cmd", "ps1", "jar", "apk",
    "dmg", "pkg", "cab", "gz", "tgz", "bz2", "xz", "ace", "arj", "chm", "cpl",
)  # fmt: skip
#: Ordinary documents: a lure only when presented as one on an unknown site.
DOCUMENT_EXTENSIONS = ("pdf", "doc", "docx", "xls", "xlsx", "ppt", "pptx", "rtf", "odt")
RISKY_EXT = "|".join(RISKY_EXTENSIONS)
_EXTENSION = re.compile(r"\.([a-z0-9]{1,5})(?:$|[?#&])", re.IGNORECASE)
_RISKY_IN_QUERY = re.compile(rf"\.(?:{RISKY_EXT})(?:$|[&#])", re.IGNORECASE)

#: Registrable domains (or hosts) that serve files to anyone with the link.
FILE_SHARING: frozenset[str] = frozenset(
    {
        "drive.google.com", "docs.google.com", "drive.usercontent.google.com",
        "storage.googleapis.com", "firebasestorage.googleapis.com", "dropbox.com",
        "dropboxusercontent.com", "db.tt", "onedrive.live.com", "1drv.ms", "sharepoint.com",
        "mega.nz", "mega.io", "mega.co.nz", "wetransfer.com", "we.tl", "box.com", "mediafire.com",
        "sendspace.com", "transfer.sh", "file.io", "gofile.io", "pixeldrain.com", "anonfiles.com",
        "4shared.com", "filemail.com", "swisstransfer.com", "fromsmash.com", "pcloud.com",
        "pcloud.link", "sync.com", "transfernow.net", "weiyun.com", "cowtransfer.com",
        "disk.yandex.ru", "disk.yandex.com", "yadi.sk", "pan.baidu.com", "terabox.com",
        "cloud.mail.ru", "filetransfer.io", "ufile.io", "raw.githubusercontent.com",
        "objects.githubusercontent.com", "blob.core.windows.net", "icloud.com/iclouddrive",
    }
)  # fmt: skip

#: Sites where genuine recruiters and researchers host job pages, tests, surveys and calls.
KNOWN_PLATFORMS: frozenset[str] = frozenset(
    {
        "linkedin.com", "lnkd.in", "indeed.com", "glassdoor.com", "glassdoor.co.uk",
        "greenhouse.io", "lever.co", "myworkdayjobs.com", "workday.com", "smartrecruiters.com",
        "ashbyhq.com", "teamtailor.com", "bamboohr.com", "icims.com", "taleo.net",
        "successfactors.com", "successfactors.eu", "jobvite.com", "workable.com", "recruitee.com",
        "personio.de", "personio.com", "breezy.hr", "applytojob.com", "pinpointhq.com",
        "hackerrank.com", "codility.com", "testgorilla.com", "codesignal.com", "coderpad.io",
        "hirevue.com", "shl.com", "qualtrics.com", "surveymonkey.com", "typeform.com",
        "calendly.com", "zoom.us", "webex.com", "jobs.ac.uk", "euraxess.ec.europa.eu",
    }
)  # fmt: skip

#: Names of file-sharing and sign-in brands that look-alike domains borrow.
LOOKALIKE_BRANDS = (
    "onedrive", "sharepoint", "dropbox", "wetransfer", "docusign", "office365", "microsoft",
    "outlook", "gdrive", "googledocs", "googledrive", "icloud", "adobe", "gmail",
)  # fmt: skip


class _Read(NamedTuple):
    """What a message holds: whether it names a messaging service, its contact details, links."""

    names_service: bool
    contacts: tuple[Contact, ...]
    links: tuple[Contact, ...]


# Each message is read once, for both indicators; the reading is kept in the field's memo, so it
# lives as long as the field (that is, its screening context) and nothing is kept from one
# approach to the next.
_READ = "message_links.read"


def _read(field: TextField) -> _Read:
    read = cast("_Read | None", field.memo.get(_READ))
    if read is None:
        names = mentions_service(field.folded)
        contacts = extract_contacts(field.folded, mentions=names)
        links = tuple(c for c in contacts if c.kind is ContactKind.URL and c.service is None)
        read = _Read(names, contacts, links)
        field.memo[_READ] = read
    return read


def names_service(field: TextField) -> bool:
    """Whether a message may name a messaging service (:func:`.contacts.mentions_service`)."""
    return _read(field).names_service


def contacts_in(field: TextField) -> tuple[Contact, ...]:
    """The contact details and links in a message."""
    return _read(field).contacts


def links_in(field: TextField) -> tuple[Contact, ...]:
    """The links in a message, other than messenger links (wa.me, t.me...)."""
    return _read(field).links


def host_matches(c: Contact, names: frozenset[str]) -> bool:
    """Whether a link's host, a parent domain of it, or "domain/first-folder" is in ``names``."""
    host = c.host or ""
    labels = host.split(".")
    if any(".".join(labels[i:]) in names for i in range(len(labels) - 1)):
        return True
    segments = urlsplit(c.value).path.lower().split("/")
    return len(segments) > 1 and f"{c.domain}/{segments[1]}" in names


def is_file_sharing(c: Contact) -> bool:
    """A link to a site that serves files to anyone with the link (:data:`FILE_SHARING`)."""
    return host_matches(c, FILE_SHARING)


def is_lookalike(c: Contact) -> bool:
    """A domain that borrows a file-sharing or sign-in brand it does not belong to."""
    domain = c.domain or ""
    label = domain.split(".", 1)[0]
    return any(b in label and label != b for b in LOOKALIKE_BRANDS)


def extension(c: Contact) -> str:
    """The extension of the file a link points at, lower case ("zip" for an archive named in the
    query string; empty: none)."""
    parts = urlsplit(c.value)
    m = _EXTENSION.search(parts.path)
    if m is not None:
        return m.group(1).lower()
    return "zip" if _RISKY_IN_QUERY.search(parts.query) else ""


_NOT_ALNUM = re.compile(r"[\W_]+")


def _compact(text: str) -> str:
    return _NOT_ALNUM.sub("", text.lower())


class Employers:
    """The sender's claimed organisations (profile), compacted on first use."""

    def __init__(self, ctx: ScreeningContext) -> None:
        self._ctx = ctx
        self._names: list[str] | None = None

    def names(self) -> list[str]:
        if self._names is None:
            self._names = [
                _compact(f.text)
                for f in self._ctx.profile
                if f.path.endswith(".organisation") or f.path == "sender.headline"
            ]
        return self._names


def trusted(c: Contact, employers: Employers) -> bool:
    """A known job, assessment, survey or meeting platform, or the sender's own organisation."""
    if host_matches(c, KNOWN_PLATFORMS):
        return True
    label = _compact((c.domain or "").split(".", 1)[0])
    return len(label) >= 4 and any(label in name for name in employers.names())


@dataclass(frozen=True, eq=False)
class Beside:
    """The matches of ``concept`` in the messages where ``partner`` may occur too.

    For ``ctx.near(partner, Beside(concept, partner))``: :meth:`ScreeningContext.near` pairs
    matches within one message, so this finds the same stretches as ``ctx.near(partner,
    concept)``, without running ``concept`` (a costly pattern, or a costly pre-filter) on the
    messages that ``partner``'s pre-filter rules out."""

    concept: Concept
    partner: Concept

    @property
    def name(self) -> str:
        return self.concept.name

    @property
    def gate(self) -> Gate | None:
        return self.concept.gate

    def spans(self, field: TextField) -> list[tuple[int, int]]:
        return self.concept.spans(field) if field.admits(self.partner.gate) else []

    def matches(self, field: TextField) -> list[tuple[int, int]]:
        return self.concept.matches(field)
