#!/usr/bin/env python3
"""Batch throughput of `marsad extract --input` and peak memory of the whole process tree.

    python3 benchmarks/throughput.py [--data ../shared/data/news/almayadeen_syria_2023-2024.jsonl] [--workers N]
    python3 benchmarks/throughput.py --stages tokenizer     # the foundation (tokenizer + clitic segmenter) alone

Prints articles/s (articles with text only), wall time, and peak resident memory summed over the
main process and its workers (sampled every 50 ms with psutil).
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import psutil

ROOT = Path(__file__).resolve().parent.parent
DEFAULT = ROOT.parent / "shared" / "data" / "news" / "almayadeen_syria_2023-2024.jsonl"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", type=Path, default=DEFAULT)
    ap.add_argument("--workers", type=int, default=None)
    ap.add_argument(
        "--stages",
        help="run only these stages (passed to `marsad extract --stages`); 'tokenizer' measures the foundation",
    )
    a = ap.parse_args()
    if not a.data.exists():
        print(f"skip: {a.data} not found")
        return 0
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "out.jsonl"
        cmd = [sys.executable, "-m", "marsad", "extract", "--input", str(a.data), "--output", str(out), "--no-resume"]
        if a.workers:
            cmd += ["--workers", str(a.workers)]
        if a.stages:
            cmd += ["--stages", a.stages]
        t0 = time.perf_counter()
        proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
        ps = psutil.Process(proc.pid)
        peak = 0
        while proc.poll() is None:
            try:
                rss = ps.memory_info().rss + sum(c.memory_info().rss for c in ps.children(recursive=True))
                peak = max(peak, rss)
            except psutil.Error:
                pass
            time.sleep(0.05)
        wall = time.perf_counter() - t0
        err = proc.stderr.read() if proc.stderr else ""
        n = sum(1 for _ in out.open(encoding="utf-8")) if out.exists() else 0
        events = sum(len(json.loads(x)["events"]) for x in out.open(encoding="utf-8")) if n else 0
    summary = [x for x in err.splitlines() if "written" in x]
    print(f"file: {a.data.name}   stages: {a.stages or 'full pipeline'}")
    print(f"articles written: {n}   events: {events}   wall: {wall:.1f} s   -> {n / wall:.2f} articles/s (incl. start-up)")
    print(f"peak RSS (process tree): {peak / 2**20:.0f} MiB")
    if summary:
        print("marsad:", summary[-1])
    return proc.returncode


if __name__ == "__main__":
    sys.exit(main())
