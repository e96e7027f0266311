"""The interpretable scorer: a logistic model over indicator features.

``logit(score) = intercept + sum(weight[code] * x[code])`` with ``x`` 1 where the indicator fired.
Weights are fitted on labelled cases (:mod:`countersight.screening.training`), never set by hand,
and constrained to be non-negative so that a red flag can only raise the score.

Contributions are given in probability units and add up exactly: ``baseline + sum(contributions)
== score``, where ``baseline`` is the score of an approach on which nothing fires. Each indicator's
share is its logit term times the mean slope of the logistic curve between the baseline and the
score (the integrated-gradients attribution of a logistic model), so shares keep the sign and the
proportions of the logit terms.
"""

from __future__ import annotations

import hashlib
import json
import math
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from countersight.errors import FatalError
from countersight.learning import artefacts

WEIGHTS_RESOURCE = "scorer.json"


def sigmoid(x: float) -> float:
    if x >= 0:
        return 1.0 / (1.0 + math.exp(-x))
    z = math.exp(x)
    return z / (1.0 + z)


@dataclass(frozen=True)
class Scorer:
    """Fitted weights, the intercept and the version string that goes into every assessment."""

    model_version: str
    intercept: float
    weights: Mapping[str, float]
    metadata: Mapping[str, Any]

    @property
    def baseline(self) -> float:
        return sigmoid(self.intercept)

    def score(self, fired: Mapping[str, float]) -> tuple[float, dict[str, float]]:
        """The score and each fired feature's contribution (probability units)."""
        terms = {code: self.weights.get(code, 0.0) * x for code, x in fired.items()}
        total = sum(terms.values())
        base = self.baseline
        score = sigmoid(self.intercept + total)
        slope = base * (1.0 - base) if abs(total) < 1e-12 else (score - base) / total
        return score, {code: term * slope for code, term in terms.items()}

    def to_json(self) -> str:
        body = {
            "model_version": self.model_version,
            "intercept": round(self.intercept, 6),
            "weights": {k: round(v, 6) for k, v in sorted(self.weights.items())},
            "metadata": self.metadata,
        }
        return json.dumps(body, indent=2, sort_keys=True) + "\n"

    @classmethod
    def from_json(cls, text: str, source: str) -> Scorer:
        try:
            body = json.loads(text)
            weights = {str(k): float(v) for k, v in body["weights"].items()}
            return cls(
                model_version=str(body["model_version"]),
                intercept=float(body["intercept"]),
                weights=weights,
                metadata=dict(body.get("metadata", {})),
            )
        except (ValueError, KeyError, TypeError, AttributeError) as exc:
            raise FatalError(f"{source}: not a countersight scorer file ({exc})") from None

    @classmethod
    def load(cls, path: Path | None = None) -> Scorer:
        """The shipped scorer, or the one at ``path``."""
        if path is not None:
            try:
                return cls.from_json(path.read_text(encoding="utf-8"), str(path))
            except OSError as exc:
                raise FatalError(f"{path}: cannot read the scorer file ({exc.strerror})") from None
        data = artefacts.read_verified(artefacts.SHIPPED, WEIGHTS_RESOURCE)
        return cls.from_json(data.decode("utf-8"), str(artefacts.SHIPPED / WEIGHTS_RESOURCE))

    def digest(self) -> str:
        return hashlib.sha256(self.to_json().encode()).hexdigest()
