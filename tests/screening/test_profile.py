"""Profile indicators: generic firm, state links, unrealistic role, thin history, new account,
few connections; and the helpers they stand on (firm names, roles, career dates)."""

from __future__ import annotations

import calendar
import re
import time
from datetime import date
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from countersight.domain import Approach, Evidence
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
    read_name,
    site_of,
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
from countersight.screening.registry import REGISTRY
from countersight.screening.roles import (
    JUNIOR_TITLE,
    LATE_DEGREE,
    NOT_SENIOR,
    SENIOR_TITLE,
    is_late_degree,
    is_networking,
    is_top,
    senior_span,
)

TODAY = date(2025, 1, 1)
PROFILE_CODES = [
    "profile.generic_firm",
    "profile.state_links",
    "profile.unrealistic_role",
    "profile.thin_history",
    "profile.new_account",
    "profile.few_connections",
]

#: A genuine, established recruiter: the baseline that no profile indicator should fire on.
ESTABLISHED: dict[str, Any] = {
    "headline": "Senior Technical Recruiter at Arm",
    "organisation": "Arm",
    "connections": 2140,
    "followers": 2900,
    "account_created": "2011-02-10",
    "about": "I hire silicon engineers. Careers: arm.com/careers",
    "experience": [
        {"title": "Senior Technical Recruiter", "organisation": "Arm", "start": "2015-06"},
        {
            "title": "Recruitment Consultant",
            "organisation": "Hays",
            "start": "2011-09",
            "end": "2015-05",
        },
    ],
    "education": [
        {
            "institution": "University of Leeds",
            "degree": "BA History",
            "start": "2008",
            "end": "2011",
        }
    ],
}


def make_approach(text: str = "Hello, would you be open to a chat?", **sender: Any) -> Approach:
    """One inbound message from a sender with the given profile fields."""
    return Approach.model_validate(
        {
            "id": "t",
            "channel": sender.pop("channel", "linkedin"),
            "sender": {"name": "Alex Doe", **sender},
            "recipient": {"role": "Engineer", "sector": "quantum computing"},
            "messages": [{"direction": "inbound", "text": text}],
        }
    )


def run(code: str, approach: Approach) -> list[Evidence]:
    return REGISTRY[code].fn(ScreeningContext.build(approach, TODAY))


def established(**changes: Any) -> dict[str, Any]:
    return {**ESTABLISHED, **changes}


def test_an_established_genuine_recruiter_raises_no_profile_indicator() -> None:
    approach = make_approach(
        "We have a role for a Senior Physicist, salary £85-100k.", **ESTABLISHED
    )
    for code in PROFILE_CODES:
        assert run(code, approach) == [], code


# --- profile.generic_firm ------------------------------------------------------------------------

GENERIC_NAMES = [
    "Global Talent Partners",
    "International Strategic Research Center",
    "RiseHR",
    "BR-YR Executive Search",
    "Internship Union",
    "Center for Sino-Europe Development Studies",
    "Remote Online Jobs",
    "Aero Talent Solutions",
    "Global Insight Consulting Ltd",
]
REAL_NAMES = [
    "Hays",
    "Michael Page",
    "DeepMind",
    "University of Oxford",
    "Lockheed Martin",
    "Google Research",
    "Hays Recruitment",
    "Oxford Ionics",
    "Indian Institute of Science",
    "Korn Ferry",
    "Russell Reynolds Associates",
]
THIN = {"connections": 140, "account_created": "2024-06", "experience": [], "education": []}


@pytest.mark.parametrize("name", GENERIC_NAMES)
def test_generic_firm_fires_on_a_generic_name_with_nothing_to_check(name: str) -> None:
    evidence = run("profile.generic_firm", make_approach(organisation=name, **THIN))
    assert len(evidence) == 1
    assert evidence[0].field == "sender.organisation"
    assert evidence[0].quote == name
    assert evidence[0].note and "generic" in evidence[0].note


@pytest.mark.parametrize("name", REAL_NAMES)
def test_generic_firm_ignores_distinctive_and_academic_names(name: str) -> None:
    assert run("profile.generic_firm", make_approach(organisation=name, **THIN)) == []


