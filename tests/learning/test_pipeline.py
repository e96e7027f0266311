"""The fast batch path gives exactly what the scikit-learn pipeline gives, and names its terms."""

from __future__ import annotations

from datetime import date

import numpy as np
import pytest

from countersight.config import Settings
from countersight.learning.approach_text import model_words
from countersight.learning.models import TextModels
from countersight.learning.pipeline import ngrams
from countersight.sources.approach_documents import read_all

from conftest import CORPUS, EXAMPLES

MODELS = TextModels.load()


@pytest.fixture(scope="module")
def word_lists() -> list[tuple[list[str], list[str]]]:
    docs = read_all([str(CORPUS), str(EXAMPLES)], Settings(today=date(2026, 11, 1)))
    lists = [model_words(d.approach) for d in docs if d.approach is not None]
    return [*lists, ([], []), (["x"], ["x"])]  # nothing to read, and a one-letter word


@pytest.mark.parametrize("which", [0, 1], ids=["hostile", "fraud"])
def test_read_words_equals_the_pipeline(
    word_lists: list[tuple[list[str], list[str]]], which: int
) -> None:
    model = (MODELS.hostile, MODELS.fraud)[which]
    lists = [w[which] for w in word_lists]
    fast = np.array([r.logit for r in model.read_words(lists)])
    reference = model.logits([" ".join(words) for words in lists])
    np.testing.assert_allclose(fast, reference, rtol=0, atol=1e-9)
    for words in lists:
        assert ngrams(words) == model.analyze(" ".join(words))


def test_one_at_a_time_equals_a_batch(word_lists: list[tuple[list[str], list[str]]]) -> None:
    lists = [w[0] for w in word_lists[:30]]
    batch = MODELS.hostile.read_words(lists)
    for words, together in zip(lists, batch, strict=True):
        assert MODELS.hostile.read_words([words]) == [together]


def test_the_named_terms_are_in_the_text_and_push_the_verdict_its_way(
    word_lists: list[tuple[list[str], list[str]]],
) -> None:
    for words, _ in word_lists[:100]:
        (reading,) = MODELS.hostile.read_words([words])
        grams = set(ngrams(words))
        for share in reading.terms:
            assert share.term in grams
            assert share.weight * reading.logit > 0
