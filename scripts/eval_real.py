#!/usr/bin/env python3
"""docintel on real documents: ``realdev/`` (labelled by looking at them).

Scores the development and the held-out part separately (the held-out part is
never looked into while tuning; its first run is the honest figure):

- seals: presence per document (precision, recall), and seal by seal, counted
  per page without boxes: min(found, labelled) right on each page; colour of
  the seals of a page where the counts agree; detections on pages with only
  lookalikes (emblems, logos, letterheads);
- signatures: presence per document (F1), and per page as for seals;
- language versions: the set of version languages equal to the label's;
- type: ``doc_type`` equal to the label's;
- ethics approvals: committee named or not (the label's null means only "this
  committee"), the decision, the review date; signing dates where labelled.

Documents whose labels say they hold personal data, or whose file is not in
``realdev/files/`` (see realdev/README.md), are skipped and counted.

    .venv/bin/python scripts/eval_real.py [--split dev|heldout|all] [--jobs N] [--no-cache] [-v]
"""
from __future__ import annotations

import argparse
import json
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from docintel.config import Settings, default_cache_dir, default_jobs  # noqa: E402
from docintel.pipeline import Analysis, analyze_paths  # noqa: E402

REALDEV = ROOT / "realdev"


def ratio(a: int, b: int) -> str:
    return f"{a / b:.3f} ({a}/{b})" if b else "-"


def f1(tp: int, fp: int, fn: int) -> str:
    if tp + fp + fn == 0:
        return "-"
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return f"{2 * p * r / (p + r) if p + r else 0.0:.3f} (P {p:.3f}, R {r:.3f})"


