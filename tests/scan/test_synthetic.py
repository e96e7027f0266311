"""The synthetic LinkedIn export generator: deterministic, parseable, and its Truth is right.

The Truth is checked against an independent reading of the files with the stdlib csv module, the
way a scanner would read them, so a scanner test that uses the generator can trust it.
"""

from __future__ import annotations

import base64
import bz2
import csv
import hashlib
import io
import os
import re
import subprocess
import sys
import time
import unicodedata
import zipfile
import zlib
from collections import defaultdict
from datetime import date, datetime
from pathlib import Path

import pytest

from countersight.scan import synthetic
from countersight.scan.hostile_archives import (
    TRAVERSAL_MARKER,
    TRAVERSAL_NAMES,
    crc32_combine,
    not_a_zip,
    truncated_zip,
    zip_bomb,
    zip_lying_sizes,
    zip_with_traversal,
)
from countersight.scan.synthetic import (
    ATTACHMENTS_HEADER,
    CURRENT_HEADER,
    IGNORED_FILES,
    LEGACY_HEADER,
    LOWERCASE_HEADER,
    ExportSpec,
    Truth,
    archive_name,
    build_files,
    iter_message_rows,
    mojibake,
    to_html,
    truth_of,
    write_export_zip,
    write_folder,
    write_zip,
)

LAYOUTS = ("current", "current_attachments", "legacy", "lowercase")
HEADERS = {
    "current": CURRENT_HEADER,
    "current_attachments": ATTACHMENTS_HEADER,
    "legacy": LEGACY_HEADER,
    "lowercase": LOWERCASE_HEADER,
}


def rows_of(data: bytes) -> list[list[str]]:
    return list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline="")))


def table(data: bytes, first_column: str) -> tuple[list[str], list[list[str]]]:
    """Header and data rows of a CSV file, skipping any preamble before the header."""
    rows = rows_of(data)
    start = next(i for i, row in enumerate(rows) if row and row[0].lower() == first_column.lower())
    return rows[start], rows[start + 1 :]


def parse_date(text: str) -> datetime:
    if text.endswith(" UTC"):
        return datetime.strptime(text, "%Y-%m-%d %H:%M:%S UTC")
    return datetime.strptime(text.replace("\u202f", " "), "%m/%d/%y, %I:%M %p")


def parse_day(text: str) -> date:
    for form in ("%d %b %Y", "%b %d, %Y", "%m/%d/%y"):
        try:
            return datetime.strptime(text, form).date()
        except ValueError:
            continue
    raise AssertionError(f"unknown date {text!r}")


def read_truth(files: dict[str, bytes], layout: str) -> Truth:
    """What a straightforward scanner finds: who started each conversation, connections, notes."""
    p_header, p_rows = table(files["Profile.csv"], "First Name")
    profile = dict(zip(p_header, p_rows[0], strict=True))
    owner = f"{profile['First Name']} {profile['Last Name']}"
    header, rows = table(files["messages.csv"], "conversation id" if layout != "legacy" else "From")
    column = {name.lower(): i for i, name in enumerate(header)}
    threads: dict[str, list[tuple[datetime, bool, str, str]]] = defaultdict(list)
    if layout == "legacy":
        for row in rows:
            incoming = row[column["direction"]] == "INCOMING"
            counterpart = row[column["from"]] if incoming else row[column["to"]]
            when = parse_date(row[column["date"]])
            threads[counterpart].append((when, incoming, counterpart, ""))
    else:
        urls_by_thread: dict[str, set[str]] = defaultdict(set)
        for row in rows:
            key = row[column["conversation id"]]
            sender_url = row[column["sender profile url"]]
            urls_by_thread[key] |= {sender_url, *row[column["recipient profile urls"]].split(";")}
        owner_urls = set.intersection(*urls_by_thread.values())
        assert len(owner_urls) == 1, owner_urls
        owner_url = owner_urls.pop()
        for row in rows:
            key = row[column["conversation id"]]
            sender_url = row[column["sender profile url"]]
            when = parse_date(row[column["date"]])
            threads[key].append((when, sender_url != owner_url, row[column["from"]], sender_url))
    connections: dict[str, date] = {}
    c_header, c_rows = table(files["Connections.csv"], "First Name")
    c_column = {name: i for i, name in enumerate(c_header)}
    for row in c_rows:
        key = row[c_column["URL"]] if "URL" in c_column else f"{row[0]} {row[1]}"
        connections[key] = parse_day(row[c_column["Connected On"]])
    inbound, before = set(), set()
    for key, messages in threads.items():
        first = min(messages)
        if not first[1]:
            continue
        inbound.add(key)
        who = first[2] if layout == "legacy" else first[3]
        if who in connections and connections[who] < first[0].date():
            before.add(key)
    i_header, i_rows = table(files["Invitations.csv"], "From")
    for row in i_rows:
        if row[i_header.index("Direction")] == "INCOMING" and row[i_header.index("Message")]:
            inbound.add(f"invitation:{row[0]}")
    count = len(rows)
    return Truth(owner, frozenset(inbound), frozenset(), frozenset(before), count)


