#!/usr/bin/env python3
"""The version check's cost: loading the embedding model (once per process)
and the semantic stage per document (articles aligned, sentences of leftover
articles, clauses carried across), on every bilingual sample whose two
versions the model knows, best of three runs each, pages read once beforehand
(the page cache) and the lexicon's hits found once, one process.

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
from docintel.elements.across_versions import carry_clauses  # noqa: E402
from docintel.elements.clauses import clause_elements  # noqa: E402
from docintel.elements.reading import read  # noqa: E402
from docintel.judge.parties import find_parties  # noqa: E402
from docintel.pipeline import analyze_paths  # noqa: E402
from docintel.semantic import align_versions, model  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("files", nargs="*", type=Path)
    ap.add_argument("--threads", type=int, default=model.THREADS, help="batches embedded side by side")
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
    model.THREADS = args.threads
    print(f"model loaded in {load:.2f} s ({encoder.folder}), {args.threads} threads")
    rows = []
    analyses = list(analyze_paths(files, Settings(jobs=2)))  # all read first: no worker competes with the timing
    for analysis in analyses:
        langs = [v.language for v in analysis.report.language_versions]
        reading = read(analysis.pages, find_parties(analysis.pages))
        clauses = {name: element for name, (element, _) in clause_elements(reading).items()}  # hits found here
        best, element = float("inf"), None
        for _ in range(3):
            t = time.perf_counter()
            comparison = align_versions(reading.passages, langs)
            if comparison is not None:
                carry_clauses(reading, dict(clauses), comparison)
            best = min(best, time.perf_counter() - t)
            element = comparison.element if comparison else None
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
