"""Fit every shipped model: the two text models and the scorer that stacks them.

1. The recruitment-fraud text model on the EMSCAD CSV (``data/emscad``).
2. The hostile-approach text model on the labelled approach corpus, plus each training case's
   out-of-fold probability from group-aware folds (near-duplicate cases kept together), so that
   the scorer learns how far to trust the text model on cases it has not seen.
3. The scorer: a logistic regression over the indicator features and the two models' log-odds,
   weights bounded below by zero (a red flag may only raise the score), L2 penalty chosen by
   stratified cross-validation on the training cases alone. Being a logistic fit on out-of-fold
   model outputs, it is the Platt calibration of the stack.

The fit is deterministic: the same data and seed give the same files, byte for byte.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path
from typing import Any

import numpy as np
from numpy.typing import NDArray
from scipy.optimize import minimize
from sklearn.pipeline import Pipeline

from countersight import __version__
from countersight.config import Settings
from countersight.domain import Approach
from countersight.errors import FatalError
from countersight.learning import artefacts
from countersight.learning.approach_text import C as HOSTILE_C
from countersight.learning.approach_text import build_hostile_model, model_words
from countersight.learning.emscad import C as FRAUD_C
from countersight.learning.emscad import build_model as build_fraud_model
from countersight.learning.emscad import read_emscad
from countersight.learning.groups import near_duplicate_groups, out_of_fold
from countersight.learning.models import (
    FRAUD_CODE,
    FRAUD_FILE,
    HOSTILE_CODE,
    HOSTILE_FILE,
    clip_logit,
)
from countersight.learning.pipeline import for_storage
from countersight.screening.registry import REGISTRY
from countersight.screening.scorer import WEIGHTS_RESOURCE, Scorer
from countersight.screening.screen import detect
from countersight.sources.approach_documents import read_all

#: Reference date for documents without a dated message, fixed so that training is reproducible.
TRAINING_TODAY = date(2026, 11, 1)
L2_GRID = (0.1, 0.3, 1.0, 3.0, 10.0)
FOLDS = 5
POSITIVE_LABELS = frozenset({"hostile", "scam"})
#: The labelled folders the shipped scorer is fitted on (relative to the project root); the
#: corpus's ``heldout`` folder is never among them.
SEED = 0
#: The EMSCAD job adverts the fraud model is fitted on (relative to the project root).
EMSCAD_CSV = "data/emscad/emscad_balanced_preprocessed_train.csv"
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


@dataclass(frozen=True)
class TrainedModels:
    """Everything ``countersight model train`` writes, as the bytes of each file."""

    scorer: Scorer
    hostile: Pipeline
    fraud: Pipeline
    files: dict[str, bytes]
    facts: dict[str, dict[str, Any]]


def _check_exists(paths: Sequence[str | Path]) -> None:
    for path in paths:
        if not Path(path).exists():
            raise FatalError(
                f"{path}: no such file or folder (run from the project root or "
                "name the training data with --corpus / --emscad)"
            )


def train_fraud_model(csv_path: Path) -> tuple[Pipeline, dict[str, Any]]:
    """The recruitment-fraud text model, fitted on every usable row of the EMSCAD CSV."""
    data = read_emscad(csv_path)
    if len(set(data.labels)) < 2:
        raise FatalError(f"{csv_path}: need rows of both classes to train")
    model = build_fraud_model().fit(data.texts, data.y)
    facts = {
        "rows": len(data.texts),
        "fraudulent": int(data.y.sum()),
        "skipped": len(data.errors),
        "data_sha256": hashlib.sha256(csv_path.read_bytes()).hexdigest(),
        "C": FRAUD_C,
    }
    return model, facts


def hostile_out_of_fold(texts: list[str], y: NDArray[np.int64]) -> NDArray[np.float64]:
    """Each training case's hostile-text log-odds from a model that never saw its group."""

    def fit_predict(train: list[str], y_train: NDArray[np.int64], test: list[str]) -> Any:
        return build_hostile_model().fit(train, y_train).decision_function(test)

    return out_of_fold(fit_predict, texts, y, near_duplicate_groups(texts), seed=SEED)


def train_models(
    paths: Sequence[str], emscad: Path, settings: Settings | None = None
) -> TrainedModels:
    """Fit both text models and the scorer that stacks them with the indicators."""
    settings = settings or Settings(today=TRAINING_TODAY)
    _check_exists([*paths, emscad])
    fraud, fraud_facts = train_fraud_model(emscad)
    data = load_labelled(paths, settings)
    y = data.y
    if len(data.approaches) < 20 or y.min() == y.max():
        raise FatalError(
            f"{', '.join(paths)}: need at least 20 labelled approaches of both classes "
            f"(found {len(data.approaches)})"
        )
    y_int = y.astype(np.int64)
    inputs = [model_words(a) for a in data.approaches]
    texts = [" ".join(hostile) for hostile, _ in inputs]
    hostile = build_hostile_model().fit(texts, y_int)
    model_columns = np.column_stack(
        [
            clip_logit(hostile_out_of_fold(texts, y_int)),
            clip_logit(fraud.decision_function([" ".join(f) for _, f in inputs])),
        ]
    )
    codes = list(REGISTRY)
    x = np.hstack([feature_matrix(data.approaches, settings, codes), model_columns])
    files = {
        HOSTILE_FILE: artefacts.dumps(for_storage(hostile)),
        FRAUD_FILE: artefacts.dumps(for_storage(fraud)),
    }
    scorer = fit_scorer(
        x,
        y,
        [*codes, HOSTILE_CODE, FRAUD_CODE],
        {
            "trained_on": len(data.approaches),
            "positives": int(y.sum()),
            "corpus_sha256": corpus_digest(data.approaches),
            "skipped": len(data.errors),
            "text_models": {name: artefacts.sha256(b) for name, b in sorted(files.items())},
        },
    )
    files[WEIGHTS_RESOURCE] = scorer.to_json().encode("utf-8")
    facts: dict[str, dict[str, Any]] = {
        FRAUD_FILE: {"trained_on": fraud_facts},
        HOSTILE_FILE: {
            "trained_on": {"cases": len(texts), "positives": int(y.sum()), "C": HOSTILE_C}
        },
        WEIGHTS_RESOURCE: {"model_version": scorer.model_version},
    }
    return TrainedModels(scorer, hostile, fraud, files, facts)


def fit_scorer(
    x: NDArray[np.float64], y: NDArray[np.float64], codes: list[str], metadata: dict[str, Any]
) -> Scorer:
    """The stacking logistic regression over ``x``'s columns (named by ``codes``)."""
    losses = {l2: cross_validated_loss(x, y, l2) for l2 in L2_GRID}
    best = min(L2_GRID, key=lambda l2: (round(losses[l2], 9), l2))
    intercept, weights = fit_logistic(x, y, best)
    fitted = Scorer(
        model_version="",
        intercept=intercept,
        weights={code: float(w) for code, w in zip(codes, weights, strict=True)},
        metadata={
            **metadata,
            "l2": best,
            "cv_log_loss": {str(k): round(v, 6) for k, v in losses.items()},
        },
    )
    # The version names what the scores depend on: the fitted numbers and the text models.
    return replace(fitted, model_version=f"countersight-{__version__}+{fitted.digest()[:10]}")


def write_models(trained: TrainedModels, folder: Path) -> None:
    artefacts.write_all(trained.files, folder, trained.facts)
