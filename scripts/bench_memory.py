#!/usr/bin/env python3
"""Memory of the page workers over a long batch: does a worker's resident
memory stay bounded, page after page, with its Tesseract engines kept loaded?

Builds a batch of at least ``--pages`` scanned pages (the scanned and
photographed samples, copied as often as needed), runs ``docintel check`` on it
with the cache off, and samples the resident memory (RSS) of every worker
process once a second. Prints, for each tenth of the run, the largest worker's
RSS, then the peak and the growth from the first tenth to the last.

    .venv/bin/python scripts/bench_memory.py [--pages 500] [--jobs 2]
"""
from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import psutil

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent


def batch(dest: Path, pages: int) -> int:
    labels = json.loads((ROOT / "samples" / "labels.json").read_text(encoding="utf-8"))
    scans = [(ROOT / "samples" / lab["file"], lab["pages"]) for lab in labels if lab["form"] != "native"]
    total, copy = 0, 0
    while total < pages:
        for path, n in scans:
            shutil.copy(path, dest / f"{copy:03d}-{path.name}")
            total += n
            if total >= pages:
                break
        copy += 1
    return total


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--pages", type=int, default=500)
    ap.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    args = ap.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="bench-memory-") as tmp:
        data = Path(tmp) / "batch"
        data.mkdir()
        pages = batch(data, args.pages)
        cmd = [str(BIN / "docintel"), "check", str(data), "--no-cache", "--quiet", "--jobs", str(args.jobs),
               "--format", "json", "-o", str(Path(tmp) / "report.json")]
        start = time.perf_counter()
        proc = subprocess.Popen(cmd, env={**os.environ, "OMP_THREAD_LIMIT": "1"},
                                stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
        main_proc = psutil.Process(proc.pid)
        samples: list[tuple[float, float, float]] = []  # (seconds, largest worker MiB, main MiB)
        while proc.poll() is None:
            try:
                workers = [c.memory_info().rss for c in main_proc.children(recursive=True)]
                own = main_proc.memory_info().rss
            except psutil.Error:
                break
            if workers:
                samples.append((time.perf_counter() - start, max(workers) / 2**20, own / 2**20))
            time.sleep(1.0)
        err = proc.stderr.read() if proc.stderr else ""
        if proc.wait() not in (0, 1):
            raise SystemExit(f"docintel check failed:\n{err[-2000:]}")
        seconds = time.perf_counter() - start
    print(f"{pages} pages, {args.jobs} workers, {seconds:.0f} s ({pages / seconds:.2f} pages/s)")
    tenth = seconds / 10
    peaks = []
    for k in range(10):
        part = [s for s in samples if k * tenth <= s[0] < (k + 1) * tenth]
        if part:
            peaks.append(max(s[1] for s in part))
            print(f"  {k * 10:3d}-{k * 10 + 10:3d} %: largest worker {peaks[-1]:6.0f} MiB, "
                  f"main process {max(s[2] for s in part):5.0f} MiB")
    if peaks:
        print(f"peak worker RSS {max(peaks):.0f} MiB; last tenth against first: {peaks[-1] - peaks[0]:+.0f} MiB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
