"""Find handwritten signatures on an upright page image.

What is left of the dark ink once the printed text (the OCR's or text layer's
word boxes), the seals' ink and the ruling are taken away is handwriting,
drawings and noise. Handwriting is told apart by shape (a long connected pen
stroke taller than the printed letters, thin ink over a sparse area, no large
enclosed shape such as a printed circle or box) and by place: next to or on the
line of a signature label (签字, Signature, Подпись, ...), listed per language in
``data/signature_labels.yaml``.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import cv2
import numpy as np
from ..datafile import read_yaml

from .ink import INK_FAMILY, InkImage
from .seals import SealFind

LABELS_FILE = Path(__file__).with_name("data") / "signature_labels.yaml"
PRINTED_CONF = 0.55  # OCR words at least this sure are print; a signature reads as low-confidence junk
SURE_PRINT = 0.9  # ... and at least this sure, print whatever their height
MIN_CONFIDENCE = 0.6
PEN_DARKER = 40  # grey levels by which pen ink under a stamp is darker than the stamp's own ink
EDGE = 0.01  # marks this close to the image's edge are the edge, not a signature
RULE_LENGTH = 0.1  # straight runs longer than this share of the page width are ruling, not pen


@dataclass
class TextLine:
    """A printed line in working-image pixels."""

    box: tuple[int, int, int, int]
    text: str
    words: list[tuple[tuple[int, int, int, int], float]]  # (box, confidence)


@dataclass
class SignatureFind:
    box: tuple[int, int, int, int]
    confidence: float
    near_label: bool


@lru_cache(maxsize=1)
def label_words() -> tuple[str, ...]:
    data = read_yaml(LABELS_FILE)
    return tuple(sorted({w.lower() for words in data.values() for w in words}, key=len, reverse=True))


def is_label(text: str) -> bool:
    low = text.lower()
    return "___" in low or "…" * 3 in low or any(w in low for w in label_words())


def text_height(lines: list[TextLine], page_h: int) -> float:
    """The printed letters' height in working pixels, within what print can be."""
    text_h = float(np.median([ln.box[3] - ln.box[1] for ln in lines])) if lines else 0.012 * page_h
    return min(max(text_h, 0.006 * page_h), 0.03 * page_h)


def verdict(box: tuple[int, int, int, int], score: float | None, near: bool) -> SignatureFind | None:
    """The rule detector's decision on a group of strokes: its shape score, more
    when it lies by a signature label."""
    if score is None:
        return None
    conf = 0.3 + (0.35 if near else 0.0) + score
    return SignatureFind(box, round(min(conf, 0.99), 3), near) if conf >= MIN_CONFIDENCE else None


def find_signatures(ink: InkImage, lines: list[TextLine], seals: list[SealFind]) -> list[SignatureFind]:
    h, w = ink.shape
    text_h = text_height(lines, h)
    pen = _pen_ink(ink, lines, seals)
    labels = [ln for ln in lines if is_label(ln.text)]
    out: list[SignatureFind] = []
    edge = EDGE * min(w, h)
    for box, region in _regions(pen, text_h):
        if box[0] < edge or box[1] < edge or box[2] > w - edge or box[3] > h - edge:
            continue  # the dark beyond the paper in a photo, a scanner's edge shadow
        near = any(_near(box, ln.box, text_h, w) for ln in labels)
        find = verdict(box, _shape_score(region, text_h, (w, h)), near)
        if find is not None:
            out.append(find)
    return out