@pytest.mark.parametrize("layout", LAYOUTS)
@pytest.mark.parametrize(
    "flags",
    [{}, {"bom": True, "crlf": True, "html": True, "mojibake": True}],
    ids=["plain", "bom-crlf-html-mojibake"],
)
def test_every_layout_parses_and_its_truth_is_what_a_reader_finds(
    layout: str, flags: dict[str, bool]
) -> None:
    spec = ExportSpec(seed=11, conversations=80, hostile_share=0.25, layout=layout, **flags)  # type: ignore[arg-type]
    files, truth = build_files(spec)
    assert list(files) == [
        "messages.csv",
        "Connections.csv",
        "Invitations.csv",
        "Profile.csv",
        "Positions.csv",
    ]
    for name, data in files.items():
        assert data.startswith(b"\xef\xbb\xbf") is bool(flags), name
        if flags:
            assert data.count(b"\n") and data.split(b"\n", 1)[0].endswith(b"\r"), name
        data.decode("utf-8")
    header, rows = table(files["messages.csv"], HEADERS[layout][0])
    assert tuple(header) == HEADERS[layout]
    assert all(len(row) == len(header) for row in rows)
    assert len(rows) == truth.messages
    for name, first in (
        ("Connections.csv", "First Name"),
        ("Invitations.csv", "From"),
        ("Profile.csv", "First Name"),
        ("Positions.csv", "Company Name"),
    ):
        found, data_rows = table(files[name], first)
        assert data_rows and all(len(row) == len(found) for row in data_rows), name
    found = read_truth(files, layout)
    assert found.owner == truth.owner
    assert found.messages == truth.messages
    assert found.inbound_ids == truth.inbound_ids
    assert found.connected_before == truth.connected_before
    assert truth.hostile_ids <= truth.inbound_ids
    assert len(truth.hostile_ids) >= 15
    assert any(i.startswith("invitation:") for i in truth.inbound_ids)
    assert len([i for i in truth.inbound_ids if not i.startswith("invitation:")]) < 80


def test_formats_of_each_layout() -> None:
    current, _ = build_files(ExportSpec(seed=2, conversations=40))
    text = current["messages.csv"].decode()
    ids = {row[0] for row in rows_of(current["messages.csv"])[1:]}
    for conversation in ids:
        assert re.fullmatch(r"2-[A-Za-z0-9+/]+={0,2}", conversation)
        decoded = base64.b64decode(conversation[2:]).decode()
        assert re.fullmatch(r"[0-9a-f-]{36}_\d{3}", decoded)
    assert re.search(r"\d{4}-\d\d-\d\d \d\d:\d\d:\d\d UTC", text)
    assert {row[9] for row in rows_of(current["messages.csv"])[1:]} <= {
        "INBOX",
        "ARCHIVE",
        "SENT",
        "SPAM",
    }
    connections = current["Connections.csv"].decode()
    assert connections.startswith('Notes:\n"When exporting your connection data')
    assert "\n\nFirst Name,Last Name,URL,Email Address,Company,Position,Connected On\n" in (
        connections
    )
    assert re.search(r",\d\d [A-Z][a-z]{2} \d{4}\n", connections)
    assert "\u202fAM" in current["Invitations.csv"].decode() or "\u202fPM" in (
        current["Invitations.csv"].decode()
    )
    positions = rows_of(current["Positions.csv"])
    assert positions[1][5] == "" and re.fullmatch(r"[A-Z][a-z]{2} \d{4}", positions[1][4])

    legacy, _ = build_files(ExportSpec(seed=2, conversations=40, layout="legacy"))
    rows = rows_of(legacy["messages.csv"])
    assert {row[5] for row in rows[1:]} == {"INCOMING", "OUTGOING"}
    assert all(re.fullmatch(r"\d{1,2}/\d{1,2}/\d\d, \d{1,2}:\d\d [AP]M", r[2]) for r in rows[1:])
    dates = [parse_date(r[2]) for r in rows[1:]]
    assert dates == sorted(dates, reverse=True)  # interleaved, newest first
    assert legacy["Connections.csv"].startswith(b"First Name,Last Name,Email Address,")
    assert rows_of(legacy["Invitations.csv"])[0] == [
        "From",
        "To",
        "Sent At",
        "Message",
        "Direction",
    ]

    lower, _ = build_files(ExportSpec(seed=2, conversations=40, layout="lowercase"))
    assert re.search(r',"[A-Z][a-z]{2} \d{1,2}, \d{4}"\n', lower["Connections.csv"].decode())

    attached, _ = build_files(ExportSpec(seed=2, conversations=200, layout="current_attachments"))
    rows = rows_of(attached["messages.csv"])
    assert attached["messages.csv"].startswith(b'"CONVERSATION ID","CONVERSATION TITLE"')
    assert any(r[10].startswith("https://www.linkedin.com/dms/") for r in rows[1:])
    assert {r[11] for r in rows[1:]} == {"No", "Yes"}


