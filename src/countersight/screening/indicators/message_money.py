"""Indicators about money and travel in the sender's messages.

``message.too_good_to_be_true``, ``message.paid_reports``, ``message.unusual_payment`` and
``message.travel_offer`` (NPSA / FBI "Think Before You Link"). They read the inbound messages only,
and the amounts in them through :mod:`countersight.screening.money`. No currency, place or
destination is weighed above another: a trip to one city and a trip to another are the same
signal, and the vocabularies below hold no place names or nationalities.

What separates the hostile version from the genuine one, and what each indicator encodes:

- Recruiters state salaries ("£95-115k base + equity"): an annual salary, or an amount beside
  "salary", "base", "package", is never on its own too good or payment for reports. Hostile
  approaches pay per piece of work or per hour, a lot, for little ("£3,000 for a short report",
  "$500 an hour, totally flexible").
- Expert networks pay for calls, and say what they will not ask (no confidential or non-public
  information, the employer's permission, compliance terms). Such safeguards turn off the call
  and consultation evidence; a request for written reports still counts.
- Conferences pay speakers and cover travel; publishers pay contributors a modest honorarium. A
  paid talk at a named event, or a paid chapter for a handbook or journal, is not "paid reports";
  the travel is still a travel offer, a neutral fact that the scorer weighs.

Vocabularies are :mod:`countersight.screening.vocabulary` ones (the lexicon's term syntax, matched
on lower-cased text for speed); cheap substring checks skip the rarer ones.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Sequence
from functools import lru_cache

from countersight.domain import Evidence
from countersight.screening.context import Match, ScreeningContext, TextField, evidence_of
from countersight.screening.lexicon import Concept
from countersight.screening.money import Money, find_money
from countersight.screening.registry import indicator
from countersight.screening.vocabulary import Vocabulary, find, vocabulary

# --- helpers --------------------------------------------------------------------------------------


@lru_cache(maxsize=256)
def _joined(fields: tuple[TextField, ...]) -> str:
    return "\n".join(f.folded for f in fields).lower()


def _mentions(ctx: ScreeningContext, needles: Sequence[str]) -> bool:
    """Whether the inbound messages contain one of a few ``needles`` (lower case): a gate that
    spares a pattern pass over messages that cannot match."""
    text = _joined(tuple(ctx.messages))
    return any(n in text for n in needles)


def _find(ctx: ScreeningContext, vocab: Vocabulary) -> Sequence[Match]:
    return find(vocab, tuple(ctx.messages))


@lru_cache(maxsize=256)
def _money_in(fields: tuple[TextField, ...]) -> tuple[tuple[Match, Money], ...]:
    return tuple((Match(f, m.start, m.end), m) for f in fields for m in find_money(f.folded))


def _money(ctx: ScreeningContext) -> Sequence[tuple[Match, Money]]:
    """Every money mention in the inbound messages, with its span as a match."""
    return _money_in(tuple(ctx.messages))


class _Spans:
    """Matches indexed by message and start, to find those near a position in logarithmic
    time: proximity tests stay linear on long adversarial messages full of matches."""

    def __init__(self, matches: Iterable[Match]) -> None:
        by_field: dict[str, list[Match]] = {}
        for m in matches:
            by_field.setdefault(m.field.path, []).append(m)
        self._matches = {k: sorted(v, key=lambda m: m.start) for k, v in by_field.items()}
        self._starts = {k: [m.start for m in v] for k, v in self._matches.items()}
        self._longest = {k: max(m.end - m.start for m in v) for k, v in self._matches.items()}

    def around(self, m: Match, window: int) -> list[Match]:
        """The matches in ``m``'s message at most ``window`` characters from it (or touching)."""
        key = m.field.path
        if key not in self._starts:
            return []
        starts, matches = self._starts[key], self._matches[key]
        lo = bisect_left(starts, m.start - window - self._longest[key])
        hi = bisect_right(starts, m.end + window)
        return [
            c for c in matches[lo:hi] if c.start - m.end <= window and m.start - c.end <= window
        ]


def _near(first: Iterable[Match], second: Sequence[Match], window: int) -> list[Match]:
    """For each match of ``first``, the stretch to the closest match of ``second`` in the same
    message within ``window`` characters, paragraph breaks excluded (as
    :meth:`ScreeningContext.near`, which takes the first rather than the closest)."""
    found: list[Match] = []
    if not second:
        return found
    index = _Spans(second)
    seen: set[tuple[str, int, int]] = set()
    for a in first:
        best: Match | None = None
        for b in index.around(a, window):
            start, end = min(a.start, b.start), max(a.end, b.end)
            if "\n\n" in a.field.folded[start:end]:
                continue
            if best is None or end - start < best.end - best.start:
                best = Match(a.field, start, end)
        if best is not None and (best.field.path, best.start, best.end) not in seen:
            seen.add((best.field.path, best.start, best.end))
            found.append(best)
    return found


def _before(matches: Iterable[Match], targets: Sequence[Match], window: int) -> list[Match]:
    """The matches that end at most ``window`` characters before a target in the same message."""
    index = _Spans(targets)
    return [m for m in matches if any(t.start >= m.end for t in index.around(m, window))]


def _after(matches: Iterable[Match], targets: Sequence[Match], window: int) -> list[Match]:
    """The matches that start at most ``window`` characters after a target in the same message."""
    index = _Spans(targets)
    return [m for m in matches if any(m.start >= t.end for t in index.around(m, window))]


def _outside(matches: Iterable[Match], spans: Sequence[Match], margin: int = 0) -> list[Match]:
    """The matches that overlap none of ``spans`` (widened by ``margin`` characters)."""
    if not spans:
        return list(matches)
    index = _Spans(spans)
    return [
        m
        for m in matches
        if not any(
            s.start - margin < m.end and m.start < s.end + margin for s in index.around(m, margin)
        )
    ]


