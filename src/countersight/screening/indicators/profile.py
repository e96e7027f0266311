"""Profile indicators: what the sender's profile says, and what it fails to support.

NPSA and FBI "Think Before You Link" describe fake personas by their profiles: a generic,
unverifiable firm; claimed links to government; a very senior role on a profile that cannot carry
it; a sparse, recent or inconsistent history; a new account with few connections. These indicators
read the profile's descriptive fields and dates (and, for state links, the inbound messages) only:
never the sender's name or location.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Iterable
from datetime import date, timedelta

from countersight.domain import Evidence
from countersight.domain.approach import partial_date_start
from countersight.screening.career import Career, Entry, career_of, months_between
from countersight.screening.context import Match, ScreeningContext, TextField, evidence_of
from countersight.screening.firm_names import (
    checkable_details,
    read_name,
    same_organisation,
    site_of,
    websites,
)
from countersight.screening.lexicon import Concept, concept
from countersight.screening.registry import indicator
from countersight.screening.roles import (
    is_founder,
    is_junior,
    is_late_degree,
    is_networking,
    is_top,
    senior_span,
)

NEW_ACCOUNT_MONTHS = 12
FEW_CONNECTIONS = 100
FEW_CONNECTIONS_NETWORKER = 300
SENIOR_FEW_CONNECTIONS = 150
RECENT_MONTHS = 24
GAP_MONTHS = 36


# --- Shared reading of the profile ---------------------------------------------------------------


def _profile_field(ctx: ScreeningContext, path: str) -> TextField | None:
    return next((f for f in ctx.profile if f.path == path), None)


def _role_fields(ctx: ScreeningContext, career: Career) -> list[TextField]:
    """The fields that state the sender's present role: current position titles, the headline."""
    fields = {f.path: f for f in ctx.profile}
    paths = [f"{p.path}.title" for p in career.current()] + ["sender.headline"]
    return [fields[path] for path in paths if path in fields]


def _profile_seen(ctx: ScreeningContext) -> bool:
    """Whether the recipient saw a profile at all (an e-mail approach may come with none)."""
    s = ctx.approach.sender
    return bool(
        s.experience or s.education or s.connections is not None or s.followers is not None
        or s.account_created is not None or s.profile_url or s.about
    )  # fmt: skip


def _account_age(ctx: ScreeningContext) -> int | None:
    """The account's age in whole months at the reference date, read generously (oldest)."""
    created = partial_date_start(ctx.approach.sender.account_created)
    if created is None or created > ctx.reference_date + timedelta(days=31):
        return None  # unknown, or created after the approach: contradictory, not a signal
    return max(0, months_between(created, ctx.reference_date))


# --- profile.generic_firm ------------------------------------------------------------------------

# "at Acme" or "@ Acme". The look-behind for a word start comes after the "a" (it looks back over
# it): a pattern that starts with a letter lets the engine skip ahead to the next "a" or "@".
_HEADLINE_ORG = re.compile(r"(?:a(?<!\w.)t\s+|@\s*)([A-Z0-9][^|•·;,\n()]{1,79})")
SELF_EMPLOYED = concept(
    "self_employed",
    "self employed", "freelance*", "sole trader", "independent recruit*", "independent headhunt*",
    "independent consultant*", "independent advis*",
)  # fmt: skip
_UNDISCLOSED = re.compile(
    r"^\W*(?:confidential|undisclosed|private)(?:\s+(?:client|company|firm))?\W*$", re.I
)


def _organisations(ctx: ScreeningContext, career: Career) -> list[tuple[str, str, int]]:
    """(path, name, offset in the field) for each place the profile names the present firm."""
    sender = ctx.approach.sender
    found: list[tuple[str, str, int]] = []
    if sender.organisation:
        found.append(("sender.organisation", sender.organisation, 0))
    found.extend((f"{p.path}.organisation", p.organisation, 0) for p in career.current())
    if sender.headline:
        for _, match in zip(range(3), _HEADLINE_ORG.finditer(sender.headline), strict=False):
            found.append(("sender.headline", match.group(1).rstrip(" -"), match.start(1)))
    unique: list[tuple[str, str, int]] = []
    for path, name, offset in found:
        if name and not any(same_organisation(name, seen) for _, seen, _ in unique):
            unique.append((path, name, offset))
    return unique


