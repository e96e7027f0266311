"""The HTML scan report: self-contained, escaped, highlighted, charted, fast on big exports.

Every report here is built from real approach documents screened by the real screener.
"""

from __future__ import annotations

import base64
import dataclasses
import hashlib
import re
import time
from datetime import UTC, date, datetime, timedelta
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest

from countersight.config import Settings
from countersight.domain import Approach, Evidence, IndicatorHit
from countersight.scan.evidence_html import (
    field_label,
    highlight,
    merge_spans,
    score_percent,
    span_in,
)
from countersight.scan.html_report import render_html, verdict, write_html
from countersight.scan.model import Connection, ScannedApproach, ScanReport, ScanSummary
from countersight.scan.timeline import labelled_months, timeline_svg
from countersight.screening import Screener
from countersight.screening.advice import advice_for
from countersight.sources.approach_documents import read_all, validate_item

from conftest import CORPUS, EXAMPLES

SETTINGS = Settings(today=date(2026, 1, 1))
GENERATED = datetime(2026, 1, 2, 9, 30, tzinfo=UTC)
EXPORT = "/home/alex/Downloads/Basic_LinkedInDataExport_01-02-2026.zip"
SCRIPT = "<script>alert(1)</script>"
IMG = '"><img src=x onerror=alert(1)>'
VOID = {"meta", "link", "br", "hr", "img", "input", "wbr", "source", "area", "base", "col"}


# ----------------------------------------------------------------------------- building reports


@pytest.fixture(scope="module")
def screener() -> Screener:
    return Screener(settings=SETTINGS)


def scanned(
    approach: Approach, screener: Screener, source: str = "messages", **extra: Any
) -> ScannedApproach:
    dated = [m.sent_at for m in approach.messages if m.sent_at is not None]
    values: dict[str, Any] = {
        "approach": approach,
        "assessment": screener.screen(approach),
        "sender": approach.sender.name or "",
        "sender_url": approach.sender.profile_url,
        "first_seen": min(dated) if dated else None,
        "source": source,
        "connection": Connection(connected=False),
    }
    values.update(extra)
    return ScannedApproach(**values)


def report_of(items: list[ScannedApproach], **summary: Any) -> ScanReport:
    items = sorted(items, key=lambda i: -i.assessment.score)
    values: dict[str, Any] = {
        "path": EXPORT,
        "owner": "Alex Harper",
        "messages_read": 321,
        "conversations": 88,
        "invitations_read": 17,
        "inbound": len(items),
        "first_date": datetime(2016, 5, 1, tzinfo=UTC),
        "last_date": datetime(2025, 12, 31, tzinfo=UTC),
    }
    values.update(summary)
    return ScanReport(ScanSummary(**values), items, GENERATED, "test-model-1")


def load(*paths: Path) -> list[Approach]:
    docs = read_all([str(p) for p in paths], SETTINGS)
    return [d.approach for d in docs if d.approach is not None]


@pytest.fixture(scope="module")
def items(screener: Screener) -> list[ScannedApproach]:
    approaches = load(EXAMPLES / "approaches.jsonl", CORPUS / "heldout")
    assessments = screener.screen_batch(approaches)
    out = []
    for index, (approach, assessment) in enumerate(zip(approaches, assessments, strict=True)):
        dated = [m.sent_at for m in approach.messages if m.sent_at is not None]
        connection = (
            Connection(True, date(2020, 1, 1), True) if index % 3 == 0 else Connection(False)
        )
        out.append(
            ScannedApproach(
                approach=approach,
                assessment=assessment,
                sender=approach.sender.name or "",
                sender_url=approach.sender.profile_url or f"https://www.linkedin.com/in/p{index}",
                first_seen=min(dated) if dated else None,
                source="invitations" if index % 5 == 4 else "messages",
                connection=connection,
            )
        )
    return out


@pytest.fixture(scope="module")
def report(items: list[ScannedApproach]) -> ScanReport:
    rep = report_of(items)
    rep.summary.problem("messages.csv line 77: 3 columns, expected 9")
    rep.summary.problem("Invitations.csv: unknown column 'Foo' ignored", skipped=False)
    return rep


@pytest.fixture(scope="module")
def html(report: ScanReport) -> str:
    return render_html(report)


