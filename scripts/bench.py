#!/usr/bin/env python3
"""docintel's speed: scanned files against bare Tesseract and OCRmyPDF (the
default, ``scripts/bench_scans.py``), seconds per page (``--pages``), the bulk
audit (``--audit``) and the workers' memory over a long batch (``--memory``).

    .venv/bin/python scripts/bench.py                          # scans: docintel / tesseract / ocrmypdf
    .venv/bin/python scripts/bench.py --pages [--limit N] [FILES...]

Seconds per page (``--pages``), text-layer and scanned, against a bare Tesseract run:
for every page of the sample set (or of the PDFs/images given), reads the page
through docintel's page stage with the cache off, on one core, and for OCR'd
pages also runs the plain ``tesseract`` command with the page's right languages
(from samples/labels.json) on the same rendered image. Prints one row per
page and the medians, with the ratio docintel / bare Tesseract.

Seal and signature detection is timed on its own too (one core, on the image
the page stage hands it: the OCR render, or for text-layer pages holding
pictures or curves a 150-dpi render; other text-layer pages skip it), and
apart from it the reading of the seals' text, which is one Tesseract call
per seal.

    .venv/bin/python scripts/bench.py --marks-only [FILES...]   # detection only, pages from the cache
    .venv/bin/python scripts/bench.py --audit                  # the bulk audit (scripts/bench_audit.py)
    .venv/bin/python scripts/bench.py --memory                 # 500 pages, workers' RSS (scripts/bench_memory.py)
    .venv/bin/python scripts/bench.py --semantic               # the version check (scripts/bench_semantic.py)
"""
from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ["OMP_THREAD_LIMIT"] = "1"

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from docintel.config import Limits  # noqa: E402
from docintel.pages import PageTask, read_page  # noqa: E402
from docintel.readers import check_file  # noqa: E402
from docintel.readers import image as image_reader  # noqa: E402
from docintel.readers import pdf as pdf_reader  # noqa: E402
from docintel.text.tesseract import language_pack  # noqa: E402
from docintel.pages import MARKS_DPI  # noqa: E402
from docintel.vision.marks import page_marks  # noqa: E402

SCRIPT_OF = {"zh": "han", "en": "latin", "uz": "latin", "tk": "latin", "ur": "arabic", "ug": "arabic"}


def right_languages(label: dict | None, page: int) -> str:
    langs = [v["language"] for v in (label or {}).get("language_versions", []) if page in v["pages"]]
    packs = [language_pack(l, SCRIPT_OF.get(l, "cyrillic")) for l in langs] or ["chi_sim"]
    return "+".join(dict.fromkeys(packs))


def rendered(path: Path, kind: str, index: int, dpi: int):
    if kind == "pdf":
        doc = pdf_reader.open_pdf(path)
        img, _ = pdf_reader.render(doc[index], dpi, Limits().max_page_pixels)
        return img
    return image_reader.load_image_page(path, index, Limits().max_page_pixels)