def _established_at(ctx: ScreeningContext, career: Career, name: str) -> bool:
    """A visible presence: a network past LinkedIn's "500+" cap built over three years or more,
    and at least eighteen months at this firm."""
    sender = ctx.approach.sender
    age = _account_age(ctx)
    audience = (sender.followers or 0) >= 1000 or (sender.connections or 0) > 500
    return (
        audience
        and age is not None
        and age >= 36
        and any(
            p.first_start is not None
            and same_organisation(p.organisation, name)
            and months_between(p.first_start, ctx.reference_date) >= 18
            for p in career.positions
        )
    )


def _checkable(ctx: ScreeningContext, names: list[str]) -> bool:
    """A website, registration number or address on the profile, or the firm's own site."""
    sender = ctx.approach.sender
    for text in (sender.about, sender.headline, *names):
        if text and checkable_details(text):
            return True
    # The first twenty sites that the messages give, read only as far as needed.
    sites = itertools.islice((site for f in ctx.messages for site in websites(f.text)), 20)
    return any(site_of(name, site) for site in sites for name in names)


@indicator("profile.generic_firm", "Generic, unverifiable consultancy, recruiter or think tank")
def generic_firm(ctx: ScreeningContext) -> list[Evidence]:
    """The sender's firm has a generic name and nothing on the profile lets one check it.

    NPSA / FBI Think Before You Link: fake personas work for generic consultancies, recruiters and
    think tanks that cannot be verified ("Global Talent Partners", "RiseHR", "BR-YR Executive
    Search", "Center for ... Development Studies"), or are "self-employed" recruiters. A name is
    generic when built from words any firm could use, with at most one coined element
    (:mod:`countersight.screening.firm_names`; no list of real firms is used). It does not fire
    on distinctive names ("Hays", "Michael Page", "DeepMind"), universities and institutes of
    science or technology, nor when the profile gives a website, a registration number or an
    address, nor when a message links the firm's own site, nor when the sender shows a visible
    presence there (18+ months at the firm, 500+ connections or 1,000+ followers, an account
    three or more years old).
    """
    career = career_of(ctx.approach)
    candidates: list[tuple[str, str, int, str]] = []
    organisations = _organisations(ctx, career)
    for path, name, offset in organisations:
        if SELF_EMPLOYED.pattern.search(name) or _UNDISCLOSED.match(name):
            candidates.append(
                (path, name, offset, "self-employed or undisclosed: no firm to check")
            )
        elif read_name(name).generic:
            note = "generic name; no website, registration number or address to check it by"
            candidates.append((path, name, offset, note))
    headline = None if candidates else _profile_field(ctx, "sender.headline")
    if headline is not None:
        match = SELF_EMPLOYED.pattern.search(headline.folded)
        if match:
            quote = headline.text[match.start() : match.end()]
            candidates.append(("sender.headline", quote, match.start(), "self-employed"))
    if not candidates:
        return []
    names = [name for _, name, _ in organisations]
    if _checkable(ctx, names) or any(_established_at(ctx, career, n) for n in names):
        return []
    return [
        Evidence(field=path, quote=name, start=offset, end=offset + len(name), note=note)
        if path == "sender.headline"
        else Evidence(field=path, quote=name, note=note)
        for path, name, offset, note in candidates[:2]
    ]


# --- profile.state_links -------------------------------------------------------------------------

