"""The texts of the synthetic exports: ordinary conversations and notes from templates, and the
labelled corpus's approaches renamed to the export's people and readdressed to its owner."""

from __future__ import annotations

import functools
import html
import json
import re
from dataclasses import dataclass
from pathlib import Path

from countersight.scan.synthetic_world import Person

# {topic} {employer} {role} {city} {event} {weekday} {time} {month} {salary} {phone} {url}
# {team} {own_employer}.

OPENERS: dict[str, tuple[str, ...]] = {
    "colleague": (
        "Hi {them}, are you around for a quick call about the {topic} results? I think the "
        "numbers from last week's run don't match what we wrote in the draft.",
        "Hey {them}! I saw your post about {topic} - congrats, that's a big step. Are you going "
        "to {event} this year?",
        "{them}, quick one: do you still have the config for the {topic} measurements from "
        "{month}? Need it for the reviewer response.\n\nThanks,\n{me}",
        "Hello {them},\n\nI'm putting together the agenda for our team offsite in {city} and "
        "wanted to check whether you could give a 20-minute update on {topic}.\n\nBest,\n{me}",
        'Hi {them}, thanks for the "quick" review yesterday - it turned into two hours, sorry! '
        "I've pushed the changes. Let me know if section 3 reads better now.",
        "Hi {them} - we're hiring two people into my group at {own_employer}. Do you know anyone "
        "good in {topic}? Happy to pay the referral bonus in coffee & cake.",
        "Morning {them}. The lab booking for {weekday} clashes with the safety inspection, can "
        "we swap to the afternoon slot?",
        "Hi {them},\nattached the slides from {event}. Slide 14 has the comparison you asked "
        "about, with error bars this time.\n{me}",
    ),
    "friend": (
        "Hey {them}, how are things? We should catch up properly, it's been ages. Free for a "
        "coffee when I'm in {city} next month?",
        "Happy birthday {them}!! Hope the new place is treating you well.",
        "Great seeing you at {event}! I don't check LinkedIn much - my WhatsApp is {phone}, "
        "message me there and we'll sort out the visit.",
        "{them}! Just saw the news about the move to {city}. Huge congratulations, you'll love "
        "it there.",
        "Hi {them}, are you still running on Saturdays? A few of us are doing the 10k in "
        "{month}, you should join.",
    ),
    "recruiter": (
        "Hi {them},\n\nI'm a technical recruiter at {employer}. We're growing our {team} team "
        "in {city} and your background in {topic} looks like a strong match for a {role} role. "
        "The range is {salary} plus bonus, hybrid (3 days on site). Would you be open to a "
        "20-minute call next week?\n\nBest regards,\n{me}\nTalent Acquisition, {employer}",
        "Hello {them}, I hope you're well. {employer} has just opened a {role} position in "
        "{city} and the hiring manager mentioned your work on {topic}. Here's the job "
        "description: {url}\nLet me know if you'd like to hear more.\n{me}",
        "Hi {them} - {me} here from the {employer} talent team. No pressure at all, but we're "
        "hiring for a {role} and I'd love to tell you about it. Are you open to new "
        "opportunities at the moment?",
        "Dear {them},\n\nI lead engineering hiring for {employer} in {city}. Our {team} group "
        "is looking for a {role}; the role is permanent, {salary}, with relocation support. "
        "Interviews are a technical screen, a take-home problem and an on-site day.\n\nKind "
        "regards,\n{me}",
    ),
    "event": (
        "Dear {them},\n\nOn behalf of the programme committee I'd like to invite you to give a "
        "talk at a workshop on {topic} at {event}, {month} in {city}. We can cover economy "
        "travel and two nights' accommodation in line with our expenses policy. The programme "
        "is at {url}\n\nKind regards,\n{me}",
        "Hi {them}, we're running a free webinar on {topic} on {weekday} at {time} and would "
        "love you on the panel (45 min, recorded). Interested?",
        "Hello {them}, I'm organising the {city} meetup on {topic} - next one is {weekday} "
        "the 12th. Pizza & drinks provided. Would you give a 10-minute lightning talk?",
        "Dear {them}, you are invited to review for the technical programme of {event} this "
        "year. Reviews are due in {month}; please accept or decline on the submission system: "
        "{url}",
    ),
    "outreach": (
        "Hi {them}, congratulations on the new role at {employer}! I hope the first weeks are "
        "going well.",
        "Hello {them}, I read your paper on {topic} and had a question about Fig. 3 - is the "
        "drift correction applied before or after averaging?\n\nThanks,\n{me}",
        "Hi {them}, I saw the {role} opening at {employer} and wondered whether you'd be willing "
        "to tell me a bit about the team before I apply?",
        "Dear {them}, thank you for the excellent talk at {event}. Would you be willing to share "
        "the slides? Best wishes, {me}",
        "Hi {them} - are you the right person to ask about access to the {city} test facility? "
        "Our group would need about two days in {month}.",
    ),
    "group": (
        "Hi all, setting up this thread for the organising committee of {event}. First call "
        "{weekday} at {time} UK time - link to follow.",
        "Hello everyone! Reading group on {topic} restarts {weekday}. Paper suggestions welcome.",
        "Team - the {city} site visit is confirmed for {month}. Please send passport names by "
        "Friday so security can prepare the badges.",
    ),
    "member": (
        "Hi {them}, thanks for accepting my invitation. Looking forward to staying in touch.",
        "Hello, I came across your profile and wanted to connect - I also work on {topic}.",
    ),
}
FOLLOW_UPS: dict[tuple[str, bool], tuple[str, ...]] = {  # (kind, sent by the owner)
    ("recruiter", True): (
        "Thanks {them}, I'm happy where I am for now, but feel free to keep me in mind.",
        "Hi {them}, thanks for reaching out. Could you share the job description and the "
        "on-site expectations?",
        "Thanks - not looking at the moment, good luck with the search!",
        "Sounds interesting. I'm free {weekday} after {time}.",
    ),
    ("recruiter", False): (
        "Of course - the JD is here: {url}. The team sits in {city}, hybrid.",
        "Understood, thanks for letting me know. Best of luck with the {topic} work!",
        "Great, I've sent a calendar invite for {weekday} at {time}.",
    ),
    ("event", True): (
        "Thank you for the invitation, I'd be glad to speak. Could you send the details?",
        "Thanks {them} - unfortunately I'm travelling that week. Maybe next year?",
        "Happy to help. Is the talk 20 or 30 minutes?",
    ),
    ("event", False): (
        "Wonderful, I'll send the logistics form this week.",
        "No problem at all, we'll keep you on the list for next time.",
        "30 minutes including questions. Thanks again!",
    ),
    ("outreach", False): (
        "Thanks {them}! Yes, happy to chat - what works for you?",
        "Good question - it's applied before averaging, see the supplementary section 2.",
        "Of course, I'll send them over by email.",
        "Thank you, it's been a whirlwind so far!",
    ),
}
CHAT = (
    "Thanks {them}, that works for me.",
    "Sounds good. {weekday} at {time}?",
    "Sorry for the slow reply - I've been buried in {topic} all week.",
    "Perfect, speak then!",
    "Just sent it over by email.",
    "Ha, fair enough :)",
    "Let me check with the team and get back to you.",
    "Can we push to next week? Something came up.",
    "Great, thanks for the update.",
    "Yes - I'll bring the slides.",
    "Here's the link: {url}",
    "No worries at all.",
    "I'll be in {city} on {weekday}, lunch?",
    "Agreed, the second option makes more sense to me.",
    "👍",
    "Thank you, really appreciate it.",
    "Will do.",
    "That's great news!",
    "Could you send me the draft when you have a minute?",
    "Not sure yet, I'll know by Friday.",
    "Looking forward to it.",
    'Quick update: the {topic} run finished overnight, results look "reasonable" at last.',
    "Ok, noted.\nOne more thing - the deadline moved to the 14th.",
    "Haha yes, classic {me}",
    "Sorry, on a train with bad signal. Call you back in 10.",
    "R&D budget question for you when you have 5 min",
)
SUBJECTS: dict[str, tuple[str, ...]] = {
    "recruiter": ("{role} at {employer}", "Opportunity: {role} ({city})", "Quick question"),
    "event": ("Invitation: {event}", "Speaking invitation", "{topic} webinar"),
}
BENIGN_NOTES = (
    "Hi {them}, enjoyed your talk at {event}. Would be great to connect.",
    "Hello {them}, we met at the {city} meetup on {topic}. Let's stay in touch!",
    "Hi {them}, I'm also working on {topic} at {employer} and would like to connect.",
    "{them} - great discussion on the panel at {event}. Connecting as promised.",
    "Hi {them}, I'm a recruiter at {employer}, hiring for {role} roles in {city}. Happy to "
    "connect.",
    "Hi, I'm starting my PhD on {topic} this autumn and would love to follow your work.",
)

