#!/usr/bin/env python3
"""Audit throughput (pages per second) with one worker and with all, and what
the audit costs over ``docintel check`` on the same files.

Two sets, each timed cold (no page cache, a fresh database):

* ``round``: the folders of round/ (text-layer PDFs; the ZIPs and the duplicate
  file left out so that check and audit read the same files);
* ``scans``: every scanned or photographed file of samples/, one application each.

For each set and worker count it runs ``docintel check DIR --format json`` and
``docintel audit DIR --db …`` one after the other as separate processes, and
prints wall time, pages per second, the audit's overhead over check and the
audit's peak resident memory (the main process; workers are separate).

    .venv/bin/python scripts/bench_audit.py [--sets round scans] [--jobs 1 2] [--repeat 1]
    .venv/bin/python scripts/bench_audit.py --scale 1 6     # peak memory: the round once, and six times over
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

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent


def round_set(dest: Path) -> Path:
    for app in sorted((ROOT / "round").iterdir()):
        if app.is_dir() and app.name != "XJ2025-030":  # XJ2025-030 is XJ2025-003's file again
            shutil.copytree(app, dest / app.name)
    return dest


def scans_set(dest: Path) -> Path:
    labels = json.loads((ROOT / "samples" / "labels.json").read_text(encoding="utf-8"))
    for lab in labels:
        if lab["form"] != "native":
            (dest / Path(lab["file"]).stem).mkdir(parents=True)
            shutil.copy(ROOT / "samples" / lab["file"], dest / Path(lab["file"]).stem)
    return dest


SETS = {"round": round_set, "scans": scans_set}


def scaled(data: Path, dest: Path, copies: int) -> Path:
    """``copies`` copies of a set, each file made unique by a comment after its
    end (readers ignore it; the audit's SHA-256 sees a new file)."""
    for k in range(copies):
        for path in data.rglob("*"):
            if path.is_file():
                target = dest / f"{path.parent.name}-{k}" / path.name
                target.parent.mkdir(parents=True, exist_ok=True)
                target.write_bytes(path.read_bytes() + f"\n%copy {k}\n".encode())
    return dest


def timed(cmd: list[str]) -> tuple[float, int, str]:
    """Wall seconds, peak RSS (KiB) of the command's own process, standard output."""
    env = {**os.environ, "OMP_THREAD_LIMIT": "1"}
    start = time.perf_counter()
    proc = subprocess.run(["/usr/bin/time", "-f", "%M", *cmd], capture_output=True, text=True, env=env)
    wall = time.perf_counter() - start
    if proc.returncode not in (0, 1):
        raise SystemExit(f"{' '.join(cmd)} failed:\n{proc.stderr[-2000:]}")
    rss = int(proc.stderr.strip().splitlines()[-1])
    return wall, rss, proc.stdout


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sets", nargs="+", default=list(SETS), choices=list(SETS))
    ap.add_argument("--jobs", nargs="+", type=int, default=[1, os.cpu_count() or 1])
    ap.add_argument("--repeat", type=int, default=1, help="runs per measurement; the fastest counts")
    ap.add_argument("--scale", nargs="*", type=int, default=[],
                    help="also audit the round this many times over (unique copies): memory against batch size")
    args = ap.parse_args(argv)
    if args.scale:
        return memory_by_size(args.scale, max(args.jobs))
    print(f"{'set':6} {'jobs':>4} {'files':>5} {'pages':>5} {'check s':>8} {'audit s':>8} {'pages/s':>8} "
          f"{'overhead':>8} {'audit MiB':>9}")
    for name in args.sets:
        with tempfile.TemporaryDirectory(prefix="docintel-bench-") as tmp:
            data = SETS[name](Path(tmp) / "root")
            files = sum(1 for p in data.rglob("*") if p.is_file())
            for jobs in args.jobs:
                checks, audits, rss = [], [], 0
                pages = 0
                for _ in range(args.repeat):
                    wall, _, out = timed([str(BIN / "docintel"), "check", str(data), "--format", "json", "--no-cache",
                                          "--quiet", "--jobs", str(jobs), "--as-of", "2026-06-30"])
                    checks.append(wall)
                    pages = sum(d["pages"] for d in json.loads(out)["documents"])
                    db = Path(tmp) / f"audit-{jobs}.sqlite"
                    for leftover in Path(tmp).glob(f"audit-{jobs}.sqlite*"):
                        leftover.unlink()
                    wall, peak, _ = timed([str(BIN / "docintel"), "audit", str(data), "--db", str(db), "--no-cache",
                                           "--quiet", "--jobs", str(jobs), "--as-of", "2026-06-30"])
                    audits.append(wall)
                    rss = max(rss, peak)
                check, audit = min(checks), min(audits)
                print(f"{name:6} {jobs:>4} {files:>5} {pages:>5} {check:>8.1f} {audit:>8.1f} {pages / audit:>8.2f} "
                      f"{(audit - check) / check:>8.1%} {rss / 1024:>9.0f}", flush=True)
    return 0


def memory_by_size(scales: list[int], jobs: int) -> int:
    print(f"{'copies':>6} {'files':>5} {'audit s':>8} {'pages/s':>8} {'audit MiB':>9}")
    with tempfile.TemporaryDirectory(prefix="docintel-bench-") as tmp:
        base = round_set(Path(tmp) / "round")
        pages = None
        for n in scales:
            data = scaled(base, Path(tmp) / f"x{n}", n)
            files = sum(1 for p in data.rglob("*") if p.is_file())
            if pages is None:
                _, _, out = timed([str(BIN / "docintel"), "check", str(base), "--format", "json", "--no-cache",
                                   "--quiet", "--jobs", str(jobs)])
                pages = sum(d["pages"] for d in json.loads(out)["documents"])
            wall, peak, _ = timed([str(BIN / "docintel"), "audit", str(data), "--db", str(Path(tmp) / f"x{n}.sqlite"),
                                   "--no-cache", "--quiet", "--jobs", str(jobs)])
            print(f"{n:>6} {files:>5} {wall:>8.1f} {pages * n / wall:>8.2f} {peak / 1024:>9.0f}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
