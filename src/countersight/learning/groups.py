"""Group-aware evaluation: exact and near duplicates always fall on the same side of a split.

Fraudulent adverts and hostile approaches are sent in bulk from templates, so a random split
puts copies of one template on both sides and flatters any model. Texts are grouped by the
connected components of "cosine similarity of their word TF-IDF vectors >= threshold".
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

import numpy as np
from numpy.typing import NDArray
from scipy.sparse.csgraph import connected_components
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.model_selection import StratifiedGroupKFold

#: Similarity at or above which two texts count as near duplicates.
NEAR_DUPLICATE = 0.9


def exact_groups(texts: Sequence[str]) -> NDArray[np.int64]:
    """One group per distinct text (whitespace-normalised)."""
    _, groups = np.unique([" ".join(t.split()) for t in texts], return_inverse=True)
    return np.asarray(groups, dtype=np.int64)


def near_duplicate_groups(
    texts: Sequence[str], threshold: float = NEAR_DUPLICATE
) -> NDArray[np.int64]:
    """Connected components of the "cosine >= threshold" graph over the texts."""
    vectors = TfidfVectorizer(sublinear_tf=True).fit_transform(texts)
    similar = vectors @ vectors.T
    similar.data[similar.data < threshold - 1e-9] = 0.0
    similar.eliminate_zeros()
    _, groups = connected_components(similar, directed=False)
    return np.asarray(groups, dtype=np.int64)


def group_folds(
    y: NDArray[np.int64], groups: NDArray[np.int64], k: int, seed: int
) -> list[tuple[NDArray[np.int64], NDArray[np.int64]]]:
    """Stratified folds that never split a group."""
    splitter = StratifiedGroupKFold(n_splits=k, shuffle=True, random_state=seed)
    placeholder = np.zeros(len(y))
    return [(tr, te) for tr, te in splitter.split(placeholder, y, groups)]


def out_of_fold(
    fit_predict: Callable[[list[str], NDArray[np.int64], list[str]], NDArray[np.float64]],
    texts: Sequence[str],
    y: NDArray[np.int64],
    groups: NDArray[np.int64],
    k: int = 5,
    seed: int = 0,
) -> NDArray[np.float64]:
    """Each text's score from a model that never saw its group."""
    scores = np.zeros(len(texts))
    for train, test in group_folds(y, groups, k, seed):
        scores[test] = fit_predict([texts[i] for i in train], y[train], [texts[i] for i in test])
    return scores
