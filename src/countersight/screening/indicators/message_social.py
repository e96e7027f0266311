"""Social-engineering indicators: who the offer is for, how it is pushed, what it asks for.

The five indicators here read only the sender's inbound messages. They follow the tactics that the
UK NPSA / MI5 "Think Before You Link" campaign and the FBI/NCSC warnings describe for hostile state
approaches on professional networks, and the classic employment-scam tells:

- ``message.vague_client``: an unnamed or confidential client with nothing checkable about it;
- ``message.urgency``: pressure, scarcity, exclusivity, very short deadlines;
- ``message.flattery``: praise aimed at the recipient's access, clearance, network or influence,
  or praise so excessive that it reads as grooming rather than recruiting;
- ``message.access_probe``: asks for non-public information, colleagues, internal work;
- ``message.no_vetting``: an offer with no sign that the candidate is being assessed.

The vocabularies are in :mod:`countersight.screening.social`; this module holds what the
indicators do with them. No country, nationality or name is a signal anywhere (fairness rule).
"""

from __future__ import annotations

import bisect
import re

from countersight.domain import Evidence
from countersight.screening.context import Match, ScreeningContext, evidence_of
from countersight.screening.gating import find
from countersight.screening.lexicon import concept
from countersight.screening.registry import indicator
from countersight.screening.social import clients, praise, pressure, probes, vetting


def _before(match: Match, width: int) -> str:
    return match.field.folded[max(0, match.start - width) : match.start]


# A sentence end (".", "!" or "?", white space, then a capital or a digit) or a blank line.
_SENTENCE_END = re.compile(r"[.!?][\"')\]]*\s+(?=[A-Z0-9])|\n\s*\n")


def _nearest(matches: list[Match], others: list[Match], window: int) -> list[Match | None]:
    """For each of ``matches``, the stretch to its nearest match of ``others`` within ``window``
    characters in the same sentence (quoting both), or None. Bisects sorted starts: linear."""
    starts: dict[str, list[int]] = {}
    ordered: dict[str, list[Match]] = {}
    for o in sorted(others, key=lambda o: (o.field.path, o.start)):
        starts.setdefault(o.field.path, []).append(o.start)
        ordered.setdefault(o.field.path, []).append(o)
    out: list[Match | None] = []
    for m in matches:
        best: Match | None = None
        field_starts = starts.get(m.field.path, [])
        i = bisect.bisect_left(field_starts, m.start)
        near = ordered.get(m.field.path, [])[max(0, i - 3) : i + 3]
        for o in sorted(near, key=lambda o: max(o.start - m.end, m.start - o.end)):
            if max(o.start - m.end, m.start - o.end) > window:
                break
            start, end = min(m.start, o.start), max(m.end, o.end)
            if _SENTENCE_END.search(m.field.folded, start, end) is None:
                best = Match(m.field, start, end)
                break
        out.append(best)
    return out


def _beside(matches: list[Match], others: list[Match], window: int) -> list[Match]:
    """The stretches of :func:`_nearest` that exist."""
    return [s for s in _nearest(matches, others, window) if s is not None]


def _in_order(matches: list[Match]) -> list[Match]:
    return sorted(matches, key=lambda m: (m.field.path, m.start))


_NEGATION = re.compile(r"(?:\bnot|\bno|n't|\bnever|\bnothing)\s+(?:\w+\s+)?$", re.IGNORECASE)


def _negated(match: Match) -> bool:
    """Whether the word or two before ``match`` negate it ("not urgent", "no need to ...")."""
    return bool(_NEGATION.search(_before(match, 16)))


_CLAUSE_START = re.compile(r"[.!?;:\n(]|,\s+but\b|\s[-–]\s|\bbut\b", re.IGNORECASE)
_PROHIBITION = re.compile(
    r"\b(?:not|no|never|nothing|nobody|none|neither|nor|without|cannot|prohibit\w*|exclud\w*|"
    r"declin\w*|refus\w*|avoid\w*|forbid\w*)\b|n't\b",
    re.IGNORECASE,
)


