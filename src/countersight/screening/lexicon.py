"""Concepts: small vocabularies of stems and phrases, matched with their inflections.

Indicators are written against concepts, not keyword lists: ``concept("pay", "pay*", "paid",
"remunerat*")`` matches "paying", "payment", "remuneration"; a space in a phrase matches any run of
white space or hyphens ("white paper", "white-paper"); a term starting with ``re:`` is a raw
regular expression. Indicators then combine concepts by proximity (:meth:`ScreeningContext.near`),
which is what lets them catch paraphrases ("we would compensate you for a short written analysis")
rather than fixed phrases.
"""

from __future__ import annotations

import re
from dataclasses import dataclass


def _term(term: str) -> str:
    if term.startswith("re:"):
        return term[3:]
    stem = term.endswith("*")
    words = term.rstrip("*").split()
    body = r"[\s\-]+".join(re.escape(w) for w in words)
    return rf"{body}\w*" if stem else rf"{body}(?:s|es)?"


@dataclass(frozen=True)
class Concept:
    """A named vocabulary compiled into one case-insensitive, word-bounded pattern."""

    name: str
    pattern: re.Pattern[str]

    def __hash__(self) -> int:
        return hash(self.name)


def concept(name: str, *terms: str) -> Concept:
    """Compile ``terms`` (stems ending in ``*``, phrases, or ``re:`` patterns) into a concept.

    A plain term also matches its regular plural (``fee`` matches "fees").
    """
    alternation = "|".join(_term(t) for t in sorted(terms, key=len, reverse=True))
    return Concept(name, re.compile(rf"(?<![\w@])(?:{alternation})(?![\w@])", re.IGNORECASE))
