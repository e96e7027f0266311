"""The money-mention parser: forms, amounts, currencies, periods, qualitative mentions, and
robustness (it never raises, its spans are valid, it stays linear on adversarial input)."""

from __future__ import annotations

import time

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from countersight.screening.money import ANCHOR_WORDS, CRYPTO, Money, find_money
from countersight.screening.text import text_field

Expected = tuple[str, str | None, float | None, float | None, str | None]

# (text, (quote, currency, low, high, period))
AMOUNTS: list[tuple[str, Expected]] = [
    ("fee of GBP 3,000 for it", ("GBP 3,000", "GBP", 3000, 3000, None)),
    ("just £3k", ("£3k", "GBP", 3000, 3000, None)),
    ("from £3,000-£5,000 a go", ("£3,000-£5,000", "GBP", 3000, 5000, None)),
    ("£3,000 – 5,000", ("£3,000 – 5,000", "GBP", 3000, 5000, None)),
    ("we pay 3000 pounds", ("3000 pounds", "GBP", 3000, 3000, None)),
    ("USD 500 upfront", ("USD 500", "USD", 500, 500, None)),
    ("$500/hour", ("$500/hour", "USD", 500, 500, "hour")),
    ("$300/hr", ("$300/hr", "USD", 300, 300, "hour")),
    ("a budget of US$1.5m", ("US$1.5m", "USD", 1_500_000, 1_500_000, None)),
    ("€2.000,00 net", ("€2.000,00", "EUR", 2000, 2000, None)),
    ("EUR 800 per day", ("EUR 800 per day", "EUR", 800, 800, "day")),
    ("target 5k", ("5k", None, 5000, 5000, None)),
    ("1,500 USDT", ("1,500 USDT", "USDT", 1500, 1500, None)),
    ("send 0.1 BTC", ("0.1 BTC", "BTC", 0.1, 0.1, None)),
    ("0.125 BTC", ("0.125 BTC", "BTC", 0.125, 0.125, None)),
    ("1.250 ETH", ("1.250 ETH", "ETH", 1.25, 1.25, None)),
    ("¥20,000 each", ("¥20,000 each", "¥", 20000, 20000, "item")),
    ("RMB 10000", ("RMB 10000", "CNY", 10000, 10000, None)),
    ("10,000 yuan", ("10,000 yuan", "CNY", 10000, 10000, None)),
    ("10000元", ("10000元", "CNY", 10000, 10000, None)),
    ("£95-115k base + equity", ("£95-115k", "GBP", 95_000, 115_000, None)),
    ("between £3,000 and £5,000", ("between £3,000 and £5,000", "GBP", 3000, 5000, None)),
    ("between 3,000 and 5,000 euros", ("between 3,000 and 5,000 euros", "EUR", 3000, 5000, None)),
    ("earn $300-$800 daily", ("$300-$800 daily", "USD", 300, 800, "day")),
    ("$5,000 a week", ("$5,000 a week", "USD", 5000, 5000, "week")),
    ("£50k p.a.", ("£50k p.a.", "GBP", 50_000, 50_000, "year")),
    ("£2,000 per report", ("£2,000 per report", "GBP", 2000, 2000, "report")),
    ("EUR 1,500 per debrief", ("EUR 1,500 per debrief", "EUR", 1500, 1500, "report")),
    ("$200-250 a piece", ("$200-250 a piece", "USD", 200, 250, "article")),
    ("$2k-3k each", ("$2k-3k each", "USD", 2000, 3000, "item")),
    ("€80/h", ("€80/h", "EUR", 80, 80, "hour")),
    ("500€ per day", ("500€ per day", "EUR", 500, 500, "day")),
    ("35-55$/hr", ("35-55$/hr", "USD", 35, 55, "hour")),
    ("CHF 1'000", ("CHF 1'000", "CHF", 1000, 1000, None)),
    ("10-20k USD", ("10-20k USD", "USD", 10_000, 20_000, None)),
    ("$90k to $120k", ("$90k to $120k", "USD", 90_000, 120_000, None)),
    ("5 grand", ("5 grand", None, 5000, 5000, None)),
    ("HK$80,000 per month", ("HK$80,000 per month", "HKD", 80_000, 80_000, "month")),
    ("S$5,000", ("S$5,000", "SGD", 5000, 5000, None)),
    ("Rs. 50,000", ("Rs. 50,000", "INR", 50_000, 50_000, None)),
    ("300+ USDT daily", ("300+ USDT daily", "USDT", 300, 300, "day")),
    ("five thousand dollars", ("five thousand dollars", "USD", 5000, 5000, None)),
    ("a few hundred pounds", ("a few hundred pounds", "GBP", 300, 300, None)),
    (
        "several thousand dollars per report",
        ("several thousand dollars per report", "USD", 3000, 3000, "report"),
    ),
    ("1 500 € par jour", ("1 500 €", "EUR", 1500, 1500, None)),
]


