"""Sensitive sectors: free text mapped onto the 17 NSI Act areas, Government and Parliament.

The vocabulary is data (``data/sectors.json``, versioned): per area its official name, a short
description and the terms that place a role, an organisation, a sector or a SIC description in it,
written in :func:`countersight.screening.lexicon.concept` syntax (case-insensitive), and acronyms
matched as written ("MoD", "MP", "AI"). ``exclude`` terms veto a match they overlap ("criminal
defence lawyer" is not Defence, "nuclear medicine" not Civil Nuclear).

The file is read once, on first use, and its patterns compiled then (no work at import time).
"""

from __future__ import annotations

import functools
import json
import re
from dataclasses import dataclass
from importlib import resources
from typing import Any, NamedTuple

from countersight.errors import FatalError
from countersight.screening.lexicon import concept

SECTORS_RESOURCE = "sectors.json"
_WORD = re.compile(r"[^\W_]+")
_NONE: frozenset[int] = frozenset()

# Same-length replacements (offsets stay valid): typographic dashes and spaces.
_FOLD = str.maketrans(
    {
        "\u00a0": " ", "\u2007": " ", "\u202f": " ", "\u2009": " ",
        "\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2014": "-",
        "\u2019": "'",
    }
)  # fmt: skip


@dataclass(frozen=True)
class SensitiveArea:
    """One sensitive area: its id, official name, NSI Act schedule (None if outside the Act)."""

    id: str
    name: str
    schedule: int | None
    description: str
    patterns: tuple[re.Pattern[str], ...]
    exclude: re.Pattern[str] | None


class SectorMatch(NamedTuple):
    """An area that a text falls in, and the words of the text that place it there."""

    area_id: str
    area_name: str
    quote: str


class SectorSpan(NamedTuple):
    """A :class:`SectorMatch` with the quote's character offsets in the text."""

    area_id: str
    area_name: str
    quote: str
    start: int
    end: int


@dataclass(frozen=True)
class SectorMap:
    """The loaded vocabulary: its version, its areas in file order, and a word-prefix index.

    ``index`` maps the first two or three letters of a term's first word to the areas that have
    such a term, so that a text is only matched against the areas its words could belong to.
    """

    version: str
    areas: tuple[SensitiveArea, ...]
    index: dict[str, frozenset[int]]


def _key(term: str) -> str:
    word = _WORD.match(term)
    if word is None:
        raise ValueError(f"term {term!r} must start with a letter or digit")
    return word.group().lower()[:3]


def _area(raw: dict[str, Any]) -> tuple[SensitiveArea, set[str]]:
    area_id = str(raw["id"])
    terms = [str(t) for t in raw.get("terms") or []]
    acronyms = [str(t) for t in raw.get("acronyms") or []]
    exclude = [str(t) for t in raw.get("exclude") or []]
    if any(t.startswith("re:") for t in terms + exclude):
        raise ValueError(f"area {area_id}: 're:' patterns are not supported here")
    patterns = [concept(f"sector:{area_id}", *terms).pattern] if terms else []
    if acronyms:
        body = "|".join(re.escape(a) for a in sorted(acronyms, key=len, reverse=True))
        patterns.append(re.compile(rf"(?<![\w@])(?:{body})s?(?![\w@])"))
    schedule = raw.get("nsi_schedule")
    area = SensitiveArea(
        id=area_id,
        name=str(raw["name"]),
        schedule=schedule if isinstance(schedule, int) else None,
        description=str(raw.get("description", "")),
        patterns=tuple(patterns),
        exclude=concept(f"sector-exclude:{area_id}", *exclude).pattern if exclude else None,
    )
    return area, {_key(t) for t in terms + acronyms}


@functools.cache
def sector_map() -> SectorMap:
    """The shipped vocabulary, loaded and compiled once."""
    resource = resources.files("countersight.screening.data").joinpath(SECTORS_RESOURCE)
    try:
        body = json.loads(resource.read_text(encoding="utf-8"))
        areas: list[SensitiveArea] = []
        index: dict[str, set[int]] = {}
        for number, raw in enumerate(body["areas"]):
            area, keys = _area(raw)
            areas.append(area)
            for key in keys:
                index.setdefault(key, set()).add(number)
    except (OSError, ValueError, KeyError, TypeError, re.error) as exc:
        raise FatalError(f"shipped {SECTORS_RESOURCE} is missing or broken ({exc})") from None
    return SectorMap(
        version=str(body["version"]),
        areas=tuple(areas),
        index={k: frozenset(v) for k, v in index.items()},
    )


def sector_spans(text: str) -> list[SectorSpan]:
    """Every area ``text`` falls in, each with its first unexcluded match, in file order.

    Only the areas indexed under a word's first letters are tried, and only at that word's start.
    Short texts (roles, sectors, SIC descriptions recur) are remembered.
    """
    if len(text) > 200:
        return list(_spans(text))
    return list(_remembered_spans(text))


@functools.lru_cache(maxsize=2048)
def _remembered_spans(text: str) -> tuple[SectorSpan, ...]:
    return _spans(text)


def _spans(text: str) -> tuple[SectorSpan, ...]:
    folded = text if text.isascii() else text.translate(_FOLD)
    smap = sector_map()
    hits: dict[int, tuple[int, int]] = {}
    vetoes: dict[int, list[tuple[int, int]]] = {}
    for word in _WORD.finditer(folded):
        head = word.group()[:3].lower()
        numbers = smap.index.get(head, _NONE)
        if len(head) == 3:
            numbers = numbers | smap.index.get(head[:2], _NONE)
        for number in numbers:
            if number in hits:
                continue
            area = smap.areas[number]
            for pattern in area.patterns:
                match = pattern.match(folded, word.start())
                if match is None:
                    continue
                start, end = match.span()
                if area.exclude is not None:
                    spans = vetoes.get(number)
                    if spans is None:
                        spans = vetoes[number] = [v.span() for v in area.exclude.finditer(folded)]
                    if any(s < end and start < e for s, e in spans):
                        continue
                hits[number] = (start, end)
                break
    return tuple(
        SectorSpan(smap.areas[n].id, smap.areas[n].name, text[s:e], s, e)
        for n, (s, e) in sorted(hits.items())
    )


def map_sector(text: str) -> list[SectorMatch]:
    """The sensitive areas a role, organisation, sector or SIC description falls in.

    >>> map_sector("ML engineer, defence")
    [SectorMatch(area_id='artificial_intelligence', area_name='Artificial Intelligence', \
quote='ML engineer'), SectorMatch(area_id='defence', area_name='Defence', quote='defence')]
    """
    return [SectorMatch(s.area_id, s.area_name, s.quote) for s in sector_spans(text)]
