#!/usr/bin/env python3
"""Train the judge of seal and signature candidates (``models/marks.joblib``).

Every labelled page is read as docintel reads it (pages from the cache), the
candidates are proposed exactly as at run time (``vision.marks.page_candidates``),
and each candidate is labelled by its overlap with a labelled box of its kind
(IoU >= 0.3). Training sets: the generated samples (``samples/``) and the
development part of the real documents (``realdev/``, those whose boxes are
labelled). Never the held-out sets (``heldout3/``, realdev's held-out part).

A gradient-boosted classifier per kind is scored by cross-validation grouped
by document (no page of a document in both training and scoring), the
probability threshold that gives the best F1 there is kept, and the model is
fitted on everything and written with its feature names and thresholds.

    .venv/bin/python scripts/train_marks.py [--jobs N] [--no-real] [--out models/marks.joblib]
"""
from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from pathlib import Path

import numpy as np
from eval_vision import IOU, iou

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from docintel.config import Settings, default_cache_dir, default_jobs  # noqa: E402
from docintel.pages import PageTask, marks_image  # noqa: E402
from docintel.pipeline import analyze_paths  # noqa: E402
from docintel.readers import check_file  # noqa: E402
from docintel.vision import boosted  # noqa: E402
from docintel.vision.candidates import SEAL_FEATURES, SIGNATURE_FEATURES, vector  # noqa: E402
from docintel.vision.marks import _shared, _stored_box, page_candidates  # noqa: E402

KINDS = ("seal", "signature")


def matches(candidate, mark) -> float:
    """How well a candidate box stands for a labelled one: their IoU, or, when the
    candidate holds most of the mark and the mark is a fair part of it, as good
    as the threshold (a signature box drawn tight, a candidate with a flourish)."""
    ix = max(0.0, min(candidate[2], mark[2]) - max(candidate[0], mark[0]))
    iy = max(0.0, min(candidate[3], mark[3]) - max(candidate[1], mark[1]))
    inter = ix * iy
    area_c = (candidate[2] - candidate[0]) * (candidate[3] - candidate[1])
    area_m = (mark[2] - mark[0]) * (mark[3] - mark[1])
    score = iou(candidate, mark)
    if area_c > 0 and area_m > 0 and inter / area_m >= 0.6 and inter / area_c >= 0.3:
        score = max(score, IOU)
    return score


def labelled_documents(use_real: bool) -> list[tuple[Path, str, dict[str, list[dict]]]]:
    """(file, group, {kind: [{page, bbox}]}) for every document with boxes for all its marks."""
    docs = []
    for item in json.loads((ROOT / "samples" / "labels.json").read_text(encoding="utf-8")):
        docs.append((ROOT / "samples" / item["file"], "samples",
                     {"seal": item["seals"], "signature": item["signatures"]}))
    boxes_file = ROOT / "realdev" / "parts" / "boxes.json"
    if use_real and boxes_file.exists():
        boxes = json.loads(boxes_file.read_text(encoding="utf-8"))
        manifest = json.loads((ROOT / "realdev" / "manifest.json").read_text(encoding="utf-8"))["documents"]
        for d in manifest:
            path = ROOT / "realdev" / d["file"]
            b = boxes.get(d["id"])
            if d["split"] != "dev" or d.get("personal_data") or b is None or not path.exists():
                continue
            if len(b.get("seals", [])) != len(d.get("seals", [])) or \
                    len(b.get("signatures", [])) != len(d.get("signatures", [])):
                continue  # boxes not complete: its unboxed marks would count as negatives
            docs.append((path, "realdev", {"seal": b["seals"], "signature": b["signatures"]}))
    return docs