def _evidence(found: list[Match], notes: dict[Match, str] | None = None) -> list[Evidence]:
    """Evidence for the tightest of overlapping stretches, in reading order (at most three)."""
    kept: list[Match] = []
    for m in sorted(found, key=lambda m: m.end - m.start):
        if not any(k.field is m.field and k.start < m.end and m.start < k.end for k in kept):
            kept.append(m)
            if len(kept) == _KEEP:
                break
    kept.sort(key=lambda m: (m.field.path, m.start))
    if not notes:
        return evidence_of(kept)
    return [m.evidence(notes.get(m)) for m in kept[:3]]


_KEEP = 30  # candidate quotes considered for evidence, whatever the length of the text


def _gbp(money: Money) -> float:
    """The top of the amount in pounds, roughly (0 without an amount)."""
    value = money.approx_gbp()
    return value[1] if value else 0.0


def _case_sensitive(name: str, pattern: str) -> Concept:
    """A word-bounded concept that tells capitals apart (vocabularies never do)."""
    return Concept(name, re.compile(rf"(?<![\w@])(?:{pattern})(?![\w@])"))


# --- shared vocabularies --------------------------------------------------------------------------

#: Words of pay. Salaries are deliberately absent: they are what genuine recruiters talk about.
PAY = vocabulary(
    "money.pay", "pay", "pays", "paying", "payment*", "fee", "fees", "honorari*",
    "re:paid(?!\\s+(?:time\\s+off|holidays?|leave|vacations?|sick|parental|annual\\s+leave))",
    "remunerat*", "compensat*", "reward", "rewards", "rewarded", "stipend*", "retainer*",
    "royalt*", "commission*", "earn", "earns", "earning", "earnings", "lucrative", "day rate",
    "daily rate",
    "hourly rate", "re:rate\\s+(?:of|per)",
)  # fmt: skip
#: Pay that is not on offer: declined ("there is no payment", "unpaid") or charged to the
#: recipient ("registration fee", "article processing charge", "fees waived").
REFUSED = vocabulary(
    "money.refused", "unpaid", "article processing charge*", "apc", "apcs",
    "re:(?:no|not|never|without|cannot|can't|unable)\\W+(?:\\w+\\W+){0,4}?"
    "(?:pay\\w*|fees?|honorari\\w*|remunerat\\w*|compensat\\w*|stipends?)",
    "re:(?:registration|publication|processing|submission|conference|attendance|membership|"
    "course|training|certification|enrol(?:l)?ment|tuition|visa|application|joining)\\s+"
    "(?:fees?|charges?|costs?)",
    "re:(?:fees?|charges?)\\s+(?:is\\s+|are\\s+)?waived",
    "re:waiv\\w*\\s+(?:the\\s+|all\\s+)?(?:fees?|charges?)",
)  # fmt: skip
#: Words that make an amount a salary ("salary £85-100k plus equity").
SALARY = vocabulary(
    "money.salary", "salary", "salaries", "base", "package", "ote", "per annum", "equity",
    "pension", "benefits", "bonus", "ctc", "lpa", "gross", "net", "tax free", "tax-free",
    "options", "rsu", "rsus", "stock", "pro rata", "pro-rata", "re:x\\s?1[2-6]",
)  # fmt: skip

