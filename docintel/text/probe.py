"""Which scripts a page image holds, read off a few lines before the real OCR.

Tesseract's OSD names one script per page and is often wrong about it on these
documents (a Chinese page called Latin or even Arabic, a Kazakh fax called
Latin), and a bilingual page has two. So a few text lines from the top, middle
and bottom of the page are cut out, shrunk to half size and read once with
``chi_sim+eng+rus`` (one model per script);
the share of letters in each script decides which models read the page. The
same reading tells whether the page is upright: upside-down or sideways text
reads as low-confidence noise, and only then is OSD asked for the turn.
"""
from __future__ import annotations

from dataclasses import dataclass

import cv2
import numpy as np

from ..lang.script import dominant_script
from ..lang.versions import text_weight
from ..models import Word, union_bbox
from . import tesseract

PROBE_PACK = "chi_sim+eng+rus"
# Cyrillic letters whose shapes are Latin letters too: the Russian model may read
# an English word with them, so a word made of nothing else proves no Cyrillic.
_LOOKALIKES = set("АВЕКМНОРСТХаеорсухіјѕ-.,:;()'\"0123456789")
BANDS = 6  # places down the page: more, single lines, catch alternating paragraphs
LINES_PER_BAND = 1
MIN_SHARE = 0.2  # of the probe's letters, for a script to get its models
MIN_HAN_SHARE = 0.05  # ... lower for Chinese, which every attachment may hold
READABLE = 0.6  # mean word confidence of an upright, legible page


@dataclass(frozen=True)
class Probe:
    scripts: dict[str, float]  # script -> share of letters, largest first
    confidence: float
    letters: int

    @property
    def readable(self) -> bool:
        return self.confidence >= READABLE and self.letters >= 10


def text_rows(gray: np.ndarray, factor: int = 4) -> list[tuple[int, int]]:
    """(top, bottom) of the rows of text, in full-size pixels, from the ink profile."""
    small = cv2.resize(gray, (max(1, gray.shape[1] // factor), max(1, gray.shape[0] // factor)), interpolation=cv2.INTER_AREA)
    _, ink = cv2.threshold(small, 0, 1, cv2.THRESH_BINARY_INV + cv2.THRESH_OTSU)
    on = ink.mean(axis=1) > 0.01
    rows: list[tuple[int, int]] = []
    start = None
    for y, value in enumerate(list(on) + [False]):
        if value and start is None:
            start = y
        elif not value and start is not None:
            if 2 <= y - start <= 40:  # a line of text, not a rule or a photo
                rows.append((start * factor, y * factor))
            start = None
    return rows


def sample_image(gray: np.ndarray) -> np.ndarray | None:
    rows = text_rows(gray)
    if len(rows) < 2:
        return None
    spans: list[tuple[int, int]] = []
    for q in np.linspace(0.1, 0.9, BANDS):
        k = int(q * (len(rows) - 1))
        group = rows[k : k + LINES_PER_BAND]
        spans.append((max(0, group[0][0] - 6), min(gray.shape[0], group[-1][1] + 6)))
    merged: list[tuple[int, int]] = []
    for a, b in sorted(spans):
        if merged and a <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(b, merged[-1][1]))
        else:
            merged.append((a, b))
    gap = np.full((30, gray.shape[1]), 255, np.uint8)
    strip = np.vstack([part for a, b in merged for part in (gray[a:b], gap)])
    return cv2.resize(strip, (strip.shape[1] // 2, strip.shape[0] // 2), interpolation=cv2.INTER_AREA)


def probe_scripts(gray: np.ndarray, timeout: float = 60) -> Probe | None:
    """The page's scripts, or None when no lines of text can be found."""
    sample = sample_image(gray)
    if sample is None:
        return None
    words = tesseract.ocr_words(sample, PROBE_PACK, psm=6, timeout=timeout)
    weights: dict[str, float] = {}
    letters = 0
    for w in words:
        script = dominant_script(w.text)
        if script == "cyrillic" and not set(w.text) - _LOOKALIKES:
            continue  # "СТОР", "Рео": Latin or Cyrillic, the probe cannot tell
        if script:
            weights[script] = weights.get(script, 0.0) + text_weight(w.text) * w.confidence
            letters += len(w.text)
    total = sum(weights.values()) or 1.0
    shares = {s: round(v / total, 3) for s, v in sorted(weights.items(), key=lambda kv: -kv[1])}
    confidence = float(np.mean([w.confidence for w in words])) if words else 0.0
    return Probe(scripts=shares, confidence=round(confidence, 3), letters=letters)


def legible(words: list[Word], keys: list[tuple]) -> bool:
    """Whether a reading looks like upright text rather than noise or a page on its
    side. Tesseract reads Chinese turned a quarter as vertical text, confidently, so
    lines that run down the page count against it too. ``keys`` are the words'
    Tesseract line ids; boxes are page fractions of a page ``aspect`` times taller
    than wide."""
    if not words:
        return False
    letters = sum(len(w.text) for w in words if dominant_script(w.text))
    if letters < 10 or float(np.mean([w.confidence for w in words])) < READABLE:
        return False
    lines: dict[tuple, list[Word]] = {}
    for w, key in zip(words, keys):
        lines.setdefault(key, []).append(w)
    tall = wide = 0
    for line in lines.values():
        if len(line) < 2:
            continue
        box = union_bbox([w.bbox for w in line])
        # Fractions of width and height: compare as if the page were square, which
        # only favours "wide" on a portrait page, the safe side.
        if box[3] - box[1] > 1.5 * (box[2] - box[0]):
            tall += 1
        else:
            wide += 1
    return tall <= wide


def packs_for(scripts: dict[str, float]) -> str:
    """Tesseract models for the scripts that carry at least ``MIN_SHARE`` of the
    letters, the largest first (Tesseract tries its languages in order)."""
    chosen = [s for s, share in scripts.items() if share >= (MIN_HAN_SHARE if s == "han" else MIN_SHARE)] or ["han"]
    codes: list[str] = []
    for script in chosen:
        codes.extend(tesseract.SCRIPT_PACKS[script][0].split("+"))
    return "+".join(dict.fromkeys(codes))
