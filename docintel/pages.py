"""The page stage: one page of one file in, one ``Page`` out.

Runs in worker processes, so it takes and returns plain picklable values and
keeps the files it has opened in a small per-process memo: consecutive pages of
one PDF then share one parse.
"""
from __future__ import annotations

import logging
from functools import lru_cache
from pathlib import Path

import numpy as np

from pydantic import BaseModel

from .config import Limits
from .geometry import blocks_to_stored
from .lang.identify import identify
from .models import Block, Page
from .readers import image as image_reader
from .readers import pdf as pdf_reader
from .readers.sniff import FileKind
from .text.layout import build_blocks, build_lines
from .text.ocr import ocr_page
from .text.plan import LanguagePlan
from .text.quality import layer_quality, needs_ocr
from .text.textlayer import read_layer
from .vision.ink import WORK_SIDE
from .vision.marks import EarlySeals, early_seals, page_marks

log = logging.getLogger(__name__)
MARKS_DPI = 150  # text-layer pages holding pictures or curves are rendered this fine for seals


class PageTask(BaseModel):
    path: Path
    kind: FileKind
    index: int  # 0-based
    dpi: int = 300
    limits: Limits = Limits()
    deadline: float | None = None  # time.monotonic() value after which the document has timed out
    tesseract_timeout: float = 180.0
    plan: LanguagePlan | None = None  # the document's languages from its first pages (text/plan.py)


@lru_cache(maxsize=2)
def _pdf(path: Path, mtime: float):
    doc = pdf_reader.open_pdf(path)
    return doc, pdf_reader.open_plumber(path, len(doc))


def read_page(task: PageTask) -> Page:
    if task.kind == "pdf":
        return _read_pdf_page(task)
    img = image_reader.load_image_page(task.path, task.index, task.limits.max_page_pixels)
    return _ocr(task, img)


def _read_pdf_page(task: PageTask) -> Page:
    doc, plumber = _pdf(task.path, task.path.stat().st_mtime)
    page = doc[task.index]
    info = pdf_reader.page_info(page)
    pdf_reader.check_page_size(info, task.limits.max_page_points)
    layer_page = pdf_reader.plumber_page(plumber, task.index)
    if layer_page is None:  # no reader of text layers can parse it; pdfium can still render it
        img, _dpi = pdf_reader.render(page, task.dpi, task.limits.max_page_pixels)
        return _ocr(task, img).model_copy(update={"width": info.width, "height": info.height})
    layer = read_layer(layer_page)
    quality = layer_quality(layer.chars)
    ocr, _reason = needs_ocr(layer.chars, quality, info.image_coverage, info.invisible_text)
    if not ocr:
        blocks = build_blocks(build_lines(layer.words, geometry=layer.geometry), layer.geometry)
        _label(blocks)
        result = Page(
            number=task.index + 1, width=info.width, height=info.height, rotation=layer.turn,
            source="text_layer", layer_quality=round(quality, 3), blocks=blocks_to_stored(blocks, layer.turn),
        )
        if info.images or info.curves:  # text and ruling alone hold no seal or signature
            img, _dpi = pdf_reader.render(page, _marks_dpi(info), task.limits.max_page_pixels)
            _add_marks(result, np.asarray(img.convert("RGB")))
        return result
    img, _dpi = pdf_reader.render(page, task.dpi, task.limits.max_page_pixels)
    result = _ocr(task, img)
    return result.model_copy(update={"width": info.width, "height": info.height, "layer_quality": round(quality, 3)})


def _marks_dpi(info: pdf_reader.PdfPageInfo) -> int:
    """A text-layer page is rendered only for its marks: as fine as the working copy needs."""
    return max(MARKS_DPI, int(72 * WORK_SIDE / max(info.width, info.height)))


def marks_image(task: PageTask, page: Page) -> np.ndarray:
    """The page image (RGB, as stored) that the marks stage saw when ``page`` was
    read: for training the judge of seals and signatures on exactly what it judges."""
    if task.kind != "pdf":
        img = image_reader.load_image_page(task.path, task.index, task.limits.max_page_pixels)
        return np.asarray(img.convert("RGB"))
    doc, _plumber = _pdf(task.path, task.path.stat().st_mtime)
    pdf_page = doc[task.index]
    dpi = _marks_dpi(pdf_reader.page_info(pdf_page)) if page.source == "text_layer" else task.dpi
    img, _dpi = pdf_reader.render(pdf_page, dpi, task.limits.max_page_pixels)
    return np.asarray(img.convert("RGB"))


def _ocr(task: PageTask, img) -> Page:
    rgb = np.asarray(img.convert("RGB"))
    try:
        early = early_seals(rgb)
    except Exception:  # found again after OCR, where a failure is recorded on the page
        log.exception("page %d: seal detection before OCR failed", task.index + 1)
        early = None
    result = ocr_page(img, _identify_pair, deadline=task.deadline, timeout=task.tesseract_timeout,
                      printed=early.printed_boxes() if early else (), plan=task.plan)
    _label(result.blocks)
    page = Page(
        number=task.index + 1, width=img.width, height=img.height, source="ocr",
        rotation=result.rotation, skew=result.skew, ocr_languages="+".join(result.languages),
        ocr_confidence=result.confidence, ocr_second_engine=result.second_engine, blocks=result.blocks,
    )
    _add_marks(page, rgb, early)
    return page


def _add_marks(page: Page, rgb: np.ndarray, early: EarlySeals | None = None) -> None:
    """Seals and signatures. A failure here costs the page its marks, not its text."""
    try:
        page.seals, page.signatures = page_marks(rgb, page, early=early)
    except Exception as exc:  # a surprise in OpenCV on a strange image must not lose the page's text
        log.exception("page %d: seal and signature detection failed", page.number)
        page.marks_error = f"{type(exc).__name__}: {exc}"[:200]


def _identify_pair(text: str) -> tuple[str | None, float]:
    guess = identify(text)
    return guess.code, guess.confidence


IDENTIFY_CHARS = 1000  # a block's language shows in its first lines; whole pages cost 10x more


def _label(blocks: list[Block]) -> None:
    for block in blocks:
        guess = identify(block.text[:IDENTIFY_CHARS])
        block.language = guess.code
        block.language_confidence = round(guess.confidence, 3)
