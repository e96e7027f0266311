"""Hostile archives for the scanner's security tests: entries that leave the folder, zip bombs
(deflate and bzip2, written by hand so that a gigabyte costs kilobytes and milliseconds), sizes
that lie, a cut archive and a file that is not one. Built with the standard library only."""

from __future__ import annotations

import bz2
import io
import struct
import zipfile
import zlib
from collections.abc import Iterable
from pathlib import Path
from typing import Literal

from countersight.scan.synthetic import CURRENT_HEADER, ExportSpec, build_files, zip_bytes, zip_info


def _small_export() -> dict[str, bytes]:
    return build_files(ExportSpec(seed=7, conversations=12, invitations=4))[0]


def _maybe_write(data: bytes, path: Path | None) -> bytes:
    if path is not None:
        Path(path).write_bytes(data)
    return data


#: Text of every entry that a scanner must never read (it is outside the archive's root).
TRAVERSAL_MARKER = "TRAVERSAL-ENTRY-MUST-NOT-BE-READ"
TRAVERSAL_NAMES = (
    "../evil.csv",
    "/abs/messages.csv",
    "C:\\x\\messages.csv",
    "a/../../messages.csv",
)


def zip_with_traversal(path: Path | None = None) -> bytes:
    """A ZIP with path-traversal entries (:data:`TRAVERSAL_NAMES`) and a good ``messages.csv``.

    The bad entries hold a messages.csv whose one message contains :data:`TRAVERSAL_MARKER`.
    """
    good = _small_export()["messages.csv"]
    evil = (
        ",".join(CURRENT_HEADER) + "\n"
        f"2-ZXZpbA==,,Mallory Example,https://www.linkedin.com/in/mallory,Owner,,"
        f"2024-01-01 00:00:00 UTC,,{TRAVERSAL_MARKER},INBOX\n"
    ).encode()
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name in TRAVERSAL_NAMES:
            archive.writestr(zip_info(name), evil)
        archive.writestr(zip_info("messages.csv"), good)
    return _maybe_write(buffer.getvalue(), path)


# CRC-32 of concatenations without the data (zlib's crc32_combine).
def _gf2_times(matrix: list[int], vector: int) -> int:
    total = 0
    index = 0
    while vector:
        if vector & 1:
            total ^= matrix[index]
        vector >>= 1
        index += 1
    return total


def _gf2_square(matrix: list[int]) -> list[int]:
    return [_gf2_times(matrix, matrix[n]) for n in range(32)]


def crc32_combine(crc1: int, crc2: int, length2: int) -> int:
    """CRC-32 of ``a + b`` from ``crc32(a)``, ``crc32(b)`` and ``len(b)``."""
    if length2 <= 0:
        return crc1
    odd = [0xEDB88320] + [1 << n for n in range(31)]
    even = _gf2_square(odd)
    odd = _gf2_square(even)
    while True:
        even = _gf2_square(odd)
        if length2 & 1:
            crc1 = _gf2_times(even, crc1)
        length2 >>= 1
        if not length2:
            break
        odd = _gf2_square(even)
        if length2 & 1:
            crc1 = _gf2_times(odd, crc1)
        length2 >>= 1
        if not length2:
            break
    return crc1 ^ crc2


def _crc_repeat(crc: int, length: int, times: int) -> int:
    """CRC-32 of a block repeated ``times`` times."""
    result, power_crc, power_len = 0, crc, length
    while times:
        if times & 1:
            result = crc32_combine(result, power_crc, power_len)
        times >>= 1
        if times:
            power_crc = crc32_combine(power_crc, power_crc, power_len)
            power_len *= 2
    return result


_BZ_BLOCK_MAGIC = 0x314159265359
_BZ_END_MAGIC = 0x177245385090


