"""Vertical table rules: the surest sign of a bilingual two-column table.

A cell's text may come within a few points of the rule, closer than any gutter
threshold, so the layout is told where the rules are instead of guessing.
"""
from __future__ import annotations

import cv2
import numpy as np

MIN_PIECE = 0.02  # of the page height: shorter strokes are letters, not rules
MIN_TOTAL = 0.1  # a rule (all its pieces at one x) spans at least this much
SAME_X = 0.006  # pieces this close in x are one rule


def _merge(pieces: list[tuple[float, float]]) -> list[float]:
    """(x, length) pieces to the x of each rule long enough in total."""
    rules: list[list[float]] = []  # [x_sum_weighted, length]
    for x, length in sorted(pieces):
        if rules and abs(rules[-1][0] / rules[-1][1] - x) <= SAME_X:
            rules[-1][0] += x * length
            rules[-1][1] += length
        else:
            rules.append([x * length, length])
    return [round(xw / total, 4) for xw, total in rules if total >= MIN_TOTAL]


def pdf_rules(page) -> list[float]:
    """From a pdfplumber page's vector edges (lines and rectangle sides)."""
    x0, top, x1, bottom = page.bbox
    width, height = x1 - x0, bottom - top
    pieces = []
    for edge in page.vertical_edges if hasattr(page, "vertical_edges") else []:
        length = (edge["bottom"] - edge["top"]) / height
        if length >= MIN_PIECE:
            pieces.append(((edge["x0"] - x0) / width, length))
    return _merge(pieces)


def image_rules(gray: np.ndarray) -> list[float]:
    """From a page image: long thin vertical runs of ink, found at half size."""
    small = cv2.resize(gray, (gray.shape[1] // 2, gray.shape[0] // 2), interpolation=cv2.INTER_AREA)
    ink = cv2.adaptiveThreshold(small, 255, cv2.ADAPTIVE_THRESH_MEAN_C, cv2.THRESH_BINARY_INV, 25, 15)
    h, w = ink.shape
    tall = cv2.morphologyEx(ink, cv2.MORPH_OPEN, cv2.getStructuringElement(cv2.MORPH_RECT, (1, max(10, int(h * MIN_PIECE)))))
    count, _, stats, _ = cv2.connectedComponentsWithStats(tall)
    pieces = []
    for i in range(1, count):
        x, y, bw, bh, _area = stats[i]
        if bh >= h * MIN_PIECE and bw <= max(6, w * 0.01):
            pieces.append(((x + bw / 2) / w, bh / h))
    return _merge(pieces)
