"""Deterministic synthetic LinkedIn data exports ("Get a copy of your data") for tests and benches.

:func:`build_files` turns an :class:`ExportSpec` into the members of an export archive
(``messages.csv``, ``Connections.csv``, ``Invitations.csv``, ``Profile.csv``, ``Positions.csv`` and,
on request, a few files a scanner ignores) and a :class:`Truth`: what a correct scanner must find.
Everything follows from ``spec.seed`` (no clock, no network, no hash-order dependence): the same
spec gives the same bytes in every process.

The owner is a researcher or engineer in a sensitive sector (quantum, semiconductors, AI, defence
or aerospace). Most conversations are ordinary: colleagues, friends, genuine recruiters naming real
employers, event invitations, group chats, conversations the owner started. A share
(``hostile_share``) are started by someone else and are hostile or scam approaches; their texts are
the messages of the labelled corpus (``corpus/approaches``, read directly as JSON Lines), as are
some of the benign ones (its hard negatives). Every sender, whatever the label, gets a fresh name
from one multicultural pool, written into the corpus texts in place of the original name, so names
carry no signal. A small built-in set of texts is used when the corpus folder is not there.

``conversations`` is the number of threads. With ``messages`` set, the ordinary threads
(colleagues, friends, groups, the owner's own) stretch or shrink so that messages.csv has exactly
that many rows when possible (approach threads keep their corpus length); a realistic 100,000
message export has some 20,000 conversations, not 60 threads of 1,600 messages. Some conversations
come from deleted accounts (``LinkedIn Member``, no profile URL) and some sit in ``SPAM``; both
still count as approaches when someone else started them. Connections: most colleagues connected
before writing, some approachers (hostile or not) before, some after, most never.

Variants (``ExportSpec.layout`` and the flags):

- ``current``: ``CONVERSATION ID,CONVERSATION TITLE,FROM,SENDER PROFILE URL,TO,RECIPIENT PROFILE
  URLS,DATE,SUBJECT,CONTENT,FOLDER``; dates ``2023-06-11 15:33:58 UTC``; conversations together,
  newest conversation first, rows newest first. ``Connections.csv`` with the "Notes:" preamble, a
  URL column and ``15 Jan 2024`` dates; ``Invitations.csv`` with U+202F before AM/PM.
- ``current_attachments``: the same plus ``ATTACHMENTS,IS MESSAGE DRAFT,IS CONVERSATION DRAFT``
  (``No``/``Yes``; a few of the owner's last messages are drafts), every field of messages.csv
  quoted; invitation times with a plain space before AM/PM.
- ``lowercase``: the current columns lower-cased and re-ordered; ``Connections.csv`` dates like
  ``Mar 15, 2024``.
- ``legacy``: ``From,To,Date,Subject,Content,Direction,Folder`` (``INCOMING``/``OUTGOING``, dates
  ``3/6/18, 10:06 AM``, rows of all conversations interleaved, newest first); no conversation id, so
  a conversation is known by its counterpart's name (names are unique within an export; no group
  chats). ``Connections.csv`` without preamble or URL column, dates ``3/15/18``;
  ``Invitations.csv`` without the profile-URL columns. Dates span 2012 to 2019.
- ``html``: about a third of the message bodies are HTML (``<p>``, ``<br>``, ``&amp;``, links,
  ``https://wa.me/`` links for WhatsApp numbers).
- ``mojibake``: about half of the people with non-ASCII names (the owner included) appear, in every
  file but ``Profile.csv``, as their UTF-8 bytes read as Windows-1252 (``José`` -> ``JosÃ©``; bytes
  Windows-1252 leaves undefined are read as Latin-1); so do about a third of the non-ASCII texts.
- ``bom`` / ``crlf``: a UTF-8 BOM at the start of every CSV file; CRLF record ends (line breaks
  inside quoted fields stay LF).

:class:`Truth` ids: the ``CONVERSATION ID`` of every conversation whose first message is not the
owner's (for ``legacy``: the counterpart's name exactly as written in the file, mojibake included),
plus ``invitation:<From>`` for every incoming invitation with a note.

Hostile archives for a scanner's security tests: :func:`zip_with_traversal`, :func:`zip_bomb`,
:func:`zip_lying_sizes`, :func:`truncated_zip`, :func:`not_a_zip`. An archive with an encrypted
entry cannot be made with the standard library (``zipfile`` reads but does not write encryption),
so there is no builder for one.
"""

from __future__ import annotations

import base64
import csv
import io
import random
import uuid
import zipfile
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import IO, Literal

from countersight.scan.synthetic_texts import (
    BENIGN_NOTES,
    CHAT,
    FOLLOW_UPS,
    OPENERS,
    SUBJECTS,
    Doc,
    load_corpus,
    readdress,
    rename,
    split_subject,
    to_html,
)
from countersight.scan.synthetic_world import (
    CITIES,
    MEMBER,
    MONTHS,
    SECTOR_NAMES,
    SECTORS,
    TIMES,
    UNIVERSITIES,
    WEEKDAYS,
    Names,
    Person,
    mojibake,
    slugify,
)

