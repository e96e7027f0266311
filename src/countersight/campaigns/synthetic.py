"""Reports with planted campaigns, for tests and benchmarks (deterministic from a seed).

Every report is a valid approach document (CONTRACTS.md section 1) with ``reported_at``,
a pseudonymous ``reported_by`` and, in ``provenance.planted_campaign``, the campaign it was
planted in (``None`` for noise). The linker never reads ``provenance``.

A planted campaign has a message template, paraphrased for each report (a share of its words
swapped for synonyms, a sentence dropped or added, the recipient's details changed), a fake firm
whose name is written several ways ("BR-YR Executive Search", "BP-YR Exec Search", "BR-YR Ltd"),
and one to three personas, each with messenger handles, a phone number, a personal mail
address and a profile; each report shows some of them. Some reports share only the template,
some only a handle or number (their text rewritten). Noise reports have their own texts and
share only generic values: mail providers, LinkedIn pages, big employers, common cities, and
persona names drawn from the same short list of common names as the campaigns' (names are drawn
independently of campaigns, so a common name says nothing). Recipients come from a small pool
and sometimes reply with their own address, which must not link the senders who wrote to them.
"""

from __future__ import annotations

import json
import random
import string
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

COMMON_NAMES = (
    "Wei Zhang", "Li Wang", "Jing Li", "Lucy Chen", "Rachel Li", "David Smith", "Sarah Jones",
    "Anna Ivanova", "Mohammed Ali", "Maria Garcia", "James Brown", "Emma Wilson", "Yan Liu",
    "Kevin Wu", "Amy Huang", "Daniel Kim", "Olga Petrova", "John Taylor", "Mei Lin", "Tom Clarke",
)  # fmt: skip
CITIES = ("London", "Shanghai", "Beijing", "Singapore", "Hong Kong", "Dubai", "New York",
          "Manchester", "Shenzhen", "Moscow", "Berlin", "Paris")  # fmt: skip
BIG_EMPLOYERS = ("Google", "Microsoft", "Hays", "Michael Page", "Deloitte", "Huawei", "KPMG",
                 "Amazon", "Randstad", "Self-employed", "Accenture", "Robert Walters")  # fmt: skip
MAIL = ("gmail.com", "outlook.com", "163.com", "qq.com", "yahoo.com", "hotmail.com")
SECTORS = (
    "quantum", "artificial intelligence", "synthetic biology", "semiconductors", "aerospace",
    "defence", "telecoms", "energy", "advanced materials", "robotics",
)  # fmt: skip
GENERIC_URLS = ("https://www.linkedin.com/", "https://www.linkedin.com/jobs",
                "linkedin.com/feed", "https://www.google.com/maps", "https://zoom.us/")  # fmt: skip

