"""The money and travel indicators: message.too_good_to_be_true, message.paid_reports,
message.unusual_payment, message.travel_offer. Positives in varied wordings, hard negatives from
genuine recruiters, academics, conferences, expert networks and publishers."""

from __future__ import annotations

import time
from datetime import date
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from countersight.domain import Approach, Evidence
from countersight.screening.context import ScreeningContext
from countersight.screening.indicators.message_pay import LITTLE_EFFORT, REFUSED, WRITTEN
from countersight.screening.indicators.message_payment import INTERMEDIARY, PAYMENT
from countersight.screening.indicators.message_travel import _NOT_A_PLACE, INVITATION_TO_PLACE
from countersight.screening.proximity import case_sensitive, find_beside, led_by
from countersight.screening.registry import REGISTRY
from countersight.screening.vocabulary import Vocabulary, lowered, vocabulary

TOO_GOOD = "message.too_good_to_be_true"
PAID_REPORTS = "message.paid_reports"
UNUSUAL_PAYMENT = "message.unusual_payment"
TRAVEL_OFFER = "message.travel_offer"
CODES = (TOO_GOOD, PAID_REPORTS, UNUSUAL_PAYMENT, TRAVEL_OFFER)


def make_approach(*texts: str, outbound: tuple[str, ...] = (), **sender: Any) -> Approach:
    """An approach whose sender wrote ``texts`` (and the recipient ``outbound``)."""
    messages = [{"direction": "inbound", "text": t} for t in texts]
    messages += [{"direction": "outbound", "text": t} for t in outbound]
    return Approach.model_validate(
        {"id": "t", "channel": "linkedin", "sender": sender, "messages": messages}
    )


def run(code: str, *texts: str, **kwargs: Any) -> list[Evidence]:
    approach = make_approach(*texts, **kwargs)
    evidence = REGISTRY[code].fn(ScreeningContext.build(approach, date(2025, 1, 1)))
    for ev in evidence:  # every quote is the input at its offsets
        assert ev.start is not None and ev.end is not None
        index = int(ev.field.removeprefix("messages[").split("]")[0])
        assert approach.messages[index].direction == "inbound"
        assert approach.messages[index].text[ev.start : ev.end] == ev.quote
    return evidence


def quotes(evidence: list[Evidence]) -> str:
    return " | ".join(ev.quote for ev in evidence)


def test_codes_are_registered_with_documentation() -> None:
    for code in CODES:
        assert code in REGISTRY
        assert len(REGISTRY[code].description) > 200


# --- message.too_good_to_be_true ------------------------------------------------------------------

TOO_GOOD_POSITIVE = [
    ("My client would pay GBP 3,000 for a short report on your lab's roadmap.", "GBP 3,000"),
    ("Pays $500 an hour, totally flexible.", "$500 an hour"),
    ("Earn $5,000 a week from home, no commute!", "$5,000 a week"),
    ("Part time online work, only 30-60 minutes a day, earn $300-$800 daily.", "$300-$800 daily"),
    ("We are recruiting data entry clerks. No experience needed, weekly pay.", "No experience"),
    ("No prior experience is required, training provided.", "No prior experience"),
    ("Work whenever you like, a few hours a week, and get paid well for it.", "few hours a week"),
    ("Guaranteed income of $2,000 every month for simple online tasks.", "Guaranteed income"),
    ("Salary well above market and fully remote.", "well above market"),
    ("A Senior DevOps role at 1.5x market salary.", "1.5x market salary"),
    ("Compensated handsomely, fully remote, flexible hours.", "Compensated handsomely"),
    ("Flexible, remote, well paid. Happy to share more.", "well paid"),
    ("Writing papers of 10 pages on foreign policy, GBP 2,500 each.", "GBP 2,500 each"),
    ("USD 1,500/month for 5-6 hours per week of industry notes.", "5-6 hours per week"),
    ("The client will pay EUR 1,200 for a two-page overview.", "EUR 1,200"),
    ("A consulting fee of USD 10,000 for attending the meetings.", "USD 10,000"),
    ("A personal allowance of RMB 1,000,000, working with us 2 months per year.", "RMB 1,000,000"),
    ("Visiting chair: salary USD 50,000 per month while in residence.", "USD 50,000 per month"),
    ("Your job is GUARANTEED once the fee is paid.", "GUARANTEED"),
    ("We can support you financially during the application.", "support you financially"),
]


@pytest.mark.parametrize(("text", "snippet"), TOO_GOOD_POSITIVE)
def test_too_good_fires(text: str, snippet: str) -> None:
    evidence = run(TOO_GOOD, text)
    assert evidence, text
    assert snippet in quotes(evidence)


