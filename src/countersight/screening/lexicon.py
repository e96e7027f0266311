"""Concepts: small vocabularies of stems and phrases, matched with their inflections.

Indicators are written against concepts, not keyword lists: ``concept("pay", "pay*", "paid",
"remunerat*")`` matches "paying", "payment", "remuneration"; a space in a phrase matches any run of
white space or hyphens ("white paper", "white-paper"); a term starting with ``re:`` is a raw
regular expression. Indicators then combine concepts by proximity (:meth:`ScreeningContext.near`),
which is what lets them catch paraphrases ("we would compensate you for a short written analysis")
rather than fixed phrases.

Every concept carries a pre-filter derived from its pattern (:mod:`.prefilter`): the words without
which it cannot match, checked against a text's words before the pattern runs, so that a large
vocabulary costs next to nothing on the many texts that hold none of its words. Raw ``re:`` terms
and concepts built directly from a compiled pattern get one too; nothing needs to be written by
hand for speed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property

from countersight.screening.casefold import lowercase_pattern
from countersight.screening.prefilter import Gate, gate_of
from countersight.screening.text import TextField


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

    ``gate`` (derived from the pattern on first use) tells which texts cannot hold a match;
    :meth:`spans` runs the pattern only on the others. ``literals`` are lower-case strings of
    which at least one must occur in a text for the pattern to match there (the first word of
    every term; ``None`` when a raw ``re:`` term makes that unknowable), kept for callers of
    :meth:`may_occur_in`. Concepts compare by identity; they are module-level constants.
    """

    name: str
    pattern: re.Pattern[str]
    literals: tuple[str, ...] | None = None

    def may_occur_in(self, lowered: str) -> bool:
        return self.literals is None or any(lit in lowered for lit in self.literals)

    @cached_property
    def gate(self) -> Gate | None:
        """The pre-filter of the pattern (``None``: it must always run)."""
        return gate_of(self.pattern)

    @cached_property
    def lowercase(self) -> re.Pattern[str] | None:
        """The pattern rewritten for canonical lower-case text (:mod:`.casefold`), if exact."""
        return lowercase_pattern(self.pattern)

    def spans(self, field: TextField) -> list[tuple[int, int]]:
        """Start and end of every match in the field's folded text."""
        return self.matches(field) if field.admits(self.gate) else []

    def matches(self, field: TextField) -> list[tuple[int, int]]:
        """:meth:`spans` without the pre-filter."""
        fast, low = self.lowercase, field.canonical
        if fast is not None and low is not None:
            return [m.span() for m in fast.finditer(low)]
        return [m.span() for m in self.pattern.finditer(field.folded)]


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
