"""Pay in the inbound messages: the amounts offered, and the words of paid work.

Shared by ``message.too_good_to_be_true`` and ``message.paid_reports``
(:mod:`.indicators.message_pay`); the amounts also by ``message.unusual_payment``. Amounts are read
through :mod:`countersight.screening.money`. Salaries are told apart from offers of pay
(:func:`offered_pay`), and two hard negatives are recognised: the safeguards of genuine expert
networks (:func:`carries_safeguards`) and scholarly publishing (:func:`is_scholarly`). No currency
is weighed above another.

Vocabularies are :mod:`countersight.screening.vocabulary` ones (the lexicon's term syntax, matched
on lower-cased text for speed); cheap substring checks skip the rarer ones.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

from countersight.screening.context import Match, ScreeningContext, TextField
from countersight.screening.money import Money, find_money
from countersight.screening.proximity import Spans, find, mentions
from countersight.screening.vocabulary import vocabulary


@lru_cache(maxsize=256)
def _money_in(fields: tuple[TextField, ...]) -> tuple[tuple[Match, Money], ...]:
    return tuple((Match(f, m.start, m.end), m) for f in fields for m in find_money(f.folded))


def money_mentions(ctx: ScreeningContext) -> Sequence[tuple[Match, Money]]:
    """Every money mention in the inbound messages, with its span as a match."""
    return _money_in(tuple(ctx.messages))


def gbp(money: Money) -> float:
    """The top of the amount in pounds, roughly (0 without an amount)."""
    value = money.approx_gbp()
    return value[1] if value else 0.0


# --- the words of paid work -----------------------------------------------------------------------

#: Words of pay. Salaries are deliberately absent: they are what genuine recruiters talk about.
PAY = vocabulary(
    "money.pay", "pay", "pays", "paying", "payment*", "fee", "fees", "honorari*",
    "re:paid(?!\\s+(?:time\\s+off|holidays?|leave|vacations?|sick|parental|annual\\s+leave))",
    "remunerat*", "compensat*", "reward", "rewards", "rewarded", "stipend*", "retainer*",
    "royalt*", "commission*", "earn", "earns", "earning", "earnings", "lucrative", "day rate",
    "daily rate",
    "hourly rate", "re:rate\\s+(?:of|per)",
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


def offered_pay(ctx: ScreeningContext) -> list[tuple[Match, Money]]:
    """The amounts that are not salaries: not annual, not written beside salary words ("salary
    £85-100k", "£95-115k base + equity"), which is how recruiters state pay."""
    amounts = [(m, x) for m, x in money_mentions(ctx) if not x.qualitative and x.period != "year"]
    salary = find(ctx, SALARY) if amounts else ()
    if not salary:
        return amounts
    index = Spans(salary)
    return [
        (m, x)
        for m, x in amounts
        if not any(m.start - 25 <= s.end and s.start <= m.end + 15 for s in index.around(m, 25))
    ]


def carries_safeguards(ctx: ScreeningContext) -> bool:
    """Whether the messages carry expert-network safeguards (see :data:`SAFEGUARDS`)."""
    return mentions(ctx, _SAFEGUARD_NEEDLES) and bool(find(ctx, SAFEGUARDS))


def is_scholarly(ctx: ScreeningContext) -> bool:
    """Whether the messages are about scholarly publishing (see :data:`SCHOLARLY`)."""
    return mentions(ctx, _SCHOLARLY_NEEDLES) and bool(find(ctx, SCHOLARLY))
