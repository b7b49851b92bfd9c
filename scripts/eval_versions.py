#!/usr/bin/env python3
"""Language versions and layout against the sample labels.

For every labelled sample: are the version languages right, are each version's
pages right, is the layout right. Prints a row per file and the totals.

    .venv/bin/python scripts/eval_versions.py [--jobs N] [--no-cache]
"""
from __future__ import annotations

import sys
from pathlib import Path

from labelled import labelled, parser


def main() -> int:
    args = parser(__doc__).parse_args()
    n = lang_ok = pages_ok = layout_ok = 0
    for analysis, label in labelled(args):
        name = Path(analysis.report.path).name
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
