#!/usr/bin/env python3
"""Language versions and layout against the sample labels.

For every labelled sample: are the version languages right, are each version's
pages right, is the layout right. Prints a row per file and the totals.

    .venv/bin/python scripts/eval_versions.py [--jobs N] [--no-cache]
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from docintel.config import Settings, default_cache_dir, default_jobs  # noqa: E402
from docintel.pipeline import analyze_paths  # noqa: E402


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--samples", type=Path, default=ROOT / "samples")
    ap.add_argument("--jobs", type=int, default=default_jobs())
    ap.add_argument("--no-cache", action="store_true")
    args = ap.parse_args()
    labels = {x["file"]: x for x in json.loads((args.samples / "labels.json").read_text())}
    files = [args.samples / name for name in sorted(labels)]
    settings = Settings(jobs=args.jobs, cache_dir=None if args.no_cache else default_cache_dir())
    n = lang_ok = pages_ok = layout_ok = 0
    for analysis in analyze_paths(files, settings):
        name = Path(analysis.report.path).name
        label = labels[name]
        want = {v["language"]: v["pages"] for v in label["language_versions"]}
        got = {v.language: v.pages for v in analysis.report.language_versions}
        n += 1
        langs = set(want) == set(got)
        pages = want == got
        layout = label["layout"] == analysis.layout
        lang_ok += langs
        pages_ok += pages
        layout_ok += layout
        mark = lambda ok: "ok " if ok else "BAD"  # noqa: E731
        print(f"{name:42} languages {mark(langs)} pages {mark(pages)} layout {mark(layout)}"
              + ("" if pages and layout else f"   want {want} {label['layout']}, got {got} {analysis.layout}"))
    print(f"\n{n} documents: languages {lang_ok}/{n}, pages {pages_ok}/{n}, layout {layout_ok}/{n}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