def test_generic_firm_quotes_the_firm_inside_the_headline_with_offsets() -> None:
    headline = "Headhunter at RiseHR | Connecting talent"
    evidence = run("profile.generic_firm", make_approach(headline=headline, **THIN))
    assert len(evidence) == 1
    ev = evidence[0]
    assert (ev.field, ev.quote) == ("sender.headline", "RiseHR")
    assert ev.start is not None and ev.end is not None
    assert headline[ev.start : ev.end] == "RiseHR"


def test_generic_firm_reads_the_current_position_too() -> None:
    experience = [
        {"title": "Consultant", "organisation": "Strategic Advisory Group", "start": "2024-02"}
    ]
    evidence = run("profile.generic_firm", make_approach(**{**THIN, "experience": experience}))
    assert [e.field for e in evidence] == ["sender.experience[0].organisation"]


def test_generic_firm_fires_on_a_self_employed_recruiter() -> None:
    evidence = run(
        "profile.generic_firm",
        make_approach(headline="Recruiter", organisation="Self-employed", **THIN),
    )
    assert evidence and evidence[0].note and "self-employed" in evidence[0].note


@pytest.mark.parametrize(
    "about",
    [
        "Visit www.globaltalentpartners.co.uk for our open roles.",
        "Global Talent Partners Ltd, registered in England, company no. 01234567.",
        "Our office: Suite 400, 10 Old Broad Street, London.",
        "Careers: gtp-search.com/jobs",
    ],
)
def test_generic_firm_is_silent_when_the_profile_gives_something_to_check(about: str) -> None:
    approach = make_approach(organisation="Global Talent Partners", about=about, **THIN)
    assert run("profile.generic_firm", approach) == []


def test_generic_firm_is_silent_when_a_message_links_the_firms_own_site() -> None:
    text = "Our programme and past speakers are at https://aria.org.uk/programmes."
    approach = make_approach(text, organisation="Advanced Research and Invention Agency", **THIN)
    assert run("profile.generic_firm", approach) == []


def test_a_link_to_an_unrelated_site_does_not_verify_the_firm() -> None:
    text = "Please read the brief at https://onedrive-shared-docs.net/x and on docs.google.com."
    approach = make_approach(text, organisation="Atlantic Forum for Policy Research", **THIN)
    assert run("profile.generic_firm", approach)


def test_generic_firm_is_silent_on_a_long_visible_presence_at_the_firm() -> None:
    experience = [
        {
            "title": "Research Associate",
            "organisation": "Cobalt Insight Partners",
            "start": "2021-03",
        }
    ]
    approach = make_approach(
        organisation="Cobalt Insight Partners",
        connections=1600,
        account_created="2016-05",
        experience=experience,
    )
    assert run("profile.generic_firm", approach) == []


def test_read_name_explains_its_reading() -> None:
    reading = read_name("BR-YR Executive Search")
    assert reading.generic and reading.distinctive == ("BRYR",)
    assert read_name("RiseHR").glued
    assert not read_name("SynBio Society").generic


def test_site_of_matches_initials_distinctive_part_or_whole_name() -> None:
    assert site_of("Observer Research Foundation", "orfonline.org")
    assert site_of("Meridian Expert Network", "https://www.meridianexperts.com/about")
    assert site_of("Global Talent Partners", "globaltalentpartners.com")
    assert not site_of("Global Talent Partners", "files-share.top")


def test_checkable_details_skip_mail_messaging_and_social_hosts() -> None:
    assert (
        checkable_details("Reach me at jane@gmail.com or t.me/jane, linkedin.com/in/jane") is None
    )
    assert checkable_details("Ph.D. in e.g. materials; work.please contact me") is None


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=300))
def test_name_reading_never_raises(name: str) -> None:
    read_name(name)
    checkable_details(name)
    site_of(name, name)