Layout = Literal["current", "current_attachments", "legacy", "lowercase"]

BASIC_FILES = frozenset(
    {"messages.csv", "Connections.csv", "Invitations.csv", "Profile.csv", "Positions.csv"}
)
#: Members a scanner should ignore; ask for them through ``ExportSpec.include``.
IGNORED_FILES = ("Skills.csv", "Education.csv", "Jobs/Job Applications.csv")
KNOWN_FILES = BASIC_FILES | frozenset(IGNORED_FILES)

#: The corpus of labelled approaches, when this module runs from a source checkout.
DEFAULT_CORPUS = Path(__file__).resolve().parents[3] / "corpus" / "approaches"

CURRENT_HEADER = (
    "CONVERSATION ID",
    "CONVERSATION TITLE",
    "FROM",
    "SENDER PROFILE URL",
    "TO",
    "RECIPIENT PROFILE URLS",
    "DATE",
    "SUBJECT",
    "CONTENT",
    "FOLDER",
)
ATTACHMENTS_HEADER = (*CURRENT_HEADER, "ATTACHMENTS", "IS MESSAGE DRAFT", "IS CONVERSATION DRAFT")
LOWERCASE_HEADER = (
    "conversation id",
    "date",
    "from",
    "sender profile url",
    "to",
    "recipient profile urls",
    "subject",
    "content",
    "folder",
    "conversation title",
)
LEGACY_HEADER = ("From", "To", "Date", "Subject", "Content", "Direction", "Folder")
CONNECTIONS_NOTE = (
    "When exporting your connection data, you may notice that some of the email addresses are "
    "missing. You will only see email addresses for connections who have allowed their "
    "connections to see or download their email address using this setting "
    "https://www.linkedin.com/psettings/privacy/email. You can learn more here "
    "https://www.linkedin.com/help/linkedin/answer/261"
)
PROFILE_HEADER = (
    "First Name",
    "Last Name",
    "Maiden Name",
    "Address",
    "Birth Date",
    "Headline",
    "Summary",
    "Industry",
    "Zip Code",
    "Geo Location",
    "Twitter Handles",
    "Websites",
    "Instant Messengers",
)
POSITIONS_HEADER = ("Company Name", "Title", "Description", "Location", "Started On", "Finished On")
INVITATIONS_HEADER = (
    "From",
    "To",
    "Sent At",
    "Message",
    "Direction",
    "inviterProfileUrl",
    "inviteeProfileUrl",
)
#: LinkedIn's limit on the note of an invitation.
NOTE_LIMIT = 300


@dataclass(frozen=True)
class ExportSpec:
    """What to generate. Every field has a default; the same spec always gives the same bytes."""

    seed: int = 0
    conversations: int = 60
    messages: int | None = None
    hostile_share: float = 0.1
    invitations: int = 20
    layout: Layout = "current"
    mojibake: bool = False
    html: bool = False
    bom: bool = False
    crlf: bool = False
    include: frozenset[str] = BASIC_FILES

    def __post_init__(self) -> None:
        if self.conversations < 0 or self.invitations < 0:
            raise ValueError("conversations and invitations must not be negative")
        if self.messages is not None and self.messages < 0:
            raise ValueError("messages must not be negative")
        if not 0.0 <= self.hostile_share <= 1.0:
            raise ValueError("hostile_share must be between 0 and 1")
        if self.layout not in ("current", "current_attachments", "legacy", "lowercase"):
            raise ValueError(f"unknown layout {self.layout!r}")
        unknown = sorted(self.include - KNOWN_FILES)
        if unknown:
            raise ValueError(f"unknown export files {unknown}; known: {sorted(KNOWN_FILES)}")


@dataclass(frozen=True)
class Truth:
    """What a correct scanner must find in the export."""

    owner: str
    inbound_ids: frozenset[str]
    hostile_ids: frozenset[str]
    connected_before: frozenset[str]
    messages: int


# --------------------------------------------------------------------------------------------
# The plan: every conversation, who speaks when, decided up front (cheap); texts are rendered
# one message at a time from a per-message random stream, so any message can be produced alone.


@dataclass
class _Thread:
    index: int
    kind: str  # colleague friend recruiter event outreach group member corpus
    label: str  # benign hostile scam
    conv_id: str
    people: tuple[Person, ...]  # the counterpart first; more for group chats
    senders: list[int]  # per message, oldest first: 0 the owner, k the people[k - 1]
    times: list[int]  # epoch seconds, strictly increasing
    doc: Doc | None
    slots: dict[str, str]
    folder: str
    title: str
    connection: str  # of the starter (or counterpart): before, after, none
    garble_text: bool
    draft_last: bool

    @property
    def inbound(self) -> bool:
        return self.senders[0] != 0


@dataclass(frozen=True)
class _Invitation:
    person: Person
    when: int
    incoming: bool
    note: str
    label: str


