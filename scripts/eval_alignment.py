#!/usr/bin/env python3
"""The version check against labelled version pairs: article alignment, the
articles without counterpart, and different agreements.

Each JSON file is one bilingual document (the format of heldout_versions/,
written by a helper who never saw the code): the Chinese and the partner
version's articles (heading, body), the gold alignment (zh indexes, partner
indexes), the articles missing on either side, and whether the partner
version is another agreement. Each is laid out as a text-layer document the
way the pipeline sees one (every heading and body a block; the Chinese pages
first, or every third document article by article alternating), given
languages by the identifier, smoothed, split into versions and passages like
any document, then compared by ``docintel.semantic``.

Scores:
* alignment: gold pairs (1-1, 1-2, 2-1) found exactly, over the gold pairs of
  the documents that are one agreement (recall), and over the pairs found
  (precision);
* missing: "article without counterpart" findings against the gold missing
  articles (precision, recall), on the same documents;
* different: documents called different agreements, against the gold.

    .venv/bin/python scripts/eval_alignment.py [DIR ...]   (default heldout_versions/)
"""
from __future__ import annotations

import argparse
import json
import sys
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from docintel.elements.passages import read_passages  # noqa: E402
from docintel.lang.identify import identify  # noqa: E402
from docintel.lang.script import dominant_script  # noqa: E402
from docintel.lang.versions import find_versions, smooth_languages  # noqa: E402
from docintel.models import Block, Line, Page, Word  # noqa: E402
from docintel.semantic import compare_versions  # noqa: E402
from docintel.semantic.units import version_units  # noqa: E402

PER_PAGE = 18  # blocks on a page


def _block(text: str, y: float) -> Block:
    box = (0.1, y, 0.9, y + 0.03)
    guess = identify(text)
    return Block(lines=[Line(words=[Word(text=text, bbox=box)], bbox=box)], bbox=box, script=dominant_script(text),
                 language=guess.code, language_confidence=guess.confidence)


def layout(doc: dict, alternating: bool) -> list[Page]:
    """The document's pages: blocks in reading order, ``PER_PAGE`` a page."""
    zh = [t for art in doc["zh"] for t in (art["heading"], art["body"]) if t]
    other = [t for art in doc["partner"] for t in (art["heading"], art["body"]) if t]
    if alternating:
        texts = []
        for k in range(max(len(doc["zh"]), len(doc["partner"]))):
            for side in (doc["zh"], doc["partner"]):
                if k < len(side):
                    texts += [t for t in (side[k]["heading"], side[k]["body"]) if t]
        runs = [texts]
    else:
        runs = [zh, other]  # each version starts on a new page
    pages: list[Page] = []
    for texts in runs:
        for start in range(0, len(texts), PER_PAGE):
            chunk = texts[start:start + PER_PAGE]
            blocks = [_block(t, 0.05 + 0.05 * i) for i, t in enumerate(chunk)]
            pages.append(Page(number=len(pages) + 1, width=595, height=842, source="text_layer", blocks=blocks))
    return pages


def _key(text: str) -> str:
    return "".join(unicodedata.normalize("NFKC", text).split()).rstrip("…").lower()


def unit_index(units, articles: list[dict]) -> dict[int, int]:
    """Found unit -> gold article, by heading (a unit's heading is the article's, cut at 60 characters)."""
    keys = [_key(a["heading"]) for a in articles]
    out: dict[int, int] = {}
    for i, unit in enumerate(units):
        k = _key(unit.heading)
        for g, gk in enumerate(keys):
            if g not in out.values() and k and gk and (gk.startswith(k) or k.startswith(gk)):
                out[i] = g
                break
    return out


