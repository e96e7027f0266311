"""The sender's career as the profile states it: dated positions and education on one timeline.

Profile dates are partial (``2016``, ``2016-05``, ``2016-05-01``). A start is read as the first day
it can mean and an end as the last, so that every computed length, age or gap is the most generous
reading of the profile: an indicator that fires on it fires whatever the missing precision was.
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date
from typing import Literal

from countersight.domain import Approach
from countersight.domain.approach import partial_date_start


def partial_date_end(value: str | None) -> date | None:
    """The last day a partial date can mean (``2016`` -> 2016-12-31, ``2016-05`` -> 2016-05-31)."""
    first = partial_date_start(value)
    if first is None or value is None:
        return None
    if len(value) == 4:
        return date(first.year, 12, 31)
    if len(value) == 7:
        return date(first.year, first.month, calendar.monthrange(first.year, first.month)[1])
    return first


def months_between(earlier: date, later: date) -> int:
    """Whole calendar months from ``earlier`` to ``later`` (negative if ``later`` is earlier)."""
    months = (later.year - earlier.year) * 12 + later.month - earlier.month
    return months - 1 if later.day < earlier.day else months


@dataclass(frozen=True)
class Entry:
    """One position or education entry, with the dates read generously.

    ``first_start`` is the earliest day the start can mean, ``last_start`` the latest; likewise
    ``first_end`` and ``last_end`` for the end (None: ongoing or not given).
    """

    kind: Literal["position", "education"]
    index: int
    title: str
    organisation: str
    start_text: str | None
    end_text: str | None
    first_start: date | None
    last_start: date | None
    first_end: date | None
    last_end: date | None

    @property
    def path(self) -> str:
        return f"sender.{'experience' if self.kind == 'position' else 'education'}[{self.index}]"

    @property
    def ongoing(self) -> bool:
        return self.kind == "position" and self.end_text is None

    def describe(self) -> str:
        """The entry as the profile shows it: ``Headhunter, RiseHR, 2016-05 to present``."""
        what = ", ".join(p for p in (self.title, self.organisation) if p) or "(untitled)"
        if self.start_text is None and self.end_text is None:
            return what
        end = self.end_text or ("present" if self.kind == "position" else "?")
        return f"{what}, {self.start_text or '?'} to {end}"


@dataclass(frozen=True)
class Career:
    """Every position and education entry of the profile."""

    positions: tuple[Entry, ...]
    education: tuple[Entry, ...]

    @classmethod
    def of(cls, approach: Approach) -> Career:
        sender = approach.sender
        positions = tuple(
            Entry(
                kind="position",
                index=i,
                title=(job.title or "").strip(),
                organisation=(job.organisation or "").strip(),
                start_text=job.start,
                end_text=job.end,
                first_start=partial_date_start(job.start),
                last_start=partial_date_end(job.start),
                first_end=partial_date_start(job.end),
                last_end=partial_date_end(job.end),
            )
            for i, job in enumerate(sender.experience)
        )
        education = tuple(
            Entry(
                kind="education",
                index=i,
                title=(school.degree or "").strip(),
                organisation=(school.institution or "").strip(),
                start_text=school.start,
                end_text=school.end,
                first_start=partial_date_start(school.start),
                last_start=partial_date_end(school.start),
                first_end=partial_date_start(school.end),
                last_end=partial_date_end(school.end),
            )
            for i, school in enumerate(sender.education)
        )
        return cls(positions=positions, education=education)

    @property
    def entries(self) -> tuple[Entry, ...]:
        return self.positions + self.education

    def current(self) -> tuple[Entry, ...]:
        """The ongoing positions; if none is marked ongoing, the latest-starting one."""
        ongoing = tuple(p for p in self.positions if p.ongoing)
        if ongoing or not self.positions:
            return ongoing
        dated = [p for p in self.positions if p.first_start is not None]
        return (max(dated, key=lambda p: p.first_start or date.min),) if dated else ()

    def earliest_trace(self) -> date | None:
        """The earliest day anything on the profile can have begun."""
        days = [e.first_start for e in self.entries if e.first_start is not None]
        days += [e.first_end for e in self.education if e.first_end is not None]
        return min(days) if days else None


_last: tuple[Approach, Career] | None = None


def career_of(approach: Approach) -> Career:
    """``Career.of(approach)``, remembered for the last approach (several indicators ask)."""
    global _last
    last = _last
    if last is not None and last[0] is approach:
        return last[1]
    career = Career.of(approach)
    _last = (approach, career)
    return career
