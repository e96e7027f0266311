"""The gated vocabularies behind the social indicators (countersight.screening.gating): a gate
never hides a match the plain, case-insensitive, word-bounded pattern would find, and the quick
paths find what the plain ones would.
"""

from __future__ import annotations

import json
import re
from datetime import date

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st
from pydantic import ValidationError

from countersight.screening import gating
from countersight.screening.context import ScreeningContext
from countersight.screening.indicators import message_social
from countersight.screening.lexicon import concept
from countersight.screening.social import clients, praise, pressure, probes, vetting
from countersight.screening.social.common import phrases
from countersight.screening.text import text_field

from conftest import CORPUS
from social_cases import (
    URGENCY,
    make_approach,
    run,
)

# --- the gates never hide a match -------------------------------------------------------------

# Vocabularies that unite others (one pass where an indicator needs them all): their parts are
# the others' (checked below), so the gates are checked once, in the vocabularies they come from.
_UNIONS = {
    pressure.ANY_PRESSURE: (
        pressure.URGENT,
        pressure.SCARCITY,
        pressure.EXCLUSIVE,
        pressure.SHORT_DEADLINE,
    ),
    praise.ANY_FLATTERY: (
        praise.ACCESS_PRAISE,
        praise.INSIDE_KNOWLEDGE,
        praise.SUPERLATIVE,
        praise.PRAISE,
        praise.PRAISE_OF_STANDING_GATE,
    ),
    probes.ANY_PROBE: (
        probes.NON_PUBLIC,
        probes.COLLEAGUES,
        probes.INTERNAL_WORK,
        probes.INSIDE_WORKINGS_GATE,
        probes.SENSITIVE,
        probes.REASSURANCE,
    ),
    clients.VAGUE: (clients.ANONYMOUS_CLIENT, clients.VAGUE_CLIENT_REF),
    clients.PLAIN_DETAIL: (clients.JOB_REFERENCE, clients.LEGAL_ENTITY, clients.EMPLOYER_CHECK),
    vetting.ASSESSED: (clients.EMPLOYER_CHECK, vetting.VETTING_TALK, vetting.VETTING_PROCESS),
}
_GATES = [
    g
    for module in (clients, pressure, praise, probes, vetting)
    for g in vars(module).values()
    if isinstance(g, gating.Gated) and g not in _UNIONS
]


def _reference(gate: gating.Gated, text: str) -> list[tuple[int, int]]:
    """Every part, ungated, as an ordinary case-insensitive look-behind pattern on the text."""
    found: list[tuple[int, int]] = []
    for part in gate.parts:
        flags = 0 if part.cased else re.IGNORECASE
        pattern = re.compile(r"(?<![\w@])" + part.pattern.pattern, flags)
        found.extend(m.span() for m in pattern.finditer(text))
    return sorted(found)