def test_too_good_notes_the_rate() -> None:
    (ev,) = run(TOO_GOOD, "We pay $500/hour for your time.")
    assert ev.quote == "$500/hour"
    assert ev.note == "about £390 an hour"


TOO_GOOD_NEGATIVE = [
    # genuine recruiters: salaries, however large, hybrid and flexible working
    "Rough shape of the role: £95-115k base depending on experience, plus EMI share options. "
    "Hybrid, 3 days a week in our Cambridge office. Would you be open to a 20 minute chat?",
    "Base £230-260k, bonus up to 80%, LTIP. Would you be open to a 30 minute conversation?",
    "Base range is $300-400k plus equity; we sponsor visas and cover relocation.",
    "The package is AED 45,000-55,000 per month (tax free) plus housing allowance.",
    "Salary range is 4,800-5,900 EUR/month and you could start part-time before defending.",
    "Pay is £62-70k plus shift allowance and 10% bonus. It's 4 on 4 off, 12hr days.",
    "Contract role, £600-£800 per day outside IR35, flexible working, 6 months.",
    # expert networks: the market rate of a call, with safeguards
    "It'd be a 60-min phone consultation, compensated at $450/hr. We never want confidential "
    "information or material non-public information about your employers.",
    "We pay $500/hour for a 60-minute call. We won't ask about your employer's plans or anything "
    "non-public, and you'd need to confirm that the outside-activities policy permits this.",
    # conferences and publishers
    "We cover business-class flights, hotel and a USD 3,000 honorarium for a 40-min talk.",
    "Contributors receive an honorarium of USD 300 for the encyclopedia article (6,000 words).",
    "Springer gives contributors a €250 fee for the handbook chapter, ~8,000 words.",
    # ordinary part-time roles
    "Part-time research assistant, 20 hours a week, £14 an hour, on campus.",
]


@pytest.mark.parametrize("text", TOO_GOOD_NEGATIVE)
def test_too_good_ignores_genuine_pay(text: str) -> None:
    assert run(TOO_GOOD, text) == []


# --- message.paid_reports -------------------------------------------------------------------------

PAID_REPORTS_POSITIVE = [
    ("My client would pay GBP 3,000 for a short report on your roadmap.", "GBP 3,000"),
    ("The client pays £3,000 per report.", "£3,000 per report"),
    ("We would like you to write white papers on policy; they will pay a consulting fee.", "fee"),
    ("Our center pays students to write short analyses (around 2000 words).", "pays"),
    ("Each paper 3000-5000 words, payment USD 3000-5000.", "3000-5000 words"),
    (
        "We are commissioning short background notes (8-10 pages); honorarium of EUR 800 per note.",
        "EUR 800 per note",
    ),
    ("Fellows write short briefs (around 1500 words). We pay £500 per brief.", "£500 per brief"),
    ("We'd like you to give your insight on readiness. The remuneration is very good.", "insight"),
    ("I'm recruiting for a short term paid consultancy with a client.", "paid consultancy"),
    ("It would be paid as consulting (AUD 2,000).", "paid as consulting"),
    ("Advisors receive an annual fee of SGD 40,000 plus stock.", "Advisors"),
    ("We offer a generous advisory retainer plus bonus for special insight.", "advisory retainer"),
    ("Please share your views on the procurement plans for a fee of $1,000.", "share your views"),
    ("Fancy a weekly column? It pays $200-250 a piece.", "$200-250 a piece"),
    ("Write an essay of 1500 words on the issue. We pay 120 USD for each essay.", "120 USD"),
    (
        "Give a lecture to our engineers; we will arrange the flights, hotel and a stipend.",
        "stipend",
    ),
    ("Rewards are very attractive - several thousand dollars per report.", "per report"),
]


@pytest.mark.parametrize(("text", "snippet"), PAID_REPORTS_POSITIVE)
def test_paid_reports_fires(text: str, snippet: str) -> None:
    evidence = run(PAID_REPORTS, text)
    assert evidence, text
    assert snippet in quotes(evidence)


