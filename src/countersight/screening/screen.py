"""Screen approaches: run every indicator and the text models, score, explain."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from itertools import islice

from countersight.config import Settings
from countersight.domain import Approach, Assessment, Evidence, IndicatorHit
from countersight.domain.assessment import Band
from countersight.learning.models import TITLES, TextModels, explain
from countersight.screening import indicators as _indicators  # noqa: F401  (registers them)
from countersight.screening.advice import advice_for
from countersight.screening.context import ScreeningContext
from countersight.screening.registry import REGISTRY
from countersight.screening.scorer import Scorer

#: Approaches screened together by :meth:`Screener.screen_many` (the text models score a batch
#: in one call, which is much faster than one approach at a time).
BATCH = 256


def detect(approach: Approach, settings: Settings) -> dict[str, list[Evidence]]:
    """Every registered indicator that fires on ``approach``, with its evidence."""
    ctx = ScreeningContext.build(approach, settings.today)
    found: dict[str, list[Evidence]] = {}
    for code, ind in REGISTRY.items():
        evidence = ind.fn(ctx)
        if evidence:
            found[code] = evidence
    return found


def band_of(score: float, settings: Settings) -> Band:
    if score >= settings.band_high:
        return "high"
    if score >= settings.band_medium:
        return "medium"
    return "low"


def _hit(code: str, title: str, contribution: float, evidence: list[Evidence]) -> IndicatorHit:
    return IndicatorHit(
        code=code,
        title=title,
        contribution=round(contribution, 6),
        evidence=" | ".join(ev.render() for ev in evidence),
        spans=evidence,
    )


@dataclass
class Screener:
    """The screening core with its scorer, text models and settings loaded once."""

    settings: Settings = field(default_factory=Settings.from_env)
    scorer: Scorer = field(default_factory=Scorer.load)
    text_models: TextModels = field(default_factory=TextModels.shipped)

    def screen(self, approach: Approach, fallback_id: str = "") -> Assessment:
        return self.screen_batch([approach], fallback_id)[0]

    def screen_batch(
        self, approaches: Sequence[Approach], fallback_id: str = ""
    ) -> list[Assessment]:
        """Assess ``approaches`` together (same results as one at a time, faster)."""
        return list(self._assess(approaches, fallback_id))

    def _assess(
        self, approaches: Sequence[Approach], fallback_id: str = ""
    ) -> Iterator[Assessment]:
        """Assess ``approaches``, the text models applied to all of them at once, each assessment
        handed on as soon as it is made (what is not kept dies young, which spares the garbage
        collector full collections)."""
        verdicts = self.text_models.features(approaches)
        for approach, models in zip(approaches, verdicts, strict=True):
            found = detect(approach, self.settings)
            features = {code: 1.0 for code in found}
            features.update({code: v.value for code, v in models.items()})
            score, contributions = self.scorer.score(features)
            hits = [
                _hit(code, REGISTRY[code].title, contributions[code], evidence)
                for code, evidence in found.items()
            ]
            hits += [
                _hit(code, TITLES[code], contributions[code], explain(approach, v))
                for code, v in models.items()
            ]
            hits.sort(key=lambda h: h.contribution, reverse=True)
            band = band_of(score, self.settings)
            yield Assessment(
                id=approach.id or fallback_id,
                score=round(score, 6),
                band=band,
                indicators=hits,
                model_version=self.scorer.model_version,
                baseline=round(self.scorer.baseline, 6),
                advice=advice_for(band, found),
            )

    def screen_many(self, approaches: Iterable[Approach]) -> Iterator[Assessment]:
        it = iter(approaches)
        while batch := list(islice(it, BATCH)):
            yield from self._assess(batch)


def screen(approach: Approach, settings: Settings | None = None) -> Assessment:
    """Screen one approach with the shipped models (convenience; reuse a :class:`Screener`)."""
    return Screener(settings=settings or Settings.from_env()).screen(approach)
