"""The link rules, as data: which artefact kinds link reports, the caps and the stop-lists.

A *strong* kind links two reports that share one value of it (the same phone number, messenger
handle, e-mail address, profile, web page, own domain or organisation). A *corroborated* kind (a
one-letter variant of an organisation name) links only when the two reports also share a persona
name. A *weak* kind never links on its own: a persona name or a location is only quoted as further
evidence on a pair that a strong artefact or a near-duplicate message already links. This is the
fairness rule: two different senders called "Wei Zhang" who share nothing else stay apart,
whatever the name.

Generic values never link: a value in a stop-list (platform and mail-provider domains, the best
known employers and recruiters) is dropped when it is extracted, and a value shared by more than
``max_shared`` reports is dropped by the engine, whatever it is (a city, a switchboard number, a
template greeting).
"""

from __future__ import annotations

from dataclasses import dataclass, field

#: Kinds that link two reports sharing a value.
STRONG_KINDS: frozenset[str] = frozenset(
    {"phone", "email", "handle", "profile", "url", "domain", "organisation"}
)
#: Kinds that are evidence only, never a link on their own.
WEAK_KINDS: frozenset[str] = frozenset({"name", "location"})
#: Kinds that link a pair only together with a shared value of a corroborating kind: an
#: organisation written one letter apart ("BP-YR" for "BR-YR": short codes collide by chance)
#: links only when the two reports also give the same persona name.
CORROBORATED_KINDS: frozenset[str] = frozenset({"organisation_variant"})
CORROBORATING_KINDS: frozenset[str] = frozenset({"name"})
#: The kind of the near-duplicate message buckets (MinHash LSH bands): candidates only, each
#: pair is checked on the exact similarity of the messages before it links.
TEMPLATE_KIND = "template"

#: Registrable domains that many unrelated people use: platforms, messengers, link shorteners,
#: file sharing, meetings and search. Personal mail providers (gmail.com, qq.com...) are generic
#: too, through :func:`countersight.screening.contacts.is_personal_mail_domain`.
GENERIC_DOMAINS: frozenset[str] = frozenset(
    {
        "linkedin.com", "lnkd.in", "google.com", "goo.gl", "forms.gle", "youtube.com", "youtu.be",
        "facebook.com", "fb.com", "instagram.com", "twitter.com", "x.com", "t.co", "tiktok.com",
        "wa.me", "whatsapp.com", "whatsapp.net", "t.me", "telegram.org", "telegram.me",
        "signal.org", "signal.me", "wechat.com", "weixin.qq.com", "qq.com", "line.me", "viber.com",
        "skype.com", "zoom.us", "zoom.com", "teams.microsoft.com", "microsoft.com", "live.com",
        "office.com", "sharepoint.com", "onedrive.com", "1drv.ms", "dropbox.com", "wetransfer.com",
        "we.tl", "box.com", "mega.nz", "github.com", "gitlab.com", "medium.com", "substack.com",
        "bit.ly", "tinyurl.com", "ow.ly", "buff.ly", "rebrand.ly", "cutt.ly", "is.gd", "linktr.ee",
        "calendly.com", "apple.com", "icloud.com", "amazon.com", "amazonaws.com", "wikipedia.org",
        "baidu.com", "weibo.com", "example.com", "example.org", "example.net",
    }
)  # fmt: skip

#: Organisations that so many unrelated people work for or recruit through that sharing one
#: says nothing (normalised keys, see :func:`countersight.campaigns.artefacts.organisation_keys`).
GENERIC_ORGANISATIONS: frozenset[str] = frozenset(
    {
        "google", "microsoft", "amazon", "apple", "meta", "facebook", "ibm", "oracle", "intel",
        "linkedin", "huawei", "tencent", "alibaba", "baidu", "samsung", "siemens", "accenture",
        "deloitte", "pwc", "kpmg", "ey", "ernstyoung", "mckinsey", "bcg", "bain", "capgemini",
        "hays", "michaelpage", "pagegroup", "robertwalters", "randstad", "adecco", "manpower",
        "kornferry", "heidrickstruggles", "spencerstuart", "egonzehnder", "russellreynolds",
        "selfemployed", "freelance", "freelancer", "independent", "independentconsultant",
        "confidential", "stealth", "stealthstartup", "none", "na", "unknown", "retired",
    }
)  # fmt: skip


@dataclass(frozen=True)
class LinkRules:
    """Every tunable of the linking, in one value (the engines read it, never a global).

    ``max_shared``: a value shared by more reports than this is generic and links nothing.
    Templates: messages of at least ``template_min_chars`` normalised characters are cut into
    ``shingle_size``-character shingles; MinHash signatures of ``num_perm`` permutations are
    banded for LSH tuned to ``lsh_threshold``, and a candidate pair links when the exact Jaccard
    similarity of its shingle sets is at least ``template_threshold``.
    """

    strong_kinds: frozenset[str] = STRONG_KINDS
    weak_kinds: frozenset[str] = WEAK_KINDS
    corroborated_kinds: frozenset[str] = CORROBORATED_KINDS
    corroborating_kinds: frozenset[str] = CORROBORATING_KINDS
    max_shared: int = 1000
    #: Corroborated groups are checked pair by pair: only groups up to this size.
    max_corroborated: int = 50
    generic_domains: frozenset[str] = GENERIC_DOMAINS
    generic_organisations: frozenset[str] = GENERIC_ORGANISATIONS
    template_min_chars: int = 160
    template_max_chars: int = 1200
    shingle_size: int = 5
    num_perm: int = 64
    lsh_threshold: float = 0.45
    template_threshold: float = 0.5
    seed: int = 1
    extra_stop_values: frozenset[tuple[str, str]] = field(default_factory=frozenset)

    def stopped(self, kind: str, value: str) -> bool:
        """Whether a value is on a stop-list (generic: it never links)."""
        if (kind, value) in self.extra_stop_values:
            return True
        if kind == "domain":
            return value in self.generic_domains
        if kind in ("organisation", "organisation_variant"):
            return value in self.generic_organisations
        return False


DEFAULT_RULES = LinkRules()
