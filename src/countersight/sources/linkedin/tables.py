"""Read one CSV file of an export: decode line by line, find the header, report bad rows.

Headers are matched by name, case-, space- and underscore-insensitively, wherever the header row
is in the first lines (``Connections.csv`` starts with a "Notes:" preamble). A short, long or
malformed row is reported with its line number and skipped; the rest of the file is read.
"""

from __future__ import annotations

import csv
import re
import zlib
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from typing import IO, Protocol
from zipfile import BadZipFile

from countersight.errors import CountersightError

MAX_LINE_BYTES = 1 << 20
PREAMBLE_ROWS = 25
MAX_ROW_ERRORS = 1000
_NOT_ALNUM = re.compile(r"[^a-z0-9]+")


def column_key(name: str) -> str:
    """``CONVERSATION ID``, ``conversation_id`` and ``ConversationId`` are one column."""
    return _NOT_ALNUM.sub("", name.lstrip("\ufeff").lower())


_BROKEN = (CountersightError, BadZipFile, zlib.error, EOFError, OSError)


def broken(where: str, exc: BaseException, line: int) -> str:
    """One line on a file that stopped being readable after ``line``."""
    if isinstance(exc, CountersightError):
        return f"{exc} (stopped after line {line})"
    return f"{where}: damaged after line {line} ({exc}); the rest of the file is skipped"


@dataclass
class Report:
    """Where a file's problems go: ``problem(message, skipped)``."""

    problem: Callable[[str, bool], None]


def _lines(stream: IO[bytes], where: str, report: Report) -> Iterator[str]:
    """Decoded lines; UTF-8, else Windows-1252 for that line (reported once)."""
    first = True
    warned = False
    number = 0
    while True:
        raw = stream.readline(MAX_LINE_BYTES)
        if not raw:
            return
        number += 1
        if len(raw) == MAX_LINE_BYTES and not raw.endswith(b"\n"):
            report.problem(
                f"{where} line {number}: longer than {MAX_LINE_BYTES:,} bytes; line skipped", True
            )
            while (rest := stream.readline(MAX_LINE_BYTES)) and not rest.endswith(b"\n"):
                pass
            continue
        if first:
            raw = raw.removeprefix(b"\xef\xbb\xbf")
            first = False
        try:
            yield raw.decode("utf-8")
        except UnicodeDecodeError:
            if not warned:
                report.problem(
                    f"{where} line {number}: not UTF-8; such lines read as Windows-1252", False
                )
                warned = True
            yield raw.decode("cp1252", errors="replace")


@dataclass(frozen=True)
class Header:
    """The header row: the column index of each known key."""

    index: dict[str, int]
    width: int

    def get(self, row: Sequence[str], *keys: str) -> str:
        """The first of ``keys`` the file has, or ``""``."""
        for key in keys:
            i = self.index.get(key)
            if i is not None:
                return row[i]
        return ""

    def has(self, *keys: str) -> bool:
        return any(key in self.index for key in keys)


def read_rows(
    stream: IO[bytes],
    where: str,
    required: Sequence[Sequence[str]],
    report: Report,
) -> tuple[Header, Iterator[tuple[int, list[str]]]] | None:
    """The header and an iterator of ``(line number, row)``; None when no header is found.

    ``required`` lists alternatives per column (``[("content",), ("from",)]``); the header is the
    first row that has one of each.
    """
    lines = _lines(stream, where, report)
    reader = csv.reader(lines, strict=False)
    for _ in range(PREAMBLE_ROWS):
        try:
            row = next(reader)
        except StopIteration:
            break
        except csv.Error:
            continue
        except _BROKEN as exc:
            report.problem(broken(where, exc, reader.line_num), True)
            return None
        keys = [column_key(cell) for cell in row]
        if all(any(alt in keys for alt in alts) for alts in required):
            index: dict[str, int] = {}
            for i, key in enumerate(keys):
                index.setdefault(key, i)
            return Header(index, len(row)), _records(reader, where, len(row), report)
    names = " / ".join(alts[0].upper() for alts in required)
    report.problem(
        f"{where}: no header row with {names} in the first {PREAMBLE_ROWS} lines; file skipped",
        True,
    )
    return None


class _LineReader(Protocol):
    line_num: int

    def __next__(self) -> list[str]: ...


def _records(
    reader: _LineReader, where: str, width: int, report: Report
) -> Iterator[tuple[int, list[str]]]:
    errors = 0
    last = reader.line_num
    while True:
        start = last + 1
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            last = reader.line_num
            errors += 1
            report.problem(f"{where} line {start}: malformed CSV ({exc}); row skipped", True)
            if errors >= MAX_ROW_ERRORS:
                report.problem(f"{where}: {errors} malformed rows; the rest is skipped", True)
                return
            continue
        except _BROKEN as exc:
            report.problem(broken(where, exc, last), True)
            return
        last = reader.line_num
        if not any(cell.strip() for cell in row):
            continue  # blank, or only commas (seen in Connections.csv)
        if len(row) == width:
            yield start, row
        else:
            errors += 1
            report.problem(
                f"{where} line {start}: {len(row)} fields where the header has {width}; "
                "row skipped",
                True,
            )
            if errors >= MAX_ROW_ERRORS:
                report.problem(f"{where}: {errors} malformed rows; the rest is skipped", True)
                return
