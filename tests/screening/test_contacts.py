"""Contact extraction: messenger handles and links, phone numbers, e-mail addresses, URLs."""

from __future__ import annotations

import re
import time

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from countersight.screening.contacts import (
    Contact,
    ContactKind,
    extract_contacts,
    extract_emails,
    extract_handles,
    extract_phones,
    extract_urls,
    is_personal_mail_domain,
    mentions_service,
    registrable_domain,
)
from countersight.screening.contacts.prescreen import Prescreened
from countersight.screening.contacts.services import SERVICE_MENTION


def kinds(text: str) -> list[tuple[str, str, str | None, str]]:
    """(kind, value, service, quoted text) of every contact in ``text``."""
    return [
        (c.kind.value, c.value, c.service, text[c.start : c.end]) for c in extract_contacts(text)
    ]


# --- Messenger numbers, handles and links -----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "value", "service", "quote"),
    [
        ("whatsapp me on +44 7700 900123 today", "+447700900123", "whatsapp", "+44 7700 900123"),
        ("WhatsApp me on 0086 138 1234 5678.", "+8613812345678", "whatsapp", "0086 138 1234 5678"),
        ("My Signal is +44 7700 900123", "+447700900123", "signal", "+44 7700 900123"),
        ("Viber: +7 916 123-45-67", "+79161234567", "viber", "+7 916 123-45-67"),
        ("+86 138 1234 5678 (WeChat)", "+8613812345678", "wechat", "+86 138 1234 5678"),
        ("Whats app: +971 50 123 4567", "+971501234567", "whatsapp", "+971 50 123 4567"),
    ],
)
def test_a_number_next_to_a_messenger_carries_the_service(
    text: str, value: str, service: str, quote: str
) -> None:
    assert ("phone", value, service, quote) in kinds(text)


@pytest.mark.parametrize(
    ("text", "value", "service", "quote"),
    [
        ("WeChat: abc_123", "abc_123", "wechat", "abc_123"),
        ("my WeChat ID is lucy88", "lucy88", "wechat", "lucy88"),
        ("Weixin: zhang_wei", "zhang_wei", "wechat", "zhang_wei"),
        ("WeChat ID: 13812345678", "13812345678", "wechat", "13812345678"),
        ("Easier on WeChat - my ID is dfoster_uk.", "dfoster_uk", "wechat", "dfoster_uk"),
        ("@quantum_jobs on Telegram", "quantum_jobs", "telegram", "@quantum_jobs"),
        ("Telegram: @qjobs", "qjobs", "telegram", "@qjobs"),
        ("I'm on Telegram as @pkuznetsov, that's", "pkuznetsov", "telegram", "@pkuznetsov"),
        ("Skype: live:.cid.123abc", "live:.cid.123abc", "skype", "live:.cid.123abc"),
        ("LINE ID: jobs2025", "jobs2025", "line", "jobs2025"),
        ("KakaoTalk ID: kim77", "kim77", "kakaotalk", "kim77"),
        ("Discord: quant#1234", "quant#1234", "discord", "quant#1234"),
    ],
)
def test_handles_next_to_a_messenger(text: str, value: str, service: str, quote: str) -> None:
    assert ("handle", value, service, quote) in kinds(text)


@pytest.mark.parametrize(
    "text",
    [
        "WeChat is easier for me",
        "we chat about it every week",
        "Telegram is popular in some markets",
        "your work on Signal processing",
        "the bottom line is that",
    ],
)
def test_words_after_a_messenger_name_are_not_handles(text: str) -> None:
    assert not [c for c in extract_contacts(text) if c.kind is ContactKind.HANDLE]


@pytest.mark.parametrize(
    ("text", "service", "host"),
    [
        ("Reach me at wa.me/447700900123", "whatsapp", "wa.me"),
        ("https://api.whatsapp.com/send?phone=8613812345678", "whatsapp", "api.whatsapp.com"),
        ("Join https://chat.whatsapp.com/AbCdEf123", "whatsapp", "chat.whatsapp.com"),
        ("add me on t.me/quantum_talent", "telegram", "t.me"),
        ("https://telegram.me/qjobs", "telegram", "telegram.me"),
        ("signal.me/#p/+447700900123", "signal", "signal.me"),
        ("https://line.me/ti/p/abc", "line", "line.me"),
        ("https://open.kakao.com/o/sAbc", "kakaotalk", "open.kakao.com"),
        ("zalo.me/0912345678", "zalo", "zalo.me"),
        ("discord.gg/xyz123", "discord", "discord.gg"),
        ("https://discord.com/invite/xyz", "discord", "discord.com"),
        ("https://join.skype.com/invite/abc", "skype", "join.skype.com"),
    ],
)
def test_messenger_links(text: str, service: str, host: str) -> None:
    links = [c for c in extract_contacts(text) if c.kind is ContactKind.URL]
    assert [(c.service, c.host) for c in links] == [(service, host)]


