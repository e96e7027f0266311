"""Which matches an indicator quotes as its evidence.

Two ways: the tightest of overlapping stretches, in reading order (:func:`tightest_evidence`, for
the money and travel indicators, whose proximity matches overlap a lot), and the first found
first, skipping overlaps and repeated quotes (:func:`first_evidence`, for the contact and lure
indicators).
"""

from __future__ import annotations

from collections.abc import Iterable

from countersight.domain import Evidence
from countersight.screening.context import Match, evidence_of

_KEEP = 30  # candidate quotes considered for evidence, whatever the length of the text


def tightest_evidence(found: list[Match], notes: dict[Match, str] | None = None) -> list[Evidence]:
    """Evidence for the tightest of overlapping stretches, in reading order (at most three)."""
    kept: list[Match] = []
    for m in sorted(found, key=lambda m: m.end - m.start):
        if not any(k.field is m.field and k.start < m.end and m.start < k.end for k in kept):
            kept.append(m)
            if len(kept) == _KEEP:
                break
    kept.sort(key=lambda m: (m.field.path, m.start))
    if not notes:
        return evidence_of(kept)
    return [m.evidence(notes.get(m)) for m in kept[:3]]


def first_evidence(found: Iterable[tuple[Match, str | None]], limit: int = 3) -> list[Evidence]:
    """Evidence for up to ``limit`` findings, first found first, skipping overlaps and repeats."""
    out: list[Evidence] = []
    spans: list[tuple[str, int, int]] = []
    quotes: set[str] = set()
    for match, note in found:
        ev = match.evidence(note)
        key = ev.quote.lower()
        if key in quotes or any(
            p == match.field.path and s < match.end and match.start < e for p, s, e in spans
        ):
            continue
        quotes.add(key)
        spans.append((match.field.path, match.start, match.end))
        out.append(ev)
        if len(out) >= limit:
            break
    return out
