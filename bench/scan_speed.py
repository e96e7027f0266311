"""Scan speed and memory: a generated LinkedIn export of 100,000 messages, end to end.

    .venv/bin/python bench/scan_speed.py [--messages 100000] [--repeats 3]

Builds a realistic export ZIP with :mod:`countersight.scan.synthetic` (once, in a temporary
folder), then runs ``countersight scan --format json`` on it ``--repeats`` times, each in a fresh
process, and reports the median wall-clock time and the median peak resident memory (the child's
``ru_maxrss``), with the issue's targets (< 30 s, < 500 MB).
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from countersight.scan.synthetic import ExportSpec, build_files, write_zip


def run_once(path: Path) -> tuple[float, float, int]:
    """Seconds, peak RSS in MB and the number of approaches of one scan in a fresh process."""
    code = (
        "import resource, sys\n"
        "from countersight.cli import main\n"
        "sys.argv = ['countersight', 'scan', '--format', 'json', sys.argv[1]]\n"
        "try:\n    main()\nexcept SystemExit:\n    pass\n"
        "peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss\n"
        "print(peak, file=sys.stderr)\n"
    )
    start = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-c", code, str(path)],
        capture_output=True,
        text=True,
        check=False,
        env={**os.environ, "COUNTERSIGHT_TODAY": "2026-11-01"},
    )
    seconds = time.perf_counter() - start
    peak_kb = int(done.stderr.strip().splitlines()[-1])
    return seconds, peak_kb / 1024, len(done.stdout.splitlines())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--messages", type=int, default=100_000)
    parser.add_argument("--repeats", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        start = time.perf_counter()
        files, truth = build_files(
            ExportSpec(
                seed=1,
                conversations=args.messages // 5,
                messages=args.messages,
                invitations=2000,
                html=True,
                mojibake=True,
            )
        )
        path = write_zip(files, Path(tmp) / "Complete_LinkedInDataExport.zip")
        del files
        built = time.perf_counter() - start
        size = path.stat().st_size / 1e6
        print(
            f"export: {truth.messages:,} messages, {len(truth.inbound_ids):,} inbound approaches "
            f"({len(truth.hostile_ids):,} hostile), ZIP {size:.1f} MB, built in {built:.1f} s"
        )
        runs = [run_once(path) for _ in range(args.repeats)]
    seconds = statistics.median(r[0] for r in runs)
    peak = statistics.median(r[1] for r in runs)
    found = runs[0][2]
    print(f"runs (s): {', '.join(f'{r[0]:.1f}' for r in runs)}")
    print(f"approaches reported: {found:,}")
    print(f"median wall clock: {seconds:.1f} s (target < 30 s) -> {30 / seconds:.2f}x headroom")
    print(f"median peak RSS:   {peak:.0f} MB (target < 500 MB)")
    print(
        f"throughput: {truth.messages / seconds:,.0f} messages/s, "
        f"{found / seconds:,.0f} approaches/s"
    )
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"(the generator itself peaked at {own:.0f} MB in this process)")


if __name__ == "__main__":
    main()
