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

import re
import time
from dataclasses import dataclass, field

import numpy as np

from ..geometry import blocks_to_stored, normalise_box
from ..lang.script import char_script, dominant_script
from ..models import Block, Line, Word, union_bbox
from . import rapid, tesseract
from .layout import Geometry, build_blocks, build_lines, split_by_script
from .plan import LanguagePlan, agrees, dense_enough
from .orient import deskew, detect_orientation, estimate_skew, rotate_quarter, text_gray
from .probe import PROBE_PACK, Identify, legible, packs_for, probe_scripts
from .rules import image_rules

LOW_CONFIDENCE = 0.6  # below this mean word confidence a block is read again
LOW_LANGUAGE_CONFIDENCE = 0.3  # ... or below this confidence in its language (garbage has none)
SHORT_BLOCK = 80  # letters: a longer block read with good confidence is text in a language
#                   the identifier is unsure of (Turkmen), not a wrong model's misreading
MIN_REREAD_CHARS = 30  # blocks shorter than this are too short to tell their language's model
MIN_REREAD_LETTERS = 4  # ... and with fewer letters than this, not worth reading again at all
NOT_TEXT = 0.25  # a block read with lower mean confidence is a seal's or a pen's marks
DOUBTFUL = 0.45  # ... and so is a short one read with lower confidence than this
SEEN = 0.03  # share of the probe's letters for a script to be worth a second reading
REREAD_GAP = 24  # pixels of white between crops read together
MIN_SIDE = 32  # pixels: a narrower image holds no line of text
SECOND_MIN_SCORE = 0.5  # the second engine's reading of a line must be at least this sure (calibrated)...
SECOND_MARGIN = 0.1  # ... and this much surer than Tesseract's
SECOND_PAGE_MARGIN = 0.15  # a whole page's second reading must beat the first by this much
POOR_PAGE = LOW_CONFIDENCE  # mean word confidence under which a page is read again as a whole
SECOND_MAX_LINES = 80  # lines per page read again by the second engine, the worst first
FOREIGN_SCRIPT_SHARE = 0.2  # a page with more Cyrillic or Arabic letters than this is not the second engine's


@dataclass
class OcrResult:
    blocks: list[Block]
    rotation: int
    skew: float
    languages: list[str]  # Tesseract packs used, in order of use
    confidence: float | None
    second_engine: str | None = None  # "page", or "lines" when RapidOCR read some lines again


def ocr_page(image, identify: Identify, deadline: float | None = None, timeout: float = 180,
             printed: list[tuple[int, int, int, int]] = (), plan: LanguagePlan | None = None) -> OcrResult:
    """``printed``: boxes (image pixels) of rows printed in colour, which are read
    as they are while all other coloured ink (seals, stamps, pens) is faded.
    ``plan``: the document's scripts and languages from its first pages, which
    spare this page the probe (see ``plan.py``)."""
    def budget() -> float:
        return timeout if deadline is None else max(1.0, min(timeout, deadline - time.monotonic()))

    original = text_gray(image, printed)
    if min(original.shape) < MIN_SIDE:
        return OcrResult(blocks=[], rotation=0, skew=0.0, languages=[], confidence=None)  # no room for text
    gray, skew = _straighten(original)
    rotation = 0
    reading = _planned_reading(gray, budget, plan) if plan is not None and dense_enough(gray) else None
    if reading is None:
        reading = _first_reading(gray, budget, identify)
    if not reading.legible:
        # Not legible as it lies: turned, upside down, or only seals and scribbles.
        rotation, osd_script = detect_orientation(original)
        if rotation:
            gray, skew = _straighten(rotate_quarter(original, rotation))
            reading = _first_reading(gray, budget, identify, osd_script)
        elif reading.words is None:  # upright after all: read it with what the probe saw
            reading = _read_with(gray, budget, reading.scripts or ({osd_script: 1.0} if osd_script else {}),
                                 reading.languages, probed=False)
    reading = _with_chinese_if_poor(gray, budget, reading)
    first = reading.pack
    words, keys = reading.words or [], reading.keys or []
    h, w = gray.shape
    geo = Geometry(aspect=h / w, rules=image_rules(gray))
    used = [first]
    blocks = build_blocks(build_lines(words, keys, geo), geo)

    blocks, packs = _reread_other_scripts(gray, geo, blocks, first, reading.scripts, identify, used, budget)
    blocks = _reread_own_languages(gray, geo, blocks, packs, identify, used, budget)
    blocks, second = _second_engine(gray, geo, blocks)
    final = [part for block in blocks for part in split_by_script(block)]
    # Coordinates were taken on the upright page; report them on the page as stored.
    final = blocks_to_stored(final, rotation)
    confs = [wd.confidence for b in final for l in b.lines for wd in l.words]
    return OcrResult(
        blocks=final,
        rotation=rotation,
        skew=skew,
        languages=list(dict.fromkeys(code for pack in used for code in pack.split("+"))),
        confidence=round(float(np.mean(confs)), 3) if confs else None,
        second_engine=second,
    )


