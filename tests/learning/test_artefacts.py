"""Model files: canonical bytes, trusted types only, refused when missing or tampered with."""

from __future__ import annotations

import shutil
import time
from pathlib import Path

import pytest
from sklearn.tree import DecisionTreeClassifier

from countersight.errors import FatalError
from countersight.learning import artefacts
from countersight.learning.artefacts import SHIPPED
from countersight.learning.models import FRAUD_FILE, HOSTILE_FILE, TextModels
from countersight.learning.pipeline import hashed_tfidf_lr
from countersight.screening.scorer import WEIGHTS_RESOURCE, Scorer

TEXTS = ["pay report whatsapp", "paid report signal", "team lunch meeting", "lunch agenda team"]


def _fitted() -> object:
    return hashed_tfidf_lr(10.0).fit(TEXTS, [1, 1, 0, 0])


def test_the_same_fitted_model_gives_the_same_bytes() -> None:
    first = artefacts.dumps(_fitted())
    time.sleep(1.1)  # skops stamps entries with the clock; the canonical form must not
    assert artefacts.dumps(_fitted()) == first
    model = artefacts.loads(first, "m")
    assert model.predict(["paid report"]).tolist() == [1]


def test_an_untrusted_type_is_refused_not_built() -> None:
    tree = DecisionTreeClassifier().fit([[0], [1]], [0, 1])
    with pytest.raises(FatalError, match=r"evil.skops: refusing to load untrusted types .*Tree"):
        artefacts.loads(artefacts.dumps(tree), "evil.skops")


def test_garbage_is_a_clear_error() -> None:
    with pytest.raises(FatalError, match=r"junk.skops: not a readable model file"):
        artefacts.loads(b"PK\x03\x04 not really a zip", "junk.skops")


def _copy_shipped(tmp_path: Path) -> Path:
    folder = tmp_path / "models"
    shutil.copytree(SHIPPED, folder)
    return folder


@pytest.mark.parametrize("name", [HOSTILE_FILE, FRAUD_FILE, WEIGHTS_RESOURCE])
def test_a_tampered_model_file_is_named(tmp_path: Path, name: str) -> None:
    folder = _copy_shipped(tmp_path)
    data = bytearray((folder / name).read_bytes())
    data[len(data) // 2] ^= 0x01
    (folder / name).write_bytes(bytes(data))
    with pytest.raises(FatalError, match=rf"{name}: SHA-256 does not match"):
        artefacts.read_verified(folder, name)


def test_a_missing_model_file_is_named(tmp_path: Path) -> None:
    folder = _copy_shipped(tmp_path)
    (folder / HOSTILE_FILE).unlink()
    with pytest.raises(FatalError, match=rf"{HOSTILE_FILE}: cannot read the model file"):
        TextModels.load(folder)


def test_a_missing_manifest_is_named(tmp_path: Path) -> None:
    folder = _copy_shipped(tmp_path)
    (folder / artefacts.MANIFEST).unlink()
    with pytest.raises(FatalError, match=r"manifest.json: missing; run `countersight model train`"):
        TextModels.load(folder)


def test_shipped_models_load_in_under_a_second() -> None:
    start = time.perf_counter()
    models = TextModels.load()
    Scorer.load()
    assert time.perf_counter() - start < 1.0
    assert models.hostile.logits(["a short report for a generous honorarium"]).shape == (1,)


def test_the_manifest_records_every_shipped_file() -> None:
    files = artefacts.Manifest.read(SHIPPED).files
    assert set(files) == {HOSTILE_FILE, FRAUD_FILE, WEIGHTS_RESOURCE}
    for name, entry in files.items():
        assert entry["sha256"] == artefacts.sha256((SHIPPED / name).read_bytes())