@pytest.mark.parametrize(("text", "expected"), AMOUNTS)
def test_amounts(text: str, expected: Expected) -> None:
    quote, currency, low, high, period = expected
    found = find_money(text)
    assert len(found) == 1, found
    m = found[0]
    assert (m.text, m.currency, m.period) == (quote, currency, period)
    assert m.low == pytest.approx(low) and m.high == pytest.approx(high)
    assert text[m.start : m.end] == quote
    assert not m.qualitative


QUALITATIVE = [
    ("a generous honorarium", "generous honorarium", "generous"),
    ("a handsome fee", "handsome fee", "handsome"),
    ("you will be well compensated", "well compensated", "well"),
    ("attractive remuneration", "attractive remuneration", "attractive"),
    ("we pay handsomely", "pay handsomely", "handsomely"),
    ("compensated you generously", "compensated you generously", "generously"),
    ("a well-paid role", "well-paid", "well"),
    ("very attractive consulting fees", "very attractive consulting fees", "attractive"),
]


@pytest.mark.parametrize(("text", "quote", "qualifier"), QUALITATIVE)
def test_qualitative(text: str, quote: str, qualifier: str) -> None:
    (m,) = find_money(text)
    assert m.qualitative and m.low is None and m.approx_gbp() is None
    assert (m.text, m.qualifier) == (quote, qualifier)
    assert text[m.start : m.end] == quote


def test_vague_amounts_carry_an_order_of_magnitude() -> None:
    (m,) = find_money("thousands of pounds")
    assert (m.currency, m.qualifier, m.low) == ("GBP", "thousands", 2000)
    (m,) = find_money("a six-figure salary")
    assert (m.qualifier, m.low, m.high) == ("6-figure", 100_000, 999_999)


@pytest.mark.parametrize(
    "text",
    [
        "a 5k run on Sunday",
        "10k followers",
        "in 2024 we met",
        "COVID19 and A4 paper",
        "WhatsApp +44 7700 900 641",
        "14-16 July 2026, room 5m away",
        "try 500 times",
        "version 3.12.1 released",
        "a generous offer of help",  # no pay noun
    ],
)
def test_no_money(text: str) -> None:
    assert find_money(text) == ()


def test_several_mentions_in_order() -> None:
    text = "Salary £85-100k plus equity, or $500/hour, paid in 0.1 BTC, a handsome fee."
    found = find_money(text)
    assert [m.text for m in found] == ["£85-100k", "$500/hour", "0.1 BTC", "handsome fee"]
    assert [m.start for m in found] == sorted(m.start for m in found)


def test_approx_gbp() -> None:
    (m,) = find_money("$500")
    assert m.approx_gbp() == pytest.approx((390.0, 390.0))
    (m,) = find_money("¥20,000")  # yen or yuan: a range from the one to the other
    low, high = m.approx_gbp() or (0.0, 0.0)
    assert low < 200 < 2000 < high
    (m,) = find_money("2 BTC")
    assert m.crypto and "BTC" in CRYPTO


