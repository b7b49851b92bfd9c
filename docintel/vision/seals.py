"""Find seals and stamps on a page image.

Colour alone fails on grey scans and fires on red letterheads; circle finders
alone fire all over dense text. So candidates come cheaply (connected blobs of
seal-coloured ink, and of any ink for grey pages) and each is *verified* by the
structure every seal has: a closed border (ring, oval or rectangle) that is
much denser than the paper just outside it, with text running round the inside
of a ring. A red title is a row of letters with no border; a red rule is a
line; a printed circle placeholder has an empty rim; a university emblem is a
ring filled with a picture; a table cell is a border crossed by more ruling.
"""
from __future__ import annotations

import math
from dataclasses import dataclass

import cv2
import numpy as np

from .ink import Colour, InkImage

# Seal sizes as fractions of the page's shorter side: personal name stamps are
# ~1.5 cm (0.07 of A4's width), contract seals 4-4.5 cm, big oval stamps 6 cm.
MIN_SIDE, MAX_SIDE = 0.055, 0.42
GREY_MIN_SIDE = 0.09  # without colour, rings smaller than ~2 cm on A4 are too like print to trust
MAX_ASPECT = 4.5  # rectangular stamps with several lines of text
RING_COVER = 0.62  # share of directions in which the border is inked
OVAL_ASPECT = 1.18  # axis ratio above which an ellipse is an oval, not a circle
RHOS = np.linspace(0.0, 1.4, 57)  # radii sampled, in units of the fitted border
ANGLES = 144
HOUGH_TRIES = 8
ARC_FILL = 0.25  # at most this share of a grey candidate's box is ink (an arc, not a word)
SEARCHED_COVER, SEARCHED_PEAK = 0.7, 3.0  # a searched circle must be a clearer ring than a fitted outline
SEARCHED_MIN_SIDE = 0.075  # and bigger than a title letter (official seals are 3.8-5 cm, 0.18+ of A4)  # circles verified per region, strongest first


@dataclass
class SealFind:
    """A verified seal, in working-image pixels."""

    box: tuple[int, int, int, int]
    shape: str  # round | oval | rectangle
    colour: Colour
    confidence: float
    ellipse: tuple | None = None  # ((cx, cy), (width, height), degrees), for reading the rim
    cover: float = 1.0  # share of the border that is inked


def find_seals(ink: InkImage) -> list[SealFind]:
    h, w = ink.shape
    short = min(h, w)
    lo, hi = MIN_SIDE * short, MAX_SIDE * short
    finds: list[SealFind] = []
    # blue and violet stamp inks shade into each other as they fade: one pass
    # for both, and the border's own pixels name the colour
    for colours in (("red",), ("blue", "purple")):
        mask = ink.colour_mask(*colours)
        if cv2.countNonZero(mask) < (lo * lo) * 0.05:
            continue
        # stamped ink is patchy: bridge small gaps before judging borders
        mask = cv2.dilate(mask, np.ones((3, 3), np.uint8))
        finds += _search(ink, mask, _long_marks(mask, lo * 0.08), lo, hi, coloured=True)
    # grey scans, photocopies, fax: rings of any ink. Letters are far smaller than
    # a ring's arcs, so only long marks are candidates; the text round the rim
    # is then looked for in the full mask.
    mask = ink.any_ink
    finds += _search(ink, mask, _long_marks(_without_rules(mask, lo), lo * 0.35, ARC_FILL), lo, hi, coloured=False)
    return _suppress(finds)


def _long_marks(mask: np.ndarray, min_extent: float, max_fill: float = 1.0) -> np.ndarray:
    """Connected marks at least ``min_extent`` long, and at most ``max_fill`` of
    their box inked: an arc of a ring is long and sparse, a printed word is dense."""
    x0, y0, x1, y1 = _inked_window(mask, 1)
    n, labels, stats, _ = cv2.connectedComponentsWithStats(mask[y0:y1, x0:x1], connectivity=8)
    keep = np.zeros(n, np.uint8)
    w, h, area = stats[1:, 2], stats[1:, 3], stats[1:, 4]
    keep[1:] = ((np.maximum(w, h) >= min_extent) & (area <= max_fill * w * h)).astype(np.uint8) * 255
    out = np.zeros_like(mask)
    out[y0:y1, x0:x1] = keep[labels]
    return out


