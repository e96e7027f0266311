"""Profile indicators: generic firm, state links, unrealistic role, thin history, new account,
few connections; and the helpers they stand on (firm names, roles, career dates)."""

from __future__ import annotations

import calendar
import re
import time
from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from countersight.domain.approach import partial_date_start
from countersight.screening import indicators as _indicators  # noqa: F401  (registers them)
from countersight.screening.career import partial_date_bounds
from countersight.screening.context import Match, ScreeningContext
from countersight.screening.firm_names import (
    _NOT_A_FIRM_SITE,
    ADDRESS,
    REGISTRATION,
    WEBSITE,
    checkable_details,
    websites,
)
from countersight.screening.indicators.profile import (
    _HEADLINE_ORG,
    GOVERNMENT,
    GOVERNMENT_EMPLOYER,
    STATE_BODY,
    TIES,
    _matches_in,
    _near_in_sentence,
    _ties_to,
)
from countersight.screening.roles import (
    JUNIOR_TITLE,
    LATE_DEGREE,
    NOT_SENIOR,
    SENIOR_TITLE,
    is_late_degree,
    senior_span,
)

from profile_cases import ESTABLISHED, PROFILE_CODES, TODAY, make_approach, run


def test_an_established_genuine_recruiter_raises_no_profile_indicator() -> None:
    approach = make_approach(
        "We have a role for a Senior Physicist, salary £85-100k.", **ESTABLISHED
    )
    for code in PROFILE_CODES:
        assert run(code, approach) == [], code


# --- Robustness ----------------------------------------------------------------------------------


@settings(max_examples=60, deadline=None)
@given(
    text=st.text(st.characters(blacklist_categories=("Cc", "Cs")), min_size=1, max_size=400).filter(
        str.strip
    ),
    headline=st.text(max_size=120),
    organisation=st.text(max_size=80),
    about=st.text(max_size=300),
)
def test_profile_indicators_never_raise(
    text: str, headline: str, organisation: str, about: str
) -> None:
    approach = make_approach(text, headline=headline, organisation=organisation, about=about)
    for code in PROFILE_CODES:
        for ev in run(code, approach):
            assert ev.quote


