"""Case-insensitive patterns rewritten to run faster on text in canonical lower case.

Python's regular-expression engine compares every character of a case-insensitive pattern through
a case table and cannot rule out an alternative by its first letter; on lower-case text without
the flag it can. :func:`canonical` gives a text in the lower case that case-insensitive matching
itself uses, character for character ("ſ" is "s", "İ" is "i", "K" is "k"), so offsets are kept;
:func:`lowercase_pattern` rewrites a case-insensitive pattern for such text: literal letters and
character classes in lower case, alternations that begin with different letters factored into a
trie. Both find exactly the same spans; a pattern that cannot be rewritten exactly (a
case-sensitive part, ``re.ASCII``, a back-reference) gets ``None`` and runs as it is.
"""

from __future__ import annotations

import importlib
import re
from functools import lru_cache
from typing import Any

# The standard library's regular-expression parser (the one ``re.compile`` uses).
_sre: Any = importlib.import_module("re._parser")
_c: Any = importlib.import_module("re._constants")
_casefix: Any = importlib.import_module("re._casefix")

#: A combining mark that case-insensitive matching equates with a letter (iota) although it is
#: not a word character: a text holding it is never canonicalised.
UNSAFE = "\u0345"


def _canonical_letters() -> dict[int, str]:
    """Lower-case letters that case-insensitive matching treats as one (``ſ`` and ``s``): each
    class mapped to its smallest member."""
    table: dict[int, str] = {}
    for lower, others in _casefix._EXTRA_CASES.items():
        members = [m for m in (lower, *others) if chr(m) not in UNSAFE]
        canon = chr(min(members))
        for member in members:
            if chr(member) != canon:
                table[member] = canon
    return table


_CANON = _canonical_letters()
_TO_CANON = re.compile("[" + "".join(sorted(chr(c) for c in _CANON)) + "]")


def canonical(text: str) -> str | None:
    """``text`` in the lower case of case-insensitive matching, character for character (same
    length and offsets); ``None`` for a text holding :data:`UNSAFE`."""
    low = text.lower()
    if len(low) == len(text) and low.isascii():
        return low
    if UNSAFE in text:
        return None
    if len(low) != len(text):
        low = "".join("i" if c == "\u0130" else c.lower() for c in text)
    return low.translate(_CANON) if _TO_CANON.search(low) else low


@lru_cache(maxsize=2048)
def parse(source: str, flags: int) -> Any:
    """The parse tree of a pattern (the standard library's, as ``re.compile`` reads it); shared,
    and never to be changed."""
    return _sre.parse(source, flags)


def canonical_char(code: int) -> str:
    """One character in canonical lower case (:data:`UNSAFE` as itself)."""
    return canonical(chr(code)) or chr(code)


class _NotExact(Exception):
    """The pattern has a part that cannot be rewritten exactly."""


_REPEATS = {"MAX_REPEAT": "", "MIN_REPEAT": "?", "POSSESSIVE_REPEAT": "+"}
_AT = {
    "AT_BEGINNING": "^",
    "AT_BEGINNING_STRING": r"\A",
    "AT_END": "$",
    "AT_END_STRING": r"\Z",
    "AT_BOUNDARY": r"\b",
    "AT_NON_BOUNDARY": r"\B",
}
_CATEGORIES = {
    "CATEGORY_DIGIT": r"\d",
    "CATEGORY_NOT_DIGIT": r"\D",
    "CATEGORY_SPACE": r"\s",
    "CATEGORY_NOT_SPACE": r"\S",
    "CATEGORY_WORD": r"\w",
    "CATEGORY_NOT_WORD": r"\W",
}
_SPECIAL_IN_CLASS = set("\\]^-[")


def lowercase_pattern(pattern: re.Pattern[str]) -> re.Pattern[str] | None:
    """``pattern`` (case-insensitive) for :func:`canonical` text, or ``None`` if not exact."""
    if not pattern.flags & re.IGNORECASE:
        return None
    return _rewrite(pattern.pattern, pattern.flags)