_GAP = r"[\s\-]+"
STATE_BODY = concept(
    "state_body",
    rf"re:state{_GAP}(?:owned|run|backed|sponsored|funded|controlled|capital|enterprises?"
    rf"|agenc(?:y|ies)|organs?|council)",
    rf"re:government{_GAP}(?:backed|sponsored|affiliated|linked|owned|run|think{_GAP}tanks?"
    rf"|officials?|leaders?|guidance{_GAP}funds?)",
    rf"re:(?:senior|party|high{_GAP}ranking|high{_GAP}level)(?:{_GAP}\w+){{0,2}}?{_GAP}officials?",
    rf"re:government{_GAP}(?:relations|affairs)",
    rf"re:internal{_GAP}references?",
    rf"re:senior{_GAP}government",
    rf"re:party{_GAP}(?:committees?|schools?|cadres?)",
    rf"re:central{_GAP}committee",
    rf"re:sovereign{_GAP}(?:wealth{_GAP})?funds?",
    rf"re:(?:ministry{_GAP}affiliated|official{_GAP}think{_GAP}tanks?|policy{_GAP}banks?)",
    "re:(?-i:SOEs?)",
)
#: Every STATE_BODY term contains one of these (lower case): a cheap test before the scan.
_STATE_BODY_CUES = (
    "state ", "state-", "govern", "official", "sovereign", "soe", "party", "central committee",
    "ministry", "internal reference",
)  # fmt: skip
GOVERNMENT = concept(
    "government",
    "government*", "governmental", "ministr*", "minister*", "officials", "policy makers",
    "policymaker*", "authorities", "embass*", "consulate*", "diplomat*", "military",
    "armed forces", "politicians", "political leader*", "political circles", "policy circles",
    "public officials", "decision makers in government", "think tank*",
)  # fmt: skip
_GOVERNMENT_CUES = (
    "govern", "minist", "official", "policy", "authorities", "embass", "consul", "diplomat",
    "militar", "armed forces", "politic", "decision makers", "think tank",
)  # fmt: skip
TIES = concept(
    "ties",
    "ties", "tied to", "links", "linked to", "linked with", "connections with",
    "connections to", "connections in", "connections within", "well connected", "connected to",
    "connected with", "contacts", "relationship*", "relations with", "close to", "closely",
    "affiliat*", "backed", "funded", "sponsored", "owned", "on behalf of", "advis*",
    "consult* for", "introduce you to", "introductions to", "networks in", "networks within",
    "network in", "network within", "access to", "influence", "channel*", "clients include",
    "clients are", "our client", "client is", "client base", "commissioned", "report* to",
    "endorsed", "supported by", "cooperat*", "collaborat*", "works closely", "working closely",
    "work closely", "directly under", "auspices", "guidance of", "brief", "briefing*", "meet",
    "meeting with", "meetings with",
)  # fmt: skip
GOVERNMENT_EMPLOYER = concept(
    "government_employer",
    "ministr*", "embass*", "consulate*", "state council", "municipal government",
    "provincial government", "regional government", "central government", "government office*",
    "government department*", "department of state", "foreign office", "home office",
    "cabinet office", "party committee*", "state owned",
)  # fmt: skip
_GOVERNMENT_EMPLOYER_CUES = ("minist", "embass", "consul", "state", "govern", "office")
_EMPLOYER_FIELD = re.compile(
    r"^sender\.(?:organisation|headline|experience\[\d+\]\.(?:organisation|title))$"
)


_SENTENCE_END = re.compile(r"[.!?]\s|\n\n")
TIE_WINDOW = 60


def _near_in_sentence(ties: list[Match], bodies: list[Match]) -> list[Match]:
    """For each tie, the stretch to the nearest government word within ``TIE_WINDOW`` characters
    in the same sentence ("close ties to government ministries", "meet government leaders").

    Unlike :meth:`ScreeningContext.near`, it takes the nearest partner rather than the first, does
    not cross a sentence end, and stays near-linear on long texts (bisect over sorted starts).
    """
    by_field: dict[str, list[Match]] = {}
    for body in bodies:
        by_field.setdefault(body.field.path, []).append(body)
    starts = {path: [b.start for b in found] for path, found in by_field.items()}
    out: list[Match] = []
    for tie in ties:
        found = by_field.get(tie.field.path)
        if not found:
            continue
        keys = starts[tie.field.path]
        low = bisect.bisect_left(keys, tie.start - TIE_WINDOW - 40)
        high = bisect.bisect_right(keys, tie.end + TIE_WINDOW)
        best: Match | None = None
        for body in found[low:high]:
            start, end = min(tie.start, body.start), max(tie.end, body.end)
            gap = max(body.start - tie.end, tie.start - body.end)
            if gap > TIE_WINDOW or _SENTENCE_END.search(tie.field.folded, start, end):
                continue
            if best is None or gap < max(best.start - tie.end, tie.start - best.end):
                best = body
        if best is not None:
            out.append(Match(tie.field, min(tie.start, best.start), max(tie.end, best.end)))
    return out


def _without_overlaps(matches: list[Match], others: list[Match]) -> list[Match]:
    """``matches`` that overlap none of ``others`` (near-linear: bisect over sorted starts)."""
    by_field: dict[str, list[Match]] = {}
    for other in sorted(others, key=lambda o: o.start):
        by_field.setdefault(other.field.path, []).append(other)
    starts = {path: [o.start for o in found] for path, found in by_field.items()}
    kept: list[Match] = []
    for match in matches:
        found = by_field.get(match.field.path, [])
        index = bisect.bisect_left(starts.get(match.field.path, []), match.end)
        while index > 0 and found[index - 1].start > match.start - 200:
            if found[index - 1].end > match.start:
                break
            index -= 1
        else:
            kept.append(match)
    return kept


