"""Generate docintel's sample set (samples/ and samples/labels.json).

    .venv/bin/python scripts/make_samples.py [--seed 0] [--out samples]

Deterministic for a given seed: the same bytes come out on every run on the
same fonts and library versions. Content is in scripts/samplegen/content.py
and entities.py (alternative wordings and traps in wording.py), the file list in
scripts/samplegen/catalog.py. Prints any language where a clause element is never
present or never absent in the set.
"""
from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from samplegen.catalog import SAMPLES  # noqa: E402
from samplegen.coverage import gaps  # noqa: E402
from samplegen.fonts import register_fonts  # noqa: E402
from samplegen.output import build_sample  # noqa: E402
from samplegen.readme import write_readme  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--seed", type=int, default=0, help="random seed (default 0)")
    ap.add_argument("--out", type=Path, default=ROOT / "samples", help="output folder (default samples/)")
    ap.add_argument("--only", nargs="*", help="build only these file names (labels then cover only them)")
    return ap.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    register_fonts()
    labels = []
    start = time.perf_counter()
    for sample in SAMPLES:
        if args.only and sample.file not in args.only:
            continue
        t0 = time.perf_counter()
        labels.append(build_sample(sample, args.out, args.seed))
        print(f"{sample.file:42s} {labels[-1]['pages']}p  {time.perf_counter() - t0:5.2f}s", file=sys.stderr)
    (args.out / "labels.json").write_text(json.dumps(labels, ensure_ascii=False, indent=1) + "\n",
                                          encoding="utf-8")
    total = sum((args.out / lab["file"]).stat().st_size for lab in labels)
    write_readme(labels, args.out, total)
    for gap in gaps(labels):
        print(f"coverage gap: {gap}", file=sys.stderr)
    print(f"{len(labels)} files in {args.out} ({time.perf_counter() - start:.1f}s)", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
