"""The reporter -> analyst -> decision -> reporter journey in a real Chromium (Debian's), with
hostile markup in the message that must show as text and never run."""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import uvicorn
from fastapi import FastAPI

from countersight.store import UserView

from .conftest import PASSWORD

CHROMIUM = Path("/usr/bin/chromium")
playwright = pytest.importorskip("playwright.sync_api")
pytestmark = pytest.mark.skipif(not CHROMIUM.exists(), reason="needs Debian's chromium")
XSS = '<script>alert("xss")</script><img src=x onerror="alert(1)">'


@pytest.fixture
def server(app: FastAPI, users: dict[str, UserView]) -> Iterator[str]:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    config = uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning")
    running = uvicorn.Server(config)
    thread = threading.Thread(target=running.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not running.started:
        assert time.monotonic() < deadline, "the server did not start"
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    running.should_exit = True
    thread.join(10)


def log_in(browser: Any, server: str, name: str, lands: str, dialogs: list[str]) -> Any:
    """A fresh browser context logged in as ``name``; any dialog is recorded and dismissed."""
    page = browser.new_context().new_page()
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    page.goto(f"{server}/login")
    page.fill("input[name=name]", name)
    page.fill("input[name=password]", PASSWORD)
    page.click("button[type=submit]")
    page.wait_for_url(f"{server}{lands}")
    return page


def test_report_triage_decide_and_the_reporter_sees_it(server: str) -> None:
    dialogs: list[str] = []
    with playwright.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=["--no-sandbox"])
        try:
            reporter = log_in(browser, server, "rita", "/report", dialogs)
            reporter.fill(
                "textarea[name=message]",
                "Dear Dr, a confidential client will pay USD 5,000 for a short report on your "
                "lab's roadmap. Add me on WhatsApp +86 138 0013 8000. " + XSS,
            )
            reporter.fill("input[name=sender_name]", XSS)
            reporter.fill("input[name=sector]", "quantum computing")
            reporter.click("form[action='/report'] button[type=submit]")
            reporter.wait_for_selector("#result")
            result = reporter.inner_text("#result")
            assert "high" in result and "Stay on the platform" in result

            analyst = log_in(browser, server, "anna", "/queue", dialogs)
            analyst.click("a[href^='/cases/']")
            analyst.wait_for_selector("text=Red flags")
            assert XSS in analyst.inner_text("main")  # shown as text, not run
            assert analyst.locator("mark").count() > 0
            assert "rita" not in analyst.inner_text("main")
            analyst.select_option("form[action$='/decision'] select[name=decision]", "hostile")
            analyst.click("form[action$='/decision'] button[type=submit]")
            analyst.wait_for_selector(".decision >> text=hostile")

            reporter.goto(f"{server}/report")
            assert reporter.locator("td.decision", has_text="hostile").count() == 1
        finally:
            browser.close()
    assert dialogs == [], "no script from the message ran"
