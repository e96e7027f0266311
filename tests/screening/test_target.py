"""target.sensitive_sector and the sector vocabulary it reads (data/sectors.json)."""

from __future__ import annotations

import time
from datetime import date
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from countersight.domain import Approach, Evidence
from countersight.screening import indicators as _indicators  # noqa: F401  (registers them)
from countersight.screening.context import ScreeningContext
from countersight.screening.registry import REGISTRY
from countersight.screening.sectors import map_sector, sector_map, sector_spans

NSI_AREAS = [
    "Advanced Materials", "Advanced Robotics", "Artificial Intelligence", "Civil Nuclear",
    "Communications", "Computing Hardware", "Critical Suppliers to Government",
    "Cryptographic Authentication", "Data Infrastructure", "Defence", "Energy",
    "Military and Dual-Use", "Quantum Technologies", "Satellite and Space Technologies",
    "Suppliers to the Emergency Services", "Synthetic Biology", "Transport",
]  # fmt: skip


def make_approach(**recipient: Any) -> Approach:
    return Approach.model_validate(
        {
            "id": "t",
            "sender": {"name": "Alex Doe", "headline": "Recruiter"},
            "recipient": recipient,
            "messages": [{"direction": "inbound", "text": "Hello, open to a chat?"}],
        }
    )


def run(approach: Approach) -> list[Evidence]:
    ctx = ScreeningContext.build(approach, date(2025, 1, 1))
    return REGISTRY["target.sensitive_sector"].fn(ctx)


def test_the_vocabulary_has_the_seventeen_nsi_areas_government_and_parliament() -> None:
    smap = sector_map()
    assert smap.version
    names = [a.name for a in smap.areas]
    assert names == [*NSI_AREAS, "Government", "Parliament"]
    assert [a.schedule for a in smap.areas[:17]] == list(range(1, 18))
    assert all(a.description and a.patterns for a in smap.areas)
    assert sector_map() is smap  # loaded once


@pytest.mark.parametrize(
    ("field", "value", "area"),
    [
        ("sector", "quantum computing", "Quantum Technologies"),
        ("sector", "qubit control electronics", "Quantum Technologies"),
        ("role", "Senior ML engineer", "Artificial Intelligence"),
        ("role", "Head of AI", "Artificial Intelligence"),
        ("sector", "semiconductor design", "Computing Hardware"),
        ("organisation", "Ministry of Defence", "Defence"),
        ("organisation", "MoD Abbey Wood", "Defence"),
        ("role", "Civil servant", "Government"),
        ("role", "Diplomat", "Government"),
        ("organisation", "Foreign policy think tank", "Government"),
        ("organisation", "House of Commons", "Parliament"),
        ("role", "MP's researcher", "Parliament"),
        ("sector", "defence-aerospace", "Military and Dual-Use"),
        ("sector", "telecoms / 5G", "Communications"),
        ("sector", "nuclear decommissioning", "Civil Nuclear"),
        ("sector", "oil & gas", "Energy"),
        ("role", "SC cleared developer", "Critical Suppliers to Government"),
        ("role", "Applied cryptographer", "Cryptographic Authentication"),
        ("organisation", "Colocation data centre operator", "Data Infrastructure"),
        ("sector", "satellite communications", "Satellite and Space Technologies"),
        ("sector", "synthetic biology", "Synthetic Biology"),
        ("organisation", "Port authority", "Transport"),
        ("sector", "police control room systems", "Suppliers to the Emergency Services"),
        ("sector", "graphene and 2D materials", "Advanced Materials"),
        ("sector", "warehouse robotics", "Advanced Robotics"),
    ],
)
def test_sensitive_sector_names_the_area_and_quotes_the_field(
    field: str, value: str, area: str
) -> None:
    evidence = run(make_approach(**{field: value}))
    assert any(e.note and e.note.startswith(area) for e in evidence), evidence
    hit = next(e for e in evidence if e.note and e.note.startswith(area))
    assert (hit.field, hit.quote) == (f"recipient.{field}", value)


@pytest.mark.parametrize(
    "recipient",
    [
        {"sector": "retail", "role": "Shop assistant"},
        {"role": "Lecturer", "organisation": "University physics department"},
        {"role": "Criminal defence solicitor", "sector": "law"},
        {"sector": "nuclear medicine"},
        {"role": "Senior researcher"},
        {"role": "Sales manager", "sector": "food & beverage distribution"},
        {"role": "Youth ministry coordinator", "organisation": "Church"},
        {"role": "Analogue designer, voltage regulators"},
        {},
    ],
)
def test_sensitive_sector_ignores_other_work(recipient: dict[str, str]) -> None:
    assert run(make_approach(**recipient)) == []


def test_each_area_is_reported_once_from_the_first_field_naming_it() -> None:
    evidence = run(
        make_approach(sector="quantum sensing", role="Quantum engineer", organisation="MoD")
    )
    assert [(e.field, e.note) for e in evidence] == [
        ("recipient.sector", "Quantum Technologies ('quantum')"),
        ("recipient.organisation", "Defence ('MoD')"),
    ]


def test_map_sector_returns_area_name_and_quote_for_reuse() -> None:
    assert map_sector("ML engineer, defence") == [
        ("artificial_intelligence", "Artificial Intelligence", "ML engineer"),
        ("defence", "Defence", "defence"),
    ]
    # SIC descriptions, for the ownership screen.
    assert [m.area_id for m in map_sector("Manufacture of weapons and ammunition")] == ["defence"]
    assert [m.area_id for m in map_sector("Wired telecommunications activities")] == [
        "communications"
    ]
    assert [m.area_id for m in map_sector("Data processing, hosting and related activities")] == [
        "data_infrastructure"
    ]


def test_acronyms_match_only_as_written() -> None:
    assert map_sector("mod") == [] and map_sector("said") == []
    assert [m.area_id for m in map_sector("MoD")] == ["defence"]
    assert [m.area_id for m in map_sector("AI")] == ["artificial_intelligence"]


def test_exclusions_veto_only_the_match_they_overlap() -> None:
    spans = sector_spans("Criminal defence solicitor; formerly defence procurement")
    assert [(s.area_id, s.start) for s in spans] == [("defence", 37)]


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=300))
def test_map_sector_never_raises_and_quotes_its_input(text: str) -> None:
    for span in sector_spans(text):
        assert text[span.start : span.end] == span.quote


def test_map_sector_stays_fast_on_long_input() -> None:
    text = ("quantum defence minister MoD aerospace " * 3000)[:100_000]
    started = time.perf_counter()
    assert len(map_sector(text)) >= 4
    assert time.perf_counter() - started < 1.0