def factored(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """``pattern`` (case-sensitive) with its alternations factored into tries: the same matches,
    faster. The pattern itself when it cannot be rewritten exactly."""
    if pattern.flags & re.IGNORECASE:
        return pattern
    return _rewrite(pattern.pattern, pattern.flags) or pattern


@lru_cache(maxsize=2048)
def _rewrite(source: str, flags: int) -> re.Pattern[str] | None:
    """The pattern rewritten: for canonical text if case-insensitive, else only factored."""
    if flags & re.ASCII:
        return None
    try:
        parsed = parse(source, flags)
        names = {number: name for name, number in parsed.state.groupdict.items()}
        body = _Writer(names, fold=bool(flags & re.IGNORECASE)).items(list(parsed))
    except _NotExact:
        return None
    kept = flags & (re.DOTALL | re.MULTILINE)
    return re.compile(body, kept)


class _Writer:
    def __init__(self, names: dict[int, str], fold: bool) -> None:
        self.names = names
        self.char = canonical_char if fold else chr
        self.fold = fold

    def items(self, items: list[tuple[Any, Any]]) -> str:
        return "".join(self.item(op, av) for op, av in items)

    def group(self, items: list[tuple[Any, Any]]) -> str:
        """``items`` as one atom (for a quantifier)."""
        if len(items) == 1 and items[0][0] in (_c.LITERAL, _c.IN, _c.ANY, _c.NOT_LITERAL):
            return self.item(*items[0])
        return f"(?:{self.items(items)})"

    def item(self, op: Any, av: Any) -> str:
        name = str(op)
        if op is _c.LITERAL:
            return re.escape(self.char(av))
        if op is _c.NOT_LITERAL:
            return f"[^{_class_char(self.char(av))}]"
        if op is _c.ANY:
            return "."
        if op is _c.IN:
            return self.char_class(av)
        if op is _c.BRANCH:
            return "(?:" + self.branches(av[1]) + ")"
        if op is _c.SUBPATTERN:
            group, add_flags, del_flags, sub = av
            if (add_flags | del_flags) & (re.IGNORECASE | re.ASCII | re.LOCALE | re.UNICODE):
                raise _NotExact
            scoped = _flag_letters(add_flags, del_flags)
            if group is None:
                return f"(?{scoped}:{self.items(list(sub))})"
            if scoped:
                raise _NotExact
            label = f"?P<{self.names[group]}>" if group in self.names else ""
            return f"({label}{self.items(list(sub))})"
        if name in _REPEATS:
            lo, hi, sub = av
            atom = self.group(list(sub))
            if (lo, hi) == (0, _c.MAXREPEAT):
                quantifier = "*"
            elif (lo, hi) == (1, _c.MAXREPEAT):
                quantifier = "+"
            elif (lo, hi) == (0, 1):
                quantifier = "?"
            elif hi == _c.MAXREPEAT:
                quantifier = f"{{{lo},}}"
            elif lo == hi:
                quantifier = f"{{{lo}}}"
            else:
                quantifier = f"{{{lo},{hi}}}"
            return atom + quantifier + _REPEATS[name]
        if op is _c.ATOMIC_GROUP:
            return f"(?>{self.items(list(av))})"
        if op is _c.AT:
            return _AT[str(av)] if str(av) in _AT else _unexact()
        if op in (_c.ASSERT, _c.ASSERT_NOT):
            direction, sub = av
            head = ("(?=" if direction > 0 else "(?<=") if op is _c.ASSERT else None
            head = head or ("(?!" if direction > 0 else "(?<!")
            return f"{head}{self.items(list(sub))})"
        raise _NotExact

    def char_class(self, members: list[tuple[Any, Any]]) -> str:
        out: list[str] = []
        negate = ""
        chars: set[str] = set()
        for op, av in members:
            if op is _c.NEGATE:
                negate = "^"
            elif op is _c.LITERAL:
                chars.add(self.char(av))
            elif op is _c.RANGE and not self.fold:
                lo, hi = av
                out.append(f"{_class_char(chr(lo))}-{_class_char(chr(hi))}")
            elif op is _c.RANGE:
                lo, hi = av
                if hi - lo > 2048:
                    raise _NotExact
                chars.update(canonical_char(code) for code in range(lo, hi + 1))
            elif op is _c.CATEGORY and str(av) in _CATEGORIES:
                out.append(_CATEGORIES[str(av)])
            else:
                raise _NotExact
        return f"[{negate}{''.join(out)}{_ranges(chars)}]"

    def branches(self, branches: list[Any]) -> str:
        """Alternatives, those that begin with a literal character factored by it. Only runs of
        such alternatives are factored: two of them with different first characters never match
        at the same place, so their order does not matter; their order within a group is kept."""
        parts: list[str] = []
        run: list[list[tuple[Any, Any]]] = []
        for branch in branches:
            items = list(branch)
            if items and items[0][0] is _c.LITERAL:
                run.append(items)
                continue
            parts.extend(self.trie(run))
            run = []
            parts.append(self.items(items))
        parts.extend(self.trie(run))
        return "|".join(parts)

    def trie(self, run: list[list[tuple[Any, Any]]]) -> list[str]:
        groups: dict[str, list[list[tuple[Any, Any]]]] = {}
        for items in run:
            groups.setdefault(self.char(items[0][1]), []).append(items[1:])
        out: list[str] = []
        for first, tails in groups.items():
            if len(tails) == 1:
                out.append(re.escape(first) + self.items(tails[0]))
            else:
                out.append(re.escape(first) + "(?:" + self.branches(tails) + ")")
        return out


def _unexact() -> str:
    raise _NotExact


def _flag_letters(add: int, delete: int) -> str:
    letters = {re.MULTILINE: "m", re.DOTALL: "s", re.VERBOSE: "x"}
    on = "".join(v for k, v in letters.items() if add & k)
    off = "".join(v for k, v in letters.items() if delete & k)
    return on + (f"-{off}" if off else "")


def _class_char(char: str) -> str:
    return "\\" + char if char in _SPECIAL_IN_CLASS else char


def _ranges(chars: set[str]) -> str:
    """Characters for a class, runs of consecutive code points as ranges."""
    codes = sorted(ord(c) for c in chars)
    out: list[str] = []
    i = 0
    while i < len(codes):
        j = i
        while j + 1 < len(codes) and codes[j + 1] == codes[j] + 1:
            j += 1
        first, last = chr(codes[i]), chr(codes[j])
        if j - i >= 2:
            out.append(f"{_class_char(first)}-{_class_char(last)}")
        else:
            out.extend(_class_char(chr(c)) for c in codes[i : j + 1])
        i = j + 1
    return "".join(out)