def _bzip2_block(pieces: Iterable[bytes]) -> tuple[int, int, int]:
    """(bits, bit length, block CRC) of the single bzip2 block that compresses ``pieces``."""
    compressor = bz2.BZ2Compressor(9)
    stream = b"".join(compressor.compress(p) for p in pieces) + compressor.flush()
    total = len(stream) * 8
    value = int.from_bytes(stream, "big")
    for pad in range(8):
        end = total - pad - 80
        if (value >> (total - end - 48)) & ((1 << 48) - 1) == _BZ_END_MAGIC:
            break
    else:  # pragma: no cover - bz2 always writes the end marker
        raise ValueError("no bzip2 end-of-stream marker")
    nbits = end - 32
    bits = (value >> (total - end)) & ((1 << nbits) - 1)
    block_crc = (bits >> (nbits - 80)) & 0xFFFFFFFF
    text = format(bits, f"0{nbits}b")
    if text.find(format(_BZ_BLOCK_MAGIC, "048b"), 1) != -1:
        raise ValueError("the chunk did not fit in one bzip2 block")
    return bits, nbits, block_crc


def _single_entry_zip(
    name: str, method: int, data: bytes, crc: int, size: int, version: int
) -> bytes:
    """A one-entry ZIP around already-compressed ``data`` (sizes below 4 GiB)."""
    if size >= 0xFFFFFFFF or len(data) >= 0xFFFFFFFF:
        raise ValueError("this builder writes no ZIP64 records: keep the size below 4 GiB")
    raw = name.encode()
    dostime, dosdate = 0, (2024 - 1980) << 9 | 1 << 5 | 1
    local = struct.pack(
        "<IHHHHHIIIHH", 0x04034B50, version, 0, method, dostime, dosdate, crc, len(data), size,
        len(raw), 0,
    ) + raw  # fmt: skip
    central = struct.pack(
        "<IHHHHHHIIIHHHHHII", 0x02014B50, 3 << 8 | version, version, 0, method, dostime,
        dosdate, crc, len(data), size, len(raw), 0, 0, 0, 0, 0o644 << 16, 0,
    ) + raw  # fmt: skip
    offset = len(local) + len(data)
    end = struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, 1, 1, len(central), offset, 0)
    return local + data + central + end


_BOMB_ROW = (
    "2-Ym9tYi1jb252ZXJzYXRpb24=,,Bomb Sender,https://www.linkedin.com/in/bomb,Owner,,"
    '2024-01-01 00:00:00 UTC,,"{}",INBOX\n'
)


