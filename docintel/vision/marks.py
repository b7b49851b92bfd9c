"""Seals and signatures of one page, in the report's geometry.

Runs in the page worker right after the text is read, on the page image the
text stage rendered (or, for a text-layer page that holds pictures or curves,
a quick render at the working resolution). Detection happens on the upright
page, so that "to the right of the label" means what a reader means; boxes
are then moved back onto the page as stored, like every other box.
"""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from ..geometry import upright_to_stored
from ..models import Page, Seal, Signature
from ..text.orient import rotate_quarter
from .colour_text import colour_text_lines
from .ink import InkImage, ink_image, shrink
from .seal_text import read_seal
from .seals import SealFind, find_seals
from .signatures import SignatureFind, TextLine, find_signatures


@dataclass
class EarlySeals:
    """Seals and rows of coloured print found on the page as stored, before its
    text is read, so that OCR fades seal and pen ink but keeps coloured print."""

    ink: InkImage
    finds: list[SealFind]
    printed: list[tuple[int, int, int, int]]  # working-image pixels

    def printed_boxes(self) -> list[tuple[int, int, int, int]]:
        """The rows of coloured print in the full image's pixels."""
        return [tuple(int(round(v / self.ink.scale)) for v in box) for box in self.printed]  # type: ignore[misc]


def early_seals(rgb: np.ndarray) -> EarlySeals:
    small, scale = shrink(rgb)
    ink = ink_image(small, scale=scale)
    finds = find_seals(ink)
    return EarlySeals(ink, finds, colour_text_lines(ink, finds))


def page_marks(rgb: np.ndarray, page: Page, read_text: bool = True,
               early: EarlySeals | None = None) -> tuple[list[Seal], list[Signature]]:
    """Seals and signatures on ``rgb`` (the page as stored) for the read ``page``;
    ``early``: the seals already found on the page as stored, reused when it is upright."""
    rotation = page.rotation % 360
    if early is not None and not rotation:
        ink, seal_finds = early.ink, early.finds
    else:
        small, scale = shrink(rgb)  # shrink first, then turn: turning a 300-dpi page costs more than finding
        ink = ink_image(rotate_quarter(small, rotation) if rotation else small, scale=scale)
        seal_finds = find_seals(ink)
    sig_finds = find_signatures(ink, _lines(page, rotation, ink.shape), seal_finds)
    upright = (rotate_quarter(rgb, rotation) if rotation else rgb) if (seal_finds and read_text) else rgb
    seals = [_seal(f, ink, upright, page, read_text) for f in seal_finds]
    signatures = [_signature(f, ink, page) for f in sig_finds]
    return seals, signatures


def _stored_box(box: tuple[int, int, int, int], ink: InkImage, rotation: int) -> tuple[float, float, float, float]:
    h, w = ink.shape
    frac = (round(box[0] / w, 4), round(box[1] / h, 4), round(box[2] / w, 4), round(box[3] / h, 4))
    return tuple(round(v, 4) for v in upright_to_stored(frac, rotation))  # type: ignore[return-value]


def _seal(find: SealFind, ink: InkImage, upright: np.ndarray, page: Page, read_text: bool) -> Seal:
    text = read_seal(upright, find, ink.scale) if read_text else None
    return Seal(page=page.number, bbox=_stored_box(find.box, ink, page.rotation % 360), color=find.colour,
                shape=find.shape, text=text, confidence=find.confidence)  # type: ignore[arg-type]


def _signature(find: SignatureFind, ink: InkImage, page: Page) -> Signature:
    return Signature(page=page.number, bbox=_stored_box(find.box, ink, page.rotation % 360),
                     confidence=find.confidence)


def _lines(page: Page, rotation: int, shape: tuple[int, int]) -> list[TextLine]:
    """The page's printed lines on the upright working image."""
    h, w = shape
    back = (360 - rotation) % 360  # stored -> upright is the inverse quarter turn

    def px(box) -> tuple[int, int, int, int]:
        u = upright_to_stored(box, back) if rotation else box
        return int(u[0] * w), int(u[1] * h), int(np.ceil(u[2] * w)), int(np.ceil(u[3] * h))

    return [
        TextLine(px(line.bbox), line.text, [(px(word.bbox), word.confidence) for word in line.words])
        for block in page.blocks for line in block.lines
    ]
