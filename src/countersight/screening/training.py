"""Fit the scorer's weights on labelled approach documents.

A logistic regression over the indicator features with the weights bounded below by zero (a red
flag may only raise the score) and an L2 penalty chosen by stratified cross-validation on the
training cases alone. The fit is deterministic: the same corpus gives the same file, byte for byte.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path

import numpy as np
from numpy.typing import NDArray
from scipy.optimize import minimize

from countersight import __version__
from countersight.config import Settings
from countersight.domain import Approach
from countersight.errors import FatalError
from countersight.screening.registry import REGISTRY
from countersight.screening.scorer import Scorer
from countersight.screening.screen import detect
from countersight.sources.approach_documents import read_all

#: Reference date for documents without a dated message, fixed so that training is reproducible.
TRAINING_TODAY = date(2026, 11, 1)
L2_GRID = (0.1, 0.3, 1.0, 3.0, 10.0)
FOLDS = 5
POSITIVE_LABELS = frozenset({"hostile", "scam"})
#: The labelled folders the shipped scorer is fitted on (relative to the project root); the
#: corpus's ``heldout`` folder is never among them.
TRAINING_SETS = (
    "corpus/approaches/train",
    "corpus/approaches/dev",
    "corpus/approaches/dev2",
    "corpus/approaches/dev3",
)


@dataclass(frozen=True)
class LabelledSet:
    """Approaches with ground truth, plus what could not be read."""

    approaches: list[Approach]
    errors: list[str]

    @property
    def y(self) -> NDArray[np.float64]:
        return np.array([a.label in POSITIVE_LABELS for a in self.approaches], dtype=np.float64)


def load_labelled(paths: Sequence[str], settings: Settings) -> LabelledSet:
    """Every labelled approach under ``paths``; unlabelled or bad items are reported, not used."""
    approaches: list[Approach] = []
    errors: list[str] = []
    for doc in read_all(list(paths), settings):
        if doc.approach is None:
            errors.append(str(doc.error))
        elif doc.approach.label is None:
            errors.append(f"{doc.where}: no 'label', not used")
        else:
            approaches.append(doc.approach)
    return LabelledSet(approaches, errors)


def feature_matrix(
    approaches: Sequence[Approach], settings: Settings, codes: Sequence[str]
) -> NDArray[np.float64]:
    """One row per approach, one 0/1 column per indicator code."""
    index = {code: j for j, code in enumerate(codes)}
    x = np.zeros((len(approaches), len(codes)))
    for i, approach in enumerate(approaches):
        for code in detect(approach, settings):
            if code in index:
                x[i, index[code]] = 1.0
    return x


def _loss(
    params: NDArray[np.float64], x: NDArray[np.float64], y: NDArray[np.float64], l2: float
) -> tuple[float, NDArray[np.float64]]:
    z = params[0] + x @ params[1:]
    p = 1.0 / (1.0 + np.exp(-z))
    eps = 1e-12
    n = len(y)
    loss = -np.mean(y * np.log(p + eps) + (1 - y) * np.log(1 - p + eps))
    loss += l2 / (2 * n) * float(params[1:] @ params[1:])
    residual = (p - y) / n
    grad = np.concatenate(([residual.sum()], x.T @ residual + l2 / n * params[1:]))
    return float(loss), grad


def fit_logistic(
    x: NDArray[np.float64], y: NDArray[np.float64], l2: float
) -> tuple[float, NDArray[np.float64]]:
    """Intercept and non-negative weights minimising the penalised log-loss."""
    start = np.zeros(x.shape[1] + 1)
    bounds = [(None, None)] + [(0.0, None)] * x.shape[1]
    result = minimize(_loss, start, args=(x, y, l2), jac=True, method="L-BFGS-B", bounds=bounds)
    return float(result.x[0]), np.asarray(result.x[1:], dtype=np.float64)


def _folds(y: NDArray[np.float64], k: int) -> list[NDArray[np.int64]]:
    """Deterministic stratified folds: each class dealt round-robin in input order."""
    fold_of = np.zeros(len(y), dtype=np.int64)
    for cls in (0.0, 1.0):
        members = np.flatnonzero(y == cls)
        fold_of[members] = np.arange(len(members)) % k
    return [np.flatnonzero(fold_of == f) for f in range(k)]


def cross_validated_loss(x: NDArray[np.float64], y: NDArray[np.float64], l2: float) -> float:
    total = 0.0
    for test in _folds(y, FOLDS):
        train = np.setdiff1d(np.arange(len(y)), test)
        b, w = fit_logistic(x[train], y[train], l2)
        p = np.clip(1.0 / (1.0 + np.exp(-(b + x[test] @ w))), 1e-12, 1 - 1e-12)
        total += float(-np.sum(y[test] * np.log(p) + (1 - y[test]) * np.log(1 - p)))
    return total / len(y)


def corpus_digest(approaches: Sequence[Approach]) -> str:
    digest = hashlib.sha256()
    for approach in approaches:
        digest.update(approach.model_dump_json().encode())
    return digest.hexdigest()


def train_scorer(paths: Sequence[str], settings: Settings | None = None) -> Scorer:
    """Fit a scorer on the labelled documents under ``paths``."""
    settings = settings or Settings(today=TRAINING_TODAY)
    for path in paths:
        if not Path(path).exists():
            raise FatalError(
                f"{path}: no such file or folder (run from the project root or "
                "name the labelled cases with --corpus)"
            )
    data = load_labelled(paths, settings)
    y = data.y
    if len(data.approaches) < 20 or y.min() == y.max():
        raise FatalError(
            f"{', '.join(paths)}: need at least 20 labelled approaches of both classes "
            f"(found {len(data.approaches)})"
        )
    codes = list(REGISTRY)
    x = feature_matrix(data.approaches, settings, codes)
    losses = {l2: cross_validated_loss(x, y, l2) for l2 in L2_GRID}
    best = min(L2_GRID, key=lambda l2: (round(losses[l2], 9), l2))
    intercept, weights = fit_logistic(x, y, best)
    digest = corpus_digest(data.approaches)
    fitted = Scorer(
        model_version="",
        intercept=intercept,
        weights={code: float(w) for code, w in zip(codes, weights, strict=True)},
        metadata={
            "trained_on": len(data.approaches),
            "positives": int(y.sum()),
            "corpus_sha256": digest,
            "l2": best,
            "cv_log_loss": {str(k): round(v, 6) for k, v in losses.items()},
            "skipped": len(data.errors),
        },
    )
    # The version names what the scores depend on: the fitted numbers, not the file's own version.
    return replace(fitted, model_version=f"indicators-lr-{__version__}+{fitted.digest()[:10]}")


def write_scorer(scorer: Scorer, path: Path) -> None:
    path.write_text(scorer.to_json(), encoding="utf-8")
