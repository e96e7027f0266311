"""message.vague_client, urgency, flattery, access_probe, no_vetting: positives, hard negatives,
what they may read, and totality and speed on long adversarial text.
"""

from __future__ import annotations

import time
from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from countersight.domain import Approach
from countersight.screening.context import ScreeningContext
from countersight.screening.indicators import message_social
from countersight.screening.registry import REGISTRY

from social_cases import (
    CODES,
    FLATTERY,
    NO_VETTING,
    PROBE,
    URGENCY,
    VAGUE,
    joined,
    make_approach,
    run,
)


def test_all_five_are_registered_with_documentation() -> None:
    for code in CODES:
        assert REGISTRY[code].fn.__module__ == message_social.__name__
        assert len(REGISTRY[code].description) > 400


# --- message.vague_client ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("texts", "quoted"),
    [
        (["My client, a leading consulting firm, wants experts on energy policy."], "My client"),
        (["I represent a client who prefers to remain anonymous at this stage."], "anonymous"),
        (["I cannot disclose the client's name at this stage, but it pays well."], "disclose"),
        (["An overseas think tank would like to commission a short paper."], "think tank"),
        (["Our partners would like to invite you to contribute to a report."], "Our partners"),
        (["We write research reports for clients in Asia about European security."], "clients in"),
        (["The client values discretion very much, so keep this between us."], "discretion"),
        (["I'm working with an unnamed investor who follows the sector closely."], "unnamed"),
        (["The identity of my client is strictly confidential."], "identity of my client"),
        (["We are financed by private donors who believe in free speech."], "private donors"),
        (["Hi, I have a client interested in your work.", "They pay $2,000 per report."], "client"),
        # a confidential search whose only "detail" is unverifiable
        (
            [
                "I'm leading a confidential search for a well-funded lab. The package is very "
                "competitive and relocation is optional."
            ],
            "confidential search",
        ),
        # webmail is not a checkable corporate address
        (["My client is a research lab; write to me at jobs.recruiter@gmail.com"], "My client"),
    ],
)
def test_vague_client_fires(texts: list[str], quoted: str) -> None:
    evidence = run(VAGUE, *texts)
    assert evidence, texts
    assert quoted.lower() in joined(evidence).lower()


@pytest.mark.parametrize(
    "texts",
    [
        # a genuine retained search gives salary, site, process and firm profile
        [
            "I'm running a confidential search for a Head of Engineering at a FTSE 250 defence "
            "business. Base £140-160k + bonus, hybrid 3 days a week in Bristol. First stage is a "
            "call with me, then two interviews."
        ],
        ["My client, Rolls-Royce, is hiring a Principal Engineer in Derby."],
        ["I'm recruiting for a client, Northwind Analytics Ltd, a data consultancy."],
        ["Our client is hiring a Systems Engineer (job ref: JR-20931)."],
        ["My client is a research lab: https://careers.helixquantum.co.uk/jobs/42"],
        [
            "One of our clients, an investment fund, would like a 60-minute call. You'd complete "
            "our compliance training and confirm your employer permits this."
        ],
        ["Hi, I enjoyed your paper on grid storage. Would you like to speak at our workshop?"],
        ["Our client base includes several universities and research councils."],
        [
            "Can't name the client til we've spoken but it's a well-known retailer: 250 staff, "
            "£48k + 15% bonus + car."
        ],
    ],
)
def test_vague_client_hard_negatives(texts: list[str]) -> None:
    assert run(VAGUE, *texts) == []


def test_vague_client_quotes_every_message() -> None:
    evidence = run(VAGUE, "Hello from the team.", "Our clients are very private.")
    assert evidence[0].field == "messages[2].text"
    assert evidence[0].note == "client not named or checkable"


# --- message.urgency --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "quoted"),
    [
        ("This is urgent - please reply as soon as possible.", "urgent"),
        ("Only a few places remain for this programme.", "Only a few places"),
        ("The deadline is tomorrow, so do not wait.", "deadline is tomorrow"),
        ("Please reply within 24 hours to secure the offer.", "reply within 24 hours"),
        ("This is an exclusive opportunity for selected experts.", "exclusive opportunity"),
        ("Act now, this is a once-in-a-lifetime chance.", "Act now"),
        ("The offer is valid this week only.", "this week only"),
        ("The offer expires in 48h, so please look today!", "expires in 48h"),
        ("Please pay today to confirm your seat.", "pay today"),
        ("There are 3 other finalists.", "3 other finalists"),
        ("We are selecting a few young professionals for the fellowship.", "selecting a few"),
        ("Failure to do so will result in the cancellation of your offer.", "Failure to do so"),
        ("We need your answers before Monday, the programme airs next week.", "before Monday"),
        ("Don't miss it: limited seats for this batch.", "Don't miss"),
        ("URGENTLY hiring remote assistants!", "URGENTLY"),
        # a number glued to its unit opens the same gates as the spaced spelling
        ("Please reply within 24hours to secure the offer.", "reply within 24hours"),
        ("Kindly confirm within 48hrs.", "confirm within 48hrs"),
        ("Reply in 48h please.", "Reply in 48h"),
    ],
)
def test_urgency_fires(text: str, quoted: str) -> None:
    evidence = run(URGENCY, text)
    assert evidence, text
    assert quoted.lower() in joined(evidence).lower()