def hostile_document(**overrides: Any) -> Approach:
    """An approach whose sender, profile and words are XSS payloads around real red flags."""
    item: dict[str, Any] = {
        "id": f"xss-{SCRIPT}",
        "sender": {
            "name": f"Eve {SCRIPT}{IMG}",
            "headline": f"Senior Partner {IMG} at Global Insight Consulting",
            "organisation": "Global Insight Consulting",
            "profile_url": "javascript:alert(document.cookie)",
            "connections": 40,
            "account_created": "2025-10-01",
        },
        "recipient": {"role": "engineer", "sector": "defence aerospace"},
        "messages": [
            {
                "direction": "inbound",
                "sent_at": "2025-11-03T09:12:00Z",
                "text": f"My client {SCRIPT} would pay GBP 3,000 for a short report. {IMG} "
                "LinkedIn is not secure, please add me on WhatsApp so we can talk.",
            },
            {"direction": "outbound", "sent_at": "2025-11-03T10:00:00Z", "text": f"No. {IMG}"},
        ],
    }
    item.update(overrides)
    loaded = validate_item(item, "test", SETTINGS)
    assert loaded.approach is not None, loaded.error
    return loaded.approach


# ----------------------------------------------------------------------------- HTML inspection


class Parsed(HTMLParser):
    """Every tag with its attributes, the text of some elements, and whether tags balance."""

    def __init__(self, document: str) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.stack: list[str] = []
        self.errors: list[str] = []
        self.marks: list[str] = []
        self.scripts: list[str] = []
        self.styles: list[str] = []
        self.text: list[str] = []
        self._capture: list[str] | None = None
        self._mark_depth = 0
        self.feed(document)
        self.close()
        if self.stack:
            self.errors.append(f"unclosed at end: {self.stack}")

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))
        if tag in VOID:
            return
        self.stack.append(tag)
        if tag == "mark":
            self._mark_depth += 1
            self.marks.append("")
        if tag in ("script", "style"):
            self._capture = self.scripts if tag == "script" else self.styles
            self._capture.append("")

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))

    def handle_endtag(self, tag: str) -> None:
        if tag in VOID:
            return
        if not self.stack or self.stack[-1] != tag:
            self.errors.append(f"</{tag}> closes {self.stack[-1:] or 'nothing'}")
            return
        self.stack.pop()
        if tag == "mark":
            self._mark_depth -= 1
        if tag in ("script", "style"):
            self._capture = None

    def handle_data(self, data: str) -> None:
        self.text.append(data)
        if self._capture is not None:
            self._capture[-1] += data
        if self._mark_depth:
            self.marks[-1] += data

    def words(self) -> str:
        """The document's text, whitespace collapsed, elements separated by a space."""
        return plain(" ".join(self.text))

    def all(self, tag: str) -> list[dict[str, str | None]]:
        return [attrs for name, attrs in self.tags if name == tag]


def sha256(text: str) -> str:
    return base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode("ascii")


def plain(text: str) -> str:
    return re.sub(r"\s+", " ", text)


# ----------------------------------------------------------------------------- self-contained


def test_the_report_fetches_nothing_and_runs_only_its_own_script(html: str) -> None:
    doc = Parsed(html)
    names = {name for name, _ in doc.tags}
    assert not names & {"link", "iframe", "object", "embed", "img", "base", "form", "frame"}
    for name, attrs in doc.tags:
        for key, value in attrs.items():
            assert not key.startswith("on"), f"event handler {key} on <{name}>"
            if key in ("src", "href", "xlink:href", "action", "poster", "srcset"):
                assert value is not None and value.startswith(("#", "data:")), (name, key, value)
            assert "http:" not in (value or "") and "https:" not in (value or ""), (name, key)
    scripts = doc.all("script")
    assert len(scripts) == 1 and "src" not in scripts[0]
    css = "".join(doc.styles)
    assert "@import" not in css
    assert not re.search(r"url\(\s*['\"]?\s*(https?:|//)", css)
    [csp] = [
        a
        for a in doc.all("meta")
        if (a.get("http-equiv") or "").lower() == "content-security-policy"
    ]
    policy = csp["content"] or ""
    assert "default-src 'none'" in policy and "img-src data:" in policy
    assert f"'sha256-{sha256(doc.scripts[0])}'" in policy
    assert f"'sha256-{sha256(doc.styles[0])}'" in policy
    assert "unsafe" not in policy
    # The CSP comes before anything it governs.
    assert html.index("Content-Security-Policy") < html.index("<style>")


def test_tags_balance_and_the_document_is_well_formed(html: str) -> None:
    assert html.startswith("<!DOCTYPE html>")
    doc = Parsed(html)
    assert doc.errors == []
    assert [name for name, _ in doc.tags if name in ("html", "head", "body", "main")] == [
        "html",
        "head",
        "body",
        "main",
    ]
    assert all(
        ids.count(i) == 1 for ids in [[a["id"] for _, a in doc.tags if "id" in a]] for i in ids
    )