_WRITE_VERB = (
    r"(?:write|writes|writing|wrote|written|prepar\w*|draft\w*|produc\w*|author\w*|contribut\w*"
    r"|deliver\w*|commission\w*)"
)
_WRITTEN_THING = (
    r"(?:papers?|reports?|pieces?|notes?|memos?|briefs?|briefings?|summar(?:y|ies)|analys[ie]s"
    r"|essays?|articles?|assessments?|overviews?|reviews?|comments?|columns?|inputs?|samples?"
    r"|updates?|debriefs?|studies|study)"
)
#: Written deliverables: reports, papers, analyses, briefs, notes, articles, "N pages".
WRITTEN = vocabulary(
    "money.written",
    "re:r(?<!direct\\sr)eports?(?!\\s+(?:to|into|directly|back)(?!\\w))",
    "white paper*", "position paper*", "policy paper*", "discussion paper*", "working paper*",
    "background paper*", "analysis paper*", "analytical paper*", "research report*",
    "short paper*", "brief paper*", "research paper*", "concept paper*",
    "re:papers?\\s+of\\s+(?:about\\s+)?\\d",
    f"re:{_WRITE_VERB}\\s+(?:\\w{{1,15}}\\s+){{0,3}}?{_WRITTEN_THING}",
    "short analysis", "short analyses", "brief analysis", "written analysis", "your analysis",
    "each analysis", "every analysis", "per analysis", "briefing",
    "expert analysis", "detailed analysis", "independent analysis",
    "briefings", "briefs", "debrief*", "memo", "memos", "memorand*", "essay*", "article*",
    "column*", "op-ed*", "op ed*", "write-up*", "writeup*", "writing sample*",
    "re:written\\s+(?:inputs?|pieces?|work|contributions?|submissions?|responses?|answers?|"
    "comments?|analys[ie]s|reports?|briefs?|views?)",
    "re:(?:background|briefing|research|policy|short|written|analytical|analyst|industry|market|"
    "country|situation|sector|intelligence|internal|expert)\\s+notes?",
    "re:(?:\\d{1,3}(?:\\s*(?:-|to)\\s*\\d{1,3})?|one|two|three|four|five|six|eight|ten|a\\s+few)"
    "[\\s-]*pages?",
    "re:\\d{1,2}(?:[,.]?\\d{3})?(?:\\s*(?:-|to)\\s*\\d{1,2}(?:[,.]?\\d{3})?)?[\\s-]*words",
)  # fmt: skip
#: Expertise sold as views or consultations (what expert networks also sell, for calls).
VIEWS = vocabulary(
    "money.views",
    "insight", "insights", "perspective", "perspectives", "consultation*", "consultative",
    # Consultancy as work, not as the recruiter's firm ("a leading consultancy, paying £90k").
    "re:(?:consult(?:ing|ancy)|advisory)\\s+(?:work|projects?|fees?|basis|engagements?|"
    "arrangements?|services|opportunit(?:y|ies)|assignments?|retainers?|contracts?|capacity|"
    "boards?|roles?|panels?|councils?|positions?|calls?|sessions?)",
    "re:(?:paid|part[\\s-]time|freelance|private|remote|short[\\s-]term|occasional|ad[\\s-]hoc)\\s+"
    "(?:consulting|consultancy|advisory)",
    "re:(?:as|do|doing|some|for)\\s+(?:consulting|consultancy)",
    "re:consult\\s+(?:for|with)\\s+(?:us|our|them|the|a|my)",
    "advisers", "advisors", "senior adviser", "senior advisor",
    "re:as\\s+(?:an?|our)\\s+(?:\\w+\\s+)?advis[eo]r",
    "re:(?:your|personal|expert|professional|practitioner'?s?|own)\\s+(?:views?|opinions?|"
    "takes?|expertise|assessments?|judg(?:e)?ments?|knowledge)",
    "re:share\\s+(?:\\w+\\s+){0,2}?(?:views?|thoughts|opinions?|insights?|expertise|knowledge|"
    "experience|perspectives?)",
    "expert call*", "expert consultation*", "expert interview*", "expert session*",
    "expert network*", "expert panel*", "paid call*", "phone call*",
)  # fmt: skip
#: Talks: paid only as speaking engagements when an event is named.
TALK = vocabulary(
    "money.talk", "presentation*", "lecture", "lectures", "keynote*", "speech", "speeches",
    "speaking engagement*", "speaker fee*", "speaking fee*",
    "re:(?:a|the|your|give|giving|deliver\\w*|invited|short)\\s+(?:\\w+\\s+)?talks?",
)  # fmt: skip
EVENT = vocabulary(
    "money.event", "conference*", "symposi*", "summit*", "forum*", "congress*", "workshop*",
    "webinar*", "seminar*", "winter school*", "summer school*", "colloqui*", "festival*", "expo",
    "panel discussion*", "panel session*", "roundtable*", "round table*", "speakers",
    "invited speaker*", "keynote speaker*", "programme committee", "program committee",
)  # fmt: skip
#: Scholarly publishing: invited chapters, reviews and articles with a modest honorarium.
SCHOLARLY = vocabulary(
    "money.scholarly", "handbook*", "encyclopedia*", "encyclopaedia*", "special issue*",
    "special topic*", "guest edit*", "section editor*", "associate editor*", "editorial office",
    "editorial committee", "editorial board", "editorial team", "author guidelines",
    "contributor agreement*", "peer review*", "book chapter*", "chapter", "chapters",
    "proceedings", "published literature", "journal", "journals", "annual review*",
    "re:review\\s+of\\s+(?:the\\s+)?published",
)  # fmt: skip
_SCHOLARLY_NEEDLES = ("chapter", "journal", "handbook", "encyclop", "editor", "review", "proceed")
#: What genuine expert networks say they will not ask, and the compliance steps they require.
SAFEGUARDS = vocabulary(
    "money.safeguards",
    "re:(?:no|not|never|without|don't|won't|doesn't|didn't|can't|cannot|shouldn't|wouldn't)\\W+(?:[\\w']+\\W+){0,8}?(?:confidential|non[\\s-]?public|"
    "proprietary|classified|mnpi|sensitive)",
    "material non-public", "material non public", "mnpi", "conflict of interest",
    "conflicts of interest", "expert terms", "outside-activities policy",
    "outside activities policy",
    "re:compliance\\s+(?:team|check\\w*|process\\w*|review\\w*|training|tutorial|terms|"
    "requirements?|polic(?:y|ies)|procedures?|certification)",
    "re:employer'?s?\\s+(?:\\w+\\s+){0,2}?(?:polic(?:y|ies)|permission|consent|approval|"
    "pre-approval)",
    "re:(?:permitted|prohibited|allowed)\\s+(?:\\w+\\s+){0,3}?by\\s+your\\s+employer",
)  # fmt: skip
_SAFEGUARD_NEEDLES = ("confidential", "public", "compliance", "employer", "mnpi")


def _offered_pay(ctx: ScreeningContext) -> list[tuple[Match, Money]]:
    """The amounts that are not salaries: not annual, not written beside salary words ("salary
    £85-100k", "£95-115k base + equity"), which is how recruiters state pay."""
    amounts = [(m, x) for m, x in _money(ctx) if not x.qualitative and x.period != "year"]
    salary = _find(ctx, SALARY) if amounts else ()
    if not salary:
        return amounts
    index = _Spans(salary)
    return [
        (m, x)
        for m, x in amounts
        if not any(m.start - 25 <= s.end and s.start <= m.end + 15 for s in index.around(m, 25))
    ]


def _safeguarded(ctx: ScreeningContext) -> bool:
    """Whether the messages carry expert-network safeguards (see :data:`SAFEGUARDS`)."""
    return _mentions(ctx, _SAFEGUARD_NEEDLES) and bool(_find(ctx, SAFEGUARDS))


def _scholarly(ctx: ScreeningContext) -> bool:
    """Whether the messages are about scholarly publishing (see :data:`SCHOLARLY`)."""
    return _mentions(ctx, _SCHOLARLY_NEEDLES) and bool(_find(ctx, SCHOLARLY))


# --- too good to be true --------------------------------------------------------------------------

