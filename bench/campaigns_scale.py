"""Campaign rebuild: quality (adjusted Rand index against planted campaigns), time and memory.

    .venv/bin/python bench/campaigns_scale.py [--sizes 10000 100000] [--seed 0] [--workers N]

For each size: generates reports with planted campaigns (countersight.campaigns.synthetic) into a
temporary file, then runs ``countersight campaigns build`` in a child process and reports its
wall time and peak resident memory (the child's, from ``getrusage``: the rebuild's own peak,
worker processes included as the largest of them), and the adjusted Rand index of the campaigns
found against the planted ones (each noise report its own cluster). Prints one JSON object per
size.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from sklearn.metrics import adjusted_rand_score

from countersight.campaigns import synthetic

ROOT = Path(__file__).resolve().parent.parent


def measure(size: int, seed: int, workers: int | None, folder: Path) -> dict[str, object]:
    reports = folder / f"reports-{size}.jsonl"
    started = time.perf_counter()
    synthetic.write(reports, size, seed)
    generated = time.perf_counter() - started
    output = folder / f"campaigns-{size}.jsonl"
    argv = [sys.executable, "-m", "countersight", "campaigns", "build", "--input", str(reports),
            "--format", "json"]  # fmt: skip
    if workers:
        argv += ["--workers", str(workers)]
    env = dict(os.environ, PYTHONPATH=str(ROOT / "src"))
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    started = time.perf_counter()
    with output.open("w") as out:
        done = subprocess.run(argv, stdout=out, stderr=subprocess.PIPE, text=True, env=env,
                              check=False)  # fmt: skip
    seconds = time.perf_counter() - started
    peak_kib = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    truth: list[str] = []
    with reports.open() as handle:
        for line in handle:
            doc = json.loads(line)
            truth.append(doc["provenance"]["planted_campaign"] or "noise-" + doc["id"])
    found: list[str] = []
    linked = 0
    with output.open() as handle:
        for line in handle:
            row = json.loads(line)
            found.append(row["campaign_id"] or "single-" + row["id"])
            linked += row["campaign_id"] is not None
    return {
        "reports": size,
        "exit_status": done.returncode,
        "stderr_lines": len(done.stderr.splitlines()),
        "generate_seconds": round(generated, 1),
        "build_seconds": round(seconds, 1),
        "peak_rss_mib": round(max(peak_kib, before) / 1024),
        "ari": round(adjusted_rand_score(truth, found), 4) if len(found) == len(truth) else None,
        "planted_campaigns": len({t for t in truth if not t.startswith("noise-")}),
        "campaigns_found": len({f for f in found if not f.startswith("single-")}),
        "linked_reports": linked,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000])
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--workers", type=int, default=None)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="countersight-bench-") as tmp:
        for size in args.sizes:
            print(json.dumps(measure(size, args.seed, args.workers, Path(tmp))), flush=True)


if __name__ == "__main__":
    main()
