"""The evidence bundle: every file hashed in the manifest, no reporter identity anywhere."""

from __future__ import annotations

import hashlib
import io
import json
import zipfile

import pytest

from countersight.domain import Approach
from countersight.errors import Forbidden
from countersight.screening import Screener
from countersight.store import Store, UserView, add_note, decide, evidence_bundle, submit_report
from countersight.store.audit import canonical_json


def test_the_manifest_hashes_every_file_and_no_reporter_is_named(
    store: Store,
    reporter: UserView,
    analyst: UserView,
    screener: Screener,
    approaches: list[Approach],
) -> None:
    approach = approaches[0].model_copy(update={"reported_by": "rita@example.org"})
    report, _ = submit_report(store, reporter, approach, screener)
    add_note(store, analyst, report.id, "Seen before.")
    decide(store, analyst, [report.id], "hostile", "amber")
    bundle = evidence_bundle(store, analyst, report.id)
    with zipfile.ZipFile(io.BytesIO(bundle)) as archive:
        files = {name: archive.read(name) for name in archive.namelist()}
    manifest = json.loads(files.pop("manifest.json"))
    assert (
        set(manifest["files"])
        == set(files)
        == {
            "report.json",
            "approach.json",
            "assessment.json",
            "notes.json",
            "decisions.json",
            "audit.json",
        }
    )
    for name, blob in files.items():
        assert manifest["files"][name] == hashlib.sha256(blob).hexdigest()
    everything = b"".join(files.values()) + json.dumps(manifest).encode()
    assert b"rita" not in everything
    assert json.loads(files["decisions.json"])[0]["decision"] == "hostile"
    assert json.loads(files["notes.json"])[0]["text"] == "Seen before."
    entries = json.loads(files["audit.json"])
    assert [e["action"] for e in entries][-1] == "report.export"
    for entry in entries:  # each entry can be checked on its own
        claimed = entry.pop("hash")
        assert hashlib.sha256(canonical_json(entry)).hexdigest() == claimed


def test_reporters_get_no_bundle(
    store: Store, reporter: UserView, screener: Screener, approaches: list[Approach]
) -> None:
    report, _ = submit_report(store, reporter, approaches[0], screener)
    with pytest.raises(Forbidden):
        evidence_bundle(store, reporter, report.id)