def test_conversations_are_contiguous_and_newest_first() -> None:
    files, _ = build_files(ExportSpec(seed=5, conversations=50))
    rows = rows_of(files["messages.csv"])[1:]
    seen: list[str] = []
    for row in rows:
        if not seen or seen[-1] != row[0]:
            assert row[0] not in seen
            seen.append(row[0])
    for conversation in seen:
        dates = [parse_date(r[6]) for r in rows if r[0] == conversation]
        assert dates == sorted(dates, reverse=True)
        assert len(set(dates)) == len(dates)


def test_same_seed_same_bytes_other_seed_other_bytes() -> None:
    spec = ExportSpec(seed=4, conversations=30, html=True, mojibake=True, layout="legacy")
    assert build_files(spec) == build_files(spec)
    assert build_files(spec)[0] != build_files(ExportSpec(seed=5, conversations=30))[0]


def test_same_bytes_in_another_process_with_another_hash_seed() -> None:
    spec = "ExportSpec(seed=9, conversations=25, mojibake=True, html=True)"
    code = (
        "import hashlib\nfrom countersight.scan.synthetic import ExportSpec, build_files\n"
        f"files, _ = build_files({spec})\n"
        "print(hashlib.sha256(b''.join(files.values())).hexdigest())\n"
    )
    env = {**os.environ, "PYTHONHASHSEED": "12345"}
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, env=env
    )
    files, _ = build_files(ExportSpec(seed=9, conversations=25, mojibake=True, html=True))
    assert done.stdout.strip() == hashlib.sha256(b"".join(files.values())).hexdigest()


def test_total_messages_follow_the_spec() -> None:
    spec = ExportSpec(seed=3, conversations=40, messages=3000, invitations=0)
    files, truth = build_files(spec)
    assert truth.messages == 3000
    assert len(rows_of(files["messages.csv"])) == 3001
    assert truth == truth_of(spec)
    small = ExportSpec(seed=3, conversations=40, messages=10)  # fewer than threads: one each
    assert truth_of(small).messages >= 40


def test_streaming_gives_the_same_rows_and_files(tmp_path: Path) -> None:
    spec = ExportSpec(seed=6, conversations=30, layout="current_attachments", bom=True)
    files, truth = build_files(spec)
    streamed = list(iter_message_rows(spec))
    assert streamed == rows_of(files["messages.csv"])
    assert write_export_zip(spec, tmp_path / "stream.zip") == truth
    with zipfile.ZipFile(tmp_path / "stream.zip") as archive:
        assert {n: archive.read(n) for n in archive.namelist()} == files


def test_names_do_not_depend_on_the_label() -> None:
    hostile: list[str] = []
    benign: list[str] = []
    for seed in range(3):
        before = len(hostile), len(benign)
        spec = ExportSpec(seed=seed, conversations=300, hostile_share=0.4, invitations=0)
        files, truth = build_files(spec)
        first_sender: dict[str, tuple[str, str]] = {}
        for row in rows_of(files["messages.csv"])[1:]:  # newest first: the last seen is first
            first_sender[row[0]] = (row[2], row[6])
        for conversation, (sender, _) in first_sender.items():
            if conversation not in truth.inbound_ids or sender == "LinkedIn Member":
                continue
            (hostile if conversation in truth.hostile_ids else benign).append(sender)
        # names are unique within an export...
        assert not set(hostile[before[0] :]) & set(benign[before[1] :])
    assert len(hostile) > 250 and len(benign) > 150
    hostile_first = {n.split()[0] for n in hostile}
    benign_first = {n.split()[0] for n in benign}
    assert len(hostile_first & benign_first) > 40

    def non_latin(names: list[str]) -> float:
        return sum(not n.isascii() for n in names) / len(names)

    assert abs(non_latin(hostile) - non_latin(benign)) < 0.1  # ...and drawn the same way


