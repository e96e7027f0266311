"""Open a LinkedIn export without trusting it: a ZIP read in memory, its folder, or a lone CSV.

The ZIP may come from anyone. Its entries are never written to disk; an entry whose name escapes
the archive's folder is refused; every entry is read through a counter that stops at a size cap
and at a compression-ratio cap (zip bombs), whatever sizes the archive declares.
"""

from __future__ import annotations

import io
import os
import stat
import zipfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import IO

from countersight.errors import CountersightError, FatalError

#: The files a scan reads, by lower-case base name.
WANTED = ("messages.csv", "connections.csv", "invitations.csv", "profile.csv", "positions.csv")


@dataclass(frozen=True)
class Limits:
    """Caps on what one export may make us read."""

    max_entry_bytes: int = 1 << 30
    max_total_bytes: int = 4 << 30
    max_ratio: float = 200.0
    max_entries: int = 100_000


class LimitExceeded(CountersightError):
    """An entry decompressed past a cap: the rest of it is not read."""


class _Capped(io.RawIOBase):
    """Reads through ``raw`` and raises :class:`LimitExceeded` past ``limit`` bytes."""

    def __init__(self, raw: IO[bytes], limit: int, why: str) -> None:
        self._raw = raw
        self._limit = limit
        self._why = why
        self.count = 0

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: bytearray | memoryview) -> int:  # type: ignore[override]
        data = self._raw.read(min(len(buffer), 1 << 16))
        n = len(data)
        self.count += n
        if self.count > self._limit:
            raise LimitExceeded(self._why)
        buffer[:n] = data
        return n


def unsafe_name(name: str) -> bool:
    """True when an entry's name is absolute, has a drive, or climbs out with ``..``."""
    norm = name.replace("\\", "/")
    if norm.startswith("/") or "\x00" in norm or (len(norm) > 1 and norm[1] == ":"):
        return True
    return any(part == ".." for part in norm.split("/"))


