"""``message.secrecy``: asks to hide the contact from the employer; the opposite must not fire."""

from __future__ import annotations

import time
from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from countersight.domain import Approach, Evidence
from countersight.screening.context import ScreeningContext, evidence_of
from countersight.screening.indicators.message_secrecy import (
    COVER_TRACKS,
    EMPLOYER,
    KEEP_QUIET,
    NOT_TELLING,
)
from countersight.screening.registry import REGISTRY


def secrecy(*texts: str) -> list[Evidence]:
    approach = Approach.model_validate({"messages": [{"text": t} for t in texts]})
    return REGISTRY["message.secrecy"].fn(ScreeningContext.build(approach, date(2025, 1, 1)))


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        (
            "There is no need to inform your university about our cooperation.",
            "no need to inform your university",
        ),
        (
            "It's not necessary to involve your office at this stage.",
            "not necessary to involve your office",
        ),
        (
            "Better not to mention this to your colleagues.",
            "Better not to mention this to your colleagues",
        ),
        ("Please don't tell anyone about this offer.", "don't tell anyone"),
        ("Please keep this between us for now.", "keep this between us"),
        ("I'd be grateful if we kept it strictly between ourselves.", "strictly between ourselves"),
        (
            "We would appreciate it if you keep our conversation confidential.",
            "keep our conversation confidential",
        ),
        ("Discretion is essential in this matter.", "Discretion is essential"),
        ("Please delete our messages after reading.", "delete our messages"),
        ("Please don't use your work email for this.", "don't use your work email"),
        ("Reply from a personal email address so it stays simple.", "from a personal email"),
    ],
)
def test_fires_on_requests_for_secrecy(text: str, quote: str) -> None:
    (evidence,) = secrecy(text)
    assert evidence.quote == quote
    assert evidence.start is not None and text[evidence.start : evidence.end] == quote


@pytest.mark.parametrize(
    "text",
    [
        "Please check with your employer's compliance team before the call.",
        "This is a confidential search on behalf of a client; the role is not advertised.",
        "We will never ask you to disclose confidential information about your employer.",
        "You confirm you won't share confidential information of your current or former employers.",
        "Please keep the details of the project description confidential.",
        "Feel free to tell your manager; we can also send a letter to your department.",
        "Send it from your personal laptop or work laptop, whichever is easier.",
    ],
)
def test_silent_on_genuine_confidentiality_and_openness(text: str) -> None:
    assert secrecy(text) == []


def test_reads_only_inbound_messages() -> None:
    approach = Approach.model_validate(
        {
            "messages": [
                {"text": "Hello"},
                {"direction": "outbound", "text": "Keep this between us."},
            ]
        }
    )
    ctx = ScreeningContext.build(approach, date(2025, 1, 1))
    assert REGISTRY["message.secrecy"].fn(ctx) == []


def test_linear_on_adversarial_text() -> None:
    start = time.perf_counter()
    secrecy("no need to " * 7000 + "keep it " * 2500)
    assert time.perf_counter() - start < 2.0


_PIECES = [
    "no need to", "don't", "tell", "inform", "your university", "your office", "anyone", "keep",
    "this", "between us", "our", "messages", "delete", "use", "a personal email", "work email",
    "discreet", "Please", "about", "colleagues", ".", ",", "\n\n",
]  # fmt: skip


@settings(max_examples=200, deadline=None)
@given(
    st.lists(st.lists(st.sampled_from(_PIECES), min_size=1, max_size=12), min_size=1, max_size=3)
)
def test_employer_words_are_read_only_after_a_request_not_to_tell(
    messages: list[list[str]],
) -> None:
    texts = [" ".join(["Hi", *m]) for m in messages]
    approach = Approach.model_validate({"messages": [{"text": t} for t in texts]})
    ctx = ScreeningContext.build(approach, date(2025, 1, 1))
    matches = [
        *ctx.near(NOT_TELLING, EMPLOYER, window=40),
        *ctx.find(KEEP_QUIET),
        *ctx.find(COVER_TRACKS),
    ]
    matches.sort(key=lambda m: (m.field.path, m.start))
    fresh = ScreeningContext.build(approach, date(2025, 1, 1))
    assert REGISTRY["message.secrecy"].fn(fresh) == evidence_of(matches)
