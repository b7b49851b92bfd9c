#!/usr/bin/env python3
"""The version check's cost: loading the embedding model (once per process)
and the semantic stage per document, on every bilingual sample whose two
versions the model knows, best of three runs each, pages read once beforehand
(the page cache), one process.

    .venv/bin/python scripts/bench_semantic.py [--threads 2] [--limit N] [FILES...]
"""
from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from docintel.config import Settings  # noqa: E402
from docintel.elements.passages import read_passages  # noqa: E402
from docintel.pipeline import analyze_paths  # noqa: E402
from docintel.semantic import compare_versions, model  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("files", nargs="*", type=Path)
    ap.add_argument("--threads", type=int, default=model.THREADS, help="torch threads")
    ap.add_argument("--limit", type=int, default=0)
    args = ap.parse_args(argv)
    reason = model.unavailable()
    if reason:
        raise SystemExit(f"no model: {reason}")
    files = args.files
    if not files:
        labels = json.loads((ROOT / "samples" / "labels.json").read_text(encoding="utf-8"))
        files = [ROOT / "samples" / lab["file"] for lab in labels if len(lab.get("language_versions", [])) >= 2]
    files = files[: args.limit] if args.limit else files
    started = time.perf_counter()
    encoder = model.load()
    load = time.perf_counter() - started
    import torch

    torch.set_num_threads(args.threads)
    print(f"model loaded in {load:.2f} s ({encoder.folder}), {args.threads} torch threads")
    rows = []
    for analysis in analyze_paths(files, Settings(jobs=2)):
        langs = [v.language for v in analysis.report.language_versions]
        passages = read_passages(analysis.pages)
        best, element = float("inf"), None
        for _ in range(3):
            t = time.perf_counter()
            element = compare_versions(passages, langs)
            best = min(best, time.perf_counter() - t)
        if element is None or "pairs" not in element.value:
            continue
        units = sum(sum(p.get("units", [0, 0])) for p in element.value["pairs"])
        if not units:
            continue
        rows.append((best, analysis.report.pages, units))
        print(f"  {Path(analysis.report.path).name[:46]:46} {analysis.report.pages} p {units:3d} units  {best:.3f} s",
              flush=True)
    if rows:
        four = [s for s, pages, _ in rows if pages >= 3]
        print(f"{len(rows)} documents: median {statistics.median(s for s, _, _ in rows):.3f} s, "
              f"max {max(s for s, _, _ in rows):.3f} s; 3-4 page agreements median "
              f"{statistics.median(four) if four else float('nan'):.3f} s; model load {load:.2f} s once per process")
    return 0


if __name__ == "__main__":
    sys.exit(main())