def test_profile_addresses_are_text_not_links(html: str, report: ScanReport) -> None:
    doc = Parsed(html)
    hrefs = [a.get("href") or "" for a in doc.all("a")]
    assert all(h.startswith("#") for h in hrefs)
    shown = [i.sender_url for i in report.approaches[:5] if i.sender_url]
    assert shown and all(url in doc.words() for url in shown)
    assert "copy the address" in html


# ----------------------------------------------------------------------------- escaping


def test_hostile_text_in_messages_names_and_problems_is_shown_as_text(screener: Screener) -> None:
    item = scanned(hostile_document(), screener, title=f"Re: {SCRIPT}")
    assert item.assessment.band == "high"
    rep = report_of(
        [item],
        path=f"/tmp/{IMG}.zip",
        owner=f"Owner {SCRIPT}",
        files=[f"messages{IMG}.csv"],
    )
    rep.summary.problem(f"messages.csv line 3: bad row {SCRIPT} {IMG}")
    out = render_html(rep)
    doc = Parsed(out)
    assert doc.errors == []
    assert len(doc.all("script")) == 1  # ours, at the end
    assert doc.all("img") == []
    assert not any(k.startswith("on") for _, attrs in doc.tags for k in attrs)
    text = doc.words()
    for payload in (SCRIPT, IMG):
        assert payload not in out  # never raw
    assert f"Eve {SCRIPT}{IMG}" in text  # the sender's name, as text
    assert f"My client {SCRIPT} would pay" in text
    assert f"bad row {SCRIPT} {IMG}" in text
    assert f"Owner {SCRIPT}" in text and f"Re: {SCRIPT}" in text
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in out
    assert "javascript:alert(document.cookie)" in text
    assert not any("javascript:" in (v or "") for _, attrs in doc.tags for v in attrs.values())


def test_highlighting_escapes_inside_and_outside_the_mark() -> None:
    text = f"a {SCRIPT} b"
    out = highlight(text, [(2, 2 + len(SCRIPT))])
    assert out == "a <mark>&lt;script&gt;alert(1)&lt;/script&gt;</mark> b"
    assert highlight('x"&y', []) == "x&#34;&amp;y"


def test_overlapping_spans_merge_and_bad_ones_are_ignored() -> None:
    assert merge_spans([(5, 9), (0, 3), (2, 6), (20, 30), (-1, 2), (4, 4), (9, 3)], 25) == [(0, 9)]
    assert merge_spans([(0, 2), (2, 4)], 10) == [(0, 4)]
    assert highlight("abcdef", [(1, 3), (2, 5), (4, 99), (-3, 1)]) == "a<mark>bcde</mark>f"
    assert highlight("", [(0, 1)]) == ""


def test_evidence_with_wrong_offsets_falls_back_safely() -> None:
    text = "please add me on WhatsApp now"
    good = Evidence(field="messages[0].text", quote="WhatsApp", start=17, end=25)
    assert span_in(text, good) == (17, 25)
    shifted = Evidence(field="messages[0].text", quote="WhatsApp", start=3, end=11)
    assert span_in(text, shifted) == (17, 25)  # the quote is found where it really is
    beyond = Evidence(field="messages[0].text", quote="Telegram", start=900, end=990)
    assert span_in(text, beyond) is None
    value = Evidence(field="sender.connections", quote="12")
    assert span_in(text, value) is None


def test_a_report_survives_evidence_pointing_nowhere(screener: Screener) -> None:
    item = scanned(hostile_document(), screener)
    bogus = IndicatorHit(
        code="test.bogus",
        title="Evidence out of range",
        contribution=0.0,
        evidence="x",
        spans=[
            Evidence(field="messages[0].text", quote="not in the text", start=10**6, end=10**6 + 5),
            Evidence(field="messages[99].text", quote="missing message", start=0, end=5),
            Evidence(field="no such path!", quote="odd", start=0, end=3),
        ],
    )
    assessment = item.assessment.model_copy(
        update={"indicators": [*item.assessment.indicators, bogus]}
    )
    out = render_html(report_of([dataclasses.replace(item, assessment=assessment)]))
    doc = Parsed(out)
    assert doc.errors == []
    assert "Evidence out of range" in out and "missing message" in out
    assert not any("not in the text" in m for m in doc.marks)


# ----------------------------------------------------------------------------- content


