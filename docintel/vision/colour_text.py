"""Lines of text printed in colour, told apart from seal and pen ink before OCR.

OCR reads a page whose coloured ink is faded (``text.orient.text_gray``): seals,
stamps and pen strokes cross the very lines that matter, and a signature read
as words would be taken for print. But a version printed in red or blue, or a
red heading, is text: faded, a bilingual agreement reads as Chinese only. The
two differ in shape. Printed characters are many small marks of one height,
evenly spaced along a row; pen strokes are few, long and uneven; a seal is a
ring (and is found first); an underline or rule is one long thin mark.
"""
from __future__ import annotations

import cv2
import numpy as np

from .ink import InkImage
from .seals import SealFind

Box = tuple[int, int, int, int]
CHAR_MIN, CHAR_MAX = 0.004, 0.03  # a printed character's height, as a share of the page's height
MIN_CHARS = 6  # marks in a row for it to be a line of print
MIN_ASPECT = 4.0  # a line of print is long for its height
MAX_HEIGHT_SPREAD = 0.5  # coefficient of variation of the marks' heights: print is even, pens are not


def colour_text_lines(ink: InkImage, seals: list[SealFind]) -> list[Box]:
    """Boxes (working-image pixels) of rows of coloured print outside the seals."""
    h_page, w_page = ink.shape
    mask = ink.coloured.copy()
    for f in seals:
        x0, y0, x1, y1 = f.box
        mask[max(0, y0):y1, max(0, x0):x1] = 0
    n, labels, stats, _ = cv2.connectedComponentsWithStats(mask, connectivity=8)
    if n <= MIN_CHARS:
        return []
    hs, ws, areas = stats[1:, cv2.CC_STAT_HEIGHT], stats[1:, cv2.CC_STAT_WIDTH], stats[1:, cv2.CC_STAT_AREA]
    char = (hs >= CHAR_MIN * h_page) & (hs <= CHAR_MAX * h_page) & (ws <= 3 * hs + 2) & (areas >= 6)
    if char.sum() < MIN_CHARS:
        return []
    keep = np.zeros(n, np.uint8)
    keep[1:][char] = 255
    chars = keep[labels]
    text_h = float(np.median(hs[char]))
    # characters of one row touch once widened by about a character's width
    rows = cv2.dilate(chars, cv2.getStructuringElement(cv2.MORPH_RECT, (max(3, int(1.5 * text_h)), 1)))
    m, row_labels, row_stats, _ = cv2.connectedComponentsWithStats(rows, connectivity=8)
    out: list[Box] = []
    for r in range(1, m):
        x, y, w, h = row_stats[r, :4]
        if w < MIN_ASPECT * h:
            continue
        members = np.unique(labels[y:y + h, x:x + w][(row_labels[y:y + h, x:x + w] == r) & (chars[y:y + h, x:x + w] > 0)])
        heights = stats[members, cv2.CC_STAT_HEIGHT].astype(float)
        if len(members) < MIN_CHARS or heights.std() > MAX_HEIGHT_SPREAD * heights.mean():
            continue
        pad = int(0.3 * h)
        out.append((max(0, x - pad), max(0, y - pad), min(w_page, x + w + pad), min(h_page, y + h + pad)))
    return out