class Export:
    """The export's files a scan reads, found by name whatever their case or folder depth.

    ``problems`` collects one-line messages about refused or doubtful entries; ``refused``
    counts the entries that were not read because of them.
    """

    def __init__(self, path: Path, limits: Limits | None = None) -> None:
        self.path = path
        self.label = path.name
        self.limits = limits or Limits()
        self.problems: list[str] = []
        self.refused = 0
        self._zip: zipfile.ZipFile | None = None
        self._members: dict[str, zipfile.ZipInfo | Path] = {}
        self._total = 0
        if not path.exists():
            raise FatalError(f"{path}: no such file or folder")
        if path.is_dir():
            self._index_folder(path)
        elif zipfile.is_zipfile(path):
            self._index_zip(path)
        elif path.name.lower() in WANTED:
            self._members[path.name.lower()] = path
        else:
            raise FatalError(
                f"{path}: not a LinkedIn export (expected its ZIP, the folder it unpacks to, "
                "or a messages.csv / Invitations.csv)"
            )

    def _refuse(self, message: str) -> None:
        self.problems.append(message)
        self.refused += 1

    def _choose(self, base: str, where: str, depth: int, found: dict[str, tuple[int, str]]) -> bool:
        """Keep the shallowest of several files with the same name; say so."""
        if base not in found:
            found[base] = (depth, where)
            return True
        kept_depth, kept = found[base]
        if depth < kept_depth:
            self.problems.append(f"{self.label}: {base} found twice; reading {where}, not {kept}")
            found[base] = (depth, where)
            return True
        self.problems.append(f"{self.label}: {base} found twice; reading {kept}, not {where}")
        return False

    def _index_folder(self, folder: Path) -> None:
        found: dict[str, tuple[int, str]] = {}
        files: list[Path] = []
        for root, dirs, names in os.walk(folder, followlinks=False):
            dirs.sort()
            files += [Path(root) / name for name in names if name.lower() in WANTED]
        for file in sorted(files):
            base = file.name.lower()
            rel = file.relative_to(folder).as_posix()
            mode = file.lstat().st_mode
            if not stat.S_ISREG(mode):
                self._refuse(f"{self.label}/{rel}: not a regular file (a link?); not read")
                continue
            if self._choose(base, rel, rel.count("/"), found):
                self._members[base] = file

    def _index_zip(self, path: Path) -> None:
        try:
            self._zip = zipfile.ZipFile(path)
            infos = self._zip.infolist()
        except (zipfile.BadZipFile, OSError, ValueError) as exc:
            raise FatalError(f"{path}: damaged ZIP archive ({exc})") from None
        if len(infos) > self.limits.max_entries:
            raise FatalError(
                f"{path}: {len(infos):,} entries, more than the {self.limits.max_entries:,} "
                "a LinkedIn export can have; not read"
            )
        found: dict[str, tuple[int, str]] = {}
        for info in infos:
            name = info.filename
            if unsafe_name(name):
                self._refuse(f"{self.label}: entry {name!r} refused: its name leaves the archive")
                continue
            base = PurePosixPath(name.replace("\\", "/")).name.lower()
            if base not in WANTED or info.is_dir():
                continue
            if self._choose(base, name, name.replace("\\", "/").count("/"), found):
                self._members[base] = info

    def has(self, base: str) -> bool:
        return base in self._members

    def where(self, base: str) -> str:
        member = self._members[base]
        if isinstance(member, Path):
            return member.name if self.path == member else f"{self.label}/{member.name}"
        return f"{self.label}:{member.filename}"

    @contextmanager
    def open(self, base: str) -> Iterator[IO[bytes]]:
        """A binary stream of one wanted file, capped in size and ratio.

        Raises :class:`~countersight.errors.InputError`-like ``CountersightError`` with a
        one-line message when the entry cannot or must not be read.
        """
        member = self._members[base]
        where = self.where(base)
        limit = min(self.limits.max_entry_bytes, self.limits.max_total_bytes - self._total)
        if isinstance(member, Path):
            size = member.stat().st_size
            if size > limit:
                raise LimitExceeded(
                    f"{where}: {size:,} bytes, over the {limit:,}-byte limit; not read"
                )
            with member.open("rb") as file:
                yield file
            self._total += size
            return
        assert self._zip is not None
        if member.flag_bits & 0x1:
            raise LimitExceeded(f"{where}: encrypted entry; not read")
        if member.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
            # LinkedIn writes deflate. zipfile inflates bzip2 and LZMA without an output bound
            # (a few kilobytes can become hundreds of megabytes in one read), so refuse them.
            raise LimitExceeded(
                f"{where}: compression method {member.compress_type} (LinkedIn exports use "
                "deflate); not read"
            )
        ratio_cap = int(self.limits.max_ratio * max(member.compress_size, 1)) + (1 << 20)
        declared = member.file_size
        if declared > limit:
            raise LimitExceeded(
                f"{where}: declares {declared:,} bytes uncompressed, over the {limit:,}-byte "
                "limit; not read"
            )
        if declared > ratio_cap:
            raise LimitExceeded(
                f"{where}: compression ratio {declared / max(member.compress_size, 1):,.0f}:1 "
                f"(over {self.limits.max_ratio:,.0f}:1) looks like a zip bomb; not read"
            )
        cap = min(limit, ratio_cap)
        try:
            raw = self._zip.open(member)
        except NotImplementedError as exc:
            raise LimitExceeded(f"{where}: {exc}; not read") from None
        except (zipfile.BadZipFile, OSError, ValueError, RuntimeError) as exc:
            raise LimitExceeded(f"{where}: damaged entry ({exc}); not read") from None
        capped = _Capped(
            raw,
            cap,
            f"{where}: decompressed past {cap:,} bytes (declared {declared:,}); looks like a zip "
            "bomb; the rest of it is not read",
        )
        try:
            yield io.BufferedReader(capped, buffer_size=1 << 16)
        finally:
            self._total += capped.count
            raw.close()

    def close(self) -> None:
        if self._zip is not None:
            self._zip.close()
