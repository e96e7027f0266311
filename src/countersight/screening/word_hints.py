"""Word hints: a cheap pre-check of whether a concept can match the inbound messages at all.

A concept costs a full regex pass per message (about 6 us for 400 characters); most messages
cannot match most concepts. Each concept of the contact and lure indicators
(:mod:`.indicators.message_off_platform`, :mod:`.indicators.message_lure`) therefore carries a
:class:`Hint`: words at least one of which any match must contain, checked against one scan of
the messages' words. :func:`find` and :func:`near` run a concept only when its hint holds.
"""

from __future__ import annotations

import itertools
import string

from countersight.screening.context import Match, ScreeningContext, TextField
from countersight.screening.lexicon import Concept

_SEPARATORS = (string.punctuation + "\t\n\r\x0b\x0c").encode()
_PUNCT = bytes.maketrans(_SEPARATORS, b" " * len(_SEPARATORS))


# Every word group of every Hint, by id, and which groups each word satisfies.
_WORD_GROUPS: dict[bytes, list[int]] = {}
_GROUP_IDS = itertools.count()
_SUFFIXES = ("", "s", "es", "d", "ed", "ing", "er", "ers", "ment", "ments", "ion", "ions", "able")
_last_scan: list[tuple[list[TextField], frozenset[int]]] = []


def _inflections(word: str) -> set[str]:
    """``attach+`` -> attach, attaches, attached, attaching, attachment...; else the word."""
    if not word.endswith("+"):
        return {word}
    stem = word[:-1]
    forms = {stem + s for s in _SUFFIXES} | {stem + stem[-1] + s for s in ("ing", "ed", "er")}
    if stem.endswith("e"):
        forms |= {stem[:-1] + s for s in ("ing", "ion", "ions", "ation", "able")}
    return forms


def _satisfied(ctx: ScreeningContext) -> frozenset[int]:
    """The ids of the Hint word groups that the inbound messages satisfy (one scan for all).

    Kept for the last context seen, by identity of its message list (which the cache holds, so
    that identity cannot be reused while cached).
    """
    if _last_scan and _last_scan[0][0] is ctx.messages:
        return _last_scan[0][1]
    low = "\n".join(f.folded for f in ctx.messages).lower().encode("utf-8", "replace")
    words = _WORD_GROUPS.keys() & set(low.translate(_PUNCT).split())
    satisfied = frozenset(g for word in words for g in _WORD_GROUPS[word])
    _last_scan[:] = [(ctx.messages, satisfied)]
    return satisfied


class Hint:
    """Whether a concept can match: any clause whose every ``&``-group has a word in the text.

    ``Hint("elsewhere freely", "off outside & linkedin this")``: "elsewhere" or "freely", or one
    of "off"/"outside" together with "linkedin"/"this". ``word+`` stands for its inflections.
    Words are what remains between punctuation ("e-mail" is "e" and "mail"). All Hints are
    evaluated from one scan of the messages (:func:`_satisfied`).
    """

    def __init__(self, *clauses: str) -> None:
        parsed: list[tuple[int, ...]] = []
        for clause in clauses:
            ids: list[int] = []
            for group in clause.split("&"):
                gid = next(_GROUP_IDS)
                for word in (f for w in group.split() for f in _inflections(w)):
                    _WORD_GROUPS.setdefault(word.encode(), []).append(gid)
                ids.append(gid)
            parsed.append(tuple(ids))
        self.any_of = frozenset(c[0] for c in parsed if len(c) == 1)
        self.clauses = tuple(c for c in parsed if len(c) > 1)
        _last_scan.clear()  # a scan made before this Hint existed does not know its words

    def __call__(self, ctx: ScreeningContext) -> bool:
        satisfied = _satisfied(ctx)
        if not self.any_of.isdisjoint(satisfied):
            return True
        return any(satisfied.issuperset(clause) for clause in self.clauses)


def find(ctx: ScreeningContext, c: Concept, hint: Hint) -> list[Match]:
    """``ctx.find(c)``, skipped when ``hint`` says that ``c`` cannot match."""
    return ctx.find(c) if hint(ctx) else []


def near(
    ctx: ScreeningContext, common: Concept, rare: Concept, hint: Hint, window: int
) -> list[Match]:
    """``ctx.near(common, rare)``, skipped when ``rare`` (checked first, by ``hint``) is absent."""
    if not find(ctx, rare, hint):
        return []
    return ctx.near(common, rare, window=window)
