"""Which scripts a page image holds, read off a few lines before the real OCR.

Tesseract's OSD names one script per page and is often wrong about it on these
documents (a Chinese page called Latin or even Arabic, a Kazakh fax called
Latin), and a bilingual page has two. So a few text lines from the top, middle
and bottom of the page are cut out, shrunk to half size and read once with
``chi_sim+rus`` (the Chinese model writes Latin letters too);
the share of letters in each script decides which models read the page. The
same reading tells whether the page is upright: upside-down or sideways text
reads as low-confidence noise, and only then is OSD asked for the turn.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

import cv2
import numpy as np

from ..lang.script import dominant_script
from ..lang.versions import text_weight
from ..models import Word, union_bbox
from . import tesseract

PROBE_PACK = "chi_sim+rus"
# Cyrillic letters whose shapes are Latin letters too: the Russian model may read
# an English word with them, so a word made of nothing else proves no Cyrillic.
_LOOKALIKES = set("АВЕКМНОРСТХаеорсухіјѕ-.,:;()'\"0123456789")
BANDS = 5  # stretches of the page, one line read from each
MIN_SHARE = 0.15  # of the probe's letters, for a script to get its models
MIN_HAN_SHARE = 0.01  # ... lower for Chinese, which every attachment may hold
MIN_LATIN_BESIDE_HAN = 0.35  # ... higher for Latin on a Chinese page
READABLE = 0.6  # mean word confidence of an upright, legible page
MIN_LANGUAGE_LETTERS = 40  # Latin letters in the probe for their language to choose the models
SURE_LANGUAGE = 0.8  # ... and how sure of it the identifier must be
Identify = Callable[[str], tuple[str | None, float]]


@dataclass(frozen=True)
class Probe:
    scripts: dict[str, float]  # script -> share of letters, largest first
    confidence: float
    letters: int
    languages: dict[str, str] = field(default_factory=dict)  # script -> the language its probed words are in

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


def _spread(gray: np.ndarray, row: tuple[int, int], bins: int = 8) -> float:
    """Share of the page's width, in eighths, that a row has ink in."""
    band = gray[row[0] : row[1]]
    if band.size == 0:
        return 0.0
    dark = band < 128
    columns = np.array_split(dark.any(axis=0), bins)
    return sum(1 for c in columns if c.any()) / bins


def sample_image(gray: np.ndarray) -> np.ndarray | None:
    """The rows to read: in each of ``BANDS`` stretches of the page, the row whose
    ink spreads widest, so that a side-by-side table row shows both its cells
    (a row holding only the longer cell's last line would hide a language)."""
    rows = text_rows(gray)
    if len(rows) < 2:
        return None
    small = cv2.resize(gray, (max(1, gray.shape[1] // 4), gray.shape[0]), interpolation=cv2.INTER_AREA)
    spans: list[tuple[int, int]] = []
    for part in np.array_split(np.arange(len(rows)), BANDS):
        if len(part) == 0:
            continue
        best = max(part, key=lambda k: _spread(small, rows[k]))
        a, b = rows[best]
        spans.append((max(0, a - 6), min(gray.shape[0], b + 6)))
    gap = np.full((30, gray.shape[1]), 255, np.uint8)
    strip = np.vstack([part for a, b in spans for part in (gray[a:b], gap)])
    # Half size reads as well and faster, unless the text is small already
    # (a 150-dpi scan): Tesseract wants lines at least ~20 pixels high.
    line_height = float(np.median([b - a for a, b in rows]))
    if line_height < 48:
        return strip
    return cv2.resize(strip, (strip.shape[1] // 2, strip.shape[0] // 2), interpolation=cv2.INTER_AREA)


def probe_scripts(gray: np.ndarray, timeout: float = 60, identify: Identify | None = None) -> Probe | None:
    """The page's scripts, or None when no lines of text can be found; with
    ``identify``, also the language of its Latin words (see ``packs_for``)."""
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
    languages = {}
    latin = " ".join(w.text for w in words if dominant_script(w.text) == "latin")
    if identify is not None and sum(ch.isalpha() for ch in latin) >= MIN_LANGUAGE_LETTERS:
        language, sure = identify(latin)
        if language and sure >= SURE_LANGUAGE:
            languages["latin"] = language
    return Probe(scripts=shares, confidence=round(confidence, 3), letters=letters, languages=languages)


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


def min_share(script: str, scripts: dict[str, float]) -> float:
    """How much of the page a script must hold to have its models loaded.

    Every model added slows Tesseract on the whole page (a Chinese page read with
    chi_sim+eng+uzb took twice as long as with chi_sim), so a script must earn its
    place. Chinese earns it easily: it may be on any page of these attachments.
    Latin beside Chinese must be a real version, not names in brackets, since the
    Chinese model writes Latin letters well enough; Cyrillic it cannot write."""
    if script == "han":
        return MIN_HAN_SHARE
    if script == "latin" and scripts.get("han", 0.0) >= 0.3:
        return MIN_LATIN_BESIDE_HAN
    return MIN_SHARE


def packs_for(scripts: dict[str, float], languages: dict[str, str] | None = None, only_seen: bool = False) -> str:
    """Tesseract models for the scripts that carry enough of the letters, Chinese
    first, then the largest share (Tesseract tries its languages in order).

    With ``only_seen`` (the scripts were read off the page) no model is added for
    a script not seen: Tesseract tries every model it has on each word it is
    unsure of, so a Chinese model beside the Latin ones doubled the time of a
    Turkmen page (3.35 s vs 1.73 s) and Uzbek beside English added 40 %. Chinese
    lines that the probe's rows missed read poorly and are read again with the
    Chinese model (``_reread_other_scripts``), and Uzbek blocks read by the
    English model alone are read again with Uzbek's (``_reread_own_languages``).
    Without it (scripts guessed by OSD) Chinese is added last: it is the one
    language every attachment of this programme may hold."""
    chosen = [s for s, share in scripts.items() if share >= min_share(s, scripts)] or ["han"]
    # Chinese first when present: with another model first, Tesseract reads Han as
    # confident-looking Cyrillic (签订日期 2025年 -> 20256 Я6 Я) that no check catches,
    # while the reverse error (Дата -> naTa) reads in no language and is read again.
    chosen.sort(key=lambda s: s != "han")
    if not only_seen and "han" not in chosen:
        chosen.append("han")
    codes: list[str] = []
    for script in chosen:
        codes.extend(script_pack(script, (languages or {}).get(script)).split("+"))
    return "+".join(dict.fromkeys(codes))


def script_pack(script: str, language: str | None) -> str:
    """The models for one script: English alone for Latin text known to be in a
    language English's model writes (English, Turkmen), else the script's default."""
    if script == "latin" and language is not None and tesseract.covers("eng", language):
        return "eng"
    return tesseract.SCRIPT_PACKS[script][0]