def test_people_have_one_name_one_url_and_one_script() -> None:
    files, _ = build_files(ExportSpec(seed=13, conversations=3000, invitations=500))
    _, rows = table(files["Connections.csv"], "First Name")
    urls = [row[2] for row in rows]
    assert len(set(urls)) == len(urls)
    names = [f"{row[0]} {row[1]}" for row in rows]
    assert len(set(names)) == len(names)
    assert all(re.fullmatch(r"https://www\.linkedin\.com/in/[a-z0-9-]+", url) for url in urls)
    for name in names:  # no name mixes scripts (a Latin first name with a Han last name...)
        scripts = {unicodedata.name(c).split()[0] for c in name if c.isalpha()}
        assert len(scripts) == 1, name
    assert any(not re.search("[A-Za-z]", name) for name in names)  # some native scripts


def test_corpus_texts_are_used_and_renamed() -> None:
    files, truth = build_files(ExportSpec(seed=8, conversations=100, hostile_share=0.3))
    rows = rows_of(files["messages.csv"])[1:]
    hostile_rows = [r for r in rows if r[0] in truth.hostile_ids]
    assert len({r[0] for r in hostile_rows}) == 30
    texts = [r[8] for r in hostile_rows]
    assert sum(len(t) > 200 for t in texts) > 10
    for row in hostile_rows:
        sender = row[2]
        if sender.split()[0] in row[8] or sender.split()[-1] in row[8]:
            break
    else:
        pytest.fail("no hostile text carries its new sender's name")


def test_missing_corpus_falls_back_to_built_in_texts(tmp_path: Path) -> None:
    files, truth = build_files(ExportSpec(seed=1, conversations=20, hostile_share=0.5), tmp_path)
    assert len(truth.hostile_ids) >= 10
    assert b"Telegram" in files["messages.csv"] or b"WhatsApp" in files["messages.csv"]


def test_html_and_mojibake_only_when_asked() -> None:
    plain, _ = build_files(ExportSpec(seed=12, conversations=80))
    fancy, _ = build_files(ExportSpec(seed=12, conversations=80, html=True, mojibake=True))
    assert b"<p>" not in plain["messages.csv"] and b"<p>" in fancy["messages.csv"]
    assert b"&amp;" in fancy["messages.csv"] or b"<br>" in fancy["messages.csv"]
    assert "Ã" not in plain["messages.csv"].decode() + plain["Connections.csv"].decode()
    assert "Ã" in fancy["messages.csv"].decode() and "Ã" in fancy["Connections.csv"].decode()
    assert mojibake("José Müller") == "JosÃ© MÃ¼ller"
    assert mojibake("plain") == "plain"
    assert to_html(
        "Tom & Jerry <3\nbye\n\nWhatsApp +44 7700 900123 or https://x.example/a?b=1&c=2."
    ) == (
        "<p>Tom &amp; Jerry &lt;3<br>bye</p><p>WhatsApp "
        '<a href="https://wa.me/447700900123">+44 7700 900123</a> or '
        '<a href="https://x.example/a?b=1&amp;c=2">https://x.example/a?b=1&amp;c=2</a>.</p>'
    )


def test_files_zip_and_folder(tmp_path: Path) -> None:
    spec = ExportSpec(seed=1, conversations=10, include=frozenset({"messages.csv", *IGNORED_FILES}))
    files, truth = build_files(spec)
    assert list(files) == ["messages.csv", *IGNORED_FILES]
    assert truth.connected_before == frozenset()
    assert not any(i.startswith("invitation:") for i in truth.inbound_ids)
    name = archive_name(spec)
    assert re.fullmatch(r"Complete_LinkedInDataExport_\d\d-\d\d-\d{4}\.zip", name)
    assert archive_name(ExportSpec()).startswith("Basic_")
    path = write_zip(files, tmp_path / name)
    with zipfile.ZipFile(path) as archive:
        assert archive.namelist() == list(files)
        assert all(i.compress_type == zipfile.ZIP_DEFLATED for i in archive.infolist())
        assert archive.read("Jobs/Job Applications.csv") == files["Jobs/Job Applications.csv"]
    folder = write_folder(files, tmp_path / "export")
    assert (folder / "Jobs" / "Job Applications.csv").read_bytes() == files[
        "Jobs/Job Applications.csv"
    ]
    with pytest.raises(ValueError, match="unsafe"):
        write_folder({"../x.csv": b""}, tmp_path / "bad")


