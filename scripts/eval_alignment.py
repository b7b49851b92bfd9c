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
* different: documents called different agreements, against the gold;
* where the set labels each article's ``topics`` (ip, revenue, funding, data,
  responsibilities) and the terms it only ``defers``: each version's clauses
  found in its own words and with the articles aligned to the other
  version's (``elements.across_versions``), and the "one version settles, its
  aligned article defers" warnings against the gold ``deferral_mismatch``.

    .venv/bin/python scripts/eval_alignment.py [--pdf] [DIR ...]   (default heldout_versions/)

With ``--pdf`` each pair is read from its rendered PDF (scripts/render_version_pairs.py)
by the whole pipeline instead.
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from docintel.elements.across_versions import carry_clauses  # noqa: E402
from docintel.elements.clauses import clause_elements  # noqa: E402
from docintel.elements.lexicon import normalise  # noqa: E402
from docintel.elements.reading import read  # noqa: E402
from docintel.judge.parties import find_parties  # noqa: E402
from docintel.lang.identify import identify  # noqa: E402
from docintel.lang.script import dominant_script  # noqa: E402
from docintel.lang.versions import find_versions, smooth_languages  # noqa: E402
from docintel.models import Block, Line, Page, Word  # noqa: E402
from docintel.semantic import align_versions  # noqa: E402
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
    """A heading as the pipeline spells it (NFKC, one apostrophe: yo‘nalishlari), without spaces."""
    return "".join(normalise(text).split()).rstrip("…").lower()


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


def evaluate(doc: dict, alternating: bool, analysis=None) -> dict:
    """One document's scores: laid out here, or read from its rendered PDF (``analysis``)."""
    if analysis is None:
        pages = layout(doc, alternating)
        smooth_languages(pages)
        versions = [v.language for v in find_versions(pages).versions]
    else:
        pages = analysis.pages
        versions = [v.language for v in analysis.report.language_versions]
    reading = read(pages, find_parties(pages))
    passages = reading.passages
    comparison = align_versions(passages, versions)
    element = comparison.element if comparison else None
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
    if "topics" in doc["zh"][0]:
        row["clauses"] = _clauses(doc, reading, comparison, pair)
    return row


TOPICS = {"responsibilities": "responsibilities", "funding_allocation": "funding", "ip_ownership": "ip",
          "benefit_sharing": "revenue", "data_ownership": "data"}


def _clauses(doc: dict, reading, comparison, pair: dict) -> dict:
    """Per version and clause: (gold, own words, with aligned articles); and the
    elements found deferred in one version against the gold mismatches."""
    elements = {name: element for name, (element, _) in clause_elements(reading).items()}
    carry_clauses(reading, elements, comparison)
    out: dict = {"versions": []}
    for lang, side in (("zh", "zh"), (doc["partner_language"], "partner")):
        for name, topic in TOPICS.items():
            gold = any(topic in art.get("topics", []) for art in doc[side])
            status = pair.get("clauses", {}).get(name, {}).get(lang, "missing")
            out["versions"].append((lang, name, gold, status == "present", status in ("present", "aligned")))
    out["defers_gold"] = {TOPIC_ELEMENT[m["topic"]] for m in doc.get("deferral_mismatch", [])}
    out["defers_found"] = {name for name, e in elements.items() if isinstance(e.value, dict)
                           and e.value.get("reason") == "version_defers"}
    return out


TOPIC_ELEMENT = {topic: name for name, topic in TOPICS.items()}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("dirs", nargs="*", type=Path, default=[ROOT / "heldout_versions"])
    ap.add_argument("-v", "--verbose", action="store_true", help="print every error")
    ap.add_argument("--pdf", action="store_true",
                    help="read each pair's rendered PDF (DIR/pdf/ID.pdf, scripts/render_version_pairs.py) "
                         "through the pipeline instead of laying the text out here")
    ap.add_argument("--no-cache", action="store_true", help="with --pdf: read every page anew")
    args = ap.parse_args(argv)
    files = sorted(f for d in args.dirs for f in d.glob("*.json"))
    if not files:
        raise SystemExit(f"no labelled pairs in {', '.join(map(str, args.dirs))}")
    totals = {"gold_pairs": 0, "found_pairs": 0, "right_pairs": 0, "gold_missing": 0, "found_missing": 0,
              "right_missing": 0, "differ_right": 0, "docs": 0, "skipped": 0}
    by_lang: dict[str, list[int]] = {}
    by_kind: dict[str, list[int]] = {}  # generated sets name their change in the notes
    clause_rows: list[tuple] = []  # (partner language, version, element, gold, own words, with aligned)
    defers = {"gold": 0, "found": 0, "right": 0}
    analyses = {}
    if args.pdf:
        from docintel.config import Settings, default_cache_dir
        from docintel.pipeline import analyze_paths

        pdfs = [f.parent / "pdf" / f"{f.stem}.pdf" for f in files]
        missing = [str(p) for p in pdfs if not p.exists()]
        if missing:
            raise SystemExit(f"not rendered: {missing[0]} (scripts/render_version_pairs.py)")
        analyses = {Path(a.report.path).stem: a for a in analyze_paths(pdfs, Settings(
            cache_dir=None if args.no_cache else default_cache_dir()))}
    for k, path in enumerate(files):
        doc = json.loads(path.read_text(encoding="utf-8"))
        row = evaluate(doc, alternating=(k % 3 == 2), analysis=analyses.get(path.stem) if args.pdf else None)
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
        clause_rows += [(row["lang"],) + v for v in row.get("clauses", {}).get("versions", [])]
        if "clauses" in row:
            defers["gold"] += len(row["clauses"]["defers_gold"])
            defers["found"] += len(row["clauses"]["defers_found"])
            defers["right"] += len(row["clauses"]["defers_gold"] & row["clauses"]["defers_found"])
            if args.verbose and row["clauses"]["defers_gold"] ^ row["clauses"]["defers_found"]:
                print(f"     deferral mismatch gold {sorted(row['clauses']['defers_gold'])}, "
                      f"found {sorted(row['clauses']['defers_found'])}")
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
    if clause_rows:
        _print_clauses(clause_rows, defers, ratio)
    return 0


def _print_clauses(rows: list[tuple], defers: dict, ratio) -> None:
    """Clauses per version, own words against aligned articles; foreign versions per language."""
    def line(label: str, chosen: list[tuple]) -> str:
        gold = [r for r in chosen if r[3]]
        cells = []
        for k, mode in ((4, "own words"), (5, "with aligned articles")):
            found = [r for r in chosen if r[k]]
            right = [r for r in gold if r[k]]
            cells.append(f"{mode}: recall {ratio(len(right), len(gold))}, precision {ratio(len(right), len(found))}")
        return f"  {label:10} " + "; ".join(cells)

    print("\nclauses per version (responsibilities, funding, IP, revenue, data):")
    print(line("Chinese", [r for r in rows if r[1] == "zh"]))
    foreign = [r for r in rows if r[1] != "zh"]
    print(line("foreign", foreign))
    for lang in sorted({r[0] for r in foreign}):
        print(line(f"  {lang}", [r for r in foreign if r[0] == lang]))
    print(f"one version settles, its aligned article defers: precision {ratio(defers['right'], defers['found'])}, "
          f"recall {ratio(defers['right'], defers['gold'])}")


if __name__ == "__main__":
    sys.exit(main())