# --- profile.state_links -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "quoted"),
    [
        (
            "They are a research foundation with close ties to government ministries.",
            "ties to government",
        ),
        (
            "Our clients include government agencies across the region.",
            "clients include government",
        ),
        ("We act for a state-backed fund investing in photonics.", "state-backed"),
        ("I can arrange a dinner with senior officials in the capital.", "senior officials"),
        (
            "Our director has close links with policy makers at the highest level.",
            "links with policy makers",
        ),
        ("We are a state owned enterprise in the energy sector.", "state owned"),
        ("The papers are for our internal reference only.", "internal reference"),
        (
            "One of our client is a think tank which needs short analyses.",
            "our client is a think tank",
        ),
        ("The delegation will meet government and enterprise leaders.", "meet government"),
    ],
)
def test_state_links_fires_on_claimed_ties_in_messages(text: str, quoted: str) -> None:
    evidence = run("profile.state_links", make_approach(text))
    assert evidence, text
    ev = evidence[0]
    assert ev.field == "messages[0].text"
    assert ev.start is not None and ev.end is not None
    assert text[ev.start : ev.end] == ev.quote
    assert quoted.lower() in ev.quote.lower()


def test_state_links_reads_the_profile_about_and_employer() -> None:
    about = "Advisory firm with government-affiliated partners."
    evidence = run("profile.state_links", make_approach(about=about))
    assert [(e.field, e.quote) for e in evidence] == [("sender.about", "government-affiliated")]
    experience = [{"title": "Attaché", "organisation": "Ministry of Commerce", "start": "2015"}]
    evidence = run("profile.state_links", make_approach(experience=experience))
    assert [(e.field, e.quote) for e in evidence] == [
        ("sender.experience[0].organisation", "Ministry")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "This SC-cleared Java role is with a central government department in Bristol.",
        "Our state-of-the-art lab in Oxford is hiring physicists.",
        "The conference brings together academics, industry and policy makers; see synbio2026.org.",
        "I am a recruiter specialising in government and defence roles. Let me introduce myself.",
        "Please state your notice period and salary expectations.",
        "We partner with leading employers in the public sector.",
    ],
)
def test_state_links_ignores_genuine_public_sector_wording(text: str) -> None:
    headline = "Recruitment Consultant | Government & Defence"
    assert run("profile.state_links", make_approach(text, headline=headline)) == []


# --- profile.unrealistic_role --------------------------------------------------------------------


def test_unrealistic_role_fires_on_a_senior_title_on_a_new_thin_profile() -> None:
    approach = make_approach(
        headline="Managing Director, Apex Advisors | Global",
        connections=61,
        account_created="2024-10",
        experience=[
            {"title": "Managing Director", "organisation": "Apex Advisors", "start": "2024-09"}
        ],
    )
    evidence = run("profile.unrealistic_role", approach)
    assert len(evidence) == 1
    ev = evidence[0]
    assert (ev.field, ev.quote) == ("sender.experience[0].title", "Managing Director")
    assert ev.note is not None
    assert "account 3 months old" in ev.note and "61 connections" in ev.note
    assert "no other position or education listed" in ev.note


def test_unrealistic_role_quotes_the_title_segment_of_the_headline() -> None:
    headline = "Head of Research | Strategic Insight Group"
    evidence = run("profile.unrealistic_role", make_approach(headline=headline, connections=40))
    assert evidence and evidence[0].field == "sender.headline"
    assert evidence[0].quote == "Head of Research"
    assert (evidence[0].start, evidence[0].end) == (0, len("Head of Research"))


def test_unrealistic_role_fires_on_a_junior_to_top_jump() -> None:
    approach = make_approach(
        **established(
            headline="CEO at Northgate Holdings",
            experience=[
                {"title": "CEO", "organisation": "Northgate Holdings", "start": "2023-03"},
                {
                    "title": "Marketing Intern",
                    "organisation": "Acme",
                    "start": "2022-06",
                    "end": "2023-02",
                },
            ],
            education=[{"institution": "Uni", "degree": "BSc", "start": "2016", "end": "2019"}],
        )
    )
    evidence = run("profile.unrealistic_role", approach)
    assert evidence and evidence[0].note and "straight from 'Marketing Intern'" in evidence[0].note


