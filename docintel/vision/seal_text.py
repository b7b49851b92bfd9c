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
from .ink import ink_image
from .seals import SealFind, _ellipse_maps, _refine, ring_score

RIM = (0.93, 0.5)  # outer and inner edge of the rim text, in units of the ring's radius
# (channels that are high, channels that are low) in each seal colour's ink
CHANNELS = {"red": ([0], [1, 2]), "blue": ([2], [0, 1]), "purple": ([0, 2], [1])}
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
    ink, origin, mask = cut
    pack = PACKS.get(find.colour, FOREIGN_PACK)
    # psm 13 (one raw line) reads the unwrapped rim; psm 7 looks for a text line's
    # usual layout there and often returns nothing
    strip, psm = (_unwrap(ink, mask, origin, find, scale, pack.startswith("chi")), 13) if find.ellipse is not None \
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


def _seal_ink(upright: np.ndarray, find: SealFind, scale: float):
    """The seal's region at full resolution, seal ink dark on white; its origin;
    and the binary mask of the seal's ink (to find the ring precisely)."""
    x0, y0, x1, y1 = (int(v / scale) for v in find.box)
    pad = int(0.05 * max(x1 - x0, y1 - y0))
    h, w = upright.shape[:2]
    x0, y0, x1, y1 = max(0, x0 - pad), max(0, y0 - pad), min(w, x1 + pad), min(h, y1 + pad)
    crop = upright[y0:y1, x0:x1]
    if crop.size == 0:
        return None
    if find.colour in CHANNELS:
        # soft ink from the colour channels (red seal: R over G and B), so strokes
        # keep their anti-aliased edges, and black print under the seal is gone
        c = crop.astype(np.int16)
        main, others = CHANNELS[find.colour]
        ink = np.clip(c[..., main].sum(axis=-1) / len(main) - c[..., others].sum(axis=-1) / len(others), 0, None)
        strong = ink[ink > 20]
        if strong.size == 0:
            return None
        ink = np.clip(ink * (255.0 / np.percentile(strong, 90)), 0, 255)
        out = (255 - ink).astype(np.uint8)
        mask = (ink > 80).astype(np.uint8) * 255
    else:
        full = ink_image(crop, side=max(crop.shape[:2]))
        out, mask = full.gray.copy(), full.faint
    return out, (x0, y0), mask


def _unwrap(ink: np.ndarray, mask: np.ndarray, origin: tuple[int, int], find: SealFind, scale: float,
            chinese: bool) -> np.ndarray:
    ox, oy = origin
    (cx, cy), (ew, eh), deg = find.ellipse
    ellipse = ((cx / scale - ox, cy / scale - oy), (ew / scale, eh / scale), deg)
    # the ring found on the small working copy, placed again at full resolution
    score = ring_score(mask, ellipse)
    ellipse = (ellipse[0], (ellipse[1][0] * score.scale, ellipse[1][1] * score.scale), deg)
    ellipse, _score = _refine(mask, ellipse, score)
    r = min(ellipse[1]) / 2
    rows = max(16, int(r * (RIM[0] - RIM[1])))
    cols = max(64, int(2 * math.pi * r * (RIM[0] + RIM[1]) / 2))
    rhos = np.linspace(RIM[0], RIM[1], rows)
    mx, my = _ellipse_maps(ellipse, rhos, cols)
    strip = cv2.remap(ink, mx, my, cv2.INTER_LINEAR, borderMode=cv2.BORDER_CONSTANT, borderValue=255)
    # seals are stamped at any angle: start the strip in the widest gap of the rim
    # (under the name of a Chinese seal, between the end and start of a foreign one)
    strip = np.roll(strip, -_gap_centre(strip[: rows // 2]), axis=1)
    if chinese:  # the line under the star (合同专用章) can reach the rim's ends
        strip = strip[:, int(cols * 0.04):int(cols * 0.96)]
    return _sized(strip, rows)


def _gap_centre(band: np.ndarray) -> int:
    """Column at the middle of the emptiest stretch (a sixth of the way round) of the band."""
    ink = (255.0 - band.astype(np.float32)).mean(axis=0)
    width = max(3, band.shape[1] // 6)
    wrapped = np.concatenate([ink, ink[:width]])
    sums = np.convolve(wrapped, np.ones(width), mode="valid")[: band.shape[1]]
    return int((int(np.argmin(sums)) + width // 2) % band.shape[1])


def _sized(img: np.ndarray, line_px: int) -> np.ndarray:
    """Scaled so a line of text is about TARGET_ROW_PX tall, with a white margin."""
    zoom = TARGET_ROW_PX / max(1, line_px)
    if abs(zoom - 1) > 0.15:
        img = cv2.resize(img, None, fx=zoom, fy=zoom, interpolation=cv2.INTER_AREA if zoom < 1 else cv2.INTER_CUBIC)
    return cv2.copyMakeBorder(img, 12, 12, 12, 12, cv2.BORDER_CONSTANT, value=255)