# Slots of the sentence frames, each with interchangeable words (synonyms for paraphrases).
_WORDS: dict[str, tuple[tuple[str, ...], ...]] = {
    "greet": (("Dear", "Hello", "Hi"), ("Good morning", "Greetings")),
    "role": (("headhunter", "recruiter", "talent partner"), ("consultant", "adviser"),
             ("research director", "programme lead"), ("project manager", "coordinator")),
    "client": (("client", "partner", "customer"), ("think tank", "policy institute"),
               ("investment fund", "family office"), ("research foundation", "academy")),
    "adj": (("confidential", "discreet", "private"), ("prestigious", "renowned", "leading"),
            ("fast-growing", "expanding", "ambitious"), ("well funded", "well resourced")),
    "offer": (("paid consultancy", "advisory work", "consulting project"),
              ("short report", "white paper", "briefing note"),
              ("part-time role", "flexible position", "remote engagement"),
              ("speaking invitation", "keynote slot", "panel seat")),
    "pay": (("generous", "attractive", "excellent"), ("substantial", "significant"),
            ("competitive", "very competitive")),
    "verb": (("discuss", "talk about", "go through"), ("share", "exchange"),
             ("arrange", "organise", "set up"), ("explore", "look into")),
    "time": (("this week", "in the coming days", "soon"), ("urgently", "as soon as possible"),
             ("before the end of the month", "by Friday")),
    "topic": (("insights", "views", "perspectives"), ("experience", "expertise", "background"),
              ("network", "contacts"), ("work", "research", "projects")),
    "place": (("conference", "forum", "summit"), ("workshop", "seminar"),
              ("visit", "trip", "study tour")),
}  # fmt: skip
# Sentences are an opening, a middle and a close, each with slots: about 20,000 sentences, so that
# unrelated texts rarely share one and a campaign's paraphrases share most of theirs.
_OPENINGS = (
    "{greet} {recipient},",
    "I hope you are well.",
    "Following your recent {topic} in {sector},",
    "As a {role} with a {adj} {client},",
    "On behalf of a {adj} {client},",
    "I came across your profile and",
    "Our {client} in {city} asked me to reach out, and",
    "Given your {topic} in {sector},",
    "After reading about your {topic},",
    "We are building a small {adj} team and",
    "This is a one-off opportunity:",
    "A colleague mentioned your name and",
    "Since you lead work on {sector},",
    "We have followed your {topic} for some time and",
    "Quick question:",
    "To be direct,",
    "Apologies for the cold message, but",
    "I work closely with a {client} and",
    "I represent a {adj} {client} based in {city}, and",
    "Further to my earlier note,",
    "Our {adj} {client} has a new mandate and",
    "Because of your {topic},",
)
_MIDDLES = (
    "we would like to offer you a {offer} with {pay} pay",
    "the {client} would value your {topic} on a {offer} basis",
    "there is a {offer} that fits your {topic} very well",
    "I would love to {verb} a {offer} with you {time}",
    "we can cover every expense of a {place} in {city}",
    "the fee for each {offer} would be {amount}",
    "you would join a {adj} group of experts in {sector}",
    "the {client} prefers to stay unnamed while we {verb} terms",
    "no formal application or interview is needed for the {offer}",
    "we handle all the paperwork and payment for the {offer}",
    "your {topic} would shape the {client}'s next {place}",
    "we could {verb} a short call about your {topic} {time}",
    "the {offer} is flexible and can be done from home",
    "several people in {sector} already work with our {client}",
    "I would send the brief once we {verb} the details",
    "the {client} is ready to move {time} on a {offer}",
    "we can pay {amount} upfront for a first {offer}",
    "the {place} would include business class travel and a stipend",
)
_CLOSES = (
    "so please let me know if you are interested.",
    "and I look forward to your reply.",
    "so could we {verb} it {time}?",
    "and everything stays strictly {adj}.",
    "so do share the best way to reach you.",
    "if that sounds good to you.",
    "which I think you would enjoy.",
    "and the terms are negotiable.",
    "so a quick yes or no would help.",
    "and I can send more details on request.",
    "as discussed with the {client}.",
    "before the {place} in {city}.",
    "and we would be honoured to have you.",
    "so kindly reply at your convenience.",
    "with a {pay} package on top.",
    "without any commitment on your side.",
)


def _sentence(rng: random.Random) -> tuple[int, int, int]:
    return (
        rng.randrange(len(_OPENINGS)),
        rng.randrange(len(_MIDDLES)),
        rng.randrange(len(_CLOSES)),
    )


_SYLLABLES = (
    "ka", "lo", "mi", "ren", "tor", "vel", "san", "dro", "qui", "bex", "mar", "zan",
    "tel", "for", "nix", "pla", "gor", "wen", "tyr", "lum", "sel", "dav", "rho", "kin",
)  # fmt: skip
_ORG_KINDS = ("Executive Search", "Consulting", "Talent Partners", "Strategic Research Center",
              "Advisory Group", "Global Insights", "Policy Forum", "Human Resources")  # fmt: skip
_ABBREVIATED = {"Executive": "Exec", "International": "Intl", "Management": "Mgmt",
                "Associates": "Assoc", "Center": "Ctr"}  # fmt: skip


def _coined(rng: random.Random, parts: int) -> str:
    return "".join(rng.choice(_SYLLABLES) for _ in range(parts))


def _fill(
    parts: tuple[int, int, int],
    rng: random.Random,
    choices: dict[str, int],
    context: dict[str, str],
) -> str:
    """A sentence with its slots filled: the synonym set fixed by ``choices``, the word random."""
    frame = " ".join((_OPENINGS[parts[0]], _MIDDLES[parts[1]], _CLOSES[parts[2]]))
    values = dict(context)
    for slot, sets in _WORDS.items():
        if "{" + slot + "}" in frame:
            values[slot] = rng.choice(sets[choices[slot] % len(sets)])
    return frame.format(**values)


@dataclass
class _Persona:
    name: str
    handles: list[str]
    phone: str
    email: str
    profile: str


@dataclass
class _Campaign:
    label: str
    frames: list[tuple[int, int, int]]
    choices: dict[str, int]
    firm: str
    firm_variants: list[str]
    domain: str | None
    sector: str
    personas: list[_Persona] = field(default_factory=list)


def _firm_variants(rng: random.Random) -> tuple[str, list[str]]:
    letters = string.ascii_uppercase
    code = (
        "".join(rng.choice(letters) for _ in range(3))
        + "-"
        + "".join(rng.choice(letters) for _ in range(2))
    )
    if rng.random() < 0.5:
        code = _coined(rng, 4).capitalize()
    kind = rng.choice(_ORG_KINDS)
    firm = f"{code} {kind}"
    variants = [
        firm,
        f"{code} Ltd",
        f"{code} {' '.join(_ABBREVIATED.get(w, w) for w in kind.split())}",
    ]
    if "-" in code:  # one letter off, as a persona retypes it
        i = rng.choice([0, 1, 2, 4, 5])
        typo = code[:i] + rng.choice(letters) + code[i + 1 :]
        variants.append(f"{typo} {kind}")
    return firm, variants


