"""Rebuild conversations and invitations from an export; turn the inbound ones into approaches.

An approach is a conversation or an invitation started by someone else. The owner (whose export
it is) is named by ``Profile.csv``; when it is missing, the owner is the one person present in
the most conversations. The sender's current company and position come from ``Connections.csv``
when the sender is a connection, with the date they connected.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from pydantic import ValidationError

from countersight.config import Settings
from countersight.domain import Approach
from countersight.scan.model import Candidate, Connection, ScanSummary
from countersight.sources.linkedin.archive import Export, LimitExceeded
from countersight.sources.linkedin.dates import parse_date
from countersight.sources.linkedin.tables import Header, Report, read_rows
from countersight.sources.linkedin.text import message_text, repair

#: The opening messages of a conversation that are screened (an approach shows itself early).
MAX_MESSAGES = 40
_SPACES = re.compile(r"\s+")
_URL_HEAD = re.compile(r"^(?:https?://)?(?:[a-z]{2,3}\.)?(?:www\.)?", re.IGNORECASE)


def name_key(name: str) -> str:
    return _SPACES.sub(" ", repair(name)).strip().casefold()


def url_key(url: str) -> str:
    """``https://www.linkedin.com/in/Jo-Doe/?trk=x`` -> ``linkedin.com/in/jo-doe``."""
    bare = _URL_HEAD.sub("", url.strip()).split("?", 1)[0].split("#", 1)[0]
    return bare.rstrip("/").lower()


@dataclass(slots=True)
class _Msg:
    line: int
    conversation: str
    title: str
    sender: str
    sender_url: str
    to: str
    to_urls: str
    sent_at: datetime | None
    subject: str
    content: str
    attachments: str
    direction: str


@dataclass
class Owner:
    """Whose export it is, and what the recipient block of every approach says."""

    name: str | None = None
    role: str | None = None
    organisation: str | None = None
    sector: str | None = None
    names: set[str] = field(default_factory=set)
    urls: set[str] = field(default_factory=set)

    def wrote(self, name: str, url: str) -> bool:
        return (bool(url) and url_key(url) in self.urls) or name_key(name) in self.names

    def recipient(self) -> dict[str, str | None]:
        return {"role": self.role, "organisation": self.organisation, "sector": self.sector}


@dataclass(frozen=True)
class Contact:
    since: date | None
    company: str
    position: str


