#!/usr/bin/env python3
"""Scanned files: docintel against a bare Tesseract run and against OCRmyPDF,
in the same run, on the same files, with the same number of cores.

For each scanned or photographed file of samples/ and of realdev/ (their labels
name the file's languages), three commands are timed one after the other, wall
clock, as a user would run them:

* ``docintel check FILE --no-cache --jobs N`` (reading, language versions,
  seals, signatures, elements, the report);
* bare Tesseract: ``tesseract PAGE.png - -l LANGS`` for every page, N at a time,
  on the pages rendered beforehand (untimed) at docintel's 300 dpi; images as
  they are;
* ``ocrmypdf --force-ocr -l LANGS --jobs N FILE OUT.pdf`` (images with
  ``--image-dpi 300`` when they carry no resolution).

LANGS are the right languages of the file (from its labels), which docintel is
not told. Prints one row per file and, per set, the ratios of the total times.
Then, as staff run it, docintel once over the whole set (``docintel check DIR``:
one set of workers, their models loaded once) against the same totals.

    .venv/bin/python scripts/bench_scans.py [--sets samples realdev] [--jobs 2] [--limit N]
"""
from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent
sys.path.insert(0, str(ROOT))

from PIL import Image  # noqa: E402

from docintel.config import Limits  # noqa: E402
from docintel.readers import image as image_reader  # noqa: E402
from docintel.readers import pdf as pdf_reader  # noqa: E402
from docintel.text.tesseract import language_pack  # noqa: E402

SCRIPT_OF = {"zh": "han", "en": "latin", "uz": "latin", "tk": "latin", "ur": "arabic", "ug": "arabic",
             "fr": "latin", "pt": "latin", "sk": "latin", "de": "latin", "es": "latin"}
ENV = {**os.environ, "OMP_THREAD_LIMIT": "1"}


def packs(languages: list[str]) -> str:
    """Tesseract models for the languages; languages Tesseract has no pack for here
    (Portuguese, Slovak) are read with the English one, as a user would."""
    chosen = [language_pack(lang, SCRIPT_OF.get(lang, "cyrillic")) for lang in languages] or ["chi_sim"]
    return "+".join(dict.fromkeys(chosen))


def sample_files() -> list[tuple[Path, str]]:
    labels = json.loads((ROOT / "samples" / "labels.json").read_text(encoding="utf-8"))
    return [(ROOT / "samples" / lab["file"], packs([v["language"] for v in lab.get("language_versions", [])]))
            for lab in labels if lab["form"] != "native"]


def realdev_files() -> list[tuple[Path, str]]:
    docs = json.loads((ROOT / "realdev" / "manifest.json").read_text(encoding="utf-8"))["documents"]
    out = []
    for doc in docs:
        path = ROOT / "realdev" / doc["file"]
        if doc.get("capture") != "native" and path.exists():
            out.append((path, packs(doc.get("versions", []))))
    return out


SETS = {"samples": sample_files, "realdev": realdev_files}


def wall(cmd: list[str]) -> float:
    start = time.perf_counter()
    proc = subprocess.run(cmd, capture_output=True, text=True, env=ENV)
    seconds = time.perf_counter() - start
    if proc.returncode not in (0, 1):
        raise RuntimeError(f"{' '.join(map(str, cmd))} failed ({proc.returncode}):\n{proc.stderr[-1500:]}")
    return seconds


def page_images(path: Path, tmp: Path) -> list[Path]:
    """The pages as docintel reads them: PDFs rendered at 300 dpi, images as they are."""
    if path.suffix.lower() != ".pdf":
        return [path] * image_reader.image_page_count(path, Limits().max_page_pixels, 10_000)
    doc = pdf_reader.open_pdf(path)
    out = []
    for index in range(len(doc)):
        img, _ = pdf_reader.render(doc[index], 300, Limits().max_page_pixels)
        out.append(tmp / f"p{index + 1}.png")
        img.save(out[-1])
    return out


def bare_tesseract(pages: list[Path], langs: str, jobs: int) -> float:
    start = time.perf_counter()
    with ThreadPoolExecutor(jobs) as pool:
        list(pool.map(lambda p: subprocess.run(["tesseract", str(p), "-", "-l", langs], capture_output=True,
                                               check=True, env=ENV), pages))
    return time.perf_counter() - start


