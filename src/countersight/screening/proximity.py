"""Vocabulary matches in the inbound messages, and how near they are to one another.

The matching of the money and travel indicators (:mod:`.indicators.message_pay`,
:mod:`.indicators.message_payment`, :mod:`.indicators.message_travel`): a cheap substring check
that spares a pattern pass over messages that cannot match, the matches of a vocabulary, a
concept that tells capitals apart, and the matches within a few characters of others. Matches are
indexed by message and start, so that proximity tests stay linear on long adversarial messages
full of matches.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Sequence
from functools import lru_cache

from countersight.screening.context import Match, ScreeningContext, TextField
from countersight.screening.lexicon import Concept
from countersight.screening.vocabulary import Vocabulary
from countersight.screening.vocabulary import find as find_vocabulary


@lru_cache(maxsize=256)
def _joined(fields: tuple[TextField, ...]) -> str:
    return "\n".join(f.folded for f in fields).lower()


def mentions(ctx: ScreeningContext, needles: Sequence[str]) -> bool:
    """Whether the inbound messages contain one of a few ``needles`` (lower case): a gate that
    spares a pattern pass over messages that cannot match."""
    text = _joined(tuple(ctx.messages))
    return any(n in text for n in needles)


def find(ctx: ScreeningContext, vocab: Vocabulary) -> Sequence[Match]:
    """The matches of ``vocab`` in the inbound messages."""
    return find_vocabulary(vocab, tuple(ctx.messages))


def case_sensitive(name: str, pattern: str) -> Concept:
    """A word-bounded concept that tells capitals apart (vocabularies never do)."""
    return Concept(name, re.compile(rf"(?<![\w@])(?:{pattern})(?![\w@])"))


class Spans:
    """Matches indexed by message and start, to find those near a position in logarithmic
    time: proximity tests stay linear on long adversarial messages full of matches."""

    def __init__(self, matches: Iterable[Match]) -> None:
        by_field: dict[str, list[Match]] = {}
        for m in matches:
            by_field.setdefault(m.field.path, []).append(m)
        self._matches = {k: sorted(v, key=lambda m: m.start) for k, v in by_field.items()}
        self._starts = {k: [m.start for m in v] for k, v in self._matches.items()}
        self._longest = {k: max(m.end - m.start for m in v) for k, v in self._matches.items()}

    def around(self, m: Match, window: int) -> list[Match]:
        """The matches in ``m``'s message at most ``window`` characters from it (or touching)."""
        key = m.field.path
        if key not in self._starts:
            return []
        starts, matches = self._starts[key], self._matches[key]
        lo = bisect_left(starts, m.start - window - self._longest[key])
        hi = bisect_right(starts, m.end + window)
        return [
            c for c in matches[lo:hi] if c.start - m.end <= window and m.start - c.end <= window
        ]


def near(first: Iterable[Match], second: Sequence[Match], window: int) -> list[Match]:
    """For each match of ``first``, the stretch to the closest match of ``second`` in the same
    message within ``window`` characters, paragraph breaks excluded (as
    :meth:`ScreeningContext.near`, which takes the first rather than the closest)."""
    found: list[Match] = []
    if not second:
        return found
    index = Spans(second)
    seen: set[tuple[str, int, int]] = set()
    for a in first:
        best: Match | None = None
        for b in index.around(a, window):
            start, end = min(a.start, b.start), max(a.end, b.end)
            if "\n\n" in a.field.folded[start:end]:
                continue
            if best is None or end - start < best.end - best.start:
                best = Match(a.field, start, end)
        if best is not None and (best.field.path, best.start, best.end) not in seen:
            seen.add((best.field.path, best.start, best.end))
            found.append(best)
    return found


def before(matches: Iterable[Match], targets: Sequence[Match], window: int) -> list[Match]:
    """The matches that end at most ``window`` characters before a target in the same message."""
    index = Spans(targets)
    return [m for m in matches if any(t.start >= m.end for t in index.around(m, window))]


def after(matches: Iterable[Match], targets: Sequence[Match], window: int) -> list[Match]:
    """The matches that start at most ``window`` characters after a target in the same message."""
    index = Spans(targets)
    return [m for m in matches if any(m.start >= t.end for t in index.around(m, window))]


def outside(matches: Iterable[Match], spans: Sequence[Match], margin: int = 0) -> list[Match]:
    """The matches that overlap none of ``spans`` (widened by ``margin`` characters)."""
    if not spans:
        return list(matches)
    index = Spans(spans)
    return [
        m
        for m in matches
        if not any(
            s.start - margin < m.end and m.start < s.end + margin for s in index.around(m, margin)
        )
    ]