def evaluate(doc: dict, alternating: bool) -> dict:
    pages = layout(doc, alternating)
    smooth_languages(pages)
    versions = [v.language for v in find_versions(pages).versions]
    passages = read_passages(pages)
    element = compare_versions(passages, versions)
    partner = doc["partner_language"]
    gold_pairs = {(tuple(a), tuple(b)) for a, b in doc["alignment"]}
    # gold_missing's language is the version that LACKS the article; the index is in the version that has it
    gold_missing = {(partner, i) for i in doc["missing_in_partner"]} | {("zh", j) for j in doc["missing_in_zh"]}
    row = {"id": doc["id"], "lang": partner, "versions": versions, "gold_pairs": gold_pairs,
           "gold_missing": gold_missing, "gold_differ": bool(doc["different_agreement"]),
           "pairs": set(), "missing": set(), "differ": False, "checked": False}
    pair = None
    if element is not None and "pairs" in element.value:
        pair = next((p for p in element.value["pairs"] if p["languages"] == ["zh", partner] and "matches" in p), None)
    if pair is None:
        row["why"] = "not compared" if element is None else json.dumps(element.value, ensure_ascii=False)[:160]
        return row
    row["checked"] = True
    zh_units, _ = version_units(passages, "zh")
    other_units, _ = version_units(passages, partner)
    za, ob = unit_index(zh_units, doc["zh"]), unit_index(other_units, doc["partner"])
    row["unmapped"] = (len(zh_units) - len(za)) + (len(other_units) - len(ob))
    for m in pair["matches"]:
        a = tuple(za.get(i, -1 - i) for i in m["a"])
        b = tuple(ob.get(j, -1 - j) for j in m["b"])
        row["pairs"].add((a, b))
    zh_heads = {_key(u.heading): i for i, u in enumerate(zh_units)}
    other_heads = {_key(u.heading): j for j, u in enumerate(other_units)}
    for gap in pair["missing"]:
        if gap["present_in"] == "zh":
            i = zh_heads.get(_key(gap["heading"]))
            row["missing"].add((gap["missing_in"], za.get(i, -1) if i is not None else -1))
        else:
            j = other_heads.get(_key(gap["heading"]))
            row["missing"].add((gap["missing_in"], ob.get(j, -1) if j is not None else -1))
    row["differ"] = bool(pair["differ"])
    return row


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("dirs", nargs="*", type=Path, default=[ROOT / "heldout_versions"])
    ap.add_argument("-v", "--verbose", action="store_true", help="print every error")
    args = ap.parse_args(argv)
    files = sorted(f for d in args.dirs for f in d.glob("*.json"))
    if not files:
        raise SystemExit(f"no labelled pairs in {', '.join(map(str, args.dirs))}")
    totals = {"gold_pairs": 0, "found_pairs": 0, "right_pairs": 0, "gold_missing": 0, "found_missing": 0,
              "right_missing": 0, "differ_right": 0, "docs": 0, "skipped": 0}
    by_lang: dict[str, list[int]] = {}
    by_kind: dict[str, list[int]] = {}  # generated sets name their change in the notes
    for k, path in enumerate(files):
        doc = json.loads(path.read_text(encoding="utf-8"))
        row = evaluate(doc, alternating=(k % 3 == 2))
        totals["docs"] += 1
        if not row["checked"]:
            totals["skipped"] += 1
            print(f"{path.name:14} {row['lang']}  NOT CHECKED: {row.get('why')}")
            continue
        totals["differ_right"] += row["differ"] == row["gold_differ"]
        right_pairs = right_missing = 0
        if not row["gold_differ"]:
            right_pairs = len(row["pairs"] & row["gold_pairs"])
            right_missing = len(row["missing"] & row["gold_missing"])
            totals["gold_pairs"] += len(row["gold_pairs"])
            totals["found_pairs"] += len(row["pairs"])
            totals["right_pairs"] += right_pairs
            totals["gold_missing"] += len(row["gold_missing"])
            totals["found_missing"] += len(row["missing"])
            totals["right_missing"] += right_missing
        ok = row["differ"] == row["gold_differ"] and (row["gold_differ"] or (
            row["pairs"] == row["gold_pairs"] and row["missing"] == row["gold_missing"]))
        for table, key in ((by_lang, row["lang"]), (by_kind, doc.get("notes", "").partition("generated: ")[2])):
            if key:
                stats = table.setdefault(key, [0, 0])
                stats[0] += ok
                stats[1] += 1
        print(f"{path.name:14} {row['lang']}  {'ok ' if ok else 'BAD'}  pairs {right_pairs}/{len(row['gold_pairs'])} "
              f"missing found {sorted(row['missing'])} gold {sorted(row['gold_missing'])} "
              f"differ {row['differ']} (gold {row['gold_differ']}) unmapped units {row['unmapped']}")
        if args.verbose and not ok:
            print(f"     pairs found not gold {sorted(row['pairs'] - row['gold_pairs'])}; "
                  f"gold not found {sorted(row['gold_pairs'] - row['pairs'])}")
    t = totals
    checked = t["docs"] - t["skipped"]

    def ratio(a: int, b: int) -> str:
        return f"{a / b:.3f} ({a}/{b})" if b else "n/a"

    print(f"\n{t['docs']} documents, {checked} compared: alignment recall {ratio(t['right_pairs'], t['gold_pairs'])}, "
          f"precision {ratio(t['right_pairs'], t['found_pairs'])}; missing articles precision "
          f"{ratio(t['right_missing'], t['found_missing'])}, recall {ratio(t['right_missing'], t['gold_missing'])}; "
          f"different agreements right {ratio(t['differ_right'], checked)}")
    print("documents wholly right, per language: " + ", ".join(f"{k} {v[0]}/{v[1]}" for k, v in sorted(by_lang.items())))
    if by_kind:
        print("... per kind of change: " + ", ".join(f"{k} {v[0]}/{v[1]}" for k, v in sorted(by_kind.items())))
    return 0


if __name__ == "__main__":
    sys.exit(main())