@dataclass
class _Reading:
    pack: str
    legible: bool
    words: list[Word] | None = None  # None: the page itself was not read yet
    keys: list | None = None
    scripts: dict[str, float] = field(default_factory=dict)  # what the probe saw
    languages: dict[str, str] = field(default_factory=dict)  # ... and in which language, where it could tell


def _planned_reading(gray: np.ndarray, budget, plan: LanguagePlan) -> _Reading | None:
    """The page read with the document's models, or None when the reading
    disagrees with the plan (then the page is probed like any other)."""
    reading = _read_with(gray, budget, plan.scripts, plan.languages, probed=True)
    if not reading.legible:
        return None
    letters: dict[str, int] = {}
    for word in reading.words or []:
        script = dominant_script(word.text)
        if script:
            letters[script] = letters.get(script, 0) + sum(ch.isalpha() for ch in word.text)
    return reading if agrees(letters, plan) else None


def _first_reading(gray: np.ndarray, budget, identify: Identify, fallback_script: str | None = None) -> _Reading:
    """The first full reading of an upright page, with the models of its scripts.

    The page is probed, then read with the models the probe names; when the
    probe cannot read it, the page is reported illegible unread, so that OSD can
    be asked, unless OSD has been asked already (``fallback_script``). (Reading a
    signature page straight away with the Chinese model was tried: the rereads of
    its seal-crossed lines then cost more than the probe.)
    """
    probe = probe_scripts(gray, timeout=budget(), identify=identify)
    if probe is not None and probe.readable:
        return _read_with(gray, budget, probe.scripts, probe.languages, probed=True)
    seen = probe.scripts if probe is not None and probe.letters >= 10 else {}
    languages = probe.languages if seen else {}
    if fallback_script is None:
        return _Reading(PROBE_PACK, False, scripts=seen, languages=languages)
    return _read_with(gray, budget, seen or {fallback_script: 1.0}, languages, probed=False)


def _with_chinese_if_poor(gray: np.ndarray, budget, reading: _Reading) -> _Reading:
    """A page read poorly without the Chinese model is read again with it.

    The probe can miss Chinese (a warped phone photo read as Latin noise), and
    Chinese is the one language every attachment of this programme may hold."""
    if "chi_sim" in reading.pack.split("+") or not reading.words:
        return reading
    if float(np.mean([w.confidence for w in reading.words])) >= LOW_CONFIDENCE:
        return reading
    again = _read_with(gray, budget, {"han": 1.0, **{s: v for s, v in reading.scripts.items() if s != "han"}},
                       reading.languages)
    mean_again = float(np.mean([w.confidence for w in again.words])) if again.words else 0.0
    return again if mean_again > float(np.mean([w.confidence for w in reading.words])) else reading


def _read_with(gray: np.ndarray, budget, scripts: dict[str, float], languages: dict[str, str] | None = None,
               probed: bool = False) -> _Reading:
    """``probed``: the scripts were read off the page (a legible probe, or the
    plan), not guessed by OSD, so no model is added for a script not seen."""
    h, w = gray.shape
    pack = packs_for(scripts, languages, only_seen=probed)
    if "han" in scripts or "latin" in scripts:
        rapid.warm()  # the second engine may read some of its lines: start it while Tesseract reads
    words, keys = _read(gray, pack, (0, 0), w, h, budget())
    return _Reading(pack, legible(words, keys), words, keys, scripts, dict(languages or {}))


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


