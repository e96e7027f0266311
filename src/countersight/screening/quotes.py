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
    if not found:
        return []
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
    """Evidence for up to ``limit`` findings, first found first, skipping overlaps and repeats.

    ``found`` is read no further than the finding that makes ``limit``: an indicator that yields
    its findings lazily computes no more of them than the evidence quotes."""
    kept: list[tuple[Match, str | None]] = []
    quotes: set[str] = set()
    for match, note in found:
        key = match.field.text[match.start : match.end].lower()
        path = match.field.path
        if key in quotes or any(
            k.field.path == path and k.start < match.end and match.start < k.end for k, _ in kept
        ):
            continue
        quotes.add(key)
        kept.append((match, note))
        if len(kept) >= limit:
            break
    return [match.evidence(note) for match, note in kept]
