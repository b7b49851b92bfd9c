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
    shape: str = "round"  # round | oval | rectangle
    size_pt: float = 120.0  # diameter, or width for rectangles and ovals
    bottom: str | None = None  # e.g. 合同专用章
    center: str | None = None  # abbreviation in the middle of foreign seals
    star: bool = True
    font: str = "WQY"
    lines: list[str] = field(default_factory=list)  # extra lines of rectangles
    angle: float = 0.0
    party: str | None = None
    ring: float | None = None  # ring width as a fraction of the radius; None: the usual
    double: bool | None = None  # foreign seals: inner ring too (None: yes)
    fade: float = 0.0  # 0 sharp .. 1 barely there: little ink, dry gaps, one side lighter
    aspect: float = 0.68  # ovals: height / width
    serial: str | None = None  # ovals: the registration number along the bottom


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


def _rim_px(rim: str, font_name: str, px: int, length: float) -> int:
    """The largest glyph size (down from ``px``) at which ``rim`` fits round a rim of ``length``."""
    while px > 8:
        if sum(_glyph(ch, font_name, px).width * 0.92 for ch in rim) <= length:
            break
        px -= 1
    return px


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
    ring = max(2, int(r * (spec.ring or (0.055 if spec.color == "red" else 0.04))))
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
        if spec.double is not False:
            draw.ellipse([c - inner, c - inner, c + inner, c + inner], outline=255, width=max(2, ring // 2))
        rim = spec.text.upper() + " ★ "
        px = _rim_px(rim, spec.font, int(r * 0.16), 2 * math.pi * (r * 0.83) * 0.97)
        _arc_text(mask, rim, spec.font, px, c, c, r * 0.83 - px * 0.35, None)
        if spec.center:
            cpx = _fit_px(spec.center, spec.font, int(r * 0.3), inner * 1.6)
            font = pil_font(spec.font, cpx)
            tw = font.getlength(spec.center)
            draw.text((c - tw / 2, c - cpx * 0.75), spec.center, font=font, fill=255)
        if spec.star:
            _star(draw, c, c + r * 0.34, r * 0.12)
    return mask


def _ellipse_text(mask: Image.Image, text: str, font_name: str, px: int, cx: float, cy: float,
                  a: float, b: float, span_deg: float) -> None:
    """Text clockwise along the top of an ellipse (semi-axes a, b), each glyph upright to the rim."""
    glyphs = [_glyph(ch, font_name, px) for ch in text]
    span = math.radians(span_deg)
    # spread glyphs evenly by arc length, not by parameter angle
    ts = np.linspace(-span / 2, span / 2, 721)
    xy = np.stack([a * np.sin(ts), -b * np.cos(ts)], 1)
    seg = np.r_[0.0, np.cumsum(np.hypot(*np.diff(xy, axis=0).T))]
    for i, g in enumerate(glyphs):
        s_at = seg[-1] * (i + 0.5) / len(glyphs)
        th = float(np.interp(s_at, seg, ts))
        tangent = math.atan2(b * math.sin(th), a * math.cos(th))
        rot = g.rotate(-math.degrees(tangent), resample=Image.BICUBIC, expand=True)
        gx = cx + a * math.sin(th) - rot.width / 2
        gy = cy - b * math.cos(th) - rot.height / 2
        mask.paste(255, (int(round(gx)), int(round(gy))), rot)


def oval_seal_mask(spec: SealSpec) -> Image.Image:
    """Ink mask of an oval seal.

    Chinese ovals (财务专用章, 合同专用章 of some units): one ring, the unit's name
    along the upper rim, the seal's purpose straight across, a number below.
    Foreign ovals: two rings, the name all the way round, an abbreviation inside.
    """
    w = int(spec.size_pt * PX_PER_PT)
    h = int(w * spec.aspect)
    mask = Image.new("L", (w + 8, h + 8), 0)
    draw = ImageDraw.Draw(mask)
    cx, cy = (w + 8) / 2, (h + 8) / 2
    a, b = w / 2, h / 2
    ring = max(2, int(b * (spec.ring or 0.05)))
    draw.ellipse([cx - a, cy - b, cx + a, cy + b], outline=255, width=ring)
    if spec.font == "WQY":
        px = int(b * 0.3)
        _ellipse_text(mask, spec.text, "WQY", px, cx, cy, a - ring - px * 0.62, b - ring - px * 0.62,
                      min(250.0, max(150.0, 22.0 * len(spec.text))))
        if spec.bottom:
            bpx = _fit_px(spec.bottom, "WQY", int(b * 0.3), a * 1.05)
            font = pil_font("WQY", bpx)
            draw.text((cx - font.getlength(spec.bottom) / 2, cy - bpx * 0.2), spec.bottom, font=font, fill=255)
        if spec.serial:
            spx = _fit_px(spec.serial, "DejaVuSans", int(b * 0.17), a * 0.9)
            font = pil_font("DejaVuSans", spx)
            draw.text((cx - font.getlength(spec.serial) / 2, cy + b * 0.5), spec.serial, font=font, fill=255)
        if spec.star:
            _star(draw, cx, cy - b * 0.3, b * 0.16)
    else:
        ia, ib = a * 0.7, b * 0.58
        if spec.double is not False:
            draw.ellipse([cx - ia, cy - ib, cx + ia, cy + ib], outline=255, width=max(2, ring // 2))
        rim = spec.text.upper() + " ★ "
        px = _rim_px(rim, spec.font, int(b * 0.2), math.pi * (a + b) * 0.8 * 0.97)
        _ellipse_text(mask, rim, spec.font, px, cx, cy, a * 0.85 - px * 0.2, b * 0.8 - px * 0.35, 359.0)
        if spec.center:
            cpx = _fit_px(spec.center, spec.font, int(b * 0.36), ia * 1.6)
            font = pil_font(spec.font, cpx)
            draw.text((cx - font.getlength(spec.center) / 2, cy - cpx * 0.62), spec.center, font=font, fill=255)
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


def ink_texture(mask: Image.Image, color: str, rng: random.Random, fade: float = 0.0) -> Image.Image:
    """Colour the mask with uneven ink: pressure varies, small gaps where ink missed.

    fade > 0 is a dry or tilted stamp: less ink overall, wider gaps, and one
    side of the seal much lighter than the other.
    """
    nrng = np.random.default_rng(rng.getrandbits(32))
    m = np.asarray(mask, dtype=np.float32) / 255.0
    h, w = m.shape
    coarse = nrng.uniform(0.6, 1.0, size=(6, 6)).astype(np.float32)
    field_ = cv2.resize(coarse, (w, h), interpolation=cv2.INTER_CUBIC)
    fine = cv2.GaussianBlur(nrng.random((h, w)).astype(np.float32), (0, 0), 2.2)
    holes = (fine < np.quantile(fine, 0.1 + 0.3 * fade)).astype(np.float32)
    alpha = m * np.clip(field_, 0.5, 1.0) * (1.0 - 0.8 * holes)
    if fade:
        yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
        a = float(nrng.uniform(0, 2 * math.pi))
        ramp = math.cos(a) * xx / w + math.sin(a) * yy / h
        ramp = (ramp - ramp.min()) / max(1e-6, float(ramp.max() - ramp.min()))
        alpha = alpha * (1.0 - fade * (0.35 + 0.55 * ramp))
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
        mask = {"round": round_seal_mask, "oval": oval_seal_mask}.get(spec.shape, rect_stamp_mask)(spec)
        img = ink_texture(mask, spec.color, rng, spec.fade)
        rot = np.array(img.rotate(spec.angle, resample=Image.BICUBIC, expand=True))
        rot[..., :3] = INK[spec.color]  # one flat colour: only the alpha carries texture
        self.image = Image.fromarray(rot, "RGBA")
        self.hull = hull_points(np.asarray(self.image)[..., 3])
        self.over_signature = False

    def place(self, cx: float, cy: float, page: Page) -> None:
        w = self.image.width / PX_PER_PT
        h = self.image.height / PX_PER_PT
        cx = min(max(cx, w / 2 + 6), page.width - w / 2 - 6)
        x0, y0 = cx - w / 2, cy - h / 2
        page.ops.append(ImageOp(self.image, x0, y0, w, h))
        pts = [(x0 + float(px) / PX_PER_PT, y0 + float(py) / PX_PER_PT) for px, py in self.hull]
        page.marks.append(Mark("seal", pts, {
            "color": self.spec.color, "shape": self.spec.shape, "text": self.spec.text,
            "bottom_text": self.spec.bottom, "party": self.spec.party, "faded": self.spec.fade >= 0.3,
            "over_signature": self.over_signature}))


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
    """A handwritten-looking signature of a party's representative.

    Styles: ``scribble`` (a tall initial and loops), ``hanzi`` (a Chinese name
    written fast: 2–3 square tangles of short strokes) and ``cursive`` (a long
    flat line of loops with a big underline flourish). ``pen`` thin or thick
    sets the stroke width; ``drop`` moves it down onto the label line, so
    that it crosses the printed line or label as real signatures do.
    """

    def __init__(self, rng: random.Random, width: float | None = None, party: str | None = None,
                 ink: str | None = None, style: str | None = None, pen: str | None = None,
                 drop: float = 0.0):
        self.party = party
        self.style = style or "scribble"
        self.drop = drop
        self.box: tuple[float, float, float, float] | None = None
        if self.style == "hanzi":
            self.n_chars = rng.choice([2, 3, 3])
            cell = width / self.n_chars if width else rng.uniform(20, 30)
            self.width_pt = cell * self.n_chars * 1.05
            self.height_pt = cell * rng.uniform(0.95, 1.15)
        elif self.style == "cursive":
            self.width_pt = width or rng.uniform(115, 170)
            self.height_pt = self.width_pt * rng.uniform(0.16, 0.24)
        else:
            self.width_pt = width or rng.uniform(62, 115)
            self.height_pt = self.width_pt * rng.uniform(0.26, 0.42)
        self.pen = rng.uniform(0.8, 1.5)
        if pen == "thin":
            self.pen = rng.uniform(0.45, 0.75)
        elif pen == "thick":
            self.pen = rng.uniform(1.7, 2.6)
        self.ink = ink or rng.choice(["blue", "blue", "black"])
        self.strokes = {"hanzi": self._hanzi, "cursive": self._cursive}.get(self.style, self._strokes)(rng)

    def _hanzi(self, rng: random.Random) -> list[list[tuple]]:
        """Each character a roughly square tangle: a few bars, hooks and a sweep, run together."""
        h = self.height_pt
        cell = self.width_pt / self.n_chars / 1.05
        strokes = []
        for k in range(self.n_chars):
            x0 = k * cell * 1.05 + rng.uniform(-1.5, 1.5)
            y0 = rng.uniform(-0.08, 0.08) * h
            sc = rng.uniform(0.85, 1.05)
            for _ in range(rng.randint(4, 7)):
                kind = rng.random()
                if kind < 0.35:  # a horizontal bar, rising slightly
                    y = rng.uniform(0.1, 0.9) * cell
                    pts = [(rng.uniform(0.0, 0.3) * cell, y), (rng.uniform(0.7, 1.0) * cell, y - rng.uniform(0, 0.12) * cell)]
                elif kind < 0.6:  # a vertical, often with a hook
                    x = rng.uniform(0.2, 0.8) * cell
                    pts = [(x, rng.uniform(0.0, 0.25) * cell), (x + rng.uniform(-0.06, 0.06) * cell, rng.uniform(0.7, 1.0) * cell)]
                    if rng.random() < 0.5:
                        pts.append((pts[-1][0] - 0.15 * cell, pts[-1][1] - 0.12 * cell))
                elif kind < 0.8:  # a falling sweep
                    x = rng.uniform(0.3, 0.7) * cell
                    pts = [(x, rng.uniform(0.1, 0.4) * cell), (x - 0.2 * cell, 0.7 * cell), (x - 0.4 * cell, rng.uniform(0.85, 1.0) * cell)]
                else:  # a quick loop (cursive box or mouth radical)
                    cx, cy, r = rng.uniform(0.3, 0.7) * cell, rng.uniform(0.3, 0.7) * cell, rng.uniform(0.12, 0.25) * cell
                    pts = [(cx - r, cy - r), (cx + r, cy - r * 0.8), (cx + r * 0.8, cy + r), (cx - r, cy + r * 0.9),
                           (cx - r * 0.6, cy - r * 0.4)]
                pts = [(x0 + px * sc, y0 + py * sc) for px, py in pts]
                strokes.append(_catmull_rom(pts, rng.uniform(0.8, 1.3)))
            if k + 1 < self.n_chars and rng.random() < 0.6:  # the pen does not lift between characters
                a = (x0 + cell * 0.9, y0 + cell * rng.uniform(0.6, 0.95))
                b = (x0 + cell * 1.15, y0 + cell * rng.uniform(0.05, 0.3))
                strokes.append(_catmull_rom([a, ((a[0] + b[0]) / 2 + 2, (a[1] + b[1]) / 2), b], 1.0))
        return strokes

    def _cursive(self, rng: random.Random) -> list[list[tuple]]:
        """A long, flat run of small loops, then a sweeping underline back under the name."""
        w, h = self.width_pt, self.height_pt
        pts = [(0.0, h * rng.uniform(0.1, 0.4)), (w * 0.03, h * 0.85)]
        x = w * 0.04
        k = 0
        while x < w * 0.82:
            x += w * rng.uniform(0.018, 0.045)
            y = h * (rng.uniform(0.15, 0.45) if k % 2 else rng.uniform(0.6, 0.85))
            if rng.random() < 0.12:  # an ascender
                y = h * rng.uniform(-0.25, 0.0)
            pts.append((x, y))
            k += 1
        strokes = [_catmull_rom(pts, rng.uniform(1.1, 1.5))]
        end = pts[-1]
        fl = [end, (w * rng.uniform(0.9, 1.0), h * 0.95), (w * rng.uniform(0.55, 0.7), h * rng.uniform(1.15, 1.3)),
              (w * rng.uniform(0.1, 0.25), h * rng.uniform(1.1, 1.25)), (-w * rng.uniform(0.0, 0.05), h * rng.uniform(0.95, 1.1))]
        strokes.append(_catmull_rom(fl, 1.2))
        self.height_pt = h * 1.3
        return strokes

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
        y0 = baseline - self.height_pt * 0.85 + self.drop
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
        g = np.array(grown, dtype=np.float32)
        self.box = (float(g[:, 0].min()), float(g[:, 1].min()), float(g[:, 0].max()), float(g[:, 1].max()))
        page.marks.append(Mark("signature", grown, {"party": self.party, "ink": self.ink, "style": self.style,
                                                    "pen_pt": round(self.pen, 2)}))