def _reread_batch(gray: np.ndarray, geo: Geometry, blocks: list[Block], pack: str, budget) -> list[Block]:
    """Read the crops of several blocks again in one Tesseract call.

    Loading the models costs a Chinese page about as much as reading a few
    lines, so the crops are stacked into one image with white gaps, read once,
    and every word is put back where its crop came from."""
    h, w = gray.shape
    crops = [_crop(gray, b) for b in blocks]
    width = max(c.shape[1] for c, _ in crops)
    gap = np.full((REREAD_GAP, width), 255, np.uint8)
    parts, spans, top = [], [], 0
    for crop, _origin in crops:
        padded = np.full((crop.shape[0], width), 255, np.uint8)
        padded[:, : crop.shape[1]] = crop
        parts += [padded, gap]
        spans.append((top, top + crop.shape[0]))
        top += crop.shape[0] + REREAD_GAP
    raw = tesseract.ocr_words(np.vstack(parts), pack, psm=6, timeout=budget())
    found: list[list[tuple[Word, tuple]]] = [[] for _ in blocks]
    for r in raw:
        centre = r.top + r.height / 2
        for i, (a, b) in enumerate(spans):
            if a <= centre < b:
                ox, oy = crops[i][1]
                x0, y0 = ox + r.left, oy + r.top - a
                box = normalise_box(x0, y0, x0 + r.width, y0 + r.height, w, h)
                found[i].append((Word(text=r.text, bbox=box, confidence=round(r.confidence, 3)), r.line_key))
                break
    out = []
    for block, items in zip(blocks, found):
        lines = build_lines([wd for wd, _ in items], [k for _, k in items], geo)
        if not lines:
            out.append(block)
            continue
        lines.sort(key=lambda l: (l.bbox[1], l.bbox[0]))
        text = " ".join(l.text for l in lines)
        out.append(Block(lines=lines, bbox=block.bbox, column=block.column, script=dominant_script(text)))
    return out


def _quality(block: Block, identify: Identify) -> float:
    """How much a reading of a block is to be believed: Tesseract's own confidence,
    discounted when the text is in no recognisable language (Cyrillic read by the
    Latin model comes out as "TapanTblH" with fair confidence but no language)."""
    _, language_confidence = identify(block.text)
    return _mean_conf(block) * (0.5 + 0.5 * language_confidence)


def _suspect(block: Block, identify: Identify) -> bool:
    """Text (not a seal's or a signature's specks) that reads poorly or in no language."""
    letters = sum(1 for ch in block.text if ch.isalpha())
    confidence = _mean_conf(block)
    if letters < MIN_REREAD_LETTERS or confidence < NOT_TEXT:
        return False
    if confidence < DOUBTFUL and letters < 10:
        return False  # a few shaky letters: a seal's rim or a signature's loop
    if confidence < LOW_CONFIDENCE:
        return True
    if letters <= SHORT_BLOCK and identify(block.text)[1] < LOW_LANGUAGE_CONFIDENCE:
        return True  # a line or two read confidently but in no language: "naTa: «6» MIOH"
    return _has_strays(block)


def _has_strays(block: Block) -> bool:
    return any(_stray_letters(line.text) for line in block.lines)


def _stray_letters(text: str) -> bool:
    """A Chinese line with lone alphabet letters in it (签订日期 20256 Я6 Я): Han
    characters read by another script's model."""
    if dominant_script(text) != "han":
        return False
    stray = [w for w in text.split() if 0 < sum(ch.isalpha() and ord(ch) < 0x3000 for ch in w) <= 2 and not any("\u4e00" <= ch <= "\u9fff" for ch in w)]
    return len(stray) >= 2


