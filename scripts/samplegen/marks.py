"""Seals (stamps) and handwritten signatures, drawn as the labels will describe them.

Seals are raster images with an uneven ink texture, because that is what
both electronically sealed PDFs (an embedded picture) and scans show.
Signatures are pen strokes (cubic Béziers through jittered points). Each
placement records the ink's convex hull in page points, so the label bbox
follows the ink exactly through later skew, rotation and perspective.
"""
from __future__ import annotations

import math
import random
from dataclasses import dataclass, field

import cv2
import numpy as np
from PIL import Image, ImageDraw

from .fonts import pil_font
from .layout import ImageOp, Mark, Page, PathOp

PX_PER_PT = 2.4  # seal raster resolution (173 dpi): enough for 200-dpi scans, small PDFs
INK: dict[str, tuple[int, int, int]] = {
    "red": (212, 28, 36), "blue": (32, 58, 170), "purple": (104, 46, 150),
}
PEN: dict[str, tuple[float, float, float]] = {
    "blue": (0.08, 0.14, 0.52), "black": (0.08, 0.08, 0.1),
}


# ---------------------------------------------------------------- seals
@dataclass
class SealSpec:
    text: str  # rim text (round) or first line (rectangle)
    color: str = "red"
    shape: str = "round"  # round | rectangle
    size_pt: float = 120.0  # diameter, or width for rectangles
    bottom: str | None = None  # e.g. 合同专用章
    center: str | None = None  # abbreviation in the middle of foreign seals
    star: bool = True
    font: str = "WQY"
    lines: list[str] = field(default_factory=list)  # extra lines of rectangles
    angle: float = 0.0
    party: str | None = None


def _blank(size_px: int) -> tuple[Image.Image, ImageDraw.ImageDraw]:
    img = Image.new("L", (size_px, size_px), 0)
    return img, ImageDraw.Draw(img)


def _star(draw: ImageDraw.ImageDraw, cx: float, cy: float, r: float) -> None:
    pts = []
    for k in range(10):
        rad = r if k % 2 == 0 else r * 0.382
        a = -math.pi / 2 + k * math.pi / 5
        pts.append((cx + rad * math.cos(a), cy + rad * math.sin(a)))
    draw.polygon(pts, fill=255)