def _prohibited(match: Match) -> bool:
    """Whether the clause leading to ``match`` rules it out ("we never want non-public info")."""
    before = _before(match, 150)
    starts = [b.end() for b in _CLAUSE_START.finditer(before)]
    return bool(_PROHIBITION.search(before[starts[-1] if starts else 0 :]))


# --------------------------------------------------------------------------------------------
# message.vague_client
# --------------------------------------------------------------------------------------------

_NOT_CORPORATE = re.compile(
    r"linkedin|whatsapp|wa\.me|t\.me|telegram|wechat|weixin|signal\.|bit\.ly|tinyurl|goo\.gl|"
    r"forms\.gle|docs\.google|drive\.google|dropbox|wetransfer|mega\.nz|gmail|googlemail|"
    r"outlook\.com|hotmail|yahoo|protonmail|proton\.me|qq\.com|163\.com|126\.com|icloud|"
    r"calendly|zoom\.us|skype|discord|mail\.ru|yandex",
    re.IGNORECASE,
)


def _checkable_detail(ctx: ScreeningContext) -> bool:
    """A named client, a legal entity, a job reference, a corporate web or e-mail address, or an
    instruction to clear the work with the recipient's employer."""
    if (
        find(ctx, clients.JOB_REFERENCE)
        or find(ctx, clients.LEGAL_ENTITY)
        or find(ctx, clients.EMPLOYER_CHECK)
    ):
        return True
    for m in find(ctx, clients.NAMED_CLIENT):
        if m.field.text[m.start : m.end].split()[-1] not in clients.NOT_A_NAME:
            return True
    addresses = find(ctx, clients.WEB_ADDRESS)
    return any(not _NOT_CORPORATE.search(m.field.text[m.start : m.end]) for m in addresses)


@indicator("message.vague_client", "Unnamed or confidential client, nothing checkable")
def vague_client(ctx: ScreeningContext) -> list[Evidence]:
    """The offer comes from an unnamed, anonymous or confidential client with nothing checkable.

    NPSA/MI5 "Think Before You Link": hostile approaches hide the real customer behind "my client,
    a leading consulting firm", "a client who prefers to remain anonymous", "I cannot disclose the
    client's name at this stage", "an overseas think tank", "our partners", "clients in Asia",
    "the client values discretion", "private donors".

    Genuine retained-search recruiters and expert networks also keep clients confidential, but
    they compensate with detail the recipient can weigh. So the indicator stays silent when the
    messages carry any checkable detail: a client named after "client" ("my client, Rolls-Royce"),
    a legal entity ("Acme Systems Ltd"), a job reference, a corporate web or e-mail address
    (messaging apps, link shorteners and webmail do not count), or an instruction to clear it with
    the recipient's employer or compliance (what regulated expert networks do). It also stays
    silent with at least two kinds of retained-search detail: a salary figure ("£95-115k base",
    "£48k + bonus"), a work pattern or site, a recruitment process (interview, CV, stages, hiring
    manager) and a firm profile (FTSE, "250 staff", funding stage, "defence prime"). A bare fee
    ("$3,000 per report") is not salary detail, and "very competitive package" or "well-funded"
    are not detail at all. The sender's own organisation is judged elsewhere
    (``profile.generic_firm``).
    """
    vague = [*find(ctx, clients.ANONYMOUS_CLIENT), *find(ctx, clients.VAGUE_CLIENT_REF)]
    if not vague or _checkable_detail(ctx):
        return []
    if sum(1 for c in clients.RETAINED_DETAIL if find(ctx, c)) >= 2:
        return []
    return evidence_of(_in_order(vague), note="client not named or checkable")


# --------------------------------------------------------------------------------------------
# message.urgency
# --------------------------------------------------------------------------------------------