PAID_REPORTS_NEGATIVE = [
    # recruiters: salaries, reporting lines, papers they read
    "Your papers on laser stabilisation caught my eye. Salary £85-100k plus equity.",
    "Reports to the CEO, seat on the executive committee. Base £230-260k, bonus up to 80%.",
    "You'll manage 5 direct reports. Pay is £62-70k plus shift allowance.",
    # expert networks with safeguards
    "Hi, I'm with GLG. A 60-min phone consultation, compensated at $450/hr. We never want "
    "confidential information; you'd complete our compliance tutorial first.",
    "Would you be open to a 45-minute phone consultation? We'd compensate you at £350 for the "
    "call. We'd ask you to confirm that you won't disclose any confidential information.",
    "Third Bridge Forum interview: we pay £300 per interview. I need to check that you will not "
    "share confidential information about any former employer. We're after your general view.",
    # paid talks at events
    "We'd be honoured if you could give a 30-minute invited talk at the forum. The committee "
    "covers a flight, three nights at the hotel and an honorarium of RMB 8,000.",
    "Would you consider a 40-min keynote at the Summit? We cover flights and a USD 3,000 "
    "honorarium.",
    # scholarly publishing
    "Invitation to write a review for the Annual Review of Condensed Matter Physics. Annual "
    "Reviews provides a modest honorarium to authors.",
    "Contributors to the encyclopedia receive an honorarium of USD 300 for the article.",
    "SPM articles are tutorial reviews. There is no payment, as with all IEEE magazines.",
    "For invited Perspectives the article processing charge is waived.",
    # declined or charged fees
    "We are not able to offer an honorarium for the article, I'm afraid.",
    "The conference registration fee of $350 covers the proceedings and the paper.",
]


@pytest.mark.parametrize("text", PAID_REPORTS_NEGATIVE)
def test_paid_reports_ignores_genuine_work(text: str) -> None:
    assert run(PAID_REPORTS, text) == []


def test_paid_reports_written_reports_count_despite_safeguards() -> None:
    text = (
        "We never want confidential information. Our client would pay $2,000 for a short "
        "written report on market trends."
    )
    assert "$2,000" in quotes(run(PAID_REPORTS, text))


def test_paid_reports_private_presentation_counts() -> None:
    text = "Could you give a presentation to our client's team? We pay EUR 1,500 for it."
    assert run(PAID_REPORTS, text)


# --- message.unusual_payment ----------------------------------------------------------------------

UNUSUAL_POSITIVE = [
    ("If you prefer privacy we can pay in USDT or BTC.", "pay in USDT"),
    ("Your salary and commissions are paid in USDT.", "paid in USDT"),
    ("Newbies get 3 free experience tasks worth 28 USDT.", "28 USDT"),
    ("Send 0.05 BTC to confirm.", "0.05 BTC"),
    ("Payment in cryptocurrency is possible.", "Payment in cryptocurrency"),
    ("Our wallet: 0x52908400098527886E0F7030069857D2E4169EE7", "0x5290"),
    ("We prefer to pay in cash when you visit us next.", "pay in cash"),
    ("Payment can be made in cash when we meet.", "Payment can be made in cash"),
    ("The fee can be paid by prepaid Visa or Green Dot card.", "prepaid Visa"),
    ("Please buy Google Play cards and send us the codes.", "Google Play cards"),
    ("Funds will be sent by Western Union.", "Western Union"),
    ("Payment through a consulting company in Prague if you prefer.", "consulting company"),
    ("The fee must be paid to our appointed immigration partner.", "appointed immigration partner"),
    ("Our partner company will transfer your payment.", "partner company"),
    ("My friend will send the payment to you.", "My friend"),
    (
        "Your fee will be paid into your personal bank account, not the company one.",
        "personal bank",
    ),
    (
        "Payments can go to a bank account in Ruritania which we will help you open.",
        "help you open",
    ),
    ("We will mail you a check of $4,850 for your home office equipment.", "mail you a check"),
    ("You'll receive a cheque to buy your laptop from our vendor.", "cheque to buy"),
    ("Deposit it, then pay our approved vendor via Zelle.", "approved vendor"),
    ("The remaining balance will be sent to our supplier.", "remaining balance will be sent"),
]


@pytest.mark.parametrize(("text", "snippet"), UNUSUAL_POSITIVE)
def test_unusual_payment_fires(text: str, snippet: str) -> None:
    evidence = run(UNUSUAL_PAYMENT, text)
    assert evidence, text
    assert snippet in quotes(evidence)


UNUSUAL_NEGATIVE = [
    "Senior Solidity engineer at a leading crypto exchange, salary $150-200k plus tokens.",
    "We're a crypto startup hiring engineers; competitive salary and benefits.",
    "Comp is $180k cash and equity, paid in cash and equity quarterly.",
    "A cash bonus of 10% and share options.",
    "Payment is by bank transfer within 30 days of the invoice.",
    "Payment every Friday via PayPal or bank transfer.",
    "Contributors receive USD 300 or USD 500 in Elsevier book vouchers.",
    "Once the background check clears we will send the contract.",
    "Please send a copy of your passport for the security check.",
    "We pay you directly; the client pays us.",
    "Our partner conference in the autumn is open to all.",
]


