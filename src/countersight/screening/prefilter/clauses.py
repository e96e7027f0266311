"""Reading a pattern's parse tree for the clauses that every match satisfies.

A clause is satisfied by a text when one of its keys is among the text's keys (:mod:`.keys`) or
one of its substrings is in the text. A node's *first strings* are the strings that every match
of it starts with (complete: the whole match; partial: more may follow), in canonical lower
case, with " " standing for any character that is not a letter or digit; None when they are
unbounded or too many. Clauses are built from the first strings at the places where a word must
start, and from the alternatives of a group (one of which must match). Whether a place is a word
start follows from the pattern alone: a look-behind such as ``(?<![\\w@])``, ``\\b``, a space
or any class of non-word characters before it.
"""

from __future__ import annotations

import importlib
import re
from collections.abc import Iterable, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass
from typing import Any

from countersight.screening.casefold import canonical_char, parse
from countersight.screening.prefilter.keys import LONG_PREFIX, PREFIX, SYMBOLS, WORD, word_key

# The standard library's regular-expression constants (those of its parse trees).
_c: Any = importlib.import_module("re._constants")


@dataclass(frozen=True)
class Clause:
    """Satisfied when one of ``keys`` is among a text's keys or one of ``substrings`` is in it."""

    keys: frozenset[str]
    substrings: tuple[str, ...] = ()

    def holds(self, keys: AbstractSet[str], text: str) -> bool:
        return not self.keys.isdisjoint(keys) or any(s in text for s in self.substrings)


def alternatives(source: str, flags: int) -> list[list[Clause]]:
    """The clauses of each top-level alternative of a pattern, most telling first (an empty
    list: an alternative that needs no word)."""
    items = list(parse(source, flags))
    ascii_words = bool(flags & re.ASCII) or "(?a" in source
    analysis = _Analysis(ascii_words)
    return [_best(found) for found in analysis.alternatives(items, left=False, right=False)]


_MAX_STRINGS = 96
_MAX_LENGTH = 12
_STOPWORDS = frozenset(
    {
        "a", "an", "and", "are", "as", "at", "be", "but", "by", "do", "for", "from", "had", "has",
        "have", "he", "her", "his", "i", "if", "in", "is", "it", "its", "me", "my", "no", "not",
        "of", "on", "or", "our", "s", "she", "so", "t", "than", "that", "the", "their", "them",
        "then", "there", "these", "they", "this", "to", "us", "was", "we", "were", "what", "when",
        "which", "who", "will", "with", "would", "you", "your",
    }
)  # fmt: skip

_Strings = frozenset[tuple[str, bool]]
_EMPTY: _Strings = frozenset({("", True)})


@dataclass(frozen=True)
class _Shape:
    """What a node consumes: ``nullable`` (may match nothing), whether every non-empty match
    starts / ends with a character that is not a letter or digit, and, for a zero-width
    assertion, whether it guarantees such a character (or the text's edge) before / after."""

    nullable: bool
    starts_apart: bool
    ends_apart: bool
    zero_width: bool = False
    guards_left: bool = False
    guards_right: bool = False


_UNKNOWN = _Shape(nullable=True, starts_apart=False, ends_apart=False)


def _atom(text: str, anchored: bool, closed: bool) -> tuple[float, str, bool] | None:
    """The most telling check that a string occurring in a text implies: (score, key or
    substring, is a key). ``anchored``: the string starts where a word may start; ``closed``:
    it ends where a word ends."""
    best: tuple[float, str, bool] | None = None
    for m in WORD.finditer(text):
        word, start, end = m.group(), m.start(), m.end()
        left = start > 0 or anchored
        right = end < len(text) or closed
        if left and right:
            score = 1.0 if word in _STOPWORDS else len(word) + 2.0
            option = (score, word, True)
        elif left and len(word) >= PREFIX:
            option = (float(min(len(word), LONG_PREFIX)), word_key(word), True)
        else:
            option = (len(word) - 1.5, word, False)
        if best is None or option[0] > best[0]:
            best = option
    # A symbol ("$", "₹"): a key of its own, or looked for as it is.
    symbol = next((c for c in text if not c.isspace() and not c.isalnum()), None)
    if symbol is not None and (best is None or best[0] < 0.5):
        return (0.5, symbol, symbol in SYMBOLS)
    return best


def _clause(strings: _Strings, anchored: bool, closed: bool) -> tuple[float, Clause] | None:
    keys: set[str] = set()
    substrings: set[str] = set()
    score = float("inf")
    for text, complete in strings:
        atom = _atom(text, anchored, complete and closed)
        if atom is None:
            return None
        score = min(score, atom[0])
        (keys if atom[2] else substrings).add(atom[1])
    if score <= 0 or not (keys or substrings):
        return None
    return score, Clause(frozenset(keys), tuple(sorted(substrings)))


