"""Pay in the inbound messages: the amounts offered, and the words of paid work.

Shared by ``message.too_good_to_be_true`` and ``message.paid_reports``
(:mod:`.indicators.message_pay`); the amounts also by ``message.unusual_payment``. Amounts are read
through :mod:`countersight.screening.money`. Salaries are told apart from offers of pay
(:func:`offered_pay`), and two hard negatives are recognised: the safeguards of genuine expert
networks (:func:`carries_safeguards`) and scholarly publishing (:func:`is_scholarly`). No currency
is weighed above another.

Vocabularies are :mod:`countersight.screening.vocabulary` ones (the lexicon's term syntax, matched
on lower-cased text for speed); cheap substring checks skip the rarer ones. What is found is kept
for the life of the context, and the salary and safeguard checks run only for amounts that would
count.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import cast

from countersight.screening.context import Match, ScreeningContext, TextField
from countersight.screening.money import ANCHOR_WORDS, Money, find_money
from countersight.screening.proximity import Spans, find, find_beside, led_by, mentions, near
from countersight.screening.vocabulary import Vocabulary, vocabulary

_Amounts = Sequence[tuple[Match, Money]]
#: Amounts with their value in pounds (:func:`gbp`).
_Valued = tuple[tuple[Match, Money, float], ...]


@dataclass
class _Pay:
    """What this module has found in one context's messages, computed on first need (it holds no
    reference to the context, which it would keep alive)."""

    money: tuple[tuple[Match, Money], ...]
    amounts: _Valued  # not qualitative, not annual: what :func:`offered_pay` may keep
    offered: _Valued | None = None
    offered_pairs: _Amounts | None = None
    safeguarded: bool | None = None
    scholarly: bool | None = None


_PAY = "pay_terms.pay"  # the context's memo key


def _money_in(field: TextField) -> tuple[Money, ...]:
    keys = field.keys  # its words, and "#" if it has a digit (see :mod:`.prefilter`)
    if keys is None:
        return find_money(field.folded)
    return find_money(field.folded, digits="#" in keys, words=ANCHOR_WORDS & keys)


def _pay(ctx: ScreeningContext) -> _Pay:
    state = cast("_Pay | None", ctx.memo.get(_PAY))
    if state is None:
        money = tuple((Match(f, m.start, m.end), m) for f in ctx.messages for m in _money_in(f))
        amounts = tuple(
            (m, x, gbp(x)) for m, x in money if not x.qualitative and x.period != "year"
        )
        state = _Pay(money, amounts)
        ctx.memo[_PAY] = state
    return state


def money_mentions(ctx: ScreeningContext) -> Sequence[tuple[Match, Money]]:
    """Every money mention in the inbound messages, with its span as a match."""
    return _pay(ctx).money


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

#: Verbs of writing, by first letter (see :func:`.proximity.led_by`).
_WRITE_VERBS = (
    r"write|writes|writing|wrote|written", r"prepar\w*|produc\w*", r"draft\w*|deliver\w*",
    r"author\w*", r"contribut\w*|commission\w*",
)  # fmt: skip
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
    *led_by(_WRITE_VERBS, f"\\s+(?:\\w{{1,15}}\\s+){{0,3}}?{_WRITTEN_THING}"),
    "short analysis", "short analyses", "brief analysis", "written analysis", "your analysis",
    "each analysis", "every analysis", "per analysis", "briefing",
    "expert analysis", "detailed analysis", "independent analysis",
    "briefings", "briefs", "debrief*", "memo", "memos", "memorand*", "essay*", "article*",
    "column*", "op-ed*", "op ed*", "write-up*", "writeup*", "writing sample*",
    "re:written\\s+(?:inputs?|pieces?|work|contributions?|submissions?|responses?|answers?|"
    "comments?|analys[ie]s|reports?|briefs?|views?)",
    *led_by(
        ("background|briefing", "research", "policy", "short|situation|sector", "written",
         "analytical|analyst", "industry|intelligence|internal", "market", "country", "expert"),
        "\\s+notes?",
    ),
    *led_by(
        ("\\d\\d{0,2}(?:\\s*(?:-|to)\\s*\\d{1,3})?", "one", "two|three|ten", "four|five", "six",
         "eight", "a\\s+few"),
        "[\\s-]*pages?",
    ),
    "re:\\d\\d?(?:[,.]?\\d{3})?(?:\\s*(?:-|to)\\s*\\d{1,2}(?:[,.]?\\d{3})?)?[\\s-]*words",
)  # fmt: skip
#: Expertise sold as views or consultations (what expert networks also sell, for calls).
VIEWS = vocabulary(
    "money.views",
    "insight", "insights", "perspective", "perspectives", "consultation*", "consultative",
    # Consultancy as work, not as the recruiter's firm ("a leading consultancy, paying £90k").
    *led_by(
        ("consult(?:ing|ancy)", "advisory"),
        "\\s+(?:work|projects?|fees?|basis|engagements?|arrangements?|services|"
        "opportunit(?:y|ies)|assignments?|retainers?|contracts?|capacity|boards?|roles?|panels?|"
        "councils?|positions?|calls?|sessions?)",
    ),
    *led_by(
        ("paid|part[\\s-]time|private", "freelance", "remote", "short[\\s-]term", "occasional",
         "ad[\\s-]hoc"),
        "\\s+(?:consulting|consultancy|advisory)",
    ),
    *led_by(("as", "do|doing", "some", "for"), "\\s+(?:consulting|consultancy)"),
    "re:consult\\s+(?:for|with)\\s+(?:us|our|them|the|a|my)",
    "advisers", "advisors", "senior adviser", "senior advisor",
    "re:as\\s+(?:an?|our)\\s+(?:\\w+\\s+)?advis[eo]r",
    *led_by(
        ("your", "personal|professional|practitioner'?s?", "expert", "own"),
        "\\s+(?:views?|opinions?|takes?|expertise|assessments?|judg(?:e)?ments?|knowledge)",
    ),
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
    *led_by(
        ("no|not|never", "without|won't|wouldn't", "don't|doesn't|didn't", "can't|cannot",
         "shouldn't"),
        "\\W+(?:[\\w']+\\W+){0,8}?(?:confidential|non[\\s-]?public|proprietary|classified|mnpi|"
        "sensitive)",
    ),
    "material non-public", "material non public", "mnpi", "conflict of interest",
    "conflicts of interest", "expert terms", "outside-activities policy",
    "outside activities policy",
    "re:compliance\\s+(?:team|check\\w*|process\\w*|review\\w*|training|tutorial|terms|"
    "requirements?|polic(?:y|ies)|procedures?|certification)",
    "re:employer'?s?\\s+(?:\\w+\\s+){0,2}?(?:polic(?:y|ies)|permission|consent|approval|"
    "pre-approval)",
    *led_by(("permitted|prohibited", "allowed"), "\\s+(?:\\w+\\s+){0,3}?by\\s+your\\s+employer"),
)  # fmt: skip
_SAFEGUARD_NEEDLES = ("confidential", "public", "compliance", "employer", "mnpi")


def _offered(ctx: ScreeningContext, state: _Pay) -> _Valued:
    if state.offered is None:
        amounts = state.amounts
        salary = find_beside(ctx, SALARY, (m for m, _, _ in amounts))
        if salary:
            index = Spans(salary)
            amounts = tuple(
                (m, x, value)
                for m, x, value in amounts
                if not any(
                    m.start - 25 <= s.end and s.start <= m.end + 15 for s in index.around(m, 25)
                )
            )
        state.offered = amounts
    return state.offered


def offered_pay(ctx: ScreeningContext) -> _Amounts:
    """The amounts that are not salaries: not annual, not written beside salary words ("salary
    £85-100k", "£95-115k base + equity"), which is how recruiters state pay."""
    state = _pay(ctx)
    if state.offered_pairs is None:
        state.offered_pairs = tuple((m, x) for m, x, _ in _offered(ctx, state))
    return state.offered_pairs


def offered_pay_where(ctx: ScreeningContext, keep: Callable[[Money, float], bool]) -> list[Match]:
    """The offered amounts (:func:`offered_pay`) that ``keep`` accepts, given each with its value
    in pounds (:func:`gbp`), in order; salary words are looked for only when ``keep`` accepts
    some amount."""
    state = _pay(ctx)
    if not any(keep(x, value) for _, x, value in state.amounts):
        return []
    return [m for m, x, value in _offered(ctx, state) if keep(x, value)]


def near_offered(
    ctx: ScreeningContext, keep: Callable[[Money, float], bool], vocab: Vocabulary, window: int
) -> list[Match]:
    """:func:`.proximity.near` of the offered amounts that ``keep`` accepts
    (:func:`offered_pay_where`) and the matches of ``vocab`` beside them. Salary words are looked
    for only when some amount that ``keep`` accepts, offered or not, is near a match: the offered
    ones are among those."""
    candidates = [m for m, x, value in _pay(ctx).amounts if keep(x, value)]
    if not candidates or not near(candidates, find_beside(ctx, vocab, candidates), window):
        return []
    offered = offered_pay_where(ctx, keep)
    return near(offered, find_beside(ctx, vocab, offered), window)


def pay_candidates(ctx: ScreeningContext) -> list[Match]:
    """The amounts that :func:`offered_pay` may keep (cheap: no salary check)."""
    return [m for m, _, _ in _pay(ctx).amounts]


def carries_safeguards(ctx: ScreeningContext) -> bool:
    """Whether the messages carry expert-network safeguards (see :data:`SAFEGUARDS`)."""
    state = _pay(ctx)
    if state.safeguarded is None:
        state.safeguarded = mentions(ctx, _SAFEGUARD_NEEDLES) and bool(find(ctx, SAFEGUARDS))
    return state.safeguarded


def is_scholarly(ctx: ScreeningContext) -> bool:
    """Whether the messages are about scholarly publishing (see :data:`SCHOLARLY`)."""
    state = _pay(ctx)
    if state.scholarly is None:
        state.scholarly = mentions(ctx, _SCHOLARLY_NEEDLES) and bool(find(ctx, SCHOLARLY))
    return state.scholarly
