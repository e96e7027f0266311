"""Vocabulary matches in the inbound messages, and how near they are to one another.

The matching of the money and travel indicators (:mod:`.indicators.message_pay`,
:mod:`.indicators.message_payment`, :mod:`.indicators.message_travel`): a cheap substring check
that spares a pattern pass over messages that cannot match, the matches of a vocabulary, a
concept that tells capitals apart, and the matches within a few characters of others. Matches are
indexed by message and start, so that proximity tests stay linear on long adversarial messages
full of matches.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Sequence
from typing import cast

from countersight.screening.context import Match, ScreeningContext
from countersight.screening.lexicon import Concept
from countersight.screening.vocabulary import Vocabulary

#: The inbound messages of each context joined and lower-cased (in the context's memo).
_JOINED = "proximity.joined"


def _joined(ctx: ScreeningContext) -> str:
    text = cast("str | None", ctx.memo.get(_JOINED))
    if text is None:
        # ``lowered`` is ``folded.lower()``: lower-casing each message or the joined text is the
        # same, the line breaks between them being neither cased nor case-ignorable.
        text = "\n".join(f.lowered for f in ctx.messages)
        ctx.memo[_JOINED] = text
    return text


def mentions(ctx: ScreeningContext, needles: Sequence[str]) -> bool:
    """Whether the inbound messages contain one of a few ``needles`` (lower case): a gate that
    spares a pattern pass over messages that cannot match."""
    text = _joined(ctx)
    return any(n in text for n in needles)


def find(ctx: ScreeningContext, vocab: Vocabulary) -> Sequence[Match]:
    """The matches of ``vocab`` in the inbound messages (cached by the context: never to be
    changed)."""
    return ctx.find(vocab)


_InMessage = dict[tuple[str, str], list[Match]]
#: The matches of vocabularies in single messages, by context, vocabulary name and message path.
_BESIDE = "proximity.beside"  # the context's memo key


def find_beside(ctx: ScreeningContext, vocab: Vocabulary, anchors: Iterable[Match]) -> list[Match]:
    """The matches of ``vocab`` in the messages that hold one of ``anchors``, in order: all that
    :func:`near`, :func:`before`, :func:`after` and :func:`outside` can pair with the anchors
    (they pair matches of one message), for a pattern pass over those messages only."""
    paths = {m.field.path for m in anchors}
    if not paths:
        return []
    cache = cast("_InMessage | None", ctx.memo.get(_BESIDE))
    if cache is None:
        cache = {}
        ctx.memo[_BESIDE] = cache
    found: list[Match] = []
    for f in ctx.messages:
        if f.path in paths:
            key = (vocab.name, f.path)  # names are unique, and cheaper to hash
            matches = cache.get(key)
            if matches is None:
                matches = cache[key] = [Match(f, s, e) for s, e in vocab.spans(f)]
            found += matches
    return found


def led_by(heads: Sequence[str], rest: str) -> list[str]:
    """Raw vocabulary terms ``(?:head)rest``, one for each of ``heads`` (alternations such as
    ``"short|small"``), for one term ``(?:short|small|brief|...)rest`` written faster.

    The two match alike when no two heads can start at the same letter (group the alternatives
    by their first letter, in their order). The regular-expression engine rules out a term that
    starts with a letter by that letter alone; one that starts with an alternation it tries in
    full, at every word of every text."""
    return [f"re:(?:{head}){rest}" for head in heads]


def case_sensitive(name: str, pattern: str, lead: str = "") -> Concept:
    """A word-bounded concept that tells capitals apart (vocabularies never do).

    ``lead``, if given, is a character class for the first character of every match, which
    ``pattern`` then leaves out: the regular-expression engine tries the pattern only where that
    character occurs instead of at every position of the text."""
    if lead:
        # The look-behind that starts a word, taken past the first character.
        return Concept(name, re.compile(rf"{lead}(?<![\w@][\s\S])(?:{pattern})(?![\w@])"))
    return Concept(name, re.compile(rf"(?<![\w@])(?:{pattern})(?![\w@])"))


class Spans:
    """Matches indexed by message and start, to find those near a position in logarithmic
    time: proximity tests stay linear on long adversarial messages full of matches."""

    def __init__(self, matches: Iterable[Match]) -> None:
        by_field: dict[str, list[Match]] = {}
        for m in matches:
            by_field.setdefault(m.field.path, []).append(m)
        self._matches = {k: sorted(v, key=lambda m: m.start) for k, v in by_field.items()}
        self._starts = {k: [m.start for m in v] for k, v in self._matches.items()}
        self._longest = {k: max(m.end - m.start for m in v) for k, v in self._matches.items()}

    def around(self, m: Match, window: int) -> list[Match]:
        """The matches in ``m``'s message at most ``window`` characters from it (or touching)."""
        key = m.field.path
        if key not in self._starts:
            return []
        starts, matches = self._starts[key], self._matches[key]
        lo = bisect_left(starts, m.start - window - self._longest[key])
        hi = bisect_right(starts, m.end + window)
        return [
            c for c in matches[lo:hi] if c.start - m.end <= window and m.start - c.end <= window
        ]


def near(first: Iterable[Match], second: Sequence[Match], window: int) -> list[Match]:
    """For each match of ``first``, the stretch to the closest match of ``second`` in the same
    message within ``window`` characters, paragraph breaks excluded (as
    :meth:`ScreeningContext.near`, which takes the first rather than the closest)."""
    found: list[Match] = []
    if not second:
        return found
    index = Spans(second)
    seen: set[tuple[str, int, int]] = set()
    for a in first:
        best: Match | None = None
        for b in index.around(a, window):
            start, end = min(a.start, b.start), max(a.end, b.end)
            if a.field.folded.find("\n\n", start, end) >= 0:
                continue
            if best is None or end - start < best.end - best.start:
                best = Match(a.field, start, end)
        if best is not None and (best.field.path, best.start, best.end) not in seen:
            seen.add((best.field.path, best.start, best.end))
            found.append(best)
    return found


def before(matches: Iterable[Match], targets: Sequence[Match], window: int) -> list[Match]:
    """The matches that end at most ``window`` characters before a target in the same message."""
    index = Spans(targets)
    return [m for m in matches if any(t.start >= m.end for t in index.around(m, window))]


def after(matches: Iterable[Match], targets: Sequence[Match], window: int) -> list[Match]:
    """The matches that start at most ``window`` characters after a target in the same message."""
    index = Spans(targets)
    return [m for m in matches if any(m.start >= t.end for t in index.around(m, window))]


def outside(matches: Iterable[Match], spans: Sequence[Match], margin: int = 0) -> list[Match]:
    """The matches that overlap none of ``spans`` (widened by ``margin`` characters)."""
    if not spans:
        return list(matches)
    index = Spans(spans)
    return [
        m
        for m in matches
        if not any(
            s.start - margin < m.end and m.start < s.end + margin for s in index.around(m, margin)
        )
    ]