def _reading_order(match: Match) -> tuple[bool, str, int]:
    return (not match.field.path.startswith("messages"), match.field.path, match.start)


def _lowered(fields: list[TextField]) -> str:
    return "\n".join(f.lowered for f in fields)


def _matches_in(fields: Iterable[TextField], concept: Concept, gated: bool) -> list[Match]:
    """The matches of ``concept`` in ``fields``, in order, as :meth:`ScreeningContext.find` has
    them. ``gated``: check the concept's pre-filter on each field first, which pays where the
    fields' keys are known anyway (the messages); the profile's fields are few and short, and
    running the pattern on them costs less than working out their keys."""
    spans = concept.spans if gated else concept.matches
    return [Match(f, start, end) for f in fields for start, end in spans(f)]


def _ties_to(government: list[Match], gated: bool) -> list[Match]:
    """The ties near the ``government`` words, read only in the fields that hold such words."""
    fields = dict.fromkeys(m.field for m in government)
    return _near_in_sentence(_matches_in(fields, TIES, gated), government)


@indicator("profile.state_links", "References to government contacts or state-owned enterprises")
def state_links(ctx: ScreeningContext) -> list[Evidence]:
    """The sender claims ties to government, officials, ministries or state-owned enterprises.

    NPSA / FBI Think Before You Link: state-backed approaches present the sender, the firm or the
    client as close to government ("close ties with policy makers", "our clients include
    government agencies", "a state-owned enterprise", "a state-backed fund"). Fires on a
    state-body phrase anywhere in the profile or the inbound messages, on a government word within
    a few words of a tie ("ties", "contacts", "access to", "on behalf of", "advises", "funded by"),
    and on a profile whose employer is a ministry, embassy or state-owned enterprise. It does not
    fire on a government word alone ("a role in central government", "Government & Defence
    recruitment"), which genuine public-sector recruiters write, and it names no country.
    """
    strong: list[Match] = []
    ties: list[Match] = []
    # A phrase counts only where a cue word occurs too ("think-tank" is a government word that no
    # cue covers). In the messages the pre-filter of ``ctx.find`` is the quicker test, so the cues
    # are read only once a phrase is found; in the profile the cues come first (_matches_in).
    state_body, government = ctx.find(STATE_BODY), ctx.find(GOVERNMENT)
    if state_body or government:
        text = _lowered(ctx.messages)
        if state_body and any(cue in text for cue in _STATE_BODY_CUES):
            strong.extend(state_body)
        if government and any(cue in text for cue in _GOVERNMENT_CUES):
            ties.extend(_ties_to(government, gated=True))
    text = _lowered(ctx.profile)
    if any(cue in text for cue in _STATE_BODY_CUES):
        strong.extend(_matches_in(ctx.profile, STATE_BODY, gated=False))
    if any(cue in text for cue in _GOVERNMENT_CUES):
        government = _matches_in(ctx.profile, GOVERNMENT, gated=False)
        ties.extend(_ties_to(government, gated=False))
    if any(cue in text for cue in _GOVERNMENT_EMPLOYER_CUES):
        employers = [f for f in ctx.profile if _EMPLOYER_FIELD.match(f.path)]
        strong.extend(_matches_in(employers, GOVERNMENT_EMPLOYER, gated=False))
    ties = _without_overlaps(ties, strong)
    matches = sorted(strong, key=_reading_order) + sorted(ties, key=_reading_order)
    return evidence_of(matches, note="claimed ties to government or the state")


# --- profile.unrealistic_role --------------------------------------------------------------------


_SEGMENT_BREAK = re.compile(r"[|•·;,(]| - | at | @ ")


def _role_claim(ctx: ScreeningContext, career: Career) -> tuple[Match, Entry | None] | None:
    """The senior title of the present role (its whole segment of the field: "Managing Director"
    of "Managing Director, Apex Advisors | ex-academia"), and the current position that carries
    a senior title, if any."""
    current = career.current()
    for field in _role_fields(ctx, career):
        span = senior_span(field.folded)
        if span is None:
            continue
        start = max((m.end() for m in _SEGMENT_BREAK.finditer(field.folded, 0, span[0])), default=0)
        after = _SEGMENT_BREAK.search(field.folded, span[1])
        end = after.start() if after else len(field.folded)
        while start < span[0] and field.folded[start].isspace():
            start += 1
        while end > span[1] and field.folded[end - 1].isspace():
            end -= 1
        same = [p for p in current if f"{p.path}.title" == field.path]
        entry = next(iter(same or [p for p in current if senior_span(p.title)]), None)
        return Match(field, start, end), entry
    return None


