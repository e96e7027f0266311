"""The pieces of the export reader: dates, text repair, CSV tables, the guarded archive."""

from __future__ import annotations

import io
import zipfile
from datetime import UTC, datetime
from pathlib import Path

import pytest

from countersight.errors import FatalError
from countersight.sources.linkedin.archive import Export, LimitExceeded, Limits, unsafe_name
from countersight.sources.linkedin.dates import parse_date
from countersight.sources.linkedin.tables import Report, column_key, read_rows
from countersight.sources.linkedin.text import message_text, repair


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("2023-06-11 15:33:58 UTC", datetime(2023, 6, 11, 15, 33, 58, tzinfo=UTC)),
        ("2021-01-02T03:04:05.000Z", datetime(2021, 1, 2, 3, 4, 5, tzinfo=UTC)),
        ("2021-01-02T04:04:05+01:00", datetime(2021, 1, 2, 3, 4, 5, tzinfo=UTC)),
        ("1/19/23, 10:19 AM", datetime(2023, 1, 19, 10, 19, tzinfo=UTC)),
        ("1/19/23, 10:19\u202fPM", datetime(2023, 1, 19, 22, 19, tzinfo=UTC)),
        ("3/6/18, 10:06 am", datetime(2018, 3, 6, 10, 6, tzinfo=UTC)),
        ("15 Jan 2024", datetime(2024, 1, 15, tzinfo=UTC)),
        ("Mar 15, 2024", datetime(2024, 3, 15, tzinfo=UTC)),
        ("3/15/24", datetime(2024, 3, 15, tzinfo=UTC)),
        ("25/12/2020", datetime(2020, 12, 25, tzinfo=UTC)),
        ("Mar 2019", datetime(2019, 3, 1, tzinfo=UTC)),
        ("Mon Mar 04 12:34:56 UTC 2019", datetime(2019, 3, 4, 12, 34, 56, tzinfo=UTC)),
        ("1678886400000", datetime(2023, 3, 15, 13, 20, tzinfo=UTC)),
        ("", None),
        ("next Tuesday", None),
        ("2023-02-30 10:00:00 UTC", None),
    ],
)
def test_every_date_format_seen_in_exports(raw: str, expected: datetime | None) -> None:
    assert parse_date(raw) == expected


def test_mojibake_and_html_are_repaired() -> None:
    assert repair("JosÃ© GarcÃ­a") == "José García"
    assert repair("Plain ASCII stays") == "Plain ASCII stays"
    text = message_text(
        '<p>Hi&nbsp;there</p><p>Add me <a href="https://wa.me/447700900123">here</a>'
        "<br>Tom &amp; Jerry</p><script>alert(1)</script>"
    )
    assert text == "Hi there\n\nAdd me here (https://wa.me/447700900123)\nTom & Jerry"
    # A link whose text is its address is not repeated; "<3" is not markup.
    assert message_text('<a href="https://x.example/a">https://x.example/a</a>') == (
        "https://x.example/a"
    )
    assert message_text("I <3 quantum & optics") == "I <3 quantum & optics"
    assert message_text("R&amp;D role") == "R&D role"


def _read(
    data: bytes, required: list[tuple[str, ...]]
) -> tuple[list[str], list[tuple[int, list[str]]]]:
    problems: list[str] = []
    found = read_rows(io.BytesIO(data), "f.csv", required, Report(lambda m, _s: problems.append(m)))
    rows = [] if found is None else list(found[1])
    return problems, rows


def test_header_after_a_notes_preamble_matched_by_name() -> None:
    data = (
        b'Notes:\n"When exporting your connection data, you may notice..."\n\n'
        b"first_name,LAST NAME,Url,Connected On\nAda,Lovelace,https://l/in/ada,15 Jan 2024\n"
    )
    problems, rows = _read(data, [("firstname",), ("lastname",)])
    assert problems == []
    assert rows == [(5, ["Ada", "Lovelace", "https://l/in/ada", "15 Jan 2024"])]
    assert column_key("\ufeffCONVERSATION ID") == column_key("conversation_id") == "conversationid"


def test_bad_rows_are_named_by_line_and_the_rest_is_read() -> None:
    data = (
        "\ufeffFROM,CONTENT,DATE\r\n"
        'A,"two\nlines",2024-01-01 10:00:00 UTC\r\n'
        "short row\r\n"
        "B,too,many,fields\r\n"
        ",,\r\n"
        "C,fine,\r\n"
    ).encode()
    problems, rows = _read(data, [("from",), ("content",)])
    assert [r[0] for r in rows] == [2, 7]
    assert rows[0][1][1] == "two\nlines"
    assert problems == [
        "f.csv line 4: 1 fields where the header has 3; row skipped",
        "f.csv line 5: 4 fields where the header has 3; row skipped",
    ]


def test_windows_1252_lines_and_overlong_lines_are_reported() -> None:
    data = b"FROM,CONTENT\nJos\xe9,caf\xe9\n" + b"X," + b"a" * (1 << 21) + b"\nY,ok\n"
    problems, rows = _read(data, [("from",), ("content",)])
    assert rows[0][1] == ["José", "café"]
    assert rows[-1][1] == ["Y", "ok"]
    assert "not UTF-8" in problems[0]
    assert "line 3: longer than" in problems[1]