_SENDER_PROMISE = re.compile(
    r"\b(?:i|we)(?:'ll|\s+will|\s+can|'d|\s+would|\s+shall|'m\s+going\s+to|\s+aim\s+to|"
    r"\s+try\s+to)\s+(?:\w+\s+)?$",
    re.IGNORECASE,
)


@indicator("message.urgency", "Urgency, scarcity or a one-off, exclusive opportunity")
def urgency(ctx: ScreeningContext) -> list[Evidence]:
    """Pressure to decide fast: urgency, scarcity, exclusivity or a very short deadline.

    Think Before You Link and every job-scam guide list pressure as a manipulation tactic: "urgent",
    "as soon as possible", "only a few places", "deadline tomorrow", "reply within 24 hours",
    "exclusive opportunity", "once in a lifetime", "act now", "don't miss", "this week only",
    "3 other finalists", "we are selecting a few", "pay today to confirm your seat", "failure to do
    so will result in".

    A normal closing date ("applications close on 31 March", "the deadline for abstracts is 15
    May") does not fire: only deadlines counted in hours or days, a weekday, "today", "tomorrow"
    or "end of day" do, and a plain "let me know" about scheduling a call tomorrow does not. The
    sender's own promises ("I'll send it today", "we will reply within 2 days") do not count;
    neither does negated pressure ("no rush", "this is not urgent"). "Unique opportunity" alone
    is recruiter boilerplate and fires only when the message adds that it will not come again.
    Genuine recruiters do say "urgent requirement"; that still fires, and the scorer weighs it for
    what it is.
    """
    found = [
        m
        for c in (pressure.URGENT, pressure.SCARCITY, pressure.EXCLUSIVE, pressure.SHORT_DEADLINE)
        for m in find(ctx, c)
        if not _negated(m) and not _SENDER_PROMISE.search(_before(m, 24))
    ]
    return evidence_of(_in_order(found))


# --------------------------------------------------------------------------------------------
# message.flattery
# --------------------------------------------------------------------------------------------

_OWNER = re.compile(r"\b(?:our|my|their|its|his|her|client's)\s+(?:\w+\s+)?$", re.IGNORECASE)


_STANDING = (
    r"(?:insights?|expertise|experience|knowledge|understanding|access|network|perspective"
    r"|position|influence|contacts|connections|judg(?:e)?ment|views|standing|reputation)"
)
#: Praise of standing, insight or influence in words the vocabularies above do not hold.
PRAISE_OF_STANDING = concept(
    "praise_of_standing",
    r"re:your\s+(?:\w+\s+){0,2}(?:unique|rare|exceptional|outstanding|remarkable|invaluable"
    r"|unparalleled|unrivalled|unrivaled|extraordinary|privileged|special|influential|insider)\s+"
    rf"(?:\w+\s+)?{_STANDING}",
    r"re:(?:someone|people|a\s+person|an\s+expert|experts|a\s+man|a\s+woman)\s+(?:of|with|in)\s+"
    r"your\s+(?:calibre|caliber|stature|standing|seniority|access|position|influence|rank)",
    r"re:you\s+(?:understand|know)\s+(?:\w+\s+){1,2}better\s+than\s+(?:most|anyone|others)",
    r"re:(?:a\s+)?(?:very\s+)?(?:bright|brilliant|great)\s+future\s+(?:ahead|in|for)",
    r"re:you\s+have\s+a\s+(?:very\s+)?(?:bright|brilliant)\s+future",
    r"re:(?:appreciate|value|respect|admire)\s+(?:your\s+)?(?:knowledge|experience|wisdom|insight)s?"
    r"\s+(?:and|&)\s+(?:knowledge|experience|wisdom|insight|influence|access)",
    r"re:you\s+have\s+an?\s+\w+\s+soul",
)


