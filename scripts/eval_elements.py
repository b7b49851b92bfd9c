#!/usr/bin/env python3
"""Document types, elements and rules against the sample labels.

For every sample, each element id the report contract lists for its labelled
type is scored: the label's `false`/`null` means missing, `"uncertain"`
uncertain, anything else present. Prints per element the accuracy of the
status (and, where the label has one, of the value: signing and ethics dates,
the ethics decision, the number of parties, each party's funding amount), the
precision and recall of *flagging* an element (status missing or uncertain,
which is what produces a finding), the document-type accuracy, and the rules
that fired against those the labels expect.

    .venv/bin/python scripts/eval_elements.py [--jobs N] [--no-cache] [-v]
"""
from __future__ import annotations

import datetime as dt
import sys
import time
from collections import Counter, defaultdict

from labelled import labelled, parser

from docintel.elements import content_elements
from docintel.judge.parties import find_parties
from docintel.judge.rulebook import CONTRACT_MINIMUM as CONTRACT, fired_rules

DEFAULT_AS_OF = "2026-06-30"
# the rules the labels record; the ethics rules follow from ethics_conclusion, scored above
LABELLED_RULES = {"extra_units", "signing_date_future", "validity_short", "versions_disagree", "prior_approval"}


def expected_status(value) -> str:
    if value is None or value is False or value == [] or value == "":
        return "missing"
    if value == "uncertain":
        return "uncertain"
    return "present"


def value_ok(element: str, gold, got) -> bool | None:
    """Whether the value read matches the label's, where the label has one."""
    if expected_status(gold) != "present" or got is None:
        return None
    if element in ("signing_date", "ethics_date", "ethics_conclusion") and isinstance(gold, str):
        return got.value == gold
    if element == "parties" and isinstance(gold, list):
        return isinstance(got.value, list) and len(got.value) == len(gold)
    if element == "funding_allocation" and isinstance(gold, list):
        want = {g["party"]: g.get("amount_cny") for g in gold if isinstance(g, dict) and g.get("amount_cny")}
        have = {s.get("place"): s.get("amount_cny") for s in got.value or [] if isinstance(s, dict)}
        return all(abs((have.get(p) or 0) - a) < 0.5 for p, a in want.items()) if want else None
    return None


def by_version(pairs, pr) -> None:
    """Clause statuses per foreign version, own words against aligned articles."""
    counts = {"own words": Counter(), "with aligned articles": Counter()}
    versions = set()
    for report, label in pairs:
        articles = report.elements.get("version_articles")
        gold = label.get("elements", {})
        for pair in (articles.value or {}).get("pairs", []) if articles and isinstance(articles.value, dict) else []:
            for element, statuses in pair.get("clauses", {}).items():
                if element not in gold:
                    continue
                want = expected_status(gold[element]) == "present"
                for lang, status in statuses.items():
                    if lang == "zh":
                        continue
                    versions.add((report.path, lang))
                    for mode, found in (("own words", status == "present"),
                                        ("with aligned articles", status in ("present", "aligned"))):
                        counts[mode]["tp" if found and want else "fp" if found else "fn" if want else "tn"] += 1
    if not versions:
        return
    print(f"\nforeign versions' clauses ({len(versions)} versions compared with the Chinese one):")
    for mode, c in counts.items():
        p, r = pr(c)
        print(f"  {mode:22} found {c['tp']}/{c['tp'] + c['fn']} (recall {r:.3f}), precision {p:.3f} ({c['fp']} false)")