def _reread_other_scripts(
    gray, geo: Geometry, blocks: list[Block], first: str, seen: dict[str, float], identify: Identify, used: list[str], budget
):
    """Read poorly read blocks again with one script's models alone.

    With several models loaded Tesseract sometimes takes the wrong one's reading
    of a word ("Дата" read by the Chinese model's Latin letters as "naTa"), and a
    column in a script the page's models lack comes out as nonsense. Either way
    the block reads with low confidence or in no language: each other script the
    probe saw on the page (every common one when there was no probe) reads all
    such blocks at once, and each block keeps its best reading. Returns the
    blocks and the models that read each.
    """
    blocks = list(blocks)
    packs = [first] * len(blocks)
    suspects = [i for i, b in enumerate(blocks) if _suspect(b, identify)]
    if not suspects:
        return blocks, packs
    quality = {i: _quality(blocks[i], identify) for i in suspects}
    scripts = [s for s in seen if seen[s] >= SEEN] if seen else ["cyrillic", "latin", "han"]
    scripts = list(dict.fromkeys(scripts + ["han"]))  # Chinese may be anywhere
    if {"latin", "cyrillic"} & set(scripts):
        # The probe itself confuses the two alphabets (Kazakh read as "KeJIiciM").
        scripts = list(dict.fromkeys(scripts + ["cyrillic", "latin"]))
    for script in scripts:
        other = tesseract.SCRIPT_PACKS[script][0]
        if set(other.split("+")) == set(first.split("+")):
            continue
        # Another script's models, or for a Chinese line with stray letters the
        # Chinese model alone (it mends 签订日期 20256 Я6 Я).
        chosen = [i for i in suspects if blocks[i].script != script or (script == "han" and _has_strays(blocks[i]))]
        if not chosen:
            continue
        used.append(other)
        for i, again in zip(chosen, _reread_batch(gray, geo, [blocks[i] for i in chosen], other, budget)):
            q = _quality(again, identify)
            if q > quality[i] + 0.05:
                blocks[i], packs[i], quality[i] = again, other, q
    return blocks, packs


def _reread_own_languages(gray, geo: Geometry, blocks: list[Block], packs: list[str], identify: Identify, used, budget):
    """Read again with the language's own model when the models used cannot write
    its letters (Tajik ӣ ӯ ҳ ҷ and Cyrillic Uzbek ў are in neither rus nor kaz)."""
    wanted: dict[str, list[int]] = {}
    for i, (block, pack) in enumerate(zip(blocks, packs)):
        if len(block.text) < MIN_REREAD_CHARS:
            continue
        language, _ = identify(block.text)
        if language is None or tesseract.covers(pack, language):
            continue
        own = tesseract.language_pack(language, block.script or dominant_script(block.text))
        if own in tesseract.installed_languages():
            wanted.setdefault(own, []).append(i)
    blocks = list(blocks)
    for own, chosen in wanted.items():
        used.append(own)
        for i, again in zip(chosen, _reread_batch(gray, geo, [blocks[i] for i in chosen], own, budget)):
            if _mean_conf(again) >= _mean_conf(blocks[i]) - 0.02:
                blocks[i] = again
    return blocks


def _second_engine(gray: np.ndarray, geo: Geometry, blocks: list[Block]) -> tuple[list[Block], str | None]:
    """Han and Latin text that Tesseract read poorly, read again by RapidOCR.

    A page read poorly as a whole (a small photo of a certificate) is read again
    as a whole, and the reading the engines are surer of is kept; otherwise the
    poorly read lines alone (a date under a seal, a blurred unit name) are. Pages
    mostly in Cyrillic or Arabic script are left alone: the engine cannot read them.
    """
    if not blocks or not rapid.available() or _foreign_share(blocks) > FOREIGN_SCRIPT_SHARE:
        return blocks, None
    words = [w for b in blocks for l in b.lines for w in l.words]
    first = float(np.mean([w.confidence for w in words])) if words else 1.0
    if first < POOR_PAGE:
        found, keys = rapid.read_page(gray)
        second = float(np.mean([w.confidence for w in found])) if found else 0.0
        if second >= SECOND_MIN_SCORE and second > first + SECOND_PAGE_MARGIN:
            kept, kept_keys = _words_outside(blocks, [w.bbox for w in found])
            return build_blocks(build_lines(found + kept, keys + kept_keys, geo), geo), "page"
    return _second_lines(gray, blocks)


def _words_outside(blocks: list[Block], boxes: list) -> tuple[list[Word], list[tuple]]:
    """Tesseract's words where the second engine found no text: what it cannot
    read (a Cyrillic stamp's text) stays as Tesseract read it."""
    words, keys = [], []
    for bi, block in enumerate(blocks):
        for li, line in enumerate(block.lines):
            for word in line.words:
                cx, cy = (word.bbox[0] + word.bbox[2]) / 2, (word.bbox[1] + word.bbox[3]) / 2
                if not any(b[0] <= cx <= b[2] and b[1] <= cy <= b[3] for b in boxes):
                    words.append(word)
                    keys.append((1, bi, li))
    return words, keys


