"""Gated concepts: run only the parts of a vocabulary whose key words occur in the text.

A :class:`~countersight.screening.lexicon.Concept` is one case-insensitive alternation tried at
every word start; for a large vocabulary that costs about a microsecond a character, although most
messages contain none of its words. A gated concept is split into *parts*, each a small pattern
with *keys*: lower-case words, at least one of which occurs in every match of that part. A key of
seven letters or more stands for every word that starts with its first six ("confidential" covers
"confidentiality" but not "conference"), one of four to six letters for every word that starts
with its first four ("urgent" covers "urgently"); a shorter key, or one written ``=word``, is a
whole word; ``#`` stands for any digit, ``#k`` for a number in thousands ("90k") and the symbols
``$ £ € ¥ @ / +`` for themselves; ``&`` joins key groups that must all occur. A text's keys are
computed once, each gate is one set intersection, and a part's pattern runs only where its keys
occur. Keys of plain lexicon terms are derived from their first words; ``re:``-style patterns
(:func:`rx`) have theirs written out, and a test checks on the labelled corpus and on random
phrases that no gate ever hides a match. A text's keys are those of :mod:`.prefilter`, computed
once per text field and shared with every concept and vocabulary.

Patterns run on a lower-cased copy of the folded text (same length, so offsets are kept) without
the case-insensitive flag and without a leading look-behind, which lets the engine jump to the
first letter of a candidate (about ten times faster); the word boundary on the left is checked
after the match, and a candidate that starts inside a word is skipped one character on, so no
word-initial match is lost. Matching otherwise follows :func:`~countersight.screening.lexicon.
concept`: a plain term also matches its plural, a stem (``*``) any ending, a space any run of
white space or hyphens. Patterns given to :func:`rx` must be written in lower case (checked);
``cased=True`` keeps a pattern case-sensitive on the original text (for proper names). Matches of
different parts may overlap. Results are cached per concept and text.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from collections.abc import Set as AbstractSet
from dataclasses import dataclass
from functools import cached_property, lru_cache

from countersight.screening.casefold import canonical, factored
from countersight.screening.context import Match, ScreeningContext
from countersight.screening.prefilter import LONG_PREFIX, PREFIX, Gate, gate_of, text_keys
from countersight.screening.text import TextField

_TOKEN = re.compile(r"[^\W_]+")
_UPPER_LITERAL = re.compile(r"(?<!\\)[A-Z]")


@lru_cache(maxsize=512)
def lowered(text: str) -> str:
    """``text`` in lower case, character for character (offsets into it are offsets into text)."""
    low = text.lower()
    if len(low) == len(text):
        return low
    return "".join(c.lower() if len(c.lower()) == 1 else c for c in text)


def _key(word: str) -> str:
    """A written key as looked up: ``=word`` exact; else cut to a 6- or 4-letter prefix."""
    if word.startswith("="):
        return word[1:]
    # A word of seven letters or more keeps its first six through any inflection ("policies"
    # would not share "policy"'s six, nor "deciding" "decide"'s).
    if len(word) > LONG_PREFIX:
        return word[:LONG_PREFIX]
    return word[:PREFIX] if len(word) >= PREFIX else word


def _keys(keys: str) -> frozenset[str]:
    """Written keys, ``|``-separated (see :func:`_key`)."""
    return frozenset(_key(w) for w in (k.strip().lower() for k in keys.split("|")) if w)


def term_keys(term: str) -> frozenset[str]:
    """The keys implied by a plain lexicon term: its first word, or that word's prefix."""
    word = _TOKEN.findall(term.lower())[0]
    if len(word) >= PREFIX:
        return frozenset({_key(word)})
    if term.endswith("*") and " " not in term.strip():
        raise ValueError(f"stem {term!r} is too short to gate; write it with rx()")
    return frozenset({word, word + "s", word + "es"})


def _term_pattern(term: str) -> str:
    """A plain term as in :mod:`countersight.screening.lexicon`, in lower case."""
    stem = term.endswith("*")
    body = r"[\s\-]+".join(re.escape(w) for w in term.rstrip("*").lower().split())
    return rf"{body}\w*" if stem else rf"{body}(?:s|es)?"


@dataclass(frozen=True, eq=False)
class Part:
    """One pattern of a gated concept; ``keys`` None means it always runs.

    ``also`` are further key groups, each of which must also occur (a part that needs "disclose"
    *and* "client" runs on far fewer messages than one that needs either).
    """

    keys: frozenset[str] | None
    pattern: re.Pattern[str]
    cased: bool = False
    also: tuple[frozenset[str], ...] = ()

    @cached_property
    def fast(self) -> re.Pattern[str]:
        """The pattern with its alternations factored (:func:`.casefold.factored`)."""
        return factored(self.pattern)

    @cached_property
    def gate(self) -> Gate | None:
        """A pre-filter derived from the pattern (:mod:`.prefilter`), checked after the keys."""
        if self.cased:
            return gate_of(self.pattern)
        bounded = rf"(?<![\w@])(?:{self.pattern.pattern})"
        return gate_of(re.compile(bounded, self.pattern.flags))


def words(terms: str) -> tuple[Part, ...]:
    """Plain lexicon terms, ``|``-separated (stems end in ``*``): one part per first word."""
    groups: dict[frozenset[str], list[str]] = {}
    for term in {t.strip() for t in terms.split("|") if t.strip()}:
        groups.setdefault(term_keys(term), []).append(term)
    parts = []
    for keys, listed in sorted(groups.items(), key=lambda g: sorted(g[0])):
        body = "|".join(_term_pattern(t) for t in sorted(listed, key=len, reverse=True))
        parts.append(Part(keys, re.compile(rf"(?:{body})(?![\w@])")))
    return tuple(parts)


