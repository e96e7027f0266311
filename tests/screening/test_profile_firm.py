"""profile.generic_firm and profile.state_links: positives, hard negatives, evidence."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from countersight.screening import indicators as _indicators  # noqa: F401  (registers them)
from countersight.screening.firm_names import (
    checkable_details,
    read_name,
    site_of,
)

from profile_cases import make_approach, run

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
