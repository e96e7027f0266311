"""What an indicator sees of one approach: its text fields, ready to match, with caching.

Only the sender's own words (inbound messages) and the profile's descriptive fields are exposed as
text. The sender's ``name`` and ``location`` are deliberately not offered here: no indicator may
use them (fairness rule, CONTRACTS.md section 2).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date

from countersight.domain import Approach, Evidence
from countersight.screening.lexicon import Concept

# Same-length replacements so that offsets into the matched text are offsets into the input.
_FOLD = str.maketrans(
    {
        "\u2018": "'",
        "\u2019": "'",
        "\u201b": "'",
        "\u02bc": "'",
        "\u201c": '"',
        "\u201d": '"',
        "\u201e": '"',
        "\u00a0": " ",
        "\u2007": " ",
        "\u202f": " ",
        "\u2009": " ",
        "\u2010": "-",
        "\u2011": "-",
        "\u2012": "-",
        "\u2013": "-",
        "\u2014": "-",
    }
)


# A sentence end (".", "!" or "?" then white space and a capital or a digit) or a blank line.
_BOUNDARY = re.compile(r"[.!?][\"')\]]*\s+(?=[A-Z0-9])|\n\s*\n")


@dataclass(frozen=True)
class TextField:
    """One text field: its path, the original text, the folded text to match on, and lower case.

    ``folded`` has the same length as ``text`` (curly quotes, odd spaces and dashes made plain), so
    offsets into it are offsets into the input.
    """

    path: str
    text: str
    folded: str
    lowered: str


@dataclass(frozen=True)
class Match:
    """A concept found in a text field."""

    field: TextField
    start: int
    end: int

    def evidence(self, note: str | None = None) -> Evidence:
        return Evidence(
            field=self.field.path,
            quote=self.field.text[self.start : self.end],
            start=self.start,
            end=self.end,
            note=note,
        )


def _field(path: str, text: str) -> TextField:
    folded = text.translate(_FOLD)
    return TextField(path=path, text=text, folded=folded, lowered=folded.lower())


@dataclass
class ScreeningContext:
    """One approach prepared for the indicators.

    ``messages`` are the inbound messages; ``profile`` the sender's headline, organisation, about
    and experience titles and organisations. ``reference_date`` is when the approach was seen.
    """

    approach: Approach
    reference_date: date
    messages: list[TextField] = field(init=False)
    profile: list[TextField] = field(init=False)
    _cache: dict[tuple[Concept, str], list[Match]] = field(default_factory=dict, init=False)

    def __post_init__(self) -> None:
        self.messages = [_field(f"messages[{i}].text", m.text) for i, m in self.approach.inbound()]
        sender = self.approach.sender
        profile = [
            ("sender.headline", sender.headline),
            ("sender.organisation", sender.organisation),
            ("sender.about", sender.about),
        ]
        for i, job in enumerate(sender.experience):
            profile.append((f"sender.experience[{i}].title", job.title))
            profile.append((f"sender.experience[{i}].organisation", job.organisation))
        self.profile = [_field(p, t) for p, t in profile if t]

    @classmethod
    def build(cls, approach: Approach, today: date) -> ScreeningContext:
        return cls(approach=approach, reference_date=approach.reference_date(today))

    def find(self, concept: Concept, where: str = "messages") -> list[Match]:
        """Every match of ``concept`` in the messages (``where="messages"``) or the profile."""
        key = (concept, where)
        cached = self._cache.get(key)
        if cached is None:
            fields = self.messages if where == "messages" else self.profile
            cached = [
                Match(f, m.start(), m.end())
                for f in fields
                if concept.may_occur_in(f.lowered)
                for m in concept.pattern.finditer(f.folded)
            ]
            self._cache[key] = cached
        return cached

    def near(
        self, a: Concept, b: Concept, window: int = 120, where: str = "messages"
    ) -> list[Match]:
        """Stretches where ``a`` and ``b`` occur within ``window`` characters in one sentence.

        Each match of ``a`` is paired with its nearest match of ``b`` in the same field; the
        stretch runs from the first to the last character of the pair, so the evidence quotes both
        ("pay you GBP 3,000 for a short report"). A sentence end or paragraph break between them
        ends a stretch. Linear in the number of matches (bisect over sorted starts).
        """
        b_matches = self.find(b, where)
        if not b_matches:
            return []
        by_field: dict[str, list[Match]] = {}
        for mb in b_matches:
            by_field.setdefault(mb.field.path, []).append(mb)
        found: list[Match] = []
        seen: set[tuple[str, int]] = set()
        for ma in self.find(a, where):
            candidates = by_field.get(ma.field.path)
            if not candidates:
                continue
            starts = [m.start for m in candidates]
            i = bisect.bisect_left(starts, ma.start)
            best: tuple[int, int] | None = None
            for mb in candidates[max(0, i - 2) : i + 2]:
                lo, hi = min(ma.start, mb.start), max(ma.end, mb.end)
                gap = max(mb.start - ma.end, ma.start - mb.end, 0)
                if gap > window or _BOUNDARY.search(ma.field.folded, lo, hi) is not None:
                    continue
                if best is None or hi - lo < best[1] - best[0]:
                    best = (lo, hi)
            if best is None or (ma.field.path, best[0]) in seen:
                continue
            seen.add((ma.field.path, best[0]))
            found.append(Match(ma.field, best[0], best[1]))
        return found


def evidence_of(
    matches: Iterable[Match], note: str | None = None, limit: int = 3
) -> list[Evidence]:
    """Evidence for up to ``limit`` matches, one per distinct quote."""
    out: list[Evidence] = []
    quotes: set[str] = set()
    for match in matches:
        ev = match.evidence(note)
        if ev.quote.lower() in quotes:
            continue
        quotes.add(ev.quote.lower())
        out.append(ev)
        if len(out) >= limit:
            break
    return out
