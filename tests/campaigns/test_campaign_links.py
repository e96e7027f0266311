"""Links: shared artefacts with caps and stop-lists, near-duplicate templates, names, bad input."""

from __future__ import annotations

import dataclasses
import io
import json
from pathlib import Path
from typing import Any

import numpy as np
from datasketch import MinHash

from countersight.campaigns import DEFAULT_RULES, LinkRules, build
from countersight.campaigns.templates import _identity, jaccard, shingles, signature

TEMPLATE = (
    "Dear Dr Moore, I am a senior headhunter working with a confidential think tank in quantum "
    "computing. Your research on error correction caught the attention of our client, who would "
    "value your insights on a paid consultancy basis with generous pay and all expenses covered. "
    "Could we discuss the details this week? It would only take a few minutes of your time."
)
PARAPHRASE = (
    "Dear Dr Hughes, I am a senior recruiter working with a discreet think tank in quantum "
    "computing. Your research on error correction caught the attention of our partner, who would "
    "value your views on a paid consultancy basis with generous pay and all expenses covered. "
    "Could we talk about the details this week? It would only take a few minutes of your time."
)
UNRELATED = (
    "Hello Ben, we are organising the annual alumni dinner of the physics department in March "
    "and would be delighted if you could say a few words about your years in the lab, the "
    "students you supervised and the projects that shaped your career. Tickets are free for "
    "speakers and the venue is the old library; let me know if you can make it."
)


def doc(report_id: str, text: str, **sender: Any) -> dict[str, Any]:
    return {"id": report_id, "sender": sender, "messages": [{"text": text}]}


def run(
    tmp_path: Path, docs: list[dict[str, Any] | str], rules: LinkRules = DEFAULT_RULES
) -> tuple[dict[str, dict[str, Any]], list[str], Any]:
    path = tmp_path / "reports.jsonl"
    path.write_text(
        "".join((d if isinstance(d, str) else json.dumps(d)) + "\n" for d in docs), "utf-8"
    )
    out = io.StringIO()
    messages: list[str] = []
    summary = build(path, out, rules=rules, workers=1, report=messages.append)
    rows = [json.loads(line) for line in out.getvalue().splitlines()]
    return {r["id"]: r for r in rows}, messages, summary


def test_a_shared_number_links_and_the_reason_quotes_it(tmp_path: Path) -> None:
    rows, _, _ = run(
        tmp_path,
        [doc("a", "WhatsApp me: +44 7700 900123"), doc("b", "See wa.me/447700900123"),
         doc("c", "Nothing to see here")],
    )  # fmt: skip
    assert rows["a"]["campaign_id"] == rows["b"]["campaign_id"] is not None
    assert rows["c"]["campaign_id"] is None and rows["c"]["links"] == []
    [link] = rows["a"]["links"]
    assert link["id"] == "b" and "+447700900123" in link["reason"]


def test_generic_values_never_link(tmp_path: Path) -> None:
    rows, _, _ = run(
        tmp_path,
        [doc("a", "Mail me at someone@gmail.com or see https://www.linkedin.com/",
             organisation="Google", location="London"),
         doc("b", "Write to another@gmail.com, details on linkedin.com",
             organisation="Google", location="London")],
    )  # fmt: skip
    assert rows["a"]["campaign_id"] is None and rows["b"]["campaign_id"] is None


def test_stop_listed_and_capped_values_never_link(tmp_path: Path) -> None:
    shared = [doc(f"r{i}", "Telegram @crowded_jobs is where we talk") for i in range(4)]
    rows, _, _ = run(tmp_path, shared, dataclasses.replace(DEFAULT_RULES, max_shared=3))
    assert all(r["campaign_id"] is None for r in rows.values())  # 4 reports > cap of 3
    rows, _, _ = run(tmp_path, shared[:3], dataclasses.replace(DEFAULT_RULES, max_shared=3))
    assert len({r["campaign_id"] for r in rows.values()}) == 1
    stopped = dataclasses.replace(
        DEFAULT_RULES, extra_stop_values=frozenset({("handle", "telegram:crowded_jobs")})
    )
    rows, _, _ = run(tmp_path, shared[:3], stopped)
    assert all(r["campaign_id"] is None for r in rows.values())


