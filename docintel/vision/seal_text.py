"""Read the unit's name on a seal.

A round or oval seal's name runs clockwise round the inside of the ring, each
letter's top pointing outward. Unwrapped by a polar transform that starts at
the bottom (where Chinese seals leave a gap) and puts the outer radius on top,
the rim becomes a straight line of upright text that Tesseract reads as one
line. Only the seal's own ink is kept, so the printed text under it does not
mix in. Rectangular stamps are read as a small block.
"""
from __future__ import annotations

import math
import re

import cv2
import numpy as np

from ..text import tesseract
from .ink import INK_FAMILY, ink_image
from .seals import SealFind, _ellipse_maps

RIM = (0.97, 0.5)  # outer and inner edge of the rim text, in units of the ring's radius
TARGET_ROW_PX = 56  # height of the rim band Tesseract reads best at
# Chinese seals are mostly red and Chinese; foreign stamps carry Cyrillic or Latin
PACKS = {"red": "chi_sim", "black": "chi_sim+rus"}
FOREIGN_PACK = "rus+eng"
_JUNK = re.compile(r"[^\w]+|[\d_]+")
MIN_WORD_CONF = 0.2  # seal text is rough; a wrong guess is caught by matching to party names


def read_seal(upright: np.ndarray, find: SealFind, scale: float, timeout: float = 30) -> str | None:
    """The text on the seal ``find`` (found on a working copy ``scale`` times the
    size of ``upright``), or None when nothing legible is there."""
    cut = _seal_ink(upright, find, scale)
    if cut is None:
        return None
    ink, origin = cut
    pack = PACKS.get(find.colour, FOREIGN_PACK)
    # psm 13 (one raw line) reads the unwrapped rim; psm 7 looks for a text line's
    # usual layout there and often returns nothing
    strip, psm = (_unwrap(ink, origin, find, scale, pack.startswith("chi")), 13) if find.ellipse is not None \
        else (_sized(ink, max(1, ink.shape[0] // 3)), 6)
    if strip is None or strip.size == 0:
        return None
    try:
        words = tesseract.ocr_words(strip, pack, psm=psm, timeout=timeout)
    except Exception:  # a seal that cannot be read leaves the seal found, without text
        return None
    kept = [w.text for w in words if w.confidence >= MIN_WORD_CONF]
    if pack.startswith("chi"):
        text = "".join(ch for ch in "".join(kept) if "\u3400" <= ch <= "\u9fff")
    else:
        text = " ".join(t for t in (_JUNK.sub("", k) for k in kept) if len(t) >= 2)
    return text if len(text.replace(" ", "")) >= 2 else None


def _seal_ink(upright: np.ndarray, find: SealFind, scale: float) -> tuple[np.ndarray, tuple[int, int]] | None:
    """The seal's region at full resolution, seal ink black on white."""
    x0, y0, x1, y1 = (int(v / scale) for v in find.box)
    pad = int(0.05 * max(x1 - x0, y1 - y0))
    h, w = upright.shape[:2]
    x0, y0, x1, y1 = max(0, x0 - pad), max(0, y0 - pad), min(w, x1 + pad), min(h, y1 + pad)
    crop = upright[y0:y1, x0:x1]
    if crop.size == 0:
        return None
    full = ink_image(crop, side=max(crop.shape[:2]))
    mask = full.colour_mask(*INK_FAMILY[find.colour]) if find.colour in INK_FAMILY else full.faint
    out = np.full(mask.shape, 255, np.uint8)
    out[mask > 0] = 0
    return out, (x0, y0)


def _unwrap(ink: np.ndarray, origin: tuple[int, int], find: SealFind, scale: float, chinese: bool) -> np.ndarray:
    ox, oy = origin
    (cx, cy), (ew, eh), deg = find.ellipse
    ellipse = ((cx / scale - ox, cy / scale - oy), (ew / scale, eh / scale), deg)
    r = min(ellipse[1]) / 2
    rows = max(16, int(r * (RIM[0] - RIM[1])))
    cols = max(64, int(2 * math.pi * r * (RIM[0] + RIM[1]) / 2))
    rhos = np.linspace(RIM[0], RIM[1], rows)
    mx, my = _ellipse_maps(ellipse, rhos, cols)
    # start at the bottom (t = 90 degrees) so the gap under the name falls at the ends
    shift = cols // 4
    mx, my = np.roll(mx, -shift, axis=1), np.roll(my, -shift, axis=1)
    strip = cv2.remap(ink, mx, my, cv2.INTER_LINEAR, borderMode=cv2.BORDER_CONSTANT, borderValue=255)
    if chinese:  # the ends hold the line under the star (合同专用章), not the name
        strip = strip[:, int(cols * 0.09):int(cols * 0.91)]
    return _sized(strip, rows)


def _sized(img: np.ndarray, line_px: int) -> np.ndarray:
    """Scaled so a line of text is about TARGET_ROW_PX tall, with a white margin."""
    zoom = TARGET_ROW_PX / max(1, line_px)
    if abs(zoom - 1) > 0.15:
        img = cv2.resize(img, None, fx=zoom, fy=zoom, interpolation=cv2.INTER_AREA if zoom < 1 else cv2.INTER_CUBIC)
    return cv2.copyMakeBorder(img, 12, 12, 12, 12, cv2.BORDER_CONSTANT, value=255)
