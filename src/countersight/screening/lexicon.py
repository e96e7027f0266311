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


@dataclass(frozen=True, eq=False)
class Concept:
    """A named vocabulary compiled into one case-insensitive, word-bounded pattern.

    ``literals`` are lower-case strings of which at least one must occur in a text for the
    pattern to match there (the first word of every term); ``None`` when a raw ``re:`` term makes
    that unknowable. Matching checks them first: a substring test is far cheaper than a regex scan.
    Concepts compare by identity; they are module-level constants.
    """

    name: str
    pattern: re.Pattern[str]
    literals: tuple[str, ...] | None = None

    def may_occur_in(self, lowered: str) -> bool:
        return self.literals is None or any(lit in lowered for lit in self.literals)


def concept(name: str, *terms: str) -> Concept:
    """Compile ``terms`` (stems ending in ``*``, phrases, or ``re:`` patterns) into a concept.

    A plain term also matches its regular plural (``fee`` matches "fees").
    """
    alternation = "|".join(_term(t) for t in sorted(terms, key=len, reverse=True))
    pattern = re.compile(rf"(?<![\w@])(?:{alternation})(?![\w@])", re.IGNORECASE)
    literals: tuple[str, ...] | None = None
    if not any(t.startswith("re:") for t in terms):
        literals = tuple(sorted({t.rstrip("*").split()[0].lower() for t in terms if t.strip("*")}))
    return Concept(name, pattern, literals)
