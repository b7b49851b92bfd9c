"""Which pixels are ink, and of which colour.

Seals and signatures are found on a working copy of the page with its long side
near ``WORK_SIDE`` pixels (about 120 dpi on A4): a seal's ring is then a few
pixels wide and everything below costs milliseconds, whatever the scan's
resolution. Colours are judged by the Lab distance from the local paper colour
and its direction (hue), which survive uneven light and yellowed paper far
better than RGB thresholds.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

import cv2
import numpy as np

from ..text.orient import flatten_background

WORK_SIDE = 1400
DARK = 150  # on flattened paper (255): print and pen
FAINT = 215  # a seal on a grey scan or photocopy is often a pale grey
INK_CHROMA = 13.0  # Lab distance from the local paper colour; faded blue stamps reach ~20
DARK_CHROMA = 25.0  # dark pixels need more: JPEG puts colour noise round black print
Colour = Literal["red", "blue", "purple", "black", "other"]
# hue as the angle of (a*, b*) away from the paper, in degrees: red seal ink is
# ~35, faded red drifts to pink (0) and orange (50); blue stamp and pen ~295;
# violet stamp-pad ink ~315
HUES: dict[str, tuple[tuple[float, float], ...]] = {
    "red": ((0.0, 80.0), (330.0, 360.0)),
    "purple": ((307.0, 330.0),),
    "blue": ((200.0, 307.0),),
}

# the inks one stamp can show: a faded violet reads partly blue
INK_FAMILY: dict[str, tuple[str, ...]] = {"red": ("red",), "blue": ("blue", "purple"), "purple": ("blue", "purple")}


@dataclass
class InkImage:
    """The working copy of one page and the masks every detector shares."""

    scale: float  # working pixels per original pixel
    gray: np.ndarray
    hue: np.ndarray  # degrees 0..360 of the colour's direction away from the paper
    chroma: np.ndarray  # Lab distance from the paper
    coloured: np.ndarray  # uint8 0/255: chromatic ink of any colour
    dark: np.ndarray  # uint8 0/255: dark ink (print, pen)
    faint: np.ndarray  # uint8 0/255: any ink at all, down to a grey scan's pale seal
    _masks: dict = field(default_factory=dict, repr=False)  # colour masks made once per page

    @property
    def shape(self) -> tuple[int, int]:
        return self.gray.shape[:2]

    @property
    def any_ink(self) -> np.ndarray:
        """Faint or coloured ink: everything a seal can be made of."""
        if "any" not in self._masks:
            self._masks["any"] = cv2.bitwise_or(self.faint, self.coloured)
        return self._masks["any"]

    def colour_mask(self, *colours: str) -> np.ndarray:
        """Chromatic ink of these colours (the same array for the same colours: do not write to it)."""
        key = tuple(colours)
        if key not in self._masks:
            self._masks[key] = self._colour_mask(colours)
        return self._masks[key]

    def _colour_mask(self, colours: tuple[str, ...]) -> np.ndarray:
        keep = np.zeros(self.shape, np.uint8)
        for colour in colours:
            for lo, hi in HUES[colour]:
                keep |= ((self.hue >= lo) & (self.hue < hi)).astype(np.uint8)
        return cv2.bitwise_and(self.coloured, self.coloured, mask=keep)

    def name_colour(self, mask: np.ndarray, box: tuple[int, int, int, int] | None = None) -> Colour:
        """The colour of the ink under ``mask``: the hue most of its chromatic pixels
        share. With ``box`` (x0, y0, x1, y1), ``mask`` covers only that part of the page."""
        x0, y0, x1, y1 = box or (0, 0, self.shape[1], self.shape[0])
        chromatic = cv2.bitwise_and(self.coloured[y0:y1, x0:x1], mask)
        total = int(cv2.countNonZero(mask))
        n = int(cv2.countNonZero(chromatic))
        if total == 0 or n < 0.3 * total:
            return "black"
        hues = self.hue[y0:y1, x0:x1][chromatic > 0]
        best, best_n = "other", 0.4 * n
        for colour, ranges in HUES.items():
            count = sum(int(((hues >= lo) & (hues < hi)).sum()) for lo, hi in ranges)
            if count > best_n:
                best, best_n = colour, count
        return best  # type: ignore[return-value]


def shrink(rgb: np.ndarray, side: int = WORK_SIDE) -> tuple[np.ndarray, float]:
    """The working copy (RGB, long side at most ``side``) and its scale."""
    if rgb.ndim == 2:
        rgb = cv2.cvtColor(rgb, cv2.COLOR_GRAY2RGB)
    h, w = rgb.shape[:2]
    scale = min(1.0, side / max(h, w))
    if scale < 1.0:
        rgb = cv2.resize(rgb, (max(1, round(w * scale)), max(1, round(h * scale))), interpolation=cv2.INTER_AREA)
    return rgb, scale


def ink_image(rgb: np.ndarray, side: int = WORK_SIDE, scale: float | None = None) -> InkImage:
    """Masks of ``rgb``; pass ``scale`` when ``rgb`` is already a working copy (from ``shrink``)."""
    small, scale = shrink(rgb, side) if scale is None else (rgb, scale)
    lab = cv2.cvtColor(small, cv2.COLOR_RGB2LAB)
    light, a, b = cv2.split(lab)
    paper_a, paper_b = _paper(a, b)
    da = cv2.subtract(a, paper_a, dtype=cv2.CV_32F)
    db = cv2.subtract(b, paper_b, dtype=cv2.CV_32F)
    chroma = cv2.magnitude(da, db)
    hue = cv2.phase(da, db, angleInDegrees=True)
    coloured = cv2.compare(chroma, INK_CHROMA, cv2.CMP_GE)
    # dark pixels need more: JPEG puts colour noise round black print
    noisy = cv2.bitwise_and(cv2.compare(light, 60, cv2.CMP_LT), cv2.compare(chroma, DARK_CHROMA, cv2.CMP_LT))
    coloured = cv2.subtract(coloured, noisy)
    gray = cv2.cvtColor(small, cv2.COLOR_RGB2GRAY)
    flat = flatten_background(gray)
    dark = cv2.compare(flat, DARK, cv2.CMP_LT)
    faint = cv2.compare(flat, FAINT, cv2.CMP_LT)
    return InkImage(scale=scale, gray=gray, hue=hue, chroma=chroma, coloured=coloured, dark=dark, faint=faint)


def _paper(a: np.ndarray, b: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """The paper's own a* and b*, varying slowly over the page (a phone photo is
    warmer at one end): medians of a 1/16-size copy, both channels at once."""
    h, w = a.shape
    both = cv2.merge([a, b, a])  # medianBlur takes 1, 3 or 4 channels
    small = cv2.resize(both, (max(1, w // 16), max(1, h // 16)), interpolation=cv2.INTER_AREA)
    paper = cv2.resize(cv2.medianBlur(small, 5), (w, h), interpolation=cv2.INTER_LINEAR)
    return paper[..., 0], paper[..., 1]