def _inked_window(mask: np.ndarray, pad: int) -> tuple[int, int, int, int]:
    """The part of the page that holds ink, with a margin: seal colours are
    sparse, and whole-page passes over empty paper are most of the cost."""
    x, y, w, h = cv2.boundingRect(mask)
    H, W = mask.shape
    return max(0, x - pad), max(0, y - pad), min(W, x + w + pad), min(H, y + h + pad)


def _without_rules(mask: np.ndarray, lo: float) -> np.ndarray:
    """Table ruling and underlines removed: straight runs longer than a small seal."""
    k = max(15, int(lo * 1.2))
    across = cv2.morphologyEx(mask, cv2.MORPH_OPEN, cv2.getStructuringElement(cv2.MORPH_RECT, (k, 1)))
    down = cv2.morphologyEx(mask, cv2.MORPH_OPEN, cv2.getStructuringElement(cv2.MORPH_RECT, (1, k)))
    return cv2.subtract(mask, cv2.bitwise_or(across, down))


def _search(ink: InkImage, mask: np.ndarray, marks: np.ndarray, lo: float, hi: float, coloured: bool) -> list[SealFind]:
    """Group the long marks into regions; test each as a ring (fitted to its
    outline, then by a circle search inside it) and, in colour, as a rectangle."""
    if not cv2.countNonZero(marks):
        return []
    k = max(3, int(round(lo * 0.3)) | 1)
    wx, wy, wx1, wy1 = _inked_window(marks, k)
    grouped = cv2.morphologyEx(marks[wy:wy1, wx:wx1], cv2.MORPH_CLOSE,
                               cv2.getStructuringElement(cv2.MORPH_ELLIPSE, (k, k)))
    n, labels, stats, _ = cv2.connectedComponentsWithStats(grouped, connectivity=8)
    out: list[SealFind] = []
    for i in range(1, n):
        lx, ly, bw, bh, _area = stats[i]
        x, y = lx + wx, ly + wy
        if max(bw, bh) < lo or min(bw, bh) < lo * 0.5 or max(bw, bh) > hi * MAX_ASPECT:
            continue
        blob = (labels[ly:ly + bh, lx:lx + bw] == i).astype(np.uint8) * 255
        find = None
        if max(bw, bh) <= hi * 1.1 and max(bw, bh) / min(bw, bh) <= 2.2:
            find = _as_ring(ink, mask, blob, (x, y), coloured)
        if find is None and coloured:
            find = _as_rectangle(ink, mask, blob, (x, y))
        # (a row of touching colour seals can be wide; a grey seal joined to the
        # text it crosses is not much bigger than the seal)
        if (find is None or find.cover < 0.85) and min(bw, bh) >= lo and max(bw, bh) <= (3 if coloured else 1.6) * hi:
            # a weak fit may be two seals stamped touching, or a ring plus what crosses it
            circles = _circles_inside(ink, mask, marks, (x, y, bw, bh), lo, hi, coloured)
            if find is None or len(circles) > 1 or (circles and circles[0].cover > find.cover):
                out += _refit_rest(ink, mask, blob, (x, y), circles, coloured)
                continue
        if find is not None:
            out.append(find)
    return out


