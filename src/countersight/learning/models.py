"""The shipped text models, loaded once and applied to approaches in batches.

Each model gives the scorer one named feature, its log-odds clipped to ``±LOGIT_CAP``, so that
its share of a score is a contribution like any indicator's: positive when the wording reads like
its positive class, negative when it reads like genuine recruitment. Its evidence quotes the words
of the input that moved it most.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import numpy as np
from numpy.typing import NDArray

from countersight.domain import Approach, Evidence
from countersight.learning import artefacts
from countersight.learning.approach_text import model_words, quote_terms
from countersight.learning.pipeline import LinearTextModel, TermShare

HOSTILE_FILE = "approach_hostile.skops"
FRAUD_FILE = "emscad_fraud.skops"
HOSTILE_CODE = "model.hostile_text"
FRAUD_CODE = "model.fraud_text"
TITLES = {
    HOSTILE_CODE: "Wording resembles known hostile approaches (learned text model)",
    FRAUD_CODE: "Wording resembles fraudulent job adverts (EMSCAD text model)",
}
#: What each model feature is, for the indicator reference.
DESCRIPTIONS = {
    HOSTILE_CODE: "The log-odds of a TF-IDF + logistic regression text model trained on the "
    "labelled approach corpus, reading the sender's headline, about text and inbound messages "
    "with names, places and nationality words removed. Its value is continuous: negative when "
    "the wording reads like genuine recruitment, so its contribution can lower the score. The "
    "evidence quotes the words that moved it most.",
    FRAUD_CODE: "The log-odds of a TF-IDF + logistic regression text model trained on EMSCAD "
    "job adverts (866 fraudulent, 1,000 legitimate), reading the same words prepared as its "
    "training text was (lowercase, no punctuation or stop words).",
}
LOGIT_CAP = 6.0


def clip_logit(z: NDArray[np.float64]) -> NDArray[np.float64]:
    return np.clip(z, -LOGIT_CAP, LOGIT_CAP)


@dataclass(frozen=True)
class Verdict:
    """One model's feature value for one approach and the terms behind it."""

    value: float
    probability: float
    terms: list[TermShare]


class TextModels:
    """Both shipped text models, checked against the manifest and loaded without unpickling."""

    def __init__(self, hostile: LinearTextModel, fraud: LinearTextModel) -> None:
        self.hostile = hostile
        self.fraud = fraud

    @classmethod
    def load(cls, folder: Path | None = None) -> TextModels:
        folder = folder or artefacts.SHIPPED
        return cls(
            LinearTextModel(artefacts.load(folder, HOSTILE_FILE), str(folder / HOSTILE_FILE)),
            LinearTextModel(artefacts.load(folder, FRAUD_FILE), str(folder / FRAUD_FILE)),
        )

    @staticmethod
    def shipped() -> TextModels:
        """The shipped models, loaded once per process (they are read-only)."""
        return _shipped()

    def features(self, approaches: Sequence[Approach]) -> list[dict[str, Verdict]]:
        """Each approach's two model verdicts, computed for the whole batch at once."""
        inputs = [model_words(a) for a in approaches]
        hostile = self.hostile.read_words([h for h, _ in inputs])
        fraud = self.fraud.read_words([f for _, f in inputs])
        return [
            {HOSTILE_CODE: _verdict(h.logit, h.terms), FRAUD_CODE: _verdict(f.logit, f.terms)}
            for h, f in zip(hostile, fraud, strict=True)
        ]


@cache
def _shipped() -> TextModels:
    return TextModels.load()


def _verdict(z: float, terms: list[TermShare]) -> Verdict:
    value = min(max(z, -LOGIT_CAP), LOGIT_CAP)  # clip_logit of one value, without NumPy
    return Verdict(value, 1.0 / (1.0 + math.exp(-value)), terms)


def explain(approach: Approach, verdict: Verdict) -> list[Evidence]:
    """The verdict as evidence: the model's probability and the input words that moved it."""
    reading = "like" if verdict.value >= 0 else "unlike"
    summary = Evidence(
        field="model",
        quote=f"probability {verdict.probability:.2f}",
        note=f"the sender's words read {reading} this class",
    )
    return [summary, *quote_terms(approach, verdict.terms)]
