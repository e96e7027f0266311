"""Organisation names: is a name generic, and does the profile give anything to check it by?

A generic name is built from words any firm could use ("Global Talent Partners", "International
Strategic Research Center", "Remote Online Jobs"), at most with one coined or distinctive element:
initials ("BR-YR Executive Search"), a word glued to a generic one ("RiseHR"), or a qualifier in an
otherwise generic name ("Center for X Development Studies"). Names that carry two distinctive
words ("Michael Page", "Oxford Ionics", "Lockheed Martin"), one distinctive word and a single
generic word ("Google Research", "Hays Recruitment"), or no word that says what kind of body it is
("Hays", "DeepMind", "University of Oxford") are not generic. No list of real firms is used: the
test is on the shape of the name, and real bodies with generic names are told apart by what the
profile offers to check them by (a website, a registration number, an address, a long and visible
presence there).
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


#: Words that say what kind of body an organisation is.
TYPE_WORDS = _words(
    """
    consulting consultancy consultancies consultants consultant consult advisory advisors advisers
    partners associates solutions services group holdings ventures enterprises management
    resources hr talent talents recruitment recruiting recruiters recruiter staffing search
    headhunting headhunters headhunter careers career jobs job hiring employment personnel
    placement placements manpower workforce internship internships interns center centre centers
    centres institute institutes research studies study development union foundation forum council
    academy association society alliance initiative network networks exchange dialogue agency
    agencies bureau insight insights intelligence analytics analysis strategy strategies think tank
    capital investments investment trading affairs hire workstation office station summit
    conference congress
    """
)
#: Words that qualify a name without distinguishing it.
QUALIFIER_WORDS = _words(
    """
    global international worldwide world universal united national regional transnational
    intercontinental general modern new future prime premier elite top first smart apex summit
    pinnacle bridge horizon horizons vision frontier frontiers integrity excellence pro plus best
    leading advanced applied professional professionals expert experts executive remote online
    digital virtual business industry industrial technology technologies tech science sciences
    scientific knowledge education educational training learning cultural culture social public
    private corporate partnership cooperation communication communications information strategic
    policy affairs economic economics economy innovation innovations growth opportunity
    opportunities link links connect connection connections hub people human quality value success
    peak star one point key core true trust bright security risk compliance overseas young youth
    leaders north south east west northern southern eastern western central
    pacific atlantic transatlantic transpacific continental energy health healthcare medical
    life media logistics freight shipping maritime aerospace defence defense finance financial
    markets trade commerce marketing engineering software data cyber political politics
    """
)
CONNECTORS = _words("of for and the in on at de du la le el a an to")
LEGAL_FORMS = _words(
    """
    ltd limited llc llp inc incorporated corp corporation co company plc gmbh ag sa sas sarl srl
    bv nv pty pte kk lp oy ab as spa
    """
)

_ACADEMIC = re.compile(
    r"(?i)(?<!\w)(?:universit|college|polytechnic|school|hospital|laborator"
    r"|institute\s+of\s+(?:science|technology)|academy\s+of\s+sciences?)"
)
_PARENTHESES = re.compile(r"\([^()]{0,200}\)")
_PART = re.compile(r"[^\W\d_]+|\d+")
_CAMEL = re.compile(r"[A-Z]+(?![a-z])|[A-Z]?[a-z]+")


@dataclass(frozen=True)
class NameReading:
    """How an organisation name reads: its generic words and its distinctive elements."""

    name: str
    type_words: tuple[str, ...]
    generic_words: tuple[str, ...]
    distinctive: tuple[str, ...]
    glued: bool

    @property
    def generic(self) -> bool:
        """Made of generic words, with at most one coined, initial or qualifying element."""
        if not self.type_words or _ACADEMIC.search(self.name):
            return False
        if not self.distinctive:
            return True
        return len(self.distinctive) == 1 and (self.glued or len(self.generic_words) >= 2)


def _pieces(word: str) -> list[str]:
    pieces: list[str] = []
    for part in _PART.findall(word):
        camel = _CAMEL.findall(part) if part.isascii() and part.isalpha() else []
        pieces.extend(camel if "".join(camel) == part else [part])
    return pieces


@functools.lru_cache(maxsize=4096)
def read_name(name: str) -> NameReading:
    """Split ``name`` into generic words and distinctive elements (see the module docstring).

    A distinctive element is a run of non-generic pieces inside one word: "BR-YR" is one element,
    "RiseHR" is the element "Rise" glued to the generic "HR".
    """
    type_words: list[str] = []
    generic: list[str] = []
    distinctive: list[str] = []
    glued = False
    for word in _PARENTHESES.sub(" ", name[:300]).split():
        run: list[str] = []
        runs: list[str] = []
        has_generic = False
        for piece in _pieces(word):
            low = piece.lower()
            if low in CONNECTORS or low in LEGAL_FORMS or low.isdigit() or len(low) == 1:
                continue
            if low in TYPE_WORDS or low in QUALIFIER_WORDS:
                if low in TYPE_WORDS:
                    type_words.append(low)
                generic.append(low)
                has_generic = True
                if run:
                    runs.append("".join(run))
                    run = []
                continue
            run.append(piece)
        if run:
            runs.append("".join(run))
        if runs and has_generic:
            glued = True
        distinctive.extend(runs)
    return NameReading(
        name=name,
        type_words=tuple(type_words),
        generic_words=tuple(generic),
        distinctive=tuple(distinctive),
        glued=glued,
    )


# --- What makes an organisation checkable -------------------------------------------------------

_NOT_A_FIRM_SITE = re.compile(
    r"(?:^|\.)(?:linkedin|gmail|googlemail|outlook|hotmail|live|yahoo|icloud|proton|protonmail|"
    r"aol|gmx|mail|yandex|qq|163|126|t|wa|telegram|whatsapp|wechat|bit|tinyurl|goo|drive\.google|"
    r"docs\.google|forms\.gle|dropbox|wetransfer|mega|linktr|calendly|github|gitlab|medium|"
    r"substack|x|twitter|facebook|instagram|youtube|onedrive|sharepoint|zoom)\.[a-z.]+$",
    re.IGNORECASE,
)
_TLD = (
    r"(?:com|org|net|info|biz|edu|gov|int|mil|io|ai|app|dev|tech|online|site|xyz|top|group|"
    r"consulting|agency|partners|jobs|careers|global|network|solutions|services|company|world|"
    r"institute|center|academy|foundation|capital|ventures|pro|asia|club|live|store|cloud|"
    r"digital|media|studio|works|systems|science|research|[a-z]{2})"
)
WEBSITE = re.compile(
    r"(?:https?://|www\.)[^\s/]{3,253}"
    r"|(?<![\w./-])[A-Za-z0-9][A-Za-z0-9-]{0,62}(?:\.[A-Za-z0-9-]{1,63}){0,4}\."
    + _TLD
    + r"(?![\w-])"
)
REGISTRATION = re.compile(
    r"(?<!\w)(?:(?:company|registration|reg\.?|vat|licen[cs]e|charity)\s*(?:no\.?|number|nr\.?|#)"
    r"|registered\s+(?:in|office|with|number|no\.?|address)|companies\s+house"
    r"|chamber\s+of\s+commerce|accredited\s+by|licensed\s+by)(?!\w)",
    re.IGNORECASE,
)
ADDRESS = re.compile(
    r"(?<!\w)\d{1,5}[A-Za-z]?,?\s+(?:[A-Z][\w'-]{1,30}\s+){1,4}"
    r"(?:Street|St|Road|Rd|Avenue|Ave|Lane|Square|Place|Boulevard|Blvd|Drive|Court|Row|Terrace|"
    r"Crescent|Gardens|Plaza|Parkway|Way)\b"
    r"|(?i:(?<!\w)(?:suite|floor|unit)\s+\d{1,4}\b|(?<!\w)\d{1,3}(?:st|nd|rd|th)\s+floor\b"
    r"|(?<!\w)p\.?\s?o\.?\s+box\s+\d)"
)


#: What every match of :data:`WEBSITE` holds: "://", "www." or a dot before the lower-case
#: letter that starts its top-level domain. Most texts have none, and this is a quick scan.
_MAY_HOLD_WEBSITE = re.compile(r"://|www\.|\.[a-z]")
_DIGIT = re.compile(r"\d")


def websites(text: str) -> list[str]:
    """Web addresses and domains in ``text`` that could be a firm's own site."""
    if not _MAY_HOLD_WEBSITE.search(text):
        return []
    found = []
    for match in WEBSITE.finditer(text):
        host = match.group().split("://")[-1].split("/")[0].lower().removeprefix("www.")
        if not _NOT_A_FIRM_SITE.search(host):
            found.append(match.group())
    return found