def rx(keys: str, pattern: str, *, cased: bool = False, anchored: bool = False) -> Part:
    """A raw pattern gated on ``keys``, word-bounded.

    ``keys`` is ``|``-separated alternatives (empty: always run); ``&`` joins groups that must all
    occur ("disclose|reveal & client|company").

    Written in lower case and matched on lower-cased text, unless ``cased``. ``anchored`` puts
    the word-boundary test first, which is faster for a pattern that starts with a character
    class (``\\d``, ``[\\w.]``) rather than a letter.
    """
    first, *rest = (_keys(group) for group in keys.split("&"))
    also = tuple(group for group in rest if group)
    if cased:
        bounded = re.compile(rf"(?<![\w@])(?:{pattern})(?![\w@])")
        return Part(first or None, bounded, True, also)
    if _UPPER_LITERAL.search(pattern.replace("\\A", "").replace("\\Z", "")):
        raise ValueError(f"write the pattern in lower case: {pattern[:60]!r}")
    lead = r"(?<![\w@])" if anchored else ""
    return Part(first or None, re.compile(rf"{lead}(?:{pattern})(?![\w@])"), False, also)


@dataclass(frozen=True, eq=False)
class Gated:
    """A named vocabulary made of gated parts, indexed by key."""

    name: str
    parts: tuple[Part, ...]
    by_key: dict[str, tuple[int, ...]]
    keyset: frozenset[str]
    always: tuple[int, ...]

    @cached_property
    def gate(self) -> Gate | None:
        """A pre-filter: one of the keys must occur (``None`` if a part has no keys)."""
        return None if self.always else Gate.any_key(self.keyset)

    def spans(self, field: TextField) -> tuple[tuple[int, int], ...]:
        """Start and end of every match in the field's folded text, in order of start."""
        return self.matches(field)

    def matches(self, field: TextField) -> tuple[tuple[int, int], ...]:
        """:meth:`spans` (whose keys the parts check themselves)."""
        low = field.lowered if len(field.lowered) == len(field.folded) else lowered(field.folded)
        return _spans(self, field.folded, low, field.keys, field.canonical)


def gated(name: str, *parts: Part | tuple[Part, ...]) -> Gated:
    """A gated concept of ``parts`` (a tuple from :func:`words` counts as its parts)."""
    flat: list[Part] = []
    for part in parts:
        flat.extend(part if isinstance(part, tuple) else (part,))
    by_key: dict[str, list[int]] = {}
    for i, part in enumerate(flat):
        for key in part.keys or ():
            by_key.setdefault(key, []).append(i)
    always = tuple(i for i, part in enumerate(flat) if part.keys is None)
    index = {k: tuple(v) for k, v in by_key.items()}
    return Gated(name, tuple(flat), index, frozenset(index), always)


def _word_start(text: str, i: int) -> bool:
    if i == 0:
        return True
    before = text[i - 1]
    return not (before.isalnum() or before in "_@")


def _scan(pattern: re.Pattern[str], low: str) -> list[tuple[int, int]]:
    """Word-initial matches of ``pattern`` in ``low`` (a candidate inside a word is skipped)."""
    found: list[tuple[int, int]] = []
    search = pattern.search
    pos = 0
    while (m := search(low, pos)) is not None:
        start, end = m.span()
        if _word_start(low, start):
            found.append((start, end))
            pos = end
        else:
            pos = start + 1
    return found


@lru_cache(maxsize=4096)
def spans(gate: Gated, text: str) -> tuple[tuple[int, int], ...]:
    """Start and end of every match of ``gate`` in ``text``, in order of start."""
    canon = canonical(text)
    keys = None if canon is None else text_keys(canon)
    return _spans(gate, text, lowered(text), keys, canon)


def _spans(
    gate: Gated,
    text: str,
    low: str,
    present: AbstractSet[str] | None,
    canon: str | None,
) -> tuple[tuple[int, int], ...]:
    """The matches in ``text`` (``low`` its lower case), running only the parts whose keys are
    ``present`` and whose pre-filter admits the text (``canon``: its canonical lower case); all
    of them when the keys are unknown."""
    parts = gate.parts
    if present is None or canon is None:
        return _run(parts, range(len(parts)), text, low)
    hit = gate.keyset & present  # one pass over the smaller set (isdisjoint, then &, took two)
    if not hit:
        if not gate.always:
            return ()
        opened: Iterable[int] = gate.always
    else:
        by_key = gate.by_key
        if len(hit) == 1 and not gate.always:
            opened = by_key[next(iter(hit))]
        else:
            grown = set(gate.always)
            for key in hit:
                grown.update(by_key[key])
            opened = grown
    chosen = []
    for i in opened:
        part = parts[i]
        if part.also and any(group.isdisjoint(present) for group in part.also):
            continue
        part_gate = part.gate
        if part_gate is None or part_gate.admits(present, canon):
            chosen.append(i)
    return _run(parts, chosen, text, low) if chosen else ()


def _run(
    parts: tuple[Part, ...], chosen: Iterable[int], text: str, low: str
) -> tuple[tuple[int, int], ...]:
    found: list[tuple[int, int]] = []
    for i in chosen:
        part = parts[i]
        if part.cased:
            found.extend(m.span() for m in part.fast.finditer(text))
        else:
            found.extend(_scan(part.fast, low))
    if len(found) > 1:
        found.sort()
    return tuple(found)


def find(ctx: ScreeningContext, gate: Gated, where: str = "messages") -> list[Match]:
    """Every match of ``gate`` in the inbound messages (or ``where="profile"``); a new list,
    from the context's cache (:meth:`ScreeningContext.find`)."""
    return list(ctx.find(gate, where))