# Used when the corpus folder is not there (installed package).
FALLBACK_DOCS: tuple[tuple[str, str, tuple[tuple[bool, str], ...]], ...] = (
    ("hostile", "Daniel Marsh", (
        (True, "Hello, I'm a consultant for an Asia-based advisory firm. Our clients pay well "
         "for short reports on government policy. $1,500 for 2 pages. Can we talk on WhatsApp?"),
        (True, "For the next report, our client would value internal documents on the project, "
         "even drafts. Please keep our arrangement private."),
    )),
    ("hostile", "Sarah Lin", (
        (True, "Hi, I'm a headhunter for a fast-growing tech company. You'd be perfect for a "
         "senior role. Could you fill in our skills questionnaire and describe the programmes "
         "you currently work on? Let's move to Telegram, it's easier."),
    )),
    ("scam", "Rebecca Stone", (
        (True, "Hello, your profile was selected for a remote data-entry job, $35/hr. Interview "
         "on Google Chat. We will mail you a check for equipment; pay our vendor by Zelle."),
    )),
    ("scam", "Online Jobs Team", (
        (True, "Earn 300-800 USD daily liking videos! Pay a 50 USDT deposit to unlock tasks. "
         "Contact our mentor on Telegram."),
    )),
    ("benign", "Marcus Dean", (
        (True, "Hi, I'm a technical recruiter at a space company hiring GNC engineers, "
         "$145-172k, relocation paid, on-site. Secret clearance required. Open to a call?"),
        (False, "Thanks, I'm free Thursday after 3pm."),
    )),
    ("benign", "Priya Raman", (
        (True, "Dear colleague, we would like to invite you to speak at our workshop. "
         "We can cover economy travel and two nights' accommodation."),
    )),
)  # fmt: skip


