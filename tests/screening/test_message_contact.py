"""message.off_platform and message.malicious_lure: positives, hard negatives, evidence."""

from __future__ import annotations

import time
from collections.abc import Iterator
from datetime import date
from typing import Any

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st
from pydantic import ValidationError

from countersight.domain import Approach, Evidence
from countersight.screening import message_links
from countersight.screening.context import Match, ScreeningContext
from countersight.screening.indicators import message_lure, message_off_platform
from countersight.screening.quotes import first_evidence
from countersight.screening.registry import REGISTRY
from countersight.screening.text import text_field

OFF = "message.off_platform"
LURE = "message.malicious_lure"


def make_approach(*texts: str, **sender: Any) -> Approach:
    """An approach whose inbound messages are ``texts`` (with an outbound reply between)."""
    messages: list[dict[str, Any]] = []
    for i, text in enumerate(texts):
        if i:
            messages.append({"direction": "outbound", "text": "Thanks, tell me more."})
        messages.append({"direction": "inbound", "text": text})
    return Approach.model_validate({"id": "t", "messages": messages, "sender": sender})


def run(code: str, *texts: str, **sender: Any) -> list[Evidence]:
    try:
        approach = make_approach(*texts, **sender)
    except ValidationError:  # e.g. a text of white space only: not a valid document
        assume(False)
        raise
    evidence = REGISTRY[code].fn(ScreeningContext.build(approach, date(2025, 1, 1)))
    for ev in evidence:  # every quote is the input at its offsets
        index = int(ev.field.removeprefix("messages[").removesuffix("].text"))
        assert ev.start is not None and ev.end is not None
        assert approach.messages[index].text[ev.start : ev.end] == ev.quote
        assert approach.messages[index].direction == "inbound"
    return evidence


def quotes(evidence: list[Evidence]) -> list[str]:
    return [ev.quote for ev in evidence]


def test_both_indicators_are_registered_with_documentation() -> None:
    for code, module in ((OFF, message_off_platform), (LURE, message_lure)):
        assert REGISTRY[code].fn.__module__ == module.__name__
        assert len(REGISTRY[code].description) > 200


# --- message.off_platform ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        ("Do you have WhatsApp? It is easier to chat there.", "have WhatsApp"),
        ("Can we move our conversation to WeChat?", "move our conversation to WeChat"),
        ("Please add me on Telegram: @quantum_talent", "@quantum_talent"),
        ("My Signal is +44 7700 900123", "+44 7700 900123"),
        ("LinkedIn isn't very secure for this kind of discussion.", "LinkedIn isn't very secure"),
        ("I suggest we continue via email: r.li.consult@gmail.com", "r.li.consult@gmail.com"),
        ("Drop me a line at rli_consulting[at]protonmail[dot]com", "rli_consulting[at]protonmail"),
        (
            "Let's continue this conversation off LinkedIn.",
            "continue this conversation off LinkedIn",
        ),
        ("I rarely log in here; reach me on WhatsApp +86 138 1234 5678.", "+86 138 1234 5678"),
        ("WhatsApp me on 0086 138 1234 5678", "0086 138 1234 5678"),
        ("Scan my WeChat QR code to add me.", "my WeChat"),
        ("Could you share your personal mobile number?", "personal mobile number"),
        ("Let's take this conversation to a more secure channel.", "a more secure channel"),
        ("I would prefer to continue privately.", "continue privately"),
        ("Messages on this platform are monitored.", "this platform are monitored"),
        ("Here is my wechat id: lucy_88", "lucy_88"),
        ("Join us at t.me/quantumjobs", "t.me/quantumjobs"),
        ("Text me on Viber.", "Text me on Viber"),
        ("What's your WhatsApp number?", "your WhatsApp"),
        ("WhatsApp is usually easiest for me across time zones.", "WhatsApp is usually easiest"),
        ("Easier to sort logistics on WeChat - my ID is dfoster_uk.", "dfoster_uk"),
        ("My colleague will give you a special phone so we avoid normal email.", "special phone"),
        ("So we can talk more freely, what is your private email?", "talk more freely"),
        ("Switching to Signal would be safer for both of us.", "Signal"),
        ("Please write to my personal e-mail instead.", "personal e-mail"),
        ("Contact me via https://wa.me/971501874236", "https://wa.me/971501874236"),
        ("My Skype is live:.cid.nadia_k", "live:.cid.nadia_k"),
    ],
)
def test_off_platform_fires(text: str, quote: str) -> None:
    evidence = run(OFF, text)
    assert evidence, text
    assert any(quote in q for q in quotes(evidence)), quotes(evidence)


