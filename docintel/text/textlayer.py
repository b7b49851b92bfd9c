"""Words of a PDF text layer, via pdfplumber, in the shared page geometry."""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

import pdfplumber.page

from ..geometry import normalise_box
from ..models import Word
from .layout import Geometry
from .rules import pdf_rules


_LTR_RUN = re.compile(r"[0-9A-Za-z]+(?:[.,:/\-][0-9A-Za-z]+)*")


def logical_order(text: str) -> str:
    """Arabic-script words as stored in many PDFs: presentation forms (ﻥﺎﺘﺴﮐﺎﭘ) in
    visual order. NFKC gives the letters back, reversing gives reading order;
    numbers and Latin words inside run left to right even in visual order, so
    they are turned back (19 stays 19, 15.03.2025 stays whole)."""
    if any("\ufb50" <= ch <= "\ufeff" for ch in text):
        return _LTR_RUN.sub(lambda m: m.group(0)[::-1], unicodedata.normalize("NFKC", text)[::-1])
    return text


def _unrotated(page: pdfplumber.page.Page) -> pdfplumber.page.Page:
    """The same page with its /Rotate set aside, so that text drawn upright in the
    content reads left to right again (pdfminer would otherwise hand over the
    characters of a turned page as vertical columns)."""
    page.page_obj.attrs = {**page.page_obj.attrs, "Rotate": 0}
    page.page_obj.rotate = 0
    return pdfplumber.page.Page(page.pdf, page.page_obj, page.page_number, page.initial_doctop)


@dataclass
class TextLayer:
    words: list[Word]  # boxes on the upright page
    chars: list[str]  # raw per-glyph strings, for the quality check
    turn: int  # clockwise turn from the displayed page to the upright one (/Rotate)
    geometry: Geometry


def read_layer(page: pdfplumber.page.Page) -> TextLayer:
    turn = (360 - page.rotation) % 360
    if turn:
        page = _unrotated(page)
    x0, top0, x1, bottom0 = page.bbox
    width, height = x1 - x0, bottom0 - top0
    chars = [c["text"] for c in page.chars]
    words = []
    for w in page.extract_words(keep_blank_chars=False, use_text_flow=False, x_tolerance=2, y_tolerance=2):
        text = logical_order(w["text"].strip())
        if not text:
            continue
        box = normalise_box(w["x0"] - x0, w["top"] - top0, w["x1"] - x0, w["bottom"] - top0, width, height)
        words.append(Word(text=text, bbox=box, confidence=1.0))
    return TextLayer(words, chars, turn, Geometry(aspect=height / width, rules=pdf_rules(page)))
