#!/usr/bin/env python3
"""Labelled Chinese-foreign version pairs for the version check, from the
sample generator's clause bank (scripts/samplegen/content.py), in the format
of heldout_versions/ (read by scripts/eval_alignment.py).

For every partner language (en, ru, kk, uz, ky) and every kind of change:

* ``agree``  the partner version says what the Chinese one says, article by article;
* ``drop``   the partner version lacks one article (IP, revenue, funding or data);
* ``add``    the Chinese version lacks one the partner has (confidentiality or disputes);
* ``split``  one Chinese article is two in the partner version (its sentences divided);
* ``merge``  two Chinese articles are one in the partner version (IP and revenue);
* ``differ`` the partner text is another agreement (scripts/samplegen/data/other_agreements.yaml,
  written by a helper: a student exchange, an equipment supply contract, a
  conference, a framework memorandum of the same kind of partners, or an
  earlier project agreement in a neighbouring field with the same structure).

Both versions use the same wording variant of each clause (one every language
has), the same topic and figures; headings follow the bank's formats per
language, chosen per document.

    .venv/bin/python scripts/make_version_pairs.py [--out samples_versions] [--seed 7]
"""
from __future__ import annotations

import argparse
import json
import random
import re
import sys
from functools import lru_cache
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

from samplegen import content as C  # noqa: E402
from samplegen import entities as E  # noqa: E402
from samplegen.compose import fix_uz, money  # noqa: E402
from samplegen.dates import cn_number  # noqa: E402

PARTNERS = ["en", "ru", "kk", "uz", "ky"]
KINDS = ["agree", "drop", "add", "split", "merge", "differ"]
BASE = ["content", "responsibilities", "funding", "ip", "benefit", "data", "term", "final"]
DROPPABLE = ["ip", "benefit", "funding", "data"]
ADDABLE = ["confidentiality", "dispute"]
_SENTENCE = re.compile(r"(?<=[。；;.])\s*(?=\S)")
OTHER = ROOT / "scripts" / "samplegen" / "data" / "other_agreements.yaml"


@lru_cache(maxsize=1)
def other_agreements() -> dict:
    return yaml.safe_load(OTHER.read_text(encoding="utf-8"))


def values(lang: str, topic: str, figures: dict) -> dict:
    v = {"topic": E.TOPICS[topic].get(lang) or E.TOPICS[topic]["en"], "ratio_a": figures["ratio"][0],
         "ratio_b": figures["ratio"][1], "years": figures["years"],
         "years_ru": "трёх лет" if figures["years"] == 3 else "пяти лет", "foreign_zh": "外文"}
    if lang == "zh":
        v["fund_a"], v["fund_b"] = str(figures["fund"][0]), str(figures["fund"][1])
    else:
        v["fund_a"], v["fund_b"] = money(figures["fund"][0] * 10000, lang), money(figures["fund"][1] * 10000, lang)
    return v


def clause(cid: str, lang: str, v: dict, variant: int) -> str:
    options = C.CLAUSES[cid][lang]
    text = options[variant % len(options)].format(**v)
    return fix_uz(text, ascii_apostrophe=True) if lang == "uz" else text


def heading(lang: str, n: int, cid: str, style: int, title: str | None = None) -> str:
    fmts = C.HEADINGS[lang]
    title = title or C.CLAUSE_TITLES[cid][lang]
    return fmts[style % len(fmts)].format(n=n, cn=cn_number(n), title=title, TITLE=title.upper(), ord="nji")


def sentences(text: str) -> list[str]:
    return [s for s in _SENTENCE.split(text) if s.strip()]


