"""Web app under load: concurrent reporters, and the triage queue over 100,000 reports.

    .venv/bin/python bench/web_load.py [--db sqlite|postgresql] [--reporters 50] [--seconds 60]
                                       [--queue-reports 100000]

1. Starts ``countersight serve`` in its own process on a loopback port over a fresh database
   (a SQLite file, or a fresh schema of the PostgreSQL at 127.0.0.1:5432).
2. ``--reporters`` reporters, each with an API token, submit approach documents for
   ``--seconds`` seconds: one submission, a think time of 0.2-0.6 s, again; one submission in five
   is sent twice with the same Idempotency-Key (a client retry). Reports every latency and checks
   that the database holds exactly one report per acknowledged key (none lost, none doubled).
3. Fills the database to ``--queue-reports`` reports (bulk insert of screened reports) and times
   the first page of the triage queue as an analyst's browser asks for it (median of 20).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from pathlib import Path

import httpx
from sqlalchemy import create_engine, make_url, select, text

from countersight.store import create_token, create_user, open_store
from countersight.store.schema import Report

ROOT = Path(__file__).resolve().parent.parent
PASSWORD = "bench password 123"
POSTGRES = "postgresql+psycopg://postgres@127.0.0.1:5432/test"


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def database(kind: str, folder: Path) -> tuple[str, object]:
    if kind == "sqlite":
        return f"sqlite:///{folder / 'bench.db'}", None
    schema = f"bench_{uuid.uuid4().hex[:10]}"
    admin = create_engine(POSTGRES, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text(f'CREATE SCHEMA "{schema}"'))
    url = make_url(POSTGRES).update_query_dict({"options": f"-csearch_path={schema}"})
    return url.render_as_string(hide_password=False), (admin, schema)


def approaches() -> list[dict[str, object]]:
    lines = (ROOT / "examples" / "approaches.jsonl").read_text().splitlines()
    for part in ("heldout",):
        for f in sorted((ROOT / "corpus" / "approaches" / part).glob("*.jsonl")):
            lines += f.read_text().splitlines()
    docs = [json.loads(line) for line in lines if line.strip()]
    for d in docs:
        for key in ("id", "label", "provenance"):
            d.pop(key, None)
    return docs


def load(base: str, tokens: list[str], seconds: float) -> tuple[list[float], dict[str, str], int]:
    docs = approaches()
    latencies: list[float] = []
    acknowledged: dict[str, str] = {}
    errors = [0]
    lock = threading.Lock()
    stop = time.monotonic() + seconds

    def reporter(token: str, seed: int) -> None:
        rng = random.Random(seed)
        with httpx.Client(base_url=base, timeout=30) as client:
            while time.monotonic() < stop:
                key = uuid.uuid4().hex
                doc = rng.choice(docs)
                for _attempt in range(2 if rng.random() < 0.2 else 1):
                    start = time.perf_counter()
                    done = client.post(
                        "/api/v1/reports",
                        json=doc,
                        headers={"Authorization": f"Bearer {token}", "Idempotency-Key": key},
                    )
                    took = time.perf_counter() - start
                    with lock:
                        latencies.append(took)
                        if done.status_code in (200, 201):
                            report = done.json()["id"]
                            if acknowledged.setdefault(key, report) != report:
                                errors[0] += 1  # the same key answered with two reports
                        else:
                            errors[0] += 1
                time.sleep(rng.uniform(0.2, 0.6))

    threads = [threading.Thread(target=reporter, args=(t, i)) for i, t in enumerate(tokens)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return latencies, acknowledged, errors[0]


def fill(url: str, total: int) -> None:
    """Copy the reports already there until the table holds ``total`` (bulk insert through the
    store's own table definition, no screening)."""
    table = Report.__table__
    engine = create_engine(url)
    with engine.begin() as connection:
        template = [dict(r._mapping) for r in connection.execute(select(table))]
        have = len(template)
        rng = random.Random(3)
        while have < total:
            batch = []
            for _ in range(min(5000, total - have)):
                row = dict(rng.choice(template))
                row["id"] = uuid.uuid4().hex
                row["idempotency_key"] = None
                batch.append(row)
            connection.execute(table.insert(), batch)
            have += len(batch)
    engine.dispose()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--db", choices=["sqlite", "postgresql"], default="sqlite")
    parser.add_argument("--reporters", type=int, default=50)
    parser.add_argument("--seconds", type=float, default=60)
    parser.add_argument("--queue-reports", type=int, default=100_000)
    parser.add_argument("--workers", type=int, default=2, help="server worker processes")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        url, cleanup = database(args.db, Path(tmp))
        store = open_store(url)
        tokens = []
        for i in range(args.reporters):
            user = create_user(store, f"reporter{i}", "reporter", PASSWORD)
            tokens.append(create_token(store, user))
        create_user(store, "analyst", "analyst", PASSWORD)
        store.close()
        port = free_port()
        env = {**os.environ, "COUNTERSIGHT_SECRET_KEY": "b" * 40}
        server = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "countersight",
                "serve",
                "--db",
                url,
                "--port",
                str(port),
                "--workers",
                str(args.workers),
            ],
            env=env,
        )
        base = f"http://127.0.0.1:{port}"
        try:
            deadline = time.monotonic() + 60
            while True:
                try:
                    if httpx.get(f"{base}/healthz").status_code == 200:
                        break
                except httpx.HTTPError:
                    pass
                assert time.monotonic() < deadline, "the server did not start"
                time.sleep(0.2)
            latencies, acknowledged, errors = load(base, tokens, args.seconds)
            engine = create_engine(url)
            with engine.connect() as connection:
                stored = connection.execute(text("SELECT count(*) FROM reports")).scalar_one()
            engine.dispose()
            lat = sorted(latencies)
            p50 = statistics.median(lat) * 1000
            p99 = lat[int(0.99 * (len(lat) - 1))] * 1000
            print(
                f"{args.db}, {args.workers} worker(s): {args.reporters} reporters for "
                f"{args.seconds:.0f} s: "
                f"{len(lat):,} requests ({len(acknowledged):,} distinct reports, "
                f"{len(lat) / args.seconds:.1f} requests/s)"
            )
            print(f"  latency p50 {p50:.0f} ms, p99 {p99:.0f} ms (target p99 < 300 ms)")
            print(f"  slowest: {[round(x * 1000) for x in lat[-8:]]}")
            print(
                f"  stored {stored:,} reports for {len(acknowledged):,} acknowledged keys; "
                f"lost {max(0, len(acknowledged) - stored)}, doubled "
                f"{max(0, stored - len(acknowledged))}, failed requests {errors}"
            )
            if args.queue_reports:
                fill(url, args.queue_reports)
                with httpx.Client(base_url=base, timeout=30) as client:
                    page = client.get("/login")
                    token = re.search(r'name="csrf" value="([^"]+)"', page.text)
                    assert token
                    client.post(
                        "/login",
                        data={"name": "analyst", "password": PASSWORD, "csrf": token.group(1)},
                    )
                    times = []
                    for i in range(20):
                        query = "/queue" if i % 2 == 0 else "/queue?band=high&sort=date"
                        start = time.perf_counter()
                        done = client.get(query)
                        times.append(time.perf_counter() - start)
                        assert done.status_code == 200, done.status_code
                print(
                    f"  triage queue over {args.queue_reports:,} reports: median "
                    f"{statistics.median(times) * 1000:.0f} ms, max {max(times) * 1000:.0f} ms "
                    "(target < 300 ms)"
                )
        finally:
            server.terminate()
            server.wait(10)
            if cleanup is not None:
                admin, schema = cleanup  # type: ignore[misc]
                with admin.connect() as connection:  # type: ignore[attr-defined]
                    connection.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))


if __name__ == "__main__":
    main()