def bare_tesseract(img, langs: str) -> float:
    with tempfile.TemporaryDirectory() as tmp:
        png = Path(tmp) / "page.png"
        img.save(png)
        start = time.perf_counter()
        subprocess.run(["tesseract", str(png), "-", "-l", langs], capture_output=True, check=True)
        return time.perf_counter() - start


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("files", nargs="*", type=Path)
    ap.add_argument("--limit", type=int, default=0, help="at most this many pages of each kind")
    ap.add_argument("--dpi", type=int, default=300)
    ap.add_argument("--marks-only", action="store_true",
                    help="time only seal and signature detection, taking the read pages from the page cache")
    ap.add_argument("--repeat", type=int, default=3, help="with --marks-only: best of this many runs per page")
    ap.add_argument("--audit", action="store_true",
                    help="the bulk audit instead: pages per second with 1 worker and all, overhead over check "
                         "(scripts/bench_audit.py)")
    ap.add_argument("--pages", action="store_true", help="seconds per page, one core, against bare Tesseract")
    ap.add_argument("--memory", action="store_true", help="workers' memory over 500 pages (scripts/bench_memory.py)")
    ap.add_argument("--semantic", action="store_true",
                    help="the version check: model load and seconds per document (scripts/bench_semantic.py)")
    args = ap.parse_args()
    sys.path.insert(0, str(ROOT / "scripts"))
    if args.audit:
        from bench_audit import main as audit_main

        return audit_main([])
    if args.memory:
        from bench_memory import main as memory_main

        return memory_main([])
    if args.semantic:
        from bench_semantic import main as semantic_main

        return semantic_main([])
    if not (args.pages or args.files or args.marks_only):
        from bench_scans import main as scans_main

        return scans_main([])
    labels_path = ROOT / "samples" / "labels.json"
    labels = {x["file"]: x for x in json.loads(labels_path.read_text())} if labels_path.exists() else {}
    files = args.files or sorted(ROOT / "samples" / name for name in labels)

    if args.marks_only:
        return marks_only(files, args.dpi, args.repeat)
    rows = []
    vision: list[tuple[float, float, int]] = []
    counts = {"text_layer": 0, "ocr": 0}
    for path in files:
        kind = check_file(path, Limits())
        n = (
            pdf_reader.check_page_count(pdf_reader.open_pdf(path), 10_000)
            if kind == "pdf"
            else image_reader.image_page_count(path, Limits().max_page_pixels, 10_000)
        )
        for index in range(n):
            task = PageTask(path=path, kind=kind, index=index, dpi=args.dpi)
            start = time.perf_counter()
            page = read_page(task)
            ours = time.perf_counter() - start
            if args.limit and counts[page.source] >= args.limit:
                continue
            counts[page.source] += 1
            bare = None
            langs = ""
            if page.source == "ocr":
                langs = right_languages(labels.get(path.name), index + 1)
                bare = bare_tesseract(rendered(path, kind, index, args.dpi), langs)
            rows.append((path.name, index + 1, page.source, ours, bare, langs, page.ocr_languages or ""))
            detect, reading = vision_seconds(path, kind, index, page, args.dpi)
            vision.append((detect, reading, len(page.seals)))
            ratio = f"{ours / bare:5.2f}" if bare else "    -"
            print(
                f"{path.name[:44]:44} p{index + 1:<2} {page.source:10} {ours:6.2f} s"
                f"  bare {bare or 0:6.2f} s  ratio {ratio}  right={langs or '-'} ours={page.ocr_languages or '-'}"
                f"  marks {detect * 1000:4.0f} ms" + (f" + seal text {reading:.2f} s" if reading else ""),
                flush=True,
            )

    text = [r[3] for r in rows if r[2] == "text_layer"]
    ocr = [r for r in rows if r[2] == "ocr"]
    print()
    if text:
        print(f"text-layer pages: {len(text)}, median {statistics.median(text):.3f} s/page, max {max(text):.3f} s")
        plain = [r[3] for r, (d, _r, _n) in zip(rows, vision) if r[2] == "text_layer" and d == 0]
        marked = [r[3] for r, (d, _r, _n) in zip(rows, vision) if r[2] == "text_layer" and d > 0]
        if plain and marked:
            print(f"  without pictures or curves: {len(plain)}, median {statistics.median(plain):.3f} s/page, "
                  f"max {max(plain):.3f} s; with them (rendered, seals and signatures found and read): "
                  f"{len(marked)}, median {statistics.median(marked):.3f} s/page, max {max(marked):.3f} s")
    if ocr:
        ours = sum(r[3] for r in ocr)
        bare = sum(r[4] for r in ocr)
        ratios = [r[3] / r[4] for r in ocr]
        print(
            f"scanned pages: {len(ocr)}, docintel {ours / len(ocr):.2f} s/page, bare tesseract {bare / len(ocr):.2f} s/page, "
            f"ratio of totals {ours / bare:.2f} (median per page {statistics.median(ratios):.2f}, max {max(ratios):.2f})"
        )
    ran = [d for d, _r, _n in vision if d > 0]
    if ran:
        seals = sum(n for _d, _r, n in vision)
        reading = sum(r for _d, r, _n in vision)
        print(
            f"seal + signature detection: {len(ran)} pages examined, median {statistics.median(ran) * 1000:.0f} ms/page, "
            f"mean {statistics.mean(ran) * 1000:.0f} ms, max {max(ran) * 1000:.0f} ms; "
            f"over all {len(vision)} pages {sum(ran) / len(vision) * 1000:.0f} ms/page"
        )
        if seals:
            print(f"seal text reading: {seals} seals, {reading / seals:.2f} s per seal")
    return 0


def marks_only(files: list[Path], dpi: int, repeat: int) -> int:
    """Seal and signature detection alone, best of ``repeat`` runs per page (the
    machine's other load only ever adds time), on pages read once and cached."""
    from docintel.config import Settings, default_cache_dir
    from docintel.pipeline import analyze_paths

    times = []
    settings = Settings(jobs=1, cache_dir=default_cache_dir())
    for analysis in analyze_paths(files, settings):
        path = Path(analysis.report.path)
        kind = check_file(path, Limits())
        for page in analysis.pages:
            best = min(vision_seconds(path, kind, page.number - 1, page, dpi, read=False)[0] for _ in range(repeat))
            if best > 0:
                times.append(best)
                print(f"{path.name[:44]:44} p{page.number:<2} {page.source:10} marks {best * 1000:4.0f} ms", flush=True)
    print(f"\nseal + signature detection: {len(times)} pages examined, median {statistics.median(times) * 1000:.0f} ms/page, "
          f"mean {statistics.mean(times) * 1000:.0f} ms, max {max(times) * 1000:.0f} ms (best of {repeat} runs each)")
    return 0


def vision_seconds(path: Path, kind: str, index: int, page, dpi: int, read: bool = True) -> tuple[float, float]:
    """(detection, seal reading) seconds on the image the page stage would use."""
    if page.source == "text_layer":
        doc = pdf_reader.open_pdf(path)
        info = pdf_reader.page_info(doc[index])
        if not (info.images or info.curves):
            return 0.0, 0.0
        dpi = MARKS_DPI
    import numpy as np

    arr = np.asarray(rendered(path, kind, index, dpi).convert("RGB"))
    start = time.perf_counter()
    page_marks(arr, page, read_text=False)
    detect = time.perf_counter() - start
    if not read:
        return detect, 0.0
    start = time.perf_counter()
    page_marks(arr, page, read_text=True)
    reading = time.perf_counter() - start - detect
    return detect, max(0.0, reading)


if __name__ == "__main__":
    sys.exit(main())
