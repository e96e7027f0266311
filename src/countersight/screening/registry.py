"""The indicator registry: one small, typed, documented function per indicator.

Adding an indicator is adding one function with the :func:`indicator` decorator (its docstring is
its documentation) and one test. The registry is ordered by registration.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from countersight.domain import Evidence
from countersight.screening.context import ScreeningContext

IndicatorFn = Callable[[ScreeningContext], list[Evidence]]


@dataclass(frozen=True)
class Indicator:
    """A registered indicator: its contract code, a short title, its documentation and function."""

    code: str
    title: str
    description: str
    fn: IndicatorFn


REGISTRY: dict[str, Indicator] = {}


def indicator(code: str, title: str) -> Callable[[IndicatorFn], IndicatorFn]:
    """Register ``fn`` as the indicator ``code``; it returns the evidence it found (empty: no)."""

    def register(fn: IndicatorFn) -> IndicatorFn:
        if code in REGISTRY:
            raise ValueError(f"indicator {code} registered twice")
        doc = " ".join((fn.__doc__ or "").split())
        REGISTRY[code] = Indicator(code=code, title=title, description=doc, fn=fn)
        return fn

    return register