class ExportReader:
    """Reads one export into :class:`Candidate` approaches, recording every problem."""

    def __init__(
        self,
        export: Export,
        summary: ScanSummary,
        settings: Settings,
        tick: Callable[[int], None] | None = None,
    ) -> None:
        self.export = export
        self.summary = summary
        self.settings = settings
        self.report = Report(summary.problem)
        self.tick = tick or (lambda _n: None)
        self.owner = Owner()
        self.by_url: dict[str, Contact] = {}
        self.by_name: dict[str, Contact | None] = {}

    # -- files -----------------------------------------------------------------------------

    def _table(
        self, base: str, required: list[tuple[str, ...]]
    ) -> tuple[Header, Iterator[tuple[int, list[str]]]] | None:
        if not self.export.has(base):
            return None
        where = self.export.where(base)
        self.summary.files.append(where)
        return self._open(base, where, required)

    def _open(
        self, base: str, where: str, required: list[tuple[str, ...]]
    ) -> tuple[Header, Iterator[tuple[int, list[str]]]] | None:
        try:
            with self.export.open(base) as stream:
                found = read_rows(stream, where, required, self.report)
                if found is None:
                    return None
                header, rows = found
                return header, iter(list(rows))
        except LimitExceeded as exc:
            self.summary.problem(str(exc))
        except OSError as exc:
            self.summary.problem(f"{where}: cannot be read ({exc.strerror or exc})")
        return None

    def read_profile(self) -> None:
        found = self._table("profile.csv", [("firstname",), ("lastname",)])
        if found is not None:
            header, rows = found
            for _line, row in rows:
                first = repair(header.get(row, "firstname")).strip()
                last = repair(header.get(row, "lastname")).strip()
                name = f"{first} {last}".strip()
                if name:
                    self.owner.name = name
                    self.owner.names.add(name_key(name))
                self.owner.role = repair(header.get(row, "headline")).strip() or None
                self.owner.sector = repair(header.get(row, "industry")).strip() or None
                break
        found = self._table("positions.csv", [("companyname", "company"), ("title",)])
        if found is None:
            return
        header, rows = found
        current: list[tuple[datetime, str, str]] = []
        for _line, row in rows:
            if header.get(row, "finishedon").strip():
                continue
            started = parse_date(header.get(row, "startedon")) or datetime.min.replace(tzinfo=None)
            company = repair(header.get(row, "companyname", "company")).strip()
            title = repair(header.get(row, "title")).strip()
            current.append((started.replace(tzinfo=None), company, title))
        if current:
            _start, company, title = max(current)
            self.owner.organisation = company or None
            self.owner.role = self.owner.role or title or None

    def read_connections(self) -> None:
        found = self._table("connections.csv", [("firstname",), ("lastname",)])
        if found is None:
            return
        header, rows = found
        for _line, row in rows:
            name = f"{header.get(row, 'firstname')} {header.get(row, 'lastname')}"
            since = parse_date(header.get(row, "connectedon"))
            contact = Contact(
                since.date() if since else None,
                repair(header.get(row, "company")).strip(),
                repair(header.get(row, "position")).strip(),
            )
            url = header.get(row, "url", "profileurl")
            if url.strip():
                self.by_url[url_key(url)] = contact
            key = name_key(name)
            # Two connections with one name: the name alone no longer identifies either.
            self.by_name[key] = None if key in self.by_name else contact

    def read_messages(self) -> list[_Msg]:
        if not self.export.has("messages.csv"):
            return []
        where = self.export.where("messages.csv")
        self.summary.files.append(where)
        out: list[_Msg] = []
        read = 0
        try:
            with self.export.open("messages.csv") as stream:
                found = read_rows(stream, where, [("from",), ("content", "body")], self.report)
                if found is None:
                    return out
                header, rows = found
                get = header.get
                for line, row in rows:
                    read += 1
                    if get(row, "ismessagedraft").strip().lower() in ("yes", "true"):
                        continue  # the owner's unsent draft: not part of any conversation
                    sent_at = self._date(get(row, "date", "sentat"), f"{where} line {line}")
                    out.append(
                        _Msg(
                            line,
                            get(row, "conversationid"),
                            get(row, "conversationtitle"),
                            get(row, "from", "sender"),
                            get(row, "senderprofileurl"),
                            get(row, "to"),
                            get(row, "recipientprofileurls"),
                            sent_at,
                            get(row, "subject"),
                            get(row, "content", "body"),
                            get(row, "attachments"),
                            get(row, "direction").strip().lower(),
                        )
                    )
                    if len(out) % 5000 == 0:
                        self.tick(5000)
        except LimitExceeded as exc:
            self.summary.problem(str(exc))
        self.tick(len(out) % 5000)
        self.summary.messages_read = read
        return out

    # -- owner and contacts ----------------------------------------------------------------

    def find_owner(self, messages: list[_Msg]) -> None:
        """Name the owner's addresses: Profile.csv, else the Direction column, else presence."""
        urls_of: dict[str, set[str]] = defaultdict(set)
        names_of: dict[str, set[str]] = defaultdict(set)
        senders: set[str] = set()
        for m in messages:
            n = name_key(m.sender)
            senders.add(n)
            if m.sender_url.strip():
                u = url_key(m.sender_url)
                urls_of[n].add(u)
                names_of[u].add(n)
        owner = self.owner
        if not owner.names & senders:
            outgoing = {name_key(m.sender) for m in messages if m.direction == "outgoing"}
            if outgoing:
                owner.names |= outgoing
            elif messages:
                top = self._most_present(messages)
                if top.startswith("name:"):
                    owner.names.add(top[5:])
                else:
                    owner.urls.add(top)
                    owner.names |= names_of.get(top, set())
                if owner.name is None:
                    self.summary.problems.append(
                        f"{self.export.label}: no Profile.csv; the owner is taken to be "
                        f"{top.removeprefix('name:')!r}, present in the most conversations"
                    )
        for n in list(owner.names):
            owner.urls |= urls_of.get(n, set())
        for u in list(owner.urls):
            owner.names |= names_of.get(u, set())
        if owner.name is None and owner.names:
            owner.name = sorted(owner.names)[0].title()
        self.summary.owner = owner.name

    @staticmethod
    def _most_present(messages: list[_Msg]) -> str:
        """The participant (profile URL, else ``name:`` + name) in the most conversations."""
        presence: Counter[str] = Counter()
        for group in _conversations(messages).values():
            present: set[str] = set()
            for m in group:
                present.add(url_key(m.sender_url) or "name:" + name_key(m.sender))
                urls = [url_key(u) for u in m.to_urls.split(";") if u.strip()]
                present.update(urls)
                if not urls and m.to.strip():
                    present.add("name:" + name_key(m.to))
            presence.update(present)
        return presence.most_common(1)[0][0]

    def connection(self, name: str, url: str, first: datetime | None) -> tuple[Connection, Contact]:
        contact = self.by_url.get(url_key(url)) if url.strip() else None
        if contact is None:
            contact = self.by_name.get(name_key(name))
        if contact is None:
            return Connection(False), Contact(None, "", "")
        before = None if contact.since is None or first is None else contact.since <= first.date()
        return Connection(True, contact.since, before), contact

    # -- approaches ------------------------------------------------------------------------

    def _document(
        self,
        ident: str,
        name: str,
        url: str,
        contact: Contact,
        messages: list[dict[str, Any]],
        where: str,
    ) -> Approach | None:
        # The export gives the sender's profile address, not the profile: the document leaves
        # ``profile_url`` out so that screening does not read the profile as seen and empty
        # (the address travels with the scan result instead).
        del url
        doc = {
            "id": ident,
            "channel": "linkedin",
            "sender": {
                "name": name or None,
                "organisation": contact.company or None,
                "headline": contact.position or None,
            },
            "recipient": self.owner.recipient(),
            "messages": messages,
        }
        try:
            return Approach.model_validate(
                doc, context={"warnings": [], "max_text_chars": self.settings.max_text_chars}
            )
        except ValidationError as exc:
            first = exc.errors()[0]
            loc = ".".join(str(p) for p in first["loc"])
            self.summary.problem(f"{where}: {loc}: {first['msg']}; not screened")
            return None

    def _date(self, raw: str, where: str) -> datetime | None:
        """A message's or invitation's date; an unreadable one is said once and left empty."""
        value = parse_date(raw)
        if value is None and raw.strip():
            self.summary.problem(
                f"{where}: date {raw[:40]!r} is in no known format; kept undated", False
            )
        return value

    def _text(self, raw: str, where: str) -> str:
        text = message_text(raw)
        limit = self.settings.max_text_chars
        if len(text) > limit:
            self.summary.problem(
                f"{where}: message of {len(text):,} characters cut to {limit:,}", False
            )
            text = text[:limit]
        return text

    def conversations(self, messages: list[_Msg]) -> Iterator[Candidate]:
        where = self.export.where("messages.csv") if self.export.has("messages.csv") else ""
        groups = _conversations(messages, self.owner)
        messages.clear()  # each conversation is freed once it is turned into an approach
        self.summary.conversations = len(groups)
        for ident in list(groups):
            group = groups.pop(ident)
            ordered = _chronological(group)
            opener = ordered[0]
            if opener.direction == "outgoing" or (
                not opener.direction and self.owner.wrote(opener.sender, opener.sender_url)
            ):
                continue
            docs: list[dict[str, Any]] = []
            for i, m in enumerate(ordered[:MAX_MESSAGES]):
                outbound = m.direction == "outgoing" or (
                    not m.direction and self.owner.wrote(m.sender, m.sender_url)
                )
                text = self._text(m.content, f"{where} line {m.line}")
                if i == 0 and m.subject.strip() and m.subject.strip() not in text:
                    text = f"{repair(m.subject).strip()}\n\n{text}".strip()
                for attachment in filter(None, (a.strip() for a in m.attachments.split(";"))):
                    text += f"\n[attachment: {repair(attachment)[:300]}]"
                if not text.strip():
                    continue
                docs.append(
                    {
                        "direction": "outbound" if outbound else "inbound",
                        "sent_at": m.sent_at,
                        "text": text.strip(),
                    }
                )
            if not any(d["direction"] == "inbound" for d in docs):
                continue
            name = repair(opener.sender).strip()
            connection, contact = self.connection(name, opener.sender_url, opener.sent_at)
            approach = self._document(
                ident, name, opener.sender_url, contact, docs, f"{where} line {opener.line}"
            )
            if approach is not None:
                yield Candidate(
                    approach=approach,
                    sender=name or "(unknown sender)",
                    sender_url=opener.sender_url.strip() or None,
                    first_seen=opener.sent_at,
                    source="messages",
                    connection=connection,
                    title=repair(opener.title).strip() or None,
                )

    def invitations(self) -> Iterator[Candidate]:
        found = self._table("invitations.csv", [("from",), ("to",)])
        if found is None:
            return
        header, rows = found
        where = self.export.where("invitations.csv")
        seen: Counter[str] = Counter()
        for line, row in rows:
            self.summary.invitations_read += 1
            direction = header.get(row, "direction").strip().lower()
            name = repair(header.get(row, "from")).strip()
            url = header.get(row, "inviterprofileurl")
            if direction == "outgoing" or (not direction and self.owner.wrote(name, url)):
                continue
            note = self._text(header.get(row, "message"), f"{where} line {line}")
            if not note:
                continue
            sent_at = self._date(header.get(row, "sentat", "date"), f"{where} line {line}")
            seen[name] += 1
            ident = f"invitation:{name}" + (f"#{seen[name]}" if seen[name] > 1 else "")
            connection, contact = self.connection(name, url, sent_at)
            approach = self._document(
                ident,
                name,
                url,
                contact,
                [{"direction": "inbound", "sent_at": sent_at, "text": note}],
                f"{where} line {line}",
            )
            if approach is not None:
                yield Candidate(
                    approach=approach,
                    sender=name or "(unknown sender)",
                    sender_url=url.strip() or None,
                    first_seen=sent_at,
                    source="invitations",
                    connection=connection,
                )

    def candidates(self) -> Iterator[Candidate]:
        """Every inbound approach of the export, messages first, then invitations."""
        self.read_profile()
        self.read_connections()
        messages = self.read_messages()
        self.find_owner(messages)
        dates = [m.sent_at for m in messages if m.sent_at is not None]
        span = [min(dates), max(dates)] if dates else []
        del dates
        yield from self.conversations(messages)
        for candidate in self.invitations():
            if candidate.first_seen is not None:
                span = [min([*span, candidate.first_seen]), max([*span, candidate.first_seen])]
            yield candidate
        if span:
            self.summary.first_date, self.summary.last_date = span
        lone = self.export.path.name.lower() in ("messages.csv", "invitations.csv")
        for label in ("messages.csv", "Invitations.csv"):
            if not lone and not self.export.has(label.lower()):
                self.summary.problem(f"{self.export.label}: no {label} in the export", False)


def _conversations(messages: list[_Msg], owner: Owner | None = None) -> dict[str, list[_Msg]]:
    """Messages by conversation; exports without a conversation id group by the other person."""
    groups: dict[str, list[_Msg]] = defaultdict(list)
    for m in messages:
        key = m.conversation.strip()
        if not key:
            mine = m.direction == "outgoing" or (
                owner is not None and not m.direction and owner.wrote(m.sender, m.sender_url)
            )
            key = repair(m.to if mine else m.sender).strip() or "(unknown)"
        groups[key].append(m)
    return groups


def _chronological(group: list[_Msg]) -> list[_Msg]:
    """Oldest first: exports list a conversation newest first; dates decide when all known."""
    ordered = group[::-1]
    if all(m.sent_at is not None for m in ordered):
        ordered.sort(key=lambda m: m.sent_at)  # type: ignore[arg-type, return-value]
    return ordered
