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
import itertools
import re
from collections.abc import Iterator

from countersight.domain import Evidence
from countersight.screening.context import Match, ScreeningContext, TextField, evidence_of
from countersight.screening.gating import Gated, find
from countersight.screening.lexicon import Concept
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


# Most approaches hold nothing an indicator below looks for. Each indicator therefore first runs
# one vocabulary that unites everything it starts from (``ANY_...``), and then looks closer only
# in the messages where that finds something: a vocabulary matches nowhere else, and the other
# halves of a pair (:func:`_beside`) only count in the same message. ``_in(fields, v)`` lists
# exactly what ``ctx.find(v)`` lists in those messages. Where the united vocabularies play one
# part (urgency, unnamed clients), :func:`_united` takes their matches from the union directly.
# Vocabularies that only need a yes or no are looked for message by message (:func:`_anywhere`).


def _anywhere(ctx: ScreeningContext, vocabulary: Gated) -> bool:
    """Whether ``vocabulary`` matches in some inbound message (the first that holds one ends the
    search)."""
    return any(vocabulary.spans(f) for f in ctx.messages)


def _plain(field: TextField) -> bool:
    """Whether the message reads the same in the lower case of case-insensitive matching as in
    plain lower case (no "ſ", "İ", Kelvin sign ...). On such text a lexicon concept and a gated
    vocabulary of the same patterns find matches at the same places."""
    return field.canonical == field.lowered


def _where(ctx: ScreeningContext, vocabulary: Gated) -> list[TextField]:
    """The inbound messages where ``vocabulary`` matches, and those that are not :func:`_plain`
    (where a lexicon concept cannot be ruled out by its gated twin)."""
    return [f for f in ctx.messages if not _plain(f) or vocabulary.spans(f)]


def _in(fields: list[TextField], vocabulary: Gated) -> list[Match]:
    """The matches of ``vocabulary`` in ``fields``, in order of field and start."""
    return [Match(f, start, end) for f in fields for start, end in vocabulary.spans(f)]


def _concept_in(fields: list[TextField], concept: Concept, twin: Gated) -> list[Match]:
    """The matches of ``concept`` in ``fields``, run only where its gated ``twin`` (the concept's
    patterns as a gated vocabulary, quick to rule out) finds something or the text is not
    :func:`_plain`."""
    return [
        Match(f, start, end)
        for f in fields
        if not _plain(f) or twin.spans(f)
        for start, end in concept.spans(f)
    ]


def _in_order(matches: list[Match]) -> list[Match]:
    return sorted(matches, key=lambda m: (m.field.path, m.start))


def _united(ctx: ScreeningContext, union: Gated, vocabularies: tuple[Gated, ...]) -> list[Match]:
    """The matches of ``vocabularies`` in the inbound messages, in the order of
    ``_in_order([*find(ctx, v) for v in vocabularies])``, found with ``union`` (which holds the
    parts of them all) in one pass. Its matches are theirs; only the order of two that start at
    the same place with different ends depends on which vocabulary found each, and then (rarely)
    each vocabulary is run on its own in the messages concerned."""
    found = _in_order(_in(ctx.messages, union))
    if any(
        a.field is b.field and a.start == b.start and a.end != b.end
        for a, b in itertools.pairwise(found)
    ):
        fields = [f for f in ctx.messages if any(m.field is f for m in found)]
        found = _in_order([m for v in vocabularies for m in _in(fields, v)])
    return found


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


#: Unnamed clients, in the order their evidence is listed (``clients.VAGUE`` unites them).
_VAGUE = (clients.ANONYMOUS_CLIENT, clients.VAGUE_CLIENT_REF)


def _named_client(ctx: ScreeningContext) -> bool:
    """A client named after "client" ("my client, Rolls-Royce")."""
    return any(
        f.text[start:end].split()[-1] not in clients.NOT_A_NAME
        for f in ctx.messages
        for start, end in clients.NAMED_CLIENT.spans(f)
    )


def _corporate_address(ctx: ScreeningContext) -> bool:
    """A web or e-mail address that is not a messaging app, link shortener or webmail."""
    return any(
        not _NOT_CORPORATE.search(f.text[start:end])
        for f in ctx.messages
        for start, end in clients.WEB_ADDRESS.spans(f)
    )


def _checkable(ctx: ScreeningContext) -> bool:
    """Checkable detail (a legal entity, a job reference, an instruction to clear the work with
    the recipient's employer, a named client, a corporate address) or at least two kinds of
    retained-search detail (salary, work pattern, process, firm profile). The quick
    vocabularies are looked for first; salary, the slowest, only when it can make the second
    kind."""
    if _anywhere(ctx, clients.PLAIN_DETAIL):
        return True
    kinds = 0
    for vocabulary in clients.QUICK_RETAINED_DETAIL:
        if _anywhere(ctx, vocabulary):
            kinds += 1
            if kinds == 2:
                return True
    if _named_client(ctx) or _corporate_address(ctx):
        return True
    return kinds == 1 and _anywhere(ctx, clients.SALARY)


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
    vague = _united(ctx, clients.VAGUE, _VAGUE)
    if not vague or _checkable(ctx):
        return []
    return evidence_of(vague, note="client not named or checkable")


