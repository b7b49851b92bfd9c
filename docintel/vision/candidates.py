"""Candidate seals and signatures, and what a trained model needs to judge them.

The rule detectors (``seals.py``, ``signatures.py``) were tuned on drawn pages;
on real scans their hand-set thresholds both miss (a blue company stamp, a
ballpoint signature across a seal) and fire (an emblem, a crest). So the page
is searched generously here — every verified seal, every blob of stamp-coloured
ink of a seal's size, every clear circle of any ink, every group of pen
strokes — and each candidate is described by numbers that say what it looks
like (size against the page and the printed letters, colour, how ring-like,
how much of it is print the OCR read, what the rule detector thought of it).
``marks_model.py`` decides; ``scripts/train_marks.py`` learns from labelled
pages. The features are computed here and only here, for training and use alike.
"""
from __future__ import annotations

from dataclasses import dataclass

import cv2
import numpy as np

from .ink import InkImage
from .seals import (ARC_FILL, MAX_ASPECT, MAX_SIDE, MIN_SIDE, SealFind, _iou, _long_marks, _without_rules, find_seals,
                    ring_score)
from .signatures import (EDGE, SignatureFind, TextLine, _near, _pen_ink, _regions, _shape_score, _skeleton_length, is_label,
                         text_height, verdict)

GREY_RING_MIN = 0.07  # a grey circle smaller than this share of the short side is a letter O
WIDE_GROUPING = 2.0  # the wider of the two scales pen strokes are grouped at, in units of the usual one
HOUGH_SCALE = 0.5  # circles among long marks are looked for at this share of the working size


@dataclass
class Candidate:
    kind: str  # "seal" | "signature"
    box: tuple[int, int, int, int]  # working-image pixels, upright page
    source: str  # what proposed it: rule, colour, circle, pen
    features: dict[str, float]
    seal: SealFind | None = None  # the rule detector's find, when it accepted this candidate
    signature: SignatureFind | None = None


def _clip(box, shape) -> tuple[int, int, int, int]:
    h, w = shape
    x0, y0, x1, y1 = box
    return max(0, int(x0)), max(0, int(y0)), min(w, int(x1)), min(h, int(y1))


# ------------------------------------------------------------------ seals
def seal_candidates(ink: InkImage, finds: list[SealFind] | None = None) -> list[Candidate]:
    """Every place a seal might be: the rule detector's finds first, then blobs of
    stamp-coloured ink and circles of any ink that overlap none of them."""
    h, w = ink.shape
    short = min(h, w)
    finds = find_seals(ink) if finds is None else finds
    boxes: list[tuple[tuple[int, int, int, int], str, SealFind | None]] = [(f.box, "rule", f) for f in finds]
    lo, hi = MIN_SIDE * short, MAX_SIDE * short
    for colours in (("red",), ("blue", "purple")):
        mask = ink.colour_mask(*colours)
        if cv2.countNonZero(mask) < lo * lo * 0.03:
            continue
        k = max(3, int(lo * 0.3) | 1)
        grouped = cv2.morphologyEx(cv2.dilate(mask, np.ones((3, 3), np.uint8)), cv2.MORPH_CLOSE,
                                   cv2.getStructuringElement(cv2.MORPH_ELLIPSE, (k, k)))
        n, _, stats, _ = cv2.connectedComponentsWithStats(grouped, connectivity=8)
        for i in range(1, n):
            x, y, bw, bh, _a = stats[i]
            if max(bw, bh) < lo or min(bw, bh) < 0.4 * lo or max(bw, bh) > hi * MAX_ASPECT:
                continue
            boxes.append(((int(x), int(y), int(x + bw), int(y + bh)), "colour", None))
    boxes += [(b, "circle", None) for b in _grey_circles(ink, short)]
    out: list[Candidate] = []
    for box, source, find in boxes:
        if any(_iou(box, c.box) >= 0.5 for c in out):
            continue
        out.append(Candidate("seal", box, source, seal_features(ink, box, find), seal=find))
    return out


def _grey_circles(ink: InkImage, short: int) -> list[tuple[int, int, int, int]]:
    """Clear circles of any ink: the rings of seals on photocopies and faxes. Searched
    among the page's long, sparse marks only (arcs; letters and words are short or
    dense, ruling is taken out first), at half the working size: on a page of text
    that is a tenth of the edges, and of the time."""
    lo = MIN_SIDE * short
    arcs = _long_marks(_without_rules(ink.any_ink, lo), lo * 0.2, ARC_FILL)
    if not cv2.countNonZero(arcs):
        return []
    f = HOUGH_SCALE
    small = cv2.GaussianBlur(cv2.resize(arcs, None, fx=f, fy=f, interpolation=cv2.INTER_AREA), (0, 0), 1.0)
    circles = cv2.HoughCircles(small, cv2.HOUGH_GRADIENT, dp=1, minDist=GREY_RING_MIN * short * f,
                               param1=100, param2=20, minRadius=max(3, int(GREY_RING_MIN * short * f / 2)),
                               maxRadius=int(MAX_SIDE * short * f / 2))
    if circles is None:
        return []
    return [_clip(((cx - r) / f, (cy - r) / f, (cx + r) / f + 1, (cy + r) / f + 1), ink.shape)
            for cx, cy, r in circles.reshape(-1, 3)[:12]]