#: Little effort: short pieces, few pages, a few hours or minutes a day, simple tasks.
LITTLE_EFFORT = vocabulary(
    "money.little_effort",
    "re:(?:short|brief|quick|small)\\s+(?:written\\s+)?(?:reports?|papers?|notes?|analys[ie]s|"
    "pieces?|articles?|essays?|summar(?:y|ies)|briefs?|write[\\s-]?ups?|memos?|overviews?|inputs?|"
    "samples?|debriefs?)",
    "re:(?:one|two|three|a\\s+few|[1-5])(?:\\s*-\\s*[2-5])?[\\s-]*pages?",
    "one-pager*", "one pager*",
    "re:(?:\\d{1,2}|a\\s+few|few|one|two|three|four|five)(?:\\s*(?:-|to)\\s*\\d{1,2})?\\s*"
    "(?:minutes?|mins?|hours?|hrs?)\\s*(?:(?:a|per|each|every)\\s+)?(?:day|week|month|d|wk)",
    "re:(?:only|just)\\s+(?:takes?\\s+)?(?:\\d{1,2}|a\\s+few|few)\\s*(?:minutes?|mins?|hours?)",
    "spare time", "free time", "simple task*", "easy task*", "simple job*", "easy job*",
    "simple work", "easy work", "a few clicks", "just click*",
)  # fmt: skip
#: Short conversations: "a one-hour briefing", "a 30-minute call" (not talks at events).
SHORT_SESSION = vocabulary(
    "money.short_session",
    "re:(?:\\d{1,2}|one|two|half|an?)[\\s-]*(?:hours?|hrs?|minutes?|mins?)[\\s-]+(?:long\\s+)?"
    "(?:briefings?|calls?|chats?|conversations?|consultations?|interviews?|sessions?|meetings?)",
)
#: Easy money and pay above the norm, stated outright.
EXTRAVAGANT = vocabulary(
    "money.extravagant",
    "re:no\\s+(?:prior\\s+|previous\\s+|work\\s+)?(?:experience|qualifications?|skills?|degree)"
    "(?:\\s+(?:or\\s+|and\\s+)?\\w+)?\\s+(?:is\\s+)?(?:needed|required|necessary)",
    "no qualification no experience",
    "re:guaranteed\\s+(?:\\w+\\s+)?(?:income|earnings|pay|payments?|returns?|profits?)",
    "easy money", "quick money", "fast money", "fast cash", "easy cash", "passive income",
    "financial freedom", "be your own boss", "unlimited earning*", "make money online",
    "earn money online", "make money from home", "earn money from home",
    "re:(?:get\\s+)?paid\\s+(?:daily|every\\s+day|the\\s+same\\s+day|same[\\s-]day)",
    "daily pay", "daily payout*", "daily payment*", "same-day pay", "same day pay",
    "re:(?:earn|make)\\s+(?:\\S+\\s+){0,4}?(?:from|at)\\s+(?:the\\s+comfort\\s+of\\s+)?"
    "(?:your\\s+)?(?:own\\s+)?home",
    "re:lucrative\\s+(?:\\w+\\s+)?(?:opportunit\\w+|consult\\w+|advis\\w+|work|offers?|deals?|"
    "contracts?|roles?|positions?|jobs?|gigs?|projects?|side\\s+\\w+)",
    "re:(?:work|working)\\s+(?:from|at)\\s+home\\W+(?:and\\s+)?(?:earn|make)",
    "support you financially", "financially support you",
    "re:support\\s+your\\s+living\\s+(?:costs|expenses)\\s+while",
    "re:(?:job|placement|employment|position)\\s+(?:is\\s+)?guaranteed",
    "re:guaranteed\\s+(?:job|placement|employment|position)s?",
    "re:(?:well|far|way|significantly|substantially|much)\\s+above\\s+(?:the\\s+)?(?:market|"
    "average|norm|normal|going\\s+rate|industry)",
    "re:(?:\\d(?:\\.\\d)?\\s?x|double|twice|triple|three\\s+times)\\s+(?:the\\s+)?(?:market|"
    "going|usual|normal|average|standard|industry)(?:\\s+(?:rates?|salary|salaries|pay))?",
)  # fmt: skip
#: Flexibility beyond the ordinary ("work whenever you like", "a few hours a week").
FLEXIBLE = vocabulary(
    "money.flexible",
    "re:when(?:ever)?\\s+you\\s+(?:like|want|wish|choose|are\\s+free|have\\s+(?:the\\s+)?time)",
    "re:(?:set|choose|pick)\\s+your\\s+own\\s+(?:hours|schedule|times?)", "own hours",
    "at your own pace", "spare time", "free time", "totally flexible",
    "completely flexible",
    "re:(?:a\\s+few|few|one|two|three|[1-5])\\s+hours?\\s+of\\s+your\\s+time",
    "re:(?:a\\s+few|few|one|two|three|[1-5](?:\\s*-\\s*\\d{1,2})?)\\s+hours?\\s+(?:a|per|each|every)\\s+"
    "(?:week|month|day)",
)  # fmt: skip
#: Ordinary flexibility, which counts only beside extravagant pay ("flexible, remote, well paid").
FLEXIBLE_SOFT = vocabulary(
    "money.flexible_soft", "flexible", "remote", "part-time", "part time", "from home"
)
#: Part-time presence for large sums (talent programmes: "2 months per year").
PART_TIME = vocabulary(
    "money.part_time", "part-time", "part time", "summers", "while in residence",
    "re:\\d{1,2}\\s+(?:months?|weeks?)\\s+(?:a|per|each|every)\\s+year",
)  # fmt: skip
#: Qualitative money mentions that are extravagant on their own ("paid handsomely").
_EXTRAVAGANT_WORDS = frozenset(
    {"handsome", "handsomely", "lucrative", "lavishly", "richly", "huge", "hefty", "fat", "big"}
)

#: Rates (in pounds) far above the norm: per hour or call, day, week, month.
_HIGH_RATE = {"hour": 150.0, "call": 150.0, "day": 1_200.0, "week": 2_500.0, "month": 20_000.0}
_HIGH_PIECE = 1_000.0  # per report, article or other piece of work
_HIGH_FEE = 5_000.0  # a consulting or advisory fee
_PIECES = ("report", "article", "task", "item")
#: Amounts (in pounds) that count when offered for little effort, by period (else a lump sum).
_LITTLE_EFFORT_PAY = {"hour": 40.0, "day": 150.0, "week": 150.0, "month": 500.0}
_LITTLE_EFFORT_SUM = 500.0
_SUM_PERIODS = (None, "item", "call", "task", "report", "article")
_LARGE_SUM = 100_000.0  # for part-time presence

_PER = {"hour": "an hour", "call": "a call", "day": "a day", "week": "a week", "month": "a month"}
_Amounts = list[tuple[Match, Money]]


def _high_rates(amounts: _Amounts, safeguarded: bool, notes: dict[Match, str]) -> list[Match]:
    """Rates far above the norm, per period or per piece of work."""
    found: list[Match] = []
    for match, amount in amounts:
        value, period = _gbp(amount), amount.period or ""
        threshold = _HIGH_RATE.get(period)
        if threshold is not None and value >= threshold:
            if safeguarded and period in ("hour", "call"):
                continue  # the market rate of an expert-network call
            notes[match] = f"about £{value:,.0f} {_PER[period]}"
        elif period in _PIECES and value >= _HIGH_PIECE:
            notes[match] = f"about £{value:,.0f} per piece of work"
        else:
            continue
        found.append(match)
    return found