def collect(docs, settings: Settings):
    """Rows (document index, kind, features, is it a labelled mark) and the labelled
    marks no candidate covers (the recall the judge can never reach)."""
    rows = []
    uncovered = defaultdict(int)
    totals = defaultdict(int)
    by_path = {str(p): (i, group, gold) for i, (p, group, gold) in enumerate(docs)}
    for analysis in analyze_paths([p for p, _, _ in docs], settings):
        i, group, gold = by_path[analysis.report.path]
        if analysis.report.status != "ok":
            print(f"  not read: {analysis.report.path}", file=sys.stderr)
            continue
        path = Path(analysis.report.path)
        kind_of_file = check_file(path, settings.limits)
        for page in analysis.pages:
            task = PageTask(path=path, kind=kind_of_file, index=page.number - 1, dpi=settings.ocr_dpi,
                            limits=settings.limits)
            found = page_candidates(marks_image(task, page), page, full=True)
            rotation = page.rotation % 360
            for kind, cands in (("seal", found.seals), ("signature", found.signatures)):
                marks = [g["bbox"] for g in gold[kind] if g["page"] == page.number]
                boxes = [_stored_box(c.box, found.ink, rotation) for c in cands]
                hit = set()
                for c, box in zip(cands, boxes):
                    best = max(((matches(box, m), j) for j, m in enumerate(marks)), default=(0.0, -1))
                    positive = best[0] >= IOU
                    if positive:
                        hit.add(best[1])
                    mark = (i, page.number, best[1]) if positive else None
                    rows.append((i, group, kind, vector(c), positive, mark, page.number, box))
                totals[(group, kind)] += len(marks)
                totals[(i, page.number, kind)] = len(marks)
                uncovered[(group, kind)] += len(marks) - len(hit)
    return rows, uncovered, totals


def cross_validate(x, y, groups, folds: int = 5):
    from sklearn.ensemble import HistGradientBoostingClassifier
    from sklearn.model_selection import GroupKFold

    proba = np.zeros(len(y))
    for train, test in GroupKFold(n_splits=min(folds, len(set(groups)))).split(x, y, groups):
        model = HistGradientBoostingClassifier(max_iter=300, learning_rate=0.06, max_leaf_nodes=15,
                                               l2_regularization=1.0, class_weight="balanced", random_state=0)
        model.fit(x[train], y[train])
        proba[test] = model.predict_proba(x[test])[:, 1]
    return proba


def page_counts(part, accepted, totals, kind: str, group: str) -> tuple[int, int, int]:
    """(right, extra, missed) counted page by page as ``eval_real.py`` counts them:
    accepted candidates after overlap suppression against the labelled number."""
    found: dict[tuple[int, int], list] = defaultdict(list)
    for row, ok in zip(part, accepted):
        if ok and row[1] == group:
            boxes = found[(row[0], row[6])]
            if all((_shared(row[7], b) if kind == "seal" else iou(row[7], b)) < 0.5 for b in boxes):
                boxes.append(row[7])
    pages = {(k[0], k[1]) for k in totals if isinstance(k[0], int) and k[2] == kind} | set(found)
    groups_of = {row[0]: row[1] for row in part}
    tp = fp = fn = 0
    for key in pages:
        if groups_of.get(key[0], group) != group:
            continue
        gold = totals.get((key[0], key[1], kind), 0)
        n = len(found.get(key, []))
        tp, fp, fn = tp + min(n, gold), fp + max(0, n - gold), fn + max(0, gold - n)
    return tp, fp, fn