def test_marks_contain_the_evidence_quotes(html: str, report: ScanReport) -> None:
    marks = [plain(m) for m in Parsed(html).marks]
    quotes = [
        (item.assessment.id, ev.quote)
        for item in report.approaches
        if item.assessment.band != "low"
        for hit in item.assessment.indicators
        for ev in hit.spans
        if ev.start is not None and ev.field.startswith("messages[")
    ]
    assert len(quotes) > 20
    missing = [q for q in quotes if not any(plain(q[1]) in m for m in marks)]
    assert missing == []


def test_the_header_names_the_file_not_the_path(html: str, report: ScanReport) -> None:
    assert "countersight scan report" in html
    assert "Basic_LinkedInDataExport_01-02-2026.zip" in html
    assert "/home/alex" not in html and "Downloads" not in html
    assert "Alex Harper" in html
    assert "2026-01-02 09:30 UTC" in html
    assert "test-model-1" in html
    counts = report.by_band()
    assert counts["high"] > 1
    assert verdict(counts, len(report.approaches)) in html


def test_verdicts_read_as_plain_english() -> None:
    assert verdict({"high": 3, "medium": 0, "low": 9}, 12) == (
        "3 approaches look hostile or like scams; read them first."
    )
    assert verdict({"high": 1, "medium": 0, "low": 0}, 1).startswith(
        "1 approach looks hostile or like a scam"
    )
    assert "2 more deserve a careful look" in verdict({"high": 1, "medium": 2, "low": 0}, 3)
    assert verdict({"high": 0, "medium": 0, "low": 4}, 4).startswith("Nothing stands out")
    assert verdict({"high": 0, "medium": 0, "low": 0}, 0).startswith("No approaches")


def test_summary_counts_and_problems(html: str, report: ScanReport) -> None:
    text = Parsed(html).words()
    assert "Messages read 321" in text and "Conversations 88" in text
    assert "Invitations read 17" in text
    counts = report.by_band()
    total = len(report.approaches)
    assert (
        f"{total} ({counts['high']} high, {counts['medium']} medium, {counts['low']} low)" in text
    )
    assert "2016-05-01 to 2025-12-31" in text
    assert "2 problems; 1 item could not be scanned" in text
    assert "messages.csv line 77: 3 columns, expected 9" in text


def test_cards_rank_highest_first_with_score_band_and_flags(html: str, report: ScanReport) -> None:
    doc = Parsed(html)
    cards = [a for a in doc.all("article")]
    raised = [i for i in report.approaches if i.assessment.band != "low"]
    assert len(cards) == len(raised)
    assert [a["data-band-item"] for a in cards] == [i.assessment.band for i in raised]
    scores = [i.assessment.score for i in raised]
    assert scores == sorted(scores, reverse=True)
    first = raised[0]
    assert "pts</span>" in html
    assert first.assessment.indicators[0].title in html
    assert first.connection.describe() in html
    assert ">High</span>" in html  # the band in words, not colour alone
    assert "From the sender" in html and "From you" in html
    assert html.count('<details class="conversation">') == len(raised)
    assert "invitation to connect" in html


def test_low_band_goes_in_the_compact_table(html: str, report: ScanReport) -> None:
    rows = [a for a in Parsed(html).all("tr") if "data-band-item" in a]
    low = [i for i in report.approaches if i.assessment.band == "low"]
    assert len(rows) == len(low) and {r["data-band-item"] for r in rows} == {"low"}


def test_beyond_the_card_limit_raised_approaches_go_in_the_table(report: ScanReport) -> None:
    out = render_html(report, max_cards=2)
    doc = Parsed(out)
    assert len(doc.all("article")) == 2
    raised = sum(1 for i in report.approaches if i.assessment.band != "low")
    assert f"including {raised - 2} in the high or medium band beyond the first 2" in out
    rows = [a for a in doc.all("tr") if "data-band-item" in a]
    assert len(rows) == len(report.approaches) - 2


def test_advice_is_the_union_for_raised_approaches(html: str, report: ScanReport) -> None:
    lines = {
        line
        for i in report.approaches
        if i.assessment.band != "low"
        for line in i.assessment.advice
    }
    text = Parsed(html).words()
    assert lines and all(line in text for line in lines)
    assert "Nothing left this computer" in text
    assert "calibrated probability" in text
    assert "name, ethnicity or nationality" in text


def test_all_low_gets_the_general_advice(items: list[ScannedApproach]) -> None:
    low = [i for i in items if i.assessment.band == "low"][:3]
    out = render_html(report_of(low))
    text = Parsed(out).words()
    assert all(line in text for line in advice_for("low", ()))
    assert "No approach is in the high or medium band" in text
    assert "<article" not in out


