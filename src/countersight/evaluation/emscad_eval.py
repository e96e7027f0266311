"""Figures of the recruitment-fraud model on labelled EMSCAD rows.

:func:`evaluate_shipped` scores a CSV with the shipped model, unchanged (contract 3).
:func:`cross_validate` measures the training recipe honestly: repeated group-aware folds in which
exact (or near) duplicate adverts never straddle training and test, against the plain TF-IDF +
logistic regression baseline.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np
from numpy.typing import NDArray
from sklearn.metrics import average_precision_score, f1_score, precision_score, recall_score
from sklearn.pipeline import Pipeline

from countersight.errors import FatalError
from countersight.evaluation.metrics import expected_calibration_error, roc_auc
from countersight.learning.emscad import EmscadData, baseline_model, build_model, read_emscad
from countersight.learning.groups import exact_groups, group_folds, near_duplicate_groups
from countersight.learning.models import TextModels

#: The fraud class is predicted at probability >= 0.5, the model's own threshold.
THRESHOLD = 0.5


def figures(y: NDArray[np.int64], scores: NDArray[np.float64]) -> dict[str, float]:
    predicted = scores >= THRESHOLD
    both = len(set(y.tolist())) == 2
    return {
        "f1": float(f1_score(y, predicted, zero_division=0.0)),
        "precision": float(precision_score(y, predicted, zero_division=0.0)),
        "recall": float(recall_score(y, predicted, zero_division=0.0)),
        "pr_auc": float(average_precision_score(y, scores)) if both else float("nan"),
        "roc_auc": roc_auc(y.astype(np.float64), scores) if both else float("nan"),
    }


def evaluate_shipped(
    path: Path, models: TextModels | None = None
) -> tuple[dict[str, Any], EmscadData]:
    """Contract 3's object for ``path`` scored by the shipped fraud model, and the rows read."""
    data = read_emscad(path)
    if not data.texts:
        raise FatalError(f"{path}: no usable rows ({len(data.errors)} skipped)")
    models = models or TextModels.load()
    scores = np.asarray(models.fraud.pipeline.predict_proba(data.texts)[:, 1], dtype=np.float64)
    return {"rows": len(data.texts), **figures(data.y, scores)}, data


def cross_validate(
    path: Path, grouping: str = "exact", seeds: tuple[int, ...] = (0, 1, 2), k: int = 5
) -> dict[str, Any]:
    """Median figures over ``len(seeds) * k`` group-aware folds for the recipe and the baseline."""
    data = read_emscad(path)
    group_of: Callable[[list[str]], NDArray[np.int64]] = (
        exact_groups if grouping == "exact" else near_duplicate_groups
    )
    groups = group_of(data.texts)
    recipes: dict[str, Callable[[], Pipeline]] = {
        "countersight": build_model,
        "baseline_tfidf_lr": baseline_model,
    }
    folds: dict[str, list[dict[str, float]]] = {name: [] for name in recipes}
    for seed in seeds:
        for train, test in group_folds(data.y, groups, k, seed):
            texts_train = [data.texts[i] for i in train]
            texts_test = [data.texts[i] for i in test]
            for name, make in recipes.items():
                model = make().fit(texts_train, data.y[train])
                scores = np.asarray(model.predict_proba(texts_test)[:, 1], dtype=np.float64)
                row = figures(data.y[test], scores)
                row["ece"] = expected_calibration_error(data.y[test].astype(np.float64), scores)
                folds[name].append(row)
    return {
        "rows": len(data.texts),
        "groups": len(set(groups.tolist())),
        "grouping": grouping,
        "folds": len(seeds) * k,
        "median": {
            name: {key: float(np.median([r[key] for r in rows])) for key in rows[0]}
            for name, rows in folds.items()
        },
        "min": {
            name: {key: float(np.min([r[key] for r in rows])) for key in rows[0]}
            for name, rows in folds.items()
        },
    }