def checkable_details(text: str) -> str | None:
    """A website, registration number or street address in ``text``, if there is one."""
    for found in websites(text)[:1]:
        return f"website {found}"
    match = REGISTRATION.search(text)
    if match:
        return f"registration {match.group()!r}"
    # Every address has a digit (a street number, a floor, a box); most texts have none.
    match = ADDRESS.search(text) if _DIGIT.search(text) else None
    if match:
        return f"address {match.group()!r}"
    return None


def site_of(name: str, site: str) -> bool:
    """Whether the web address ``site`` looks like the own site of the organisation ``name``.

    Its domain carries the name's initials ("aria.org.uk" for the Advanced Research and Invention
    Agency, "orfonline.org"), its distinctive element ("meridianexperts.com") or the whole name.
    """
    host = site.split("://")[-1].split("/")[0].lower().removeprefix("www.")
    labels = ["".join(re.findall(r"[a-z0-9]", label)) for label in host.split(".")[:-1]]
    reading = read_name(name)
    initials = _initials(name)
    compact = _compact(name)
    for label in labels:
        if len(label) < 3:
            continue
        if len(initials) >= 3 and label.startswith(initials):
            return True
        if any(len(d) >= 4 and d.lower() in label for d in reading.distinctive):
            return True
        if len(label) >= 6 and (label in compact or compact in label):
            return True
    return False


@functools.lru_cache(maxsize=1024)
def _initials(name: str) -> str:
    words = re.findall(r"[^\W\d_]+", _PARENTHESES.sub(" ", name[:300]).lower())
    return "".join(w[0] for w in words if w not in CONNECTORS and w not in LEGAL_FORMS)


def same_organisation(a: str, b: str) -> bool:
    """Whether two spellings name the same organisation (case, spacing and punctuation aside)."""
    ka, kb = _compact(a), _compact(b)
    return (
        bool(ka)
        and bool(kb)
        and (ka == kb or (min(len(ka), len(kb)) >= 5 and (ka in kb or kb in ka)))
    )


@functools.lru_cache(maxsize=1024)
def _compact(name: str) -> str:
    words = re.findall(r"[^\W_]+", _PARENTHESES.sub(" ", name[:300]).lower())
    words = [w for w in words if w not in LEGAL_FORMS]
    return "".join(words)
