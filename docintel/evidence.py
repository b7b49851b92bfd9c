"""Cropped pictures of every seal and signature, for the reviewer to see.

Written only on request (``docintel check --evidence DIR``): the page is
rendered again in the main process, which costs a render per marked page but
keeps the page cache and the workers free of image bytes. Each mark's
``image`` field then names its file, relative to DIR.
"""
from __future__ import annotations

import re
from pathlib import Path

from PIL import Image

from .config import Limits
from .models import Seal, Signature
from .pipeline import Analysis
from .readers import check_file
from .readers import image as image_reader
from .readers import pdf as pdf_reader

EVIDENCE_DPI = 200
MARGIN = 0.15  # of the mark's size, on each side: the reader sees what surrounds it


def write_evidence(analysis: Analysis, folder: Path, limits: Limits | None = None) -> int:
    """Write the crops of one document's marks; returns how many were written."""
    report = analysis.report
    marks: list[Seal | Signature] = [*report.seals, *report.signatures]
    if report.status != "ok" or not marks:
        return 0
    limits = limits or Limits()
    folder.mkdir(parents=True, exist_ok=True)
    stem = re.sub(r"[^\w.-]+", "_", Path(report.path).stem)[:60]
    prefix = f"{stem}-{(report.sha256 or '')[:8]}"
    written = 0
    for number in sorted({m.page for m in marks}):
        page = page_image(Path(report.path), number - 1, limits)
        for kind, items in (("seal", report.seals), ("signature", report.signatures)):
            for k, mark in enumerate(m for m in items if m.page == number):
                name = f"{prefix}-p{number}-{kind}{k + 1}.png"
                crop(page, mark.bbox).save(folder / name)
                mark.image = name
                written += 1
    return written


def page_image(path: Path, index: int, limits: Limits, dpi: int = EVIDENCE_DPI) -> Image.Image:
    if check_file(path, limits) == "pdf":
        doc = pdf_reader.open_pdf(path)
        try:
            img, _dpi = pdf_reader.render(doc[index], dpi, limits.max_page_pixels)
            return img
        finally:
            doc.close()
    return image_reader.load_image_page(path, index, limits.max_page_pixels).convert("RGB")


def crop(page: Image.Image, bbox, margin: float = MARGIN) -> Image.Image:
    w, h = page.size
    x0, y0, x1, y1 = bbox
    mx, my = (x1 - x0) * margin, (y1 - y0) * margin
    box = (max(0, int((x0 - mx) * w)), max(0, int((y0 - my) * h)),
           min(w, int((x1 + mx) * w) + 1), min(h, int((y1 + my) * h) + 1))
    return page.crop(box)