def test_spec_is_checked() -> None:
    with pytest.raises(ValueError, match="hostile_share"):
        ExportSpec(hostile_share=1.5)
    with pytest.raises(ValueError, match="unknown export files"):
        ExportSpec(include=frozenset({"Secrets.csv"}))
    with pytest.raises(ValueError, match="negative"):
        ExportSpec(conversations=-1)
    empty, truth = build_files(ExportSpec(conversations=0, invitations=0))
    assert rows_of(empty["messages.csv"]) == [list(CURRENT_HEADER)]
    assert truth.inbound_ids == frozenset() and truth.messages == 0


def test_crc32_combine_matches_zlib() -> None:
    a, b = b"messages.csv header\n", b"row, row, row\n" * 1000
    assert crc32_combine(zlib.crc32(a), zlib.crc32(b), len(b)) == zlib.crc32(a + b)
    assert crc32_combine(zlib.crc32(a), 0, 0) == zlib.crc32(a)


def test_zip_bomb_declares_a_huge_ratio_and_is_quick_to_build() -> None:
    start = time.perf_counter()
    data = zip_bomb()
    assert time.perf_counter() - start < 5
    assert len(data) < 100_000
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        (info,) = archive.infolist()
        assert info.filename == "messages.csv"
        assert info.file_size > 1_000_000_000
        assert info.file_size / info.compress_size >= 10_000
        assert info.compress_type == zipfile.ZIP_BZIP2
    # zipfile inflates a bzip2 member without any output bound (about 1 GB for one read), so
    # peek with a bounded decompressor instead
    start = info.header_offset + 30 + len(info.filename)
    head = bz2.BZ2Decompressor().decompress(data[start : start + info.compress_size], 200_000)
    assert head.startswith(b"CONVERSATION ID,CONVERSATION TITLE,")
    deflated = zip_bomb(800)
    with zipfile.ZipFile(io.BytesIO(deflated)) as archive:
        info = archive.getinfo("messages.csv")
        assert info.compress_type == zipfile.ZIP_DEFLATED
        assert info.file_size > 1_000_000_000 and info.file_size / info.compress_size >= 800
        with archive.open(info) as member:  # deflate is inflated a bounded piece at a time
            assert member.read(200_000).startswith(b"CONVERSATION ID,")


@pytest.mark.parametrize("method", ["deflate", "bzip2"])
def test_small_zip_bombs_decompress_fully_with_the_right_crc(method: str) -> None:
    data = zip_bomb(100, size=1 << 20, method=method)  # type: ignore[arg-type]
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        info = archive.getinfo("messages.csv")
        content = archive.read(info)  # checks the CRC-32
    assert len(content) == info.file_size >= 1 << 20
    header, *rows, last = content.split(b"\n")
    assert header.decode() == ",".join(CURRENT_HEADER) and last == b""
    assert len(set(rows)) == 1 and len(rows[0]) > 32_000
    with pytest.raises(ValueError, match="below"):
        zip_bomb(5000, size=8 << 20, method="deflate")


def test_zip_lying_sizes() -> None:
    data = zip_lying_sizes(actual_size=2 << 20, declared_size=1000)
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        info = archive.getinfo("messages.csv")
        assert info.file_size == 1000
        with pytest.raises(zipfile.BadZipFile):
            archive.read(info)
    header_end = info.header_offset + 30 + len(info.filename)
    raw = data[header_end : header_end + info.compress_size]
    real = zlib.decompress(raw, -15)
    assert len(real) > 2_000_000 and zlib.crc32(real) == info.CRC
    assert int.from_bytes(data[info.header_offset + 22 : info.header_offset + 26], "little") == 1000


def test_traversal_truncated_and_not_a_zip(tmp_path: Path) -> None:
    data = zip_with_traversal(tmp_path / "t.zip")
    assert (tmp_path / "t.zip").read_bytes() == data
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        names = archive.namelist()
        assert names == [*TRAVERSAL_NAMES, "messages.csv"]
        assert TRAVERSAL_MARKER.encode() in archive.read("../evil.csv")
        assert TRAVERSAL_MARKER.encode() not in archive.read("messages.csv")
        assert rows_of(archive.read("messages.csv"))[0] == list(CURRENT_HEADER)
    assert not zipfile.is_zipfile(io.BytesIO(truncated_zip()))
    assert truncated_zip().startswith(b"PK\x03\x04")
    assert not zipfile.is_zipfile(io.BytesIO(not_a_zip()))


def test_the_default_corpus_is_found() -> None:
    assert synthetic.DEFAULT_CORPUS.is_dir()
