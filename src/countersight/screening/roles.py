"""Job titles: which are senior, which junior, which live on networking.

Titles are short, so these work on one title or headline at a time (a profile's "about" text is
never scanned for them). A title is senior when a senior word appears ("Managing Director",
"Head of Research", "Senior Partner", "Professor") that no non-senior phrase overlaps ("Talent
Partner", "Assistant Professor") and no junior word precedes ("Assistant to the CEO", "Intern,
Office of the President").

The patterns are case-insensitive, and most titles hold none of their words: a quick test for
words that every match holds (:func:`_may_hold`) comes before the senior and the late-degree
patterns, which most titles and degrees fail.
"""

from __future__ import annotations

import itertools
import re

from countersight.screening.casefold import canonical
from countersight.screening.lexicon import concept

SENIOR_TITLE = concept(
    "senior_title",
    "chief*", "re:(?-i:CEO|CFO|COO|CTO|CIO|CSO|CMO|CHRO)s?", "managing director",
    r"re:(?:(?:managing|senior|founding|equity|name)[\s\-]+)?partner", "head of", "head",
    "director", "vice president", "re:(?-i:S?VP|EVP)s?", "president", "chairman",
    "chairwoman", "chairperson", "founder", "co founder", "cofounder",
    r"re:senior[\s\-]+(?:research[\s\-]+)?fellow", "professor", "dean", "secretary general",
    "director general", "general manager",
)  # fmt: skip
#: Every match of SENIOR_TITLE holds one of these (see :func:`_may_hold`).
_SENIOR_CUES = re.compile(
    "chief|ceo|cfo|coo|cto|cio|cso|cmo|chro|director|partner|head|president|vp|chair|founder"
    "|fellow|professor|dean|general"
)
#: The very top of an organisation: what a junior cannot become in a year or two.
TOP_TITLE = concept(
    "top_title",
    "chief*", "re:(?-i:CEO|CFO|COO|CTO|CIO|CSO|CMO|CHRO)s?", "managing director",
    r"re:(?:managing|senior|founding|equity)[\s\-]+partner", "vice president",
    "re:(?-i:S?VP|EVP)s?", "president", "chairman", "chairwoman", "chairperson",
    "secretary general", "director general", "general manager", "executive director",
)  # fmt: skip
NOT_SENIOR = concept(
    "not_senior_title",
    "talent partner", "business partner", "people partner", "recruitment partner",
    "recruiting partner", "hiring partner", "sourcing partner", "learning partner",
    "delivery partner", "channel partner", "partner manager", "partner success",
    "partner marketing", "partner account*", "assistant to", "assistant professor",
    "associate director", "assistant director", "head chef", "head teacher", "head hunter",
    "headhunter",
)  # fmt: skip
JUNIOR_TITLE = concept(
    "junior_title",
    "intern", "internship", "trainee*", "junior", "jr", "apprentice*", "assistant*", "student*",
    "graduate trainee*", "graduate scheme", "graduate program*", "entry level", "receptionist",
    "clerk", "coordinator", "sales representative", "undergraduate", "postgraduate",
    "phd candidate", "doctoral candidate", "phd researcher", "graduate", "research assistant",
)  # fmt: skip
FOUNDER = concept("founder", "founder", "co founder", "cofounder", "owner")
NETWORKING_ROLE = concept(
    "networking_role",
    "recruit*", "headhunt*", "head hunter", "talent acquisition", "talent partner", "talent scout",
    "talent sourcer", "sourcer", "sourcing specialist", "executive search", "consultant",
    "consultancy", "consulting", "business development", "account manager", "account executive",
    "sales", "hiring manager", "human resources", "re:(?-i:HR)", "people partner", "advisor",
    "adviser", "advisory",
)  # fmt: skip
#: Degrees taken alongside a career, which may end after a senior role began.
LATE_DEGREE = concept(
    "late_degree",
    "executive", "re:(?-i:MBA|EMBA|DBA)", "part time", "certificate", "diploma", "course",
    "online", "professional development", "short course", "phd", "doctorate", "doctoral",
)  # fmt: skip
#: Every match of LATE_DEGREE holds one of these (see :func:`_may_hold`).
_LATE_DEGREE_CUES = re.compile(
    "executive|mba|dba|part|certificate|diploma|course|online|professional|phd|doctora"
)

Span = tuple[int, int]


def _may_hold(cues: re.Pattern[str], text: str) -> bool:
    """Whether ``text`` holds one of ``cues`` in canonical lower case, the case that
    case-insensitive matching reads (:func:`~countersight.screening.casefold.canonical`): if it
    does not, no match of a pattern whose every match holds a cue can be there."""
    low = canonical(text)
    return low is None or cues.search(low) is not None


def senior_span(title: str) -> Span | None:
    """The senior word of ``title`` if the title names a senior role (see the module docstring)."""
    if not _may_hold(_SENIOR_CUES, title):
        return None
    senior = SENIOR_TITLE.pattern.finditer(title)
    first = next(senior, None)
    if first is None:
        return None
    vetoes = [m.span() for m in NOT_SENIOR.pattern.finditer(title)]
    junior = JUNIOR_TITLE.pattern.search(title)
    for match in itertools.chain((first,), senior):
        start, end = match.span()
        if any(vs < end and start < ve for vs, ve in vetoes):
            continue
        return None if junior is not None and junior.start() < start else (start, end)
    return None


def is_junior(title: str) -> bool:
    return JUNIOR_TITLE.pattern.search(title) is not None and senior_span(title) is None


def is_top(title: str) -> bool:
    """A chief, managing director, senior partner, president or the like (not a head or dean)."""
    return TOP_TITLE.pattern.search(title) is not None and senior_span(title) is not None


def is_founder(title: str) -> bool:
    return FOUNDER.pattern.search(title) is not None


ACADEMIC_TITLE = concept(
    "academic_title", "professor", "dean", "fellow", "lecturer", "reader", "researcher",
    "scientist", "postdoc*", "principal investigator",
)  # fmt: skip


def is_networking(title: str) -> bool:
    """A role that lives on a large network: recruiting, consulting, sales, or a senior
    business one (academics, however senior, often keep small networks)."""
    if NETWORKING_ROLE.pattern.search(title) is not None:
        return True
    return senior_span(title) is not None and ACADEMIC_TITLE.pattern.search(title) is None


def is_late_degree(degree: str) -> bool:
    return _may_hold(_LATE_DEGREE_CUES, degree) and LATE_DEGREE.pattern.search(degree) is not None