def _for_little_effort(ctx: ScreeningContext, pay: _Amounts, safeguarded: bool) -> list[Match]:
    """Amounts offered for short pieces, a few pages, a few hours or minutes, simple tasks, and
    (without expert-network safeguards) for an hour's call or briefing."""
    offered = [
        m for m, x in pay if _gbp(x) >= _LITTLE_EFFORT_PAY.get(x.period or "", _LITTLE_EFFORT_SUM)
    ]
    if not offered:
        return []
    found = _near(offered, _find(ctx, LITTLE_EFFORT), window=160)
    if not safeguarded:  # a sum for an hour's call, not a day rate beside "a 15-minute call"
        sums = [m for m, x in pay if x.period in _SUM_PERIODS and _gbp(x) >= _LITTLE_EFFORT_SUM]
        found += _near(sums, _find(ctx, SHORT_SESSION), window=100)
    return found


def _for_written_work(ctx: ScreeningContext, pay: _Amounts, safeguarded: bool) -> list[Match]:
    """Large sums for a written piece or for consultancy: "writing papers of 10 pages ... GBP
    2,500 each", "a consulting fee of USD 10,000"."""
    found: list[Match] = []
    pieces = [m for m, x in pay if x.period in (None, "item") and _gbp(x) >= _HIGH_PIECE]
    if pieces and not _scholarly(ctx):
        found += _near(pieces, _find(ctx, WRITTEN), window=150)
    fees = [m for m, x in pay if x.period in (None, "item") and _gbp(x) >= _HIGH_FEE]
    if fees and not safeguarded:
        found += _near(fees, _find(ctx, VIEWS), window=120)
    return found


def _for_flexibility(ctx: ScreeningContext, pay: _Amounts) -> list[Match]:
    """Pay beside unusual flexibility: "work whenever you like", "a few hours a week"."""
    flexible = _find(ctx, FLEXIBLE)
    if not flexible:
        return []
    return _near([m for m, _ in pay], flexible, 100) + _near(_find(ctx, PAY), flexible, 100)


def _extravagant(ctx: ScreeningContext) -> list[Match]:
    """Easy money, pay above the market, "paid handsomely", "well paid" beside "flexible"."""
    found = list(_find(ctx, EXTRAVAGANT))
    words = [(m, x) for m, x in _money(ctx) if x.qualitative]
    found += [m for m, x in words if x.qualifier in _EXTRAVAGANT_WORDS]
    well_paid = [m for m, x in words if x.qualifier in ("well", "highly")]
    if well_paid:
        found += _near(well_paid, _find(ctx, FLEXIBLE_SOFT), window=60)
    return found


@indicator("message.too_good_to_be_true", "Disproportionate pay, fees or flexibility")
def too_good_to_be_true(ctx: ScreeningContext) -> list[Evidence]:
    """Pay out of proportion to the work (NPSA / FBI "Think Before You Link": offers that are too
    good to be true). Fires on: £150 or more an hour or a call, £1,200 a day, £2,500 a week,
    £20,000 a month; £1,000 or more per report, article or piece, or beside a written
    deliverable; £5,000 or more as a consulting or advisory fee; an amount offered for little
    effort ("£3,000 for a short report", "$300-$800 daily" for "30-60 minutes a day", "USD
    1,500/month for 5-6 hours per week"); easy money ("no experience needed", "guaranteed
    income", "paid daily", "earn from home", "your job is guaranteed", "support you
    financially"); pay "well above market" or "1.5x market salary"; extravagant words ("paid
    handsomely", "lucrative") or "well paid" beside "flexible", "remote" or "part-time"; pay
    beside unusual flexibility ("work whenever you like", "a few hours a week"); £100,000 or more
    for part-time presence ("2 months per year"). Amounts are converted to pounds roughly
    (:data:`countersight.screening.money.APPROX_GBP`).

    Deliberately ignores salaries (annual amounts, amounts beside "salary", "base", "bonus",
    "equity", "package"), however large, unless monthly pay reaches £20,000; ordinary
    flexibility ("hybrid", "flexible working"); modest honoraria for scholarly writing. Hourly
    and per-call rates are ignored when the messages carry expert-network safeguards (no
    confidential or non-public information, the employer's permission): that is the market rate
    for an expert call.
    """
    found: list[Match] = []
    notes: dict[Match, str] = {}
    amounts = [(m, x) for m, x in _money(ctx) if not x.qualitative]
    if amounts:
        safeguarded = _safeguarded(ctx)
        pay = _offered_pay(ctx)
        found += _high_rates(amounts, safeguarded, notes)
        found += _for_little_effort(ctx, pay, safeguarded)
        found += _for_written_work(ctx, pay, safeguarded)
        found += _for_flexibility(ctx, pay)
        large = [m for m, x in pay if _gbp(x) >= _LARGE_SUM]
        if large:
            found += _near(large, _find(ctx, PART_TIME), window=150)
    else:
        found += _for_flexibility(ctx, [])
    found += _extravagant(ctx)
    return _evidence(found, notes)


# --- paid reports ---------------------------------------------------------------------------------


def _payment_offers(ctx: ScreeningContext) -> list[Match]:
    """Pay words and amounts that offer the recipient money: not salaries, not fees the
    recipient would pay, not pay that is declined ("there is no payment")."""
    refused = _find(ctx, REFUSED)
    amounts = [m for m, _ in _offered_pay(ctx)]
    return _outside(_find(ctx, PAY), refused) + _outside(amounts, refused, margin=40)