def ocrmypdf(path: Path, langs: str, jobs: int, tmp: Path) -> float | None:
    """OCRmyPDF's wall time, or None when it refuses the file. Images it cannot
    take as they are (an alpha channel, a palette) are first saved as RGB PNG,
    untimed, as its own message tells a user to do."""
    cmd = [str(BIN / "ocrmypdf"), "--force-ocr", "-q", "-l", langs, "--jobs", str(jobs)]
    if path.suffix.lower() != ".pdf":
        cmd += ["--image-dpi", "300"]
        with Image.open(path) as img:
            if img.mode not in ("RGB", "L", "1", "CMYK"):
                rgb = tmp / "input.png"
                img.convert("RGB").save(rgb)
                path = rgb
    try:
        return wall(cmd + [str(path), str(tmp / "out.pdf")])
    except RuntimeError as exc:
        print(f"  ocrmypdf refused {path.name}: {str(exc).splitlines()[-1][:120]}", flush=True)
        return None


def docintel(path: Path, jobs: int, tmp: Path) -> float:
    return wall([str(BIN / "docintel"), "check", str(path), "--no-cache", "--quiet", "--jobs", str(jobs),
                 "--format", "json", "-o", str(tmp / "report.json")])


def batch_run(paths: list[Path], jobs: int) -> float:
    """Wall seconds of one ``docintel check`` over all ``paths`` (linked into one folder)."""
    with tempfile.TemporaryDirectory(prefix="bench-batch-") as tmp:
        folder = Path(tmp) / "set"
        folder.mkdir()
        for k, path in enumerate(paths):
            (folder / f"{k:03d}-{path.name}").symlink_to(path.resolve())
        return docintel(folder, jobs, Path(tmp))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sets", nargs="+", default=list(SETS), choices=list(SETS))
    ap.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    ap.add_argument("--limit", type=int, default=0, help="at most this many files of each set")
    args = ap.parse_args(argv)
    if shutil.which(str(BIN / "ocrmypdf")) is None:
        raise SystemExit("ocrmypdf is not installed: `make bench` installs it (pip install -e '.[bench]')")
    summary = []
    for name in args.sets:
        files = SETS[name]()
        if args.limit:
            files = files[: args.limit]
        if not files:
            print(f"{name}: no files (realdev/files is restored by `make eval-real`)")
            continue
        totals = {"docintel": 0.0, "tesseract": 0.0, "ocrmypdf": 0.0}
        beside_ocrmypdf = 0.0  # docintel's time on the files OCRmyPDF took
        refused = 0
        pages_total = 0
        print(f"{name}: {len(files)} scanned files, {args.jobs} cores", flush=True)
        for path, langs in files:
            with tempfile.TemporaryDirectory(prefix="bench-") as tmp:
                pages = page_images(path, Path(tmp))
                row = {"docintel": docintel(path, args.jobs, Path(tmp)),
                       "tesseract": bare_tesseract(pages, langs, args.jobs),
                       "ocrmypdf": ocrmypdf(path, langs, args.jobs, Path(tmp))}
            pages_total += len(pages)
            totals["docintel"] += row["docintel"]
            totals["tesseract"] += row["tesseract"]
            if row["ocrmypdf"] is None:
                refused += 1
                other = "ocrmypdf  refused"
            else:
                totals["ocrmypdf"] += row["ocrmypdf"]
                beside_ocrmypdf += row["docintel"]
                other = f"ocrmypdf {row['ocrmypdf']:6.2f} s  x{row['docintel'] / row['tesseract']:.2f} / " \
                        f"x{row['docintel'] / row['ocrmypdf']:.2f}"
            print(f"  {path.name[:46]:46} {len(pages):3d} p  {langs:20} docintel {row['docintel']:6.2f} s  "
                  f"tesseract {row['tesseract']:6.2f} s  {other}", flush=True)
        line = (f"{name}: {len(files)} files, {pages_total} pages: docintel {totals['docintel']:.1f} s "
                f"({totals['docintel'] / pages_total:.2f} s/page), bare tesseract {totals['tesseract']:.1f} s, "
                f"ocrmypdf {totals['ocrmypdf']:.1f} s; docintel / tesseract {totals['docintel'] / totals['tesseract']:.2f}, "
                f"docintel / ocrmypdf {beside_ocrmypdf / max(totals['ocrmypdf'], 1e-9):.2f}"
                + (f" (on the {len(files) - refused} files OCRmyPDF took)" if refused else ""))
        summary.append(line)
        print(line, flush=True)
        batch = batch_run([path for path, _ in files], args.jobs)
        line = (f"{name}, the whole set in one docintel run: {batch:.1f} s ({batch / pages_total:.2f} s/page); "
                f"docintel / tesseract {batch / totals['tesseract']:.2f}"
                + (f", docintel / ocrmypdf {batch / totals['ocrmypdf']:.2f}" if not refused else ""))
        summary.append(line)
        print(line + "\n", flush=True)
    print("\n".join(summary))
    return 0


if __name__ == "__main__":
    sys.exit(main())