@indicator("message.flattery", "Flattery of the recipient's access, clearance or influence")
def flattery(ctx: ScreeningContext) -> list[Evidence]:
    """Praise aimed at what the recipient can reach, not at what they can do.

    NPSA "Think Before You Link": hostile actors flatter the target's access, clearance, influence
    and insider knowledge ("someone with your access", "given your clearance", "your valuable
    network", "your influential position", "your unique insight into government policy", "your
    contacts in Whitehall", "first-hand parliamentary experience"), and lay praise on thick
    ("renowned expert", "we were very impressed by your profile", "widely respected",
    "unanimously nominated").

    Fires on praise of access, clearance, network or influence; on inside-knowledge words within
    80 characters of government, policy, defence or internal matters; on excessive superlatives
    within 40 characters of "you"/"your" that are not the sender's own ("our renowned institute"
    does not count); and on ordinary praise of the recipient ("admire your long career",
    "your experience is so valuable") within 60 characters of government, parliament, ministries
    or diplomacy, which is praise of proximity to power. All pairs lie in one sentence. Ordinary
    recruiter praise ("your background looks great", "impressed by your experience", "your
    extensive experience in defence", "perfect fit") does not fire, nor do plain questions about
    clearance ("do you hold SC clearance?", "is your clearance current?"), nor "share this with
    your network".
    """
    found = find(ctx, praise.ACCESS_PRAISE)
    inside = find(ctx, praise.INSIDE_KNOWLEDGE)
    if inside:
        found += _beside(inside, find(ctx, praise.POWER_DOMAIN), 80)
    superlative = [m for m in find(ctx, praise.SUPERLATIVE) if not _OWNER.search(_before(m, 30))]
    if superlative:
        found += _beside(superlative, find(ctx, praise.YOU), 40)
    government = find(ctx, praise.GOVERNMENT)
    if government:
        admiring = _beside(find(ctx, praise.PRAISE), find(ctx, praise.YOU), 30)
        found += _beside(admiring, government, 60)
    found += ctx.find(PRAISE_OF_STANDING)
    return evidence_of(_in_order(found))


# --------------------------------------------------------------------------------------------
# message.access_probe
# --------------------------------------------------------------------------------------------

_DISCLOSURE_WARNING = re.compile(
    r"(?:do\s+not|don't|never|must\s+not|should\s+not|avoid|without)\s+(?:\w+\s+){0,3}?"
    r"(?:include|including|disclose|disclosing|mention|mentioning|put|add|list|share|sharing|"
    r"send|sending|reveal|revealing)\b",
    re.IGNORECASE,
)