def best_threshold(proba, y) -> tuple[float, float, float, float]:
    best = (0.5, 0.0, 0.0, 0.0)
    for t in np.arange(0.2, 0.96, 0.025):
        pred = proba >= t
        tp = int((pred & y).sum())
        p = tp / max(1, int(pred.sum()))
        r = tp / max(1, int(y.sum()))
        f = 2 * p * r / (p + r) if p + r else 0.0
        if f > best[3]:
            best = (float(t), p, r, f)
    return best


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--jobs", type=int, default=default_jobs())
    ap.add_argument("--no-real", action="store_true", help="train on the generated samples only")
    ap.add_argument("--out", type=Path, default=ROOT / "models" / "marks.joblib")
    ap.add_argument("--rows", type=Path, help="keep the candidates' features here and reuse them (tuning the model)")
    args = ap.parse_args()
    import joblib
    import sklearn
    from sklearn.ensemble import HistGradientBoostingClassifier

    docs = labelled_documents(not args.no_real)
    print(f"{len(docs)} documents: " + ", ".join(
        f"{g} {sum(1 for _, gg, _ in docs if gg == g)}" for g in ("samples", "realdev")))
    if args.rows and args.rows.exists():
        rows, uncovered, totals = joblib.load(args.rows)
    else:
        rows, uncovered, totals = collect(docs, Settings(jobs=args.jobs, cache_dir=default_cache_dir()))
        if args.rows:
            joblib.dump((rows, uncovered, totals), args.rows)
    models, thresholds, report = {}, {}, {}
    for kind in KINDS:
        part = [r for r in rows if r[2] == kind]
        x = np.array([r[3] for r in part], dtype=np.float32)
        y = np.array([r[4] for r in part], dtype=bool)
        groups = np.array([r[0] for r in part])
        proba = cross_validate(x, y, groups)
        t, p, r, f = best_threshold(proba, y)
        by_group = {}
        for g in ("samples", "realdev"):
            sel = np.array([row[1] == g for row in part])
            if sel.any():
                pred = proba[sel] >= t
                tp = int((pred & y[sel]).sum())
                found = {row[5] for row, ok in zip(part, proba >= t) if ok and row[5] and row[1] == g}
                by_group[g] = {"candidates": int(sel.sum()), "marks": totals[(g, kind)],
                               "uncovered": uncovered[(g, kind)],
                               "precision": round(tp / max(1, int(pred.sum())), 3),
                               "marks_found": round(len(found) / max(1, totals[(g, kind)]), 3)}
                names = SEAL_FEATURES if kind == "seal" else SIGNATURE_FEATURES
                rule = x[:, names.index("rule")] > 0.5
                for who, accepted in (("model", proba >= t), ("rules", rule)):
                    tp_, fp_, fn_ = page_counts(part, accepted, totals, kind, g)
                    f1 = 2 * tp_ / max(1, 2 * tp_ + fp_ + fn_)
                    by_group[g][f"{who}_per_page"] = {"right": tp_, "extra": fp_, "missed": fn_, "f1": round(f1, 3)}
                    print(f"  {g} {kind} per page, {who}: precision {tp_ / max(1, tp_ + fp_):.3f}, "
                          f"recall {tp_ / max(1, tp_ + fn_):.3f}, F1 {f1:.3f} ({tp_} right, {fp_} extra, {fn_} missed)")

        print(f"{kind}: {len(y)} candidates, {int(y.sum())} positive; cross-validated at p >= {t:.3f}: "
              f"precision {p:.3f}, recall {r:.3f} (of candidates), F1 {f:.3f}")
        for g, v in by_group.items():
            print(f"  {g}: {v}")
        model = HistGradientBoostingClassifier(max_iter=300, learning_rate=0.06, max_leaf_nodes=15,
                                               l2_regularization=1.0, class_weight="balanced", random_state=0)
        model.fit(x, y)
        models[kind], thresholds[kind] = model, round(t, 3)
        # the model decides this kind only where it beats the rules on real pages (cross-validated)
        real = by_group.get("realdev")
        if real and real["model_per_page"]["f1"] < real["rules_per_page"]["f1"]:
            thresholds[kind] = None
            print(f"  {kind}: the rules do better on real pages; the model is kept but not used for it")
        report[kind] = {"threshold": round(t, 3), "cv_precision": round(p, 3), "cv_recall": round(r, 3),
                        "by_set": by_group}
    bundle = {"models": models, "thresholds": thresholds,
              "features": {"seal": SEAL_FEATURES, "signature": SIGNATURE_FEATURES},
              "sklearn": sklearn.__version__, "trained_on": [str(p.relative_to(ROOT)) for p, _, _ in docs],
              "cross_validation": report}
    args.out.parent.mkdir(exist_ok=True)
    joblib.dump(bundle, args.out, compress=3)
    print(f"written {args.out} ({args.out.stat().st_size / 1024:.0f} KiB)")
    # what docintel loads: the trees as arrays, walked without scikit-learn
    runtime = args.out.with_suffix(".npz")
    boosted.export(models, {key: value for key, value in bundle.items() if key != "models"}, runtime)
    print(f"written {runtime} ({runtime.stat().st_size / 1024:.0f} KiB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