def _glyph(ch: str, font_name: str, px: int) -> Image.Image:
    font = pil_font(font_name, px)
    box = font.getbbox(ch)
    w = max(1, box[2] - box[0])
    img = Image.new("L", (w + 4, px + px // 3), 0)
    ImageDraw.Draw(img).text((2 - box[0], 0), ch, font=font, fill=255)
    return img


def _arc_text(mask: Image.Image, text: str, font_name: str, px: int, cx: float, cy: float,
              radius: float, span_deg: float | None) -> None:
    """Write text clockwise along the top of a circle, each glyph turned outward.

    span_deg None spaces glyphs by their own widths (Latin, Cyrillic); a value
    spreads them evenly over that angle (Chinese seals).
    """
    glyphs = [_glyph(ch, font_name, px) for ch in text]
    if span_deg is None:
        widths = [g.width * 0.92 for g in glyphs]
        angles = [w / radius for w in widths]
        total = sum(angles)
        theta = -total / 2
        centres = []
        for a in angles:
            centres.append(theta + a / 2)
            theta += a
    else:
        step = math.radians(span_deg) / max(1, len(glyphs))
        centres = [-math.radians(span_deg) / 2 + step * (i + 0.5) for i in range(len(glyphs))]
    for g, th in zip(glyphs, centres):
        rot = g.rotate(-math.degrees(th), resample=Image.BICUBIC, expand=True)
        gx = cx + radius * math.sin(th) - rot.width / 2
        gy = cy - radius * math.cos(th) - rot.height / 2
        mask.paste(255, (int(round(gx)), int(round(gy))), rot)


def _fit_px(text: str, font_name: str, px: int, max_w: float) -> int:
    while px > 8 and pil_font(font_name, px).getlength(text) > max_w:
        px -= 1
    return px


def round_seal_mask(spec: SealSpec) -> Image.Image:
    """Ink mask of a round seal: ring, rim text, star or centre text, bottom line."""
    size = int(spec.size_pt * PX_PER_PT) + 8
    mask, draw = _blank(size)
    c = size / 2
    r = spec.size_pt * PX_PER_PT / 2
    ring = max(3, int(r * (0.055 if spec.color == "red" else 0.04)))
    draw.ellipse([c - r, c - r, c + r, c + r], outline=255, width=ring)
    if spec.font == "WQY":  # Chinese official seal
        n = len(spec.text)
        span = min(290.0, max(150.0, 27.0 * n))
        arc = (r * 0.72) * math.radians(span) / n  # room per character along the rim
        px = int(min(r * 0.34, arc * 0.95))
        _arc_text(mask, spec.text, "WQY", px, c, c, r - ring - px * 0.62, span)
        if spec.star:
            _star(draw, c, c - r * 0.02, r * 0.3)
        if spec.bottom:
            bpx = _fit_px(spec.bottom, "WQY", int(r * 0.2), r * 1.1)
            tw = pil_font("WQY", bpx).getlength(spec.bottom)
            draw.text((c - tw / 2, c + r * 0.42), spec.bottom, font=pil_font("WQY", bpx), fill=255)
    else:  # foreign: double ring, text around, abbreviation in the middle
        inner = r * 0.66
        draw.ellipse([c - inner, c - inner, c + inner, c + inner], outline=255, width=max(2, ring // 2))
        rim = spec.text.upper() + " ★ "
        px = int(r * 0.16)
        while px > 8:
            width = sum(_glyph(ch, spec.font, px).width * 0.92 for ch in rim)
            if width <= 2 * math.pi * (r * 0.83) * 0.97:
                break
            px -= 1
        _arc_text(mask, rim, spec.font, px, c, c, r * 0.83 - px * 0.35, None)
        if spec.center:
            cpx = _fit_px(spec.center, spec.font, int(r * 0.3), inner * 1.6)
            font = pil_font(spec.font, cpx)
            tw = font.getlength(spec.center)
            draw.text((c - tw / 2, c - cpx * 0.75), spec.center, font=font, fill=255)
        if spec.star:
            _star(draw, c, c + r * 0.34, r * 0.12)
    return mask


def _split_name(name: str, max_chars: int = 30) -> list[str]:
    """Break a long unit name into two balanced lines, as stamp makers do."""
    if len(name) <= max_chars or " " not in name:
        return [name]
    words = name.split(" ")
    best = min(range(1, len(words)), key=lambda k: abs(len(" ".join(words[:k])) - len(" ".join(words[k:]))))
    return [" ".join(words[:best]), " ".join(words[best:])]


def rect_stamp_mask(spec: SealSpec) -> Image.Image:
    """Ink mask of a rectangular institutional stamp: double border, name, department."""
    w = int(spec.size_pt * PX_PER_PT)
    name_lines = _split_name(spec.text)
    lines = [(t, spec.font) for t in name_lines] + [(t, spec.font.replace("-Bold", "")) for t in spec.lines]
    line_h = w * 0.085
    h = int(line_h * len(lines) + w * 0.12)
    mask = Image.new("L", (w + 8, h + 8), 0)
    draw = ImageDraw.Draw(mask)
    draw.rectangle([4, 4, w + 3, h + 3], outline=255, width=max(3, w // 80))
    draw.rectangle([11, 11, w - 4, h - 4], outline=255, width=max(2, w // 220))
    y = (h + 8 - line_h * len(lines)) / 2
    for text, font_name in lines:
        px = _fit_px(text, font_name, int(line_h * 0.72), w - 34)
        font = pil_font(font_name, px)
        draw.text(((w + 8 - font.getlength(text)) / 2, y + (line_h - px) / 2), text, font=font, fill=255)
        y += line_h
    return mask


def ink_texture(mask: Image.Image, color: str, rng: random.Random) -> Image.Image:
    """Colour the mask with uneven ink: pressure varies, small gaps where ink missed."""
    nrng = np.random.default_rng(rng.getrandbits(32))
    m = np.asarray(mask, dtype=np.float32) / 255.0
    h, w = m.shape
    coarse = nrng.uniform(0.6, 1.0, size=(6, 6)).astype(np.float32)
    field_ = cv2.resize(coarse, (w, h), interpolation=cv2.INTER_CUBIC)
    fine = cv2.GaussianBlur(nrng.random((h, w)).astype(np.float32), (0, 0), 2.2)
    holes = (fine < np.quantile(fine, 0.1)).astype(np.float32)
    alpha = m * np.clip(field_, 0.5, 1.0) * (1.0 - 0.8 * holes)
    alpha = cv2.GaussianBlur(alpha, (0, 0), 0.6) * rng.uniform(0.85, 0.97)
    alpha = np.round(alpha * 8) / 8  # few levels: the embedded image stays small
    rgba = np.zeros((h, w, 4), dtype=np.uint8)
    rgba[..., :3] = INK[color]
    rgba[..., 3] = np.clip(alpha * 255, 0, 255).astype(np.uint8)
    return Image.fromarray(rgba, "RGBA")


def hull_points(alpha: np.ndarray, threshold: int = 40) -> np.ndarray:
    """Convex hull (N×2, x y in pixels) of the visible ink."""
    ys, xs = np.nonzero(alpha > threshold)
    pts = np.stack([xs, ys], axis=1).astype(np.float32)
    return cv2.convexHull(pts).reshape(-1, 2)


class Seal:
    """A stamp ready to be placed; also what the label says about it."""

    def __init__(self, spec: SealSpec, rng: random.Random):
        self.spec = spec
        mask = round_seal_mask(spec) if spec.shape == "round" else rect_stamp_mask(spec)
        img = ink_texture(mask, spec.color, rng)
        rot = np.array(img.rotate(spec.angle, resample=Image.BICUBIC, expand=True))
        rot[..., :3] = INK[spec.color]  # one flat colour: only the alpha carries texture
        self.image = Image.fromarray(rot, "RGBA")
        self.hull = hull_points(np.asarray(self.image)[..., 3])

    def place(self, cx: float, cy: float, page: Page) -> None:
        w = self.image.width / PX_PER_PT
        h = self.image.height / PX_PER_PT
        cx = min(max(cx, w / 2 + 6), page.width - w / 2 - 6)
        x0, y0 = cx - w / 2, cy - h / 2
        page.ops.append(ImageOp(self.image, x0, y0, w, h))
        pts = [(x0 + float(px) / PX_PER_PT, y0 + float(py) / PX_PER_PT) for px, py in self.hull]
        page.marks.append(Mark("seal", pts, {
            "color": self.spec.color, "shape": self.spec.shape, "text": self.spec.text,
            "bottom_text": self.spec.bottom, "party": self.spec.party}))


# ---------------------------------------------------------------- signatures
def _catmull_rom(points: list[tuple[float, float]], tension: float) -> list[tuple]:
    """Cubic Bézier segments through the points: the pen moves smoothly."""
    segs = []
    pts = [points[0], *points, points[-1]]
    for i in range(1, len(pts) - 2):
        p0, p1, p2, p3 = pts[i - 1], pts[i], pts[i + 1], pts[i + 2]
        c1 = (p1[0] + (p2[0] - p0[0]) * tension / 6, p1[1] + (p2[1] - p0[1]) * tension / 6)
        c2 = (p2[0] - (p3[0] - p1[0]) * tension / 6, p2[1] - (p3[1] - p1[1]) * tension / 6)
        segs.append((p1, c1, c2, p2))
    return segs


def _bezier_points(seg: tuple, n: int = 16) -> list[tuple[float, float]]:
    (x0, y0), (x1, y1), (x2, y2), (x3, y3) = seg
    out = []
    for k in range(n + 1):
        t = k / n
        a, b, c, d = (1 - t) ** 3, 3 * t * (1 - t) ** 2, 3 * t * t * (1 - t), t ** 3
        out.append((a * x0 + b * x1 + c * x2 + d * x3, a * y0 + b * y1 + c * y2 + d * y3))
    return out


class Signature:
    """A handwritten-looking signature of a party's representative."""

    def __init__(self, rng: random.Random, width: float | None = None, party: str | None = None,
                 ink: str | None = None):
        self.party = party
        self.width_pt = width or rng.uniform(62, 115)
        self.height_pt = self.width_pt * rng.uniform(0.26, 0.42)
        self.pen = rng.uniform(0.8, 1.5)
        self.ink = ink or rng.choice(["blue", "blue", "black"])
        self.strokes = self._strokes(rng)

    def _strokes(self, rng: random.Random) -> list[list[tuple]]:
        w, h = self.width_pt, self.height_pt
        strokes = []
        # a tall initial, then a run of loops drifting to the right
        n = rng.randint(7, 13)
        pts = [(0.0, h * rng.uniform(0.55, 0.9)), (w * rng.uniform(0.05, 0.12), 0.0),
               (w * rng.uniform(0.08, 0.16), h * rng.uniform(0.75, 1.0))]
        x = pts[-1][0]
        for k in range(n):
            x += w * rng.uniform(0.03, 0.1) * (1 if rng.random() > 0.18 else -0.6)
            y = h * (rng.uniform(0.3, 0.55) if k % 2 else rng.uniform(0.65, 0.95))
            pts.append((min(max(x, 0.0), w * 0.92), y))
        strokes.append(_catmull_rom(pts, rng.uniform(0.9, 1.4)))
        if rng.random() < 0.75:  # flourish under or through the name
            y0 = h * rng.uniform(0.7, 1.0)
            fl = [(w * rng.uniform(0.0, 0.2), y0), (w * rng.uniform(0.4, 0.6), y0 + h * rng.uniform(-0.15, 0.1)),
                  (w * rng.uniform(0.85, 1.0), y0 - h * rng.uniform(0.1, 0.5))]
            strokes.append(_catmull_rom(fl, 1.0))
        if rng.random() < 0.4:  # a dot or short tick
            cx, cy = w * rng.uniform(0.3, 0.8), h * rng.uniform(0.0, 0.2)
            strokes.append(_catmull_rom([(cx, cy), (cx + 2.5, cy + 1.5)], 1.0))
        return strokes

    def place(self, x: float, baseline: float, page: Page) -> None:
        """Put the signature with its lower edge near the baseline of the label line."""
        x = min(x, page.width - self.width_pt - 10)
        y0 = baseline - self.height_pt * 0.85
        moved = [[tuple((px + x, py + y0) for px, py in seg) for seg in stroke] for stroke in self.strokes]
        page.ops.append(PathOp(moved, self.pen, PEN[self.ink]))
        pts: list[tuple[float, float]] = []
        for stroke in moved:
            for seg in stroke:
                pts.extend(_bezier_points(seg))
        arr = np.array(pts, dtype=np.float32)
        pad = self.pen / 2
        hull = cv2.convexHull(arr).reshape(-1, 2)
        grown = [(float(px) + dx, float(py) + dy) for px, py in hull for dx, dy in
                 ((-pad, -pad), (pad, pad), (-pad, pad), (pad, -pad))]
        page.marks.append(Mark("signature", grown, {"party": self.party, "ink": self.ink}))