def _pen_ink(ink: InkImage, lines: list[TextLine], seals: list[SealFind]) -> np.ndarray:
    """Dark ink that is neither print, nor seal, nor ruling."""
    h, w = ink.shape
    pen = ink.dark.copy()
    red = cv2.dilate(ink.colour_mask("red"), np.ones((3, 3), np.uint8))
    pen = cv2.subtract(pen, red)  # signatures are never red; seals and red letterheads are
    for seal in seals:
        x0, y0, x1, y1 = seal.box
        if seal.colour in ("blue", "purple"):
            own = ink.colour_mask(*INK_FAMILY[seal.colour])[y0:y1, x0:x1]
            if cv2.countNonZero(own):
                # a blue pen signed under a blue stamp: its ink is much darker than the stamp's
                gray = ink.gray[y0:y1, x0:x1]
                own = own.copy()
                own[gray < np.median(gray[own > 0]) - PEN_DARKER] = 0
            own = cv2.dilate(own, np.ones((2, 2), np.uint8))
            pen[y0:y1, x0:x1] = cv2.subtract(pen[y0:y1, x0:x1], own)
        elif seal.colour == "black":  # a fax's seal: its rim text is print, in a circle
            if seal.ellipse is not None:
                (cx, cy), (ew, eh), deg = seal.ellipse
                cv2.ellipse(pen, ((cx, cy), (ew * 1.1, eh * 1.1), deg), 0, -1)
            else:
                pen[y0:y1, x0:x1] = 0
    pen = _without_print(pen, lines)
    k = max(15, int(RULE_LENGTH * w))
    rules = cv2.bitwise_or(
        cv2.morphologyEx(pen, cv2.MORPH_OPEN, cv2.getStructuringElement(cv2.MORPH_RECT, (k, 1))),
        cv2.morphologyEx(pen, cv2.MORPH_OPEN, cv2.getStructuringElement(cv2.MORPH_RECT, (1, k))),
    )
    return cv2.subtract(pen, cv2.dilate(rules, np.ones((3, 3), np.uint8)))


def _without_print(pen: np.ndarray, lines: list[TextLine]) -> np.ndarray:
    """Ink left once printed words are gone. A mark that lies (almost) wholly
    inside printed word boxes is print; a pen stroke that crosses a label runs
    far outside them and is kept whole, letters it touches included."""
    printed = np.zeros_like(pen)
    heights = [b[3] - b[1] for line in lines for b, conf in line.words if conf >= PRINTED_CONF]
    tall = 1.3 * float(np.median(heights)) if heights else float("inf")
    for line in lines:
        for (x0, y0, x1, y1), conf in line.words:
            # a signature OCR'd as a word ("Awvv") is taller than print, and less sure
            if conf >= SURE_PRINT or (conf >= PRINTED_CONF and y1 - y0 <= tall):
                printed[max(0, y0 - 1):y1 + 1, max(0, x0 - 1):x1 + 1] = 255
    n, labels, stats, _ = cv2.connectedComponentsWithStats(pen, connectivity=8)
    inside = np.bincount(labels[printed > 0].ravel(), minlength=n)
    keep = (inside < 0.85 * stats[:, cv2.CC_STAT_AREA]).astype(np.uint8) * 255
    keep[0] = 0
    return keep[labels]


def _regions(pen: np.ndarray, text_h: float, spread: float = 1.0):
    """Groups of nearby strokes, each with its own ink; specks dropped first.
    ``spread`` widens how far apart strokes of one group may be."""
    n, labels, stats, _ = cv2.connectedComponentsWithStats(pen, connectivity=8)
    keep = np.zeros(n, np.uint8)
    keep[1:] = (np.maximum(stats[1:, 2], stats[1:, 3]) >= 0.4 * text_h).astype(np.uint8) * 255
    strokes = keep[labels]
    kx, ky = max(3, int(2.0 * spread * text_h)), max(3, int(0.8 * spread * text_h))
    grouped = cv2.dilate(strokes, cv2.getStructuringElement(cv2.MORPH_RECT, (kx, ky)))
    m, glabels, gstats, _ = cv2.connectedComponentsWithStats(grouped, connectivity=8)
    for i in range(1, m):
        x, y, bw, bh, _ = gstats[i]
        region = cv2.bitwise_and(strokes[y:y + bh, x:x + bw], strokes[y:y + bh, x:x + bw],
                                 mask=(glabels[y:y + bh, x:x + bw] == i).astype(np.uint8))
        core = _core(region, text_h)
        if core is None:
            continue
        x0, y0, x1, y1 = core
        yield (int(x + x0), int(y + y0), int(x + x1), int(y + y1)), region[y0:y1, x0:x1]