_UNIT_RX = (
    r"(?:office|ministry|department|agency|team|unit|government|committee|company|lab|laboratory"
    r"|directorate|division|programme|program|organi[sz]ation|employer|service|delegation|board)s?"
)
_INSTITUTION_RX = (
    r"(?:office|ministry|department|agency|government|committee|directorate|division|programme"
    r"|program|delegation|board|employer|parliament|cabinet|regulator)s?"
)
#: Open-ended probes for how the recipient's organisation works and what it really thinks.
INSIDE_WORKINGS = concept(
    "probe_inside_workings",
    rf"re:(?:hear|know|learn|tell\s+(?:us|me))\s+(?:more\s+)?about\s+your\s+{_UNIT_RX}",
    r"re:who\s+(?:might|may|could)\s+(?:have|be\s+having)\s+(?:\w+\s+){0,2}problems?",
    r"re:(?:the\s+)?people\s+you\s+(?:worked|work|served)\s+with",
    r"re:how\s+things\s+(?:were|are)\s+(?:organi[sz]ed|run|done|decided)",
    r"re:(?:bring|send|share)\s+(?:us\s+|me\s+)?anything\s+you\s+(?:still\s+)?(?:have|kept|can\s+get)",
    r"re:(?:challenges|problems|issues|solutions)\s+(?:you(?:'re|\s+are)|your\s+team\s+(?:is|are))\s+"
    r"(?:working\s+on|developing|facing|solving)\s+(?:right\s+)?now",
    r"re:with\s+as\s+much\s+(?:technical\s+)?detail\s+as\s+(?:possible|you\s+can)",
    r"re:(?:your\s+|current\s+|the\s+){1,3}unpublished\s+(?:work|results|data|research|findings|papers?"
    r"|designs?|results)",
    r"re:from\s+your\s+(?:private\s+|own\s+)?(?:conversations|discussions|contacts|meetings|talks"
    r"|dealings|exchanges)\s+with",
    r"re:your\s+(?:frank|candid|honest|private|personal|unvarnished)\s+(?:impression|assessment"
    r"|view|take|read|sense)",
    r"re:(?:background|personal)\s+(?:check|search|information)\s+(?:\w+\s+){0,3}(?:on|about|of)\s+"
    r"(?:these|the|those|some|several|a\s+list\s+of)\s+(?:\w+\s+)?(?:people|persons|engineers"
    r"|scientists|colleagues|individuals)",
    rf"re:how\s+(?:your|the|their)\s+(?:\w+\s+)?{_INSTITUTION_RX}\s+(?:is\s+|are\s+|was\s+|were\s+"
    r"|has\s+|have\s+)?(?:\w+\s+){0,2}(?:prepar|assess|plan|handl|approach|decid|evaluat|organi[sz]"
    r"|think|view|see|respond|position|negotiat|priorit|budget|procur|select|brief|react)\w*",
    r"re:what\s+(?:is|was|gets|got|are|were|will\s+be)\s+(?:really\s+|actually\s+)?"
    r"(?:discussed|said|decided|planned|agreed|debated|negotiated|proposed)\s+(?:in|at|behind|inside"
    r"|within|by)",
    r"re:what\s+the\s+\w+(?:\s+of\s+the\s+\w+)?\s+(?:really|actually|privately)\s+"
    r"(?:are|is|think|want|plan|intend|believe)",
    rf"re:who\s+(?:else\s+)?in\s+(?:your|the)\s+(?:\w+\s+)?{_UNIT_RX}",
    r"re:(?:programs?|programmes?|projects?|files?|cases?|systems?)\s+(?:that\s+)?you\s+"
    r"(?:actually\s+|personally\s+)?(?:followed|worked\s+on|handled|managed|covered|oversaw|ran"
    r"|were\s+(?:involved|cleared|read))",
    r"re:capabilit(?:y|ies)\s+gaps?",
    r"re:the\s+real\s+(?:material|details|story|picture|information|data|numbers|positions?)",
    r"re:(?:current|internal|latest|upcoming|next|unreleased)\s+(?:\w+\s+)?(?:roadmap|road\s+map"
    r"|product\s+plans?|design\s+choices|designs?|tolerances|specifications?|source\s+code|test\s+data"
    r"|supplier\s+list|pricing|bid|negotiating\s+position|strategy\s+papers?)",
    r"re:(?:drawings|schematics|tolerances\s+you|key\s+suppliers|bill\s+of\s+materials"
    r"|qualification\s+(?:issues|data|results)|design\s+files)",
)


