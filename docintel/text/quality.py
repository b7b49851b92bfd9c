"""Is a text layer worth keeping, or must the page be OCR'd?

Three kinds of layer are not worth keeping: fonts without a Unicode map
(pdfminer's ``(cid:NN)`` runs, replacement characters, private-use code points),
an earlier OCR's layer of nonsense (words no language writes: Cyrillic read as
Latin look-alikes, digits for letters; such pages are read again, as OCRmyPDF's
``--redo-ocr`` does), and a layer so thin that the page's text is really in its
scanned image.
"""
from __future__ import annotations

import re
import unicodedata

from ..lang.script import char_script

_VOWELS = set("aeiouyäöüıáéíóúàèìòùâêîôûəæøåAEIOUYÄÖÜIÁÉÍÓÚ" "аеёиоуыэюяәөұүіїєўӣӯАЕЁИОУЫЭЮЯӘӨҰҮІЇЄЎӢӮ")
_WORD = re.compile(r"\w+", re.UNICODE)


def _bad_char(ch: str) -> bool:
    if ch == "\ufffd":
        return True
    cat = unicodedata.category(ch)
    return cat in ("Co", "Cn", "Cs") or (cat == "Cc" and ch not in "\n\t\r")


_DIGIT_INSIDE = re.compile(r"[^\W\d_]\d+[^\W\d_]")  # r4My, O6LLIe: a digit read for a letter
_CASE_FLIP = re.compile(r"[^\W\d_](?<=[a-zа-яё])(?=[A-ZА-ЯЁ])")  # a lower-case letter followed by a capital


MAX_WORD = 20
FLIP_DENSITY = 0.15  # capitals switching on per letter: oTBeTcTBeHHocTb 0.35, LaTeX 0.4, McDonald 0.12


def _flips(word: str) -> int:
    return len(_CASE_FLIP.findall(word))


def _implausible(word: str) -> bool:
    """A word no language writes, as an earlier bad OCR leaves them: Latin and
    Cyrillic letters mixed (Сoглашeниe), a digit between letters (r4MyrrlecTBeHHbrx
    for имущественных), capitals switching on and off inside the word (oTBeTcTBeHHocTb),
    or a long run of letters without a vowel. Han next to an alphabet is normal
    (Chinese has no spaces: 大学Дата across two table cells); one capital inside a
    word is a name (McDonald, iPhone, GmbH)."""
    scripts = {s for s in map(char_script, word) if s}
    if {"latin", "cyrillic"} <= scripts:
        return True
    if not scripts & {"latin", "cyrillic"}:
        return False
    # only within a word's usual length: a layer without spaces runs whole sentences
    # together (andCommercialisationParty, Сторона1заранее) and those are fine
    if len(word) <= MAX_WORD and (_DIGIT_INSIDE.search(word) or _flips(word) >= max(2, FLIP_DENSITY * len(word))):
        return True
    if len(word) >= 5 and word.isalpha():
        return not any(ch in _VOWELS for ch in word)
    return False


def layer_quality(chars: list[str]) -> float:
    """Share of characters (0..1) that look like real text. ``chars`` are the
    per-glyph strings of the layer, where pdfminer reports unmapped glyphs as
    ``(cid:NN)``."""
    if not chars:
        return 0.0
    cid = sum(1 for c in chars if c.startswith("(cid:"))
    text = "".join(c for c in chars if not c.startswith("(cid:"))
    bad = sum(1 for ch in text if _bad_char(ch))
    implausible = sum(len(w) for w in _WORD.findall(text) if _implausible(w))
    total = cid + len(text.replace(" ", "")) or 1
    return max(0.0, 1.0 - (cid + bad + implausible) / total)


def needs_ocr(
    chars: list[str], quality: float, image_coverage: float, invisible_text: float
) -> tuple[bool, str]:
    """Decide, with the reason kept for the text report and for tests."""
    if not any(c.strip() for c in chars):
        # Nothing to read; OCR only if there is an image that may hold text.
        return image_coverage > 0.05, "no text layer"
    letters = sum(1 for c in chars if len(c) == 1 and (c.isalpha() or char_script(c)))
    if quality < 0.75:
        return True, f"text layer is garbage (quality {quality:.2f})"
    if invisible_text > 0.5 and image_coverage > 0.5 and quality < 0.95:
        return True, f"scanner's invisible text layer is unreliable (quality {quality:.2f})"
    if image_coverage > 0.5 and letters < 60:
        return True, f"text layer too thin ({letters} letters over a page image)"
    return False, "text layer"