def test_template_near_duplicates_link_and_unrelated_messages_do_not(tmp_path: Path) -> None:
    a, b = shingles(TEMPLATE.lower(), 5), shingles(PARAPHRASE.lower(), 5)
    assert jaccard(frozenset(a.tolist()), frozenset(b.tolist())) >= 0.5
    rows, _, _ = run(tmp_path, [doc("t1", TEMPLATE), doc("t2", PARAPHRASE), doc("u", UNRELATED)])
    assert rows["t1"]["campaign_id"] == rows["t2"]["campaign_id"] is not None
    assert "near-duplicate messages (Jaccard" in rows["t1"]["links"][0]["reason"]
    assert rows["u"]["campaign_id"] is None


def test_signatures_equal_datasketch_minhash() -> None:
    hashes = shingles(TEMPLATE.lower(), 5)
    rules = DEFAULT_RULES
    sketch = MinHash(num_perm=rules.num_perm, seed=rules.seed, hashfunc=_identity)
    sketch.update_batch(hashes)
    assert np.array_equal(signature(hashes, rules), sketch.hashvalues)


def test_a_common_name_alone_never_links_different_senders(tmp_path: Path) -> None:
    rows, _, _ = run(
        tmp_path,
        [doc("w1", "Hello, I saw your profile.", name="Wei Zhang", location="Shanghai",
             organisation="Acme Robotics"),
         doc("w2", "Good morning, congratulations on the paper.", name="Wei Zhang",
             location="Shanghai", organisation="Fudan Optics Lab")],
    )  # fmt: skip
    assert rows["w1"]["campaign_id"] is None and rows["w2"]["campaign_id"] is None


def test_a_name_is_evidence_on_a_pair_linked_otherwise(tmp_path: Path) -> None:
    rows, _, _ = run(
        tmp_path,
        [doc("n1", "WeChat ID: lucy_88", name="Wei Zhang"),
         doc("n2", "WeChat: lucy_88", name="Zhang Wei")],
    )  # fmt: skip
    reason = rows["n1"]["links"][0]["reason"]
    assert "wechat" in reason.lower() and "same persona name" in reason


def test_br_yr_spellings_meet_in_one_campaign(tmp_path: Path) -> None:
    rows, _, _ = run(
        tmp_path,
        [doc("o1", "Hello", name="Rachel Li", organisation="BR-YR Executive Search"),
         doc("o2", "Hi", name="Rachel Li", organisation="BP-YR Exec Search"),
         doc("o3", "Hey", name="Tom Clarke", organisation="BR-YR Ltd"),
         doc("o4", "Hey", name="Amy Huang", organisation="BQ-YR Consulting")],
    )  # fmt: skip
    ids = {rows[k]["campaign_id"] for k in ("o1", "o2", "o3")}
    assert len(ids) == 1 and None not in ids
    # A one-letter variant with a different persona name is not enough on its own.
    assert rows["o4"]["campaign_id"] is None


def test_bad_input_duplicates_and_reports_without_text(tmp_path: Path) -> None:
    rows, messages, summary = run(
        tmp_path,
        [doc("d1", "Signal: +44 7700 900555"), doc("d2", "Signal: +44 7700 900555"),
         doc("d1", "Signal: +44 7700 900555"), {"id": "empty", "messages": []},
         "not json", doc("blank", " ")],
    )  # fmt: skip
    assert list(rows) == ["d1", "d2", "empty", "blank"]
    assert rows["empty"]["campaign_id"] is None and rows["blank"]["campaign_id"] is None
    duplicates = [m for m in messages if "duplicate id d1" in m]
    assert len(duplicates) == 1 and "\n" not in duplicates[0]
    assert summary.skipped == 2 and summary.problems >= 1