def _refit_rest(ink: InkImage, mask: np.ndarray, blob: np.ndarray, origin, circles: list[SealFind],
                coloured: bool) -> list[SealFind]:
    """An oval stamped touching a round seal: the circle search finds the round
    one cleanly and only arcs of the oval. Take the clean circles out of the
    region and fit what is left afresh."""
    clean = [c for c in circles if c.cover >= 0.9]
    if not clean or len(clean) == len(circles):
        return circles
    rest = blob.copy()
    x, y = origin
    for c in clean:
        (cx, cy), (ew, eh), deg = c.ellipse
        cv2.ellipse(rest, ((cx - x, cy - y), (ew * 1.08, eh * 1.08), deg), 0, -1)
    out = list(clean)
    n, labels, stats, _ = cv2.connectedComponentsWithStats(rest, connectivity=8)
    for i in range(1, n):
        bx, by, bw, bh, _ = stats[i]
        if min(bw, bh) < 0.5 * min(c.box[2] - c.box[0] for c in clean):
            continue
        part = (labels[by:by + bh, bx:bx + bw] == i).astype(np.uint8) * 255
        find = _as_ring(ink, mask, part, (x + bx, y + by), coloured)
        if find is not None and find.cover >= 0.8:
            out.append(find)
    weak = [c for c in circles if c.cover < 0.9 and all(_iou(c.box, f.box) < 0.1 for f in out)]
    return out + weak


# ------------------------------------------------------------------ rings
def _ellipse_maps(ellipse, rhos: np.ndarray, angles: int) -> tuple[np.ndarray, np.ndarray]:
    (cx, cy), (ew, eh), deg = ellipse
    a, b = ew / 2, eh / 2
    th = math.radians(deg)
    t = np.linspace(0, 2 * math.pi, angles, endpoint=False)
    ct, st = np.cos(t), np.sin(t)
    ux = a * ct * math.cos(th) - b * st * math.sin(th)
    uy = a * ct * math.sin(th) + b * st * math.cos(th)
    mx = (cx + rhos[:, None] * ux[None, :]).astype(np.float32)
    my = (cy + rhos[:, None] * uy[None, :]).astype(np.float32)
    return mx, my


def polar(mask: np.ndarray, ellipse, rhos: np.ndarray = RHOS, angles: int = ANGLES) -> np.ndarray:
    """Sample ``mask`` on rings of the ellipse: rows are radii, columns directions."""
    mx, my = _ellipse_maps(ellipse, rhos, angles)
    return cv2.remap(mask, mx, my, cv2.INTER_NEAREST, borderMode=cv2.BORDER_CONSTANT, borderValue=0) > 0


@dataclass
class RingScore:
    cover: float  # directions in which the border is inked
    peak: float  # border density over the density just outside it
    rim: float  # directions with ink inside the border (text round the rim)
    fill: float  # ink density of the centre
    density: float  # of the border itself
    inside: float  # density of the band just inside the border
    scale: float  # where the border really is, in units of the fitted ellipse


def ring_score(mask: np.ndarray, ellipse) -> RingScore:
    m = polar(mask, ellipse)
    density = m.mean(axis=1)
    band = (RHOS >= 0.8) & (RHOS <= 1.15)
    idx = np.flatnonzero(band)
    j = int(idx[np.argmax(density[idx])])
    scale = float(RHOS[j])
    near = (RHOS >= scale - 0.06) & (RHOS <= scale + 0.06)
    cover = float(m[near].any(axis=0).mean())
    outside = (RHOS >= scale + 0.1) & (RHOS <= scale + 0.25)
    peak = float(density[j] / max(0.02, density[outside].mean()))
    rim_rows = (RHOS >= 0.45 * scale) & (RHOS <= scale - 0.1)
    rim = float(m[rim_rows].any(axis=0).mean())
    centre = RHOS <= 0.42 * scale
    weights = RHOS[centre] + 1e-3
    fill = float((density[centre] * weights).sum() / weights.sum())
    inside = float(density[(RHOS >= scale - 0.25) & (RHOS <= scale - 0.12)].mean())
    return RingScore(cover, peak, rim, fill, float(density[j]), inside, scale)


def _fit_ellipse(blob: np.ndarray, origin: tuple[int, int]):
    contours, _ = cv2.findContours(blob, cv2.RETR_EXTERNAL, cv2.CHAIN_APPROX_NONE)
    pts = np.vstack(contours).reshape(-1, 2)
    hull = cv2.convexHull(pts).reshape(-1, 2)
    if len(hull) < 5:
        return None
    (cx, cy), (ew, eh), deg = cv2.fitEllipse(hull.astype(np.float32))
    return (cx + origin[0], cy + origin[1]), (ew, eh), deg


