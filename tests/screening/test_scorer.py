"""The scorer: fitted (not hand-set), non-negative, contributions that add up, reproducible."""

from __future__ import annotations

import math
from pathlib import Path

import numpy as np
import pytest

from countersight.errors import FatalError
from countersight.screening.scorer import Scorer, sigmoid
from countersight.screening.training import fit_logistic


def test_contributions_add_up_to_the_score() -> None:
    scorer = Scorer("t", intercept=-2.0, weights={"a": 1.5, "b": 0.7, "c": 0.0}, metadata={})
    score, parts = scorer.score({"a": 1.0, "b": 1.0, "c": 1.0})
    assert score == pytest.approx(sigmoid(-2.0 + 2.2))
    assert scorer.baseline + sum(parts.values()) == pytest.approx(score)
    assert parts["a"] / parts["b"] == pytest.approx(1.5 / 0.7)
    assert parts["c"] == 0.0


def test_nothing_fired_scores_the_baseline() -> None:
    scorer = Scorer("t", intercept=-1.0, weights={"a": 2.0}, metadata={})
    score, parts = scorer.score({})
    assert score == pytest.approx(scorer.baseline) and parts == {}


def test_fit_recovers_signal_and_keeps_weights_non_negative() -> None:
    rng = np.random.default_rng(7)
    x = rng.integers(0, 2, size=(400, 3)).astype(float)
    logits = -1.0 + 2.5 * x[:, 0] - 1.5 * x[:, 1]
    y = (rng.random(400) < 1 / (1 + np.exp(-logits))).astype(float)
    intercept, weights = fit_logistic(x, y, l2=0.1)
    assert weights[0] > 1.5
    assert weights[1] == 0.0  # a protective feature is clipped at zero, never negative
    assert abs(weights[2]) < 0.5
    assert math.isfinite(intercept)


def test_a_broken_scorer_file_is_a_clear_error(tmp_path: Path) -> None:
    path = tmp_path / "scorer.json"
    path.write_text("{}")
    with pytest.raises(FatalError, match=r"scorer.json: not a countersight scorer file"):
        Scorer.load(path)
    with pytest.raises(FatalError, match="cannot read"):
        Scorer.load(tmp_path / "absent.json")