def test_missing_header_skips_the_file_with_one_line() -> None:
    problems, rows = _read(b"a,b\n1,2\n", [("from",), ("content",)])
    assert rows == []
    assert problems == [
        "f.csv: no header row with FROM / CONTENT in the first 25 lines; file skipped"
    ]


@pytest.mark.parametrize(
    ("name", "unsafe"),
    [
        ("messages.csv", False),
        ("Jobs/Job Applications.csv", False),
        ("../evil.csv", True),
        ("a/../../messages.csv", True),
        ("/abs/messages.csv", True),
        ("C:\\x\\messages.csv", True),
        ("..\\..\\messages.csv", True),
    ],
)
def test_entry_names_that_leave_the_folder(name: str, unsafe: bool) -> None:
    assert unsafe_name(name) is unsafe


def _zip(path: Path, entries: dict[str, bytes]) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in entries.items():
            zf.writestr(name, data)
    return path


def test_archive_refuses_traversal_and_reads_the_rest(tmp_path: Path) -> None:
    path = _zip(
        tmp_path / "export.zip",
        {"../messages.csv": b"x", "Messages.CSV": b"FROM,CONTENT\nA,hi\n", "Skills.csv": b"s"},
    )
    export = Export(path)
    assert export.refused == 1
    assert "'../messages.csv' refused" in export.problems[0]
    with export.open("messages.csv") as stream:
        assert stream.read() == b"FROM,CONTENT\nA,hi\n"
    assert not export.has("connections.csv")


def test_archive_caps_size_and_ratio(tmp_path: Path) -> None:
    path = _zip(tmp_path / "bomb.zip", {"messages.csv": b"FROM,CONTENT\n" + b"A,a\n" * 2_000_000})
    with pytest.raises(LimitExceeded, match="zip bomb"), Export(path).open("messages.csv"):
        pass
    small = Limits(max_entry_bytes=1000, max_ratio=10_000)
    with (
        pytest.raises(LimitExceeded, match="over the 1,000-byte limit"),
        Export(path, small).open("messages.csv"),
    ):
        pass


def test_archive_that_lies_about_its_sizes_is_still_capped(tmp_path: Path) -> None:
    data = b"FROM,CONTENT\n" + b"A,a\n" * 500_000
    path = _zip(tmp_path / "liar.zip", {"messages.csv": data})
    raw = bytearray(path.read_bytes())
    size = len(data).to_bytes(4, "little")
    # Declare 100 bytes in both the local header and the central directory.
    for at in [i for i in range(len(raw) - 4) if raw[i : i + 4] == size]:
        raw[at : at + 4] = (100).to_bytes(4, "little")
    path.write_bytes(bytes(raw))
    export = Export(path, Limits(max_ratio=50))
    with pytest.raises(Exception) as caught, export.open("messages.csv") as stream:
        while stream.read(1 << 16):
            pass
    assert isinstance(caught.value, LimitExceeded | zipfile.BadZipFile)


def test_unusable_paths_are_one_line_fatal_errors(tmp_path: Path) -> None:
    with pytest.raises(FatalError, match="no such file"):
        Export(tmp_path / "missing.zip")
    other = tmp_path / "notes.txt"
    other.write_text("hello")
    with pytest.raises(FatalError, match="not a LinkedIn export"):
        Export(other)
    damaged = tmp_path / "damaged.zip"
    good = _zip(tmp_path / "good.zip", {"messages.csv": b"FROM,CONTENT\n" * 1000})
    damaged.write_bytes(good.read_bytes()[:-30])
    with pytest.raises(FatalError):
        Export(damaged)


def test_folder_and_lone_file(tmp_path: Path) -> None:
    (tmp_path / "export" / "sub").mkdir(parents=True)
    (tmp_path / "export" / "messages.csv").write_bytes(b"FROM,CONTENT\nA,hi\n")
    (tmp_path / "export" / "sub" / "messages.csv").write_bytes(b"FROM,CONTENT\nB,hi\n")
    (tmp_path / "outside.csv").write_text("secret")
    (tmp_path / "export" / "Invitations.csv").symlink_to(tmp_path / "outside.csv")
    (tmp_path / "elsewhere").mkdir()
    (tmp_path / "elsewhere" / "Connections.csv").write_text("First Name,Last Name\nA,B\n")
    (tmp_path / "export" / "linked").symlink_to(tmp_path / "elsewhere", target_is_directory=True)
    export = Export(tmp_path / "export")
    assert not export.has("connections.csv"), "a linked folder is not followed"
    with export.open("messages.csv") as stream:
        assert stream.read().endswith(b"A,hi\n")
    assert not export.has("invitations.csv")
    assert export.refused == 1
    assert any("found twice" in p for p in export.problems)
    lone = Export(tmp_path / "export" / "messages.csv")
    assert lone.has("messages.csv")
