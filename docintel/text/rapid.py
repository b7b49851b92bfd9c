"""The second OCR engine: RapidOCR (PP-OCRv6 small models on onnxruntime).

Tesseract's Chinese model garbles small, photographed and seal-crossed Han
lines ("二O〇二五年木二月志后一睛" for a date under a seal), and a whole
low-resolution photo of a certificate comes out as noise, where RapidOCR reads
them nearly letter for letter. RapidOCR knows Chinese, English and the Latin
alphabets only (no Cyrillic), and a full page costs it 2-5 s on one core
against Tesseract's 1-4 s, so the page reading stays Tesseract's; RapidOCR
reads again only what Tesseract read poorly: single lines (about 15 ms each)
and, when a Han or Latin page as a whole came out poor, the page.

Only the models the wheel ships are used; RapidOCR downloads the others at
run time, which cannot work offline. Without the package every reading stays
Tesseract's.
"""
from __future__ import annotations

import logging
from functools import lru_cache

import numpy as np

from ..geometry import normalise_box
from ..models import Word

log = logging.getLogger(__name__)

_PARAMS = {
    "Global.log_level": "error",
    # one thread: pages are read in parallel worker processes already
    "EngineConfig.onnxruntime.intra_op_num_threads": 1,
    "EngineConfig.onnxruntime.inter_op_num_threads": 1,
}
MIN_LINE_PX = 8  # a crop lower than this holds no line of text


def calibrated(score: float) -> float:
    """RapidOCR's score on Tesseract's scale of word confidence.

    RapidOCR is rarely below 0.5 even on noise, and reads a pen's signature as
    three Han characters with 0.7 ("青三华"), where Tesseract gives such marks
    under 0.4; the signature detector takes words above 0.55 for print."""
    return round(min(1.0, max(0.0, (score - 0.5) * 2)), 3)


@lru_cache(maxsize=1)
def _engine():
    try:
        from rapidocr import RapidOCR
    except ImportError:
        return None
    try:
        return RapidOCR(params=_PARAMS)
    except Exception:  # a broken install leaves Tesseract's readings, it does not stop the page
        log.exception("RapidOCR cannot start")
        return None


def available() -> bool:
    return _engine() is not None


def _rgb(gray: np.ndarray) -> np.ndarray:
    return np.repeat(gray[..., None], 3, axis=2) if gray.ndim == 2 else gray


def read_line(crop: np.ndarray) -> tuple[str, float]:
    """The text of one line's crop and the engine's confidence in it (0..1, calibrated)."""
    engine = _engine()
    if engine is None or crop.size == 0 or crop.shape[0] < MIN_LINE_PX:
        return "", 0.0
    out = engine(_rgb(crop), use_det=False, use_cls=False, use_rec=True)
    if not out.txts:
        return "", 0.0
    return out.txts[0].strip(), calibrated(float(out.scores[0]))


def line_words(text: str, confidence: float, box: tuple[float, float, float, float],
               width: int, height: int) -> list[Word]:
    """Words of a line read as one string: split at spaces, each given its share
    of the line's box by its place in the string (the engine gives no word boxes)."""
    x0, y0, x1, y1 = box
    n = max(1, len(text))
    words, start = [], 0
    for token in text.split(" "):
        if token:
            a = x0 + (x1 - x0) * start / n
            b = x0 + (x1 - x0) * (start + len(token)) / n
            words.append(Word(text=token, bbox=normalise_box(a, y0, b, y1, width, height),
                              confidence=round(confidence, 3)))
        start += len(token) + 1
    return words


INK = 128  # grey level below which a pixel of the (colour-faded) page is print


def ink_box(gray: np.ndarray, box: tuple[float, float, float, float]) -> tuple[float, float, float, float]:
    """The detector's box shrunk to the print inside it.

    The detector pads its boxes generously; a padded box reaches into the pen
    stroke after "负责人（签字）：", and the signature detector takes whatever
    lies under a printed word for print."""
    h, w = gray.shape[:2]
    x0, y0 = max(0, int(box[0])), max(0, int(box[1]))
    x1, y1 = min(w, int(np.ceil(box[2]))), min(h, int(np.ceil(box[3])))
    crop = gray[y0:y1, x0:x1]
    if crop.ndim == 3:
        crop = crop.min(axis=2)
    ys, xs = np.nonzero(crop < INK)
    if xs.size == 0:
        return box
    return (float(x0 + xs.min()), float(y0 + ys.min()), float(x0 + xs.max() + 1), float(y0 + ys.max() + 1))


def read_page(gray: np.ndarray) -> tuple[list[Word], list[tuple]]:
    """Words of a whole page (fractions of the page), with one key per detected line."""
    engine = _engine()
    if engine is None:
        return [], []
    out = engine(_rgb(gray), use_det=True, use_cls=True, use_rec=True)  # the engine remembers the last call's steps
    h, w = gray.shape[:2]
    words: list[Word] = []
    keys: list[tuple] = []
    for i, (quad, text, score) in enumerate(zip(out.boxes if out.boxes is not None else [], out.txts or (), out.scores or ())):
        quad = np.asarray(quad)
        box = ink_box(gray, (float(quad[:, 0].min()), float(quad[:, 1].min()),
                              float(quad[:, 0].max()), float(quad[:, 1].max())))
        found = line_words(text.strip(), calibrated(float(score)), box, w, h)
        words += found
        keys += [(0, 0, i)] * len(found)
    return words, keys