@indicator("message.paid_reports", "Payment offered for reports, insights or consultancy")
def paid_reports(ctx: ScreeningContext) -> list[Evidence]:
    """Payment offered for written reports, white papers, analyses, briefs, notes, articles,
    "insights", "perspectives", views, consultancy or advisory work (NPSA "Think Before You Link":
    paid reports are the classic first step in extracting information). Fires on a payment word
    or an amount within 150 characters of a written deliverable, or 120 of a consultancy or
    "insight" word, in the same message, and on amounts quoted per report or article ("£500 per
    brief", "$200-250 a piece").

    Deliberately does not fire on: salaries; fees the recipient would pay (registration,
    publication); pay that is declined ("there is no payment"); paid talks when an event is
    named (keynote honoraria: their travel is a travel offer); paid chapters, reviews and
    articles for scholarly publishers (handbooks, journals, encyclopedias); and paid calls,
    consultations or "perspectives" when the messages carry expert-network safeguards (no
    confidential or non-public information, the employer's permission, compliance terms), the
    hard negative of genuine expert networks. Written reports requested alongside such
    safeguards still count: the safeguards cover a conversation, not a document.
    """
    offers = _payment_offers(ctx)
    if not offers:
        return []
    found: list[Match] = []
    if not _scholarly(ctx):
        found += [m for m, x in _money(ctx) if x.period in ("report", "article")]
        found += _near(offers, _find(ctx, WRITTEN), window=150)
    if _mentions(ctx, ("present", "lecture", "talk", "keynote", "speech", "speak")):
        talks = _find(ctx, TALK)
        if talks and not _find(ctx, EVENT):
            found += _near(offers, talks, window=120)
    if not _safeguarded(ctx):
        found += _near(offers, _find(ctx, VIEWS), window=120)
    return _evidence(found)


# --- unusual payment ------------------------------------------------------------------------------

_ORGS = (
    "exchange|exchanges|firm|firms|company|companies|industry|startup|start-up|space|sector|"
    "project|projects|team|platform|market|markets|fund|funds|native|community|startups"
)
CRYPTO = vocabulary(
    "money.crypto", f"re:crypto(?:currenc(?:y|ies))?(?!\\s+(?:{_ORGS})(?!\\w))", "bitcoin*",
    "btc", "usdt", "usdc", "tether", "stablecoin*", "ethereum", "trc20", "trc-20", "erc20",
    "erc-20", "crypto wallet*", "bitcoin atm*", "trust wallet", "metamask", "wallet address*",
    "digital currenc*", "virtual currenc*", "monero", "litecoin",
)  # fmt: skip
_CRYPTO_NEEDLES = ("crypto", "bitcoin", "btc", "usdt", "usdc", "tether", "wallet", "currenc")
#: Moving money, in either direction.
TRANSFER = vocabulary(
    "money.transfer", "pay", "pays", "paid", "paying", "payment*", "salary", "salaries",
    "compensat*", "remunerat*", "fee", "fees", "wage*", "commission*", "earn*", "deposit*",
    "withdraw*", "recharge*", "transfer*", "send", "sent", "receive*", "payout*", "settle*",
    "bonus", "funds", "money", "reward*", "top up", "top-up", "prefer",
)  # fmt: skip
#: Payment words for intermediaries and accounts (narrower than :data:`TRANSFER`).
PAYMENT = vocabulary(
    "money.payment", "pay", "pays", "paid", "paying", "payable", "payment*", "salary",
    "salaries", "wage*", "fee", "fees", "compensat*", "remunerat*", "transfer*", "deposit*",
    "payout*", "funds",
)  # fmt: skip
#: Ways of paying that no employer uses, stated outright.
OFF_BOOKS = vocabulary(
    "money.off_books",
    "re:(?:paid|pay|pays|paying|payment|payments|settled?|given|handed|fee)\\s+"
    "(?:[\\w']+\\s+){0,4}?in\\s+cash(?!\\s*(?:(?:and|or|\\+|&)\\s*)?(?:equity|stock|shares|options))",
    "re:pay\\s+(?:you\\s+)?(?:in\\s+)?cash",
    "cash in hand", "cash-in-hand", "cash payment*", "cash only", "envelope of cash",
    "envelopes of cash", "cash envelope*",
    "gift card*", "giftcard*", "gift voucher*", "gift certificate*", "e-gift*", "itunes card*",
    "google play card*", "steam card*", "amazon card*", "amazon gift*", "prepaid card*",
    "prepaid visa", "prepaid debit card*", "green dot", "vanilla card*", "vanilla visa",
    "western union", "moneygram", "money gram", "money order*",
    "overpay*",
    "re:(?:send|transfer|forward|refund|return)\\w*\\s+(?:back\\s+)?(?:the\\s+)?(?:difference|excess|"
    "remainder|remaining\\s+(?:balance|amount|funds)|rest\\s+of\\s+the\\s+(?:money|funds))",
    "re:remaining\\s+(?:balance|amount|funds)\\s+(?:will|should|must|is\\s+to|to)\\s+"
    "(?:\\w+\\s+){0,2}?(?:sent|transferred|forwarded|paid)",
    "re:forward\\s+the\\s+(?:funds|money|payments?)",
    "re:bank\\s+accounts?\\s+(?:\\w+\\s+){0,4}?(?:which|that)\\s+we\\s+(?:will\\s+|can\\s+)?"
    "help\\s+you\\s+(?:to\\s+)?open",
)  # fmt: skip
_OFF_BOOKS_NEEDLES = (
    "cash", "gift", "itunes", "google play", "steam card", "amazon", "prepaid", "green dot",
    "vanilla", "western union", "moneygram", "money gram", "money order", "overpa", "difference",
    "excess", "remainder", "remaining", "rest of", "forward", "help you open",
)  # fmt: skip
P2P_APP = vocabulary("money.p2p_app", "zelle", "cash app", "cashapp", "venmo")
_PARTY = (
    "partner", "consulting", "consultancy", "shell", "front", "another", "different", "sister",
    "affiliate", "affiliated", "intermediary", "separate", "associated",
)  # fmt: skip
_ENTITY = ("company", "companies", "firm", "firms", "organisation", "organization", "agency",
           "agencies", "entity", "entities")  # fmt: skip