def _phone(rng: random.Random) -> tuple[str, str]:
    """A phone number as written, in one of several styles, and the same in another style."""
    if rng.random() < 0.5:
        digits = f"7{rng.randrange(100, 999)} {rng.randrange(10**6):06d}"
        return f"+44 {digits}", f"0{digits}"
    digits = f"13{rng.randrange(10):d} {rng.randrange(10**4):04d} {rng.randrange(10**4):04d}"
    return f"+86 {digits}", f"0086 {digits}"


def _persona(rng: random.Random, label: str) -> _Persona:
    service = rng.choice(("WhatsApp", "WeChat", "Telegram", "Signal"))
    handle = f"{_coined(rng, 3)}_{rng.randrange(1000, 9999)}"
    phone, _ = _phone(rng)
    return _Persona(
        name=rng.choice(COMMON_NAMES),
        handles=[f"{service}: {handle}" if service != "Telegram" else f"Telegram @{handle}"],
        phone=phone,
        email=f"{_coined(rng, 4)}{rng.randrange(100, 999)}@{rng.choice(MAIL)}",
        profile=f"https://www.linkedin.com/in/{_coined(rng, 2)}-{rng.randrange(10**6):06x}",
    )


def _campaign(rng: random.Random, label: str) -> _Campaign:
    firm, variants = _firm_variants(rng)
    frames = [_sentence(rng) for _ in range(4)]
    campaign = _Campaign(
        label=label,
        frames=frames,
        choices={slot: rng.randrange(16) for slot in _WORDS},
        firm=firm,
        firm_variants=variants,
        domain=f"{_coined(rng, 4)}-{rng.choice(('group', 'search', 'hr'))}.com"
        if rng.random() < 0.3
        else None,
        sector=rng.choice(SECTORS),
    )
    campaign.personas = [_persona(rng, label) for _ in range(rng.randint(1, 3))]
    return campaign


def _text(
    rng: random.Random,
    frames: list[tuple[int, int, int]],
    choices: dict[str, int],
    context: dict[str, str],
) -> str:
    return " ".join(_fill(parts, rng, choices, context) for parts in frames)


def _context(rng: random.Random, recipient: str, sector: str) -> dict[str, str]:
    return {
        "recipient": recipient,
        "sector": sector,
        "city": rng.choice(CITIES),
        "amount": f"{rng.choice(('£', '$', 'USD '))}{rng.randrange(2, 30) * 500:,}",
    }


_RECIPIENTS = [
    (f"Dr {first} {last}", f"{first.lower()}.{last.lower()}@{org}.ac.uk")
    for first, last, org in (
        ("Alice", "Moore", "ox"), ("Ben", "Hughes", "cam"), ("Chloe", "Patel", "imperial"),
        ("Dan", "Evans", "ucl"), ("Ella", "Wright", "bristol"), ("Finn", "Walsh", "ed"),
    )
]  # fmt: skip


def _document(
    rng: random.Random,
    number: int,
    text: str,
    sender: dict[str, Any],
    sector: str,
    label: str | None,
) -> dict[str, Any]:
    recipient, own_mail = rng.choice(_RECIPIENTS)
    messages: list[dict[str, Any]] = [
        {"direction": "inbound", "sent_at": f"2025-{rng.randint(1, 12):02d}-"
         f"{rng.randint(1, 28):02d}T09:{rng.randint(0, 59):02d}:00Z", "text": text}
    ]  # fmt: skip
    if rng.random() < 0.3:
        messages.append(
            {"direction": "outbound", "sent_at": None,
             "text": f"Thanks, write to me at {own_mail} or call +44 20 7946 0{number % 1000:03d}."}
        )  # fmt: skip
    return {
        "id": f"r{number:07d}",
        "channel": "linkedin",
        "sender": sender,
        "recipient": {"role": "Senior researcher", "organisation": recipient.split()[-1] + " Lab",
                      "sector": sector},
        "messages": messages,
        "reported_at": "2026-01-15T10:00:00Z",
        "reported_by": f"reporter-{rng.randrange(500):03d}",
        "provenance": {"generator": "countersight.campaigns.synthetic",
                       "planted_campaign": label},
    }  # fmt: skip


