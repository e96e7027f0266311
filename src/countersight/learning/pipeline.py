"""The one text-model recipe both models use, and how its verdict is traced back to words.

Hashed word and word-pair counts, sublinear TF-IDF and an L2 logistic regression. Hashing instead
of a vocabulary keeps a model file to a few arrays, which load in milliseconds (a vocabulary of a
few hundred thousand n-grams takes skops many seconds). 2**20 columns keep collisions among a few
hundred thousand n-grams rare.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np
from numpy.typing import NDArray
from sklearn.feature_extraction import FeatureHasher
from sklearn.feature_extraction.text import HashingVectorizer, TfidfTransformer
from sklearn.linear_model import LogisticRegression
from sklearn.pipeline import Pipeline

from countersight.errors import FatalError

HASHING: dict[str, Any] = {
    "ngram_range": (1, 2),
    "n_features": 2**20,
    "alternate_sign": False,
    "norm": None,
    "dtype": np.float64,
}
STEPS = ("hash", "tfidf", "clf")


def hashed_tfidf_lr(c: float) -> Pipeline:
    """An unfitted model of the recipe with inverse regularisation strength ``c``."""
    return Pipeline(
        [
            ("hash", HashingVectorizer(**HASHING)),
            ("tfidf", TfidfTransformer(sublinear_tf=True)),
            ("clf", LogisticRegression(C=c, max_iter=5000)),
        ]
    )


@dataclass(frozen=True)
class TermShare:
    """One n-gram of the input and its share of the model's logit."""

    term: str
    weight: float


@dataclass(frozen=True)
class Reading:
    """A model's log-odds for one text and the n-grams that moved it most."""

    logit: float
    terms: list[TermShare]


class LinearTextModel:
    """A fitted model of the recipe, applied to batches with per-term explanations."""

    def __init__(self, pipeline: Pipeline, source: str) -> None:
        if not isinstance(pipeline, Pipeline) or tuple(pipeline.named_steps) != STEPS:
            raise FatalError(f"{source}: not a countersight text model")
        self.pipeline = pipeline
        hashing: HashingVectorizer = pipeline.named_steps["hash"]
        self.analyze = hashing.build_analyzer()
        self.hasher = FeatureHasher(
            n_features=hashing.n_features, input_type="string", alternate_sign=False
        )
        self.tfidf: TfidfTransformer = pipeline.named_steps["tfidf"]
        clf: LogisticRegression = pipeline.named_steps["clf"]
        self.coef = np.asarray(clf.coef_[0], dtype=np.float64)
        self.intercept = float(clf.intercept_[0])

    def logits(self, texts: Sequence[str]) -> NDArray[np.float64]:
        """The model's log-odds for each text (as the pipeline's decision function)."""
        return np.asarray(self.pipeline.decision_function(list(texts)), dtype=np.float64)

    def read(self, texts: Sequence[str], k: int = 3) -> list[Reading]:
        """Each text's log-odds and its ``k`` n-grams that pushed hardest in that direction."""
        term_lists = [self.analyze(t) for t in texts]
        rows = self.tfidf.transform(self.hasher.transform(term_lists)).tocsr()
        z = np.asarray(rows @ self.coef, dtype=np.float64) + self.intercept
        readings = []
        for i, terms in enumerate(term_lists):
            lo, hi = rows.indptr[i], rows.indptr[i + 1]
            shares = dict(
                zip(
                    rows.indices[lo:hi].tolist(),
                    (rows.data[lo:hi] * self.coef[rows.indices[lo:hi]]).tolist(),
                    strict=True,
                )
            )
            sign = 1.0 if z[i] >= 0 else -1.0
            unique = list(dict.fromkeys(terms))
            columns = self.hasher.transform([[t] for t in unique]).indices if unique else []
            ranked = sorted(
                (
                    (shares.get(int(col), 0.0), term)
                    for term, col in zip(unique, columns, strict=True)
                ),
                key=lambda st: -st[0] * sign,
            )
            readings.append(
                Reading(
                    float(z[i]),
                    [TermShare(term, share) for share, term in ranked[:k] if share * sign > 0],
                )
            )
        return readings
