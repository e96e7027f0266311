"""Screen one approach: run every indicator, score, explain."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from countersight.config import Settings
from countersight.domain import Approach, Assessment, Evidence, IndicatorHit
from countersight.domain.assessment import Band
from countersight.screening import indicators as _indicators  # noqa: F401  (registers them)
from countersight.screening.advice import advice_for
from countersight.screening.context import ScreeningContext
from countersight.screening.registry import REGISTRY
from countersight.screening.scorer import Scorer


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


@dataclass
class Screener:
    """The screening core with its scorer and settings loaded once."""

    settings: Settings = field(default_factory=Settings.from_env)
    scorer: Scorer = field(default_factory=Scorer.load)

    def screen(self, approach: Approach, fallback_id: str = "") -> Assessment:
        found = detect(approach, self.settings)
        score, contributions = self.scorer.score({code: 1.0 for code in found})
        hits = [
            IndicatorHit(
                code=code,
                title=REGISTRY[code].title,
                contribution=round(contributions[code], 6),
                evidence=" | ".join(ev.render() for ev in evidence),
                spans=evidence,
            )
            for code, evidence in found.items()
        ]
        hits.sort(key=lambda h: h.contribution, reverse=True)
        band = band_of(score, self.settings)
        return Assessment(
            id=approach.id or fallback_id,
            score=round(score, 6),
            band=band,
            indicators=hits,
            model_version=self.scorer.model_version,
            baseline=round(self.scorer.baseline, 6),
            advice=advice_for(band, found),
        )

    def screen_many(self, approaches: Iterable[Approach]) -> Iterator[Assessment]:
        for approach in approaches:
            yield self.screen(approach)


def screen(approach: Approach, settings: Settings | None = None) -> Assessment:
    """Screen one approach with the shipped scorer (convenience; reuse a :class:`Screener`)."""
    return Screener(settings=settings or Settings.from_env()).screen(approach)
