"""What an indicator sees of one approach: its text fields, ready to match, with caching.

Only the sender's own words (inbound messages) and the profile's descriptive fields are exposed as
text. The sender's ``name`` and ``location`` are deliberately not offered here: no indicator may
use them (fairness rule, CONTRACTS.md section 2).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Hashable, Iterable, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field
from datetime import date
from typing import Protocol

from countersight.domain import Approach, Evidence
from countersight.screening.memo import cached
from countersight.screening.prefilter import Gate
from countersight.screening.text import TextField, text_field, together

__all__ = ["Match", "Matcher", "ScreeningContext", "TextField", "evidence_of"]

# A sentence end (".", "!" or "?" then white space and a capital or a digit) or a blank line.
_BOUNDARY = re.compile(r"[.!?][\"')\]]*\s+(?=[A-Z0-9])|\n\s*\n")


class Matcher(Hashable, Protocol):
    """Anything that finds spans in a text field: a :class:`~.lexicon.Concept`, a
    :class:`~.vocabulary.Vocabulary`, a :class:`~.gating.Gated` vocabulary. ``gate`` is its
    pre-filter (:mod:`.prefilter`), ``None`` if it has none; :meth:`spans` checks it per field."""

    @property
    def name(self) -> str: ...

    @property
    def gate(self) -> Gate | None: ...

    def spans(self, field: TextField) -> Sequence[tuple[int, int]]:
        """The matches in the field, if its keys pass the gate."""
        ...

    def matches(self, field: TextField) -> Sequence[tuple[int, int]]:
        """The matches in the field, the gate not checked."""
        ...


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


@dataclass(eq=False)
class ScreeningContext:
    """One approach prepared for the indicators.

    ``messages`` are the inbound messages; ``profile`` the sender's headline, organisation, about
    and experience titles and organisations (each prepared on first use). ``reference_date`` is
    when the approach was seen. :meth:`find` results are cached for the life of the context, and
    ``memo`` holds what other modules derive from it.
    """

    approach: Approach
    reference_date: date
    _cache: dict[tuple[Matcher, str], list[Match]] = field(default_factory=dict, init=False)
    _keys: dict[str, tuple[AbstractSet[str], str] | None] = field(default_factory=dict, init=False)
    #: What other modules derive from the context, by a key of theirs (lives as long as it does).
    memo: dict[str, object] = field(default_factory=dict, init=False, repr=False)

    @cached
    def messages(self) -> list[TextField]:
        return [text_field(f"messages[{i}].text", m.text) for i, m in self.approach.inbound()]

    @cached
    def profile(self) -> list[TextField]:
        sender = self.approach.sender
        profile = [
            ("sender.headline", sender.headline),
            ("sender.organisation", sender.organisation),
            ("sender.about", sender.about),
        ]
        for i, job in enumerate(sender.experience):
            profile.append((f"sender.experience[{i}].title", job.title))
            profile.append((f"sender.experience[{i}].organisation", job.organisation))
        return [text_field(p, t) for p, t in profile if t]

    @classmethod
    def build(cls, approach: Approach, today: date) -> ScreeningContext:
        return cls(approach=approach, reference_date=approach.reference_date(today))

    def find(self, concept: Matcher, where: str = "messages") -> list[Match]:
        """Every match of ``concept`` in the messages (``where="messages"``) or the profile.

        The concept's pre-filter is checked once against the keys of all the fields together
        (its first clauses only, :meth:`Gate.opens`), then in full against each field's
        (:meth:`Matcher.spans`). With one field, only the second: it implies the first."""
        key = (concept, where)
        cached = self._cache.get(key)
        if cached is not None:
            return cached
        fields = self.messages if where == "messages" else self.profile
        if len(fields) > 1:
            gate = concept.gate
            if gate is not None:
                keys = self._keys[where] if where in self._keys else self._keys_of(where)
                if keys is not None and not gate.opens(keys[0], keys[1]):
                    fields = []
        spans = concept.spans
        cached = [Match(f, s, e) for f in fields for s, e in spans(f)]
        self._cache[key] = cached
        return cached

    def _keys_of(self, where: str) -> tuple[AbstractSet[str], str] | None:
        """The keys of the messages (or the profile) together (:func:`.text.together`)."""
        if where not in self._keys:
            self._keys[where] = together(self.messages if where == "messages" else self.profile)
        return self._keys[where]

    def near(
        self, a: Matcher, b: Matcher, window: int = 120, where: str = "messages"
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