@pytest.mark.parametrize("text", UNUSUAL_NEGATIVE)
def test_unusual_payment_ignores_ordinary_payment(text: str) -> None:
    assert run(UNUSUAL_PAYMENT, text) == []


# --- message.travel_offer -------------------------------------------------------------------------

TRAVEL_POSITIVE = [
    ("We would also cover an expenses-paid trip to meet them.", "expenses-paid"),
    ("All expenses covered, business class.", "All expenses"),
    ("Flights, hotels and a per diem are covered by our sponsor.", "covered"),
    ("They will pay flights, hotel and a consulting fee.", "pay flights"),
    ("We will arrange your trip and the visa letter.", "arrange your trip"),
    ("We'd love to invite you to visit our lab.", "invite you to visit"),
    ("Please come to our headquarters for a few days.", "come to our headquarters"),
    ("They'd love to host you in the capital for a few days, fully expensed.", "host you in"),
    ("We fly you business class twice a year to our lab.", "fly you business"),
    ("We would be glad to invite you for a visit at our expense.", "invite you for a visit"),
    ("I will cover your expenses when we meet.", "cover your expenses"),
    ("We invite you to Shanghai for two days.", "invite you to Shanghai"),
    ("The society covers economy-class flights and three nights' accommodation.", "covers"),
    ("A sponsored summer exchange for our top fellows.", "sponsored summer exchange"),
    ("A visit with all costs covered by our partner.", "all costs covered"),
]


@pytest.mark.parametrize(("text", "snippet"), TRAVEL_POSITIVE)
def test_travel_offer_fires(text: str, snippet: str) -> None:
    evidence = run(TRAVEL_OFFER, text)
    assert evidence, text
    assert snippet in quotes(evidence)


TRAVEL_NEGATIVE = [
    "The role involves regular travel to the group's sites in the UK and US.",
    "We sponsor visas (H-1B) and offer a $15k relocation allowance.",
    "Please visit our website for the full job description.",
    "Visit us at booth 12 at the expo.",
    "Some travel required, around 25% of the time.",
    "Invitation to contribute - Encyclopedia of Materials.",
    "I'd like to invite you to join our advisory board.",
    "Happy to meet on Zoom; I can invite you to Teams as well.",
    "We offer a $2,500 annual travel budget. The university will sponsor a J-1 visa.",
]


@pytest.mark.parametrize("text", TRAVEL_NEGATIVE)
def test_travel_offer_ignores_travel_nobody_pays_for(text: str) -> None:
    assert run(TRAVEL_OFFER, text) == []


@pytest.mark.parametrize(
    "destination", ["Shanghai", "Boston", "Moscow", "Tehran", "Paris", "Lagos", "Pyongyang"]
)
def test_travel_destination_does_not_matter(destination: str) -> None:
    text = f"We invite you to {destination} for a week, all expenses covered."
    evidence = run(TRAVEL_OFFER, text)
    assert [ev.quote.replace(destination, "X") for ev in evidence] == [
        "invite you to X",
        "all expenses",
    ]


# --- all four -------------------------------------------------------------------------------------


@pytest.mark.parametrize("code", CODES)
def test_outbound_messages_are_not_read(code: str) -> None:
    offer = (
        "I'd pay $500 an hour in USDT for a short report, all expenses covered, "
        "and invite you to visit."
    )
    assert run(code, offer)  # from the sender it fires
    assert run(code, "Thanks for connecting.", outbound=(offer,)) == []


@pytest.mark.parametrize("code", CODES)
def test_sender_name_and_location_are_not_read(code: str) -> None:
    text = "Hello, nice to connect. Let me know if you'd like to chat."
    assert run(code, text, name="Paid Report USDT", location="All Expenses Covered") == []


@settings(max_examples=150, deadline=None)
@given(
    st.lists(
        st.text(st.characters(blacklist_categories=("Cc", "Cs")), min_size=1, max_size=400).filter(
            str.strip
        ),
        min_size=1,
        max_size=3,
    )
)
def test_never_raise_on_arbitrary_text(texts: list[str]) -> None:
    for code in CODES:
        run(code, *texts)


