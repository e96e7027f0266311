"""The pages: login, the reporter's form, triage, decisions, admin; CSRF, escaping, uploads."""

from __future__ import annotations

import io
import re
import zipfile

from fastapi import FastAPI
from fastapi.testclient import TestClient
from PIL import Image

from countersight.store import Store, UserView, list_reports

from .conftest import csrf_of

XSS = '<script>alert("x")</script><img src=x onerror=alert(1)>'
MESSAGE = (
    "Dear Dr, a confidential client will pay USD 5,000 for a short report on your lab's "
    "roadmap. Please add me on WhatsApp +86 138 0013 8000. " + XSS
)


def submit(client: TestClient, **fields: object) -> str:
    page = client.get("/report").text
    submission = re.search(r'name="submission" value="([^"]+)"', page)
    assert submission
    data = {"csrf": csrf_of(page), "submission": submission.group(1), "message": MESSAGE}
    files = fields.pop("files", None)
    data.update({k: str(v) for k, v in fields.items()})
    done = client.post("/report", data=data, files=files)  # type: ignore[arg-type]
    return done.text if done.status_code == 200 else f"{done.status_code}:{done.text}"


def test_login_needs_the_form_token_and_the_right_password(app: FastAPI, users: dict) -> None:
    with TestClient(app) as client:
        token = csrf_of(client.get("/login").text)
        no_token = client.post("/login", data={"name": "rita", "password": "x"})
        assert no_token.status_code == 403
        wrong = client.post("/login", data={"name": "rita", "password": "nope", "csrf": token})
        assert wrong.status_code == 401 and "password" in wrong.text
        assert "cs_session" not in wrong.cookies


def test_repeated_failures_are_throttled(app: FastAPI, users: dict) -> None:
    with TestClient(app) as client:
        token = csrf_of(client.get("/login").text)
        codes = [
            client.post(
                "/login", data={"name": "rita", "password": "bad", "csrf": token}
            ).status_code
            for _ in range(12)
        ]
    assert codes[0] == 401 and codes[-1] == 429


def test_session_cookie_is_httponly_and_strict(app: FastAPI, users: dict) -> None:
    with TestClient(app) as client:
        token = csrf_of(client.get("/login").text)
        done = client.post(
            "/login",
            data={"name": "rita", "password": "correct horse battery", "csrf": token},
            follow_redirects=False,
        )
    cookie = done.headers["set-cookie"].lower()
    assert "httponly" in cookie and "samesite=strict" in cookie


def test_report_is_screened_at_once_and_escaped(as_user: dict[str, TestClient]) -> None:
    page = submit(as_user["rita"], sender_name=XSS, sector="quantum computing")
    assert "Your report" in page and "high" in page
    assert "<script>alert" not in page and "<img src=x" not in page
    assert "&lt;script&gt;" in page
    assert "Stay on the platform" in page  # the NPSA advice


def test_forms_without_the_csrf_token_are_refused(as_user: dict[str, TestClient]) -> None:
    done = as_user["rita"].post("/report", data={"message": MESSAGE, "csrf": "forged"})
    assert done.status_code == 403


def test_reporters_cannot_triage_or_read_others(as_user: dict[str, TestClient]) -> None:
    submit(as_user["rita"])
    assert as_user["otto"].get("/queue").status_code == 403
    queue = as_user["anna"].get("/queue").text
    report_id = re.search(r'href="/cases/([^"]+)"', queue)
    assert report_id
    assert as_user["otto"].get(f"/reports/{report_id.group(1)}").status_code == 404
    assert as_user["rita"].get(f"/reports/{report_id.group(1)}").status_code == 200


def test_decision_reaches_the_reporter(
    as_user: dict[str, TestClient], store: Store, users: dict[str, UserView]
) -> None:
    submit(as_user["rita"])
    analyst = as_user["anna"]
    report_id = list_reports(store, users["anna"]).items[0].id
    case = analyst.get(f"/cases/{report_id}")
    assert case.status_code == 200 and "<mark>" in case.text
    assert "rita" not in case.text  # the pseudonym only
    decided = analyst.post(
        f"/cases/{report_id}/decision",
        data={"csrf": csrf_of(case.text), "decision": "hostile", "tlp": "amber+strict"},
    )
    assert decided.status_code == 200 and "TLP:AMBER+STRICT" in decided.text
    note = analyst.post(
        f"/cases/{report_id}/notes", data={"csrf": csrf_of(case.text), "text": "Known persona."}
    )
    assert "Known persona." in note.text
    mine = as_user["rita"].get("/report").text
    assert re.search(r'class="decision">hostile<', mine)


