"""profile.unrealistic_role, thin_history, new_account, few_connections."""

from __future__ import annotations

from typing import Any

import pytest

from countersight.domain import Approach
from countersight.screening import indicators as _indicators  # noqa: F401  (registers them)
from countersight.screening.roles import (
    is_networking,
    is_top,
    senior_span,
)

from profile_cases import ESTABLISHED, established, make_approach, run

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
