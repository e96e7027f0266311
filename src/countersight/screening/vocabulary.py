"""Vocabularies: concepts compiled for speed, matched on a lower-cased copy of the text.

Same term syntax as :func:`countersight.screening.lexicon.concept` (``"pay*"`` a stem, ``"white
paper"`` a phrase whose space matches white space or hyphens, ``"re:..."`` a raw pattern, plain
terms also match their regular plural); several times faster. A case-insensitive pattern makes the
regular-expression engine compare every alternative letter by letter at every position. Here the
text is lower-cased once (offsets kept) with the usual separators before a word (line breaks,
tabs, brackets, quotes, slashes) turned into spaces, the pattern starts with a literal space that
the engine finds with a fast search, and the terms are factored into a trie so that one letter
rules out a branch.

The one difference from a concept: a term must follow a space or one of those separators, so a
word straight after a hyphen, an apostrophe or a full stop without a space ("well-paid" for
"paid") is not found; phrases with hyphens ("well paid" matches "well-paid") are.
Raw ``re:`` patterns see the lower-cased text with those separators as spaces: write them in lower
case, with a white-space class where a slash or a bracket may stand.

Like a concept, a vocabulary carries a pre-filter derived from its pattern (:mod:`.prefilter`),
so the trie runs only on texts that hold one of its words. :meth:`ScreeningContext.find
<countersight.screening.context.ScreeningContext.find>` takes a vocabulary as it takes a concept.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass
from functools import cached_property, lru_cache

from countersight.screening.context import Match
from countersight.screening.prefilter import Gate, gate_of
from countersight.screening.text import TextField, together

_SEPARATOR = r"[\s\-]+"
_ENDINGS = (r"\w*", "(?:s|es)?")
_Token = str


def _tokens(term: str) -> tuple[_Token, ...]:
    """A plain term as a sequence of regex tokens: letters, separators and the ending."""
    stem = term.endswith("*")
    words = term.rstrip("*").lower().split()
    out: list[_Token] = []
    for i, word in enumerate(words):
        if i:
            out.append(_SEPARATOR)
        out.extend(re.escape(c) for c in word)
    out.append(r"\w*" if stem else "(?:s|es)?")
    return tuple(out)


def _trie(sequences: Sequence[tuple[_Token, ...]]) -> str:
    """An alternation of token sequences, factored on shared prefixes."""
    groups: dict[_Token, list[tuple[_Token, ...]]] = {}
    ends = False
    for seq in sequences:
        if not seq:
            ends = True
            continue
        groups.setdefault(seq[0], []).append(seq[1:])
    # Word endings last, so that "all expenses paid" is preferred to "all expenses", as the
    # lexicon prefers longer terms.
    heads = sorted(groups, key=lambda head: head in _ENDINGS)
    parts = [head + _group(_trie(groups[head])) for head in heads]
    body = "|".join(parts)
    return f"(?:{body})?" if ends and parts else body


def _group(pattern: str) -> str:
    return f"(?:{pattern})" if pattern else ""


@dataclass(frozen=True)
class Vocabulary:
    """A named vocabulary compiled into one pattern over lower-cased text."""

    name: str
    pattern: re.Pattern[str]

    def __hash__(self) -> int:
        return hash(self.name)

    @cached_property
    def gate(self) -> Gate | None:
        """The pre-filter of the pattern (``None``: it must always run)."""
        return gate_of(self.pattern)

    def spans(self, field: TextField) -> Sequence[tuple[int, int]]:
        """Start and end of every match in the field's text."""
        return self.matches(field) if field.admits(self.gate) else ()

    def matches(self, field: TextField) -> Sequence[tuple[int, int]]:
        """:meth:`spans` without the pre-filter."""
        return _spans(self.pattern, field.folded)


def vocabulary(name: str, *terms: str) -> Vocabulary:
    """Compile ``terms`` (stems ending in ``*``, phrases, or ``re:`` patterns in lower case)."""
    plain = [_tokens(t) for t in terms if not t.startswith("re:")]
    raw = [t[3:] for t in terms if t.startswith("re:")]
    alternatives = ([_trie(plain)] if plain else []) + raw
    body = "|".join(alternatives)
    return Vocabulary(name, re.compile(rf" (?P<m>{body})(?![\w@])"))


#: Separators before a word that become spaces in :func:`lowered` (all keep offsets).
SEPARATORS = '\n\t\r\x0b\x0c("[{/*\u2022<|\u00a0'


@lru_cache(maxsize=512)
def lowered(text: str) -> str:
    """``text`` lower-cased, :data:`SEPARATORS` as spaces, with one leading space: offsets into
    it are offsets into ``text`` plus one.

    A handful of characters lower-case to two; those are kept as they are so offsets stay exact.
    """
    low = text.lower()
    if len(low) != len(text):
        low = "".join(c.lower() if len(c.lower()) == 1 else c for c in text)
    for char in SEPARATORS:
        if char in low:
            low = low.replace(char, " ")
    return " " + low


def _spans(pattern: re.Pattern[str], text: str) -> tuple[tuple[int, int], ...]:
    return tuple((m.start("m") - 1, m.end("m") - 1) for m in pattern.finditer(lowered(text)))


@lru_cache(maxsize=1024)
def find(vocab: Vocabulary, fields: tuple[TextField, ...]) -> tuple[Match, ...]:
    """Every match of ``vocab`` in ``fields`` (cached per fields). The pre-filter is checked on
    the fields together first, as :meth:`ScreeningContext.find
    <countersight.screening.context.ScreeningContext.find>` does."""
    gate = vocab.gate
    if gate is not None and len(fields) > 1:
        keys = _together(fields)
        if keys is not None and not gate.opens(*keys):
            return ()
    return tuple(Match(f, s, e) for f in fields for s, e in vocab.spans(f))


@lru_cache(maxsize=64)
def _together(fields: tuple[TextField, ...]) -> tuple[AbstractSet[str], str] | None:
    return together(fields)