@dataclass(frozen=True)
class Doc:
    label: str  # hostile, scam or benign
    name: str
    headline: str
    organisation: str
    messages: tuple[tuple[bool, str], ...]  # (inbound, text)

    @property
    def first_text(self) -> str:
        return split_subject(self.messages[0][1])[1]


def split_subject(text: str) -> tuple[str, str]:
    """``Subject: X`` on the first line becomes the SUBJECT field."""
    if text.startswith("Subject:"):
        line, _, rest = text.partition("\n")
        return line[len("Subject:") :].strip(), rest.lstrip("\n")
    return "", text


@functools.lru_cache(maxsize=4)
def load_corpus(folder: str) -> tuple[Doc, ...]:
    root = Path(folder)
    docs: list[Doc] = []
    files = [root] if root.is_file() else []
    if root.is_dir():
        files = sorted(p for p in root.rglob("*") if p.suffix in {".json", ".jsonl"})
    for file in files:
        text = file.read_text(encoding="utf-8-sig")
        items: list[object]
        if file.suffix == ".json" and text.lstrip().startswith("["):
            items = list(json.loads(text))
        elif file.suffix == ".json":
            items = [json.loads(text)]
        else:
            items = [json.loads(line) for line in text.splitlines() if line.strip()]
        docs.extend(d for d in map(parse_doc, items) if d is not None)
    if not any(d.label != "benign" for d in docs) or not any(d.label == "benign" for d in docs):
        docs.extend(Doc(label, name, "", "", msgs) for label, name, msgs in FALLBACK_DOCS)
    return tuple(docs)


def parse_doc(item: object) -> Doc | None:
    if not isinstance(item, dict):
        return None
    label = item.get("label")
    sender = item.get("sender") if isinstance(item.get("sender"), dict) else {}
    raw = item.get("messages")
    if label not in ("hostile", "scam", "benign") or not isinstance(raw, list) or not sender:
        return None
    messages: list[tuple[bool, str]] = []
    for message in raw:
        if isinstance(message, dict) and isinstance(message.get("text"), str):
            text = message["text"].strip()
            if text:
                messages.append((message.get("direction") != "outbound", text))
    if not messages or not messages[0][0]:
        return None  # only approaches started by someone else
    return Doc(
        str(label),
        str(sender.get("name") or ""),
        str(sender.get("headline") or ""),
        str(sender.get("organisation") or ""),
        tuple(messages),
    )


