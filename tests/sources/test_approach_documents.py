"""Reading approach documents: every shape, and every kind of bad input, item by item."""

from __future__ import annotations

import json
import tempfile
from pathlib import Path
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from countersight.config import Settings
from countersight.sources.approach_documents import LoadedDocument, read_all, read_documents

SETTINGS = Settings()


def doc(**overrides: Any) -> dict[str, Any]:
    base: dict[str, Any] = {
        "id": "a1",
        "sender": {"headline": "Recruiter", "connections": 300},
        "messages": [{"direction": "inbound", "text": "Hello there"}],
    }
    base.update(overrides)
    return base


def load(tmp_path: Path, content: str | bytes, name: str = "in.json") -> list[LoadedDocument]:
    path = tmp_path / name
    path.write_bytes(content if isinstance(content, bytes) else content.encode())
    return list(read_documents(str(path), SETTINGS))


def test_one_object_an_array_and_json_lines(tmp_path: Path) -> None:
    assert [d.approach.id for d in load(tmp_path, json.dumps(doc())) if d.approach] == ["a1"]
    array = json.dumps([doc(id="x"), doc(id="y")])
    assert [d.approach.id for d in load(tmp_path, array) if d.approach] == ["x", "y"]
    lines = json.dumps(doc(id="p")) + "\n\n" + json.dumps(doc(id="q")) + "\n"
    assert [d.approach.id for d in load(tmp_path, lines, "x.jsonl") if d.approach] == ["p", "q"]


def test_unparseable_json_names_the_file_and_line(tmp_path: Path) -> None:
    (result,) = load(tmp_path, '{"id": "a1", "messages": [')
    assert result.approach is None
    assert result.error is not None
    assert "in.json" in result.error and "invalid JSON at line 1" in result.error


def test_a_bad_json_line_is_skipped_and_the_rest_read(tmp_path: Path) -> None:
    content = json.dumps(doc(id="ok1")) + "\n{not json\n" + json.dumps(doc(id="ok2")) + "\n"
    results = load(tmp_path, content, "r.jsonl")
    assert [r.approach.id for r in results if r.approach] == ["ok1", "ok2"]
    (bad,) = [r for r in results if r.error]
    assert bad.error is not None and bad.error.startswith(f"{tmp_path / 'r.jsonl'}:2: invalid JSON")


def test_wrong_type_names_the_field_and_the_id(tmp_path: Path) -> None:
    (result,) = load(tmp_path, json.dumps(doc(sender={"connections": "lots"})))
    assert result.error is not None
    assert "(id a1)" in result.error and "sender.connections" in result.error


def test_missing_messages(tmp_path: Path) -> None:
    body = doc()
    del body["messages"]
    (result,) = load(tmp_path, json.dumps(body))
    assert result.error is not None and "messages: required field is missing" in result.error


def test_empty_text(tmp_path: Path) -> None:
    (result,) = load(tmp_path, json.dumps(doc(messages=[{"text": "   "}])))
    assert result.error is not None and "messages[0].text: empty text" in result.error


def test_ten_megabytes_of_text_is_refused_with_its_field(tmp_path: Path) -> None:
    huge = "a" * (10 * 1024 * 1024)
    (result,) = load(tmp_path, json.dumps(doc(messages=[{"text": huge}])))
    assert result.error is not None
    assert "messages[0].text: text too long" in result.error
    assert len(result.error) < 300


def test_binary_junk_and_non_utf8(tmp_path: Path) -> None:
    (junk,) = load(tmp_path, b"\x00\x01\x02\xff" * 100)
    assert junk.error is not None and "binary data" in junk.error
    (latin,) = load(tmp_path, json.dumps(doc()).encode().replace(b"Hello", b"H\xe9llo"))
    assert latin.error is not None and "not UTF-8" in latin.error


def test_control_characters_are_removed_with_a_warning(tmp_path: Path) -> None:
    (result,) = load(tmp_path, json.dumps(doc(messages=[{"text": "Hi\x00 there\x1b[31m"}])))
    assert result.approach is not None
    assert result.approach.messages[0].text == "Hi there[31m"
    assert any("control characters removed" in w for w in result.warnings)


def test_unknown_keys_warn_but_do_not_fail(tmp_path: Path) -> None:
    body = doc(colour="blue")
    body["sender"]["shoe_size"] = 9
    (result,) = load(tmp_path, json.dumps(body))
    assert result.approach is not None
    assert any("unknown key 'colour'" in w for w in result.warnings)
    assert any("unknown key 'sender.shoe_size'" in w for w in result.warnings)


def test_array_item_that_is_not_an_object(tmp_path: Path) -> None:
    results = load(tmp_path, json.dumps([doc(id="x"), 5, None]))
    assert [r.approach is not None for r in results] == [True, False, False]
    assert (
        results[1].error is not None and "[1]: expected a JSON object, got int" in results[1].error
    )


def test_deep_nesting_and_missing_file_and_empty_file(tmp_path: Path) -> None:
    (deep,) = load(tmp_path, "[" * 100_000 + "]" * 100_000)
    assert deep.error is not None
    (missing,) = read_documents(str(tmp_path / "nope.json"), SETTINGS)
    assert missing.error is not None and "nope.json" in missing.error
    (empty,) = load(tmp_path, "  \n")
    assert empty.error is not None and "empty input" in empty.error


def test_partial_dates_are_checked(tmp_path: Path) -> None:
    (bad,) = load(tmp_path, json.dumps(doc(sender={"account_created": "2017-13"})))
    assert bad.error is not None and "sender.account_created" in bad.error
    (good,) = load(tmp_path, json.dumps(doc(sender={"account_created": "2017-03"})))
    assert good.approach is not None


def test_a_folder_reads_every_document(tmp_path: Path) -> None:
    (tmp_path / "a.json").write_text(json.dumps(doc(id="a")))
    (tmp_path / "b.jsonl").write_text(json.dumps(doc(id="b")) + "\n")
    (tmp_path / "notes.txt").write_text("ignored")
    ids = [d.approach.id for d in read_all([str(tmp_path)], SETTINGS) if d.approach]
    assert ids == ["a", "b"]


def test_documents_without_id_get_their_location(tmp_path: Path) -> None:
    body = doc()
    del body["id"]
    (result,) = load(tmp_path, json.dumps(body) + "\n", "n.jsonl")
    assert result.approach is not None and result.approach.id == f"{tmp_path / 'n.jsonl'}:1"


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=300))
def test_any_bytes_give_documents_or_one_line_errors(data: bytes) -> None:
    with tempfile.NamedTemporaryFile(suffix=".json") as handle:
        handle.write(data)
        handle.flush()
        for result in read_documents(handle.name, SETTINGS):
            assert (result.approach is None) != (result.error is None)
            if result.error:
                assert "\n" not in result.error
