#!/usr/bin/env python3
"""Seals and signatures against the sample labels.

A detection counts when it overlaps a labelled box of its kind on the same page
with IoU >= 0.3 (each label matched once). Prints, per kind, precision and
recall; for matched seals, how often colour and shape are right and how often
the text read matches the unit's name (rapidfuzz partial ratio >= 60); the
detections on distractor-only documents; and whether each language version's
``signed`` / ``sealed`` flags agree with the labels.

    .venv/bin/python scripts/eval_vision.py [--jobs N] [--no-cache] [-v]
"""
from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

from labelled import labelled, parser
from rapidfuzz import fuzz

from docintel.judge.execution import MATCH

IOU = 0.3


def iou(a, b) -> float:
    ix = max(0.0, min(a[2], b[2]) - max(a[0], b[0]))
    iy = max(0.0, min(a[3], b[3]) - max(a[1], b[1]))
    inter = ix * iy
    union = (a[2] - a[0]) * (a[3] - a[1]) + (b[2] - b[0]) * (b[3] - b[1]) - inter
    return inter / union if union > 0 else 0.0


def match(found: list, gold: list[dict]) -> tuple[list[tuple], list, list[dict]]:
    """(pairs, unmatched detections, unmatched labels), greedily by IoU."""
    pairs, used = [], set()
    candidates = sorted(((iou(f.bbox, g["bbox"]), i, j) for i, f in enumerate(found) for j, g in enumerate(gold)
                         if f.page == g["page"]), reverse=True)
    taken = set()
    for score, i, j in candidates:
        if score < IOU or i in taken or j in used:
            continue
        pairs.append((found[i], gold[j]))
        taken.add(i)
        used.add(j)
    return pairs, [f for i, f in enumerate(found) if i not in taken], [g for j, g in enumerate(gold) if j not in used]


def main() -> int:
    ap = parser(__doc__)
    ap.add_argument("-v", "--verbose", action="store_true", help="print every miss and false detection")
    args = ap.parse_args()
    count: Counter = Counter()
    for analysis, label in labelled(args):
        report = analysis.report
        name = Path(report.path).name
        marks = label.get("marks", label)  # heldout3 keeps its boxes under "marks"
        for kind, found, gold in (("seal", report.seals, marks["seals"]),
                                  ("signature", report.signatures, marks["signatures"])):
            pairs, extra, missed = match(found, gold)
            count[f"{kind}_tp"] += len(pairs)
            count[f"{kind}_fp"] += len(extra)
            count[f"{kind}_fn"] += len(missed)
            if not marks["seals"] and not marks["signatures"]:
                count["distractor_docs"] += 1 if kind == "seal" else 0
                count["distractor_pages"] += report.pages if kind == "seal" else 0
                count["distractor_hits"] += len(found)
            if args.verbose:
                for f in extra:
                    print(f"  {name} p{f.page} false {kind} {f.bbox} conf {f.confidence}")
                for g in missed:
                    print(f"  {name} p{g['page']} missed {kind} {g['bbox']} {g.get('color', '')} {g.get('shape', '')}")
            if kind == "seal":
                for f, g in pairs:
                    count["colour_ok"] += f.color == g["color"]
                    count["shape_ok"] += f.shape == g["shape"]
                    count["text_ok"] += bool(f.text) and bool(g.get("text")) and fuzz.partial_ratio(
                        f.text.replace(" ", "").lower(), g["text"].replace(" ", "").lower()) >= MATCH
                    if args.verbose and (f.color != g["color"] or f.shape != g["shape"]):
                        print(f"  {name} p{f.page} seal {f.color}/{f.shape}, labelled {g['color']}/{g['shape']}")
        want = {v["language"]: (v["signed"], v["sealed"]) for v in label["language_versions"] if "signed" in v}
        for v in report.language_versions:
            if v.language in want:
                count["versions"] += 1
                count["versions_ok"] += want[v.language] == (v.signed, v.sealed)
    print(f"{'kind':10} {'found':>6} {'labelled':>9} {'right':>6} {'precision':>10} {'recall':>7}")
    for kind in ("seal", "signature"):
        tp, fp, fn = count[f"{kind}_tp"], count[f"{kind}_fp"], count[f"{kind}_fn"]
        print(f"{kind:10} {tp + fp:6} {tp + fn:9} {tp:6} {tp / max(1, tp + fp):10.3f} {tp / max(1, tp + fn):7.3f}")
    tp = max(1, count["seal_tp"])
    print(f"\nseal colour {count['colour_ok'] / tp:.3f}, shape {count['shape_ok'] / tp:.3f}, "
          f"name read {count['text_ok'] / tp:.3f} (of {count['seal_tp']} found seals)")
    print(f"distractor-only documents: {count['distractor_docs']} ({count['distractor_pages']} pages), "
          f"detections on them: {count['distractor_hits']}")
    print(f"language versions signed/sealed as labelled: {count['versions_ok']}/{count['versions']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
