#!/usr/bin/env python3
"""Labelled version pairs (heldout_versions/ format) rendered as PDF documents,
so that the version check is scored on what the pipeline really reads: a text
layer, cut into blocks, languages identified, versions found, passages.

Each pair becomes one PDF beside a ``pdf/`` folder of its set: a title, the
Chinese version's articles, then the partner version's on a new page (every
third document: side by side is not drawn, the versions follow each other),
with the sample generator's fonts and its flowing layout; the body font
family, size and heading weight vary per document.

    .venv/bin/python scripts/render_version_pairs.py [DIR ...]   (default samples_versions/)
    .venv/bin/python scripts/eval_alignment.py --pdf samples_versions   (scores the PDFs)
"""
from __future__ import annotations

import argparse
import json
import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

from samplegen.fonts import FAMILIES, family_for, register_fonts  # noqa: E402
from samplegen.layout import PageBreak, Para, Spacer, Style, layout  # noqa: E402
from samplegen.render import build_pdf  # noqa: E402

A4 = (595.0, 842.0)
MARGINS = (72.0, 64.0, 72.0, 64.0)
TITLES = {"zh": "合作协议", "en": "Cooperation Agreement", "ru": "Соглашение о сотрудничестве",
          "kk": "Ынтымақтастық туралы келісім", "uz": "Hamkorlik to'g'risida shartnoma",
          "ky": "Кызматташуу жөнүндө келишим", "mn": "Хамтын ажиллагааны гэрээ"}


def blocks_of(doc: dict, rng: random.Random) -> list:
    family = rng.choice(["serif", "sans", "sans_condensed"])
    size = rng.choice([10.5, 11.0, 12.0])

    def style(lang: str, bold: bool = False, scale: float = 1.0) -> Style:
        font = FAMILIES[family_for(lang, family)][1 if bold else 0]
        return Style(font, size * scale, size * scale * 1.45, space_after=size * 0.35,
                     bold_fake=bold and lang == "zh", align="center" if scale > 1 else "left")

    out: list = []
    for side, lang in (("zh", "zh"), ("partner", doc["partner_language"])):
        if out:
            out.append(PageBreak())
        out += [Para(TITLES.get(lang, TITLES["en"]), style(lang, True, 1.3), (lang,)), Spacer(size)]
        for art in doc[side]:
            out.append(Para(art["heading"], style(lang, True), (lang,), keep_with_next=True))
            if art["body"]:
                out.append(Para(art["body"], style(lang), (lang,)))
    return out


def render(doc: dict, seed: int) -> bytes:
    register_fonts()
    pages = layout(blocks_of(doc, random.Random(seed)), *A4, MARGINS)
    return build_pdf(pages, doc["id"])


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("dirs", nargs="*", type=Path, default=[ROOT / "samples_versions"])
    args = ap.parse_args(argv)
    n = 0
    for folder in args.dirs:
        out = folder / "pdf"
        out.mkdir(parents=True, exist_ok=True)
        for k, path in enumerate(sorted(folder.glob("*.json"))):
            doc = json.loads(path.read_text(encoding="utf-8"))
            (out / f"{doc['id']}.pdf").write_bytes(render(doc, k))
            n += 1
    print(f"{n} documents rendered")
    return 0


if __name__ == "__main__":
    sys.exit(main())
