"""The sender's career as the profile states it: dated positions and education on one timeline.

Profile dates are partial (``2016``, ``2016-05``, ``2016-05-01``). A start is read as the first day
it can mean and an end as the last, so that every computed length, age or gap is the most generous
reading of the profile: an indicator that fires on it fires whatever the missing precision was.
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date
from typing import Literal, NamedTuple

from countersight.domain import Approach
from countersight.domain.approach import partial_date_start
from countersight.screening.memo import cached


def partial_date_end(value: str | None) -> date | None:
    """The last day a partial date can mean (``2016`` -> 2016-12-31, ``2016-05`` -> 2016-05-31)."""
    return partial_date_bounds(value)[1]


def partial_date_bounds(value: str | None) -> tuple[date | None, date | None]:
    """The first and the last day a partial date can mean (both None when it is not given)."""
    if value is None:
        return None, None
    # A validated partial date (PartialDate) of four or seven characters is YYYY or YYYY-MM: read
    # by position, which is quicker than the pattern partial_date_start matches.
    if len(value) == 4:
        year = int(value)
        return date(year, 1, 1), date(year, 12, 31)
    if len(value) == 7:
        year, month = int(value[:4]), int(value[5:])
        return date(year, month, 1), date(year, month, calendar.monthrange(year, month)[1])
    first = partial_date_start(value)
    return first, first


def months_between(earlier: date, later: date) -> int:
    """Whole calendar months from ``earlier`` to ``later`` (negative if ``later`` is earlier)."""
    months = (later.year - earlier.year) * 12 + later.month - earlier.month
    return months - 1 if later.day < earlier.day else months


class Entry(NamedTuple):
    """One position or education entry, with the dates read generously.

    ``path`` is where the profile holds it (``sender.experience[2]``). ``first_start`` is the
    earliest day the start can mean, ``last_start`` the latest; likewise ``first_end`` and
    ``last_end`` for the end (None: ongoing or not given). A named tuple: immutable, and quicker
    to make than a frozen dataclass (a profile has several, and every approach has a profile).
    """

    kind: Literal["position", "education"]
    path: str
    title: str
    organisation: str
    start_text: str | None
    end_text: str | None
    first_start: date | None
    last_start: date | None
    first_end: date | None
    last_end: date | None

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
        bounds: dict[str | None, tuple[date | None, date | None]] = {None: (None, None)}

        def entry(
            kind: Literal["position", "education"],
            path: str,
            title: str | None,
            organisation: str | None,
            start: str | None,
            end: str | None,
        ) -> Entry:
            # A profile repeats its dates (one entry ends as the next starts): read each once.
            for value in (start, end):
                if value not in bounds:
                    bounds[value] = partial_date_bounds(value)
            first_start, last_start = bounds[start]
            first_end, last_end = bounds[end]
            return Entry(
                kind=kind,
                path=path,
                title=(title or "").strip(),
                organisation=(organisation or "").strip(),
                start_text=start,
                end_text=end,
                first_start=first_start,
                last_start=last_start,
                first_end=first_end,
                last_end=last_end,
            )

        positions = tuple(
            entry("position", f"sender.experience[{i}]", p.title, p.organisation, p.start, p.end)
            for i, p in enumerate(sender.experience)
        )
        education = tuple(
            entry("education", f"sender.education[{i}]", e.degree, e.institution, e.start, e.end)
            for i, e in enumerate(sender.education)
        )
        return cls(positions=positions, education=education)

    @cached
    def entries(self) -> tuple[Entry, ...]:
        return self.positions + self.education

    def current(self) -> tuple[Entry, ...]:
        """The ongoing positions; if none is marked ongoing, the latest-starting one."""
        return self._current

    @cached
    def _current(self) -> tuple[Entry, ...]:
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