def test_off_platform_notes_the_service_and_the_personal_address() -> None:
    evidence = run(OFF, "WeChat: zw_aesdc or write to kevinlau.consult@163.com")
    notes = {ev.quote: ev.note for ev in evidence}
    assert notes["zw_aesdc"] == "WeChat contact"
    assert notes["kevinlau.consult@163.com"] == "personal e-mail address"
    assert evidence[0].field == "messages[0].text"
    assert evidence[0].start == 8


def test_off_platform_reads_every_inbound_message_and_no_outbound_one() -> None:
    approach = Approach.model_validate(
        {
            "messages": [
                {"direction": "inbound", "text": "Hello, interesting role for you."},
                {"direction": "outbound", "text": "Sure, WhatsApp me on +44 7700 900123"},
                {"direction": "inbound", "text": "Great. Add me on WeChat: lucy_88"},
            ]
        }
    )
    evidence = REGISTRY[OFF].fn(ScreeningContext.build(approach, date(2025, 1, 1)))
    assert {ev.field for ev in evidence} == {"messages[2].text"}


@pytest.mark.parametrize(
    "text",
    [
        "Feel free to email me at jane.doe@acme-search.co.uk or call 020 7946 0958.",
        "Book a time on my calendar: https://calendly.com/jane-acme/30min",
        "We can set up a Teams or Zoom call next week.",
        "I'm hiring for the WhatsApp Payments team at Meta.",
        "Your work on Signal processing is impressive.",
        "Let's take this offline and have a quick call on Tuesday.",
        "I enjoyed your paper on WhatsApp misinformation in elections.",
        "We could do the interview over Skype if that suits.",
        "Our client builds end-to-end encryption as used in WhatsApp's backend.",
        "My mobile is 07700 900123 if you prefer to talk by phone.",
        "I'd like to discuss this confidential search with you.",
        "We chat with many candidates every week.",
        "The IEEE Signal Processing Magazine invites a tutorial article.",
        "Drop me a line if the role sounds interesting.",
        "The role offers a secure, private office and home working on Fridays.",
        "I manage our line managers and personal development programme.",
        "Please apply through our careers site; personal data is handled under GDPR.",
    ],
)
def test_off_platform_hard_negatives(text: str) -> None:
    assert run(OFF, text) == []