def _as_ring(ink: InkImage, mask: np.ndarray, blob: np.ndarray, origin, coloured: bool) -> SealFind | None:
    ellipse = _fit_ellipse(blob, origin)
    if ellipse is None or min(ellipse[1]) < 4:
        return None
    score = ring_score(mask, ellipse)
    (cx, cy), (ew, eh), deg = ellipse
    ellipse = ((cx, cy), (ew * score.scale, eh * score.scale), deg)
    if score.cover >= 0.55:
        ellipse, score = _refine(mask, ellipse, score)
    return _judge_ring(ink, mask, ellipse, score, coloured)


def _refine(mask: np.ndarray, ellipse, score: RingScore) -> tuple[tuple, RingScore]:
    """Nudge the centre: text crossing a ring pulls the fitted outline off it,
    and a ring judged a few pixels off looks fainter than it is."""
    (cx, cy), (ew, eh), deg = ellipse
    step = 0.03 * min(ew, eh)
    best = (score.cover * score.peak, ellipse, score)
    for dx in (-step, 0.0, step):
        for dy in (-step, 0.0, step):
            if dx == dy == 0.0:
                continue
            trial = ((cx + dx, cy + dy), (ew, eh), deg)
            s = ring_score(mask, trial)
            trial = (trial[0], (ew * s.scale, eh * s.scale), deg)
            if s.cover * s.peak > best[0]:
                best = (s.cover * s.peak, trial, s)
    return best[1], best[2]


def _judge_ring(ink: InkImage, mask: np.ndarray, ellipse, score: RingScore, coloured: bool) -> SealFind | None:
    # without colour to go on, only a clear ring counts: text blocks also have an
    # inked outline with paper outside, but not a border three times denser
    need_cover, need_peak = (RING_COVER, 1.8) if coloured else (0.65, 3.2)
    if score.cover < need_cover or score.peak < need_peak:
        return None
    if score.rim < (0.12 if coloured else 0.45):  # an empty rim: a printed placeholder, a letter O
        return None
    if not coloured and score.inside < 0.1:  # text in the middle only: a printed "(盖章处)" circle
        return None
    if not coloured and min(ellipse[1]) < GREY_MIN_SIDE * min(ink.shape):
        return None  # a small ring-like patch of print; copied official seals are 4 cm across
    if score.fill > 0.42:  # a filled picture: an emblem, a logo, a blot
        return None
    (cx, cy), (ew, eh), deg = ellipse
    aspect = max(ew, eh) / max(1.0, min(ew, eh))
    shape = "oval" if aspect > OVAL_ASPECT else "round"
    box = _ellipse_box(ellipse, ink.shape)
    # the colour of the border itself: text under the seal is black whatever the seal
    x0, y0, x1, y1 = box
    border = np.zeros((y1 - y0, x1 - x0), np.uint8)
    cv2.ellipse(border, ((ellipse[0][0] - x0, ellipse[0][1] - y0), ellipse[1], ellipse[2]), 255,
                max(3, int(min(ew, eh) * 0.06)))
    colour = ink.name_colour(cv2.bitwise_and(mask[y0:y1, x0:x1], border), box)
    conf = 0.5 + 0.25 * min(1.0, (score.cover - RING_COVER) / (1 - RING_COVER)) \
        + 0.15 * min(1.0, (score.peak - 1.8) / 3) + 0.1 * min(1.0, score.rim / 0.7)
    return SealFind(box, shape, colour, round(min(conf, 0.99), 3), ellipse, score.cover)


def _ellipse_box(ellipse, shape) -> tuple[int, int, int, int]:
    pts = cv2.ellipse2Poly((int(ellipse[0][0]), int(ellipse[0][1])),
                           (int(ellipse[1][0] / 2) + 1, int(ellipse[1][1] / 2) + 1), int(ellipse[2]), 0, 360, 5)
    x0, y0 = pts.min(axis=0)
    x1, y1 = pts.max(axis=0)
    h, w = shape
    return max(0, int(x0)), max(0, int(y0)), min(w, int(x1) + 1), min(h, int(y1) + 1)


