"""Seals and signatures of one page, in the report's geometry.

Runs in the page worker right after the text is read, on the page image the
text stage rendered (or, for a text-layer page that holds pictures or curves,
a quick render at the working resolution). Detection happens on the upright
page, so that "to the right of the label" means what a reader means; boxes
are then moved back onto the page as stored, like every other box.
"""
from __future__ import annotations

from dataclasses import dataclass

import cv2
import numpy as np

from ..geometry import upright_to_stored
from ..models import Page, Seal, Signature
from ..text.orient import rotate_quarter
from .colour_text import colour_text_lines
from .ink import InkImage, ink_image, shrink
from .candidates import Candidate, seal_candidates, signature_candidates
from .marks_model import judge
from .seal_text import read_seal
from .seals import OVAL_ASPECT, SealFind, _iou, find_seals
from .signatures import SignatureFind, TextLine


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


@dataclass
class PageCandidates:
    """What the detectors propose on one upright page, before anything is decided."""

    ink: InkImage
    lines: list[TextLine]
    rule_seals: list[SealFind]
    seals: list[Candidate]
    signatures: list[Candidate]


def page_candidates(rgb: np.ndarray, page: Page, early: EarlySeals | None = None,
                    full: bool | None = None) -> PageCandidates:
    """Candidates on ``rgb`` (the page as stored) for the read ``page``; ``early``:
    the seals already found on the page as stored, reused when it is upright.
    The same for training (``scripts/train_marks.py``, ``full``) as for use, where
    signatures are described in full only when the model judges them."""
    if full is None:
        model = judge()
        full = model is not None and model.thresholds.get("signature") is not None
    rotation = page.rotation % 360
    if early is not None and not rotation:
        ink, rule_seals = early.ink, early.finds
    else:
        small, scale = shrink(rgb)  # shrink first, then turn: turning a 300-dpi page costs more than finding
        ink = ink_image(rotate_quarter(small, rotation) if rotation else small, scale=scale)
        rule_seals = find_seals(ink)
    lines = _lines(page, rotation, ink.shape)
    return PageCandidates(ink, lines, rule_seals, seal_candidates(ink, rule_seals),
                          signature_candidates(ink, lines, rule_seals, full))


def page_marks(rgb: np.ndarray, page: Page, read_text: bool = True,
               early: EarlySeals | None = None) -> tuple[list[Seal], list[Signature]]:
    """Seals and signatures on ``rgb`` (the page as stored) for the read ``page``:
    the trained judge's choice among the candidates, or the rule detectors' finds
    when no model is shipped."""
    found = page_candidates(rgb, page, early)
    seal_finds, sig_finds = decide(found)
    rotation = page.rotation % 360
    upright = (rotate_quarter(rgb, rotation) if rotation else rgb) if (seal_finds and read_text) else rgb
    seals = [_seal(f, found.ink, upright, page, read_text) for f in seal_finds]
    signatures = [_signature(f, found.ink, page) for f in sig_finds]
    return seals, signatures


def decide(found: PageCandidates) -> tuple[list[SealFind], list[SignatureFind]]:
    model = judge()
    if model is None:
        return found.rule_seals, [c.signature for c in found.signatures if c.signature is not None]
    seals: list[SealFind] = []
    if model.thresholds.get("seal") is None:  # trained, but the rules did better on real pages
        seals = list(found.rule_seals)
    else:
        for c, p in sorted(zip(found.seals, model.probabilities(found.seals)), key=lambda cp: -cp[1]):
            if p >= model.thresholds["seal"] and all(_shared(c.box, s.box) < 0.5 for s in seals):
                seals.append(_seal_find(found.ink, c, p))
    if model.thresholds.get("signature") is None:
        signatures = [c.signature for c in found.signatures if c.signature is not None]
    else:
        signatures = []
        for c, p in zip(found.signatures, model.probabilities(found.signatures)):
            if p >= model.thresholds["signature"] and all(_iou(c.box, s.box) < 0.5 for s in signatures):
                signatures.append(SignatureFind(c.box, round(p, 3), bool(c.features["near_label"])))
    return sorted(seals, key=lambda f: (f.box[1], f.box[0])), signatures


def _shared(a, b) -> float:
    """Share of the smaller box inside the other: a blob of a stamp's ink and the
    stamp's own border are one seal, however different their boxes."""
    ix = max(0, min(a[2], b[2]) - max(a[0], b[0]))
    iy = max(0, min(a[3], b[3]) - max(a[1], b[1]))
    smaller = min((a[2] - a[0]) * (a[3] - a[1]), (b[2] - b[0]) * (b[3] - b[1]))
    return ix * iy / smaller if smaller > 0 else 0.0


def _seal_find(ink: InkImage, c: Candidate, p: float) -> SealFind:
    """The judged candidate as a seal: the rule detector's own find when there is
    one (it knows the ring), else shape and colour from the candidate's box."""
    if c.seal is not None:
        return SealFind(c.seal.box, c.seal.shape, c.seal.colour, round(p, 3), c.seal.ellipse, c.seal.cover)
    x0, y0, x1, y1 = c.box
    f = c.features
    ringish = f["ring_cover"] >= 0.5 and f["ring_cover"] >= f["edge_cover"] - 0.1
    shape = "rectangle" if not ringish else ("oval" if f["aspect"] > OVAL_ASPECT else "round")
    mask = ink.any_ink[y0:y1, x0:x1]
    colour = ink.name_colour(mask, c.box)
    ellipse = (((x0 + x1) / 2, (y0 + y1) / 2), (float(x1 - x0), float(y1 - y0)), 0.0) if ringish else None
    return SealFind(c.box, shape, colour, round(p, 3), ellipse, f["ring_cover"])


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