class Score:
    def __init__(self) -> None:
        self.c: Counter = Counter()
        self.notes: list[str] = []

    def presence(self, key: str, found: bool, gold: bool) -> None:
        self.c[f"{key}_{'tp' if found and gold else 'fp' if found else 'fn' if gold else 'tn'}"] += 1

    def add(self, a: Analysis, label: dict, verbose: bool) -> None:
        r = a.report
        name = label["id"]
        c = self.c
        c["docs"] += 1
        if r.status != "ok":
            c["unread"] += 1
            self.notes.append(f"{name}: not read ({r.error.code if r.error else '?'})")
            return
        for kind, found, gold in (("seal", r.seals, label.get("seals", [])),
                                  ("sig", r.signatures, label.get("signatures", []))):
            self.presence(f"{kind}_doc", bool(found), bool(gold))
            pages = {m["page"] for m in gold} | {m.page for m in found}
            for p in pages:
                f = [m for m in found if m.page == p]
                g = [m for m in gold if m["page"] == p]
                c[f"{kind}_tp"] += min(len(f), len(g))
                c[f"{kind}_fp"] += max(0, len(f) - len(g))
                c[f"{kind}_fn"] += max(0, len(g) - len(f))
                if kind == "seal" and f and len(f) == len(g):
                    want = Counter(m["color"] for m in g)
                    have = Counter(m.color for m in f)
                    c["colour_ok"] += sum((want & have).values())
                    c["colour_n"] += len(g)
                    if verbose and want != have:
                        self.notes.append(f"{name} p{p}: seal colours {dict(have)}, labelled {dict(want)}")
                if verbose and len(f) != len(g):
                    self.notes.append(f"{name} p{p}: {len(f)} {kind}s found, {len(g)} labelled")
            if kind == "seal":
                lookalike_pages = {m["page"] for m in label.get("lookalikes", [])} - {m["page"] for m in gold}
                c["lookalike_pages"] += len(lookalike_pages)
                c["lookalike_hits"] += sum(1 for m in found if m.page in lookalike_pages)
        langs = [v.language for v in r.language_versions]
        c["versions_n"] += 1
        c["versions_ok"] += set(langs) == set(label.get("versions", []))
        if verbose and set(langs) != set(label.get("versions", [])):
            self.notes.append(f"{name}: versions {langs}, labelled {label.get('versions')}")
        c["type_n"] += 1
        c["type_ok"] += r.doc_type == label["doc_type"]
        if verbose and r.doc_type != label["doc_type"]:
            self.notes.append(f"{name}: type {r.doc_type}, labelled {label['doc_type']}")
        el = r.elements
        ethics = label.get("ethics")
        if ethics:
            committee = el.get("ethics_committee")
            got = committee is not None and committee.status == "present"
            self.check("ethics_committee", name, got == bool(ethics.get("committee")),
                       f"{committee.status if committee else 'absent'}, labelled {ethics.get('committee')!r}", verbose)
            for key, gold in (("ethics_conclusion", ethics.get("conclusion")), ("ethics_date", ethics.get("date"))):
                e = el.get(key)
                value = e.value if e is not None and e.status == "present" else None
                self.check(key, name, value == gold, f"{value!r}, labelled {gold!r}", verbose)
        if label.get("signing_date") and label["doc_type"] != "ethics_review":
            e = el.get("signing_date")
            value = e.value if e is not None and e.status == "present" else None
            self.check("signing_date", name, value == label["signing_date"],
                       f"{value!r}, labelled {label['signing_date']!r}", verbose)

    def check(self, key: str, name: str, ok: bool, detail: str, verbose: bool) -> None:
        self.c[f"{key}_n"] += 1
        self.c[f"{key}_ok"] += ok
        if verbose and not ok:
            self.notes.append(f"{name}: {key} {detail}")

    def print(self, title: str) -> None:
        c = self.c
        print(f"\n== {title}: {c['docs']} documents, {c['unread']} not read")
        print(f"seals, per document:       {f1(c['seal_doc_tp'], c['seal_doc_fp'], c['seal_doc_fn'])}")
        print(f"seals, seal by seal:       {f1(c['seal_tp'], c['seal_fp'], c['seal_fn'])}")
        print(f"seal colour:               {ratio(c['colour_ok'], c['colour_n'])}")
        print(f"on lookalike-only pages:   {c['lookalike_hits']} seals found on {c['lookalike_pages']} pages")
        print(f"signatures, per document:  {f1(c['sig_doc_tp'], c['sig_doc_fp'], c['sig_doc_fn'])}")
        print(f"signatures, one by one:    {f1(c['sig_tp'], c['sig_fp'], c['sig_fn'])}")
        print(f"language versions:         {ratio(c['versions_ok'], c['versions_n'])}")
        print(f"document type:             {ratio(c['type_ok'], c['type_n'])}")
        for key in ("ethics_committee", "ethics_conclusion", "ethics_date", "signing_date"):
            print(f"{key + ':':26} {ratio(c[key + '_ok'], c[key + '_n'])}")
        for note in self.notes:
            print("  " + note)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--split", choices=("dev", "heldout", "all"), default="all")
    ap.add_argument("--jobs", type=int, default=default_jobs())
    ap.add_argument("--no-cache", action="store_true")
    ap.add_argument("-v", "--verbose", action="store_true",
                    help="list every miss, false find and wrong value (development part only)")
    args = ap.parse_args()
    manifest = REALDEV / "manifest.json"
    docs = json.loads(manifest.read_text(encoding="utf-8"))["documents"]
    skipped = Counter()
    chosen = []
    for d in docs:
        if args.split != "all" and d["split"] != args.split:
            continue
        if d.get("personal_data"):
            skipped["personal data"] += 1
        elif not (REALDEV / d["file"]).exists():
            skipped["file not restored"] += 1
        else:
            chosen.append(d)
    if skipped:
        print("skipped: " + ", ".join(f"{n} ({why})" for why, n in skipped.items()))
    settings = Settings(jobs=args.jobs, cache_dir=None if args.no_cache else default_cache_dir())
    by_path = {str(REALDEV / d["file"]): d for d in chosen}
    scores: dict[str, Score] = defaultdict(Score)
    for analysis in analyze_paths([REALDEV / d["file"] for d in chosen], settings):
        label = by_path[analysis.report.path]
        # the held-out part's misses are not printed: looking at them would be tuning on them
        scores[label["split"]].add(analysis, label, args.verbose and label["split"] == "dev")
    for split in ("dev", "heldout"):
        if split in scores:
            scores[split].print(f"realdev {split}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