@pytest.mark.parametrize(
    "text",
    [
        "Applications close on 31 March; the deadline for abstracts is 15 May.",
        "This is not urgent, take your time.",
        "I'll send you the details today.",
        "We will get back to you within 2 days.",
        "Would you be free for a call tomorrow? Let me know.",
        "It's a unique opportunity to work on fusion energy.",
        "I'm working exclusively on this role with my client.",
        "No rush at all if the timing isn't right.",
    ],
)
def test_urgency_hard_negatives(text: str) -> None:
    assert run(URGENCY, text) == []


# --- message.flattery -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "quoted"),
    [
        ("Someone with your access would be invaluable to our client.", "Someone with your access"),
        ("Given your clearance, this work would suit you perfectly.", "Given your clearance"),
        ("Your unique insight into government policy is what we need.", "unique insight"),
        ("We would value your influential position in the ministry.", "influential position"),
        ("Your valuable network would help our client a lot.", "Your valuable network"),
        ("We were very impressed by your profile.", "very impressed by your"),
        ("As a renowned expert in quantum sensing, you would be an ideal keynote.", "renowned"),
        ("They admire your long career in the Foreign Office.", "admire your"),
        ("Your leadership in regulatory science is widely respected.", "widely respected"),
        ("We need people with first-hand Westminster experience.", "first-hand Westminster"),
        ("Your contacts in Whitehall would be very helpful.", "Your contacts in Whitehall"),
        ("People of your calibre are rare.", "People of your calibre"),
        ("Your clearance is a great asset for our client.", "Your clearance is a great"),
    ],
)
def test_flattery_fires(text: str, quoted: str) -> None:
    evidence = run(FLATTERY, text)
    assert evidence, text
    assert quoted.lower() in joined(evidence).lower()


@pytest.mark.parametrize(
    "text",
    [
        "Your background looks great for this role.",
        "I was impressed by your experience with Spark and Airflow.",
        "With your extensive experience in defence, you'd be a strong fit.",
        "Do you hold SC clearance? Is your clearance current?",
        "Please feel free to share this with your network.",
        "Our renowned institute hosts the summit every year. Would you attend?",
        "Your recent paper was a perfect fit for our workshop.",
        "Are you happy in your current position?",
    ],
)
def test_flattery_hard_negatives(text: str) -> None:
    assert run(FLATTERY, text) == []


# --- message.access_probe ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "quoted"),
    [
        ("Could you share some internal documents about the review?", "internal documents"),
        ("What is your department working on at the moment?", "your department working on"),
        ("Who else in your team works on export controls?", "Who else in your team"),
        ("Could you introduce me to colleagues in the ministry?", "introduce me to colleagues"),
        ("We want the inside view on upcoming decisions.", "inside view"),
        ("Anything that is not yet public would be especially valuable.", "not yet public"),
        ("Please send me the details of the procurement before the award.", "procurement"),
        ("Nothing classified, just your personal views.", "Nothing classified"),
        ("Do you also have contacts in government who could contribute?", "contacts in govern"),
        ("Could you send us the design specifications of the fan blade?", "specifications"),
        ("Tell us what new programs were discussed in side meetings.", "side meetings"),
        ("They want the details that wouldn't be in the press.", "wouldn't be in the press"),
        ("Could you share a copy of the draft policy?", "draft policy"),
        ("Do you have former colleagues who might like similar work?", "former colleagues"),
        ("Explain how security and access control are organised at your site.", "security"),
        ("What has been discussed in closed council sessions?", "closed council sessions"),
    ],
)
def test_access_probe_fires(text: str, quoted: str) -> None:
    evidence = run(PROBE, text)
    assert evidence, text
    assert quoted.lower() in joined(evidence).lower()


@pytest.mark.parametrize(
    "text",
    [
        "Do you hold or are you eligible for SC/DV clearance?",
        "What level of clearance do you currently hold?",
        "The role involves working on classified programmes.",
        "Please send your CV but do not include classified information in it.",
        "We never want confidential information or material non-public information.",
        "The panel is on the public record and focuses on lessons learnt, nothing classified.",
        "If you're not interested, do you know anyone who might be?",
        "If someone else on your team owns this, could you point me their way?",
        "What are you working on at the moment?",
        "Please don't discuss any live or non-public bids, pricing or your employer's pipeline.",
    ],
)
def test_access_probe_hard_negatives(text: str) -> None:
    assert run(PROBE, text) == []


