"""Pre-filters (countersight.screening.prefilter): a gate never hides a match.

Every vocabulary of the screening (concepts, vocabularies, the parts of gated vocabularies) is
checked on the labelled corpus and on random phrases made of the words of its own patterns, with
the odd characters that case-insensitive matching treats specially: wherever the pattern finds a
match, its gate lets the text through.
"""

from __future__ import annotations

import json
import re
import sys
from collections.abc import Iterator
from datetime import date

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import countersight.screening.screen  # noqa: F401  (registers every indicator and vocabulary)
from countersight.domain import Approach
from countersight.screening import gating, vocabulary
from countersight.screening.casefold import canonical
from countersight.screening.context import ScreeningContext
from countersight.screening.lexicon import Concept, concept
from countersight.screening.prefilter import Gate, gate_of, text_keys
from countersight.screening.text import TextField, text_field

from conftest import CORPUS

# --- every pattern of the screening, and the text it runs on ----------------------------------

_Case = tuple[str, re.Pattern[str], str, Gate | None]


def _cases() -> Iterator[_Case]:
    seen: set[int] = set()
    for module in list(sys.modules.values()):
        if not getattr(module, "__name__", "").startswith("countersight.screening"):
            continue
        for value in vars(module).values():
            if id(value) in seen:
                continue
            seen.add(id(value))
            if isinstance(value, Concept):
                yield value.name, value.pattern, "folded", value.gate
            elif isinstance(value, vocabulary.Vocabulary):
                yield value.name, value.pattern, "vocabulary", value.gate
            elif isinstance(value, gating.Gated):
                for i, part in enumerate(value.parts):
                    name = f"{value.name}[{i}]"
                    if part.cased:
                        yield name, part.pattern, "folded", part.gate
                    else:
                        # Parts match only at the start of a word (gating._scan).
                        bounded = re.compile(rf"(?<![\w@])(?:{part.pattern.pattern})")
                        yield name, bounded, "lowered", part.gate


CASES = list(_cases())


def _target(kind: str, field: TextField) -> str:
    if kind == "vocabulary":
        return vocabulary.lowered(field.folded)
    if kind == "lowered":
        return gating.lowered(field.folded)
    return field.folded


def _check(texts: list[str]) -> None:
    fields = [text_field("x", t) for t in texts]
    for name, pattern, kind, gate in CASES:
        if gate is None:
            continue
        for field in fields:
            if pattern.search(_target(kind, field)) is not None:
                assert field.admits(gate), (name, field.text[:200])


def _corpus_texts() -> list[str]:
    texts: list[str] = []
    for path in sorted(CORPUS.glob("*/*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                item = json.loads(line)
                texts += [m["text"] for m in item.get("messages", [])]
                sender = item.get("sender") or {}
                texts += [sender[k] for k in ("headline", "organisation", "about") if sender.get(k)]
    return texts


def test_every_vocabulary_has_a_gate() -> None:
    ungated = [name for name, _, _, gate in CASES if gate is None]
    assert len(CASES) > 300
    assert len(ungated) <= len(CASES) // 50, ungated


def test_gates_hide_nothing_on_the_labelled_corpus() -> None:
    texts = _corpus_texts()
    assert texts
    _check(texts[::3] + [t.upper() for t in texts[1::7]])


_WORDS = sorted({w for _, p, _, _ in CASES for w in re.findall(r"[a-z]{2,}", p.pattern)})
_ODD = ["ſ", "ı", "İ", "K", "Σ", "ς", "µ", "ß", "é", "—", "’", "\u00a0", "£", "$", "3,000", "24"]
_PIECES = st.one_of(
    st.sampled_from(_WORDS),
    st.sampled_from(_WORDS).map(str.upper),
    st.sampled_from(_ODD),
    st.text(alphabet="aeiostk .,-'@$/\n()", max_size=6),
)


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(_PIECES, min_size=1, max_size=30).map(" ".join))
def test_gates_hide_nothing_on_random_phrases(text: str) -> None:
    _check([text, text.replace(" ", "-"), text.replace("s", "ſ")])


# --- keys and gates ----------------------------------------------------------------------------


def test_text_keys_are_words_prefixes_digits_and_symbols() -> None:
    keys = text_keys("confidentiality: pay £90k, see www.x.com")
    assert {"confidentiality", "conf", "confid", "pay", "90k", "#", "#k", "£", "www"} <= keys
    assert "con" not in keys and "confide" not in keys
    assert text_keys("über straße") >= {"über", "straße", "stra", "straße"[:6]}
    assert "#" not in text_keys("no digits here")


def test_canonical_keeps_offsets_and_reads_as_case_insensitive_matching_does() -> None:
    assert canonical("PAſSWORD İstanbul K") == "password istanbul k"
    for text in ("İİ x", "Straße", "ΟΔΟΣ", ""):
        low = canonical(text)
        assert low is not None and len(low) == len(text)
    assert canonical("a\u0345b") is None


def _field(text: str) -> TextField:
    approach = Approach.model_validate({"messages": [{"direction": "inbound", "text": text}]})
    return ScreeningContext.build(approach, date(2025, 1, 1)).messages[0]


def test_a_concept_runs_only_where_its_words_are() -> None:
    pay = concept("test.pay", "pay*", "white paper", "fee")
    assert pay.gate is not None
    assert pay.spans(_field("We will PAY you")) == [(8, 11)]
    assert pay.spans(_field("a white-paper and fees")) == [(2, 13), (18, 22)]
    assert not _field("nothing to see").admits(pay.gate)
    # A short stem is looked for as a substring: "repay" passes the gate, the pattern decides.
    assert _field("repay").admits(pay.gate)
    assert pay.spans(_field("repay")) == []


def test_raw_patterns_get_gates_from_their_words() -> None:
    gate = gate_of(re.compile(r"(?<![\w@])keep(?:ing)?\s+(?:this|it)\s+(?:quiet|secret)", re.I))
    assert gate is not None
    assert _field("Please keep this quiet.").admits(gate)
    assert not _field("Please keep going.").admits(gate)
    assert not _field("It is no secret.").admits(gate)
    # A number needs a digit ("#"); a pattern that needs nothing has no gate and always runs.
    digits = gate_of(re.compile(r"\d+\s*(?:k|m)?"))
    assert digits is not None and not _field("no number").admits(digits)
    assert gate_of(re.compile(r"[a-z]+")) is None


def test_words_inside_other_words_are_looked_for_as_substrings() -> None:
    gate = gate_of(re.compile(r"\d+(?:ward|wards)", re.I))
    assert gate is not None
    assert _field("10wards").admits(gate)
    assert not _field("10 words").admits(gate)


@pytest.mark.parametrize(
    ("text", "admitted"),
    [("we pay well", True), ("WE PAID", True), ("Payment due", True), ("nope", False)],
)
def test_a_vocabulary_is_gated_like_a_concept(text: str, admitted: bool) -> None:
    vocab = vocabulary.vocabulary("test.vocab.pay", "pay", "paid", "payment*")
    assert _field(text).admits(vocab.gate) is admitted
