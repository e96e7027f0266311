"""Up-front fees, requests for identity or bank details, reshipping and money-mule tasks."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from countersight.domain import Approach
from countersight.screening.context import ScreeningContext, evidence_of
from countersight.screening.indicators.message_requests import AMOUNT, FEE, YOU_PAY
from countersight.screening.registry import REGISTRY


def quotes(code: str, *texts: str) -> list[str]:
    approach = Approach.model_validate({"messages": [{"text": t} for t in texts]})
    ctx = ScreeningContext.build(approach, date(2025, 1, 1))
    evidence = REGISTRY[code].fn(ctx)
    for ev in evidence:
        assert ev.start is not None and ev.end is not None
        assert ev.quote == " ".join(texts)[ev.start : ev.end] or len(texts) > 1
    return [ev.quote for ev in evidence]


@pytest.mark.parametrize(
    "text",
    [
        "The only cost to you is the work permit processing fee of CAD 780, refunded with your "
        "first salary.",
        "Enrolment is £249, payable by card on the link below.",
        "You must first pay $150 for the starter kit, reimbursed after your first month.",
        "A refundable security deposit of 200 USD is required; it is refunded with your first "
        "paycheck.",
    ],
)
def test_upfront_fee_fires(text: str) -> None:
    assert quotes("message.upfront_fee", text)


@pytest.mark.parametrize(
    "text",
    [
        "The registration fee is waived for invited speakers.",
        "All travel and accommodation are at our expense.",
        "Salary £85-100k plus equity; we pay relocation up to £10k.",
    ],
)
def test_upfront_fee_silent(text: str) -> None:
    assert quotes("message.upfront_fee", text) == []


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        ("Send your adress and ID pic for register please", "Send your adress and ID pic"),
        ("Kindly send your passport data page and proceed quickly", "send your passport"),
        ("please send your online banking username and password", "send your online banking"),
        ("Please reply with a clear colour scan of your passport", "scan of your passport"),
    ],
)
def test_personal_data_request_fires(text: str, quote: str) -> None:
    assert quotes("message.personal_data_request", text) == [quote]


@pytest.mark.parametrize(
    "text",
    [
        "We will never ask for your password or bank details.",
        "Please send me your CV and a short cover letter.",
        "Our payroll provider handles bank details only after you sign the contract.",
    ],
)
def test_personal_data_request_silent(text: str) -> None:
    assert quotes("message.personal_data_request", text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Your task is to receive parcels at your home address and send them on with new labels.",
        "Check the items and reship them using the prepaid label we email you.",
        "As our Payment Processing Agent you keep 10% commission and forward the balance.",
    ],
)
def test_mule_task_fires(text: str) -> None:
    assert quotes("message.mule_task", text)


@pytest.mark.parametrize(
    "text",
    [
        "The warehouse role is based at our Leeds depot, day shifts.",
        "Your salary is paid monthly into your bank account.",
    ],
)
def test_mule_task_silent(text: str) -> None:
    assert quotes("message.mule_task", text) == []


@pytest.mark.parametrize(
    ("code", "text"),
    [
        ("message.access_probe", "They want to know how the ministry is preparing the new rules."),
        ("message.access_probe", "Tell us what is discussed in the committees, informally."),
        ("message.access_probe", "Specifics on the programs you actually followed would help."),
        ("message.malicious_lure", "Please install the app on the computer you use for work."),
        ("message.malicious_lure", "The viewer will ask you to confirm your work email first."),
        ("message.secrecy", "It's normal practice, no need to run it past your manager."),
        ("message.secrecy", "They ask that you come as a private person."),
    ],
)
def test_paraphrases_of_probes_lures_and_secrecy(code: str, text: str) -> None:
    assert quotes(code, text)


@pytest.mark.parametrize(
    ("code", "text"),
    [
        ("message.access_probe", "Tell me how your team approached the problem in your paper."),
        ("message.malicious_lure", "You can join from the Zoom app or the browser."),
        ("message.secrecy", "Please check with your manager before accepting."),
        ("message.secrecy", "Don't ask me why, but your employer will love it."),
    ],
)
def test_hard_negatives_stay_silent(code: str, text: str) -> None:
    assert quotes(code, text) == []


@pytest.mark.parametrize(
    ("code", "text"),
    [
        ("message.flattery", "People of your stature are rare in this field."),
        ("message.flattery", "Your unique insider perspective on the negotiations is invaluable."),
        ("message.flattery", "They think you have a bright future."),
        ("message.access_probe", "We would like to hear about your unit and its people."),
        (
            "message.access_probe",
            "Tell them how things were organised, and bring anything you still have.",
        ),
        ("message.access_probe", "Prepare slides on the challenges you're working on now."),
        (
            "message.malicious_lure",
            "If the PDF looks garbled, run the small decryption utility below.",
        ),
        ("message.malicious_lure", "You'll need to sign in to view it."),
        ("message.upfront_fee", "Here's the payment link for the £249 certificate."),
    ],
)
def test_second_round_paraphrases(code: str, text: str) -> None:
    assert quotes(code, text)


@pytest.mark.parametrize(
    ("code", "text"),
    [
        ("message.flattery", "Your background looks like a great match for the role."),
        ("message.access_probe", "I attach the list of people who registered for the workshop."),
        ("message.malicious_lure", "The slides are on our conference website."),
    ],
)
def test_second_round_hard_negatives(code: str, text: str) -> None:
    assert quotes(code, text) == []


@pytest.mark.parametrize(
    ("code", "text"),
    [
        (
            "message.malicious_lure",
            "Please sign in at our portal using your work Microsoft 365 account.",
        ),
        (
            "message.malicious_lure",
            "Please download the Skyline Apply Assistant from our careers site.",
        ),
        (
            "message.malicious_lure",
            "Just open the .sln and build it, the helper libs are included.",
        ),
        ("message.malicious_lure", "Please use the QR code in the attached invitation to join."),
        ("message.access_probe", "A short summary of your current unpublished work would help."),
        ("message.access_probe", "From your conversations with officials, what is the mood?"),
        ("message.secrecy", "Members usually don't list it on their institution's conflict forms."),
        ("message.secrecy", "A frank note, kept outside official channels, would be ideal."),
    ],
)
def test_third_round_paraphrases(code: str, text: str) -> None:
    assert quotes(code, text)


_FEE_PIECES = [
    "the", "processing fee", "deposit", "of", "£249", "$150", "200 USD", "you must pay",
    "the only cost to you", "payable by card", "refunded with your first salary", "is waived",
    "at our expense", "for the starter kit", "salary", "fee", ".", ",", "\n\n",
]  # fmt: skip


@settings(max_examples=200, deadline=None)
@given(st.lists(st.lists(st.sampled_from(_FEE_PIECES), min_size=1, max_size=12), max_size=3))
def test_amounts_are_read_only_after_a_payer_sign(messages: list[list[str]]) -> None:
    texts = [" ".join(["Hi", *m]) for m in messages] or ["Hello"]
    approach = Approach.model_validate({"messages": [{"text": t} for t in texts]})
    ctx = ScreeningContext.build(approach, date(2025, 1, 1))
    matches = ctx.near(FEE, YOU_PAY, window=100) or ctx.near(YOU_PAY, AMOUNT, window=60)
    fresh = ScreeningContext.build(approach, date(2025, 1, 1))
    assert REGISTRY["message.upfront_fee"].fn(fresh) == evidence_of(matches)