# --- message.malicious_lure -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "quote", "sender"),
    [
        (
            "Please find attached the job description (JD_Quantum_Lead.zip).",
            "JD_Quantum_Lead.zip",
            {},
        ),
        (
            "Download the skills assessment here: https://hr-assess-portal.com/test.iso",
            "https://hr-assess-portal.com/test.iso",
            {},
        ),
        (
            "The JD is on our drive: https://drive.google.com/file/d/1abc/view",
            "https://drive.google.com/file/d/1abc/view",
            {},
        ),
        ("Here's a short questionnaire for you to fill in, attached.", "questionnaire", {}),
        ("I attached the draft report for your feedback.", "attached the draft report", {}),
        ("If the document doesn't display, click Enable Content.", "Enable", {}),
        ("Please enable macros to see the salary table.", "enable macros", {}),
        (
            "To take the technical test you need to install our interview SDK.",
            "install our interview SDK",
            {},
        ),
        ("Please open it on your work laptop, it needs the VPN.", "work laptop", {}),
        (
            "Your camera isn't working for the call, please download this driver update.",
            "download this driver",
            {},
        ),
        (
            "For the coding test, clone the repo and run npm start before the interview.",
            "npm start",
            {},
        ),
        ("The archive is password-protected; use 1234 to open the file.", "password", {}),
        (
            "Download the full job description at https://careers-hr-portal.net/jd/4411",
            "Download the full job description",
            {},
        ),
        (
            "Please review the JD: https://talent-hub.io/files/JD_Senior.pdf",
            "https://talent-hub.io/files/JD_Senior.pdf",
            {"organisation": "Acme Recruitment"},
        ),
        ("Press Win+R and paste the command to fix your microphone.", "Win+R", {}),
        ("Please find attached the skills assessment.", "attached the skills assessment", {}),
        (
            "The draft is here: https://gmsi-research.org/portal/drafts - sign in with your work"
            " email to view.",
            "sign in with your work email",
            {"organisation": "GMSI Research"},
        ),
        (
            "View shared document: https://onedrive-docs-portal.com/personal/x",
            "https://onedrive-docs-portal.com/personal/x",
            {},
        ),
        (
            "Kindly use your university email to open them.",
            "use your university email to open",
            {},
        ),
        ("It opens fine on a work Mac, just right-click > Open.", "right-click > Open", {}),
        ("That's a false positive from the antivirus, just allow it.", "false positive", {}),
        (
            "I can share the Visual Studio project with my PoC - compile and run it locally.",
            "compile and run it locally",
            {},
        ),
        ("Run VetsHireSetup.exe from your desktop.", "VetsHireSetup.exe", {}),
        ("The files are in this WeTransfer: https://we.tl/t-abc123", "https://we.tl/t-abc123", {}),
    ],
)
def test_malicious_lure_fires(text: str, quote: str, sender: dict[str, Any]) -> None:
    evidence = run(LURE, text, **sender)
    assert evidence, text
    assert any(quote in q for q in quotes(evidence)), quotes(evidence)


@pytest.mark.parametrize(
    ("text", "sender"),
    [
        (
            "You can read the full job description on our careers page: "
            "https://careers.acmerecruitment.com/jobs/123",
            {"organisation": "Acme Recruitment"},
        ),
        (
            "Download the JD from our site: https://www.acme.com/jobs/jd-4411.pdf",
            {"organisation": "Acme Ltd"},
        ),
        ("I've attached the JD for your reference.", {}),
        ("The coding test is hosted on HackerRank: https://www.hackerrank.com/test/abc", {}),
        (
            "Join Zoom Meeting https://zoom.us/j/123 Meeting ID: 123 Passcode: 456789. "
            "I attached the agenda.",
            {},
        ),
        ("Please complete the survey at https://www.surveymonkey.com/r/abc", {}),
        ("Please download the Zoom app before the interview.", {}),
        ("Our stack uses Node.js and React.js.", {}),
        ("Attached is the job description. The process includes a technical assessment.", {}),
        ("You will install, configure and test software at customer sites.", {}),
        ("Please send the zip code of your address.", {}),
        (
            "Apply on Workday: https://acme.wd3.myworkdayjobs.com/en-US/jobs, sign in with email.",
            {},
        ),
        ("Our lab machines run Linux; the team uses machine learning daily.", {}),
        ("The datasheet and price list are attached.", {}),
    ],
)
def test_malicious_lure_hard_negatives(text: str, sender: dict[str, Any]) -> None:
    assert run(LURE, text, **sender) == []


def test_lure_notes_explain_the_artefact() -> None:
    evidence = run(
        LURE,
        "Full JD here: https://cobalt-careers.co/jobs/EM_2022.zip",
        "The archive's password is 2025. Or get it from https://www.dropbox.com/s/abc/jd",
    )
    notes = {ev.quote: ev.note for ev in evidence}
    assert notes["https://cobalt-careers.co/jobs/EM_2022.zip"] == "link to an archive or executable"
    assert notes["https://www.dropbox.com/s/abc/jd"] == "file-sharing link"
    assert len(evidence) <= 3


