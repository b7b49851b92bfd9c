"""OCR of one page image: upright, straight, read with the models of its scripts.

Tesseract is asked for the languages of the scripts actually on the page, not
for every language at once (slower and less accurate): a probe reads a few
lines to learn the scripts and whether the page is upright (OSD is asked for the
turn only when it is not). Blocks that the first pass reads poorly are checked
for another script and read again from their crop; blocks whose language has
its own model (Tajik ӣ ӯ ҷ, which the Russian and Kazakh models cannot write) are
read again with it.
"""
from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass

import numpy as np

from ..geometry import blocks_to_stored, normalise_box
from ..lang.script import dominant_script
from ..models import Block, Word
from . import tesseract
from .layout import Geometry, build_blocks, build_lines, split_by_script
from .orient import deskew, detect_orientation, estimate_skew, rotate_quarter, text_gray
from .probe import PROBE_PACK, legible, packs_for, probe_scripts, text_rows
from .rules import image_rules

LOW_CONFIDENCE = 0.6  # below this mean word confidence a block is read again
LOW_LANGUAGE_CONFIDENCE = 0.5  # ... and below this confidence in its language
MIN_REREAD_CHARS = 30  # blocks shorter than this are too small for OSD or a language's own model
MIN_REREAD_LETTERS = 4  # ... and with fewer letters than this, not worth reading again at all
MAX_REREADS = 12  # per page: a page of seals and scribbles must not cost a reading per mark
SPARSE_ROWS = 15  # a page with no more rows of text than this is read without a probe

Identify = Callable[[str], tuple[str | None, float]]


@dataclass
class OcrResult:
    blocks: list[Block]
    rotation: int
    skew: float
    languages: list[str]  # Tesseract packs used, in order of use
    confidence: float | None


def ocr_page(image, identify: Identify, deadline: float | None = None, timeout: float = 180) -> OcrResult:
    def budget() -> float:
        return timeout if deadline is None else max(1.0, min(timeout, deadline - time.monotonic()))

    original = text_gray(image)
    gray, skew = _straighten(original)
    rotation = 0
    reading = _first_reading(gray, budget)
    if not reading.legible:
        # Not legible as it lies: turned, upside down, or only seals and scribbles.
        rotation, osd_script = detect_orientation(original)
        if rotation:
            gray, skew = _straighten(rotate_quarter(original, rotation))
            reading = _first_reading(gray, budget, osd_script)
        elif reading.words is None:  # a dense page the probe could not read: read it all
            reading = _first_reading(gray, budget, osd_script, force=True)
    first = reading.pack
    words, keys = reading.words or [], reading.keys or []
    h, w = gray.shape
    geo = Geometry(aspect=h / w, rules=image_rules(gray))
    used = [first]
    blocks = build_blocks(build_lines(words, keys, geo), geo)

    final: list[Block] = []
    for block in blocks:
        block, pack = _reread_other_script(gray, geo, block, first, identify, used, budget)
        block = _reread_own_language(gray, geo, block, pack, identify, used, budget)
        final.extend(split_by_script(block))
    # Coordinates were taken on the upright page; report them on the page as stored.
    final = blocks_to_stored(final, rotation)
    confs = [wd.confidence for b in final for l in b.lines for wd in l.words]
    return OcrResult(
        blocks=final,
        rotation=rotation,
        skew=skew,
        languages=list(dict.fromkeys(code for pack in used for code in pack.split("+"))),
        confidence=round(float(np.mean(confs)), 3) if confs else None,
    )


@dataclass
class _Reading:
    pack: str
    legible: bool
    words: list[Word] | None = None  # None: the page itself was not read yet
    keys: list | None = None


def _first_reading(gray: np.ndarray, budget, fallback_script: str | None = None, force: bool = False) -> _Reading:
    """The first full reading of an upright page, with the models of its scripts.

    A page of few lines (a signature page) is read at once with the Chinese model
    (or OSD's script), which costs less than probing first; lines in another
    script come out poorly and are read again with their own models. A fuller page is probed, then
    read with the models the probe names; when the probe cannot read it, the
    page is reported illegible unread (so that OSD can be asked) unless ``force``.
    """
    h, w = gray.shape
    if len(text_rows(gray)) <= SPARSE_ROWS:
        pack = packs_for({fallback_script: 1.0} if fallback_script else {})
        words, keys = _read(gray, pack, (0, 0), w, h, budget())
        return _Reading(pack, legible(words, keys), words, keys)
    probe = probe_scripts(gray, timeout=budget())
    if probe is not None and probe.readable:
        scripts = probe.scripts
    elif fallback_script is None and not force:
        return _Reading(PROBE_PACK, False)
    else:
        scripts = {fallback_script: 1.0} if fallback_script else {}
    pack = packs_for(scripts)
    words, keys = _read(gray, pack, (0, 0), w, h, budget())
    return _Reading(pack, legible(words, keys), words, keys)


def _straighten(gray: np.ndarray) -> tuple[np.ndarray, float]:
    skew = estimate_skew(gray)
    return deskew(gray, skew), skew


