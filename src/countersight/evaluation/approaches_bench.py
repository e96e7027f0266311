"""The labelled benchmark of the screening core (``countersight bench approaches DIR``)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import numpy as np

from countersight.config import Settings
from countersight.evaluation import metrics
from countersight.screening import Screener
from countersight.screening.registry import REGISTRY
from countersight.screening.training import POSITIVE_LABELS, TRAINING_TODAY, load_labelled

FPR_BUDGET = 0.05


def bench_approaches(paths: Sequence[str], screener: Screener | None = None) -> dict[str, Any]:
    """Score every labelled approach under ``paths`` and compute the benchmark's figures."""
    settings = Settings(today=TRAINING_TODAY)
    screener = screener or Screener(settings=settings)
    data = load_labelled(paths, settings)
    assessments = [screener.screen(a) for a in data.approaches]
    y = data.y
    scores = np.array([a.score for a in assessments])
    threshold = settings.band_high
    fired = [{h.code for h in a.indicators} for a in assessments]
    by_label: dict[str, int] = {}
    for approach in data.approaches:
        by_label[str(approach.label)] = by_label.get(str(approach.label), 0) + 1
    both = len(set(y.tolist())) == 2
    misses = [
        {"id": a.id, "label": ap.label, "score": a.score}
        for a, ap in zip(assessments, data.approaches, strict=True)
        if (ap.label in POSITIVE_LABELS) != (a.score >= 0.5)
    ]
    return {
        "cases": len(assessments),
        "by_label": by_label,
        "skipped": data.errors,
        "model_version": screener.scorer.model_version,
        "roc_auc": metrics.roc_auc(y, scores) if both else None,
        "recall_at_5pct_fpr": metrics.recall_at_fpr(y, scores, FPR_BUDGET) if both else None,
        "ece": metrics.expected_calibration_error(y, scores),
        "brier": float(np.mean((scores - y) ** 2)),
        "confusion_at_0.5": metrics.confusion(y, scores >= 0.5),
        f"confusion_at_{threshold}": metrics.confusion(y, scores >= threshold),
        "indicators": {
            code: metrics.precision_recall(y, [code in f for f in fired]) for code in REGISTRY
        },
        "misclassified_at_0.5": misses,
    }