def _circles_inside(ink: InkImage, mask: np.ndarray, marks: np.ndarray, rect, lo: float, hi: float,
                    coloured: bool) -> list[SealFind]:
    """A faded seal crossed by a signature, seals stamped touching each other, a
    grey seal's ring joined to the text it crosses: the region's outline is not
    the ring, so search circles inside it (the strongest few) and verify each."""
    x, y, bw, bh = rect
    pad = int(lo * 0.2)
    x0, y0 = max(0, x - pad), max(0, y - pad)
    x1, y1 = min(mask.shape[1], x + bw + pad), min(mask.shape[0], y + bh + pad)
    # searched at half size: the cost of a circle search grows with radius times
    # edge length, and the verification below is done at full size anyway
    roi = cv2.resize(marks[y0:y1, x0:x1], None, fx=0.5, fy=0.5, interpolation=cv2.INTER_AREA)
    roi = cv2.GaussianBlur(roi, (0, 0), 1.5)
    circles = cv2.HoughCircles(roi, cv2.HOUGH_GRADIENT, dp=1, minDist=lo * 0.25, param1=100, param2=12,
                               minRadius=int(SEARCHED_MIN_SIDE * min(ink.shape) / 4), maxRadius=int((min(hi, max(bw, bh)) / 2 + pad) / 2))
    out: list[SealFind] = []
    if circles is None:
        return out
    for cx, cy, r in circles.reshape(-1, 3)[:HOUGH_TRIES] * 2:
        ellipse = ((float(cx) + x0, float(cy) + y0), (2 * float(r), 2 * float(r)), 0.0)
        score = ring_score(mask, ellipse)
        ellipse = (ellipse[0], (2 * r * score.scale, 2 * r * score.scale), 0.0)
        if score.cover < SEARCHED_COVER or score.peak < SEARCHED_PEAK:
            continue  # a circle the search imagined in a row of letters
        find = _judge_ring(ink, mask, ellipse, score, coloured)
        if find and all(_iou(find.box, f.box) < 0.3 for f in out):
            out.append(find)
    return out


