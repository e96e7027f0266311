"""``countersight serve --demo``: realistic users and reports so a newcomer sees a working app."""

from __future__ import annotations

import json
import secrets
from importlib import resources

from countersight.domain import Approach
from countersight.errors import Conflict
from countersight.screening import Screener
from countersight.store import Store, UserView, create_user, decide, get_user, submit_report

#: Demo users: (name, role). Their passwords are made at random and printed once.
DEMO_USERS = (
    ("ada.admin", "admin"),
    ("sam.analyst", "analyst"),
    ("rui.reporter", "reporter"),
    ("mei.reporter", "reporter"),
    ("olu.reporter", "reporter"),
)
#: Decisions the demo analyst has already taken, by report position.
DEMO_DECISIONS = {
    0: ("hostile", "amber"),
    1: ("suspicious", "amber+strict"),
    5: ("benign", "green"),
}


def demo_approaches() -> list[Approach]:
    text = resources.files("countersight.web").joinpath("demo_reports.jsonl").read_text("utf-8")
    return [Approach.model_validate(json.loads(line)) for line in text.splitlines() if line]


def seed_demo(store: Store, screener: Screener) -> dict[str, str]:
    """Create the demo users (new random passwords) and their reports, once per database.

    Returns the users' passwords; users that already exist keep theirs (and are not listed).
    """
    passwords: dict[str, str] = {}
    users: dict[str, UserView] = {}
    for name, role in DEMO_USERS:
        password = secrets.token_urlsafe(9)
        try:
            users[name] = create_user(store, name, role, password)
            passwords[name] = password
        except Conflict:
            users[name] = get_user(store, name)
    reporters = [u for u in users.values() if u.role == "reporter"]
    analyst = users["sam.analyst"]
    for i, approach in enumerate(demo_approaches()):
        reporter = reporters[i % len(reporters)]
        report, created = submit_report(
            store, reporter, approach, screener, idempotency_key=f"demo-{i}"
        )
        if created and i in DEMO_DECISIONS:
            decision, tlp = DEMO_DECISIONS[i]
            decide(store, analyst, [report.id], decision, tlp)
    return passwords
