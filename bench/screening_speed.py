"""Screening speed: approaches per second in one process, and per-approach latency.

    .venv/bin/python bench/screening_speed.py [--repeats 7] [--n 3000]

Uses the bundled examples and the labelled corpus (all of it: speed, not quality), keeps the
approaches with three or more messages as the "typical three-message approach", and reports the
median over repeats of (a) screening validated approaches, (b) parsing + validating + screening
JSON lines, and (c) the p50/p99 latency of one screen. Throughput is measured both through
``Screener.screen_many`` (the text models score batches of 256) and one approach at a time.
"""

from __future__ import annotations

import argparse
import json
import statistics
import time
from datetime import date
from pathlib import Path

from countersight.config import Settings
from countersight.domain import Approach
from countersight.screening import Screener
from countersight.sources.approach_documents import read_all, validate_item

ROOT = Path(__file__).resolve().parent.parent


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeats", type=int, default=7)
    parser.add_argument("--n", type=int, default=3000)
    args = parser.parse_args()
    settings = Settings(today=date(2026, 11, 1))
    paths = [str(ROOT / "examples"), str(ROOT / "corpus" / "approaches")]
    docs = [d.approach for d in read_all(paths, settings) if d.approach is not None]
    typical = [a for a in docs if len(a.messages) >= 3] or docs
    workload: list[Approach] = [typical[i % len(typical)] for i in range(args.n)]
    lines = [a.model_dump_json(exclude_none=True) for a in workload]
    screener = Screener(settings=settings)
    for a in typical:
        screener.screen(a)  # warm caches and lazy initialisation

    rates, single_rates, e2e_rates, p50s, p99s = [], [], [], [], []
    for _ in range(args.repeats):
        start = time.perf_counter()
        for _assessment in screener.screen_many(workload):
            pass
        rates.append(len(workload) / (time.perf_counter() - start))

        start = time.perf_counter()
        for a in workload:
            screener.screen(a)
        single_rates.append(len(workload) / (time.perf_counter() - start))

        start = time.perf_counter()
        validated = []
        for line in lines:
            doc = validate_item(json.loads(line), "bench", settings)
            assert doc.approach is not None
            validated.append(doc.approach)
        for _assessment in screener.screen_many(validated):
            pass
        e2e_rates.append(len(lines) / (time.perf_counter() - start))

        latencies = []
        for a in workload:
            t0 = time.perf_counter_ns()
            screener.screen(a)
            latencies.append((time.perf_counter_ns() - t0) / 1e6)
        latencies.sort()
        p50s.append(latencies[len(latencies) // 2])
        p99s.append(latencies[int(len(latencies) * 0.99)])

    chars = statistics.mean(sum(len(m.text) for m in a.messages) for a in typical)
    print(
        f"workload: {len(workload)} approaches drawn from {len(typical)} with >= 3 messages "
        f"(mean {chars:.0f} characters of message text), {args.repeats} repeats, medians:"
    )
    print(f"screen_many (batches of 256):  {statistics.median(rates):8.0f} approaches/s")
    print(f"screen one at a time:          {statistics.median(single_rates):8.0f} approaches/s")
    print(f"parse + validate + screen:     {statistics.median(e2e_rates):8.0f} approaches/s")
    print(
        f"latency of one screen:         p50 {statistics.median(p50s):.3f} ms, "
        f"p99 {statistics.median(p99s):.3f} ms"
    )
    print(
        f"targets: >= 2000 approaches/s (screening core), >= 1000 with the text models, "
        f"p99 < 5 ms -> {statistics.median(rates) / 2000:.2f}x, "
        f"{statistics.median(rates) / 1000:.2f}x and {5 / statistics.median(p99s):.1f}x"
    )


if __name__ == "__main__":
    main()
