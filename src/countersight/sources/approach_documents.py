"""Read approach documents (CONTRACTS.md section 1) from files or standard input.

A file holds one JSON object, a JSON array of objects, or JSON Lines. Every item is validated on
its own: a bad item becomes a :class:`LoadedDocument` with a one-line ``error`` that names the file,
the item (line number or array index, and its ``id`` when it has one) and the field, and the rest of
the input is still read. Unknown keys become warnings.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from countersight.config import Settings
from countersight.domain import Approach
from countersight.domain.approach import unknown_keys

STDIN = "-"


@dataclass
class LoadedDocument:
    """One item of the input: the approach, or the reason it could not be read."""

    where: str
    approach: Approach | None = None
    error: str | None = None
    warnings: list[str] = field(default_factory=list)


def printable(value: str, limit: int = 60) -> str:
    """A user-supplied value made safe for a one-line message: escaped and shortened."""
    text = value.encode("unicode_escape").decode("ascii")
    return text if len(text) <= limit else text[: limit - 3] + "..."


def format_location(loc: tuple[int | str, ...]) -> str:
    """``("messages", 0, "text")`` -> ``messages[0].text``."""
    out = ""
    for part in loc:
        if isinstance(part, int):
            out += f"[{part}]"
        else:
            out += ("." if out else "") + str(part)
    return out or "(document)"


def describe_validation_error(exc: ValidationError) -> str:
    """The first problem of a validation error as ``field: message`` (+ how many more)."""
    errors = exc.errors(include_url=False, include_input=False)
    first = errors[0]
    message = str(first["msg"])
    if first["type"] == "missing":
        message = "required field is missing"
    elif message.startswith("Value error, "):
        message = message[len("Value error, ") :]
    text = f"{format_location(tuple(first['loc']))}: {message}"
    if len(errors) > 1:
        text += f" (and {len(errors) - 1} more problem{'s' if len(errors) > 2 else ''})"
    return text


def validate_item(item: Any, where: str, settings: Settings) -> LoadedDocument:
    """Validate one decoded JSON value as an approach document."""
    if not isinstance(item, dict):
        kind = type(item).__name__ if item is not None else "null"
        return LoadedDocument(where, error=f"{where}: expected a JSON object, got {kind}")
    raw_id = item.get("id")
    label = f"{where} (id {printable(raw_id)})" if isinstance(raw_id, str) and raw_id else where
    warnings: list[str] = []
    context = {"warnings": warnings, "max_text_chars": settings.max_text_chars}
    try:
        approach = Approach.model_validate(item, context=context)
    except ValidationError as exc:
        return LoadedDocument(where, error=f"{label}: {describe_validation_error(exc)}")
    except RecursionError:
        return LoadedDocument(where, error=f"{label}: nested too deeply")
    warnings = [f"{label}: {w}" for w in warnings]
    warnings += [f"{label}: unknown key '{k}' ignored" for k in unknown_keys(approach)]
    if approach.id is None:
        approach = approach.model_copy(update={"id": where})
    return LoadedDocument(where, approach=approach, warnings=warnings)


def _read(path: str, settings: Settings) -> bytes:
    limit = settings.max_input_bytes
    if path == STDIN:
        data = sys.stdin.buffer.read(limit + 1)
    else:
        with Path(path).open("rb") as handle:
            data = handle.read(limit + 1)
    if len(data) > limit:
        raise ValueError(f"larger than the {limit:,}-byte limit (COUNTERSIGHT_MAX_INPUT_BYTES)")
    return data


def _decode(data: bytes) -> str:
    if b"\x00" in data[:4096]:
        raise ValueError("binary data, not a JSON text file")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ValueError(
            f"not UTF-8 text (byte 0x{data[exc.start]:02x} at offset {exc.start})"
        ) from None


def read_documents(path: str, settings: Settings) -> Iterator[LoadedDocument]:
    """Every item of one input (``-`` for standard input), in order."""
    name = "<stdin>" if path == STDIN else path
    try:
        text = _decode(_read(path, settings))
    except (OSError, ValueError) as exc:
        reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
        yield LoadedDocument(name, error=f"{name}: {reason}")
        return
    stripped = text.lstrip()
    if not stripped:
        yield LoadedDocument(name, error=f"{name}: empty input, no approach documents")
        return
    if name.endswith((".jsonl", ".ndjson")):
        yield from _json_lines(text, name, settings)
        return
    if stripped[0] in "[{":
        try:
            value = json.loads(text)
        except json.JSONDecodeError as exc:
            if not (stripped[0] == "{" and exc.msg == "Extra data"):
                yield LoadedDocument(
                    name, error=f"{name}: invalid JSON at line {exc.lineno}: {exc.msg}"
                )
                return
        except RecursionError:
            yield LoadedDocument(name, error=f"{name}: JSON nested too deeply")
            return
        else:
            if isinstance(value, list):
                for index, item in enumerate(value):
                    yield validate_item(item, f"{name}[{index}]", settings)
            else:
                yield validate_item(value, name, settings)
            return
    yield from _json_lines(text, name, settings)


def _json_lines(text: str, name: str, settings: Settings) -> Iterator[LoadedDocument]:
    for number, line in enumerate(text.split("\n"), start=1):
        if not line.strip():
            continue
        where = f"{name}:{number}"
        try:
            item = json.loads(line)
        except json.JSONDecodeError as exc:
            yield LoadedDocument(where, error=f"{where}: invalid JSON: {exc.msg}")
            continue
        except RecursionError:
            yield LoadedDocument(where, error=f"{where}: JSON nested too deeply")
            continue
        yield validate_item(item, where, settings)


def read_all(paths: list[str], settings: Settings) -> Iterator[LoadedDocument]:
    """Every item of every input, in order; a folder yields its ``*.json`` and ``*.jsonl``."""
    for path in paths:
        candidate = Path(path)
        if path != STDIN and candidate.is_dir():
            files = sorted(
                p for p in candidate.rglob("*") if p.suffix in {".json", ".jsonl"} and p.is_file()
            )
            if not files:
                yield LoadedDocument(path, error=f"{path}: no .json or .jsonl files in folder")
            for file in files:
                yield from read_documents(str(file), settings)
        else:
            yield from read_documents(path, settings)
