"""Turn a scanned page upright and straighten small skew before OCR.

Quarter turns come from Tesseract's OSD (run on a half-size copy: as reliable
and half the cost); small skew from the angle that makes the rows of text
sharpest in a horizontal projection, the classic and robust estimate.
"""
from __future__ import annotations

import cv2
import numpy as np

from . import tesseract

MAX_SKEW = 5.0  # degrees; beyond this a page is photographed, not scanned askew


Box = tuple[int, int, int, int]


def text_gray(img, printed: list[Box] = ()) -> np.ndarray:
    """Grey page for OCR: coloured ink faded out, except where it is print.

    Red seals, blue stamps and pen sit over the very lines that matter (the
    signing date, the unit's name); in plain greyscale Tesseract takes a seal
    for a picture and drops the text under it, and reads a pen's strokes as
    words. Each pixel's brightest channel fades coloured ink and keeps black
    print. Text printed in colour must not fade (a version printed in red read
    as nothing): inside the ``printed`` boxes (x0, y0, x1, y1 in the image's
    pixels; rows of coloured print, ``vision.colour_text``) the plain grey is
    kept, where coloured ink is as dark as black.
    """
    arr = np.asarray(img)
    if arr.ndim == 3:
        rgb = np.ascontiguousarray(arr[:, :, :3])
        gray = cv2.max(cv2.max(rgb[:, :, 0], rgb[:, :, 1]), rgb[:, :, 2])  # 5x numpy's max(axis=2)
        for x0, y0, x1, y1 in printed:
            gray[y0:y1, x0:x1] = cv2.cvtColor(rgb[y0:y1, x0:x1], cv2.COLOR_RGB2GRAY)
        arr = gray
    return flatten_background(arr)


def flatten_background(gray: np.ndarray) -> np.ndarray:
    """Divide out the paper's own shade (uneven light, a grey scan, a photo's
    vignette), estimated from a blurred, ink-free copy at 1/8 size, so the paper
    is white everywhere and Tesseract's global threshold finds the text."""
    small = cv2.resize(gray, (max(1, gray.shape[1] // 8), max(1, gray.shape[0] // 8)), interpolation=cv2.INTER_AREA)
    paper = cv2.medianBlur(cv2.dilate(small, np.ones((7, 7), np.uint8)), 9)
    paper = cv2.resize(paper, (gray.shape[1], gray.shape[0]), interpolation=cv2.INTER_LINEAR)
    return cv2.divide(gray, np.maximum(paper, 1), scale=255)


def rotate_quarter(gray: np.ndarray, degrees: int) -> np.ndarray:
    """Rotate clockwise by a multiple of 90 degrees."""
    turns = {0: None, 90: cv2.ROTATE_90_CLOCKWISE, 180: cv2.ROTATE_180, 270: cv2.ROTATE_90_COUNTERCLOCKWISE}
    code = turns[degrees % 360]
    return gray if code is None else cv2.rotate(gray, code)


def detect_orientation(gray: np.ndarray) -> tuple[int, str | None]:
    """(clockwise degrees to make upright, script OSD saw) with safe defaults."""
    small = cv2.resize(gray, (gray.shape[1] // 2, gray.shape[0] // 2), interpolation=cv2.INTER_AREA)
    result = tesseract.osd(small)
    if result is None:
        return 0, None
    rotate = result.rotate if result.rotate_confidence >= 1.0 else 0
    script = result.script if result.script_confidence >= 0.3 else None
    return rotate, script


def _ink(gray: np.ndarray, width: int = 800) -> np.ndarray:
    scale = width / gray.shape[1]
    small = cv2.resize(gray, (width, max(1, int(gray.shape[0] * scale))), interpolation=cv2.INTER_AREA)
    _, ink = cv2.threshold(small, 0, 255, cv2.THRESH_BINARY_INV + cv2.THRESH_OTSU)
    return ink


def _sharpness(ink: np.ndarray, angle: float) -> float:
    h, w = ink.shape
    m = cv2.getRotationMatrix2D((w / 2, h / 2), angle, 1.0)
    rotated = cv2.warpAffine(ink, m, (w, h), flags=cv2.INTER_NEAREST)
    profile = rotated.sum(axis=1, dtype=np.float64)
    return float(np.square(np.diff(profile)).sum())


def estimate_skew(gray: np.ndarray) -> float:
    """Degrees to rotate counter-clockwise (OpenCV's sense) to level the text."""
    ink = _ink(gray)
    if ink.mean() < 0.5:  # blank page
        return 0.0
    coarse = max(np.arange(-MAX_SKEW, MAX_SKEW + 0.01, 0.5), key=lambda a: _sharpness(ink, a))
    fine = max(np.arange(coarse - 0.5, coarse + 0.51, 0.1), key=lambda a: _sharpness(ink, a))
    return round(float(fine), 2)


def deskew(gray: np.ndarray, angle: float) -> np.ndarray:
    if abs(angle) < 0.15:
        return gray
    h, w = gray.shape
    m = cv2.getRotationMatrix2D((w / 2, h / 2), angle, 1.0)
    return cv2.warpAffine(gray, m, (w, h), flags=cv2.INTER_LINEAR, borderValue=255)