def _corpus_texts() -> list[str]:
    texts = []
    for path in sorted(CORPUS.glob("*/*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                texts += [m["text"] for m in json.loads(line)["messages"]]
    return texts


def _train_texts() -> list[str]:
    texts = []
    for path in sorted((CORPUS / "train").glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                texts += [m["text"] for m in json.loads(line)["messages"]]
    return texts


def test_gates_hide_nothing_on_the_labelled_corpus() -> None:
    texts = [
        *_train_texts(),
        "My client, an overseas think tank, pays USD 3,000-5,000 each; salary £90k-95k base.",
        "Reply within 24 hours. Expires in 48h. Confirm by Friday. Deadline is tomorrow!",
    ]
    for text in texts:
        for gate in _GATES:
            assert list(gating.spans.__wrapped__(gate, text)) == _reference(gate, text), gate.name


_VOCABULARY = sorted(
    {
        w
        for g in _GATES
        for part in g.parts
        for w in re.findall(r"[a-z]{2,}", part.pattern.pattern)
        if w not in {"s", "es"}
    }
)
_PIECES = st.one_of(
    st.sampled_from(_VOCABULARY),
    st.sampled_from(["$3,000", "GBP 2,500", "90k", "24", "48h", "Ltd", "Rolls-Royce", "a@b.com"]),
    st.text(alphabet="aeiou xyz.,-'@$\n", max_size=6),
)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(_PIECES, max_size=40).map(" ".join))
def test_gates_hide_nothing_on_random_phrases(text: str) -> None:
    for gate in _GATES:
        assert list(gating.spans.__wrapped__(gate, text)) == _reference(gate, text), gate.name


# --- the quick paths find what the plain ones would ---------------------------------------------


def test_unions_hold_the_parts_of_the_vocabularies_they_unite() -> None:
    for union, vocabularies in _UNIONS.items():
        assert union.parts == tuple(p for v in vocabularies for p in v.parts), union.name


_TWINS = [
    (probes.INSIDE_WORKINGS, probes.INSIDE_WORKINGS_GATE),
    (praise.PRAISE_OF_STANDING, praise.PRAISE_OF_STANDING_GATE),
]


def test_concept_twins_hold_the_concepts_patterns() -> None:
    for twin_of, twin in _TWINS:
        terms = [
            "re:" + p.pattern.pattern.removeprefix("(?:").removesuffix(r")(?![\w@])")
            for p in twin.parts
        ]
        assert concept(twin_of.name, *terms).pattern == twin_of.pattern


def _twins_cover_the_concepts(texts: list[str]) -> None:
    for text in texts:
        field = text_field("x", text)
        if field.canonical != field.lowered:
            continue
        for twin_of, twin in _TWINS:
            if twin_of.matches(field):
                assert twin.spans(field), (twin.name, text[:200])


def test_concept_twins_find_where_the_concepts_do_on_the_corpus() -> None:
    texts = _corpus_texts()
    _twins_cover_the_concepts([*texts, *(t.upper() for t in texts), *(t.lower() for t in texts)])


_CONCEPT_WORDS = sorted(
    {w for c, _ in _TWINS for w in re.findall(r"[a-z]{2,}", c.pattern.pattern) if w != "es"}
)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(_CONCEPT_WORDS), min_size=2, max_size=12).map(" ".join))
def test_concept_twins_find_where_the_concepts_do_on_random_phrases(text: str) -> None:
    _twins_cover_the_concepts([text])


def test_phrases_match_as_words_does() -> None:
    for keys, terms in [
        ("soon", "as soon as possible"),
        ("late", "before it's too late|before it is too late"),
        ("=current", "current salary|current package"),
    ]:
        assert phrases(keys, terms).pattern == gating.words(terms)[0].pattern


def _messages(*texts: str) -> ScreeningContext:
    return ScreeningContext.build(make_approach(*texts), date(2025, 1, 1))


_UNITED = [
    (
        pressure.ANY_PRESSURE,
        (pressure.URGENT, pressure.SCARCITY, pressure.EXCLUSIVE, pressure.SHORT_DEADLINE),
    ),
    (clients.VAGUE, (clients.ANONYMOUS_CLIENT, clients.VAGUE_CLIENT_REF)),
]


def _check_united(ctx: ScreeningContext) -> None:
    for union, vocabularies in _UNITED:
        alone = sorted(
            (m for v in vocabularies for m in ctx.find(v)), key=lambda m: (m.field.path, m.start)
        )
        assert message_social._united(ctx, union, vocabularies) == alone


def test_united_orders_matches_that_start_together_as_their_vocabularies_do() -> None:
    # "reply today" (urgent) and "reply today by tomorrow" (short deadline) start together
    ctx = _messages("Hi.", "Please reply today by tomorrow at the latest.")
    found = ctx.find(pressure.ANY_PRESSURE)
    assert len({(m.start, m.end) for m in found}) > len({m.start for m in found})
    _check_united(ctx)
    quotes = [ev.quote for ev in run(URGENCY, "Hi.", "Please reply today by tomorrow.")]
    assert quotes == ["reply today", "reply today by tomorrow"]


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.lists(_PIECES, max_size=30).map(" ".join), min_size=1, max_size=3))
def test_united_finds_what_each_vocabulary_finds(texts: list[str]) -> None:
    try:
        ctx = _messages(*texts)
    except ValidationError:
        assume(False)
        raise
    _check_united(ctx)
    for twin_of, twin in _TWINS:
        assert message_social._concept_in(ctx.messages, twin_of, twin) == ctx.find(twin_of)


def test_patterns_must_be_lower_case() -> None:
    with pytest.raises(ValueError, match="lower case"):
        gating.rx("client", r"My\s+Client")
    with pytest.raises(ValueError, match="too short"):
        gating.words("pa*")