@indicator(
    "profile.unrealistic_role", "Very senior role that the rest of the profile does not support"
)
def unrealistic_role(ctx: ScreeningContext) -> list[Evidence]:
    """A chief, director, partner, head, founder or professor title the profile cannot carry.

    NPSA / FBI Think Before You Link: fake personas claim high-profile roles (managing director,
    senior partner, head of research, professor) to impress and to explain why they can pay.
    Fires when such a title is the sender's present role and the profile does not support it: an
    account under a year old, under 150 connections, no other position or education, the role
    reached within two years of education or of the first thing on the profile, or a jump from a
    junior post (intern, assistant, trainee) to the top within two years. "Talent Partner",
    "Assistant Professor" and "Assistant to the CEO" are not senior; founders are not judged by
    how fast they got there.
    """
    career = career_of(ctx.approach)
    claim = _role_claim(ctx, career)
    if claim is None:
        return []
    match, entry = claim
    title = match.field.text[match.start : match.end]
    reasons = _unsupported(ctx, career, entry, founder=is_founder(title))
    if not reasons:
        return []
    return [match.evidence(note="not supported: " + "; ".join(reasons))]


def _unsupported(
    ctx: ScreeningContext, career: Career, senior: Entry | None, founder: bool
) -> list[str]:
    sender = ctx.approach.sender
    reasons: list[str] = []
    if not [e for e in career.entries if e is not senior] and _profile_seen(ctx):
        reasons.append("no other position or education listed")
    if founder:
        return reasons  # founding one's own firm needs no track record or network
    age = _account_age(ctx)
    if age is not None and age < NEW_ACCOUNT_MONTHS:
        reasons.append(f"account {age} months old")
    if sender.connections is not None and sender.connections < SENIOR_FEW_CONNECTIONS:
        reasons.append(f"{sender.connections} connections")
    if senior is None or senior.last_start is None:
        return reasons
    reached = senior.last_start
    schooling = [e for e in career.education if e.first_end and not is_late_degree(e.title)]
    if schooling:
        school = max(schooling, key=lambda e: e.first_end or date.min)
        gap = months_between(school.first_end or date.min, reached)
        if gap < 0:
            reasons.append("began before education ended")
        elif gap <= RECENT_MONTHS:
            reasons.append(f"reached {gap} months after education ended")
    earlier = [
        p for p in career.positions
        if p is not senior and p.first_start is not None and p.first_start <= reached
    ]  # fmt: skip
    if earlier:
        previous = max(earlier, key=lambda p: p.first_start or date.min)
        left = previous.first_end or previous.first_start or date.min
        if (
            is_junior(previous.title)
            and is_top(senior.title)
            and months_between(left, reached) <= RECENT_MONTHS
        ):
            reasons.append(f"straight from '{previous.title}'")
        first = career.earliest_trace()
        span = None if first is None else months_between(first, reached)
        if not schooling and span is not None and span <= RECENT_MONTHS:
            reasons.append(f"reached within {span} months of the first listed position")
    return reasons


# --- profile.thin_history ------------------------------------------------------------------------


@indicator("profile.thin_history", "Sparse, recent or inconsistent employment and education")
def thin_history(ctx: ScreeningContext) -> list[Evidence]:
    """The profile's history is too thin or too new to be a career, or contradicts itself.

    NPSA / FBI Think Before You Link: fake profiles have little history, all of it recent, with
    gaps or dates that do not fit. Fires on: no position at all on a profile the recipient saw; a
    single position and no education; a whole history that starts within two years of the
    approach (and no education); a gap of more than three years between positions; an entry that
    ends before it starts or starts after the approach; education that ends more than a year after
    a senior role began (executive, part-time and doctoral degrees aside). A young person's first
    job after a listed degree, and one position held five years or more on an account three years
    old or more, are not thin.
    """
    career = career_of(ctx.approach)
    if not career.positions:
        if not _profile_seen(ctx):
            return []
        note = "no positions listed" + ("" if career.education else " and no education")
        return [Evidence(field="sender.experience", quote="none", note=note)]
    notes: dict[str, list[str]] = {}
    if len(career.positions) == 1 and not career.education and not _long_standing(ctx, career):
        notes.setdefault(career.positions[0].path, []).append("the only position, no education")
    starts = [p.first_start for p in career.positions]
    if not career.education and all(s is not None for s in starts):
        earliest = min(career.positions, key=lambda p: p.first_start or date.max)
        months = months_between(earliest.first_start or date.min, ctx.reference_date)
        if months < RECENT_MONTHS:
            notes.setdefault(earliest.path, []).append(f"nothing earlier than {months} months ago")
    odd = _gaps(career, ctx.reference_date) + _contradictions(career, ctx.reference_date)
    for entry, note in odd:
        notes.setdefault(entry.path, []).append(note)
    entries = {e.path: e for e in career.entries} if notes else {}
    return [
        Evidence(field=entries[key].path, quote=entries[key].describe(), note="; ".join(found))
        for key, found in list(notes.items())[:3]
    ]