SEAL_FEATURES = (
    "size", "aspect", "area", "cx", "cy", "red", "blue", "purple", "coloured", "chroma", "dark", "faint",
    "ring_cover", "ring_peak", "ring_rim", "ring_fill", "ring_density", "ring_inside",
    "edge_cover", "radial_spread", "centroid_off", "components", "largest", "rule", "rule_conf",
)


def seal_features(ink: InkImage, box, find: SealFind | None) -> dict[str, float]:
    h, w = ink.shape
    short = float(min(h, w))
    x0, y0, x1, y1 = _clip(box, ink.shape)
    bw, bh = max(1, x1 - x0), max(1, y1 - y0)
    faint = ink.faint[y0:y1, x0:x1] > 0
    coloured = ink.coloured[y0:y1, x0:x1] > 0
    n_ink = max(1, int(faint.sum() + (coloured & ~faint).sum()))
    shares = {c: float((ink.colour_mask(c)[y0:y1, x0:x1] > 0).sum()) / n_ink for c in ("red", "blue", "purple")}
    mask = ink.coloured if coloured.mean() > 0.02 else ink.any_ink
    ellipse = find.ellipse if find is not None and find.ellipse is not None else \
        ((x0 + bw / 2, y0 + bh / 2), (float(bw), float(bh)), 0.0)
    ring = ring_score(mask, ellipse)
    part = mask[y0:y1, x0:x1] > 0
    t = max(1, int(0.08 * min(bw, bh)))
    edges = [part[:t].any(axis=0).mean(), part[-t:].any(axis=0).mean(),
             part[:, :t].any(axis=1).mean(), part[:, -t:].any(axis=1).mean()]
    ys, xs = np.nonzero(part)
    if len(xs):
        dx, dy = (xs - bw / 2) / (bw / 2), (ys - bh / 2) / (bh / 2)
        r = np.hypot(dx, dy)
        spread, off = float(r.std() / max(1e-3, r.mean())), float(np.hypot(dx.mean(), dy.mean()))
    else:
        spread, off = 0.0, 0.0
    n, _, stats, _ = cv2.connectedComponentsWithStats(part.astype(np.uint8), connectivity=8)
    largest = float(stats[1:, cv2.CC_STAT_AREA].max()) / max(1, int(part.sum())) if n > 1 else 0.0
    chroma = ink.chroma[y0:y1, x0:x1][coloured]
    return {
        "size": max(bw, bh) / short, "aspect": max(bw, bh) / min(bw, bh), "area": bw * bh / (short * short),
        "cx": (x0 + x1) / 2 / w, "cy": (y0 + y1) / 2 / h,
        **shares, "coloured": float(coloured.mean()), "chroma": float(chroma.mean()) if chroma.size else 0.0,
        "dark": float((ink.dark[y0:y1, x0:x1] > 0).mean()), "faint": float(faint.mean()),
        "ring_cover": ring.cover, "ring_peak": min(ring.peak, 20.0), "ring_rim": ring.rim, "ring_fill": ring.fill,
        "ring_density": ring.density, "ring_inside": ring.inside,
        "edge_cover": float(np.mean(edges)), "radial_spread": spread, "centroid_off": off,
        "components": float(min(n - 1, 200)), "largest": largest,
        "rule": 1.0 if find is not None else 0.0, "rule_conf": find.confidence if find is not None else 0.0,
    }


# ------------------------------------------------------------------ signatures
SIGNATURE_FEATURES = (
    "width_t", "height_t", "width_p", "cx", "cy", "density", "longest_t", "components", "enclosed",
    "stroke_t", "skeleton_t", "blue", "coloured", "chroma", "near_label", "printed", "printed_conf",
    "in_seal", "shape_score", "rule",
)


def signature_candidates(ink: InkImage, lines: list[TextLine], seals: list[SealFind],
                         full: bool = True) -> list[Candidate]:
    """Every group of pen strokes left once print, seal ink and ruling are gone.
    Without ``full``, only what the rule detector's verdict needs is computed (the
    usual spread, its shape score and label test): the model does not judge them."""
    h, w = ink.shape
    text_h = text_height(lines, h)
    pen = _pen_ink(ink, lines, seals)
    labels = [ln for ln in lines if is_label(ln.text)]
    edge = EDGE * min(w, h)
    out: list[Candidate] = []
    # grouped at two scales: a signature's strokes far apart (a long flourish, initials
    # beside a name) join only at the wider one, a signature beside its label only at the narrower
    # (the rule detector judges the usual scale only, as it always has)
    regions = [(b, r, True) for b, r in _regions(pen, text_h)]
    if seals:
        # a signature that runs up to a stamp joins whatever of the stamp's ink is left
        # (its rim text, a faded blue ring) into one group too big and odd to be a pen's:
        # grouped again with the stamps cut out, the signature stands alone
        regions += [(b, r, True) for b, r in _regions(_outside(pen, seals), text_h)
                    if not any(_touches(b, s.box) for s in seals)]  # a stamp's own ink, cut at its box
    if full:
        regions += [(b, r, False) for b, r in _regions(pen, text_h, WIDE_GROUPING)]
    for box, region, usual in regions:
        if box[0] < edge or box[1] < edge or box[2] > w - edge or box[3] > h - edge:
            continue
        if any(_iou(box, c.box) >= 0.7 for c in out):
            continue
        if full:
            feats = signature_features(ink, box, region, text_h, lines, labels, seals)
        else:
            score = _shape_score(region, text_h, (w, h))
            feats = {"shape_score": -1.0 if score is None else score,
                     "near_label": 1.0 if any(_near(box, ln.box, text_h, w) for ln in labels) else 0.0}
        score = feats["shape_score"]
        find = verdict(box, None if score < 0 else score, bool(feats["near_label"])) if usual else None
        feats["rule"] = 1.0 if find is not None else 0.0
        out.append(Candidate("signature", box, "pen", feats, signature=find))
    return out