@indicator("message.access_probe", "Asks for non-public information, colleagues or internal work")
def access_probe(ctx: ScreeningContext) -> list[Evidence]:
    """The sender asks for what the recipient's position protects, or for their colleagues.

    NPSA "Think Before You Link" and MI5 guidance: the approach moves from general views to
    non-public information ("internal documents", "the inside view", "not yet public", "not in
    the press", "upcoming decisions", "policy drafts", "details of the procurement", "side
    meetings", "closed sessions"), to the recipient's organisation ("what is your department
    working on", "how security and access control are organised") and to their colleagues ("who
    else in your team", "could you introduce me to colleagues", "former colleagues who might like
    similar work"); "nothing classified, just your views" is a known reassurance on the way.

    Fires on those requests; on classified, secret, sensitive or internal material ("classified
    documents", "internal projects", "design specifications", "off the record") only within 60
    characters of a request verb in the same sentence (share, send, provide, tell me ...), so an
    advert saying "the role involves classified programmes" does not fire. A vetting question
    about clearance ("do you hold or are you eligible for SC/DV clearance?", "what level of
    clearance do you hold?") asks about the candidate, not for what the clearance protects, and
    does not fire. Rules that exclude such material do not fire either: a clause that prohibits it
    ("we never want material non-public information", "please don't discuss non-public bids"), a
    warning against disclosure ("do not include classified work in your CV"), or a reassurance
    that points at public material ("on the public record, nothing classified"). A recruiter's
    "do you know anyone who might be interested?" is a referral, not a probe.
    """
    found = [
        *find(ctx, probes.NON_PUBLIC),
        *find(ctx, probes.COLLEAGUES),
        *find(ctx, probes.INTERNAL_WORK),
        *ctx.find(INSIDE_WORKINGS),
    ]
    sensitive = find(ctx, probes.SENSITIVE)
    if sensitive:
        found += [m for m in _beside(sensitive, find(ctx, probes.ASK), 60) if not _negated(m)]
    found = [m for m in found if not _prohibited(m)]
    reassurance = find(ctx, probes.REASSURANCE)
    if reassurance:
        public = _nearest(reassurance, find(ctx, probes.PUBLIC), 80)
        found += [m for m, pub in zip(reassurance, public, strict=True) if pub is None]
    found = [
        m
        for m in found
        if not _DISCLOSURE_WARNING.search(m.field.folded[max(0, m.start - 60) : m.end])
    ]
    return evidence_of(_in_order(found))


# --------------------------------------------------------------------------------------------
# message.no_vetting
# --------------------------------------------------------------------------------------------

_SPEAKING_PAY = re.compile(r"honorari|stipend|speaker|speaking|allowance|per\s+diem", re.IGNORECASE)
_CV = re.compile(r"c\.?v\.?s?|r[ée]sum[ée]s?|curriculum vitae", re.IGNORECASE)
# "we found your resume online", "your resume was recommended": a claimed review, not a request.
_CLAIMED_BEFORE = re.compile(
    r"(?:found|saw|seen|reviewed|review\s+of|received|came\s+across|reference\s+to|pulled|"
    r"sourced|got|have)\s+(?:\w+\s+)?your\s+(?:\w+\s+)?$",
    re.IGNORECASE,
)
_CLAIMED_AFTER = re.compile(
    r"^\s+(?:was|has\s+been|is|were|have\s+been)\s+(?:\w+\s+)?(?:recommended|forwarded|reviewed|"
    r"passed|selected|shortlisted|approved|found|evaluated)",
    re.IGNORECASE,
)
_MEDIA_INTERVIEW = re.compile(
    r"(?:series\s+of|per|each|every|for\s+each|media|tv|television|radio|press|podcast|"
    r"broadcast|video|newspaper|magazine)\s+(?:\w+\s+)?$",
    re.IGNORECASE,
)
_ELSEWHERE = re.compile(
    r"(?:your\s+(?:\w+\s+)?(?:is|are)|you're|you\s+are|they're|they\s+are|congratulations\s+on|"
    r"congrats\s+on|on\s+(?:your|the)\s+(?:\w+\s+)?)\s*$",
    re.IGNORECASE,
)
_AVAILABILITY = re.compile(
    r"(?:can\s+you|could\s+you|are\s+you\s+(?:\w+\s+)?(?:able|available|free)\s+to|"
    r"able\s+to|available\s+to|would\s+you\s+be\s+able\s+to|when\s+(?:can|could)\s+you)\s+$",
    re.IGNORECASE,
)


