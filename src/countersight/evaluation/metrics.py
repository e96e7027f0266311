"""Classification figures for scores against labels."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
from numpy.typing import NDArray
from sklearn.metrics import roc_auc_score, roc_curve


def roc_auc(y: NDArray[np.float64], scores: NDArray[np.float64]) -> float:
    return float(roc_auc_score(y, scores))


def recall_at_fpr(y: NDArray[np.float64], scores: NDArray[np.float64], fpr: float) -> float:
    """The highest recall (true positive rate) reached with at most ``fpr`` false positives."""
    fprs, tprs, _ = roc_curve(y, scores)
    return float(tprs[fprs <= fpr + 1e-12].max())


def expected_calibration_error(
    y: NDArray[np.float64], scores: NDArray[np.float64], bins: int = 10
) -> float:
    """Mean |observed rate - mean score| over equal-width score bins, weighted by bin size."""
    edges = np.linspace(0.0, 1.0, bins + 1)
    which = np.clip(np.digitize(scores, edges[1:-1]), 0, bins - 1)
    total = 0.0
    for b in range(bins):
        mask = which == b
        if mask.any():
            total += mask.sum() * abs(float(y[mask].mean()) - float(scores[mask].mean()))
    return total / len(y)


def confusion(y: NDArray[np.float64], predicted: NDArray[np.bool_]) -> dict[str, int]:
    positive = y == 1
    return {
        "tp": int((positive & predicted).sum()),
        "fp": int((~positive & predicted).sum()),
        "fn": int((positive & ~predicted).sum()),
        "tn": int((~positive & ~predicted).sum()),
    }


def precision_recall(y: NDArray[np.float64], fired: Sequence[bool]) -> dict[str, float | int]:
    """Precision and recall of one indicator taken as a classifier on its own."""
    f = np.asarray(fired, dtype=bool)
    c = confusion(y, f)
    fires = c["tp"] + c["fp"]
    positives = c["tp"] + c["fn"]
    return {
        "fires": fires,
        "precision": c["tp"] / fires if fires else 0.0,
        "recall": c["tp"] / positives if positives else 0.0,
    }