# --- Robustness -------------------------------------------------------------------------------

_WORDS = st.sampled_from(
    [
        "WhatsApp", "WeChat", "Signal", "me", "on", "my", "your", "attached", "download", "the",
        "job description", "assessment", "password", "is", "1234", "Enable Content", "work",
        "laptop", "open", "https://x.zip", "drive.google.com/f", "a@gmail.com", "+44 7700 900123",
        "LinkedIn", "not", "secure", ".", ",", "\n\n", "sign in with", "email", "run", "locally",
    ]
)  # fmt: skip


@settings(max_examples=200, deadline=None)
@given(st.lists(_WORDS, min_size=1, max_size=40).map(" ".join))
def test_indicators_never_raise_and_quote_their_input(text: str) -> None:
    for code in (OFF, LURE):
        evidence = run(code, text)
        assert len(evidence) <= 3


@settings(max_examples=100, deadline=None)
@given(st.text(min_size=1, max_size=300))
def test_indicators_never_raise_on_arbitrary_text(text: str) -> None:
    for code in (OFF, LURE):
        run(code, text)


def test_a_long_adversarial_message_is_screened_quickly() -> None:
    text = ("WhatsApp me on my personal " * 2000 + "attached password zip " * 2000)[:100_000]
    start = time.perf_counter()
    for code in (OFF, LURE):
        run(code, text)
    assert time.perf_counter() - start < 2.0


# --- How the two indicators share their work --------------------------------------------------


@settings(max_examples=100, deadline=None)
@given(st.lists(_WORDS, min_size=1, max_size=40).map(" ".join))
def test_beside_pairs_exactly_as_the_concept_itself(text: str) -> None:
    assume(text.strip())
    ctx = ScreeningContext.build(make_approach(text, text.upper()), date(2025, 1, 1))
    for partner, concept, window in (
        (message_lure._OPEN, message_lure._WORK_DEVICE, 60),
        (message_lure._TEST_CONTEXT, message_lure._INSTALL_TOOL, 120),
        (message_lure._ATTACH, message_lure._LURE_DOC, 60),
        (message_off_platform._CONVERSE, message_off_platform._ELSEWHERE, 60),
    ):
        beside = message_links.Beside(concept, partner)
        assert ctx.near(partner, beside, window=window) == ctx.near(partner, concept, window=window)


def test_each_message_is_read_for_contacts_once(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[str] = []
    real = message_links.extract_contacts

    def counting(text: str, **kwargs: Any) -> Any:
        calls.append(text)
        return real(text, **kwargs)

    monkeypatch.setattr(message_links, "extract_contacts", counting)
    texts = ("WhatsApp me on +44 7700 900123", "The JD is at https://drive.google.com/f/x")
    approach = make_approach(*texts)
    ctx = ScreeningContext.build(approach, date(2025, 1, 1))
    assert REGISTRY[OFF].fn(ctx) and REGISTRY[LURE].fn(ctx)
    assert sorted(calls) == sorted(texts)
    # A new context (a new approach) reads its messages anew: nothing is kept between them.
    REGISTRY[OFF].fn(ScreeningContext.build(approach, date(2025, 1, 1)))
    assert len(calls) == 2 * len(texts)


def test_findings_are_computed_no_further_than_the_evidence_needs() -> None:
    field = text_field("messages[0].text", "one two three four five")
    read: list[int] = []

    def findings() -> Iterator[tuple[Match, str | None]]:
        for i, start in enumerate((0, 4, 8, 14, 19)):
            read.append(i)
            yield Match(field, start, start + 3), None

    assert [ev.quote for ev in first_evidence(findings())] == ["one", "two", "thr"]
    assert read == [0, 1, 2]
