"""The one text-model recipe both models use, and how its verdict is traced back to words.

Hashed word and word-pair counts, sublinear TF-IDF and an L2 logistic regression. Hashing instead
of a vocabulary keeps a model file to a few arrays, which load in milliseconds (a vocabulary of a
few hundred thousand n-grams takes skops many seconds). 2**20 columns keep collisions among a few
hundred thousand n-grams rare.
"""

from __future__ import annotations

import copy
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import chain, pairwise
from typing import Any, cast

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


#: Attributes scikit-learn caches on a vectorizer when it is used (``_stop_words_id`` is a
#: Python object id): they change from run to run and are dropped before a model is written.
VOLATILE = ("_stop_words_id",)


def for_storage(model: Pipeline) -> Pipeline:
    """A copy of ``model`` without run-dependent caches, so that its file is reproducible."""
    model = copy.deepcopy(model)
    for step in model.named_steps.values():
        for name in VOLATILE:
            if name in vars(step):
                delattr(step, name)
    return model


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


#: How many n-gram -> column hashes are remembered (about 100 bytes each).
COLUMN_CACHE = 200_000
_COLUMNS: dict[int, dict[str, int]] = {}


def ngrams(words: list[str]) -> list[str]:
    """The recipe's analyzer applied to ``" ".join(words)`` when ``words`` are lowercase ``\\w+``
    runs: the words of two or more characters, then each adjacent pair (a test checks that this
    equals the vectorizer's own analyzer)."""
    unigrams = [w for w in words if len(w) > 1]
    # joined in C (a comprehension with an f-string runs Python code for every pair)
    return unigrams + list(map(" ".join, pairwise(unigrams)))


class LinearTextModel:
    """A fitted model of the recipe, applied to batches with per-term explanations.

    :meth:`read_words` gives exactly the pipeline's decision function (a test checks it), but hashes
    each distinct n-gram once and remembers its column, which also names the n-grams behind a
    verdict without hashing them again.
    """

    def __init__(self, pipeline: Pipeline, source: str) -> None:
        if not isinstance(pipeline, Pipeline) or tuple(pipeline.named_steps) != STEPS:
            raise FatalError(f"{source}: not a countersight text model")
        self.pipeline = pipeline
        hashing: HashingVectorizer = pipeline.named_steps["hash"]
        if hashing.get_params() != {**hashing.get_params(), **HASHING}:
            raise FatalError(f"{source}: hashing settings differ from this version's recipe")
        self.analyze = hashing.build_analyzer()
        self.n_features = int(hashing.n_features)
        self.hasher = FeatureHasher(
            n_features=hashing.n_features, input_type="string", alternate_sign=False
        )
        tfidf: TfidfTransformer = pipeline.named_steps["tfidf"]
        if not (tfidf.sublinear_tf and tfidf.use_idf and tfidf.norm == "l2"):
            raise FatalError(f"{source}: TF-IDF settings differ from this version's recipe")
        self.idf = np.asarray(tfidf.idf_, dtype=np.float64)
        clf: LogisticRegression = pipeline.named_steps["clf"]
        self.coef = np.asarray(clf.coef_[0], dtype=np.float64)
        self.intercept = float(clf.intercept_[0])
        # Both shipped models hash alike, so they share what has been hashed.
        self._column = _COLUMNS.setdefault(self.n_features, {})

    def logits(self, texts: Sequence[str]) -> NDArray[np.float64]:
        """The model's log-odds for each text (as the pipeline's decision function)."""
        return np.asarray(self.pipeline.decision_function(list(texts)), dtype=np.float64)

    def _columns_of(self, terms: list[str]) -> list[int]:
        """The hashed column of each n-gram of ``terms`` (one look-up each; the n-grams not seen
        before are hashed together in one call)."""
        column = self._column
        found: list[int | None] = list(map(column.get, terms))
        if None not in found:
            return cast(list[int], found)
        new = sorted({t for t, c in zip(terms, found, strict=True) if c is None})
        hashed = dict(
            zip(new, self.hasher.transform([[t] for t in new]).indices.tolist(), strict=True)
        )
        if len(column) + len(new) > COLUMN_CACHE:
            column.clear()
        column.update(hashed)
        return [hashed[t] if c is None else c for t, c in zip(terms, found, strict=True)]

    def read_words(self, word_lists: Sequence[list[str]], k: int = 3) -> list[Reading]:
        """Each text's log-odds and its ``k`` n-grams that pushed hardest in that direction, for
        texts already split into lowercase words (equal to the pipeline on the joined words)."""
        return self.read_terms([ngrams(w) for w in word_lists], k)

    def read_terms(self, term_lists: list[list[str]], k: int = 3) -> list[Reading]:
        """As :meth:`read_words`, given each text's n-grams.

        The TF-IDF weighting of the fitted transformer (sublinear counts, IDF, L2 norm) and the
        logistic regression's linear term are applied to the whole batch with NumPy directly:
        the estimators' own ``transform`` spends over a millisecond per call validating input.
        """
        n = len(term_lists)
        lengths = np.fromiter(map(len, term_lists), dtype=np.int64, count=n)
        columns_list = self._columns_of(list(chain.from_iterable(term_lists)))
        flat = np.array(columns_list, dtype=np.int64)
        keys, counts = np.unique(
            np.repeat(np.arange(n, dtype=np.int64), lengths) * self.n_features + flat,
            return_counts=True,
        )
        row_of, columns = np.divmod(keys, self.n_features)
        weights = (1.0 + np.log(counts)) * self.idf[columns]
        norms = np.sqrt(np.bincount(row_of, weights=weights * weights, minlength=n))
        weights /= np.where(norms > 0, norms, 1.0)[row_of]
        shares = weights * self.coef[columns]  # each n-gram's share of its text's logit
        z = np.bincount(row_of, weights=shares, minlength=n) + self.intercept
        # Each text's n-grams that push in the direction of its logit, strongest first (ties in
        # column order), for the whole batch at once: the first ``k`` of each text are its terms.
        mine = shares * np.where(z >= 0, 1.0, -1.0)[row_of]
        pushing = np.flatnonzero(mine > 0)
        by_share = pushing[np.argsort(-mine[pushing], kind="stable")]
        rows = row_of[by_share]
        # rows of a batch of fewer than 2**15 texts sort stably in linear time as int16
        order = by_share[np.argsort(rows.astype(np.int16) if n < 2**15 else rows, kind="stable")]
        rows = row_of[order]
        rank = np.arange(len(order)) - np.searchsorted(rows, rows)
        chosen = order[rank < k].tolist()
        chosen_rows = row_of[chosen].tolist()
        chosen_columns = columns[chosen].tolist()
        chosen_shares = shares[chosen].tolist()
        top: list[list[TermShare]] = [[] for _ in range(n)]
        starts = np.concatenate(([0], np.cumsum(lengths))).tolist()
        for row, col, share in zip(chosen_rows, chosen_columns, chosen_shares, strict=True):
            # the first n-gram of the text that hashed to this column names it
            at = columns_list.index(col, starts[row], starts[row + 1])
            top[row].append(TermShare(term_lists[row][at - starts[row]], share))
        readings = [Reading(logit, terms) for logit, terms in zip(z.tolist(), top, strict=True)]
        return readings