def make(kind: str, partner: str, rng: random.Random, ident: str) -> dict | None:
    topic = rng.choice(list(E.TOPICS))
    figures = {"fund": rng.choice([(60, 20), (80, 30), (100, 40), (120, 50)]), "ratio": rng.choice([(6, 4), (5, 5), (7, 3)]),
               "years": rng.choice([3, 5])}
    zh_ids = list(BASE)
    if kind == "add":
        extra = rng.choice(ADDABLE)
    # one wording variant both languages have
    variant = {cid: rng.randrange(min(len(C.CLAUSES[cid]["zh"]), len(C.CLAUSES[cid][partner])))
               for cid in BASE + ADDABLE}
    vz, vp = values("zh", topic, figures), values(partner, topic, figures)
    zh_style, p_style = rng.randrange(len(C.HEADINGS["zh"])), rng.randrange(len(C.HEADINGS[partner]))
    zh = [{"cid": cid, "body": clause(cid, "zh", vz, variant[cid])} for cid in zh_ids]
    part = [{"cid": cid, "body": clause(cid, partner, vp, variant[cid])} for cid in zh_ids]
    alignment: list[list[list[int]]] = []
    missing_in_partner: list[int] = []
    missing_in_zh: list[int] = []
    if kind == "agree":
        alignment = [[[i], [i]] for i in range(len(zh))]
    elif kind == "drop":
        gone = zh_ids.index(rng.choice(DROPPABLE))
        del part[gone]
        missing_in_partner = [gone]
        alignment = [[[i], [i if i < gone else i - 1]] for i in range(len(zh)) if i != gone]
    elif kind == "add":
        at = rng.randrange(3, len(part))  # after the first articles
        part.insert(at, {"cid": extra, "body": clause(extra, partner, vp, variant[extra])})
        missing_in_zh = [at]
        alignment = [[[i], [i if i < at else i + 1]] for i in range(len(zh))]
    elif kind == "split":
        candidates = [i for i, a in enumerate(part) if len(sentences(a["body"])) >= 2]
        if not candidates:
            return None
        k = rng.choice(candidates)
        parts = sentences(part[k]["body"])
        cut = len(parts) // 2
        part[k:k + 1] = [{"cid": part[k]["cid"], "body": " ".join(parts[:cut])},
                         {"cid": part[k]["cid"], "body": " ".join(parts[cut:]), "second": True}]
        alignment = [[[i], [i] if i < k else ([k, k + 1] if i == k else [i + 1])] for i in range(len(zh))]
    elif kind == "merge":
        k = zh_ids.index("ip")  # IP and revenue, one article in the partner version
        part[k:k + 2] = [{"cid": "ip", "body": part[k]["body"] + " " + part[k + 1]["body"]}]
        alignment = [[[i], [i]] for i in range(k)] + [[[k, k + 1], [k]]] + \
            [[[i], [i - 1]] for i in range(k + 2, len(zh))]
    elif kind == "differ":
        other = other_agreements()[partner][rng.choice(sorted(other_agreements()[partner]))]
        part = [{"cid": "other", "title": a["title"], "body": a["body"]} for a in other]
    out_zh = [{"heading": heading("zh", n + 1, a["cid"], zh_style), "body": a["body"]} for n, a in enumerate(zh)]
    out_p = [{"heading": heading(partner, n + 1, a["cid"], p_style, a.get("title")), "body": a["body"]}
             for n, a in enumerate(part)]
    if partner == "uz":
        out_p = [{"heading": fix_uz(a["heading"], True), "body": a["body"]} for a in out_p]
    return {"id": ident, "kind": "cooperation agreement", "partner_language": partner, "zh": out_zh, "partner": out_p,
            "alignment": alignment, "missing_in_partner": missing_in_partner, "missing_in_zh": missing_in_zh,
            "different_agreement": kind == "differ", "notes": f"generated: {kind}"}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=ROOT / "samples_versions")
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--per-kind", type=int, default=2, help="documents per language and kind")
    args = ap.parse_args(argv)
    rng = random.Random(args.seed)
    args.out.mkdir(parents=True, exist_ok=True)
    n = 0
    # the different agreements came later: drawn apart, so that the first kinds' documents stay as they were
    plan = [(kind, partner, rng) for partner in PARTNERS for kind in KINDS if kind != "differ"]
    later = random.Random(args.seed + 1)
    plan += [("differ", partner, later) for partner in PARTNERS]
    for kind, partner, draw in plan:
        for _ in range(args.per_kind):
            doc = make(kind, partner, draw, f"gv_{n + 1:03d}")
            if doc is None:
                continue
            n += 1
            (args.out / f"{doc['id']}.json").write_text(json.dumps(doc, ensure_ascii=False, indent=1) + "\n",
                                                         encoding="utf-8")
    print(f"{n} version pairs in {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
