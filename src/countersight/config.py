"""Settings in one typed place, read from the environment with the ``COUNTERSIGHT_`` prefix."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from datetime import date

from countersight.errors import FatalError

PREFIX = "COUNTERSIGHT_"


def _float(name: str, default: float) -> float:
    raw = os.environ.get(PREFIX + name)
    if raw is None or raw == "":
        return default
    try:
        return float(raw)
    except ValueError:
        raise FatalError(f"{PREFIX}{name}: expected a number, got {raw!r}") from None


def _int(name: str, default: int) -> int:
    raw = os.environ.get(PREFIX + name)
    if raw is None or raw == "":
        return default
    try:
        return int(raw)
    except ValueError:
        raise FatalError(f"{PREFIX}{name}: expected a whole number, got {raw!r}") from None


@dataclass(frozen=True)
class Settings:
    """Every tunable of the screening core.

    ``band_medium`` and ``band_high`` are the score thresholds of the bands (contract 2:
    low < 0.3 <= medium < 0.7 <= high). ``max_text_chars`` caps one message's text,
    ``max_input_bytes`` one input file. ``today`` is the reference date for account ages when an
    approach carries no dated message (set ``COUNTERSIGHT_TODAY=YYYY-MM-DD`` for reproducible runs).
    """

    band_medium: float = 0.3
    band_high: float = 0.7
    max_text_chars: int = 100_000
    max_input_bytes: int = 64 * 1024 * 1024
    today: date = field(default_factory=date.today)

    @classmethod
    def from_env(cls) -> Settings:
        today_raw = os.environ.get(PREFIX + "TODAY")
        try:
            today = date.fromisoformat(today_raw) if today_raw else date.today()
        except ValueError:
            raise FatalError(f"{PREFIX}TODAY: expected YYYY-MM-DD, got {today_raw!r}") from None
        settings = cls(
            band_medium=_float("BAND_MEDIUM", 0.3),
            band_high=_float("BAND_HIGH", 0.7),
            max_text_chars=_int("MAX_TEXT_CHARS", 100_000),
            max_input_bytes=_int("MAX_INPUT_BYTES", 64 * 1024 * 1024),
            today=today,
        )
        if not 0.0 < settings.band_medium < settings.band_high < 1.0:
            raise FatalError(
                f"{PREFIX}BAND_MEDIUM and {PREFIX}BAND_HIGH must satisfy 0 < medium < high < 1"
            )
        return settings
