"""Patterns rewritten for canonical lower-case text (countersight.screening.casefold) find exactly
what the originals find, for every vocabulary of the screening."""

from __future__ import annotations

import json
import re
import sys

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import countersight.screening.screen  # noqa: F401  (registers every indicator and vocabulary)
from countersight.screening import gating, vocabulary
from countersight.screening.casefold import canonical, factored, lowercase_pattern
from countersight.screening.lexicon import Concept
from countersight.screening.text import fold

from conftest import CORPUS


def _objects(kind: type) -> list[object]:
    found: dict[int, object] = {}
    for module in list(sys.modules.values()):
        if getattr(module, "__name__", "").startswith("countersight.screening"):
            for value in vars(module).values():
                if isinstance(value, kind):
                    found[id(value)] = value
    return list(found.values())


CONCEPTS = [c for c in _objects(Concept) if isinstance(c, Concept)]
PARTS = [p for g in _objects(gating.Gated) if isinstance(g, gating.Gated) for p in g.parts]
VOCABULARIES = [v for v in _objects(vocabulary.Vocabulary) if isinstance(v, vocabulary.Vocabulary)]


def _spans(pattern: re.Pattern[str], text: str) -> list[tuple[int, int]]:
    return [m.span() for m in pattern.finditer(text)]


def _check(texts: list[str]) -> None:
    for raw in texts:
        text = fold(raw)
        low = canonical(text)
        if low is None:
            continue
        for c in CONCEPTS:
            fast = lowercase_pattern(c.pattern)
            if fast is not None:
                assert _spans(fast, low) == _spans(c.pattern, text), c.name
        for part in PARTS:
            target = text if part.cased else gating.lowered(text)
            assert _spans(factored(part.pattern), target) == _spans(part.pattern, target)
        for v in VOCABULARIES:
            target = vocabulary.lowered(text)
            assert _spans(factored(v.pattern), target) == _spans(v.pattern, target), v.name


def test_most_concepts_are_rewritten() -> None:
    rewritten = [c for c in CONCEPTS if lowercase_pattern(c.pattern) is not None]
    assert len(rewritten) >= len(CONCEPTS) * 2 // 3


def test_rewritten_patterns_find_the_same_on_the_corpus() -> None:
    texts: list[str] = []
    for path in sorted(CORPUS.glob("*/*.jsonl"))[:6]:
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                texts += [m["text"] for m in json.loads(line).get("messages", [])]
    _check(texts[::4])


_WORDS = sorted({w for c in CONCEPTS for w in re.findall(r"[a-z]{2,}", c.pattern.pattern)})
_PIECES = st.one_of(
    st.sampled_from(_WORDS),
    st.sampled_from(_WORDS).map(str.title),
    st.sampled_from(["ſ", "ı", "İ", "K", "Σ", "ς", "µ", "ß", "É", "’", "—", "$3,000", "@", "\n"]),
    st.text(alphabet="aeiosk ,.-'", max_size=5),
)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(_PIECES, min_size=1, max_size=25).map(" ".join))
def test_rewritten_patterns_find_the_same_on_random_phrases(text: str) -> None:
    _check([text, text.upper()])


def test_a_case_insensitive_alternation_becomes_a_lower_case_trie() -> None:
    pattern = re.compile(r"(?<![\w@])(?:payment|paying|pay|fee)s?(?![\w@])", re.IGNORECASE)
    fast = lowercase_pattern(pattern)
    assert fast is not None and not fast.flags & re.IGNORECASE
    assert "p(?:a" in fast.pattern
    text = "PAYMENTS, paying, a Fee, repay"
    low = canonical(text)
    assert low is not None
    assert _spans(fast, low) == _spans(pattern, text) == [(0, 8), (10, 16), (20, 23)]


def test_case_sensitive_parts_are_not_rewritten() -> None:
    assert lowercase_pattern(re.compile(r"(?-i:SOEs?)|state", re.IGNORECASE)) is None
    assert lowercase_pattern(re.compile(r"SOE")) is None
    assert lowercase_pattern(re.compile(r"(a)\1", re.IGNORECASE)) is None
