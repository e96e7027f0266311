"""A text field as the screening reads it: the input, a folded copy to match on, and its keys.

Every vocabulary (:mod:`.lexicon` concepts, :mod:`.vocabulary` tries, :mod:`.gating` parts) is
matched against :class:`TextField` objects. Each field is read once: folded (curly quotes, odd
spaces and dashes made plain, same length so offsets are kept), lower-cased, and on first need
cut into the keys that the pre-filters of :mod:`.prefilter` check before any pattern runs.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field

from countersight.screening.casefold import canonical
from countersight.screening.memo import cached
from countersight.screening.prefilter import Gate, text_keys

# Same-length replacements so that offsets into the matched text are offsets into the input.
_FOLD = str.maketrans(
    {
        "\u2018": "'",
        "\u2019": "'",
        "\u201b": "'",
        "\u02bc": "'",
        "\u201c": '"',
        "\u201d": '"',
        "\u201e": '"',
        "\u00a0": " ",
        "\u2007": " ",
        "\u202f": " ",
        "\u2009": " ",
        "\u2010": "-",
        "\u2011": "-",
        "\u2012": "-",
        "\u2013": "-",
        "\u2014": "-",
    }
)


_TO_FOLD = re.compile("[" + "".join(sorted(chr(c) for c in _FOLD)) + "]")


def fold(text: str) -> str:
    """``text`` with curly quotes, odd spaces and dashes made plain (same length)."""
    if text.isascii() or not _TO_FOLD.search(text):
        return text
    return text.translate(_FOLD)


@dataclass(frozen=True, eq=False)
class TextField:
    """One text field: its path, the original text, the folded text to match on, and lower case.

    ``folded`` has the same length as ``text`` (curly quotes, odd spaces and dashes made plain), so
    offsets into it are offsets into the input. ``canonical`` and ``keys`` (computed on first use)
    are what pre-filters read (:mod:`countersight.screening.prefilter`). Fields compare by
    identity: a context makes one per path.
    """

    path: str
    text: str
    folded: str
    lowered: str
    #: What other modules derive from the field, by a key of theirs (lives as long as it does).
    memo: dict[str, object] = field(default_factory=dict, repr=False)

    @cached
    def canonical(self) -> str | None:
        """The folded text in the lower case of case-insensitive matching (same offsets)."""
        return canonical(self.folded)

    @cached
    def keys(self) -> AbstractSet[str] | None:
        """The words, word prefixes, digits and symbols of the text (``None``: unknown)."""
        low = self.canonical
        return None if low is None else text_keys(low)

    def admits(self, gate: Gate | None) -> bool:
        """Whether a pattern with this gate may match here (no gate: always)."""
        return gate is None or gate.admits(self.keys, self.canonical)


def text_field(path: str, text: str) -> TextField:
    """The field at ``path`` holding ``text``."""
    folded = fold(text)
    return TextField(path=path, text=text, folded=folded, lowered=folded.lower())


def together(fields: Sequence[TextField]) -> tuple[AbstractSet[str], str] | None:
    """The keys of several fields together and their canonical texts joined by line breaks (a
    gate that these fail fails each field); ``None`` when one of them has no keys."""
    keys: list[AbstractSet[str]] = []
    texts: list[str] = []
    for f in fields:
        if f.keys is None or f.canonical is None:
            return None
        keys.append(f.keys)
        texts.append(f.canonical)
    if len(keys) == 1:
        return keys[0], texts[0]
    return frozenset().union(*keys), "\n".join(texts)