def test_an_empty_report_says_no_approaches_were_found() -> None:
    rep = report_of([], first_date=None, last_date=None, messages_read=0, inbound=0)
    out = render_html(rep)
    doc = Parsed(out)
    assert doc.errors == []
    text = doc.words()
    assert "No approaches found." in text
    assert "No approaches from other people were found" in text
    assert "No dated approaches to chart" in text
    assert "<svg" not in out and "<article" not in out
    assert all(line in text for line in advice_for("low", ()))


def test_scores_never_round_to_certainty_or_across_a_band() -> None:
    assert score_percent(0.9995) == "> 99.9%"
    assert score_percent(0.996) == "99.6%"
    assert score_percent(0.6996) == "69.9%"
    assert score_percent(0.2999) == "29.9%"
    assert score_percent(0.7) == "70%"
    assert score_percent(0.42) == "42%"
    assert score_percent(0.0004) == "< 0.1%"
    assert score_percent(0.004) == "0.4%"


def test_field_paths_read_as_words() -> None:
    assert field_label("messages[2].text") == "message 3"
    assert field_label("sender.headline") == "sender's headline"
    assert field_label("sender.experience[0]") == "sender's position 1"
    assert field_label("weird.path") == "weird.path"


# ----------------------------------------------------------------------------- the chart


def test_the_chart_has_one_bar_group_per_month(html: str, report: ScanReport) -> None:
    months = report.per_month()
    assert len(months) > 24
    assert html.count('<g class="month"') == len(months)
    assert 'role="img"' in html and '<title id="chart-title">' in html
    labels = re.findall(
        r'<text x="[\d.]+" y="\d+" text-anchor="middle"[^>]*>([A-Z][a-z]{2} \d{4})<', html
    )
    assert 1 <= len(labels) <= 12
    bars = sum(1 for _, c in months for b in ("high", "medium", "low") if c[b])
    assert html.count('<rect class="bar-') == bars


def test_the_chart_copes_with_one_month_and_with_ten_years() -> None:
    one = timeline_svg([("2024-03", {"high": 1, "medium": 0, "low": 2})])
    assert one.count('<g class="month"') == 1 and "Mar 2024" in one
    keys = [f"{2015 + i // 12}-{i % 12 + 1:02d}" for i in range(120)]
    many = timeline_svg([(k, {"high": i % 3, "medium": 0, "low": 1}) for i, k in enumerate(keys)])
    assert many.count('<g class="month"') == 120
    chosen = labelled_months(keys)
    assert 5 <= len(chosen) <= 12 and all(keys[i].endswith("-01") for i in chosen)
    assert labelled_months(keys[:12]) == set(range(12))
    assert all(keys[i][5:] in ("01", "04", "07", "10") for i in labelled_months(keys[:30]))


# ----------------------------------------------------------------------------- output


def test_output_is_deterministic(report: ScanReport, html: str) -> None:
    assert render_html(report) == html
    copy = dataclasses.replace(report, approaches=list(report.approaches))
    assert render_html(copy) == html


def test_write_html_is_atomic_and_utf8(tmp_path: Path, report: ScanReport, html: str) -> None:
    target = tmp_path / "report.html"
    target.write_text("old", encoding="utf-8")
    assert write_html(report, target) == target
    assert target.read_bytes() == html.encode("utf-8")
    assert [p.name for p in tmp_path.iterdir()] == ["report.html"]
    with pytest.raises(FileNotFoundError):
        write_html(report, tmp_path / "missing" / "report.html")
    assert [p.name for p in tmp_path.iterdir()] == ["report.html"]


def test_five_thousand_approaches_render_fast_and_small(items: list[ScannedApproach]) -> None:
    start = datetime(2015, 1, 1, tzinfo=UTC)
    many = []
    for n in range(5000):
        base = items[n % len(items)]
        many.append(
            dataclasses.replace(
                base,
                assessment=base.assessment.model_copy(update={"id": f"{base.assessment.id}-{n}"}),
                first_seen=start + timedelta(days=(n * 7) % 3650),
            )
        )
    rep = report_of(many)
    began = time.perf_counter()
    out = render_html(rep)
    elapsed = time.perf_counter() - began
    size = len(out.encode("utf-8"))
    assert elapsed < 10, f"{elapsed:.1f} s"
    assert size < 15 * 1024 * 1024, f"{size:,} bytes"
    doc = Parsed(out)
    assert doc.errors == []
    assert len(doc.all("article")) == 200
    assert len([a for a in doc.all("tr") if "data-band-item" in a]) == 4800