TITLES = {"Dr", "Dr.", "Prof", "Prof.", "Mr", "Mr.", "Ms", "Ms.", "Mrs", "Mrs.", "Eng.", "Eng"}
NOT_NAMES = {
    "May", "June", "April", "Will", "Mark", "Grace", "Hope", "Rose", "Bill", "Frank", "Faith",
    "Joy", "Art", "Max", "Guy", "Sunny", "Summer", "Dean", "Chase", "Wade", "Hunter", "Page",
    "Young", "King", "Long", "Little", "Rich", "Bond", "Price", "Cash", "Law", "Case", "Ward",
    "Love", "Talent", "Team", "Services", "Service", "Jobs", "Agent", "Hiring", "Recruitment",
    "Network", "Group", "Studios", "Desk", "LinkedIn", "Solutions", "Global", "Online",
    "Career", "Careers", "Strategies", "Forwarding", "GmbH", "Abteilung", "Personal", "Hotel",
    "External", "Sender", "Unknown", "Robotics", "Qatar", "Crestview", "ShopLane", "Europa",
}  # fmt: skip
GREETING = re.compile(
    r"^(?P<head>(?:Dear|Hi|Hello|Hey|Hiya|Morning|Good (?:morning|afternoon|evening|day)|"
    r"Bonjour|Guten (?:Morgen|Tag)|Hoi|Hallo|G'day|Alright|Greetings)[ ,]+)"
    r"(?P<title>(?:Dr|Prof|Professor|Mr|Mrs|Ms|Miss|Herr|Frau|Monsieur|Madame)\.?\s+)?"
    r"(?P<name>[A-Z][\w'’-]*)"
)
NOT_ADDRESSEES = {
    "Sir", "Madam", "Colleague", "Colleagues", "All", "Everyone", "Team", "Friend", "Friends",
    "Professor", "Doctor", "Candidate", "Applicant", "There", "Hiring", "Researcher", "Expert",
}  # fmt: skip


@functools.lru_cache(maxsize=4096)
def name_pattern(original: str) -> tuple[re.Pattern[str] | None, tuple[str, str]]:
    """A pattern for the original sender's name and its parts, and its (first, last) names."""
    cleaned = re.split(r"\s+[-|(]|\s*\|", original, maxsplit=1)[0].strip()
    parts = [p for p in cleaned.split() if p not in TITLES]
    usable = (
        1 < len(parts) <= 4
        and all(p[:1].isupper() and len(p.rstrip(".")) > 1 for p in parts)
        and not any(p in NOT_NAMES for p in parts)
    )
    keys = [original]
    if usable:
        keys += [" ".join(parts), parts[0], parts[-1]]
    keys = sorted({k for k in keys if len(k) >= 3}, key=len, reverse=True)
    if not keys:
        return None, ("", "")
    pattern = re.compile(r"(?<![\w])(" + "|".join(map(re.escape, keys)) + r")(?![\w])")
    return pattern, ((parts[0], parts[-1]) if usable else ("", ""))


def rename(text: str, original: str, person: Person) -> str:
    """The original sender's name (whole, first or last) becomes ``person``'s."""
    pattern, (first, last) = name_pattern(original)
    if pattern is None:
        return text

    def swap(match: re.Match[str]) -> str:
        found = match.group(1)
        if found == first:
            return person.first
        if found == last:
            return person.last
        return person.name

    return pattern.sub(swap, text)


def readdress(text: str, owner: Person) -> str:
    """The greeting's addressee becomes the owner."""
    match = GREETING.match(text)
    if match is None or match.group("name") in NOT_ADDRESSEES:
        return text
    name = f"{match.group('title')}{owner.last}" if match.group("title") else owner.first
    return match.group("head") + name + text[match.end() :]


URL = re.compile(r"https?://[^\s<>\"']+[^\s<>\"'.,;:!?)]")
WHATSAPP_NUMBER = re.compile(r"\+\d[\d ()-]{7,}\d")


def to_html(text: str) -> str:
    """A message body the way LinkedIn stores rich messages: ``<p>``, ``<br>``, entities, links."""
    whatsapp = "whatsapp" in text.lower()
    paragraphs = []
    for block in re.split(r"\n\s*\n", text):
        pieces: list[str] = []
        last = 0
        for match in URL.finditer(block):
            pieces.append(html.escape(block[last : match.start()], quote=False))
            url = match.group(0)
            pieces.append(f'<a href="{html.escape(url)}">{html.escape(url, quote=False)}</a>')
            last = match.end()
        pieces.append(html.escape(block[last:], quote=False))
        body = "".join(pieces)
        if whatsapp:
            body = WHATSAPP_NUMBER.sub(
                lambda m: (
                    f'<a href="https://wa.me/{re.sub(r"[^0-9]", "", m.group(0))}">{m.group(0)}</a>'
                ),
                body,
            )
        paragraphs.append("<p>" + body.replace("\n", "<br>") + "</p>")
    return "".join(paragraphs)