_WORDS = (
    "pay",
    "paid",
    "$500",
    "£3,000",
    "per",
    "hour",
    "report",
    "short",
    "write",
    "insights",
    "consulting",
    "cash",
    "USDT",
    "BTC",
    "check",
    "laptop",
    "vendor",
    "friend",
    "partner",
    "company",
    "travel",
    "flights",
    "hotel",
    "covered",
    "invite",
    "you",
    "to",
    "Visit",
    "all",
    "expenses",
    "no",
    "experience",
    "needed",
    "a",
    "few",
    "hours",
    "a",
    "week",
    "well",
    "paid",
    "-",
    "/",
    "(",
    "\n",
    "\n\n",
)
WORDY = st.lists(st.sampled_from(_WORDS), max_size=80).map(" ".join)


@settings(max_examples=200, deadline=None)
@given(WORDY)
def test_never_raise_on_indicator_words(text: str) -> None:
    if text.strip():
        for code in CODES:
            run(code, text)


DENSE = [
    "travel covered ",
    "pay report ",
    "£5 salary ",
    "$500/hour short report ",
    "paid in cash ",
    "pay a friend ",
    "invite you to Paris ",
    "send you a check laptop ",
    "pay 5 USDT wallet ",
    "a few hours a week well paid flexible ",
    "1 2 3 £4 5k ",
]


@pytest.mark.parametrize("unit", DENSE)
def test_linear_on_long_messages_full_of_matches(unit: str) -> None:
    text = (unit * (100_000 // len(unit) + 1))[:100_000]
    start = time.perf_counter()
    for code in CODES:
        run(code, text)
    assert time.perf_counter() - start < 5.0  # about 0.2 s on a laptop; quadratic: minutes


# --- the speed-ups change nothing -----------------------------------------------------------------

_REFUSED_REST = "\\s+(?:fees?|charges?|costs?)"
_REFUSED_HEADS = (
    "registration|publication|processing|submission|conference|attendance|membership|course|"
    "training|certification|enrol(?:l)?ment|tuition|visa|application|joining"
)
_LED_WORDS = (
    *_REFUSED_HEADS.replace("(?:l)?", "l").split("|"), "enrolment", "fee", "fees", "charges",
    "cost", "costs", "the", "a", "courses", "re", "-", "\n", "to",
)  # fmt: skip


def _spans(vocab: Vocabulary, text: str) -> list[tuple[int, int]]:
    return [m.span() for m in vocab.pattern.finditer(lowered(text))]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_LED_WORDS), max_size=40).map(" ".join))
def test_terms_led_by_first_letters_match_as_one_alternation(text: str) -> None:
    """Alternatives grouped by first letter, in their order, as :func:`led_by` terms: the same
    matches as the one alternation they come from (the grouping of :data:`REFUSED`)."""
    one = vocabulary("one", f"re:(?:{_REFUSED_HEADS}){_REFUSED_REST}")
    grouped = vocabulary(
        "grouped",
        *led_by(
            ("registration", "publication|processing", "submission",
             "conference|course|certification", "attendance|application", "membership",
             "training|tuition", "enrol(?:l)?ment", "visa", "joining"),
            _REFUSED_REST,
        ),
    )  # fmt: skip
    assert _spans(one, text) == _spans(grouped, text)


_NOT_LED = case_sensitive(
    "plain",
    rf"(?i:invit\w*)\s+(?:you\s+)?to\s+(?!(?:{_NOT_A_PLACE})\b)[A-Z][a-z]{{2,}}",
)


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            ["invite", "Invite", "İnvite", "ınvited", "INVITING", "uninvited", "you", "to",
             "Paris", "Zoom", "Lyon", "x", "@", "_", "-", "\n", ".", "to\tRome"]
        ),
        max_size=20,
    ).map(" ".join)
)  # fmt: skip
def test_a_case_sensitive_concept_with_a_lead_matches_as_without(text: str) -> None:
    spans = [m.span() for m in _NOT_LED.pattern.finditer(text)]
    assert [m.span() for m in INVITATION_TO_PLACE.pattern.finditer(text)] == spans


@settings(max_examples=100, deadline=None)
@given(st.lists(WORDY.filter(str.strip), min_size=1, max_size=4))
def test_matches_beside_anchors_are_those_in_their_messages(texts: list[str]) -> None:
    """What :func:`find_beside` finds is what a full pass finds in the anchors' messages."""
    ctx = ScreeningContext.build(make_approach(*texts), date(2025, 1, 1))
    pairs = ((PAYMENT, INTERMEDIARY), (PAYMENT, WRITTEN), (REFUSED, LITTLE_EFFORT))
    for anchor_vocab, vocab in pairs:
        anchors = ctx.find(anchor_vocab)
        paths = {m.field.path for m in anchors}
        expected = [m for m in ctx.find(vocab) if m.field.path in paths]
        assert find_beside(ctx, vocab, anchors) == expected
