"""Artefact extraction and normalisation: what in a report can link it to another."""

from __future__ import annotations

from typing import Any

from countersight.campaigns import extract_artefacts, organisation_keys
from countersight.campaigns.artefacts import person_name_key
from countersight.domain import Approach


def approach(text: str, **sender: Any) -> Approach:
    return Approach.model_validate({"id": "x", "sender": sender, "messages": [{"text": text}]})


def kinds(a: Approach) -> set[tuple[str, str]]:
    return {(x.kind, x.value) for x in extract_artefacts(a)}


def test_the_br_yr_spellings_share_keys() -> None:
    full = dict(organisation_keys("BR-YR Executive Search"))
    short = dict(organisation_keys("BP-YR Exec Search"))
    limited = dict(organisation_keys("BR-YR Ltd"))
    assert "bryr" in full and "bryr" in limited  # the same key, exactly
    assert full["bryr"] is False
    assert set(full) & set(short) == {"b?yr"}  # one character apart: a variant key
    assert organisation_keys("Global Talent Partners") == [("globaltalentpartners", False)]


def test_phones_are_e164_whatever_the_writing() -> None:
    one = kinds(approach("Call me on +44 7700 900123 please"))
    two = kinds(approach("WhatsApp: 07700 900123"))
    three = kinds(approach("Message me at wa.me/447700900123"))
    for found in (one, two, three):
        assert ("phone", "+447700900123") in found


def test_messenger_handles_carry_their_service() -> None:
    found = kinds(approach("Add me on WeChat ID: lucy_88 or Telegram @quantum_jobs"))
    assert ("handle", "wechat:lucy_88") in found
    assert ("handle", "telegram:quantum_jobs") in found
    assert ("handle", "telegram:quantum_jobs") in kinds(approach("Join t.me/quantum_jobs now"))


def test_generic_domains_and_mail_providers_are_not_artefacts() -> None:
    found = kinds(
        approach(
            "Mail lucy.zhang88@gmail.com, see https://www.linkedin.com/jobs and "
            "https://www.bryr-search.com/careers/42",
            organisation="Google",
        )
    )
    assert ("email", "lucy.zhang88@gmail.com") in found  # the address itself is specific
    assert ("domain", "bryr-search.com") in found
    assert ("url", "bryr-search.com/careers/42") in found
    assert not {v for k, v in found if k == "domain"} & {"gmail.com", "linkedin.com"}
    assert not [v for k, v in found if k == "url" and "linkedin" in v]
    assert not [v for k, v in found if k == "organisation"]  # a big employer is generic


def test_profiles_names_and_the_recipients_replies() -> None:
    a = Approach.model_validate(
        {
            "id": "x",
            "sender": {"name": "Zhāng WEI", "profile_url": "https://www.linkedin.com/in/Lucy-Li-88/",
                       "location": "Shanghai"},
            "messages": [
                {"direction": "inbound", "text": "Hello there"},
                {"direction": "outbound", "text": "Call me on +44 7700 900999"},
            ],
        }
    )  # fmt: skip
    found = kinds(a)
    assert ("profile", "linkedin.com/in/lucy-li-88") in found
    assert ("name", "wei zhang") in found
    assert ("location", "shanghai") in found
    assert not [v for k, v in found if k == "phone"]  # the recipient's own number is not used
    assert person_name_key("Wei Zhang") == person_name_key("ZHANG Wei")