def zip_bomb(
    ratio_target: int = 10_000,
    *,
    size: int = (1 << 30) + (1 << 24),
    method: Literal["auto", "deflate", "bzip2"] = "auto",
    path: Path | None = None,
) -> bytes:
    """A ZIP whose ``messages.csv`` declares and really decompresses to about ``size`` bytes.

    The content is a messages.csv header and then the same row over and over, each with a 32 kB
    CONTENT of one repeated letter (rows fit deflate's 32 KiB window, fields stay under the csv
    module's 128 KiB field limit). Deflate cannot beat 1,032:1 (about 830:1 here), so
    ``method="auto"`` uses deflate when ``ratio_target`` is at most 800 and bzip2 above it (ZIP
    method 12, which Python's ``zipfile`` reads; about 80,000:1 here). Beware: ``zipfile``
    decompresses bzip2 (and LZMA) members without bounding the output, so even
    ``ZipFile.open(...).read(100)`` on the bzip2 bomb inflates hundreds of MB in one call; only
    deflate is inflated a bounded piece at a time. A scanner must judge a member by its declared
    sizes and method before reading it.

    The compressed stream is one compressed chunk repeated (deflate blocks after a full flush,
    bzip2 blocks spliced bit by bit) and the CRC-32 is combined arithmetically, so building
    takes well under a second and a few MB whatever ``size`` (below 4 GiB: no ZIP64 records).
    Raises ValueError when the ratio reached is below ``ratio_target``.
    """
    if method == "auto":
        method = "deflate" if ratio_target <= 800 else "bzip2"
    header = (",".join(CURRENT_HEADER) + "\n").encode()
    row = _BOMB_ROW.format("A" * 32_000).encode()
    rows = 31 if method == "deflate" else 1000  # ~1 MB; one bzip2 block (~730 kB after its RLE)
    chunk_len = len(row) * rows
    repeats = max(1, -(-(size - len(header)) // chunk_len))
    row_crc = zlib.crc32(row)
    chunk_crc = _crc_repeat(row_crc, len(row), rows)
    crc = crc32_combine(
        zlib.crc32(header), _crc_repeat(chunk_crc, chunk_len, repeats), chunk_len * repeats
    )
    total = len(header) + chunk_len * repeats
    if method == "deflate":

        def flushed(data: Iterable[bytes]) -> bytes:
            compressor = zlib.compressobj(9, zlib.DEFLATED, -15, 9)
            out = b"".join(compressor.compress(d) for d in data)
            return out + compressor.flush(zlib.Z_FULL_FLUSH)

        first = flushed([header])
        body = flushed([row] * rows)
        data = first + body * repeats + b"\x03\x00"
        archive = _single_entry_zip("messages.csv", zipfile.ZIP_DEFLATED, data, crc, total, 20)
    else:
        head_bits, head_len, head_crc = _bzip2_block([header])
        bits, nbits, block_crc = _bzip2_block([row] * rows)
        value, length = int.from_bytes(b"BZh9", "big"), 32
        combined = 0
        for block, blen, bcrc in [(head_bits, head_len, head_crc)] + [
            (bits, nbits, block_crc)
        ] * repeats:
            value = (value << blen) | block
            length += blen
            combined = (((combined << 1) | (combined >> 31)) & 0xFFFFFFFF) ^ bcrc
        value = (value << 80) | (_BZ_END_MAGIC << 32) | combined
        length += 80
        pad = -length % 8
        data = (value << pad).to_bytes((length + pad) // 8, "big")
        archive = _single_entry_zip("messages.csv", zipfile.ZIP_BZIP2, data, crc, total, 46)
    ratio = total / len(data)
    if ratio < ratio_target:
        raise ValueError(f"{method} reaches {ratio:,.0f}:1, below the {ratio_target:,}:1 asked")
    return _maybe_write(archive, path)


def zip_lying_sizes(
    actual_size: int = 8 << 20, declared_size: int = 1000, path: Path | None = None
) -> bytes:
    """A ZIP whose ``messages.csv`` declares ``declared_size`` bytes but holds ``actual_size``.

    The file_size of both the central directory and the local header is patched; the CRC-32 is
    the real data's, so only the declared size lies.
    """
    header = (",".join(CURRENT_HEADER) + "\n").encode()
    row = _BOMB_ROW.format("lying sizes " * 40).encode()
    data = header + row * max(1, (actual_size - len(header)) // len(row))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        archive.writestr(zip_info("messages.csv"), data)
        info = archive.getinfo("messages.csv")
    raw = bytearray(buffer.getvalue())
    if raw[info.header_offset : info.header_offset + 4] != b"PK\x03\x04":  # pragma: no cover
        raise ValueError("local header not found")
    struct.pack_into("<I", raw, info.header_offset + 22, declared_size)
    end = raw.rfind(b"PK\x05\x06")
    directory = struct.unpack_from("<I", raw, end + 16)[0]
    if raw[directory : directory + 4] != b"PK\x01\x02":  # pragma: no cover
        raise ValueError("central directory not found")
    struct.pack_into("<I", raw, directory + 24, declared_size)
    return _maybe_write(bytes(raw), path)


def truncated_zip(path: Path | None = None) -> bytes:
    """A real export ZIP cut in half (no central directory)."""
    data = zip_bytes(_small_export())
    return _maybe_write(data[: len(data) // 2], path)


def not_a_zip(path: Path | None = None) -> bytes:
    """What a failed download saves under the export's name: an HTML error page."""
    page = (
        "<!DOCTYPE html>\n<html><head><title>LinkedIn</title></head>\n<body><h1>Something went "
        "wrong</h1><p>This download link has expired. Please request a new copy of your data."
        "</p></body></html>\n"
    )
    return _maybe_write(page.encode(), path)