def test_unrealistic_role_fires_on_a_professorship_right_after_the_degree() -> None:
    approach = make_approach(
        **established(
            headline="Professor of Physics",
            experience=[
                {
                    "title": "Professor of Physics",
                    "organisation": "Some University",
                    "start": "2023-09",
                }
            ],
            education=[
                {
                    "institution": "Some University",
                    "degree": "BSc Physics",
                    "start": "2019",
                    "end": "2022",
                }
            ],
        )
    )
    evidence = run("profile.unrealistic_role", approach)
    assert evidence and evidence[0].note and "after education ended" in evidence[0].note


@pytest.mark.parametrize(
    "title",
    [
        "Principal Talent Partner",
        "Assistant Professor",
        "Executive Assistant to the CEO",
        "Talent Acquisition Specialist",
        "Senior Headhunter",
        "Associate Director",
    ],
)
def test_unrealistic_role_ignores_titles_that_are_not_senior(title: str) -> None:
    approach = make_approach(
        headline=title,
        connections=40,
        account_created="2024-10",
        experience=[{"title": title, "organisation": "X", "start": "2024-09"}],
    )
    assert run("profile.unrealistic_role", approach) == []


def test_unrealistic_role_accepts_a_supported_professor_and_a_founder() -> None:
    professor = make_approach(
        headline="Associate Professor, School of Physics",
        connections=780,
        account_created="2013-05-02",
        experience=[
            {"title": "Associate Professor", "organisation": "A University", "start": "2018-09"},
            {
                "title": "Postdoctoral Researcher",
                "organisation": "ETH Zurich",
                "start": "2014-10",
                "end": "2018-08",
            },
        ],
        education=[
            {"institution": "B University", "degree": "PhD Physics", "start": "2009", "end": "2014"}
        ],
    )
    assert run("profile.unrealistic_role", professor) == []
    founder = make_approach(
        headline="Co-founder & CEO at Skylark Robotics",
        connections=84,
        account_created="2024-11",
        experience=[
            {"title": "Co-founder & CEO", "organisation": "Skylark Robotics", "start": "2023-06"},
            {
                "title": "Controls Engineer",
                "organisation": "Rolls-Royce",
                "start": "2016-09",
                "end": "2023-05",
            },
        ],
    )
    assert run("profile.unrealistic_role", founder) == []


def test_senior_top_and_networking_titles() -> None:
    assert senior_span("Senior Partner") == (0, 14)
    assert senior_span("Managing Partners Ltd") is None
    assert is_top("Chief Executive Officer") and not is_top("Head of Talent")
    assert is_networking("Talent Acquisition Partner") and is_networking("Managing Director")
    assert not is_networking("Professor of Physics") and not is_networking("Software engineer")


# --- profile.thin_history ------------------------------------------------------------------------


def test_thin_history_fires_on_a_seen_profile_without_positions() -> None:
    evidence = run("profile.thin_history", make_approach(headline="Hiring Manager", connections=12))
    assert [(e.field, e.quote, e.note) for e in evidence] == [
        ("sender.experience", "none", "no positions listed and no education")
    ]


def test_thin_history_fires_on_a_single_recent_position_without_education() -> None:
    approach = make_approach(
        connections=300,
        account_created="2020-01",
        experience=[{"title": "Headhunter", "organisation": "RiseHR", "start": "2024-05"}],
    )
    evidence = run("profile.thin_history", approach)
    assert len(evidence) == 1
    assert evidence[0].field == "sender.experience[0]"
    assert evidence[0].quote == "Headhunter, RiseHR, 2024-05 to present"
    assert evidence[0].note == "the only position, no education; nothing earlier than 8 months ago"


def test_thin_history_fires_on_a_long_gap_and_contradictory_dates() -> None:
    approach = make_approach(
        **established(
            experience=[
                {"title": "Analyst", "organisation": "A", "start": "2005-01", "end": "2008-06"},
                {"title": "Consultant", "organisation": "B", "start": "2016-01", "end": "2014-01"},
            ],
        )
    )
    notes = {e.field: e.note for e in run("profile.thin_history", approach)}
    assert notes["sender.experience[1]"] is not None
    assert "months after the previous position ended" in notes["sender.experience[1]"]
    assert "ends before it starts" in notes["sender.experience[1]"]