def test_cached_per_text() -> None:
    text = "we pay £3,000 per report"
    assert find_money(text) is find_money(text)


# --- what a caller knows of the text's words ------------------------------------------------------

_ANCHORISH = [
    *sorted(ANCHOR_WORDS), "a", "of", "figure", "pounds", "dollars", "usd", "gbp", "thousands",
    "fee", "pay", "salary", "per", "hour", "£5", "$300", "5k", "3,000", "١٢", "ſix", "İ", "ı", "K",
]  # fmt: skip
_SEPARATORS = [" ", " ", "  ", "-", " - ", "\n", "\t", ", ", ". ", "(", "•", "_", "'", "/", ""]
WORDISH = st.lists(
    st.tuples(
        st.sampled_from(_ANCHORISH),
        st.sampled_from(["lower", "upper", "title"]),
        st.sampled_from(_SEPARATORS),
    ),
    max_size=30,
).map(lambda parts: "".join(getattr(w, case)() + sep for w, case, sep in parts))


def _with_hints(text: str) -> tuple[Money, ...]:
    """The money in ``text`` found with the hints that the keys of its field give."""
    field = text_field("t", text)
    keys = field.keys
    if keys is None:
        return find_money.__wrapped__(field.folded)
    hints = {"digits": "#" in keys, "words": ANCHOR_WORDS & keys}
    return find_money.__wrapped__(field.folded, **hints)


@settings(max_examples=400, deadline=None)
@given(st.one_of(WORDISH, st.text(max_size=200)))
def test_hints_from_keys_change_nothing(text: str) -> None:
    """Skipping the scan for digits where a text has none, and looking for amounts in words only
    where their first words are, finds the same mentions as the full scans."""
    assert _with_hints(text) == find_money.__wrapped__(text_field("t", text).folded)


@pytest.mark.parametrize(
    "text",
    [
        "a few hundred pounds",
        "A-few  thousand dollars a month",
        "a  couple of thousand quid",
        "very generous fees, paid handsomely",
        "five thousand dollars, six-figure salary, thousands of USD",
        "no money here at all",
        "£300 and 5k",
    ],
)
def test_hints_on_examples(text: str) -> None:
    assert _with_hints(text) == find_money.__wrapped__(text)


# --- robustness -----------------------------------------------------------------------------------

MONEYISH = st.text(
    alphabet=st.sampled_from(list("0123456789 ,.-–/'£$€¥kKmMbtoandbetweenperhouryUSDGBPBTC+\n")),
    max_size=200,
)


def _check(text: str, found: tuple[Money, ...]) -> None:
    last_end = 0
    for m in found:
        assert 0 <= m.start < m.end <= len(text)
        assert m.start >= last_end  # in order, not overlapping
        assert text[m.start : m.end] == m.text
        if m.low is not None:
            assert m.high is not None and m.low <= m.high
        last_end = m.end


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=300))
def test_never_raises_on_any_text(text: str) -> None:
    _check(text, find_money.__wrapped__(text))


@settings(max_examples=500, deadline=None)
@given(MONEYISH)
def test_never_raises_on_money_like_text(text: str) -> None:
    _check(text, find_money.__wrapped__(text))


ADVERSARIAL = [
    "1" * 100_000,
    "1 " * 50_000,
    "1," * 50_000,
    "£1" * 50_000,
    "$1$" * 33_000,
    "1 $ " * 25_000,
    "between £1 " * 10_000,
    "5k" * 50_000,
    "a few " * 16_000,
    "well " * 20_000,
    "six-figure " * 10_000,
    "USD  " * 20_000,
    "1 to " * 20_000,
    "£5 per " * 15_000,
]


@pytest.mark.parametrize("text", ADVERSARIAL, ids=lambda t: repr(t[:8]))
def test_linear_on_adversarial_input(text: str) -> None:
    start = time.perf_counter()
    found = find_money.__wrapped__(text)
    assert time.perf_counter() - start < 2.0  # about 0.2 s on a laptop; quadratic would be hours
    _check(text, found)