# --- message.no_vetting -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("texts", "quoted"),
    [
        (["No interview needed - you can start immediately."], "No interview needed"),
        (["You have been selected for this position, congratulations!"], "You have been selected"),
        (["No CV required, just reply with your bank details."], "No CV required"),
        (["Your job is GUARANTEED once paid."], "job is GUARANTEED"),
        (["Your profile was evaluated so interview is not necessary."], "interview is not"),
        (["Management approved you!! Next step: the cheque."], "approved you"),
        (["We'd like to offer you a part-time consulting role. £3,000 per report."], "role"),
        (["Our firm pays USD 1,500/month for industry notes.", "Open to a chat?"], "USD 1,500"),
        (["We found your resume online! Remote inspector, $850/wk."], "$850/wk"),
        (["We pay EUR 1,000 for each appearance in our series of interviews."], "EUR 1,000"),
        (["Writing papers of 10 pages, GBP 2,500 each, and a visit with all expenses."], "2,500"),
    ],
)
def test_no_vetting_fires(texts: list[str], quoted: str) -> None:
    evidence = run(NO_VETTING, *texts)
    assert evidence, texts
    assert quoted.lower() in joined(evidence).lower()


def test_no_vetting_notes_say_why() -> None:
    (explicit,) = run(NO_VETTING, "No experience needed!")
    assert explicit.note == "explicit: no vetting of the candidate"
    offer = run(NO_VETTING, "We are hiring part-time analysts.", "It pays $300 per note.")
    assert offer and offer[0].note is not None and "2 message(s)" in offer[0].note


@pytest.mark.parametrize(
    "texts",
    [
        ["We're hiring a Senior Engineer. Could you send me your CV?"],
        ["Can you start immediately?"],
        ["We're hiring; the first stage is a technical call with the hiring manager."],
        ["Paid consultation at $400/hour. Please confirm your employer permits this."],
        ["Salary is £52,000-£64,000. Successful candidates complete BPSS checks."],
        ["Noticed your team is hiring ML engineers - congrats on the growth!"],
        ["Congratulations on the new role at BT! Well deserved."],
        [
            "We'd be delighted to invite you to give a keynote at our symposium; we cover "
            "travel and an honorarium of RMB 8,000."
        ],
        [
            "I'd like to invite you to write a review; we provide a modest honorarium and the "
            "author guidelines will follow."
        ],
        ["I enjoyed your paper; would you like to collaborate on a follow-up?"],
        ["The role requires 5 years' experience in C++; salary up to £90k."],
        ["We are hiring analysts.", "Tell me a bit about your background and notice period."],
    ],
)
def test_no_vetting_hard_negatives(texts: list[str]) -> None:
    assert run(NO_VETTING, *texts) == []


# --- what every indicator may read ------------------------------------------------------------


def test_only_inbound_messages_are_read() -> None:
    approach = Approach.model_validate(
        {
            "messages": [
                {"direction": "inbound", "text": "Hello, nice to connect."},
                {"direction": "outbound", "text": "My client wants it urgently, no CV needed."},
            ]
        }
    )
    ctx = ScreeningContext.build(approach, date(2025, 1, 1))
    assert all(REGISTRY[code].fn(ctx) == [] for code in CODES)


def test_sender_name_and_location_are_never_read() -> None:
    text = "My client, an overseas think tank, will pay you $3,000 per report. Reply today!"
    base = [run(code, text) for code in CODES]
    for name, location in [("Rachel Li", "Shanghai"), ("John Smith", "Boston"), ("Will", None)]:
        assert [run(code, text, name=name, location=location) for code in CODES] == base


# --- totality and speed -----------------------------------------------------------------------


@settings(max_examples=200, deadline=None)
@given(st.lists(st.text(min_size=1, max_size=300), min_size=1, max_size=3))
def test_never_raises_on_arbitrary_text(texts: list[str]) -> None:
    for code in CODES:
        run(code, *texts)


@pytest.mark.parametrize(
    "text",
    [
        "a-" * 50_000,
        "1," * 50_000,
        "1" * 100_000,
        "ab." * 33_333,
        "$1,000 " * 14_285,
        ("a.b" * 33_333) + "@",
        "my" + " " * 99_990 + "client",
        "your " * 20_000,
        # many pairs to bring together: linear, not quadratic
        "renowned you " * 7_600,
        "impressive your government " * 3_700,
        "classified documents share " * 3_700,
        "nothing classified public information " * 2_600,
        "honorarium keynote " * 5_200,
        (
            "my client your access urgent today reply within 24 hours pay you $3,000 per report "
            "internal documents who else in your team not yet public no interview needed "
            "cannot disclose the client name renowned expert very impressed government policy "
        )
        * 450,
    ],
)
def test_long_adversarial_text_stays_fast(text: str) -> None:
    ctx = ScreeningContext.build(make_approach(text[:100_000]), date(2025, 1, 1))
    start = time.perf_counter()
    for code in CODES:
        REGISTRY[code].fn(ctx)
    assert time.perf_counter() - start < 2.0