def _outside(pen: np.ndarray, seals: list[SealFind]) -> np.ndarray:
    cut = pen.copy()
    for seal in seals:
        x0, y0, x1, y1 = seal.box
        cut[max(0, y0):y1, max(0, x0):x1] = 0
    return cut


def _touches(a, b, gap: int = 2) -> bool:
    """Whether box ``a`` reaches within ``gap`` pixels of box ``b``."""
    return a[0] <= b[2] + gap and b[0] <= a[2] + gap and a[1] <= b[3] + gap and b[1] <= a[3] + gap


def signature_features(ink: InkImage, box, region: np.ndarray, text_h: float, lines: list[TextLine],
                       labels: list[TextLine], seals: list[SealFind]) -> dict[str, float]:
    h, w = ink.shape
    x0, y0, x1, y1 = box
    bh, bw = region.shape
    on = region > 0
    n_on = max(1, int(on.sum()))
    n, _, stats, _ = cv2.connectedComponentsWithStats(region, connectivity=8)
    longest = float(np.max(np.maximum(stats[1:, 2], stats[1:, 3]))) if n > 1 else 0.0
    contours, _ = cv2.findContours(region, cv2.RETR_EXTERNAL, cv2.CHAIN_APPROX_SIMPLE)
    filled = np.zeros_like(region)
    cv2.drawContours(filled, contours, -1, 255, -1)
    enclosed = (cv2.countNonZero(filled) - n_on) / float(max(1, bh * bw))
    skeleton = max(1.0, _skeleton_length(region))
    blue = ink.colour_mask("blue", "purple")[y0:y1, x0:x1][:bh, :bw] > 0
    coloured = ink.coloured[y0:y1, x0:x1][:bh, :bw] > 0
    chroma = ink.chroma[y0:y1, x0:x1][:bh, :bw][on & coloured] if coloured.shape == on.shape else np.array([])
    printed = np.zeros((bh, bw), bool)
    confs = []
    for line in lines:
        for (wx0, wy0, wx1, wy1), conf in line.words:
            ix0, iy0, ix1, iy1 = max(wx0, x0), max(wy0, y0), min(wx1, x1), min(wy1, y1)
            if ix1 > ix0 and iy1 > iy0:
                printed[iy0 - y0:iy1 - y0, ix0 - x0:ix1 - x0] = True
                confs.append(conf)
    in_seal = max((_overlap(box, s.box) for s in seals), default=0.0)
    score = _shape_score(region, text_h, (w, h))
    return {
        "width_t": bw / text_h, "height_t": bh / text_h, "width_p": bw / w,
        "cx": (x0 + x1) / 2 / w, "cy": (y0 + y1) / 2 / h,
        "density": float(on.mean()), "longest_t": longest / text_h, "components": float(min(n - 1, 100)),
        "enclosed": enclosed, "stroke_t": n_on / skeleton / text_h, "skeleton_t": skeleton / text_h,
        "blue": float((blue & on).sum()) / n_on if blue.shape == on.shape else 0.0,
        "coloured": float((coloured & on).sum()) / n_on if coloured.shape == on.shape else 0.0,
        "chroma": float(chroma.mean()) if chroma.size else 0.0,
        "near_label": 1.0 if any(_near(box, ln.box, text_h, w) for ln in labels) else 0.0,
        "printed": float((printed & on).sum()) / n_on, "printed_conf": float(np.mean(confs)) if confs else 0.0,
        "in_seal": in_seal, "shape_score": -1.0 if score is None else score, "rule": 0.0,
    }


def _overlap(a, b) -> float:
    """Share of box ``a`` inside box ``b``."""
    ix = max(0, min(a[2], b[2]) - max(a[0], b[0]))
    iy = max(0, min(a[3], b[3]) - max(a[1], b[1]))
    area = max(1, (a[2] - a[0]) * (a[3] - a[1]))
    return ix * iy / area


def vector(c: Candidate) -> list[float]:
    names = SEAL_FEATURES if c.kind == "seal" else SIGNATURE_FEATURES
    return [float(c.features[k]) for k in names]