def _foreign_share(blocks: list[Block]) -> float:
    letters = [ch for b in blocks for ch in b.text if ch.isalpha()]
    foreign = sum(1 for ch in letters if char_script(ch) in ("cyrillic", "arabic"))
    return foreign / len(letters) if letters else 0.0


def _poor_line(line) -> tuple[float, float] | None:
    """A line worth a second reading: how sure Tesseract was of it and by how much
    the second reading must be surer, else None.

    One unsure word spoils a line however sure the rest is (a date's digits, a
    label's last characters): the line counts no surer than halfway between its
    worst word and certainty. A Chinese line with a date in it is read again
    however sure Tesseract was (三名二五年四月十月 for 二〇二五年四月十日 under a
    seal, read with 0.89), and the surer reading wins."""
    text = line.text
    if sum(ch.isalnum() for ch in text) < 2 or not line.words:
        return None
    confs = [w.confidence for w in line.words]
    conf = min(float(np.mean(confs)), 0.5 + 0.5 * min(confs))
    if conf < LOW_CONFIDENCE or _stray_letters(text) or _letters_in_han(line):
        return conf, SECOND_MARGIN
    return (conf, 0.0) if _han_date(text) else None


_HAN_DATE = re.compile(r"[年月日期].*[\d〇零一二三四五六七八九十]|[\d〇零一二三四五六七八九十].*[年月日]")


def _han_date(text: str) -> bool:
    return dominant_script(text) == "han" and _HAN_DATE.search(text) is not None


def _letters_in_han(line) -> bool:
    """A Chinese line holding an unsure word with alphabet letters (有 HOE for
    有效期至, 202563В12Ң for a date): Han characters another model took for letters."""
    if dominant_script(line.text) != "han":
        return False
    return any(w.confidence <= LOW_CONFIDENCE and any(ch.isalpha() and ord(ch) < 0x3000 for ch in w.text)
               for w in line.words)


def _second_lines(gray: np.ndarray, blocks: list[Block]) -> tuple[list[Block], str | None]:
    h, w = gray.shape
    poor = sorted((found[0], found[1], bi, li) for bi, b in enumerate(blocks) for li, l in enumerate(b.lines)
                  if (found := _poor_line(l)) is not None)
    changed: dict[int, dict[int, list[Word]]] = {}
    for conf, margin, bi, li in poor[:SECOND_MAX_LINES]:
        line = blocks[bi].lines[li]
        x0, y0, x1, y1 = line.bbox[0] * w, line.bbox[1] * h, line.bbox[2] * w, line.bbox[3] * h
        pad_y = 0.2 * (y1 - y0)
        pad_x = 0.5 * (y1 - y0)
        box = (max(0.0, x0 - pad_x), max(0.0, y0 - pad_y), min(float(w), x1 + pad_x), min(float(h), y1 + pad_y))
        crop = (int(box[0]), int(box[1]), int(box[2]) + 1, int(box[3]) + 1)
        reading = rapid.read_line(gray[crop[1]:crop[3], crop[0]:crop[2]])
        text, score = reading.text, reading.confidence
        if sum(ch.isalnum() for ch in text) < 2 or score < SECOND_MIN_SCORE or score <= conf + margin:
            continue
        crop_w = min(crop[2], w) - crop[0]
        changed.setdefault(bi, {})[li] = rapid.placed_words(reading, (crop[0], y0, crop[0] + crop_w, y1), w, h)
    if not changed:
        return blocks, None
    out = list(blocks)
    for bi, lines in changed.items():
        block = blocks[bi]
        new_lines = [Line(words=lines[li], bbox=union_bbox([w.bbox for w in lines[li]])) if li in lines else l
                     for li, l in enumerate(block.lines)]
        text = "\n".join(l.text for l in new_lines)
        out[bi] = block.model_copy(update={"lines": new_lines, "script": dominant_script(text)})
    return out, "lines"