_DESIGNATED = ("accredited", "appointed", "approved", "authorised", "authorized", "designated")
_AGENT = ("agent", "agents", "vendor", "vendors", "supplier", "suppliers")
#: Someone other than the payer: a third party, a partner company, a friend, a designated agent.
INTERMEDIARY = vocabulary(
    "money.intermediary", "third party", "third-party", "third parties", "friend of mine",
    "relatives", "family member*", "intermediar*", "middleman", "middlemen",
    *(f"{p} {e}" for p in _PARTY for e in _ENTITY),
    *(f"{d} {a}" for d in _DESIGNATED for a in (*_AGENT, "partner", "partners")),
    *(f"{o} {a}" for o in ("our", "their", "partner") for a in _AGENT),
    "re:(?:accredited|appointed|approved|authori[sz]ed|designated|our|their)\\s+\\w+\\s+"
    "(?:agents?|vendors?|suppliers?|partners?)",
    "a friend", "my friend", "our friend", "my friends", "our friends", "friends and family",
    "subsidiary", "subsidiaries",
    "on our behalf", "on my behalf", "on their behalf", "on his behalf", "on her behalf",
)  # fmt: skip
#: Personal, private or offshore accounts for payments.
ACCOUNT = vocabulary(
    "money.account",
    "re:(?:personal|private|offshore|someone\\s+else'?s|friend'?s|relative'?s|separate)\\s+"
    "(?:bank\\s+)?accounts?",
    "re:(?:help\\s+you\\s+|you\\s+)?(?:open|set\\s+up)\\s+(?:a|an)\\s+(?:new\\s+)?(?:bank\\s+)?"
    "account\\s+(?:in|abroad|overseas|with)",
)  # fmt: skip
CHEQUE = vocabulary(
    "money.cheque", "cheque*", "cashier's check*", "certified check*", "e-check*",
    "mobile deposit",
    "re:(?:send|mail|post|issue|deposit|cash|receive|deliver)\\w*\\s+(?:you\\s+)?"
    "(?:a|the|your|this|our)\\s+(?:(?!background|security|reference|credit|identity|criminal|"
    "health|quick|final)\\w+\\s+)?checks?(?![\\w-])",
    "re:checks?\\s+(?:of|for)\\s+(?:\\$|usd|us\\$)",
)  # fmt: skip
#: Buying equipment or software through the sender's vendor (the fake-cheque scam).
PURCHASE = vocabulary(
    "money.purchase", "equipment", "supplies", "laptop*", "macbook*", "computer*", "software",
    "licence*", "license*", "home office", "workstation*", "work station*", "printer*",
    "monitor*", "vendor*", "supplier*", "buy*", "purchas*",
)  # fmt: skip
#: Wallet addresses: bech32 and legacy bitcoin, Ethereum-style, TRON.
WALLET = _case_sensitive(
    "money.wallet",
    r"bc1[02-9ac-hj-np-z]{11,71}|[13][a-km-zA-HJ-NP-Z1-9]{25,34}|0x[a-fA-F0-9]{40}"
    r"|T[1-9A-HJ-NP-Za-km-z]{33}",
)


@indicator("message.unusual_payment", "Payment in crypto, cash, gift cards or via third parties")
def unusual_payment(ctx: ScreeningContext) -> list[Evidence]:
    """Payment by means that leave no trail or that no employer uses (NPSA / FBI guidance; FTC
    job-scam advice): crypto-assets (an amount in BTC or USDT, "we can pay in USDT", a wallet
    address), cash ("we prefer to pay in cash"), gift and prepaid cards, Western Union,
    MoneyGram, money orders, Zelle/Venmo/Cash App for pay; payment through a third party, a
    partner or consulting company, a friend or a designated agent; payment into a personal,
    private or newly opened account; a cheque to buy equipment from the sender's vendor;
    sending on the remainder of a payment.

    Deliberately ignores a crypto company as an employer ("a crypto exchange", "crypto
    industry"), cash as part of a package ("cash and equity", "cash bonus"), bank transfers and
    PayPal on their own, background or security checks, and book vouchers from publishers.
    """
    found: list[Match] = [m for m, x in _money(ctx) if x.crypto]
    if _mentions(ctx, _CRYPTO_NEEDLES):
        found += _near(_find(ctx, CRYPTO), _find(ctx, TRANSFER), window=80)
        found += ctx.find(WALLET)
    if _mentions(ctx, _OFF_BOOKS_NEEDLES):
        found += _find(ctx, OFF_BOOKS)
    if _mentions(ctx, ("zelle", "cash app", "cashapp", "venmo")):
        found += _near(_find(ctx, P2P_APP), _find(ctx, TRANSFER), window=80)
    payments = _find(ctx, PAYMENT)
    if payments:
        found += _near(payments, _find(ctx, INTERMEDIARY), window=80)
        if _mentions(ctx, ("account",)):
            found += _near(_find(ctx, ACCOUNT), payments, window=80)
    if _mentions(ctx, ("cheque", "check", "mobile deposit")):
        found += _near(_find(ctx, CHEQUE), _find(ctx, PURCHASE), window=200)
    return _evidence(found)


# --- travel offer ---------------------------------------------------------------------------------

