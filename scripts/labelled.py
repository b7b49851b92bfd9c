"""What the evaluation scripts share: their common options and the analysis of a
labelled folder (``labels.json`` beside the files), from the page cache unless
``--no-cache``."""
from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from docintel.config import Settings, default_cache_dir, default_jobs  # noqa: E402
from docintel.pipeline import Analysis, analyze_paths  # noqa: E402


def parser(doc: str | None) -> argparse.ArgumentParser:
    ap = argparse.ArgumentParser(description=doc, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--samples", type=Path, default=ROOT / "samples", help="a folder with labels.json")
    ap.add_argument("--jobs", type=int, default=default_jobs())
    ap.add_argument("--no-cache", action="store_true")
    return ap


def labelled(args: argparse.Namespace) -> Iterator[tuple[Analysis, dict]]:
    """Each labelled file's analysis with its label, in the labels' order."""
    labels = json.loads((args.samples / "labels.json").read_text(encoding="utf-8"))
    settings = Settings(jobs=args.jobs, cache_dir=None if args.no_cache else default_cache_dir())
    by_name = {x["file"]: x for x in labels}
    for analysis in analyze_paths([args.samples / x["file"] for x in labels], settings):
        yield analysis, by_name[Path(analysis.report.path).name]
