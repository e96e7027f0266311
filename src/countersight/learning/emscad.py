"""EMSCAD job adverts: reading the labelled CSV and the recruitment-fraud text model.

The CSV has the columns ``text`` and ``fraudulent`` (0 or 1) of the shipped copy in
``data/emscad/``. A file without them is refused with the missing names; a row that is not UTF-8,
has no text or has a label other than 0/1 is reported on one line with its row number and skipped,
and the rest of the file is still used.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
from numpy.typing import NDArray
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.pipeline import Pipeline

from countersight.errors import FatalError
from countersight.learning.pipeline import hashed_tfidf_lr

COLUMNS = ("text", "fraudulent")
LABELS = {"0": 0, "1": 1, "0.0": 0, "1.0": 1}
#: The largest field the reader accepts (characters); a longer one is reported and skipped.
MAX_FIELD_CHARS = 1_000_000
#: The inverse regularisation strength, chosen among 10, 30, 100, 300 and 1000 by group-aware
#: cross-validation on the training CSV (``countersight bench emscad`` measures this choice).
C = 100.0


@dataclass
class EmscadData:
    """Rows that could be used, and one line for each that could not."""

    texts: list[str] = field(default_factory=list)
    labels: list[int] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    non_utf8: int = 0

    @property
    def y(self) -> NDArray[np.int64]:
        return np.asarray(self.labels, dtype=np.int64)


def read_emscad(path: Path, max_bytes: int = 256 * 1024 * 1024) -> EmscadData:
    """The usable rows of an EMSCAD-style CSV; bad rows are reported in ``errors``."""
    try:
        size = path.stat().st_size
        if size > max_bytes:
            raise FatalError(f"{path}: {size} bytes, over the {max_bytes}-byte limit")
        raw = path.read_bytes()
    except OSError as exc:
        raise FatalError(f"{path}: cannot read ({exc.strerror})") from None
    # Undecodable bytes become lone surrogates, so that one bad row is found and skipped
    # instead of failing the whole file.
    text = raw.decode("utf-8-sig", errors="surrogateescape")
    csv.field_size_limit(MAX_FIELD_CHARS)
    reader = csv.reader(io.StringIO(text, newline=""))
    try:
        header = next(reader)
    except (StopIteration, csv.Error):
        raise FatalError(f"{path}: empty, or not a CSV file") from None
    names = [h.strip().lower() for h in header]
    missing = [c for c in COLUMNS if c not in names]
    if missing:
        raise FatalError(
            f"{path}: missing column(s) {', '.join(missing)} (expected a header with "
            f"{', '.join(COLUMNS)}; found {', '.join(header)[:200]!r})"
        )
    at_text, at_label = names.index("text"), names.index("fraudulent")
    data = EmscadData()
    while True:
        row_no = reader.line_num + 1
        try:
            row = next(reader)
        except StopIteration:
            break
        except csv.Error as exc:
            data.errors.append(f"{path}:{row_no}: malformed CSV row ({exc}), skipped")
            continue
        if not row:
            continue
        where = f"{path}:{reader.line_num}"
        if any("\udc80" <= ch <= "\udcff" for cell in row for ch in cell):
            data.non_utf8 += 1
            data.errors.append(f"{where}: not UTF-8, skipped")
            continue
        if len(row) <= max(at_text, at_label):
            data.errors.append(f"{where}: {len(row)} column(s), expected {len(header)}; skipped")
            continue
        label = LABELS.get(row[at_label].strip())
        if label is None:
            data.errors.append(
                f"{where}: fraudulent: expected 0 or 1, got {row[at_label][:20]!r}; skipped"
            )
            continue
        body = row[at_text].strip()
        if not body:
            data.errors.append(f"{where}: text: empty; skipped")
            continue
        data.texts.append(body)
        data.labels.append(label)
    return data


def build_model(c: float = C) -> Pipeline:
    """TF-IDF over words and word pairs (sublinear counts) and an L2 logistic regression."""
    return hashed_tfidf_lr(c)


def baseline_model() -> Pipeline:
    """The plain TF-IDF + logistic regression the issue measures against (library defaults)."""
    return Pipeline([("tfidf", TfidfVectorizer()), ("clf", LogisticRegression(max_iter=5000))])