def _read(gray: np.ndarray, pack: str, origin: tuple[int, int], page_w: int, page_h: int, timeout: float):
    """OCR ``gray`` (a page or a crop at ``origin``) into words in page fractions."""
    ox, oy = origin
    raw = tesseract.ocr_words(gray, pack, psm=3 if origin == (0, 0) else 6, timeout=timeout)
    words = [
        Word(
            text=r.text,
            bbox=normalise_box(ox + r.left, oy + r.top, ox + r.left + r.width, oy + r.top + r.height, page_w, page_h),
            confidence=round(r.confidence, 3),
        )
        for r in raw
    ]
    return words, [r.line_key for r in raw]


def _mean_conf(block: Block) -> float:
    confs = [w.confidence for l in block.lines for w in l.words]
    return float(np.mean(confs)) if confs else 0.0


def _crop(gray: np.ndarray, block: Block, pad: float = 0.01) -> tuple[np.ndarray, tuple[int, int]]:
    h, w = gray.shape
    x0 = max(0, int((block.bbox[0] - pad) * w))
    y0 = max(0, int((block.bbox[1] - pad) * h))
    x1 = min(w, int((block.bbox[2] + pad) * w) + 1)
    y1 = min(h, int((block.bbox[3] + pad) * h) + 1)
    return gray[y0:y1, x0:x1], (x0, y0)


def _reread(gray: np.ndarray, geo: Geometry, block: Block, pack: str, budget: Callable[[], float]) -> Block:
    crop, origin = _crop(gray, block)
    h, w = gray.shape
    words, keys = _read(crop, pack, origin, w, h, budget())
    lines = build_lines(words, keys, geo)
    if not lines:
        return block
    lines.sort(key=lambda l: (l.bbox[1], l.bbox[0]))
    new = Block(lines=lines, bbox=block.bbox, column=block.column, script=dominant_script(" ".join(l.text for l in lines)))
    return new


def _quality(block: Block, identify: Identify) -> float:
    """How much a reading of a block is to be believed: Tesseract's own confidence,
    discounted when the text is in no recognisable language (Cyrillic read by the
    Latin model comes out as "TapanTblH" with fair confidence but no language)."""
    _, language_confidence = identify(block.text)
    return _mean_conf(block) * (0.5 + 0.5 * language_confidence)


def _reread_other_script(
    gray, geo: Geometry, block: Block, pack: str, identify: Identify, used: list[str], budget
) -> tuple[Block, str]:
    """Read a poorly read block again with one script's models alone.

    With several models loaded Tesseract sometimes takes the wrong one's reading
    of a word ("Дата" read by the Chinese model's Latin letters as "naTa"), and a
    column in a script the page's models lack comes out as nonsense. Either way
    the block reads with low confidence or in no language: try the models of each
    other common script alone, and of the script OSD sees in the crop when it is
    big enough to tell, keeping the best reading.
    """
    letters = sum(1 for ch in block.text if ch.isalpha())
    if letters < MIN_REREAD_LETTERS or len(used) > MAX_REREADS:
        return block, pack
    if _mean_conf(block) >= LOW_CONFIDENCE and identify(block.text)[1] >= LOW_LANGUAGE_CONFIDENCE:
        return block, pack
    codes = set(pack.split("+"))
    candidates = [
        tesseract.SCRIPT_PACKS[script][0]
        for script in ("cyrillic", "latin", "han")
        if script != block.script and set(tesseract.SCRIPT_PACKS[script][0].split("+")) != codes
    ]
    if len(block.text) >= MIN_REREAD_CHARS:
        crop, _ = _crop(gray, block)
        osd = tesseract.osd(crop) if min(crop.shape) > 40 else None
        if osd is not None and osd.script is not None:
            other = tesseract.SCRIPT_PACKS[osd.script][0]
            if not set(other.split("+")) <= codes:
                candidates.append(other)
    best, best_pack, best_quality = block, pack, _quality(block, identify)
    for other in candidates:
        again = _reread(gray, geo, block, other, budget)
        used.append(other)
        quality = _quality(again, identify)
        if quality > best_quality + 0.05:
            best, best_pack, best_quality = again, other, quality
    return best, best_pack


def _reread_own_language(gray, geo: Geometry, block: Block, pack: str, identify: Identify, used: list[str], budget) -> Block:
    """Read again with the language's own model when the models used cannot write
    its letters (Tajik ӣ ӯ ҳ ҷ and Cyrillic Uzbek ў are in neither rus nor kaz)."""
    text = block.text
    if len(text) < MIN_REREAD_CHARS:
        return block
    language, _ = identify(text)
    if language is None:
        return block
    script = block.script or dominant_script(text)
    if tesseract.covers(pack, language):
        return block
    own = tesseract.language_pack(language, script)
    if own not in tesseract.installed_languages():
        return block
    again = _reread(gray, geo, block, own, budget)
    if own not in used:
        used.append(own)
    return again if _mean_conf(again) >= _mean_conf(block) - 0.02 else block