@pytest.mark.parametrize(
    "unit",
    [
        "government ties state-owned Global Talent Partners Suite 1 www.x.co ",
        "senior -",
        "-",
        "www.a.",
        "1 Aa ",
        "Head of at A | ",
    ],
)
def test_profile_indicators_stay_fast_on_adversarial_input(unit: str) -> None:
    blob = "senior " + (unit * (100_000 // len(unit)))[:99_000] + "z"
    experience = [{"title": blob[:20_000], "organisation": blob[:20_000]}]
    approach = make_approach(
        blob, headline=blob[:20_000], organisation=blob[:20_000], about=blob, experience=experience
    )
    started = time.perf_counter()
    for code in PROFILE_CODES:
        run(code, approach)
    assert time.perf_counter() - started < 1.0


def test_the_sender_name_and_location_are_never_read() -> None:
    base = {
        "organisation": "Global Talent Partners",
        "connections": 40,
        "account_created": "2024-10",
    }
    one = make_approach("Our clients include government agencies.", **base, location="Beijing")
    two = one.model_copy(
        update={
            "sender": one.sender.model_copy(update={"name": "John Smith", "location": "London"})
        }
    )
    for code in PROFILE_CODES:
        assert run(code, one) == run(code, two), code


# --- Quick tests before the patterns: for speed only, they never change a result ---------------

# Pieces of titles, degrees and texts, with the spellings that case-insensitive matching equates
# with plain letters ("ſ" is "s", "İ" is "i") and a character that makes a text uncanonical.
_PIECES = [
    "Chief", "CHIEF", "chief", "CEO", "ceo", "Cfo", "CHROs", "Managing Director",
    "managing-director", "Senior Partner", "Partner", "name partner", "Head of", "Head",
    "Director", "DİRECTOR", "Vice President", "VP", "SVP", "EVP", "vp", "Preſident", "Chairwoman",
    "Founder", "Co-Founder", "cofounder", "Senior Research Fellow", "Profeſſor", "Dean",
    "Secretary General", "Director General", "General Manager", "Talent Partner", "Assistant to",
    "Assistant Professor", "Associate Director", "Head Hunter", "Intern", "Junior", "Trainee",
    "Executive", "MBA", "EMBA", "mba", "DBA", "Part-time", "part time", "Certificate", "Diploma",
    "Short course", "Online", "Professional Development", "PhD", "Doctorate", "DOCTORAL", "BSc",
    "MSc Physics", "|", ",", "-", "at", "@", "Acme", "Apex Advisors", "\u0345", "\u00a0", "ǅ",
    "e.g.", "www.", "https://x", "acme.io", "A.CO.UK", "3.5", "Suite 4", "12 High Street",
    "PO Box 9", "Registered in", "\n",
]  # fmt: skip
_PIECEWISE = st.lists(st.sampled_from(_PIECES), max_size=7).map(" ".join)
_ANY_TEXT = _PIECEWISE | st.text(max_size=80)


def _senior_span_without_cues(title: str) -> tuple[int, int] | None:
    """:func:`senior_span` as it was before its quick test (the reference)."""
    vetoes = [m.span() for m in NOT_SENIOR.pattern.finditer(title)]
    junior = JUNIOR_TITLE.pattern.search(title)
    for match in SENIOR_TITLE.pattern.finditer(title):
        start, end = match.span()
        if any(vs < end and start < ve for vs, ve in vetoes):
            continue
        return None if junior is not None and junior.start() < start else (start, end)
    return None


@settings(max_examples=400, deadline=None)
@given(_ANY_TEXT)
def test_quick_tests_never_change_a_title_or_degree_reading(text: str) -> None:
    assert senior_span(text) == _senior_span_without_cues(text)
    assert is_late_degree(text) == (LATE_DEGREE.pattern.search(text) is not None)


def _checkable_details_without_quick_tests(text: str) -> str | None:
    """:func:`checkable_details` as it was before its quick tests (the reference)."""
    found = []
    for match in WEBSITE.finditer(text):
        host = match.group().split("://")[-1].split("/")[0].lower().removeprefix("www.")
        if not _NOT_A_FIRM_SITE.search(host):
            found.append(match.group())
    if found:
        return f"website {found[0]}"
    for pattern, what in ((REGISTRATION, "registration"), (ADDRESS, "address")):
        match = pattern.search(text)
        if match:
            return f"{what} {match.group()!r}"
    return None


@settings(max_examples=400, deadline=None)
@given(_ANY_TEXT)
def test_quick_tests_never_hide_a_website_or_an_address(text: str) -> None:
    assert checkable_details(text) == _checkable_details_without_quick_tests(text)
    assert websites(text) == [
        m.group()
        for m in WEBSITE.finditer(text)
        if not _NOT_A_FIRM_SITE.search(
            m.group().split("://")[-1].split("/")[0].lower().removeprefix("www.")
        )
    ]


@settings(max_examples=300, deadline=None)
@given(_ANY_TEXT)
def test_headline_firm_pattern_reads_as_the_plain_look_behind(text: str) -> None:
    plain = re.compile(r"(?:(?<!\w)at\s+|@\s*)([A-Z0-9][^|•·;,\n()]{1,79})")
    expected = [(m.span(), m.group(1)) for m in plain.finditer(text)]
    assert [(m.span(), m.group(1)) for m in _HEADLINE_ORG.finditer(text)] == expected


_ARABIC_DIGITS = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")


@settings(max_examples=300, deadline=None)
@given(
    st.dates(min_value=date(1, 1, 1), max_value=date(9999, 12, 31)),
    st.sampled_from([4, 7, 10]),
    st.booleans(),
    st.booleans(),
)
def test_partial_date_bounds_read_as_the_pattern_does(
    day: date, width: int, newline: bool, arabic: bool
) -> None:
    value = day.isoformat()[:width] + ("\n" if newline else "")
    value = value.translate(_ARABIC_DIGITS) if arabic else value
    first = partial_date_start(value)
    assert first is not None
    if len(value) == 4:
        last = date(first.year, 12, 31)
    elif len(value) == 7:
        last = date(first.year, first.month, calendar.monthrange(first.year, first.month)[1])
    else:
        last = first
    assert partial_date_bounds(value) == (first, last)
    assert partial_date_bounds(None) == (None, None)


_GOVERNMENT_PIECES = [
    "government", "Government-backed", "ministry", "state-owned", "state\nowned", "SOE", "soes",
    "officials", "think-tank", "think tank", "policy banks", "embassy", "consultant", "ties to",
    "close to", "advises", "access to", "briefings", "our client", "works closely", "Minister",
    "Cabinet Office", "party committee", "ſtate owned", ".", ". ", "and", "the", "|", "\n\n",
]  # fmt: skip
_GOVERNMENT_TEXT = st.lists(st.sampled_from(_GOVERNMENT_PIECES), max_size=8).map(" ".join)


@settings(max_examples=200, deadline=None)
@given(_GOVERNMENT_TEXT, _GOVERNMENT_TEXT, _GOVERNMENT_TEXT, _GOVERNMENT_TEXT, _GOVERNMENT_TEXT)
def test_state_links_reads_the_profile_as_find_does(
    message: str, headline: str, organisation: str, about: str, title: str
) -> None:
    approach = make_approach(
        message if message.strip() else "Hello",
        headline=headline or None,
        organisation=organisation or None,
        about=about or None,
        experience=[{"title": title or None, "organisation": organisation or None}],
    )

    def spans(matches: list[Match]) -> list[tuple[str, int, int]]:
        return [(m.field.path, m.start, m.end) for m in matches]

    for where in ("messages", "profile"):
        ctx = ScreeningContext.build(approach, TODAY)
        fields = ctx.messages if where == "messages" else ctx.profile
        for concept in (STATE_BODY, GOVERNMENT, TIES, GOVERNMENT_EMPLOYER):
            found = _matches_in(fields, concept, gated=where == "messages")
            assert spans(found) == spans(ctx.find(concept, where))
        government = ctx.find(GOVERNMENT, where)
        expected = _near_in_sentence(ctx.find(TIES, where), government)
        assert spans(_ties_to(government, gated=where == "messages")) == spans(expected)
