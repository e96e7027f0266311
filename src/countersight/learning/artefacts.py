"""Model files that cannot run code when loaded, rebuilt byte for byte, checked before use.

Models are written with skops, whose format is a zip of JSON and ``.npy`` arrays and whose loader
only builds the types it is told to trust. skops names the entries after Python object ids and
stamps them with the current time; :func:`dumps` rewrites both (ids numbered in order of first
appearance, a fixed timestamp) so that the same fitted model always gives the same bytes.

Every shipped file's SHA-256 is recorded at training in ``manifest.json``; :func:`load` refuses a
file whose digest differs, naming it.
"""

from __future__ import annotations

import hashlib
import importlib.metadata
import io
import json
import platform
import re
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import skops.io as sio

from countersight.errors import FatalError

#: Every type a countersight model file may contain. Anything else is refused, not built.
TRUSTED_TYPES: tuple[str, ...] = (
    "builtins.dict",
    "builtins.list",
    "builtins.tuple",
    "builtins.str",
    "builtins.int",
    "builtins.float",
    "builtins.bool",
    "numpy.ndarray",
    "numpy.float64",
    "sklearn.feature_extraction.text.HashingVectorizer",
    "sklearn.feature_extraction.text.TfidfTransformer",
    "sklearn.linear_model._logistic.LogisticRegression",
    "sklearn.pipeline.Pipeline",
)

MANIFEST = "manifest.json"
#: Where the shipped model files and their manifest live (inside the package).
SHIPPED = Path(__file__).resolve().parent.parent / "screening" / "data"
_FIXED_TIME = (1980, 1, 1, 0, 0, 0)
_IDS = re.compile(r'("__id__": )(\d+)|(")(\d+)(\.npy")')


def _canonical_ids(schema: str, names: list[str]) -> tuple[str, dict[str, str]]:
    """Number the object ids of a skops schema in order of first appearance."""
    numbering: dict[str, str] = {}

    def renumber(match: re.Match[str]) -> str:
        prefix, number, suffix = (
            (match.group(1), match.group(2), "")
            if match.group(2)
            else (match.group(3), match.group(4), match.group(5))
        )
        new = numbering.setdefault(number, str(len(numbering) + 1))
        return f"{prefix}{new}{suffix}"

    schema = _IDS.sub(renumber, schema)
    renamed = {}
    for name in names:
        stem = name.removesuffix(".npy")
        if name.endswith(".npy") and stem in numbering:
            renamed[name] = f"{numbering[stem]}.npy"
    return schema, renamed


def dumps(obj: Any) -> bytes:
    """``obj`` as skops bytes, identical for identical fitted models."""
    source = zipfile.ZipFile(io.BytesIO(sio.dumps(obj)))
    names = source.namelist()
    schema, renamed = _canonical_ids(source.read("schema.json").decode("utf-8"), names)
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", compression=zipfile.ZIP_DEFLATED) as target:
        entries = [("schema.json", schema.encode("utf-8"))]
        entries += [(renamed.get(n, n), source.read(n)) for n in names if n != "schema.json"]
        for name, data in sorted(entries):
            info = zipfile.ZipInfo(name, date_time=_FIXED_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            target.writestr(info, data, compresslevel=9)
    return out.getvalue()


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def loads(data: bytes, source: str) -> Any:
    """Build the model in ``data`` if it holds only trusted types."""
    try:
        untrusted = sio.get_untrusted_types(data=data)
        refused = sorted(set(untrusted) - set(TRUSTED_TYPES))
        if refused:
            raise FatalError(f"{source}: refusing to load untrusted types {', '.join(refused)}")
        return sio.loads(data, trusted=list(TRUSTED_TYPES))
    except FatalError:
        raise
    except Exception as exc:  # skops raises many kinds on a damaged file
        raise FatalError(f"{source}: not a readable model file ({type(exc).__name__})") from None


@dataclass(frozen=True)
class Manifest:
    """What training recorded about each shipped file."""

    files: dict[str, dict[str, Any]]
    #: The versions that trained the files: byte-for-byte rebuilds need the same ones (other
    #: versions of NumPy, SciPy or scikit-learn move coefficients in the 15th digit).
    environment: dict[str, str] = field(default_factory=dict)

    @classmethod
    def read(cls, folder: Path) -> Manifest:
        path = folder / MANIFEST
        try:
            body = json.loads(path.read_text(encoding="utf-8"))
            files = {str(k): dict(v) for k, v in body["files"].items()}
            environment = {str(k): str(v) for k, v in body.get("environment", {}).items()}
        except OSError:
            raise FatalError(f"{path}: missing; run `countersight model train`") from None
        except (ValueError, KeyError, TypeError, AttributeError):
            raise FatalError(f"{path}: not a countersight model manifest") from None
        return cls(files, environment)

    def write(self, folder: Path) -> None:
        body = {"files": self.files, "environment": self.environment}
        text = json.dumps(body, indent=2, sort_keys=True) + "\n"
        (folder / MANIFEST).write_text(text, encoding="utf-8")


def read_verified(folder: Path, name: str) -> bytes:
    """The bytes of ``folder/name`` after checking them against the manifest's SHA-256."""
    path = folder / name
    entry = Manifest.read(folder).files.get(name)
    if entry is None:
        raise FatalError(
            f"{path}: not listed in {folder / MANIFEST}; run `countersight model train`"
        )
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise FatalError(
            f"{path}: cannot read the model file ({exc.strerror}); run `countersight model train`"
        ) from None
    if sha256(data) != entry.get("sha256"):
        raise FatalError(
            f"{path}: SHA-256 does not match the one recorded at training "
            "(file changed or damaged); run `countersight model train`"
        )
    return data


def load(folder: Path, name: str) -> Any:
    """The model in ``folder/name``, verified, built from trusted types only."""
    return loads(read_verified(folder, name), str(folder / name))


def write_all(files: dict[str, bytes], folder: Path, extra: dict[str, dict[str, Any]]) -> None:
    """Write the model files and a manifest recording their digests (and ``extra`` facts)."""
    folder.mkdir(parents=True, exist_ok=True)
    entries: dict[str, dict[str, Any]] = {}
    for name, data in sorted(files.items()):
        (folder / name).write_bytes(data)
        entries[name] = {"sha256": sha256(data), "bytes": len(data), **extra.get(name, {})}
    Manifest(entries, training_environment()).write(folder)


#: The libraries whose versions decide a trained file's exact bytes.
VERSIONED = ("numpy", "scipy", "scikit-learn", "skops")


def training_environment() -> dict[str, str]:
    """Python's and the numerical libraries' versions, as recorded in the manifest."""
    found = {"python": platform.python_version()}
    for name in VERSIONED:
        found[name] = importlib.metadata.version(name)
    return found
