"""Fairness: no indicator or feature reads the sender's name, ethnicity, nationality or country.

CONTRACTS.md section 2: swapping the sender names between two approaches must not change either
score by more than 0.02. The names are swapped everywhere they appear, signatures included.
"""

from __future__ import annotations

import functools
import re
from datetime import date
from itertools import islice

from hypothesis import given, settings
from hypothesis import strategies as st

from countersight.config import Settings
from countersight.domain import Approach
from countersight.screening import Screener, detect
from countersight.sources.approach_documents import read_all

from conftest import CORPUS, EXAMPLES

SETTINGS = Settings(today=date(2026, 11, 1))
SCREENER = Screener(settings=SETTINGS)


@functools.cache
def labelled() -> list[Approach]:
    docs = read_all([str(CORPUS), str(EXAMPLES)], SETTINGS)
    return [d.approach for d in docs if d.approach is not None]


def with_name(approach: Approach, new: str) -> Approach:
    old = approach.sender.name or ""
    parts = [p for p in re.split(r"\s+", old) if len(p) > 1]
    new_parts = new.split() or [new]

    def swap(text: str) -> str:
        if old:
            text = text.replace(old, new)
        for i, part in enumerate(parts):
            text = re.sub(rf"\b{re.escape(part)}\b", new_parts[min(i, len(new_parts) - 1)], text)
        return text

    messages = [m.model_copy(update={"text": swap(m.text)}) for m in approach.messages]
    sender = approach.sender.model_copy(update={"name": new})
    return approach.model_copy(update={"sender": sender, "messages": messages})


def test_swapping_names_between_hostile_and_benign_moves_no_score() -> None:
    cases = labelled()
    hostile = [a for a in cases if a.label in ("hostile", "scam") and a.sender.name]
    benign = [a for a in cases if a.label == "benign" and a.sender.name]
    assert len(hostile) >= 20 and len(benign) >= 20
    worst = 0.0
    for h, b in zip(hostile, benign, strict=False):
        assert h.sender.name and b.sender.name
        h_swapped, b_swapped = with_name(h, b.sender.name), with_name(b, h.sender.name)
        for original, swapped in ((h, h_swapped), (b, b_swapped)):
            delta = abs(SCREENER.screen(original).score - SCREENER.screen(swapped).score)
            worst = max(worst, delta)
            assert delta <= 0.02, (original.id, original.sender.name, swapped.sender.name, delta)
    assert worst <= 0.02


NAMES = [
    "Wang Wei",
    "Mohammad Rezaei",
    "Olga Ivanova",
    "Kim Min-jun",
    "John Smith",
    "Aisha Bello",
    "Priya Sharma",
    "Hans Müller",
    "Fatima Al-Sayed",
    "Nguyen Van An",
]
PLACES = [
    "Beijing",
    "Tehran",
    "Moscow",
    "Pyongyang",
    "London",
    "Lagos",
    "Mumbai",
    "Berlin",
    "Riyadh",
    "Hanoi",
    None,
]


@settings(max_examples=60, deadline=None)
@given(name=st.sampled_from(NAMES), place=st.sampled_from(PLACES), index=st.integers(0, 40))
def test_name_and_location_never_change_what_fires(
    name: str, place: str | None, index: int
) -> None:
    cases = list(islice(labelled(), index, index + 1)) or labelled()[:1]
    approach = cases[0]
    changed = approach.model_copy(
        update={"sender": approach.sender.model_copy(update={"name": name, "location": place})}
    )
    assert detect(changed, SETTINGS).keys() == detect(approach, SETTINGS).keys()
    # The text models remove the sender's name from the text they read, so a new name with the
    # old one left in a signature leaves one more word in; that may move the score a hair, never
    # by more than the contract's 0.02.
    assert abs(SCREENER.screen(changed).score - SCREENER.screen(approach).score) <= 0.02