def _core(region: np.ndarray, text_h: float) -> tuple[int, int, int, int] | None:
    """The box of a group's pen strokes: its marks taller or wider than a letter,
    and small marks among them (dots, short strokes), but not letter-sized print
    the OCR missed on the label beside them."""
    n, _, stats, _ = cv2.connectedComponentsWithStats(region, connectivity=8)
    big = [i for i in range(1, n) if max(stats[i, 2], stats[i, 3]) >= 1.05 * text_h]
    if not big:
        return None
    pad = 0.5 * text_h
    x0 = min(stats[i, 0] for i in big) - pad
    y0 = min(stats[i, 1] for i in big) - pad
    x1 = max(stats[i, 0] + stats[i, 2] for i in big) + pad
    y1 = max(stats[i, 1] + stats[i, 3] for i in big) + pad
    inside = [i for i in range(1, n) if stats[i, 0] >= x0 and stats[i, 1] >= y0
              and stats[i, 0] + stats[i, 2] <= x1 and stats[i, 1] + stats[i, 3] <= y1]
    return (int(min(stats[i, 0] for i in inside)), int(min(stats[i, 1] for i in inside)),
            int(max(stats[i, 0] + stats[i, 2] for i in inside)), int(max(stats[i, 1] + stats[i, 3] for i in inside)))


def _shape_score(region: np.ndarray, text_h: float, page: tuple[int, int]) -> float | None:
    """How much a group of strokes looks handwritten (0..0.35), or None when it cannot be."""
    bh, bw = region.shape
    if bh < 0.9 * text_h or bw < 1.5 * text_h or bw > 0.5 * page[0] or bh > 6 * text_h:
        return None
    ink = region > 0
    density = float(ink.mean())
    if not 0.02 <= density <= 0.3:
        return None  # a specked line, or a filled picture, logo or QR code
    n, _, stats, _ = cv2.connectedComponentsWithStats(region, connectivity=8)
    longest = float(np.max(np.maximum(stats[1:, 2], stats[1:, 3])))
    if longest < 1.2 * text_h:
        return None  # only letter-sized marks: print the OCR missed
    contours, _ = cv2.findContours(region, cv2.RETR_EXTERNAL, cv2.CHAIN_APPROX_SIMPLE)
    filled = np.zeros_like(region)
    cv2.drawContours(filled, contours, -1, 255, -1)
    enclosed = (cv2.countNonZero(filled) - int(ink.sum())) / float(bh * bw)
    if enclosed > 0.45:
        return None  # a printed circle or box, not a pen's loops
    stroke = float(ink.sum()) / max(1.0, _skeleton_length(region))
    if stroke > 0.35 * text_h:
        return None  # marks too bold for a pen: a blot, a bold printed glyph
    return 0.2 * min(1.0, longest / (3 * text_h)) + (0.15 if 0.03 <= density <= 0.2 else 0.05)


def _skeleton_length(region: np.ndarray) -> float:
    """Approximate length of the strokes: pixels of the thinned ink."""
    if hasattr(cv2, "ximgproc"):
        return float(cv2.countNonZero(cv2.ximgproc.thinning(region)))
    # without contrib: the ink's outline is twice its centre line
    contours, _ = cv2.findContours(region, cv2.RETR_LIST, cv2.CHAIN_APPROX_NONE)
    return sum(len(c) for c in contours) / 2.0


def _near(box, label, text_h: float, page_w: int) -> bool:
    """On a label's line to its right, or just above or below it (a signature
    line under 签字 / Signature, or a name written over the label)."""
    cy = (box[1] + box[3]) / 2
    lx0, ly0, lx1, ly1 = label
    if not (ly0 - 3.0 * text_h <= cy <= ly1 + 3.0 * text_h):
        return False
    return box[2] >= lx0 - 0.05 * page_w and box[0] <= lx1 + 0.45 * page_w