def _real_vetting(match: Match) -> bool:
    """A vetting concept that is not a claimed review of the CV ("we found your resume") nor a
    media interview ("EUR 1,000 per interview")."""
    text = match.field.folded
    word = text[match.start : match.end].lower()
    if word.startswith("interview"):
        return not _MEDIA_INTERVIEW.search(_before(match, 30))
    if not _CV.fullmatch(word):
        return True
    claimed = _CLAIMED_BEFORE.search(_before(match, 40)) or _CLAIMED_AFTER.search(
        text[match.end : match.end + 40]
    )
    return not claimed


def _vetted(ctx: ScreeningContext) -> bool:
    """Whether any inbound message assesses the candidate (cheapest vocabularies first)."""
    if find(ctx, clients.EMPLOYER_CHECK) or find(ctx, vetting.VETTING_TALK):
        return True
    if find(ctx, vetting.VETTING_PROCESS):
        return True
    return any(_real_vetting(m) for m in find(ctx, vetting.VETTING_CHECKS))


def _offers(ctx: ScreeningContext) -> list[Match]:
    """Offers of work or pay to the recipient (not "your team is hiring", not a speaker's fee)."""
    offers = [
        m
        for m in [*find(ctx, vetting.OFFER_JOB), *find(ctx, vetting.OFFER_PAY)]
        if not _ELSEWHERE.search(_before(m, 30))
    ]
    speaking_pay = {
        id(m) for m in offers if _SPEAKING_PAY.search(m.field.folded[max(0, m.start - 20) : m.end])
    }
    if speaking_pay:
        talks = {s.field.path for s in find(ctx, vetting.SPEAKING)}
        offers = [m for m in offers if id(m) not in speaking_pay or m.field.path not in talks]
    return _in_order(offers)


@indicator("message.no_vetting", "All about the offer, no vetting of the candidate")
def no_vetting(ctx: ScreeningContext) -> list[Evidence]:
    """The sender offers work or money but never assesses the candidate.

    NPSA "Think Before You Link": a hostile approach is all about the offer and shows no interest
    in vetting the candidate; employment scams say it outright ("no interview needed", "you are
    already selected", "no CV required", "your job is guaranteed", "start immediately").

    Fires in two ways. (1) An explicit no-vetting phrase anywhere in the inbound messages (not a
    recruiter's question "can you start immediately?"). (2) An offer to the recipient (a job, role
    or paid engagement, or payment: "salary", "we will pay you", "GBP 2,500 each", "$34/hr") in
    the inbound messages, while none of them carries any vetting concept: a CV or résumé asked
    for (a claimed review, "we found your resume online", does not count), interview (not a media
    interview), references, background or right-to-work checks, eligibility (for clearance too),
    notice period, salary expectations, portfolio, writing sample, abstract or bio, a test or
    assessment, an application, an advert or job description, recruitment stages, stated
    requirements ("5 years' experience", "HKICPA required"), an editorial process (author
    guidelines, peer review, proceedings), a call about the candidate's experience, or an
    employer/compliance check (expert networks). The evidence quotes the offer.

    Offer words that are not offers to the recipient do not count ("your team is hiring",
    "congratulations on the new role", "in an ideal position to"), nor do honoraria, stipends and
    allowances in a message that invites the recipient to speak (a talk, keynote, conference
    ...): an invitation to speak is not a job, and ``message.travel_offer`` covers it. A
    conversation with no offer (a colleague's note, an academic collaboration) does not fire.
    Genuine first-touch recruiter notes that only say "fancy a chat?" can fire; the scorer weighs
    the indicator with the others.
    """
    explicit = [
        m for m in find(ctx, vetting.NO_VETTING_PHRASE) if not _AVAILABILITY.search(_before(m, 40))
    ]
    if explicit:
        return evidence_of(explicit, note="explicit: no vetting of the candidate")
    offers = _offers(ctx)
    if not offers or _vetted(ctx):
        return []
    note = f"offer made; no CV, interview, references or experience asked in {len(ctx.messages)}"
    return evidence_of(offers, note=note + " message(s)", limit=2)