# ------------------------------------------------------------------ rectangles
def _as_rectangle(ink: InkImage, mask: np.ndarray, blob: np.ndarray, origin) -> SealFind | None:
    """A stamp with a border: ink along nearly all of the box's edge, text inside,
    and no ruling crossing the inside (which would make it a table cell)."""
    contours, _ = cv2.findContours(blob, cv2.RETR_EXTERNAL, cv2.CHAIN_APPROX_SIMPLE)
    rect = cv2.minAreaRect(np.vstack(contours).reshape(-1, 2).astype(np.float32))
    (cx, cy), (rw, rh), deg = rect
    if min(rw, rh) < 8:
        return None
    if rw < rh:  # the long side horizontal, whatever minAreaRect's angle convention
        rw, rh, deg = rh, rw, deg - 90
    W, H = int(round(rw)), int(round(rh))
    src = _corners((cx + origin[0], cy + origin[1]), rw, rh, deg)
    dst = np.array([[0, H - 1], [0, 0], [W - 1, 0], [W - 1, H - 1]], np.float32)
    to_strip = cv2.getPerspectiveTransform(src, dst)
    strip = cv2.warpPerspective(mask, to_strip, (W, H), flags=cv2.INTER_NEAREST) > 0
    # the border is where rows and columns are mostly ink; a signature or text
    # running out of the stamp only widens the region, not the border
    rows = np.flatnonzero(strip.mean(axis=1) > 0.55)
    cols = np.flatnonzero(strip.mean(axis=0) > 0.55)
    if len(rows) < 2 or len(cols) < 2:
        return None
    top, bottom, left, right = int(rows[0]), int(rows[-1]), int(cols[0]), int(cols[-1])
    if bottom - top < 0.35 * H or right - left < 0.35 * W or bottom - top < 8 or right - left < 8:
        return None
    strip = strip[top:bottom + 1, left:right + 1]
    H, W = strip.shape
    t = max(2, int(round(min(W, H) * 0.08)))
    edges = [strip[:t].any(axis=0), strip[-t:].any(axis=0), strip[:, :t].any(axis=1), strip[:, -t:].any(axis=1)]
    cover = float(np.mean(np.concatenate(edges)))
    if cover < 0.85 or min(e.mean() for e in edges) < 0.7:
        return None
    # each side a line of its own, not the ragged edge of a paragraph beside a rule
    sides = [strip[:t].mean(axis=1).max(), strip[-t:].mean(axis=1).max(),
             strip[:, :t].mean(axis=0).max(), strip[:, -t:].mean(axis=0).max()]
    if min(sides) < 0.75:
        return None
    inner = strip[2 * t:H - 2 * t, 2 * t:W - 2 * t]
    if inner.size == 0:
        return None
    fill = float(inner.mean())
    if not 0.03 <= fill <= 0.45:
        return None
    if _crossed(inner):
        return None  # ruling across the inside: a table cell or a form, not a stamp
    corners = np.array([[[left, bottom], [left, top], [right, top], [right, bottom]]], np.float32)
    quad = cv2.perspectiveTransform(corners, np.linalg.inv(to_strip))[0]
    x0, y0 = quad.min(axis=0)
    x1, y1 = quad.max(axis=0)
    h, w = ink.shape
    box = (max(0, int(x0)), max(0, int(y0)), min(w, int(x1) + 1), min(h, int(y1) + 1))
    inside = cv2.fillPoly(np.zeros((box[3] - box[1], box[2] - box[0]), np.uint8),
                          [(quad - np.float32(box[:2])).astype(np.int32)], 255)
    colour = ink.name_colour(cv2.bitwise_and(mask[box[1]:box[3], box[0]:box[2]], inside), box)
    conf = 0.55 + 0.4 * min(1.0, (cover - 0.85) / 0.15)
    return SealFind(box, "rectangle", colour, round(min(conf, 0.97), 3), None, cover)


def _crossed(inner: np.ndarray) -> bool:
    """A straight unbroken line over 80% of the inside, across or down."""
    img = inner.astype(np.uint8) * 255
    h, w = img.shape
    across = cv2.morphologyEx(img, cv2.MORPH_OPEN, cv2.getStructuringElement(cv2.MORPH_RECT, (max(3, int(w * 0.8)), 1)))
    down = cv2.morphologyEx(img, cv2.MORPH_OPEN, cv2.getStructuringElement(cv2.MORPH_RECT, (1, max(3, int(h * 0.8)))))
    return bool(cv2.countNonZero(across) or cv2.countNonZero(down))


def _corners(centre, w: float, h: float, deg: float) -> np.ndarray:
    """Bottom-left, top-left, top-right, bottom-right corners of a turned box."""
    c, s = math.cos(math.radians(deg)), math.sin(math.radians(deg))
    local = [(-w / 2, h / 2), (-w / 2, -h / 2), (w / 2, -h / 2), (w / 2, h / 2)]
    return np.array([(centre[0] + x * c - y * s, centre[1] + x * s + y * c) for x, y in local], np.float32)


# ------------------------------------------------------------------ merging
def _iou(a, b) -> float:
    ix = max(0, min(a[2], b[2]) - max(a[0], b[0]))
    iy = max(0, min(a[3], b[3]) - max(a[1], b[1]))
    inter = ix * iy
    union = (a[2] - a[0]) * (a[3] - a[1]) + (b[2] - b[0]) * (b[3] - b[1]) - inter
    return inter / union if union else 0.0


def _suppress(finds: list[SealFind]) -> list[SealFind]:
    """One seal, one find: keep the most confident of overlapping candidates."""
    kept: list[SealFind] = []
    for f in sorted(finds, key=lambda f: -f.confidence):
        if all(_iou(f.box, k.box) < 0.3 for k in kept):
            kept.append(f)
    return sorted(kept, key=lambda f: (f.box[1], f.box[0]))