def test_a_messenger_link_that_carries_a_number_also_yields_the_number() -> None:
    text = "Reach me at wa.me/447700900123 please"
    found = extract_contacts(text)
    assert [c.kind for c in found] == [ContactKind.URL, ContactKind.PHONE]
    link, phone = found
    assert link.value == "http://wa.me/447700900123"
    assert phone.value == "+447700900123"
    assert phone.service == "whatsapp"
    assert link.start <= phone.start < phone.end <= link.end
    assert text[phone.start : phone.end] == "447700900123"


def test_discord_is_a_messenger_only_for_invitations() -> None:
    (link,) = extract_urls("see https://discord.com/blog/post")
    assert link.service is None


def test_mentions_service_is_a_cheap_superset_of_the_names() -> None:
    for text in ("WhatsApp", "whats app", "WeChat", "Signal me", "LINE ID", "download Wire"):
        assert mentions_service(text)
    assert not mentions_service("An ordinary message about a job in London.")


def test_a_caller_that_knows_whether_a_service_is_named_gets_the_same_contacts() -> None:
    for text in ("WeChat: abc_123 or +44 7700 900123", "Call +44 7700 900123", "@quantum_jobs"):
        known = mentions_service(text)
        assert extract_contacts(text, mentions=known) == extract_contacts(text)
        assert extract_handles(text, mentions=known) == extract_handles(text)


# --- Case-sensitive service names, searched from where they can match --------------------------

_NAMED = st.sampled_from(
    [
        "WhatsApp", "whats app", "WeChat", "wechat", "We Chat", "We\tChat", "WECHAT", "weixin",
        "Signal", "signal", "SIGNAL", "Signal processing", "LINE", "Line", "line id", "LINE app",
        "Wire", "wire", "Wire app", "download Wire", "Skype", "Telegram", "KakaoTalk", "Zalo",
        "me", "on", "my", "ID", "is easier", "number", ".", ",", "\n", "@x_1", "+44 7700 900123",
        "ſ", "K", "İ", "\u0345", "é",
    ]
)  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(st.lists(_NAMED, max_size=30).map(" ".join), st.booleans())
def test_prescreened_finds_exactly_what_the_pattern_finds(text: str, upper: bool) -> None:
    text = text.upper() if upper else text
    prescreened = Prescreened(SERVICE_MENTION)
    expected = [(m.span(), m.lastgroup) for m in SERVICE_MENTION.finditer(text)]
    assert [(m.span(), m.lastgroup) for m in prescreened.finditer(text)] == expected


def test_prescreened_runs_a_relaxed_lower_case_copy() -> None:
    prescreened = Prescreened(SERVICE_MENTION)
    assert prescreened.relaxed is not None
    assert prescreened.relaxed.flags & re.IGNORECASE == 0
    with pytest.raises(ValueError):
        Prescreened(re.compile("(?-i:Signal)"))


# --- Phone numbers ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "e164", "quote"),
    [
        ("call 020 7946 0958", "+442079460958", "020 7946 0958"),
        ("Tel:+44 20 7946 0958", "+442079460958", "+44 20 7946 0958"),
        ("M: 07700 900123", "+447700900123", "07700 900123"),
        ("+1 (415) 555-2671", "+14155552671", "+1 (415) 555-2671"),
        ("+86 13812345678", "+8613812345678", "+86 13812345678"),
        ("+7 916 123-45-67", "+79161234567", "+7 916 123-45-67"),
        ("0044 7700 900 123", "+447700900123", "0044 7700 900 123"),
    ],
)
def test_phone_numbers_are_normalised_to_e164(text: str, e164: str, quote: str) -> None:
    phones = extract_phones(text)
    assert [(c.value, text[c.start : c.end]) for c in phones] == [(e164, quote)]


@pytest.mark.parametrize(
    "text",
    [
        "on 12/05/2024 we pay $1,250,000 or 3,000,000",
        "salary 120000-150000 per year",
        "ref 1234567890",
        "worked there 2019 - 2023",
        "doi 10.1038/nature12373",
        "IP 192.168.1.1",
        "ORCID 0000-0002-1825-0097",
        "arXiv:2301.12345",
        "EUR 3.000.000 budget",
        "from 10:30-12:00",
        "ISBN 978-3-16-148410-0",
    ],
)
def test_dates_amounts_and_references_are_not_phone_numbers(text: str) -> None:
    assert extract_phones(text) == []


# --- E-mail addresses -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "value", "personal"),
    [
        ("email me at R.Li.Consult@Gmail.com", "r.li.consult@gmail.com", True),
        ("kevinlau.consult@163.com", "kevinlau.consult@163.com", True),
        ("zhaowj_ecis@qq.com", "zhaowj_ecis@qq.com", True),
        ("a.b@proton.me", "a.b@proton.me", True),
        ("x@mail.yahoo.co.uk", "x@mail.yahoo.co.uk", True),
        ("someone@hotmail.fr", "someone@hotmail.fr", True),
        ("jane.doe@acme.co.uk", "jane.doe@acme.co.uk", False),
        ("l.brandt@bb-personal.de", "l.brandt@bb-personal.de", False),
        ("icam2018@sjtu.edu.cn", "icam2018@sjtu.edu.cn", False),
    ],
)
def test_email_addresses_and_personal_providers(text: str, value: str, personal: bool) -> None:
    (email,) = extract_emails(text)
    assert email.value == value
    assert email.is_personal_email is personal


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("rli_consulting [at] protonmail [dot] com", "rli_consulting@protonmail.com"),
        ("rli_consulting[at]protonmail[dot]com", "rli_consulting@protonmail.com"),
        ("john (at) yahoo (dot) co (dot) uk", "john@yahoo.co.uk"),
        ("write to john at gmail dot com", "john@gmail.com"),
        ("j.smith at hotmail.com", "j.smith@hotmail.com"),
    ],
)
def test_obfuscated_addresses(text: str, value: str) -> None:
    (email,) = extract_emails(text)
    assert email.value == value
    assert email.is_personal_email