def main() -> int:
    ap = parser(__doc__)
    ap.add_argument("-v", "--verbose", action="store_true", help="print every wrong status or value")
    args = ap.parse_args()
    analyses = list(labelled(args))
    pairs = [(a.report, label) for a, label in analyses]
    labels = [label for _, label in pairs]
    seconds = []  # the document stage alone, on pages already read
    for analysis, _ in analyses:
        started = time.perf_counter()
        content_elements(analysis.pages, analysis.report.language_versions, find_parties(analysis.pages))
        seconds.append(time.perf_counter() - started)

    status_ok: Counter = Counter()
    status_n: Counter = Counter()
    values_ok: Counter = Counter()
    values_n: Counter = Counter()
    flag = Counter()  # tp, fp, fn per element, and overall
    per_flag: dict[str, Counter] = defaultdict(Counter)
    types_ok = 0
    rules = Counter()
    wrong: list[str] = []
    for report, label in pairs:
        doc_type = label["doc_type"]
        types_ok += report.doc_type == doc_type
        if report.doc_type != doc_type:
            wrong.append(f"{label['file']}: type {report.doc_type}, labelled {doc_type}")
        gold_elements = label.get("elements", {})
        for element in CONTRACT.get(doc_type, []):
            gold = gold_elements.get(element)
            want = expected_status(gold)
            got = report.elements.get(element)
            have = got.status if got else "missing"
            status_n[element] += 1
            status_ok[element] += have == want
            if have != want:
                wrong.append(f"{label['file']}: {element} {have}, labelled {want}"
                             + (f" ({got.value})" if got and got.value and args.verbose else ""))
            ok = value_ok(element, gold, got) if have == "present" else None
            if ok is not None:
                values_n[element] += 1
                values_ok[element] += ok
                if not ok:
                    wrong.append(f"{label['file']}: {element} value {got.value!r}, labelled {gold!r}")
            flagged, should = have != "present", want != "present"
            key = "tp" if flagged and should else "fp" if flagged else "fn" if should else "tn"
            flag[key] += 1
            per_flag[element][key] += 1
        as_of = dt.date.fromisoformat(label.get("as_of", DEFAULT_AS_OF))
        fired = set(fired_rules(report.doc_type, report.elements, as_of)) & LABELLED_RULES
        expected = set(label.get("rules", []))
        rules["tp"] += len(fired & expected)
        rules["fp"] += len(fired - expected)
        rules["fn"] += len(expected - fired)
        for r in fired ^ expected:
            wrong.append(f"{label['file']}: rule {r} {'fired, not labelled' if r in fired else 'labelled, did not fire'}")

    def pr(c: Counter) -> tuple[float, float]:
        p = c["tp"] / (c["tp"] + c["fp"]) if c["tp"] + c["fp"] else 1.0
        r = c["tp"] / (c["tp"] + c["fn"]) if c["tp"] + c["fn"] else 1.0
        return p, r

    print(f"{len(labels)} documents; document type right {types_ok}/{len(labels)} ({types_ok / len(labels):.3f})")
    print(f"{'element':22} {'status':>14} {'value':>12} {'flag P':>7} {'flag R':>7}")
    for element in sorted(status_n):
        p, r = pr(per_flag[element])
        val = f"{values_ok[element]}/{values_n[element]}" if values_n[element] else "-"
        print(f"{element:22} {status_ok[element]:>4}/{status_n[element]:<3} {status_ok[element] / status_n[element]:.3f}"
              f" {val:>12} {p:7.3f} {r:7.3f}")
    total_ok, total_n = sum(status_ok.values()), sum(status_n.values())
    p, r = pr(flag)
    print(f"all elements: status {total_ok}/{total_n} ({total_ok / total_n:.3f}); "
          f"flagging missing/uncertain: precision {p:.3f}, recall {r:.3f} "
          f"({flag['tp']} right, {flag['fp']} false, {flag['fn']} missed)")
    seconds.sort()
    print(f"reading the elements: median {1000 * seconds[len(seconds) // 2]:.0f} ms, "
          f"worst {1000 * seconds[-1]:.0f} ms per document (pages already read)")
    rp, rr = pr(rules)
    print(f"rules: precision {rp:.3f}, recall {rr:.3f} ({rules['tp']} right, {rules['fp']} false, {rules['fn']} missed)")
    by_version(pairs, pr)
    if wrong:
        print("\nwrong:")
        for line in wrong:
            print("  " + line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