def _best(clauses: Sequence[tuple[float, Clause]], keep: int = 3) -> list[Clause]:
    """Up to ``keep`` of the most telling clauses, most telling first, none implied by another
    (a clause read at the same place as a better one adds nothing)."""
    unique: dict[Clause, float] = {}
    for score, clause in clauses:
        unique[clause] = max(score, unique.get(clause, 0.0))
    # Keys are checked in one set operation, substrings one by one: prefer keys.
    ranked = sorted(
        unique.items(), key=lambda kv: (-kv[1] + 1.5 * bool(kv[0].substrings), sorted(kv[0].keys))
    )
    kept: list[Clause] = []
    for clause, _ in ranked:
        if not any(_implies(k, clause) for k in kept):
            kept.append(clause)
            if len(kept) == keep:
                break
    return kept


def _implies(a: Clause, b: Clause) -> bool:
    """Whether every text that satisfies ``a`` satisfies ``b``: each atom of ``a`` contains an
    atom of ``b`` as a prefix key or a substring."""
    atoms = [*b.keys, *b.substrings]
    return all(
        any(x.startswith(y) if y in b.keys else y in x for y in atoms)
        for x in (*a.keys, *a.substrings)
    )


class _Analysis:
    def __init__(self, ascii_words: bool) -> None:
        # Under re.ASCII, \w and \b see non-ASCII letters as non-word characters.
        self.word_classes = not ascii_words
        # Results per node of the parse tree (alive while it is read), by identity.
        self._shapes: dict[int, _Shape] = {}
        self._firsts: dict[tuple[int, int], _Strings | None] = {}
        self._clauses: dict[tuple[int, bool, bool], list[tuple[float, Clause]]] = {}

    # --- shapes ---

    def _apart_class(self, members: list[tuple[Any, Any]]) -> bool:
        """Whether a character class only holds characters that are not letters or digits."""
        if members and members[0][0] is _c.NEGATE:
            return self.word_classes and any(
                op is _c.CATEGORY and av is _c.CATEGORY_WORD for op, av in members[1:]
            )
        for op, av in members:
            if op is _c.LITERAL:
                if chr(av).isalnum():
                    return False
            elif op is _c.RANGE:
                lo, hi = av
                if hi - lo > 256 or any(chr(c).isalnum() for c in range(lo, hi + 1)):
                    return False
            elif op is _c.CATEGORY:
                apart = {_c.CATEGORY_SPACE, _c.CATEGORY_LINEBREAK}
                if self.word_classes:
                    apart.add(_c.CATEGORY_NOT_WORD)
                if av not in apart:
                    return False
            else:
                return False
        return True

    def _covers_words(self, items: list[tuple[Any, Any]]) -> bool:
        """Whether a one-character pattern matches every letter and digit (``[\\w@]``)."""
        if not self.word_classes or len(items) != 1 or items[0][0] is not _c.IN:
            return False
        members = items[0][1]
        return not (members and members[0][0] is _c.NEGATE) and any(
            op is _c.CATEGORY and av is _c.CATEGORY_WORD for op, av in members
        )

    def shape(self, op: Any, av: Any) -> _Shape:
        if op is _c.LITERAL:
            apart = not chr(av).isalnum()
            return _Shape(False, apart, apart)
        if op is _c.IN:
            apart = self._apart_class(av)
            return _Shape(False, apart, apart)
        if op in (_c.NOT_LITERAL, _c.ANY):
            return _Shape(False, False, False)
        if op is _c.SUBPATTERN:
            return self.seq_shape(av[3])
        if op is _c.ATOMIC_GROUP:
            return self.seq_shape(av)
        if op is _c.BRANCH:
            shapes = [self.seq_shape(b) for b in av[1]]
            return _Shape(
                any(s.nullable for s in shapes),
                all(s.starts_apart for s in shapes),
                all(s.ends_apart for s in shapes),
            )
        if op in (_c.MAX_REPEAT, _c.MIN_REPEAT, _c.POSSESSIVE_REPEAT):
            lo, _, child = av
            inner = self.seq_shape(child)
            return _Shape(lo == 0 or inner.nullable, inner.starts_apart, inner.ends_apart)
        if op is _c.AT:
            left = av in (_c.AT_BEGINNING, _c.AT_BEGINNING_STRING, _c.AT_BEGINNING_LINE)
            right = av in (_c.AT_END, _c.AT_END_STRING, _c.AT_END_LINE)
            if av is _c.AT_BOUNDARY and self.word_classes:
                left = right = True
            return _Shape(True, True, True, True, left, right)
        if op in (_c.ASSERT, _c.ASSERT_NOT):
            direction, sub = av
            if op is _c.ASSERT_NOT:
                covers = self._covers_words(sub)
                return _Shape(
                    True, True, True, True, covers and direction < 0, covers and direction > 0
                )
            inner = self.seq_shape(sub)
            left = direction < 0 and not inner.nullable and inner.ends_apart
            right = direction > 0 and not inner.nullable and inner.starts_apart
            return _Shape(True, True, True, True, left, right)
        return _UNKNOWN

    def seq_shape(self, items: Iterable[tuple[Any, Any]]) -> _Shape:
        known = self._shapes.get(id(items))
        if known is not None:
            return known
        shapes = [self.shape(op, av) for op, av in items]
        found = _Shape(
            all(s.nullable for s in shapes),
            self._guards(shapes, True)[0],
            self._guards(shapes, True, True)[-1],
        )
        self._shapes[id(items)] = found
        return found

    @staticmethod
    def _guards(shapes: list[_Shape], edge: bool, left: bool = False) -> list[bool]:
        """Per boundary of a sequence (``len + 1`` of them): with ``left``, whether the character
        before it is guaranteed apart (not a letter or digit) given ``edge`` before the
        sequence; else whether the character after it is, given ``edge`` after the sequence."""
        n = len(shapes)
        out = [False] * (n + 1)
        if left:
            out[0] = edge
            for k, s in enumerate(shapes):
                if s.zero_width:
                    out[k + 1] = out[k] or s.guards_left
                else:
                    out[k + 1] = s.ends_apart and (out[k] or not s.nullable)
        else:
            out[n] = edge
            for k in range(n - 1, -1, -1):
                s = shapes[k]
                if s.zero_width:
                    out[k] = out[k + 1] or s.guards_right
                else:
                    out[k] = s.starts_apart and (out[k + 1] or not s.nullable)
        return out

    # --- first strings ---

    def first(self, op: Any, av: Any) -> _Strings | None:
        if op is _c.LITERAL:
            return frozenset({(canonical_char(av), True)})
        if op is _c.IN:
            if len(av) <= 8 and all(o is _c.LITERAL and not chr(a).isspace() for o, a in av):
                return frozenset((canonical_char(a), True) for _, a in av)
            if self._apart_class(av):
                return frozenset({(" ", True)})
            if len(av) <= 8 and all(o is _c.LITERAL for o, _ in av):
                return frozenset((canonical_char(a), True) for _, a in av)
            return None
        if op is _c.SUBPATTERN:
            return self.seq_first(av[3])
        if op is _c.ATOMIC_GROUP:
            return self.seq_first(av)
        if op is _c.BRANCH:
            out: set[tuple[str, bool]] = set()
            for branch in av[1]:
                strings = self.seq_first(branch)
                if strings is None:
                    return None
                out |= strings
            return _bounded(out)
        if op in (_c.MAX_REPEAT, _c.MIN_REPEAT, _c.POSSESSIVE_REPEAT):
            lo, hi, child = av
            inner = self.seq_first(child)
            if inner is None:
                return None
            empty = _EMPTY if lo == 0 else frozenset()
            if hi == 1:
                return inner | empty
            if all(c and not any(ch.isalnum() for ch in s) for s, c in inner if s):
                # A run of separators reads as one separator.
                return frozenset({(" ", True)} | {(s, c) for s, c in inner if not s}) | empty
            return frozenset((s, False) if s else (s, c) for s, c in inner) | empty
        if self.shape(op, av).zero_width:
            return _EMPTY
        return None

    def seq_first(self, items: Sequence[tuple[Any, Any]], start: int = 0) -> _Strings | None:
        """The first strings of ``items[start:]``."""
        key = (id(items), start)
        if key not in self._firsts:
            self._firsts[key] = self._seq_first(items, start)
        return self._firsts[key]

    def _seq_first(self, items: Sequence[tuple[Any, Any]], start: int) -> _Strings | None:
        strings: set[tuple[str, bool]] = {("", True)}
        for index in range(start, len(items)):
            if not any(complete for _, complete in strings):
                break
            op, av = items[index]
            step = self.first(op, av)
            grown: set[tuple[str, bool]] = set()
            for text, complete in strings:
                if not complete:
                    grown.add((text, False))
                elif step is None:
                    if not text:
                        return None
                    grown.add((text, False))
                else:
                    for more, done in step:
                        joined = text + more
                        if len(joined) >= _MAX_LENGTH:
                            grown.add((joined[:_MAX_LENGTH], False))
                        else:
                            grown.add((joined, done))
            bounded = _bounded(grown)
            if bounded is None:
                return None
            strings = set(bounded)
        return frozenset(strings)

    # --- clauses ---

    def clauses(
        self, items: Sequence[tuple[Any, Any]], left: bool, right: bool
    ) -> list[tuple[float, Clause]]:
        """Clauses that every match of the sequence satisfies, with their scores."""
        key = (id(items), left, right)
        if key not in self._clauses:
            self._clauses[key] = self._read_clauses(items, left, right)
        return self._clauses[key]

    def _read_clauses(
        self, sequence: Sequence[tuple[Any, Any]], left: bool, right: bool
    ) -> list[tuple[float, Clause]]:
        items = list(sequence)
        shapes = [self.shape(op, av) for op, av in items]
        lefts = self._guards(shapes, left, left=True)
        rights = self._guards(shapes, right)
        out: list[tuple[float, Clause]] = []
        started = False
        for k, (op, av) in enumerate(items):
            if shapes[k].zero_width:
                continue
            if self._digits(op, av):
                out.append((0.5, Clause(frozenset({"#"}))))
            literal_run = op is _c.LITERAL and (k == 0 or items[k - 1][0] is not _c.LITERAL)
            if not started or lefts[k] or literal_run:
                # The first thing consumed, a word start, or a run of literal characters: what
                # every match reads from here.
                started = True
                strings = self.seq_first(sequence, k)
                if strings is not None and ("", True) not in strings:
                    found = _clause(strings, lefts[k], right)
                    if found is not None:
                        out.append(found)
            out.extend(self.item_clauses(op, av, lefts[k], rights[k + 1]))
        return out

    def _digits(self, op: Any, av: Any) -> bool:
        """Whether a node always consumes a digit (``\\d``, ``[0-9]``, ``\\d{1,3}``)."""
        if op in (_c.MAX_REPEAT, _c.MIN_REPEAT, _c.POSSESSIVE_REPEAT):
            lo, _, child = av
            return lo > 0 and len(child) == 1 and self._digits(*child[0])
        if op is not _c.IN or not av or av[0][0] is _c.NEGATE:
            return False
        return all(
            (o is _c.CATEGORY and a is _c.CATEGORY_DIGIT)
            or (o is _c.RANGE and 48 <= a[0] <= a[1] <= 57)
            or (o is _c.LITERAL and 48 <= a <= 57)
            for o, a in av
        )

    def item_clauses(self, op: Any, av: Any, left: bool, right: bool) -> list[tuple[float, Clause]]:
        if op is _c.SUBPATTERN:
            return self.clauses(av[3], left, right)
        if op is _c.ATOMIC_GROUP:
            return self.clauses(av, left, right)
        if op is _c.BRANCH:
            merged: list[tuple[float, Clause]] = []
            for branch in av[1]:
                best = sorted(self.clauses(branch, left, right), key=lambda sc: -sc[0])
                if not best:
                    return []
                merged.append(best[0])
            keys = frozenset().union(*(c.keys for _, c in merged))
            subs = tuple(sorted({s for _, c in merged for s in c.substrings}))
            return [(min(s for s, _ in merged), Clause(keys, subs))]
        if op in (_c.MAX_REPEAT, _c.MIN_REPEAT, _c.POSSESSIVE_REPEAT):
            lo, hi, child = av
            if lo == 0:
                return []
            return self.clauses(child, left, right if hi == 1 else False)
        return []

    def alternatives(
        self, items: list[tuple[Any, Any]], left: bool, right: bool
    ) -> list[list[tuple[float, Clause]]]:
        """Clauses per top-level alternative: when the pattern is one alternation between
        zero-width assertions or separators, each branch on its own; else the whole pattern."""
        shapes = [self.shape(op, av) for op, av in items]
        branches = [
            k for k, (op, _) in enumerate(items)
            if op is _c.BRANCH or (op is _c.SUBPATTERN and len(items[k][1][3]) == 1
                                   and items[k][1][3][0][0] is _c.BRANCH)
        ]  # fmt: skip
        others_apart = all(
            s.zero_width or (not s.nullable and s.starts_apart and s.ends_apart)
            for k, s in enumerate(shapes)
            if not branches or k != branches[0]
        )
        if len(branches) == 1 and others_apart:
            k = branches[0]
            lefts = self._guards(shapes, left, left=True)
            rights = self._guards(shapes, right)
            op, av = items[k]
            branch_node = av if op is _c.BRANCH else items[k][1][3][0][1]
            return [self.clauses(b, lefts[k], rights[k + 1]) for b in branch_node[1]]
        return [self.clauses(items, left, right)]


def _bounded(strings: set[tuple[str, bool]]) -> _Strings | None:
    """``strings`` if few enough, else shortened (and partial) until they are, or None."""
    if len(strings) <= _MAX_STRINGS:
        return frozenset(strings)
    for length in (6, 4, 3):
        cut = {(s[:length], c and len(s) <= length) for s, c in strings}
        if len(cut) <= _MAX_STRINGS:
            return frozenset(cut)
    return None