@pytest.mark.parametrize(
    "text", ["meet me at acme dot com", "see you at noon.", "email me at your convenience"]
)
def test_plain_words_are_not_obfuscated_addresses(text: str) -> None:
    assert extract_emails(text) == []


def test_personal_mail_domains() -> None:
    assert is_personal_mail_domain("gmail.com")
    assert is_personal_mail_domain("mail.yahoo.co.jp")
    assert is_personal_mail_domain("outlook.com")
    assert not is_personal_mail_domain("acme.com")
    assert not is_personal_mail_domain("ox.ac.uk")


# --- URLs and domains -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "value", "domain"),
    [
        (
            "see https://careers.acme.com/jobs/123.",
            "https://careers.acme.com/jobs/123",
            "acme.com",
        ),
        ("visit www.acme.com today", "http://www.acme.com", "acme.com"),
        ("HTTPS://Drive.Google.com/file/d/1A", "https://drive.google.com/file/d/1A", "google.com"),
        ("(https://en.wikipedia.org/wiki/Foo_(bar))", "https://en.wikipedia.org/wiki/Foo_(bar)",
         "wikipedia.org"),
        ("docs at forums.bbc.co.uk/x", "http://forums.bbc.co.uk/x", "bbc.co.uk"),
        ("the workshop page (www.quantumlah.org/qna2019).", "http://www.quantumlah.org/qna2019",
         "quantumlah.org"),
    ],
)  # fmt: skip
def test_urls_with_their_registrable_domain(text: str, value: str, domain: str) -> None:
    (link,) = extract_urls(text)
    assert link.value == value
    assert link.domain == domain
    assert text[link.start : link.end].lower() == value.lower().removeprefix("http://")


@pytest.mark.parametrize(
    "text",
    [
        "Node.js and ASP.NET",
        "e.g. the U.S. and i.e. Ph.D.",
        "download setup.zip now",
        "the report.pdf attached",
        "end of sentence.Next sentence",
        "jane@acme.com",
    ],
)
def test_words_with_dots_are_not_links(text: str) -> None:
    assert extract_urls(text) == []


def test_registrable_domain_is_offline_and_bounded() -> None:
    assert registrable_domain("drive.google.com") == "google.com"
    assert registrable_domain("a.b.example.co.uk") == "example.co.uk"
    assert registrable_domain("localhost") == ""
    assert registrable_domain("192.168.0.1") == ""
    assert registrable_domain("x" * 300) == ""


def test_ip_address_links_are_kept_without_a_domain() -> None:
    (link,) = extract_urls("file at http://192.168.1.1/x.zip")
    assert link.host == "192.168.1.1"
    assert link.domain is None


# --- Robustness -------------------------------------------------------------------------------


def check_spans(text: str, found: tuple[Contact, ...]) -> None:
    for c in found:
        assert 0 <= c.start < c.end <= len(text)
        assert c.value
        assert isinstance(c.kind, ContactKind)
    assert list(found) == sorted(found, key=lambda c: c.span)


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=400))
def test_never_raises_on_arbitrary_text(text: str) -> None:
    check_spans(text, extract_contacts(text))


_PIECES = st.sampled_from(
    [
        "WhatsApp", "WeChat", "Telegram", "Signal", "@", "+44 ", "7700 900123", "0086", " at ",
        " dot ", "[at]", "gmail", ".com", "www.", "https://", "t.me/", "wa.me/", "/", ".", "-",
        ":", " ", "\n", "(", ")", "123", "abc_1", "ID", "is ", "my ", "live:", "x.zip", "é", "中",
    ]
)  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(st.lists(_PIECES, max_size=60).map("".join))
def test_never_raises_on_contact_like_text(text: str) -> None:
    check_spans(text, extract_contacts(text))


@pytest.mark.parametrize(
    "text",
    [
        "1 2 3 4 5 6 7 8 9 0 " * 5000,
        "a" * 100_000,
        "a." * 50_000,
        "a@" * 50_000,
        "x at " * 20_000,
        "+44 7700 900123 " * 6000,
        "http://a.com/x.zip " * 5000,
        "WeChat: abc_1 " * 7000,
        "a-" * 50_000,
        "whatsapp " * 11_000,
        "ab.cd " * 16_000,
    ],
)
def test_adversarial_text_is_fast(text: str) -> None:
    text = text[:100_000]
    start = time.perf_counter()
    found = extract_contacts(text)
    assert time.perf_counter() - start < 1.0
    check_spans(text, found)
