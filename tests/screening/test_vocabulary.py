"""Vocabularies match what the equivalent lexicon concepts match, on lower-cased text."""

from __future__ import annotations

from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st

from countersight.domain import Approach
from countersight.screening.context import ScreeningContext, TextField
from countersight.screening.lexicon import concept
from countersight.screening.vocabulary import find, lowered, vocabulary

TERMS = (
    "pay", "pay for", "paid", "payment*", "fee", "honorari*", "all expenses", "all expenses paid",
    "white paper*", "op-ed*", "cash-in-hand", "third party", "a few clicks",
    "re:\\d{1,2}\\s+pages?",
)  # fmt: skip
VOCAB = vocabulary("test.vocab", *TERMS)
CONCEPT = concept("test.concept", *TERMS)
WORDS = (
    "pay", "Pay", "PAID", "payment", "payments", "paying", "fee", "fees", "feel", "honorarium",
    "honoraria", "all", "expenses", "paid", "white", "paper", "papers", "op-ed", "op-eds",
    "cash-in-hand", "third", "party", "parties", "a", "few", "clicks", "3", "pages", "12", "for",
    "repay", "prepaid", "ALL", "Expenses", "\n",
)  # fmt: skip


def _field(text: str) -> TextField:
    approach = Approach.model_validate({"messages": [{"direction": "inbound", "text": text}]})
    return ScreeningContext.build(approach, date(2025, 1, 1)).messages[0]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(WORDS), min_size=1, max_size=40).map(" ".join).filter(str.strip))
def test_same_matches_as_the_concept(text: str) -> None:
    ours = [(m.start, m.end) for m in find(VOCAB, (_field(text),))]
    theirs = [(m.start(), m.end()) for m in CONCEPT.pattern.finditer(text)]
    assert ours == theirs


def test_separators_before_a_word_are_spaces() -> None:
    # The documented difference from a concept: brackets, quotes and slashes count as spaces.
    text = 'fees ("paid") 3 (pages)'
    assert [text[m.start : m.end] for m in find(VOCAB, (_field(text),))] == [
        "fees",
        "paid",
        "3 (pages",
    ]


def test_prefers_the_longer_term() -> None:
    text = "all expenses paid, and we pay for the flights"
    assert [text[m.start : m.end] for m in find(VOCAB, (_field(text),))] == [
        "all expenses paid",
        "pay for",
    ]


def test_lowered_keeps_offsets() -> None:
    for text in ("İstanbul PAY", "Straße (paid)", "\tFee\n", ""):
        low = lowered(text)
        assert len(low) == len(text) + 1 and low[0] == " "


@settings(max_examples=200, deadline=None)
@given(st.text(st.characters(blacklist_categories=("Cc", "Cs")), max_size=200).filter(str.strip))
def test_spans_are_valid_on_any_text(text: str) -> None:
    for m in find(VOCAB, (_field(text),)):
        assert 0 <= m.start < m.end <= len(text)
