"""A text's keys: its words, their 4- and 6-letter prefixes, digits and symbols."""

from __future__ import annotations

import re
from collections.abc import Set as AbstractSet
from operator import itemgetter

#: Prefix lengths of the keys (see :func:`text_keys`).
PREFIX = 4
LONG_PREFIX = 6
#: Symbols that are keys of their own.
SYMBOLS = "$£€¥@/+"

#: A word: a run of letters and digits.
WORD = re.compile(r"[^\W_]+")
_DIGIT = re.compile(r"\d")
_THOUSANDS = re.compile(r"\dk\b")
_NOT_ALNUM = bytes(c for c in range(128) if not chr(c).isalnum())
_TO_SPACE = bytes.maketrans(_NOT_ALNUM, b" " * len(_NOT_ALNUM))
_NOT_DIGIT = bytes(c for c in range(256) if not 48 <= c <= 57)
_SHORT = itemgetter(slice(None, PREFIX))
_LONG = itemgetter(slice(None, LONG_PREFIX))


def text_keys(low: str) -> AbstractSet[str]:
    """The keys of a :func:`canonical` text: its words (runs of letters and digits), the unit of
    a number glued to one ("24hours" gives "hours"), their 4- and 6-letter prefixes, ``#`` when
    it has a digit, ``#k`` for a number in thousands ("90k") and
    the symbols of :data:`SYMBOLS` that occur."""
    raw = low.encode()
    # ASCII punctuation and spaces become spaces (bytes of other characters are untouched).
    keys = set(raw.translate(_TO_SPACE).decode().split())
    ascii_only = low.isascii()
    if not ascii_only:
        # A word with other characters may hold a symbol or a mark ("£300", "•item"): cut it.
        mixed = [t for t in keys if not t.isascii()]
        keys.difference_update(mixed)
        for token in mixed:
            keys.update(WORD.findall(token))
    digits = raw.translate(None, _NOT_DIGIT) if ascii_only else _DIGIT.search(low)
    if digits:
        # A number glued to its unit ("24hours", "48hrs", "3days") also opens the unit's gates.
        keys.update([t.lstrip("0123456789") for t in keys if t[0].isdigit() and not t.isdigit()])
        keys.discard("")
    # A word no longer than a prefix is its own prefix (a key already): no need to pick out the
    # longer words first.
    words = tuple(keys)
    keys.update(map(_SHORT, words))
    keys.update(map(_LONG, words))
    if digits:
        keys.add("#")
        if _THOUSANDS.search(low):
            keys.add("#k")
    for symbol in SYMBOLS:
        if symbol in low:
            keys.add(symbol)
    return keys


def word_key(word: str) -> str:
    """The key under which a word prefix is found: its first six letters, or its first four."""
    if len(word) >= LONG_PREFIX:
        return word[:LONG_PREFIX]
    return word[:PREFIX]
