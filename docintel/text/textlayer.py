"""Words of a PDF text layer, via pdfplumber, in the shared page geometry."""
from __future__ import annotations

from ..models import Word
from .layout import normalise_box


def layer_words(page) -> tuple[list[Word], list[str]]:
    """Words with fractional boxes, plus the raw per-glyph strings for the quality check.

    pdfplumber's boxes are in the page's displayed space (``/Rotate`` applied
    through its bbox), with ``top`` measured from the top, as our model wants.
    """
    x0, top0, x1, bottom0 = page.bbox
    width, height = x1 - x0, bottom0 - top0
    chars = [c["text"] for c in page.chars]
    words = []
    for w in page.extract_words(keep_blank_chars=False, use_text_flow=False, x_tolerance=2, y_tolerance=2):
        text = w["text"].strip()
        if not text:
            continue
        box = normalise_box(w["x0"] - x0, w["top"] - top0, w["x1"] - x0, w["bottom"] - top0, width, height)
        words.append(Word(text=text, bbox=box, confidence=1.0))
    return words, chars