# --------------------------------------------------------------------------------------------
# message.urgency
# --------------------------------------------------------------------------------------------

#: The kinds of pressure, in the order their evidence is listed (``ANY_PRESSURE`` unites them).
_PRESSURE = (pressure.URGENT, pressure.SCARCITY, pressure.EXCLUSIVE, pressure.SHORT_DEADLINE)
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
        for m in _united(ctx, pressure.ANY_PRESSURE, _PRESSURE)
        if not _negated(m) and not _SENDER_PROMISE.search(_before(m, 24))
    ]
    return evidence_of(found)


# --------------------------------------------------------------------------------------------
# message.flattery
# --------------------------------------------------------------------------------------------

_OWNER = re.compile(r"\b(?:our|my|their|its|his|her|client's)\s+(?:\w+\s+)?$", re.IGNORECASE)


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
    fields = _where(ctx, praise.ANY_FLATTERY)
    if not fields:
        return []
    found = _in(fields, praise.ACCESS_PRAISE)
    inside = _in(fields, praise.INSIDE_KNOWLEDGE)
    if inside:
        found += _beside(inside, _in(fields, praise.POWER_DOMAIN), 80)
    superlative = [m for m in _in(fields, praise.SUPERLATIVE) if not _OWNER.search(_before(m, 30))]
    admired = _in(fields, praise.PRAISE)
    government = _in(fields, praise.GOVERNMENT) if admired else []
    you = _in(fields, praise.YOU) if superlative or government else []
    if superlative:
        found += _beside(superlative, you, 40)
    if government:
        found += _beside(_beside(admired, you, 30), government, 60)
    found += _concept_in(fields, praise.PRAISE_OF_STANDING, praise.PRAISE_OF_STANDING_GATE)
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
    fields = _where(ctx, probes.ANY_PROBE)
    if not fields:
        return []
    found = [
        *_in(fields, probes.NON_PUBLIC),
        *_in(fields, probes.COLLEAGUES),
        *_in(fields, probes.INTERNAL_WORK),
        *_concept_in(fields, probes.INSIDE_WORKINGS, probes.INSIDE_WORKINGS_GATE),
    ]
    sensitive = _in(fields, probes.SENSITIVE)
    if sensitive:
        found += [m for m in _beside(sensitive, _in(fields, probes.ASK), 60) if not _negated(m)]
    found = [m for m in found if not _prohibited(m)]
    reassurance = _in(fields, probes.REASSURANCE)
    if reassurance:
        public = _nearest(reassurance, _in(fields, probes.PUBLIC), 80)
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
    """Whether any inbound message assesses the candidate: the checks (CV, interview, references
    ...: the commonest sign, and a quick one to look for) in every message first, then the rest
    in one pass; the first message that has one ends the search."""
    return any(
        _real_vetting(Match(f, start, end))
        for f in ctx.messages
        for start, end in vetting.VETTING_CHECKS.spans(f)
    ) or _anywhere(ctx, vetting.ASSESSED)


def _pays_speaker(offer: Match) -> bool:
    """Whether an offer is an honorarium, stipend or allowance (what a speaker is paid)."""
    return bool(_SPEAKING_PAY.search(offer.field.folded[max(0, offer.start - 20) : offer.end]))


def _offers_in(field: TextField) -> list[Match]:
    """Offers of work or pay to the recipient in one message, in order of start (not "your team
    is hiring", not a speaker's fee in a message that invites the recipient to speak)."""
    offers = [
        Match(field, start, end)
        for vocabulary in (vetting.OFFER_JOB, vetting.OFFER_PAY)
        for start, end in vocabulary.spans(field)
        if not _ELSEWHERE.search(field.folded[max(0, start - 30) : start])
    ]
    if any(_pays_speaker(m) for m in offers) and vetting.SPEAKING.spans(field):
        offers = [m for m in offers if not _pays_speaker(m)]
    offers.sort(key=lambda m: m.start)
    return offers


def _offers(ctx: ScreeningContext) -> Iterator[Match]:
    """The offers of every inbound message, in order of field path and start; lazily, since the
    evidence quotes only the first two."""
    for field in sorted(ctx.messages, key=lambda f: f.path):
        yield from _offers_in(field)


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
    # Vetting rules the offer out whatever it is, so it is checked first; then only the first
    # two offers are looked for.
    if _vetted(ctx):
        return []
    note = f"offer made; no CV, interview, references or experience asked in {len(ctx.messages)}"
    return evidence_of(_offers(ctx), note=note + " message(s)", limit=2)
