"""Gates: whether a pattern can match a text, from the clauses of its alternatives."""

from __future__ import annotations

import re
from collections.abc import Mapping
from collections.abc import Set as AbstractSet
from dataclasses import dataclass
from functools import lru_cache

from countersight.screening.prefilter.clauses import alternatives

_Needs = tuple[tuple[tuple[frozenset[str], tuple[str, ...]], ...], ...]


@dataclass(frozen=True)
class Gate:
    """Whether a pattern can match a text, from the clauses of its top-level alternatives.

    Each alternative has a first clause and perhaps further ones. A text passes with one of the
    ``sure`` keys (the first clause of an alternative that needs nothing more), or with one of
    the ``keys`` or ``substrings`` of a first clause together with, for one alternative that it
    opens (``needs``), one key of each further clause.
    """

    sure: frozenset[str]
    keys: frozenset[str]
    substrings: tuple[str, ...]
    needs: Mapping[str, _Needs]

    def __post_init__(self) -> None:
        # The keys of every first clause together: :meth:`opens` is one set operation.
        object.__setattr__(self, "_opening", self.sure | self.keys)

    @classmethod
    def any_key(cls, keys: frozenset[str]) -> Gate:
        """The gate that one of ``keys`` opens."""
        return cls(keys, frozenset(), (), {})

    def opens(self, keys: AbstractSet[str] | None, text: str | None) -> bool:
        """Whether the first clause of some alternative holds (a quicker, weaker test)."""
        if keys is None or text is None:
            return True
        opening: frozenset[str] = self._opening  # type: ignore[attr-defined]
        if not opening.isdisjoint(keys):
            return True
        return any(substring in text for substring in self.substrings)

    def admits(self, keys: AbstractSet[str] | None, text: str | None) -> bool:
        """Whether a text with these keys and :func:`canonical` form may hold a match."""
        if keys is None or text is None:
            return True
        sure = self.sure
        if sure and not sure.isdisjoint(keys):
            return True
        needs = self.needs
        if self.keys:
            for key in self.keys & keys:
                if _meets(needs[key], keys, text):
                    return True
        for substring in self.substrings:
            if substring in text and _meets(needs[substring], keys, text):
                return True
        return False


def _meets(alternatives: _Needs, keys: AbstractSet[str], text: str) -> bool:
    """Whether, for one of the alternatives, every further clause holds (a clause holds with one
    of its keys or one of its substrings)."""
    for clauses in alternatives:
        for group, substrings in clauses:
            if group.isdisjoint(keys):
                for substring in substrings:
                    if substring in text:
                        break
                else:
                    break
        else:
            return True
    return False


def gate_of(pattern: re.Pattern[str]) -> Gate | None:
    """The gate of ``pattern``; ``None`` when some match needs no word (it must always run)."""
    return _gate_of(pattern.pattern, pattern.flags)


@lru_cache(maxsize=1024)
def _gate_of(source: str, flags: int) -> Gate | None:
    found = alternatives(source, flags)
    if not found or any(not alt for alt in found):
        return None
    sure: set[str] = set()
    opened: dict[str, set[tuple[tuple[frozenset[str], tuple[str, ...]], ...]]] = {}
    for first, *rest in found:
        groups = tuple((c.keys, c.substrings) for c in rest)
        for atom in (*first.keys, *first.substrings):
            if not groups and atom in first.keys:
                sure.add(atom)
            opened.setdefault(atom, set()).add(groups)
    substrings = {s for alt in found for s in alt[0].substrings}
    keys = {k for alt in found for k in alt[0].keys} - sure
    needs = {
        atom: tuple(sorted(rests, key=len))
        for atom, rests in opened.items()
        if atom in keys or atom in substrings
    }
    return Gate(frozenset(sure), frozenset(keys), tuple(sorted(substrings)), needs)
