"""The second OCR engine: RapidOCR (PP-OCRv6 small models on onnxruntime).

Tesseract's Chinese model garbles small, photographed and seal-crossed Han
lines ("二O〇二五年木二月志后一睛" for a date under a seal), and a whole
low-resolution photo of a certificate comes out as noise, where RapidOCR reads
them nearly letter for letter. RapidOCR knows Chinese, English and the Latin
alphabets only (no Cyrillic), and a full page costs it 1-2 s on one core,
about what Tesseract takes, so the page reading stays Tesseract's; RapidOCR
reads again only what Tesseract read poorly: single lines (about 15 ms each)
and, when a Han or Latin page as a whole came out poor, the page.

Only the models the wheel ships are used; RapidOCR downloads the others at
run time, which cannot work offline. Without the package every reading stays
Tesseract's.
"""
from __future__ import annotations

import importlib.util
import logging
import threading
from dataclasses import dataclass

import numpy as np

from ..geometry import normalise_box
from ..models import Word, is_cjk

log = logging.getLogger(__name__)

_PARAMS = {
    "Global.log_level": "error",
    # the detector's side: at 2000 px (its default) it takes 4-6 s of a 300-dpi page
    # and at 1280 px about 1 s, finding the same lines (it reads them at full size)
    "Global.max_side_len": 1280,
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


_UNSET = object()
_loaded = _UNSET  # the engine, None when it cannot start, _UNSET before the first try
_loading = threading.Lock()
_warming: threading.Thread | None = None  # the thread that starts it ahead of time (warm)
_warm_lock = threading.Lock()


def _engine():
    global _loaded
    with _loading:  # once per process, whether the warm-up thread or a page asks first
        if _loaded is _UNSET:
            _loaded = _start_engine()
        return _loaded


def _start_engine():
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
    """Whether the package is there; it is imported only when a page may need
    it, which many workers never do."""
    return importlib.util.find_spec("rapidocr") is not None


def warm() -> None:
    """Start the engine in a thread of this process, once, when a page in Han or
    Latin script is about to be read: importing and starting it costs about a
    second (its configuration is parsed by OmegaConf), which then passes while
    Tesseract reads the page (without the GIL) instead of after it. A worker
    that only ever reads Cyrillic or Arabic pages never pays it."""
    global _warming
    if _loaded is not _UNSET or _warming is not None or not available():
        return
    with _warm_lock:
        if _warming is None:
            _warming = threading.Thread(target=_warm_quietly, name="docintel-rapidocr", daemon=True)
            _warming.start()


def _warm_quietly() -> None:
    try:
        _engine()
    except BaseException:  # MemoryError under a worker's ceiling: the page that needs it will say
        log.exception("starting RapidOCR ahead of time failed")



def _rgb(gray: np.ndarray) -> np.ndarray:
    return np.repeat(gray[..., None], 3, axis=2) if gray.ndim == 2 else gray


@dataclass
class LineReading:
    text: str
    confidence: float  # calibrated, the whole line
    words: list[tuple[str, float, float, float]]  # (text, confidence, x0, x1): x in fractions of the crop's width


def read_line(crop: np.ndarray) -> LineReading:
    """One line's crop read: its text, and each word where its letters are.

    The recogniser says at which of its steps along the line each character was
    read; a word spans its own characters only, so a pen's stroke after
    "负责人（签字）：" is not covered by the label's words (the signature detector
    takes what lies under a sure word for print)."""
    engine = _engine()
    if engine is None or crop.size == 0 or min(crop.shape[:2]) < MIN_LINE_PX:
        return LineReading("", 0.0, [])
    try:
        out = engine(_rgb(crop), use_det=False, use_cls=False, use_rec=True, return_word_box=True)
    except Exception:  # a crop the engine cannot take keeps Tesseract's reading; it never costs the page
        log.exception("RapidOCR could not read a line crop of %s", crop.shape)
        return LineReading("", 0.0, [])
    if not out.txts:
        return LineReading("", 0.0, [])
    text, score = out.txts[0].strip(), calibrated(float(out.scores[0]))
    return LineReading(text, score, _placed_words(out.word_results[0] if out.word_results else None))


def _placed_words(info) -> list[tuple[str, float, float, float]]:
    if info is None or not info.line_txt_len:
        return []
    steps = float(info.line_txt_len)
    confs = list(info.confs)
    out, k = [], 0
    for chars, cols in zip(info.words, info.word_cols):
        if not chars:
            continue
        half = 1.5 if any(is_cjk(ch) for ch in chars) else 1.0  # a Han character is about three steps wide
        x0 = max(0.0, (cols[0] + 0.5 - half) / steps)
        x1 = min(1.0, (cols[-1] + 0.5 + half) / steps)
        own = confs[k:k + len(chars)] or [0.0]
        k += len(chars)
        out.append(("".join(chars), calibrated(float(np.mean(own))), x0, x1))
    return out


def placed_words(reading: LineReading, box: tuple[float, float, float, float], width: int, height: int) -> list[Word]:
    """The line's words on the page: ``box`` is the crop's place (pixels)."""
    if not reading.words:
        return line_words(reading.text, reading.confidence, box, width, height)
    x0, y0, x1, y1 = box
    return [Word(text=t, bbox=normalise_box(x0 + a * (x1 - x0), y0, x0 + b * (x1 - x0), y1, width, height),
                 confidence=round(c, 3)) for t, c, a, b in reading.words]


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


def read_page(gray: np.ndarray) -> tuple[list[Word], list[tuple]]:
    """Words of a whole page (fractions of the page), each where the engine saw
    it, with one key per detected line."""
    engine = _engine()
    if engine is None:
        return [], []
    # the engine remembers the last call's steps: name them all
    try:
        out = engine(_rgb(gray), use_det=True, use_cls=True, use_rec=True, return_word_box=True)
    except Exception:
        log.exception("RapidOCR could not read a page of %s", gray.shape)
        return [], []
    h, w = gray.shape[:2]
    words: list[Word] = []
    keys: list[tuple] = []
    for i, line in enumerate(out.word_results or ()):
        pieces = []  # (text, score, x0, y0, x1, y1) in pixels
        for item in line:
            if len(item) != 3:  # an empty entry, seen on a 60-megapixel page under memory pressure
                continue
            text, score, quad = item
            if not text.strip() or quad is None:
                continue
            quad = np.asarray(quad, dtype=float)
            pieces.append([text.strip(), [float(score)], quad[:, 0].min(), quad[:, 1].min(),
                           quad[:, 0].max(), quad[:, 1].max()])
        for text, scores, x0, y0, x1, y1 in _joined(pieces):
            words.append(Word(text=text, bbox=normalise_box(x0, y0, x1, y1, w, h),
                              confidence=calibrated(float(np.mean(scores)))))
            keys.append((0, 0, i))
    return words, keys


def _joined(pieces: list[list]) -> list[list]:
    """Characters the engine boxed one by one put back into words: digits and
    letters side by side are one word ("2025", not "2 0 2 5"); Han characters
    stay single, as Chinese needs no spaces between them."""
    out: list[list] = []
    for piece in pieces:
        prev = out[-1] if out else None
        if prev is not None and not is_cjk(prev[0][-1]) and not is_cjk(piece[0][0]) \
                and piece[2] - prev[4] < 0.12 * (piece[5] - piece[3]):
            prev[0] += piece[0]
            prev[1] += piece[1]
            prev[3], prev[4], prev[5] = min(prev[3], piece[3]), piece[4], max(prev[5], piece[5])
        else:
            out.append(list(piece))
    return out