_KIND_WEIGHTS = (
    ("colleague", 34), ("friend", 10), ("recruiter", 16), ("event", 8), ("outreach", 12),
    ("group", 4), ("member", 1), ("corpus", 15),
)  # fmt: skip
_FLEXIBLE = ("colleague", "friend", "group", "outreach")
_CONNECTION_ODDS = {  # kind: (before, after) probabilities; the rest is "not a connection"
    "colleague": (0.9, 0.08), "friend": (0.92, 0.05), "recruiter": (0.3, 0.1),
    "event": (0.3, 0.1), "outreach": (0.7, 0.2), "group": (0.9, 0.05), "member": (0.0, 0.0),
    "corpus": (0.3, 0.2), "hostile": (0.3, 0.2),
}  # fmt: skip


def _epoch(day: date) -> int:
    return int(datetime(day.year, day.month, day.day, tzinfo=UTC).timestamp())


def _day(when: int) -> date:
    return datetime.fromtimestamp(when, UTC).date()


class _Export:
    """Everything about one generated export, decided from the spec's seed."""

    def __init__(self, spec: ExportSpec, corpus: Path | None = None) -> None:
        self.spec = spec
        self.legacy = spec.layout == "legacy"
        docs = load_corpus(str(corpus or DEFAULT_CORPUS))
        self.hostile_docs = [d for d in docs if d.label != "benign"]
        self.benign_docs = [d for d in docs if d.label == "benign"]
        self.rng = rng = random.Random(f"countersight-synthetic/{spec.seed}")  # noqa: S311
        self.seed_base = (spec.seed % (1 << 62)) << 64
        self.names = Names(rng, spec.mojibake)
        self.sector = SECTORS[rng.choice(SECTOR_NAMES)]
        self.export_day = _export_day(spec)
        self.end = _epoch(self.export_day) - 3600
        self.start = _epoch(self.export_day.replace(year=self.export_day.year - 6))
        city = rng.choice(CITIES)
        self.city = city
        self.positions = self._positions()
        employer, title = self.positions[0][0], self.positions[0][1]
        self.owner = self.names.draw(latin_only=True, company=employer, position=title)
        rng.shuffle(self.hostile_docs)
        rng.shuffle(self.benign_docs)
        self.threads = self._threads()
        self.invitations = self._invitations()
        self.extra_connections = [
            self._person(self._employer(), rng.choice(self.sector.titles))
            for _ in range(min(3000, 40 + spec.conversations // 2))
        ]
        self.extra_days = [
            min(self.end - 86400, self.start - 86400 * 365 + rng.randrange(86400 * 365 * 7))
            for _ in self.extra_connections
        ]

    # -- the world --------------------------------------------------------------------------

    def _employer(self) -> str:
        return self.rng.choice(self.sector.employers)

    def _person(self, company: str = "", position: str = "") -> Person:
        return self.names.draw(company=company, position=position)

    def _positions(self) -> list[tuple[str, str, str, str, date, date | None]]:
        rng = self.rng
        employers = rng.sample(self.sector.employers, 2)
        university = rng.choice(UNIVERSITIES)
        start = self.export_day.replace(day=1) - timedelta(days=rng.randrange(300, 1400))
        middle = start - timedelta(days=rng.randrange(700, 1500))
        first = middle - timedelta(days=rng.randrange(900, 1500))
        title_now, title_before = rng.sample(self.sector.titles, 2)
        topic = rng.choice(self.sector.topics)
        return [
            (employers[0], title_now, f"Leading work on {topic}.\nTeam of 6; hardware & "
             "software.", self.city[1], start, None),
            (employers[1], title_before, f"Worked on {rng.choice(self.sector.topics)} and "
             f"{topic}.", rng.choice(CITIES)[1], middle, start - timedelta(days=20)),
            (university, "Doctoral Researcher", f'PhD thesis: "{topic.capitalize()} in '
             'practice"', rng.choice(CITIES)[1], first, middle - timedelta(days=40)),
        ]  # fmt: skip

    def _slots(self, rng: random.Random) -> dict[str, str]:
        city, _, currency = rng.choice(CITIES)
        low = rng.randrange(70, 160, 5)
        return {
            "topic": rng.choice(self.sector.topics),
            "employer": self._employer(),
            "own_employer": self.positions[0][0],
            "role": rng.choice(self.sector.titles),
            "team": rng.choice(("hardware", "research", "platform", "systems", "test", "R&D")),
            "city": city,
            "event": rng.choice(self.sector.events),
            "weekday": rng.choice(WEEKDAYS),
            "time": rng.choice(TIMES),
            "month": rng.choice(MONTHS),
            "salary": f"{currency}{low},000-{currency}{low + rng.randrange(15, 45, 5)},000",
            "phone": rng.choice(
                (f"+44 7700 900{rng.randrange(1000):03d}", f"+1 202 555 01{rng.randrange(100):02d}")
            ),
            "url": rng.choice(
                (
                    f"https://careers.example.com/jobs/{rng.randrange(10**5, 10**6)}",
                    f"https://indico.example.org/event/{rng.randrange(100, 999)}/",
                    f"https://arxiv.org/abs/2{rng.randrange(100, 412)}."
                    f"{rng.randrange(10**4, 10**5)}",
                    f"https://docs.google.com/document/d/{rng.getrandbits(64):016x}",
                )
            ),
        }

    def _conv_id(self, rng: random.Random) -> str:
        value = uuid.UUID(int=rng.getrandbits(128), version=4)
        suffix = rng.choice(("010", "010", "010", "100", "000"))
        return "2-" + base64.b64encode(f"{value}_{suffix}".encode()).decode("ascii")

    # -- conversations ----------------------------------------------------------------------

    def _threads(self) -> list[_Thread]:
        spec, rng = self.spec, self.rng
        count = spec.conversations
        hostile = min(count, round(count * spec.hostile_share))
        allowed = [
            (k, w) for k, w in _KIND_WEIGHTS if not (self.legacy and k in ("group", "member"))
        ]
        kinds = ["hostile"] * hostile + rng.choices(
            [k for k, _ in allowed], [w for _, w in allowed], k=count - hostile
        )
        rng.shuffle(kinds)
        lengths = [self._natural_length(kind, i) for i, kind in enumerate(kinds)]
        if spec.messages is not None:
            lengths = self._fit(kinds, lengths, spec.messages)
        return [
            self._thread(i, kind, length)
            for i, (kind, length) in enumerate(zip(kinds, lengths, strict=True))
        ]

    def _doc_for(self, kind: str, index: int) -> Doc | None:
        if kind == "hostile":
            return self.hostile_docs[index % len(self.hostile_docs)]
        if kind == "corpus":
            return self.benign_docs[index % len(self.benign_docs)]
        return None

    def _natural_length(self, kind: str, index: int) -> int:
        doc = self._doc_for(kind, index)
        if doc is not None:
            return len(doc.messages)
        rng = self.rng
        if kind in ("recruiter", "event", "member"):
            return rng.choice((1, 1, 1, 2, 2, 3, 4))
        if kind == "group":
            return rng.randrange(3, 16)
        if kind == "outreach":
            return rng.choice((1, 1, 2, 2, 3, 4))
        return rng.choice((1, 2, 2, 3, 3, 4, 5, 6, 8, 10, 14, 20, 30))

    def _fit(self, kinds: list[str], lengths: list[int], target: int) -> list[int]:
        """Stretch or shrink the ordinary threads so that the total is ``target`` when possible."""
        flexible = [i for i, k in enumerate(kinds) if k in _FLEXIBLE]
        if not flexible:
            flexible = [i for i, k in enumerate(kinds) if self._doc_for(k, i) is None]
        if not flexible:
            return lengths
        chosen = set(flexible)
        fixed = sum(n for i, n in enumerate(lengths) if i not in chosen)
        room = target - fixed - len(flexible)  # each flexible thread keeps at least one message
        out = list(lengths)
        if room <= 0:
            for i in flexible:
                out[i] = 1
            return out
        weights = [lengths[i] * self.rng.uniform(0.5, 1.5) for i in flexible]
        total = sum(weights)
        extra = [int(room * w / total) for w in weights]
        for j in range(room - sum(extra)):
            extra[j % len(extra)] += 1
        for i, add in zip(flexible, extra, strict=True):
            out[i] = 1 + add
        return out

    def _thread(self, index: int, kind: str, length: int) -> _Thread:
        rng = random.Random(self.seed_base + (index << 24))  # noqa: S311
        main = self.rng  # people are drawn from the export's stream so that names stay unique
        doc = self._doc_for(kind, index)
        label = doc.label if doc is not None else "benign"
        if doc is not None:
            company, position = doc.organisation, doc.headline.split(" | ")[0][:80]
        elif kind == "recruiter":
            company, position = self._employer(), "Talent Acquisition Partner"
        elif kind == "event":
            company, position = rng.choice(UNIVERSITIES), "Associate Professor"
        else:
            company, position = self._employer(), main.choice(self.sector.titles)
        if kind == "member":
            people: tuple[Person, ...] = (MEMBER,)
        elif kind == "group":
            people = tuple(
                self._person(self._employer(), main.choice(self.sector.titles))
                for _ in range(rng.randrange(2, 5))
            )
        else:
            people = (self._person(company, position),)
        if doc is not None:
            senders = [1 if inbound else 0 for inbound, _ in doc.messages]
        else:
            senders = self._senders(kind, length, len(people), rng)
        times = self._times(len(senders), rng)
        before, after = _CONNECTION_ODDS[kind]
        draw = rng.random()
        connection = "before" if draw < before else "after" if draw < before + after else "none"
        if connection == "after" and times[0] + 2 * 86400 > self.end:
            connection = "none"
        folder = rng.choices(("INBOX", "ARCHIVE", "SPAM"), (70, 25, 5 if label == "scam" else 1))[0]
        title = ""
        if kind == "group":
            title = rng.choice(("Committee: {event}", "{topic} reading group", "{city} visit"))
        slots = self._slots(rng)
        return _Thread(
            index=index,
            kind=kind,
            label=label,
            conv_id=self._conv_id(rng),
            people=people,
            senders=senders,
            times=times,
            doc=doc,
            slots=slots,
            folder=folder,
            title=title.format_map(slots),
            connection=connection,
            garble_text=self.spec.mojibake and rng.random() < 0.35,
            draft_last=(
                self.spec.layout == "current_attachments"
                and len(senders) > 1
                and senders[-1] == 0
                and rng.random() < 0.1
            ),
        )

    @staticmethod
    def _senders(kind: str, length: int, people: int, rng: random.Random) -> list[int]:
        if kind == "outreach":
            starter = 0
        elif kind in ("colleague", "friend"):
            starter = rng.choice((0, 1))
        elif kind == "group":
            starter = 0 if rng.random() < 0.3 else 1
        else:
            starter = 1
        senders = [starter]
        for position in range(1, length):
            previous = senders[-1]
            if kind == "group":
                choices = [s for s in range(people + 1) if s != previous]
                senders.append(rng.choice(choices))
            elif position == 1 or rng.random() < 0.7:
                senders.append(1 if previous == 0 else 0)
            else:
                senders.append(previous)
        return senders

    def _times(self, count: int, rng: random.Random) -> list[int]:
        gaps = [0]
        for position in range(1, count):
            if position == 1 or rng.random() < 0.3:
                mean = 3 * 86400 if position > 1 else 8 * 3600
            else:
                mean = 1200
            gaps.append(60 + int(rng.expovariate(1 / mean)))
        window = self.end - self.start
        total = sum(gaps)
        if total > window * 0.9:  # very long threads: squeeze, keeping a minute between messages
            scale = (window * 0.9 - 60 * count) / max(1, total - 60 * count)
            gaps = [0] + [60 + int((g - 60) * scale) for g in gaps[1:]]
            total = sum(gaps)
        first = self.start + rng.randrange(max(1, window - total))
        if self.legacy:
            first -= first % 60  # the legacy format shows minutes only
        times = []
        now = first
        for gap in gaps:
            now += gap - (gap % 60 if self.legacy else 0)
            times.append(now)
        return times

    # -- invitations ------------------------------------------------------------------------

    def _invitations(self) -> list[_Invitation]:
        spec, rng = self.spec, self.rng
        incoming = [rng.random() < 0.6 for _ in range(spec.invitations)]
        noted = [i for i, flag in enumerate(incoming) if flag and rng.random() < 0.55]
        hostile = set(rng.sample(noted, min(len(noted), round(len(noted) * spec.hostile_share))))
        short = [d for d in self.hostile_docs if len(d.first_text) <= NOTE_LIMIT]
        short = short or self.hostile_docs
        benign_short = [d for d in self.benign_docs if len(d.first_text) <= NOTE_LIMIT]
        out: list[_Invitation] = []
        for i, flag in enumerate(incoming):
            when = self.end - rng.randrange(1, 86400 * 180)
            if self.legacy:
                when -= when % 60
            note, label = "", "benign"
            doc: Doc | None = None
            if i in hostile:
                doc = rng.choice(short)
                label = doc.label
            elif i in noted and benign_short and rng.random() < 0.3:
                doc = rng.choice(benign_short)
            if doc is not None:
                person = self._person(doc.organisation, doc.headline.split(" | ")[0][:80])
                note = readdress(rename(doc.first_text, doc.name, person), self.owner)
                if len(note) > NOTE_LIMIT:
                    note = note[: NOTE_LIMIT - 3].rstrip() + "..."
            else:
                person = self._person(self._employer(), rng.choice(self.sector.titles))
                if i in noted:
                    slots = self._slots(rng) | {"them": self.owner.first, "me": person.first}
                    note = rng.choice(BENIGN_NOTES).format_map(slots)
            if spec.mojibake and rng.random() < 0.35:
                note = mojibake(note)
            out.append(_Invitation(person, when, flag, note, label))
        out.sort(key=lambda inv: -inv.when)
        return out

    # -- rendering --------------------------------------------------------------------------

    def _text(self, thread: _Thread, position: int, rng: random.Random) -> tuple[str, str]:
        """(subject, content) of one message, before HTML and mojibake."""
        sender = thread.senders[position]
        if thread.doc is not None:
            subject, text = split_subject(thread.doc.messages[position][1])
            text = rename(text, thread.doc.name, thread.people[0])
            if sender != 0:
                text = readdress(text, self.owner)
            return subject, text
        author = self.owner if sender == 0 else thread.people[sender - 1]
        if thread.kind == "group":
            them = "all"
        elif sender == 0:
            them = thread.people[0].first
        else:
            them = self.owner.first
        slots = thread.slots | {"them": them, "me": author.first}
        if position == 0:
            bank = OPENERS[thread.kind]
        elif position <= 2 and (thread.kind, sender == 0) in FOLLOW_UPS:
            bank = FOLLOW_UPS[(thread.kind, sender == 0)]
        else:
            bank = CHAT
        subject = ""
        if position == 0 and thread.kind in SUBJECTS and rng.random() < 0.5:
            subject = rng.choice(SUBJECTS[thread.kind]).format_map(slots)
        return subject, rng.choice(bank).format_map(slots)

    def message(self, thread: _Thread, position: int) -> dict[str, str]:
        """One row of messages.csv, by canonical field name."""
        rng = random.Random(self.seed_base + (thread.index << 24) + position + 1)  # noqa: S311
        subject, content = self._text(thread, position, rng)
        if self.spec.html and rng.random() < 0.35:
            content = to_html(content)
        if thread.garble_text:
            subject, content = mojibake(subject), mojibake(content)
        sender_index = thread.senders[position]
        participants = (self.owner, *thread.people)
        sender = participants[sender_index]
        recipients = [p for i, p in enumerate(participants) if i != sender_index]
        when = datetime.fromtimestamp(thread.times[position], UTC)
        from_owner = sender_index == 0
        attachment = ""
        if self.spec.layout == "current_attachments" and rng.random() < 0.03:
            token = base64.urlsafe_b64encode(rng.getrandbits(120).to_bytes(15, "big")).decode()
            attachment = (
                f"https://www.linkedin.com/dms/prv/C4E06AQ{token}/messaging-attachmentFile/0"
            )
        draft = thread.draft_last and position == len(thread.senders) - 1
        return {
            "id": thread.conv_id,
            "title": thread.title,
            "from": sender.shown,
            "from_url": sender.url,
            "to": ", ".join(p.shown for p in recipients),
            "to_urls": ";".join(p.url for p in recipients if p.url),
            "date": _short_datetime(when, " ") if self.legacy else f"{when:%Y-%m-%d %H:%M:%S} UTC",
            "subject": subject,
            "content": content,
            "folder": "SENT" if from_owner and thread.kind != "group" else thread.folder,
            "direction": "OUTGOING" if from_owner else "INCOMING",
            "attachments": attachment,
            "draft": "Yes" if draft else "No",
            "conversation_draft": "No",
        }

    def message_header(self) -> tuple[str, ...]:
        return {
            "current": CURRENT_HEADER,
            "current_attachments": ATTACHMENTS_HEADER,
            "lowercase": LOWERCASE_HEADER,
            "legacy": LEGACY_HEADER,
        }[self.spec.layout]

    def message_rows(self) -> Iterator[list[str]]:
        """Every data row of messages.csv, in file order."""
        keys = _ROW_KEYS[self.spec.layout]
        if self.legacy:
            order = sorted(
                (
                    (-t, thread.index, pos)
                    for thread in self.threads
                    for pos, t in enumerate(thread.times)
                )
            )
            for _, index, position in order:
                row = self.message(self.threads[index], position)
                yield [row[k] for k in keys]
            return
        for thread in sorted(self.threads, key=lambda th: (-th.times[-1], th.index)):
            for position in range(len(thread.times) - 1, -1, -1):
                row = self.message(thread, position)
                yield [row[k] for k in keys]

    # -- the other files --------------------------------------------------------------------

    def connection_rows(self) -> list[tuple[int, Person]]:
        """(connected-on epoch, person), newest first."""
        rows: list[tuple[int, Person]] = []
        rng = random.Random(self.seed_base + 7)  # noqa: S311
        for thread in self.threads:
            if thread.kind == "member":
                continue
            # thread.connection is the starter's, or the counterpart's when the owner started
            key = thread.people[thread.senders[0] - 1] if thread.inbound else thread.people[0]
            first = thread.times[0]
            for person in thread.people:
                state = thread.connection if person is key else "before"
                if state == "before":
                    rows.append((first - 86400 * rng.randrange(1, 900), person))
                elif state == "after":
                    latest = min(60, (self.end - first) // 86400 - 1)
                    rows.append((first + 86400 * rng.randrange(1, max(2, latest)), person))
        rows.extend(zip(self.extra_days, self.extra_connections, strict=True))
        rows.sort(key=lambda r: (-_epoch(_day(r[0])), r[1].shown))
        return rows

    def truth(self) -> Truth:
        spec = self.spec
        inbound: set[str] = set()
        hostile: set[str] = set()
        before: set[str] = set()
        messages = 0
        if "messages.csv" in spec.include:
            for thread in self.threads:
                messages += len(thread.times)
                if not thread.inbound:
                    continue
                key = thread.people[0].shown if self.legacy else thread.conv_id
                inbound.add(key)
                if thread.label != "benign":
                    hostile.add(key)
                if thread.connection == "before" and "Connections.csv" in spec.include:
                    before.add(key)
        if "Invitations.csv" in spec.include:
            for invitation in self.invitations:
                if invitation.incoming and invitation.note:
                    key = f"invitation:{invitation.person.shown}"
                    inbound.add(key)
                    if invitation.label != "benign":
                        hostile.add(key)
        return Truth(
            owner=self.owner.name,
            inbound_ids=frozenset(inbound),
            hostile_ids=frozenset(hostile),
            connected_before=frozenset(before),
            messages=messages,
        )


_ROW_KEYS: dict[str, tuple[str, ...]] = {
    "current": ("id", "title", "from", "from_url", "to", "to_urls", "date", "subject",
                "content", "folder"),
    "current_attachments": ("id", "title", "from", "from_url", "to", "to_urls", "date",
                            "subject", "content", "folder", "attachments", "draft",
                            "conversation_draft"),
    "lowercase": ("id", "date", "from", "from_url", "to", "to_urls", "subject", "content",
                  "folder", "title"),
    "legacy": ("from", "to", "date", "subject", "content", "direction", "folder"),
}  # fmt: skip


def _export_day(spec: ExportSpec) -> date:
    rng = random.Random(f"countersight-synthetic/{spec.seed}/date")  # noqa: S311
    if spec.layout == "legacy":
        return date(2018, 1, 8) + timedelta(days=rng.randrange(600))
    return date(2023, 1, 9) + timedelta(days=rng.randrange(800))


def _short_datetime(when: datetime, space: str) -> str:
    """``1/19/23, 10:19 AM`` (``space`` goes before AM/PM: U+202F in newer exports)."""
    hour = when.hour % 12 or 12
    half = "AM" if when.hour < 12 else "PM"
    return f"{when.month}/{when.day}/{when.year % 100:02d}, {hour}:{when.minute:02d}{space}{half}"


def _connected_on(day: date, layout: str) -> str:
    if layout == "legacy":
        return f"{day.month}/{day.day}/{day.year % 100:02d}"
    if layout == "lowercase":
        return f"{day.strftime('%b')} {day.day}, {day.year}"
    return day.strftime("%d %b %Y")


# --------------------------------------------------------------------------------------------
# Files.


def _csv_bytes(
    rows: Iterable[Sequence[str]], spec: ExportSpec, *, quote_all: bool = False
) -> bytes:
    buffer = io.BytesIO()
    _write_csv(buffer, rows, spec, quote_all=quote_all)
    return buffer.getvalue()


def _write_csv(
    binary: IO[bytes],
    rows: Iterable[Sequence[str]],
    spec: ExportSpec,
    *,
    quote_all: bool = False,
) -> None:
    text = io.TextIOWrapper(binary, encoding="utf-8", newline="", write_through=True)
    try:
        if spec.bom:
            text.write("\ufeff")
        writer = csv.writer(
            text,
            lineterminator="\r\n" if spec.crlf else "\n",
            quoting=csv.QUOTE_ALL if quote_all else csv.QUOTE_MINIMAL,
        )
        writer.writerows(rows)
        text.flush()
    finally:
        text.detach()


def _message_file_rows(export: _Export) -> Iterator[Sequence[str]]:
    yield export.message_header()
    yield from export.message_rows()


def _file_rows(export: _Export, name: str) -> Iterable[Sequence[str]]:
    spec, owner = export.spec, export.owner
    layout = spec.layout
    if name == "messages.csv":
        return _message_file_rows(export)
    if name == "Connections.csv":
        rows: list[Sequence[str]] = []
        if layout != "legacy":
            rows += [["Notes:"], [CONNECTIONS_NOTE], []]
        header = ["First Name", "Last Name", "URL", "Email Address", "Company", "Position",
                  "Connected On"]  # fmt: skip
        if layout == "legacy":
            header.remove("URL")
        rows.append(header)
        for when, person in export.connection_rows():
            row = [person.shown_first, person.shown_last, person.url, person.email,
                   person.company, person.position, _connected_on(_day(when), layout)]  # fmt: skip
            if layout == "legacy":
                del row[2]
            rows.append(row)
        return rows
    if name == "Invitations.csv":
        space = "\u202f" if layout == "current" else " "
        header_inv = list(INVITATIONS_HEADER[:5] if layout == "legacy" else INVITATIONS_HEADER)
        rows = [header_inv]
        for inv in export.invitations:
            sender, receiver = (inv.person, owner) if inv.incoming else (owner, inv.person)
            sent = _short_datetime(datetime.fromtimestamp(inv.when, UTC), space)
            direction = "INCOMING" if inv.incoming else "OUTGOING"
            row = [
                sender.shown,
                receiver.shown,
                sent,
                inv.note,
                direction,
                sender.url,
                receiver.url,
            ]
            rows.append(row[: len(header_inv)])
        return rows
    if name == "Profile.csv":
        employer, title = export.positions[0][0], export.positions[0][1]
        topic = export.sector.topics[0]
        summary = (
            f"{title} at {employer}. I work on {topic} and "
            f"{export.sector.topics[1]}.\n\nPreviously: {export.positions[1][0]}; PhD at "
            f"{export.positions[2][0]}.\nViews my own."
        )
        return [
            PROFILE_HEADER,
            [owner.first, owner.last, "", "", "", f"{title} at {employer}", summary,
             export.sector.industry, "", export.city[1], "",
             f"[PERSONAL:https://{slugify(owner.name) or 'home'}.github.io]", ""],
        ]  # fmt: skip
    if name == "Positions.csv":
        rows = [POSITIONS_HEADER]
        for company, title, description, location, started, finished in export.positions:
            rows.append(
                [company, title, description, location, started.strftime("%b %Y"),
                 finished.strftime("%b %Y") if finished else ""]
            )  # fmt: skip
        return rows
    if name == "Skills.csv":
        return [["Name"], *[[t.title()] for t in export.sector.topics], ["Python"], ["MATLAB"]]
    if name == "Education.csv":
        return [
            ["School Name", "Start Date", "End Date", "Notes", "Degree Name", "Activities"],
            [export.positions[2][0], str(export.positions[2][4].year),
             str(export.positions[2][4].year + 4), "", "PhD", "Graduate Society"],
        ]  # fmt: skip
    if name == "Jobs/Job Applications.csv":
        return [
            ["Application Date", "Contact Email", "Contact Phone Number", "Company Name",
             "Job Title", "Job Url", "Resume Name", "Question And Answers"],
            [_short_datetime(datetime.fromtimestamp(export.end - 86400 * 40, UTC), " "),
             f"{slugify(owner.name).replace('-', '.')}@gmail.com", "", export.positions[1][0],
             export.sector.titles[-1], "https://www.linkedin.com/jobs/view/3812345678", "CV.pdf",
             ""],
        ]  # fmt: skip
    raise ValueError(f"unknown export file {name!r}")  # pragma: no cover - checked by ExportSpec


def _ordered(include: frozenset[str]) -> list[str]:
    order = ["messages.csv", "Connections.csv", "Invitations.csv", "Profile.csv",
             "Positions.csv", *IGNORED_FILES]  # fmt: skip
    return [name for name in order if name in include]


def build_files(spec: ExportSpec, corpus: Path | None = None) -> tuple[dict[str, bytes], Truth]:
    """The archive's members (name -> bytes) and what a scanner must find in them.

    ``corpus`` is the folder (or one file) of labelled approach documents (default: the checkout's
    ``corpus/approaches``; a small built-in set when that is missing).
    """
    export = _Export(spec, corpus)
    quote_all = spec.layout == "current_attachments"
    files = {
        name: _csv_bytes(
            _file_rows(export, name), spec, quote_all=quote_all and name == "messages.csv"
        )
        for name in _ordered(spec.include)
    }
    return files, export.truth()


def iter_message_rows(spec: ExportSpec, corpus: Path | None = None) -> Iterator[list[str]]:
    """The rows of messages.csv (header first) one at a time, without holding the file."""
    export = _Export(spec, corpus)
    yield list(export.message_header())
    yield from export.message_rows()


def truth_of(spec: ExportSpec, corpus: Path | None = None) -> Truth:
    """The :class:`Truth` of ``spec`` without rendering any file."""
    return _Export(spec, corpus).truth()


def archive_name(spec: ExportSpec) -> str:
    """``Basic_LinkedInDataExport_12-05-2022.zip`` (``Complete_`` when extra files are asked)."""
    kind = "Basic" if spec.include <= BASIC_FILES else "Complete"
    return f"{kind}_LinkedInDataExport_{_export_day(spec).strftime('%m-%d-%Y')}.zip"


_ZIP_TIME = (2024, 1, 1, 0, 0, 0)


def zip_info(name: str) -> zipfile.ZipInfo:
    info = zipfile.ZipInfo(name, date_time=_ZIP_TIME)
    info.compress_type = zipfile.ZIP_DEFLATED
    info.external_attr = 0o644 << 16
    return info


def zip_bytes(files: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in files.items():
            archive.writestr(zip_info(name), data)
    return buffer.getvalue()


def write_zip(files: dict[str, bytes], path: Path) -> Path:
    """Write the members into a deflated ZIP at ``path`` (its folder must exist)."""
    path = Path(path)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in files.items():
            archive.writestr(zip_info(name), data)
    return path


def write_folder(files: dict[str, bytes], path: Path) -> Path:
    """Write the members as files under the folder ``path`` (created when missing)."""
    root = Path(path)
    for name, data in files.items():
        parts = Path(name).parts
        if Path(name).is_absolute() or ".." in parts or "\\" in name:
            raise ValueError(f"unsafe member name {name!r}")
        target = root.joinpath(*parts)
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(data)
    return root


def write_export_zip(spec: ExportSpec, path: Path, corpus: Path | None = None) -> Truth:
    """Generate straight into a ZIP, streaming messages.csv: memory stays flat at any size.

    The members hold the same bytes as ``build_files(spec)`` (the archive itself differs from
    :func:`write_zip`'s by its ZIP64 extra fields).
    """
    export = _Export(spec, corpus)
    quote_all = spec.layout == "current_attachments"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name in _ordered(spec.include):
            with archive.open(zip_info(name), "w", force_zip64=True) as member:
                _write_csv(
                    member,
                    _file_rows(export, name),
                    spec,
                    quote_all=quote_all and name == "messages.csv",
                )
    return export.truth()