def test_thin_history_fires_when_education_ends_long_after_a_senior_role_began() -> None:
    approach = make_approach(
        **established(
            experience=[
                {"title": "Managing Director", "organisation": "X", "start": "2015-01"},
                {"title": "Analyst", "organisation": "Y", "start": "2012-01", "end": "2014-12"},
            ],
            education=[{"institution": "U", "degree": "BSc", "start": "2015", "end": "2019"}],
        )
    )
    evidence = run("profile.thin_history", approach)
    assert [e.field for e in evidence] == ["sender.education[0]"]
    assert evidence[0].note and "after 'Managing Director' began" in evidence[0].note


@pytest.mark.parametrize(
    "profile",
    [
        # A graduate's first job after a listed degree.
        {
            "connections": 180,
            "experience": [
                {"title": "Graduate Engineer", "organisation": "Arup", "start": "2023-09"}
            ],
            "education": [{"institution": "U", "degree": "MEng", "start": "2019", "end": "2023"}],
        },
        # One employer for many years, on an old account.
        {
            "connections": 7600,
            "account_created": "2011-05",
            "experience": [
                {
                    "title": "Recruitment Manager",
                    "organisation": "Hallmark Industrial Recruitment",
                    "start": "2012-01",
                }
            ],
        },
        # An e-mail approach: no profile was seen at all.
        {"channel": "email", "headline": "Recruitment Manager"},
        # An executive MBA finishing after the directorship began is normal.
        {
            **ESTABLISHED,
            "experience": [
                {"title": "Director", "organisation": "X", "start": "2018"},
                {"title": "Engineer", "organisation": "Y", "start": "2010", "end": "2017"},
            ],
            "education": [
                {"institution": "LBS", "degree": "Executive MBA", "start": "2019", "end": "2021"}
            ],
        },
    ],
)
def test_thin_history_ignores_ordinary_careers(profile: dict[str, Any]) -> None:
    assert run("profile.thin_history", make_approach(**profile)) == []


# --- profile.new_account -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("created", "months"), [("2024-09-01", 4), ("2024-06", 7), ("2024-12-20", 0), ("2025-01-15", 0)]
)
def test_new_account_fires_under_a_year(created: str, months: int) -> None:
    evidence = run("profile.new_account", make_approach(account_created=created))
    assert [(e.field, e.quote, e.note) for e in evidence] == [
        ("sender.account_created", created, f"account {months} months old")
    ]


@pytest.mark.parametrize("created", [None, "2023", "2024", "2011-02-10", "2025-06"])
def test_new_account_is_silent_when_old_unknown_or_contradictory(created: str | None) -> None:
    assert run("profile.new_account", make_approach(account_created=created)) == []


def test_new_account_is_measured_at_the_first_dated_message() -> None:
    approach = Approach.model_validate(
        {
            "sender": {"account_created": "2019-03"},
            "messages": [{"text": "hi", "sent_at": "2019-11-03T09:00:00Z"}],
        }
    )
    assert run("profile.new_account", approach)[0].note == "account 8 months old"


# --- profile.few_connections ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("headline", "connections", "limit"),
    [
        (None, 37, 100),
        ("Software engineer", 99, 100),
        ("Headhunter at Global Search", 150, 300),
        ("Managing Director | Apex Capital", 250, 300),
        ("Talent Acquisition Partner", 299, 300),
    ],
)
def test_few_connections_fires_below_the_bar_for_the_role(
    headline: str | None, connections: int, limit: int
) -> None:
    evidence = run(
        "profile.few_connections", make_approach(headline=headline, connections=connections)
    )
    assert len(evidence) == 1
    assert (evidence[0].field, evidence[0].quote) == ("sender.connections", str(connections))
    assert evidence[0].note and evidence[0].note.endswith(f"fewer than {limit}")


@pytest.mark.parametrize(
    ("headline", "connections"),
    [(None, None), ("Software engineer", 150), ("Recruiter", 500), ("Professor of Physics", 186)],
)
def test_few_connections_is_silent_otherwise(headline: str | None, connections: int | None) -> None:
    assert (
        run("profile.few_connections", make_approach(headline=headline, connections=connections))
        == []
    )


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