def test_bulk_decisions(as_user: dict[str, TestClient], store: Store, users: dict) -> None:
    for _ in range(3):
        submit(as_user["rita"])
    ids = [r.id for r in list_reports(store, users["anna"]).items]
    queue = as_user["anna"].get("/queue").text
    done = as_user["anna"].post(
        "/queue/decide",
        data={"csrf": csrf_of(queue), "ids": ids, "decision": "suspicious", "tlp": "green"},
    )
    assert done.status_code == 200
    assert {r.decision for r in list_reports(store, users["anna"]).items} == {"suspicious"}


def test_only_an_admin_reveals_a_reporter(
    as_user: dict[str, TestClient], store: Store, users: dict
) -> None:
    submit(as_user["rita"])
    report_id = list_reports(store, users["anna"]).items[0].id
    case = as_user["anna"].get(f"/cases/{report_id}").text
    refused = as_user["anna"].post(f"/cases/{report_id}/reveal", data={"csrf": csrf_of(case)})
    assert refused.status_code == 403
    admin_case = as_user["adam"].get(f"/cases/{report_id}").text
    shown = as_user["adam"].post(f"/cases/{report_id}/reveal", data={"csrf": csrf_of(admin_case)})
    assert shown.status_code == 200 and 'class="revealed">rita<' in shown.text


def test_evidence_bundle_has_a_manifest(
    as_user: dict[str, TestClient], store: Store, users: dict
) -> None:
    submit(as_user["rita"])
    report_id = list_reports(store, users["anna"]).items[0].id
    done = as_user["anna"].get(f"/cases/{report_id}/bundle.zip")
    assert done.status_code == 200
    with zipfile.ZipFile(io.BytesIO(done.content)) as bundle:
        assert "manifest.json" in bundle.namelist()
        assert b"rita" not in b"".join(bundle.read(n) for n in bundle.namelist())


def _png(width: int, height: int, exif: bool = False) -> bytes:
    image = Image.new("RGB", (width, height), (200, 30, 30))
    out = io.BytesIO()
    if exif:
        data = Image.Exif()
        data[0x010F] = "SecretCamera"  # Make
        image.save(out, format="JPEG", exif=data.tobytes())
    else:
        image.save(out, format="PNG")
    return out.getvalue()


def test_uploads_are_reencoded_and_bombs_refused(
    as_user: dict[str, TestClient], store: Store, users: dict
) -> None:
    photo = ("me.jpg", _png(64, 64, exif=True), "image/jpeg")
    page = submit(as_user["rita"], files={"photo": photo})
    assert "Your report" in page
    report = list_reports(store, users["anna"]).items[0]
    case = as_user["anna"].get(f"/cases/{report.id}").text
    assert 'src="data:image/png;base64,' in case and "SecretCamera" not in case
    bomb = ("bomb.png", _png(10_000, 10_000), "image/png")
    refused = submit(as_user["rita"], files={"photo": bomb})
    assert refused.startswith("400:") and "decompression bomb" in refused
    big = submit(as_user["rita"], files={"photo": ("big.png", _png(7_000, 7_000), "image/png")})
    assert big.startswith("400:") and "too large" in big
    pdf = ("cv.png", b"%PDF-1.4 not an image", "image/png")
    junk = submit(as_user["rita"], files={"photo": pdf})
    assert junk.startswith("400:") and "not a readable image" in junk


def test_dashboard_and_admin_pages(as_user: dict[str, TestClient]) -> None:
    submit(as_user["rita"])
    board = as_user["anna"].get("/dashboard")
    assert board.status_code == 200 and "<svg" in board.text
    assert as_user["anna"].get("/admin").status_code == 403
    admin = as_user["adam"].get("/admin")
    token = as_user["adam"].post(
        "/admin/tokens", data={"csrf": csrf_of(admin.text), "user": "rita"}
    )
    assert "shown once" in token.text
