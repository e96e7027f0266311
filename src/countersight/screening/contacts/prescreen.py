"""Case-insensitive patterns with case-sensitive parts, searched from where they can match.

The names of messaging services are matched case-insensitively except for the words that are
ordinary English too ("Signal", "LINE", "WeChat", "Wire", scoped ``(?-i:...)``). Such a pattern
cannot be rewritten for lower-case text (:mod:`countersight.screening.casefold`), and Python's
engine runs a large case-insensitive alternation many times slower than the rewritten one.
:class:`Prescreened` runs the rewritten pattern of a *relaxed* copy, every case-sensitive part
made case-insensitive, to find where the pattern can match, and the pattern itself only there.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from countersight.screening.casefold import canonical, lowercase_pattern

_CASE_SENSITIVE = "(?-i:"
_NAMED_GROUP = re.compile(r"\(\?P<\w+>")


class Prescreened:
    """``pattern.finditer``, the pattern tried only where its relaxed copy matches.

    The relaxed copy matches at every position where ``pattern`` does (a case-sensitive letter
    becomes case-insensitive, a named group a plain one, nothing else changes), so the leftmost
    position from which it matches is the first at which ``pattern`` can: the matches found are
    exactly those of ``pattern.finditer``, groups included. This holds for a case-insensitive
    pattern with no ``(?-i:...)`` part inside a negative look-around, no possessive or atomic
    part, no back-reference, and no empty match (the patterns of :mod:`.services` and of the
    contact indicators).
    """

    def __init__(self, pattern: re.Pattern[str]) -> None:
        if not pattern.flags & re.IGNORECASE or "(?P=" in pattern.pattern:
            raise ValueError("Prescreened needs a case-insensitive pattern, no back-reference")
        self.pattern = pattern
        source = _NAMED_GROUP.sub("(?:", pattern.pattern.replace(_CASE_SENSITIVE, "(?:"))
        relaxed = re.compile(source, pattern.flags)
        #: The relaxed copy rewritten for canonical lower-case text (``None``: not possible).
        self.relaxed = lowercase_pattern(relaxed)

    def finditer(self, text: str, low: str | None = None) -> Iterator[re.Match[str]]:
        """The matches of ``pattern`` in ``text``; ``low`` is ``canonical(text)`` if known."""
        fast = self.relaxed
        if low is None:
            low = canonical(text)
        if fast is None or low is None:
            yield from self.pattern.finditer(text)
            return
        pos = 0
        while (candidate := fast.search(low, pos)) is not None:
            start = candidate.start()
            m = self.pattern.match(text, start)
            if m is None:
                pos = start + 1
                continue
            yield m
            pos = max(m.end(), start + 1)
