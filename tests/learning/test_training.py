"""Training rebuilds the shipped files byte for byte; the combined score is calibrated and
adds up."""

from __future__ import annotations

import io
import json
import zipfile
from datetime import date
from pathlib import Path

import numpy as np
import pytest

from countersight.config import Settings
from countersight.evaluation.metrics import expected_calibration_error
from countersight.learning import artefacts
from countersight.learning.artefacts import SHIPPED
from countersight.learning.models import FRAUD_CODE, HOSTILE_CODE
from countersight.screening import Screener
from countersight.screening.registry import REGISTRY
from countersight.screening.scorer import Scorer
from countersight.screening.training import (
    EMSCAD_CSV,
    TRAINING_SETS,
    load_labelled,
    train_models,
    write_models,
)

from conftest import CORPUS, ROOT

SETTINGS = Settings(today=date(2026, 11, 1))


def _members(path: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as archive:
        return {name: archive.read(name) for name in archive.namelist()}


def test_training_rebuilds_every_shipped_file_byte_for_byte(tmp_path: Path) -> None:
    """Byte for byte with the library versions the manifest records; with other versions, the
    same files up to float rounding in the 15th digit (and then the test says which differ)."""
    trained = train_models([str(ROOT / f) for f in TRAINING_SETS], ROOT / EMSCAD_CSV)
    write_models(trained, tmp_path)
    shipped = artefacts.Manifest.read(SHIPPED)
    assert set(trained.files) == set(shipped.files)
    if shipped.environment == artefacts.training_environment():
        for name in shipped.files:
            assert (tmp_path / name).read_bytes() == (SHIPPED / name).read_bytes(), name
        assert (tmp_path / artefacts.MANIFEST).read_bytes() == (
            SHIPPED / artefacts.MANIFEST
        ).read_bytes()
        return
    for name in shipped.files:
        if not name.endswith(".skops"):
            continue
        ours, theirs = _members(tmp_path / name), _members(SHIPPED / name)
        assert ours.keys() == theirs.keys(), name
        for member, data in ours.items():
            if member.endswith(".npy") and data != theirs[member]:
                a = np.load(io.BytesIO(data), allow_pickle=False)
                b = np.load(io.BytesIO(theirs[member]), allow_pickle=False)
                np.testing.assert_allclose(a, b, rtol=0, atol=1e-9, err_msg=f"{name}:{member}")
            else:
                assert data == theirs[member], f"{name}:{member}"
    trained_scorer = json.loads((tmp_path / "scorer.json").read_text())
    shipped_scorer = json.loads((SHIPPED / "scorer.json").read_text())
    for code, weight in shipped_scorer["weights"].items():
        assert abs(trained_scorer["weights"][code] - weight) < 1e-9, code


def test_the_scorer_stacks_both_text_models_with_non_negative_weights() -> None:
    scorer = Scorer.load()
    assert set(scorer.weights) == {*REGISTRY, HOSTILE_CODE, FRAUD_CODE}
    assert all(w >= 0 for w in scorer.weights.values())
    assert scorer.weights[HOSTILE_CODE] > 0
    recorded = scorer.metadata["text_models"]
    for name, digest in recorded.items():
        assert artefacts.sha256((SHIPPED / name).read_bytes()) == digest


@pytest.fixture(scope="module")
def heldout() -> tuple[np.ndarray, np.ndarray, list[object]]:
    data = load_labelled([str(CORPUS / "heldout")], SETTINGS)
    assessments = Screener(settings=SETTINGS).screen_batch(data.approaches)
    return data.y, np.array([a.score for a in assessments]), list(assessments)


def test_held_out_scores_are_calibrated(
    heldout: tuple[np.ndarray, np.ndarray, list[object]],
) -> None:
    y, scores, _ = heldout
    assert ((scores >= 0) & (scores <= 1)).all()
    assert expected_calibration_error(y, scores) <= 0.05
    # Neither class is pushed to a single value: calibrated, not merely separated.
    assert 0.05 < float(scores.mean()) < 0.95


def test_every_score_decomposes_into_named_contributions(
    heldout: tuple[np.ndarray, np.ndarray, list[object]],
) -> None:
    for assessment in heldout[2]:
        total = assessment.baseline + sum(h.contribution for h in assessment.indicators)  # type: ignore[attr-defined]
        assert total == pytest.approx(assessment.score, abs=1e-4)  # type: ignore[attr-defined]
        codes = {h.code for h in assessment.indicators}  # type: ignore[attr-defined]
        assert {HOSTILE_CODE, FRAUD_CODE} <= codes


def test_batch_and_single_screening_agree() -> None:
    data = load_labelled([str(CORPUS / "heldout")], SETTINGS)
    screener = Screener(settings=SETTINGS)
    batch = screener.screen_batch(data.approaches[:20])
    for approach, together in zip(data.approaches[:20], batch, strict=True):
        assert screener.screen(approach) == together


def test_text_model_evidence_quotes_the_input() -> None:
    data = load_labelled([str(CORPUS / "heldout")], SETTINGS)
    hostile = next(a for a in data.approaches if a.label == "hostile")
    hit = next(
        h for h in Screener(settings=SETTINGS).screen(hostile).indicators if h.code == HOSTILE_CODE
    )
    quoted = [s for s in hit.spans if s.start is not None]
    assert quoted, hit.evidence
    texts = {f"messages[{i}].text": m.text for i, m in enumerate(hostile.messages)}
    texts |= {"sender.headline": hostile.sender.headline, "sender.about": hostile.sender.about}
    for span in quoted:
        assert texts[span.field][span.start : span.end] == span.quote