TRAVEL = vocabulary(
    "money.travel",
    # Travel as a duty of the job ("involves occasional travel", "travel required") is not paid.
    "re:travel(?<!occasional\\stravel)(?<!regular\\stravel)(?<!frequent\\stravel)"
    "(?<!some\\stravel)(?<!extensive\\stravel)(?<!involves\\stravel)(?<!requires\\stravel)"
    "(?<!require\\stravel)(?<!business\\stravel)"
    "(?:s|ling|ing)?(?!\\s+(?:is\\s+)?(?:required|involved|expected))",
    "trip", "trips", "flight*",
    "airfare*", "air fare*", "air ticket*", "plane ticket*", "air travel", "return ticket*",
    "round trip*", "round-trip*", "hotel*", "accommodation*", "lodging*", "per diem*",
    "business class", "business-class", "first class", "economy class", "economy plus",
    "economy-plus", "study tour*", "summer exchange*", "airport pick-up", "airport pickup",
    "airport transfer*", "exchange trip*", "exchange programme*", "exchange program*",
    "exchange visit*",
)  # fmt: skip
#: Paying for travel, said before it: "we cover flights", "will pay your travel", "a sponsored
#: trip", "arrange the round trip".
COVERS = vocabulary(
    "money.covers", "cover", "covers", "covering", "pay", "pays", "paying", "pay for",
    "pays for", "reimburse", "reimburses", "sponsor", "sponsors", "provide", "provides",
    "providing", "arrange", "arranges", "arranging", "book", "books", "include", "includes",
    "including", "bear", "bears", "take care of",
    "complimentary", "paid", "sponsored", "funded", "fully paid", "fully funded",
    "fully sponsored", "fully covered", "all expenses", "all-expenses*", "expenses paid",
    "expense paid",
)  # fmt: skip
#: Paying for travel, said after it: "flights and hotel covered", "travel reimbursement".
COVERED = vocabulary(
    "money.covered", "covered", "paid", "paid for", "included", "provided", "reimbursed",
    "reimbursement*", "re:sponsored(?!\\s+(?:\\S+\\s+){0,2}?visas?)", "funded", "borne",
    "booked", "arranged", "taken care of", "on us", "at our expense", "at our cost",
    "at no cost", "free of charge", "complimentary", "expensed", "fully paid", "fully funded",
    "fully sponsored", "fully covered", "fully expensed",
)  # fmt: skip
#: Expenses paid, stated outright.
EXPENSES_PAID = vocabulary(
    "money.expenses_paid",
    "re:all[\\s-]+(?:your\\s+|travel\\s+|related\\s+|the\\s+)?expenses",
    "re:all[\\s-]+(?:your\\s+|travel\\s+|related\\s+|the\\s+)?costs?[\\s-]+(?:\\w+\\s+){0,3}?"
    "(?:paid|covered|borne|reimbursed|met|included|sponsored|taken\\s+care\\s+of)",
    "fully expensed", "expenses-paid", "expense-paid", "at our expense", "at our cost",
    "re:(?:cover|pay|reimburse|bear)\\w*\\s+(?:for\\s+)?(?:all\\s+)?your\\s+(?:travel\\s+)?"
    "(?:expenses|costs)",
)  # fmt: skip
_VENUE = (
    r"(?:headquarters|hq|offices?|campus|labs?|laborator(?:y|ies)|institute|facilit(?:y|ies)|"
    r"factory|plant|site|premises|university|centre|center|city|country|company|base)"
)
#: Invitations to come over: "invite you to visit", "come to our headquarters", "host you in",
#: "fly you out".
INVITATION = vocabulary(
    "money.invitation",
    "re:invit\\w*\\s+(?:you\\s+)?(?:\\w+\\s+){0,3}?to\\s+(?:come\\s+(?:to|and|over)|visit|travel|fly)",
    "re:invit\\w*\\s+(?:you\\s+)?(?:for|on)\\s+(?:a\\s+)?(?:visit|trip|tour|stay)",
    f"re:invit\\w*\\s+(?:you\\s+)?to\\s+(?:our|the|their)\\s+(?:\\w+\\s+)?{_VENUE}",
    f"re:come\\s+(?:and\\s+)?(?:visit|see\\s+us|to\\s+our\\s+(?:\\w+\\s+)?{_VENUE})",
    "re:(?:host|hosting|welcome|receive)\\s+you\\s+(?:in|at|for)",
    "re:fly\\s+you\\s+(?:out|over|in|to|business|first|economy|here)",
    "re:bring\\s+you\\s+(?:over|out)\\s+to",
    "re:visit\\s+us\\s+(?:in|at)(?!\\s+(?:our\\s+)?(?:booth|stand|website|site|page))",
)  # fmt: skip
_INVITATION_NEEDLES = ("invit", "come", "host", "welcome you", "receive you", "fly you",
                       "bring you", "visit us")  # fmt: skip
_NOT_A_PLACE = (
    "Zoom|Teams|Join|Speak|Present|Apply|Attend|Participate|Contribute|Give|Deliver|Be|Our|The|"
    "A|An|This|That|LinkedIn|WhatsApp|WeChat|Telegram|Signal|Skype|Slack|Google|Microsoft|Meet|"
    "Webex|Discord|Review|Submit|Write|Serve|Connect|Chat"
)
#: "invite you to <Place>": a destination recognised by its capital letter, never from a list.
INVITATION_TO_PLACE = _case_sensitive(
    "money.invitation_to_place",
    rf"(?i:invit\w*)\s+(?:you\s+)?to\s+(?!(?:{_NOT_A_PLACE})\b)[A-Z][a-z]{{2,}}",
)


@indicator("message.travel_offer", "Expenses-paid travel or an invitation to visit")
def travel_offer(ctx: ScreeningContext) -> list[Evidence]:
    """Travel paid for by the sender, or an invitation to come and visit (NPSA "Think Before You
    Link": expenses-paid trips are a step in cultivation). A neutral fact that the scorer weighs:
    conferences and employers pay travel too, and this indicator fires for them as well. Fires on
    a travel word beside a covering word ("flights and hotel covered", "we will arrange the
    round trip flights"), on expenses paid outright ("all expenses", "at our expense", "fully
    expensed", "cover your expenses") and on invitations to visit ("invite you to visit", "come
    to our headquarters", "host you in <city>", "fly you out", "invite you to <Place>").

    The destination never matters: no place is named in any vocabulary, and an invitation "to
    <Place>" is recognised by its capital letter alone. Ignores travel as a job requirement that
    nobody pays for, relocation packages and visa sponsorship on their own, and "visit our
    website".
    """
    found: list[Match] = []
    travel = _find(ctx, TRAVEL)
    if travel:
        found += _near(travel, _before(_find(ctx, COVERS), travel, window=30), window=30)
        found += _near(travel, _after(_find(ctx, COVERED), travel, window=60), window=60)
    if _mentions(ctx, ("expense", "cost")):
        found += _find(ctx, EXPENSES_PAID)
    if _mentions(ctx, _INVITATION_NEEDLES):
        found += _find(ctx, INVITATION)
    if _mentions(ctx, ("invit",)):
        found += ctx.find(INVITATION_TO_PLACE)
    return _evidence(found)
