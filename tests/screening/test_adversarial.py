"""Screening stays linear on long adversarial text: 100,000 characters of repeated words, digits,
punctuation or unicode screen in well under a second (and never raise)."""

from __future__ import annotations

import time
from datetime import date

import pytest

from countersight.config import Settings
from countersight.domain import Approach
from countersight.screening import Screener

LENGTH = 100_000
PIECES = {
    "words": "please pay the fee via whatsapp to my personal email, keep this between us, urgent ",
    "stems": "confidentialityconfidential payment paying paid " * 3,
    "digits": "1234567 ",
    "phones": "+44 7700 900123 (0) 20 7946 0000 ",
    "punctuation": ".,;:!?()[]{}-'\" @@ // ++ $$ ** ",
    "unicode": "ſİıΣςµé€£¥₹ ů 汉字 \u0345\u00a0\u2019 ",
    "money": "$3,000 GBP 2,500 each per report 90k-95k ",
    "links": "www.a.com t.me/x a@b.com x [at] gmail [dot] com https://x.io/a.zip ",
    "gaps": "not not not in the press never been published in ",
    "mixed": "Reply within 24 hours or 48h, pay USD 3,000-5,000 each; telegram @abc_def; ",
}


@pytest.fixture(scope="module")
def screener() -> Screener:
    screener = Screener(settings=Settings(today=date(2026, 11, 1)))
    for piece in PIECES.values():  # prepare every vocabulary once (first use)
        screener.screen(_approach(piece))
    return screener


def _approach(text: str) -> Approach:
    return Approach.model_validate(
        {
            "messages": [{"direction": "inbound", "text": text}],
            "sender": {"headline": text[:300], "about": text[:5000]},
        }
    )


@pytest.mark.parametrize("kind", sorted(PIECES))
def test_a_hundred_thousand_adversarial_characters_screen_in_under_a_second(
    screener: Screener, kind: str
) -> None:
    piece = PIECES[kind]
    text = (piece * (LENGTH // len(piece) + 1))[:LENGTH]
    approach = _approach(text)
    start = time.perf_counter()
    screener.screen(approach)
    assert time.perf_counter() - start < 1.0