def _long_standing(ctx: ScreeningContext, career: Career) -> bool:
    """One position held five years or more, on an account three years old or more."""
    age = _account_age(ctx)
    start = career.positions[0].first_start
    return (
        age is not None
        and age >= 36
        and start is not None
        and months_between(start, ctx.reference_date) >= 60
    )


def _gaps(career: Career, ref: date) -> list[tuple[Entry, str]]:
    dated = sorted(
        (p for p in career.positions if p.first_start), key=lambda p: p.first_start or date.min
    )
    found: list[tuple[Entry, str]] = []
    reach: date | None = None
    for position in dated:
        start = position.first_start or date.min
        gap = 0 if reach is None else months_between(reach, start)
        if gap > GAP_MONTHS:
            found.append((position, f"starts {gap} months after the previous position ended"))
        end = ref if position.ongoing else position.last_end or position.last_start
        if end is not None and (reach is None or end > reach):
            reach = end
    return found


def _contradictions(career: Career, ref: date) -> list[tuple[Entry, str]]:
    found: list[tuple[Entry, str]] = []
    latest = ref + timedelta(days=31)
    for entry in career.entries:
        if entry.first_start and entry.last_end and entry.last_end < entry.first_start:
            found.append((entry, "ends before it starts"))
        elif entry.first_start and entry.first_start > latest:
            found.append((entry, "starts after the approach"))
    seniors: list[Entry] | None = None  # read when an education entry is to be compared
    for school in career.education:
        if school.first_end is None or is_late_degree(school.title):
            continue
        if seniors is None:
            seniors = [p for p in career.positions if p.last_start and senior_span(p.title)]
        for role in seniors:
            overlap = months_between(role.last_start or date.max, school.first_end)
            if overlap > 12:
                found.append((school, f"ends {overlap} months after '{role.title}' began"))
                break
    return found


# --- profile.new_account, profile.few_connections ------------------------------------------------


@indicator("profile.new_account", "Account created recently")
def new_account(ctx: ScreeningContext) -> list[Evidence]:
    """The account was created less than twelve months before the approach.

    NPSA / FBI Think Before You Link: fake personas are made for a campaign and have new accounts.
    The age is read generously from a partial date ("2024" counts from January 2024) and measured
    at the approach's first dated message. Unknown creation date: does not fire; nor does a date
    after the approach, which contradicts the document rather than signals anything.
    """
    age = _account_age(ctx)
    created = ctx.approach.sender.account_created
    if age is None or created is None or age >= NEW_ACCOUNT_MONTHS:
        return []
    note = f"account {age} months old"
    return [Evidence(field="sender.account_created", quote=created, note=note)]


@indicator("profile.few_connections", "Few connections for the claimed role")
def few_connections(ctx: ScreeningContext) -> list[Evidence]:
    """Fewer than 100 connections, or fewer than 300 for a role that lives on networking.

    NPSA / FBI Think Before You Link: fake profiles have few connections. Recruiters, headhunters,
    consultants, business developers and senior people build large networks, so for a headline or
    present title claiming such a role the bar is 300. LinkedIn shows "500+" beyond 500, which is
    never few. Unknown count: does not fire.
    """
    connections = ctx.approach.sender.connections
    if connections is None or connections >= FEW_CONNECTIONS_NETWORKER:
        return []
    fields = _role_fields(ctx, career_of(ctx.approach))
    networker = any(is_networking(f.folded) for f in fields)
    limit = FEW_CONNECTIONS_NETWORKER if networker else FEW_CONNECTIONS
    if connections >= limit:
        return []
    role = " for a recruiter, consultant or senior role" if networker else ""
    note = f"{connections} connections{role}; fewer than {limit}"
    return [Evidence(field="sender.connections", quote=str(connections), note=note)]