def _campaign_report(rng: random.Random, number: int, campaign: _Campaign) -> dict[str, Any]:
    persona = rng.choice(campaign.personas)
    recipient = rng.choice(_RECIPIENTS)[0]
    context = _context(rng, recipient, campaign.sector)
    rewritten = rng.random() < 0.12  # the text rewritten: only the artefacts can link it
    if rewritten:
        frames = [_sentence(rng) for _ in range(4)]
        choices = {slot: rng.randrange(16) for slot in _WORDS}
    else:
        frames = list(campaign.frames)
        choices = campaign.choices
        if rng.random() < 0.4:
            frames.pop(rng.randrange(len(frames)))
        if rng.random() < 0.3:
            frames.insert(rng.randrange(len(frames) + 1), _sentence(rng))
    text = _text(rng, frames, choices, context)
    shown = 0
    extras: list[str] = []
    options = [
        (0.55, persona.handles[0]),
        (0.35, f"My number is {persona.phone}."),
        (0.25, f"You can also mail {persona.email}."),
        (0.15, f"More at https://www.{campaign.domain}/careers" if campaign.domain else ""),
    ]
    for chance, detail in options:
        if detail and rng.random() < chance:
            extras.append(detail)
            shown += 1
    if rewritten and not shown:
        extras.append(persona.handles[0])
    text = " ".join([text, *extras])
    sender: dict[str, Any] = {
        "name": persona.name,
        "headline": f"{rng.choice(_WORDS['role'][0]).title()} at {campaign.firm}",
        "organisation": rng.choice(campaign.firm_variants) if rng.random() < 0.85 else None,
        "location": rng.choice(CITIES),
        "profile_url": persona.profile if rng.random() < 0.4 else None,
        "connections": rng.randrange(30, 500),
    }
    return _document(rng, number, text, sender, campaign.sector, campaign.label)


def _noise_report(rng: random.Random, number: int) -> dict[str, Any]:
    sector = rng.choice(SECTORS)
    context = _context(rng, rng.choice(_RECIPIENTS)[0], sector)
    frames = [_sentence(rng) for _ in range(rng.randint(2, 4))]
    choices = {slot: rng.randrange(16) for slot in _WORDS}
    words = " ".join(_coined(rng, rng.randint(2, 3)) for _ in range(rng.randint(8, 20)))
    text = _text(rng, frames, choices, context) + f" Notes: {words}."
    roll = rng.random()
    if roll < 0.3:
        text += f" Mail me at {_coined(rng, 4)}{rng.randrange(10**4)}@{rng.choice(MAIL)}."
    elif roll < 0.5:
        text += f" See {rng.choice(GENERIC_URLS)} for the details."
    elif roll < 0.6:
        text = "Hi, thanks for connecting."
    if rng.random() < 0.05:
        text = "Hi."
    org = rng.choice(BIG_EMPLOYERS) if rng.random() < 0.5 else (
        f"{_coined(rng, 5).capitalize()} {rng.choice(('Labs', 'Systems', 'Partners', 'Ltd'))}"
    )  # fmt: skip
    sender = {
        "name": rng.choice(COMMON_NAMES),
        "headline": f"Recruiter at {org}",
        "organisation": org,
        "location": rng.choice(CITIES),
        "connections": rng.randrange(30, 500),
    }
    return _document(rng, number, text, sender, sector, None)


def generate(
    reports: int, seed: int = 0, *, campaign_share: float = 0.6, mean_size: float = 8.0
) -> Iterator[dict[str, Any]]:
    """``reports`` approach documents, about ``campaign_share`` of them in planted campaigns.

    Campaign sizes are geometric with mean ``mean_size`` (at least 2); members and noise are
    interleaved at random. Same arguments, same documents.
    """
    rng = random.Random(seed)  # noqa: S311 (synthetic test data, not secrets)
    planned: list[int] = []  # campaign index per planted report, -1 for noise
    target = int(reports * campaign_share)
    count = 0
    while len(planned) < target:
        size = 2
        while rng.random() > 1 / (mean_size - 1) and size < 200:
            size += 1
        planned.extend(
            [count] * min(size, target - len(planned) if target - len(planned) > 1 else 2)
        )
        count += 1
    planned = planned[:reports]
    planned.extend([-1] * (reports - len(planned)))
    rng.shuffle(planned)
    campaigns: dict[int, _Campaign] = {}
    for number, index in enumerate(planned, start=1):
        if index < 0:
            yield _noise_report(rng, number)
            continue
        campaign = campaigns.get(index)
        if campaign is None:
            campaign = campaigns[index] = _campaign(rng, f"p{index:06d}")
        yield _campaign_report(rng, number, campaign)


def write(path: Path, reports: int, seed: int = 0) -> None:
    """Write :func:`generate`'s documents to ``path`` as JSON Lines."""
    with path.open("w", encoding="utf-8") as handle:
        for document in generate(reports, seed):
            handle.write(json.dumps(document, ensure_ascii=False) + "\n")
