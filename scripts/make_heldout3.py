#!/usr/bin/env python3
"""Generator for the independent held-out evaluation set ``heldout3/``.

Rebuild (deterministic, fixed seeds; the whole folder is wiped and rewritten):

    python -m venv /tmp/h3venv
    /tmp/h3venv/bin/pip install reportlab pillow numpy opencv-python-headless
    /tmp/h3venv/bin/python scripts/make_heldout3.py            # -> heldout3/

Fonts: Debian fonts-wqy-zenhei (CJK) and fonts-dejavu (Latin / Cyrillic).

Every page is laid out once as a list of drawing operations in PDF points
(A4, origin top-left).  A page is then either rasterised (PIL), stamped and
signed (numpy / OpenCV ink compositing), degraded as a colour scan or as a
grey photocopy, warped (skew) and embedded as a JPEG, or written as a born
digital text page (reportlab) with the stamp / signature images on top.
The bounding boxes in labels.json are measured from per-mark masks that go
through exactly the same warp as the page pixels.
"""
import json
import math
import os
import shutil
import sys
from dataclasses import dataclass, field

import cv2
import numpy as np
from PIL import Image, ImageDraw, ImageFont
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas as rl_canvas

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "heldout3")
PW, PH = 595.28, 841.89  # A4 in points

WQY = "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc"
DJV = "/usr/share/fonts/truetype/dejavu/"
FONT_FILES = {
    "zh": (WQY, 0), "zhmono": (WQY, 2),
    "serif": (DJV + "DejaVuSerif.ttf", 0), "serifb": (DJV + "DejaVuSerif-Bold.ttf", 0),
    "serifi": (DJV + "DejaVuSerif-Italic.ttf", 0),
    "serifc": (DJV + "DejaVuSerifCondensed.ttf", 0), "serifcb": (DJV + "DejaVuSerifCondensed-Bold.ttf", 0),
    "sans": (DJV + "DejaVuSans.ttf", 0), "sansb": (DJV + "DejaVuSans-Bold.ttf", 0),
    "sansc": (DJV + "DejaVuSansCondensed.ttf", 0), "sanscb": (DJV + "DejaVuSansCondensed-Bold.ttf", 0),
    "mono": (DJV + "DejaVuSansMono.ttf", 0),
}
_font_cache = {}


def pil_font(name, px):
    px = max(4, int(round(px)))
    key = (name, px)
    if key not in _font_cache:
        path, idx = FONT_FILES[name]
        _font_cache[key] = ImageFont.truetype(path, px, index=idx)
    return _font_cache[key]


def text_width(s, font, size):
    """Width in points of string s at font size (points)."""
    return pil_font(font, 200).getlength(s) * size / 200.0


_rl_registered = set()


def rl_font(name):
    if name not in _rl_registered:
        path, idx = FONT_FILES[name]
        pdfmetrics.registerFont(TTFont("h3_" + name, path, subfontIndex=idx))
        _rl_registered.add(name)
    return "h3_" + name


# --------------------------------------------------------------------------------------------
# Page model
# --------------------------------------------------------------------------------------------
@dataclass
class TextOp:
    x: float
    y: float  # baseline, points from top
    s: str
    font: str
    size: float
    color: tuple = (0, 0, 0)
    bold: bool = False  # faux bold (stroke) for CJK
    red: bool = False   # counts as red printed text (labelled)


@dataclass
class LineOp:
    x0: float
    y0: float
    x1: float
    y1: float
    w: float = 0.6
    color: tuple = (0, 0, 0)
    red: bool = False


@dataclass
class RectOp:
    x0: float
    y0: float
    x1: float
    y1: float
    w: float = 0.6
    color: tuple = (0, 0, 0)


@dataclass
class Mark:
    kind: str          # seal | signature | tick
    x: float           # top-left in points
    y: float
    spec: dict
    label: dict        # partial label (colour, shape, over...)


@dataclass
class Page:
    form: str = "scan"          # scan | photocopy | text
    dpi: int = 200
    langs: tuple = ("zh",)
    ops: list = field(default_factory=list)
    marks: list = field(default_factory=list)

    def text(self, x, y, s, font="zh", size=11, color=(0, 0, 0), bold=False, red=False):
        self.ops.append(TextOp(x, y, s, font, size, color, bold, red))
        return x + text_width(s, font, size)

    def line(self, x0, y0, x1, y1, w=0.6, color=(0, 0, 0), red=False):
        self.ops.append(LineOp(x0, y0, x1, y1, w, color, red))

    def rect(self, x0, y0, x1, y1, w=0.6, color=(0, 0, 0)):
        self.ops.append(RectOp(x0, y0, x1, y1, w, color))


def is_cjk(ch):
    o = ord(ch)
    return 0x2E80 <= o <= 0x9FFF or 0xF900 <= o <= 0xFAFF or 0xFF00 <= o <= 0xFFEF or 0x3000 <= o <= 0x303F


def wrap(s, font, size, width):
    """Greedy wrap; CJK may break anywhere, Latin/Cyrillic at spaces."""
    lines, cur = [], ""
    tokens = []
    buf = ""
    for ch in s:
        if is_cjk(ch):
            if buf:
                tokens.append(buf)
                buf = ""
            tokens.append(ch)
        elif ch == " ":
            buf += ch
            tokens.append(buf)
            buf = ""
        else:
            buf += ch
    if buf:
        tokens.append(buf)
    for t in tokens:
        if text_width(cur + t, font, size) <= width or not cur:
            cur += t
        else:
            # do not start a line with closing punctuation
            if t and t[0] in "，。；：、）》”" and len(cur) > 1:
                lines.append(cur[:-1])
                cur = cur[-1] + t
            elif cur and cur[-1] in "（《“" and len(cur) > 1:
                lines.append(cur[:-1])
                cur = cur[-1] + t
            else:
                lines.append(cur.rstrip())
                cur = t
    if cur.strip():
        lines.append(cur.rstrip())
    return lines


# --------------------------------------------------------------------------------------------
# Ink helpers
# --------------------------------------------------------------------------------------------
INKS = {
    "red": (0.80, 0.10, 0.14), "red2": (0.86, 0.20, 0.16), "blue": (0.16, 0.26, 0.66),
    "purple": (0.45, 0.20, 0.58), "pen_black": (0.08, 0.08, 0.10), "pen_blue": (0.10, 0.20, 0.62),
    "pen_blue2": (0.18, 0.22, 0.52),
}


def smooth_noise(rng, h, w, cells):
    small = rng.random((max(2, h // cells), max(2, w // cells))).astype(np.float32)
    return cv2.resize(small, (w, h), interpolation=cv2.INTER_CUBIC)


def ink_texture(design, rng, strength=0.9, fade=0.0, holes=0.06):
    """Turn a clean stamp design (0..1) into an uneven, partly faded impression."""
    h, w = design.shape
    low = smooth_noise(rng, h, w, max(8, w // 5))
    low = (low - low.min()) / (np.ptp(low) + 1e-6)
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    ang = rng.uniform(0, 2 * math.pi)
    ramp = (np.cos(ang) * (xx / w - 0.5) + np.sin(ang) * (yy / h - 0.5)) + 0.5
    ink = (0.45 + 0.55 * low) * (0.55 + 0.45 * np.clip(ramp, 0, 1) ** 0.7)
    ink = ink * (1.0 - fade)
    grain = cv2.GaussianBlur(rng.standard_normal((h, w)).astype(np.float32), (0, 0), 0.9)
    grain = grain / (grain.std() + 1e-6)
    ink = ink * np.where(grain < -1.6 + holes * 4, 0.25, 1.0) * (1 + 0.12 * grain)
    d = cv2.GaussianBlur(design.astype(np.float32), (0, 0), 0.7)
    return np.clip(d * ink * strength * 1.25, 0, 1)


def glyph(ch, font, px, bold=0, squeeze=1.0):
    f = pil_font(font, px)
    size = int(px * 1.6) + 4
    im = Image.new("L", (size, size), 0)
    d = ImageDraw.Draw(im)
    d.text((size / 2, size / 2), ch, font=f, fill=255, anchor="mm", stroke_width=bold, stroke_fill=255)
    if squeeze != 1.0:
        im = im.resize((max(1, int(size * squeeze)), size), Image.LANCZOS)
    return im


def paste_rot(canvas, g, cx, cy, deg):
    r = g.rotate(deg, resample=Image.BICUBIC, expand=True)
    canvas.paste(255, (int(round(cx - r.width / 2)), int(round(cy - r.height / 2))), r)


def star_points(cx, cy, R, n=5, inner=0.38, rot=-90):
    pts = []
    for i in range(2 * n):
        rr = R if i % 2 == 0 else R * inner
        a = math.radians(rot + i * 180.0 / n)
        pts.append((cx + rr * math.cos(a), cy + rr * math.sin(a)))
    return pts


def curve_text(canvas, text, font, px, cx, cy, rx, ry, a0, a1, outward=True, bold=0, squeeze=1.0):
    """Lay characters along an ellipse.  Angles in degrees measured clockwise from 12 o'clock.
    outward=True: glyph tops point away from the centre (upper arc, read clockwise);
    outward=False: tops point to the centre (lower arc, read left to right, a0 > a1)."""
    n = len(text)
    for i, ch in enumerate(text):
        if ch == " ":
            continue
        t = a0 + (a1 - a0) * (i + 0.5) / n
        th = math.radians(t)
        x = cx + rx * math.sin(th)
        y = cy - ry * math.cos(th)
        # tangent direction (clockwise)
        tx, ty = rx * math.cos(th), ry * math.sin(th)
        rot = math.degrees(math.atan2(ty, tx))
        if not outward:
            rot += 180
        paste_rot(canvas, glyph(ch, font, px, bold, squeeze), x, y, -rot)


def render_seal(spec, dpi, rng):
    """Returns (alpha, design) float arrays for the stamp, size depends on spec."""
    S = 3  # supersampling
    mm = dpi / 25.4 * S
    kind = spec["shape"]
    if kind == "rectangle":
        wmm, hmm = spec.get("size_mm", (48, 16))
        W, H = int(wmm * mm), int(hmm * mm)
        pad = int(2 * mm)
        im = Image.new("L", (W + 2 * pad, H + 2 * pad), 0)
        d = ImageDraw.Draw(im)
        bw = int(spec.get("border_mm", 0.9) * mm)
        d.rectangle([pad, pad, pad + W, pad + H], outline=255, width=bw)
        if spec.get("double"):
            d.rectangle([pad + 2 * bw, pad + 2 * bw, pad + W - 2 * bw, pad + H - 2 * bw], outline=255, width=max(1, bw // 2))
        lines = spec["lines"]
        fpx = spec.get("font_mm", 4.2) * mm
        total = len(lines) * fpx * 1.25
        for i, ln in enumerate(lines):
            f = pil_font(spec.get("font", "zh"), fpx)
            y = pad + H / 2 - total / 2 + fpx * 1.25 * (i + 0.5)
            d.text((pad + W / 2, y), ln, font=f, fill=255, anchor="mm", stroke_width=int(0.035 * fpx))
    else:
        dmm = spec.get("diameter_mm", 42)
        ratio = spec.get("ratio", 1.0 if kind == "round" else 0.68)
        W = int(dmm * mm)
        H = int(dmm * mm * ratio)
        pad = int(2 * mm)
        im = Image.new("L", (W + 2 * pad, H + 2 * pad), 0)
        d = ImageDraw.Draw(im)
        cx, cy = pad + W / 2, pad + H / 2
        bw = int(spec.get("border_mm", 1.2) * mm)
        d.ellipse([pad, pad, pad + W, pad + H], outline=255, width=bw)
        rx, ry = W / 2, H / 2
        if spec.get("inner_ring"):
            k = spec["inner_ring"]
            iw = max(2, bw // 2)
            d.ellipse([cx - rx * k, cy - ry * k, cx + rx * k, cy + ry * k], outline=255, width=iw)
        style = spec.get("style", "cn")
        font = spec.get("font", "zh")
        if style == "cn":
            top = spec["top"]
            fpx = spec.get("font_mm", dmm * 0.15) * mm
            span = spec.get("span", min(250, 22 * len(top) + 40))
            curve_text(im, top, font, fpx, cx, cy, rx - bw - fpx * 0.62, ry - bw - fpx * 0.62,
                       -span / 2, span / 2, True, bold=int(fpx * 0.04), squeeze=0.78)
        else:
            top = spec["top"]
            fpx = spec.get("font_mm", 3.2) * mm
            rr = spec.get("text_r", 0.84)
            span = spec.get("span", 200)
            curve_text(im, top, font, fpx, cx, cy, rx * rr, ry * rr, -span / 2, span / 2, True, bold=int(fpx * 0.03))
            if spec.get("bottom_arc"):
                bs = spec.get("bspan", 120)
                curve_text(im, spec["bottom_arc"], font, fpx, cx, cy, rx * rr, ry * rr,
                           180 + bs / 2, 180 - bs / 2, False, bold=int(fpx * 0.03))
        centre = spec.get("center", "star")
        if centre == "star":
            R = min(rx, ry) * spec.get("star_k", 0.26)
            d.polygon(star_points(cx, cy - (0 if style != "cn" else ry * 0.05), R), fill=255)
        elif centre == "sun":
            R = min(rx, ry) * 0.18
            d.ellipse([cx - R, cy - R, cx + R, cy + R], outline=255, width=max(2, bw // 2))
            for i in range(16):
                a = math.radians(i * 22.5)
                d.line([cx + R * 1.25 * math.cos(a), cy + R * 1.25 * math.sin(a),
                        cx + R * 1.9 * math.cos(a), cy + R * 1.9 * math.sin(a)], fill=255, width=max(2, bw // 2))
        elif centre == "star8":
            R = min(rx, ry) * 0.24
            d.polygon(star_points(cx, cy, R, n=8, inner=0.55), outline=255, width=max(2, bw // 2))
            d.ellipse([cx - R * 0.3, cy - R * 0.3, cx + R * 0.3, cy + R * 0.3], fill=255)
        elif centre == "shield":
            R = min(rx, ry) * 0.26
            pts = [(cx - R, cy - R), (cx + R, cy - R), (cx + R, cy + R * 0.2), (cx, cy + R * 1.1), (cx - R, cy + R * 0.2)]
            d.polygon(pts, outline=255, width=max(2, bw // 2))
            d.polygon(star_points(cx, cy - R * 0.15, R * 0.5), fill=255)
        for i, ln in enumerate(spec.get("middle", [])):
            fp = spec.get("mid_mm", 3.0) * mm
            y = cy + spec.get("mid_off", 0.0) * ry + i * fp * 1.25
            d.text((cx, y), ln, font=pil_font(spec.get("mid_font", font), fp), fill=255, anchor="mm",
                   stroke_width=int(fp * 0.05))
        if spec.get("bottom"):
            fp = spec.get("bottom_mm", dmm * 0.10) * mm
            d.text((cx, cy + ry * spec.get("bottom_off", 0.52)), spec["bottom"], font=pil_font(font, fp),
                   fill=255, anchor="mm", stroke_width=int(fp * 0.05))
    a = np.asarray(im, dtype=np.float32) / 255.0
    a = cv2.resize(a, (im.width // S, im.height // S), interpolation=cv2.INTER_AREA)
    if spec.get("rotate"):
        h, w = a.shape
        side = int(math.hypot(h, w)) + 4
        big = np.zeros((side, side), np.float32)
        big[(side - h) // 2:(side - h) // 2 + h, (side - w) // 2:(side - w) // 2 + w] = a
        M = cv2.getRotationMatrix2D((side / 2, side / 2), spec["rotate"], 1.0)
        a = cv2.warpAffine(big, M, (side, side), flags=cv2.INTER_LINEAR)
    design = (a > 0.15).astype(np.float32)
    alpha = ink_texture(a, rng, strength=spec.get("strength", 0.9), fade=spec.get("fade", 0.0),
                        holes=spec.get("holes", 0.06))
    return alpha, design


# --------------------------------------------------------------------------------------------
# Ballpoint signatures (stroke model, y axis up in signature units, x-height = 1)
# --------------------------------------------------------------------------------------------
CAPS = {
    "A": [[(0, 0), (0.6, 2.4), (1.2, 0)], [(0.2, 0.9), (1.1, 1.05)]],
    "B": [[(0.1, 0), (0, 2.4)], [(-0.2, 2.2), (0.6, 2.45), (0.9, 1.9), (0.1, 1.3), (1.0, 1.0), (0.9, 0.2), (0, 0)]],
    "D": [[(0.1, 2.4), (0, 0)], [(-0.3, 2.2), (0.7, 2.3), (1.2, 1.3), (0.8, 0.2), (-0.1, 0.05)]],
    "E": [[(1.0, 2.2), (0.4, 2.4), (0.2, 1.8), (0.6, 1.3), (0.0, 0.9), (0.1, 0.1), (0.8, 0.0), (1.1, 0.4)]],
    "K": [[(0.1, 0), (0.05, 2.4)], [(1.0, 2.4), (0.1, 1.1), (1.2, -0.1)]],
    "M": [[(0, 0), (0.25, 2.4), (0.6, 0.7), (0.95, 2.4), (1.25, 0)]],
    "N": [[(0, 0), (0.1, 2.4), (0.9, 0.0), (1.05, 2.4)]],
    "R": [[(0, 0), (0.05, 2.4), (0.85, 2.2), (0.8, 1.4), (0.05, 1.2), (1.05, -0.1)]],
    "S": [[(1.0, 2.1), (0.55, 2.45), (0.05, 1.95), (0.9, 0.95), (0.6, 0.05), (-0.05, 0.3)]],
    "T": [[(0, 2.35), (1.35, 2.45)], [(0.7, 2.4), (0.55, 0)]],
    "G": [[(1.0, 2.1), (0.5, 2.4), (0.0, 1.4), (0.3, 0.1), (1.0, 0.3), (1.0, 1.0), (0.6, 1.0)]],
    "Z": [[(0, 2.4), (1.1, 2.4), (0, 0), (1.2, 0.05)]],
    "Б": [[(1.0, 2.45), (0.05, 2.4), (0, 0), (0.8, 0.1), (1.0, 0.7), (0.7, 1.3), (0.0, 1.3)]],
    "Д": [[(-0.1, -0.5), (0, 0), (1.3, 0), (1.4, -0.5)], [(0.15, 0), (0.4, 2.4), (1.05, 2.4), (1.05, 0)]],
    "Ж": [[(0, 0), (0.65, 1.2), (0.05, 2.4)], [(0.75, 0), (0.75, 2.4)], [(1.45, 2.4), (0.85, 1.2), (1.5, 0)]],
    "И": [[(0, 2.4), (0, 0), (1.0, 2.4), (1.05, 0)]],
    "Л": [[(-0.1, 0), (0.3, 0.4), (0.5, 2.4), (1.15, 2.4), (1.15, 0)]],
    "П": [[(0, 0), (0, 2.4), (1.05, 2.4), (1.05, 0)]],
    "Г": [[(0, 0), (0.05, 2.4), (1.05, 2.45)]],
    "Ш": [[(0, 2.4), (0, 0), (1.6, 0), (1.6, 2.4)], [(0.8, 2.4), (0.8, 0)]],
    "L": [[(0.3, 2.3), (0.1, 2.45), (0.05, 1.2), (0.0, 0.0), (1.1, 0.05)]],
    "Р": [[(0, -0.3), (0.05, 2.4), (0.85, 2.2), (0.8, 1.4), (0.05, 1.2)]],
    "С": [[(1.0, 2.1), (0.5, 2.45), (0.0, 1.3), (0.3, 0.05), (1.05, 0.3)]],
    "О": [[(0.5, 2.4), (0.0, 1.3), (0.4, 0.0), (1.0, 0.9), (0.8, 2.3), (0.3, 2.3)]],
}

LOWER = {
    "loop": [(0, 0.0), (0.35, 1.6), (0.45, 2.2), (0.25, 2.25), (0.2, 1.4), (0.3, 0.0), (0.55, 0.3)],
    "hump": [(0, 0.0), (0.05, 0.9), (0.3, 1.0), (0.45, 0.3), (0.5, 0.0), (0.6, 0.8), (0.85, 1.0), (0.95, 0.2), (1.05, 0.0)],
    "cup": [(0, 1.0), (0.1, 0.1), (0.35, 0.0), (0.55, 0.9), (0.55, 0.2), (0.75, 0.0)],
    "o": [(0.45, 0.95), (0.15, 0.85), (0.05, 0.3), (0.35, 0.0), (0.55, 0.5), (0.45, 0.95), (0.75, 0.8)],
    "desc": [(0, 0.9), (0.25, 0.1), (0.5, 0.95), (0.45, -1.1), (0.15, -1.2), (0.3, -0.4), (0.8, 0.2)],
    "zig": [(0, 1.0), (0.2, 0.0), (0.4, 1.0), (0.6, 0.0), (0.8, 1.0)],
    "e": [(0, 0.2), (0.45, 0.55), (0.35, 0.95), (0.1, 0.6), (0.2, 0.05), (0.6, 0.15)],
    "t": [(0, 0.3), (0.2, 1.9), (0.15, 0.1), (0.5, 0.3)],
    "wave": [(0, 0.4), (0.3, 0.7), (0.6, 0.3), (0.9, 0.6)],
}


def catmull(pts, n=8):
    pts = np.asarray(pts, dtype=np.float64)
    if len(pts) < 3:
        t = np.linspace(0, 1, n * max(1, len(pts) - 1) + 1)[:, None]
        return pts[0] * (1 - t) + pts[-1] * t if len(pts) == 2 else pts
    P = np.vstack([pts[0], pts, pts[-1]])
    out = []
    for i in range(1, len(P) - 2):
        p0, p1, p2, p3 = P[i - 1], P[i], P[i + 1], P[i + 2]
        for t in np.linspace(0, 1, n, endpoint=False):
            t2, t3 = t * t, t * t * t
            out.append(0.5 * ((2 * p1) + (-p0 + p2) * t + (2 * p0 - 5 * p1 + 4 * p2 - p3) * t2 +
                              (-p0 + 3 * p1 - 3 * p2 + p3) * t3))
    out.append(P[-2])
    return np.array(out)


def jitter(pts, rng, s):
    return [(x + rng.normal(0, s), y + rng.normal(0, s)) for x, y in pts]


def latin_strokes(rng, caps, n_lower=(4, 7), words=2, angular=0.3, flourish=True):
    """List of strokes, each (points Nx2, pressure profile kind)."""
    strokes = []
    x = 0.0
    for w in range(words):
        cap = caps[w % len(caps)]
        sc = rng.uniform(0.9, 1.25)
        for k, sk in enumerate(CAPS[cap]):
            pts = [(x + px * sc, py * sc) for px, py in jitter(sk, rng, 0.05)]
            strokes.append((pts, "cap"))
        x += 1.2 * sc + rng.uniform(0.0, 0.2)
        if w < words - 1 and rng.random() < 0.55:
            # initial only: a dot and move on
            strokes.append(([(x, 0.05), (x + 0.08, 0.0)], "dot"))
            x += 0.5
            continue
        cur = [(x - 0.15, 0.3)]
        nl = int(rng.integers(n_lower[0], n_lower[1] + 1))
        keys = list(LOWER.keys())
        for i in range(nl):
            kk = keys[int(rng.integers(0, len(keys)))]
            wsc = rng.uniform(1.0, 1.6)
            hs = rng.uniform(0.8, 1.3)
            for px, py in jitter(LOWER[kk], rng, 0.06):
                cur.append((x + px * wsc, py * hs))
            x += (max(p[0] for p in LOWER[kk]) + 0.05) * wsc
        strokes.append((cur, "cursive" if rng.random() > angular else "angular"))
        x += rng.uniform(0.5, 0.9)
    if flourish:
        kind = rng.integers(0, 3)
        if kind == 0:  # underline back to the left
            strokes.append(([(x - 0.2, 0.2), (x + 0.3, -0.3), (x * 0.5, -0.6), (0.1, -0.45)], "flourish"))
        elif kind == 1:  # rising tail
            strokes.append(([(x - 0.4, 0.1), (x + 0.2, 0.6), (x + 0.9, 1.8)], "flourish"))
        else:  # loop and line through
            strokes.append(([(x - 0.3, 0.3), (x + 0.2, 1.2), (x - 0.2, 1.3), (x * 0.3, -0.2), (x + 0.3, -0.4)], "flourish"))
    return strokes


def chinese_strokes(rng, nchar=3):
    """Fast 行草-like Chinese name: a few character cells with stroke primitives, often joined."""
    strokes = []
    x0 = 0.0
    for c in range(nchar):
        cw = rng.uniform(1.6, 2.2)  # cell width in x-height units
        ch = rng.uniform(2.0, 2.6)
        n = int(rng.integers(4, 8))
        chain = []
        for k in range(n):
            prim = rng.choice(["heng", "shu", "pie", "na", "dian", "zhe", "heng", "gou"])
            cx = x0 + rng.uniform(0.1, 0.9) * cw
            cy = rng.uniform(0.1, 0.9) * ch
            L = rng.uniform(0.5, 1.0)
            if prim == "heng":
                pts = [(cx - L * cw / 2, cy), (cx, cy + 0.08), (cx + L * cw / 2, cy + 0.12)]
            elif prim == "shu":
                pts = [(cx, cy + L * ch / 2), (cx - 0.03, cy), (cx - 0.05, cy - L * ch / 2)]
            elif prim == "pie":
                pts = [(cx + 0.2, cy + 0.5 * L * ch / 2), (cx, cy), (cx - 0.45 * L * cw, cy - 0.6 * L * ch / 2)]
            elif prim == "na":
                pts = [(cx - 0.3, cy + 0.4), (cx, cy), (cx + 0.5 * L * cw, cy - 0.55)]
            elif prim == "dian":
                pts = [(cx, cy + 0.1), (cx + 0.12, cy - 0.12)]
            elif prim == "zhe":
                pts = [(cx - 0.4 * L * cw, cy + 0.3), (cx + 0.4 * L * cw, cy + 0.38), (cx + 0.3 * L * cw, cy - 0.6 * L * ch / 2)]
            else:  # gou
                pts = [(cx, cy + 0.6), (cx + 0.02, cy - 0.5), (cx - 0.25, cy - 0.3)]
            pts = jitter(pts, rng, 0.05)
            if chain and rng.random() < 0.65:
                # connected by a light, fast link
                chain.append(("link", [chain[-1][1][-1], pts[0]]))
            chain.append(("stroke", pts))
        # emit: merge linked strokes into one continuous path
        cur = None
        for i, (typ, pts) in enumerate(chain):
            if typ == "stroke":
                if cur is None:
                    cur = list(pts)
                else:
                    cur.extend(pts)
                nxt = chain[i + 1][0] if i + 1 < len(chain) else None
                if nxt != "link":
                    strokes.append((cur, "brushy"))
                    cur = None
        x0 += cw * rng.uniform(0.9, 1.1)
    return strokes


def initials_strokes(rng, caps):
    strokes = []
    x = 0.0
    for c in caps:
        sc = rng.uniform(0.9, 1.2)
        for sk in CAPS[c]:
            strokes.append(([(x + px * sc, py * sc) for px, py in jitter(sk, rng, 0.05)], "cap"))
        x += 1.3 * sc
        if rng.random() < 0.6:
            strokes.append(([(x, 0.05), (x + 0.07, 0.0)], "dot"))
            x += 0.35
    if rng.random() < 0.7:
        strokes.append(([(-0.2, -0.3), (x * 0.5, -0.45), (x + 0.4, -0.2)], "flourish"))
    return strokes


def tick_strokes(rng):
    return [([(0, 0.6), (0.35, 0.0), (1.2, 1.5)], "angular")]


def render_strokes(strokes, rng, height_px, width_mm_px, slant=0.25, rot=0.0, pressure=1.0):
    """Rasterise strokes with a ballpoint model; returns alpha (float32) and design mask."""
    S = 4
    allp = np.vstack([np.asarray(p, float) for p, _ in strokes])
    # slant + rotation
    def tf(p):
        p = np.asarray(p, float).copy()
        p[:, 0] = p[:, 0] + slant * p[:, 1]
        c, s = math.cos(math.radians(rot)), math.sin(math.radians(rot))
        return np.stack([c * p[:, 0] - s * p[:, 1], s * p[:, 0] + c * p[:, 1]], 1)
    allp = tf(allp)
    mn, mx = allp.min(0), allp.max(0)
    unit = height_px / max(1e-3, (mx[1] - mn[1]))
    margin = 6
    W = int((mx[0] - mn[0]) * unit) + 2 * margin
    H = int((mx[1] - mn[1]) * unit) + 2 * margin
    can = np.zeros((H * S, W * S), np.float32)
    for pts, kind in strokes:
        P = tf(pts)
        if kind in ("cursive", "flourish", "cap"):
            P = catmull(P, 10)
        elif kind == "brushy":
            P = catmull(P, 6)
        else:
            P = catmull(P, 4) if len(P) > 2 else np.vstack([P[0] + (P[-1] - P[0]) * t for t in np.linspace(0, 1, 12)])
        # densify
        seg = np.linalg.norm(np.diff(P, axis=0), axis=1)
        L = seg.sum() + 1e-6
        n = max(4, int(L * unit * S / 2.0))
        cum = np.concatenate([[0], np.cumsum(seg)])
        ts = np.linspace(0, L, n)
        X = np.interp(ts, cum, P[:, 0])
        Y = np.interp(ts, cum, P[:, 1])
        u = ts / L
        # pressure: press in, sustain with slow wobble, lift out; fast flourishes are lighter
        prof = np.clip(np.minimum(u / 0.08, 1.0), 0.35, 1) * np.clip((1 - u) / 0.18, 0.15, 1)
        wob = 1 + 0.25 * np.sin(u * rng.uniform(6, 14) + rng.uniform(0, 6))
        base = {"cursive": 1.0, "angular": 1.05, "cap": 1.1, "flourish": 0.75, "dot": 1.2, "brushy": 1.15}[kind]
        p = prof * wob * base * pressure
        # speed-dependent skips: where curvature is low and pressure low, ink skips a little
        skip = smooth_noise(rng, 1, n, 40)[0] if n > 80 else np.ones(n) * 0.7
        dens = np.clip(0.55 + 0.45 * p, 0.2, 1.0) * np.where(skip < 0.08, 0.35, 1.0)
        wpx = np.clip(width_mm_px * S * (0.55 + 0.55 * p), 1.5, None)
        px = ((X - mn[0]) * unit + margin) * S
        py = ((mx[1] - Y) * unit + margin) * S
        for i in range(1, n):
            cv2.line(can, (int(px[i - 1] * 4), int(py[i - 1] * 4)), (int(px[i] * 4), int(py[i] * 4)),
                     float(dens[i]), int(max(1, round(wpx[i]))), cv2.LINE_AA, 2)
    a = cv2.resize(can, (W, H), interpolation=cv2.INTER_AREA)
    design = (a > 0.12).astype(np.float32)
    grain = 1 + 0.15 * cv2.GaussianBlur(rng.standard_normal(a.shape).astype(np.float32), (0, 0), 0.7)
    a = np.clip(a * grain * 1.1, 0, 0.97)
    return a, design


# --------------------------------------------------------------------------------------------
# Rasterising, compositing, degrading
# --------------------------------------------------------------------------------------------
def render_mark(mark, dpi, rng):
    sp = mark.spec
    if mark.kind == "seal":
        a, d = render_seal(sp, dpi, rng)
        color = INKS[sp["color"]]
    else:
        mmpx = dpi / 25.4
        style = sp["style"]
        if style in ("latin", "cyrillic"):
            st = latin_strokes(rng, sp["caps"], n_lower=sp.get("n_lower", (4, 7)), words=sp.get("words", 2),
                               angular=sp.get("angular", 0.3), flourish=sp.get("flourish", True))
        elif style == "chinese":
            st = chinese_strokes(rng, sp.get("nchar", 3))
        elif style == "initials":
            st = initials_strokes(rng, sp["caps"])
        else:
            st = tick_strokes(rng)
        a, d = render_strokes(st, rng, sp.get("height_mm", 10) * mmpx, sp.get("width_mm", 0.45) * mmpx,
                              slant=sp.get("slant", 0.25), rot=sp.get("rot", 0.0), pressure=sp.get("pressure", 1.0))
        color = INKS[sp["ink"]]
    return a, d, color


def rasterise(page, rng):
    sc = page.dpi / 72.0
    W, H = int(round(PW * sc)), int(round(PH * sc))
    im = Image.new("RGB", (W, H), (255, 255, 255))
    dr = ImageDraw.Draw(im)
    red_groups = {}
    for op in page.ops:
        grp = getattr(op, "red", False)
        targets = [dr]
        if grp:
            if grp not in red_groups:
                red_groups[grp] = Image.new("L", (W, H), 0)
            targets.append(ImageDraw.Draw(red_groups[grp]))
        for k, t in enumerate(targets):
            fill = tuple(int(255 * c) for c in op.color) if k == 0 else 255
            if isinstance(op, TextOp):
                f = pil_font(op.font, op.size * sc)
                sw = max(1, int(op.size * sc * 0.035)) if op.bold else 0
                t.text((op.x * sc, op.y * sc), op.s, font=f, fill=fill, anchor="ls", stroke_width=sw, stroke_fill=fill)
            elif isinstance(op, LineOp):
                t.line([op.x0 * sc, op.y0 * sc, op.x1 * sc, op.y1 * sc], fill=fill, width=max(1, int(round(op.w * sc))))
            elif isinstance(op, RectOp):
                t.rectangle([op.x0 * sc, op.y0 * sc, op.x1 * sc, op.y1 * sc], outline=fill, width=max(1, int(round(op.w * sc))))
    img = np.asarray(im, dtype=np.float32) / 255.0
    masks, placed = [], []
    for m in page.marks:
        a, d, color = render_mark(m, page.dpi, rng)
        h, w = a.shape
        x0 = int(round(m.x * sc - (0 if m.spec.get("anchor") == "left" else w / 2)))
        y0 = int(round(m.y * sc - h / 2))
        xa, ya, xb, yb = max(0, x0), max(0, y0), min(W, x0 + w), min(H, y0 + h)
        if xb <= xa or yb <= ya:
            continue
        aa = a[ya - y0:yb - y0, xa - x0:xb - x0]
        sub = img[ya:yb, xa:xb]
        sub *= 1.0 - aa[..., None] * (1.0 - np.asarray(color, np.float32))
        full = np.zeros((H, W), np.uint8)
        full[ya:yb, xa:xb] = (d[ya - y0:yb - y0, xa - x0:xb - x0] > 0.5).astype(np.uint8) * 255
        masks.append(full)
        # keep the RGBA stamp for born-digital pages
        placed.append((m, a, color, x0, y0))
    reds = {g: np.asarray(r, dtype=np.uint8) for g, r in red_groups.items()}
    return img, masks, reds, placed


def bbox_of(mask):
    ys = np.where(mask.max(1) > 127)[0]
    xs = np.where(mask.max(0) > 127)[0]
    if len(xs) == 0:
        return None
    H, W = mask.shape
    return [round(xs[0] / W, 4), round(ys[0] / H, 4), round((xs[-1] + 1) / W, 4), round((ys[-1] + 1) / H, 4)]


def degrade(page, img, masks, reds, rng, opts):
    H, W = img.shape[:2]
    if page.form == "text":
        return None, [bbox_of(m) for m in masks], {g: bbox_of(r) for g, r in reds.items()}
    ang = opts.get("skew", rng.uniform(-1.3, 1.3))
    scale = opts.get("zoom", rng.uniform(0.985, 1.01))
    M = cv2.getRotationMatrix2D((W / 2, H / 2), ang, scale)
    M[0, 2] += rng.uniform(-0.008, 0.008) * W
    M[1, 2] += rng.uniform(-0.006, 0.006) * H
    border = (1.0, 1.0, 1.0)
    img = cv2.warpAffine(img, M, (W, H), flags=cv2.INTER_LINEAR, borderMode=cv2.BORDER_CONSTANT, borderValue=border)
    masks = [cv2.warpAffine(m, M, (W, H), flags=cv2.INTER_NEAREST) for m in masks]
    reds = {g: cv2.warpAffine(r, M, (W, H), flags=cv2.INTER_NEAREST) for g, r in reds.items()}
    if page.form == "scan":
        tint = np.array(opts.get("tint", (0.975, 0.965, 0.93)), np.float32)
        img = img * tint
        img = cv2.GaussianBlur(img, (0, 0), opts.get("blur", 0.55))
        img = img + rng.normal(0, 0.005, img.shape).astype(np.float32)
        # faint unevenness of illumination
        img = img * (0.97 + 0.03 * smooth_noise(rng, H, W, W // 3))[..., None]
        out = np.clip(img * 255, 0, 255).astype(np.uint8)
    else:  # photocopy
        g = img[..., 0] * 0.299 + img[..., 1] * 0.587 + img[..., 2] * 0.114
        lo, hi = opts.get("levels", (rng.uniform(0.10, 0.22), rng.uniform(0.86, 0.93)))
        g = lo + (hi - lo) * np.clip(g, 0, 1) ** opts.get("gamma", 1.25)
        # toner: background haze, speckles, streaks, edge shadow
        g = g - 0.05 * smooth_noise(rng, H, W, W // 6)
        n_spk = int(opts.get("speckle", 500) * (W * H) / (1240 * 1754))
        ys, xs = rng.integers(0, H, n_spk), rng.integers(0, W, n_spk)
        rad = rng.integers(1, 3, n_spk)
        for yy, xx, rr in zip(ys, xs, rad):
            cv2.circle(g, (int(xx), int(yy)), int(rr), float(rng.uniform(0.15, 0.6)), -1)
        for _ in range(int(rng.integers(1, 4))):
            x = int(rng.integers(0, W))
            g[:, x:x + int(rng.integers(1, 4))] -= rng.uniform(0.03, 0.10)
        side = rng.integers(0, 2)
        band = int(W * rng.uniform(0.01, 0.03))
        ramp = np.linspace(0.55, 0.0, band)[None, :]
        if side == 0:
            g[:, :band] -= ramp
        else:
            g[:, W - band:] -= ramp[:, ::-1]
        g = cv2.GaussianBlur(g, (0, 0), opts.get("blur", 0.7))
        g = g + rng.normal(0, 0.01, g.shape).astype(np.float32)
        out = np.clip(g * 255, 0, 255).astype(np.uint8)
    return out, [bbox_of(m) for m in masks], {g: bbox_of(r) for g, r in reds.items()}


def write_pdf(path, pages, rendered, tmpdir, quality):
    c = rl_canvas.Canvas(path, pagesize=(PW, PH), invariant=1)
    c.setTitle(os.path.basename(path)[:-4])
    c.setAuthor("")
    c.setCreator("scanner")
    for i, (page, (out, placed)) in enumerate(zip(pages, rendered)):
        if page.form != "text":
            fn = os.path.join(tmpdir, "p%02d.jpg" % i)
            Image.fromarray(out).save(fn, quality=quality, optimize=True, dpi=(page.dpi, page.dpi))
            c.drawImage(fn, 0, 0, PW, PH)
        else:
            for op in page.ops:
                c.setFillColorRGB(*op.color)
                c.setStrokeColorRGB(*op.color)
                if isinstance(op, TextOp):
                    c.setFont(rl_font(op.font), op.size)
                    if op.bold:
                        c.setLineWidth(op.size * 0.03)
                        t = c.beginText(op.x, PH - op.y)
                        t.setFont(rl_font(op.font), op.size)
                        t.setTextRenderMode(2)
                        t.textOut(op.s)
                        t.setTextRenderMode(0)
                        c.drawText(t)
                    else:
                        c.drawString(op.x, PH - op.y, op.s)
                elif isinstance(op, LineOp):
                    c.setLineWidth(op.w)
                    c.line(op.x0, PH - op.y0, op.x1, PH - op.y1)
                elif isinstance(op, RectOp):
                    c.setLineWidth(op.w)
                    c.rect(op.x0, PH - op.y1, op.x1 - op.x0, op.y1 - op.y0, stroke=1, fill=0)
            sc = page.dpi / 72.0
            for (m, a, color, x0, y0) in placed:
                h, w = a.shape
                rgba = np.zeros((h, w, 4), np.uint8)
                rgba[..., :3] = (np.asarray(color) * 255).astype(np.uint8)
                rgba[..., 3] = np.clip(a * 255, 0, 255).astype(np.uint8)
                c.drawImage(ImageReader(Image.fromarray(rgba, "RGBA")), x0 / sc, PH - (y0 + h) / sc, w / sc, h / sc,
                            mask="auto")
        c.showPage()
    c.save()


# --------------------------------------------------------------------------------------------
# Flow layout + document assembly
# --------------------------------------------------------------------------------------------
LANG_FONT = {"zh": "zh", "en": "serif", "ru": "serif", "kk": "serif", "uz": "serif"}


class Doc:
    def __init__(self, file, doc_type, seed, forms, dpi=200, margin=(70, 72, 70, 70), as_of="2026-06-30",
                 quality=72, footer=None, opts=None):
        self.file, self.doc_type, self.seed = file, doc_type, seed
        self.rng = np.random.default_rng(seed)
        self.forms = forms if isinstance(forms, list) else [forms]
        self.dpis = dpi if isinstance(dpi, list) else [dpi]
        self.ml, self.mt, self.mr, self.mb = margin
        self.as_of, self.quality, self.footer = as_of, quality, footer
        self.opts = opts or {}
        self.pages, self.page, self.y = [], None, 0
        self.lang_pages = {}
        self.elements, self.rules, self.traps = {}, [], []
        self.page_hook = None

    # ---- pages
    @property
    def width(self):
        return PW - self.ml - self.mr

    def new_page(self):
        i = len(self.pages)
        p = Page(self.forms[min(i, len(self.forms) - 1)], self.dpis[min(i, len(self.dpis) - 1)])
        p.date_boxes, p.label_boxes = [], {}
        self.pages.append(p)
        self.page, self.y = p, self.mt
        if self.page_hook:
            self.page_hook(self, p, i)
        if self.footer:
            s = self.footer(i + 1)
            p.text(PW / 2 - text_width(s, "zh", 8.5) / 2, PH - 38, s, "zh", 8.5, (0.25, 0.25, 0.25))
        return p

    def use(self, lang, pno=None):
        self.lang_pages.setdefault(lang, set()).add(pno if pno else len(self.pages))

    def ensure(self, h):
        if self.page is None or self.y + h > PH - self.mb:
            self.new_page()

    def space(self, h):
        self.y += h

    # ---- text blocks
    def para(self, s, lang="zh", font=None, size=10.5, lead=1.6, first=None, x=None, width=None,
             color=(0, 0, 0), bold=False, red=False, align="left", after=3, hang=0):
        font = font or LANG_FONT[lang]
        x = self.ml if x is None else x
        width = self.width if width is None else width
        if first is None:
            first = 2 * size if lang == "zh" else 0
        lines = wrap(s, font, size, width - max(first, hang))
        # re-wrap first line to exact width
        out = []
        for k, ln in enumerate(lines):
            out.append(ln)
        res = []
        for k, ln in enumerate(out):
            self.ensure(size * lead)
            self.use(lang)
            xx = x + (first if k == 0 else hang)
            if align == "center":
                xx = x + (width - text_width(ln, font, size)) / 2
            elif align == "right":
                xx = x + width - text_width(ln, font, size)
            yb = self.y + size * 1.05
            self.page.text(xx, yb, ln, font, size, color, bold, red)
            res.append((xx, yb, ln))
            self.y += size * lead
        self.y += after
        return res

    def title(self, s, lang="zh", size=17, font=None, color=(0, 0, 0), red=False, bold=True, after=10):
        return self.para(s, lang, font, size, 1.5, 0, color=color, bold=bold, red=red, align="center", after=after)

    def pair(self, left, right, lang_l="zh", lang_r="en", size_l=10.0, size_r=9.2, gap=18, split=0.5,
             lead=1.55, bold=False, first_l=None, first_r=0, after=4, font_r=None):
        """Side-by-side row: both blocks start on the same row."""
        cw_l = (self.width - gap) * split
        cw_r = self.width - gap - cw_l
        fl, fr = LANG_FONT[lang_l], font_r or LANG_FONT[lang_r]
        first_l = 2 * size_l if first_l is None else first_l
        L = wrap(left, fl, size_l, cw_l - first_l) if left else []
        R = wrap(right, fr, size_r, cw_r - first_r) if right else []
        h = max(len(L) * size_l * lead, len(R) * size_r * lead)
        self.ensure(min(h, 3 * size_l * lead))
        y0 = self.y
        rows = []
        for side, lines, font, size, x, fst, lang in ((0, L, fl, size_l, self.ml, first_l, lang_l),
                                                     (1, R, fr, size_r, self.ml + cw_l + gap, first_r, lang_r)):
            yy = y0
            for k, ln in enumerate(lines):
                if yy + size * lead > PH - self.mb:
                    raise RuntimeError("pair block too long for page in %s: %s" % (self.file, ln))
                self.use(lang)
                yb = yy + size_l * 1.05
                self.page.text(x + (fst if k == 0 else 0), yb, ln, font, size, (0, 0, 0), bold)
                rows.append((side, x, yb, ln))
                yy += size * lead
        self.y = y0 + h + after
        return rows

    # ---- marks
    def seal(self, cx, cy, spec, over=None, page=None):
        spec = dict(spec)
        p = page or self.page
        p.marks.append(Mark("seal", cx, cy, spec, {"over_hint": over}))

    def sign(self, cx, cy, spec, label_box=None, page=None):
        p = page or self.page
        p.marks.append(Mark("signature", cx, cy, dict(spec), {"label_box": label_box}))

    def tick(self, cx, cy, ink="pen_blue", size_mm=4.0):
        self.page.marks.append(Mark("tick", cx, cy, {"style": "tick", "ink": ink, "height_mm": size_mm, "slant": 0.0,
                                                     "width_mm": 0.45}, {}))

    def date_box(self, x, yb, s, font="zh", size=10.5):
        self.page.date_boxes.append((x, yb - size * 0.9, x + text_width(s, font, size), yb + size * 0.25))


def overlap_px(mask, box, sc):
    x0, y0, x1, y1 = [int(round(v * sc)) for v in box]
    return int((mask[max(0, y0):max(0, y1), max(0, x0):max(0, x1)] > 127).sum())


def text_boxes(page):
    out = []
    for op in page.ops:
        if isinstance(op, TextOp):
            out.append((op.x, op.y - op.size * 0.9, op.x + text_width(op.s, op.font, op.size), op.y + op.size * 0.22))
    return out


def build(doc, tmpdir):
    labels_marks = {"seals": [], "signatures": [], "red_text": []}
    rendered = []
    for pi, page in enumerate(doc.pages):
        prng = np.random.default_rng(doc.seed * 1000 + pi)
        img, masks, reds, placed = rasterise(page, prng)
        sc = page.dpi / 72.0
        tboxes = text_boxes(page)
        seal_masks = [mk for m, mk in zip(page.marks, masks) if m.kind == "seal"]
        sig_masks = [mk for m, mk in zip(page.marks, masks) if m.kind == "signature"]
        pre = []
        for m, mk in zip(page.marks, masks):
            info = {}
            if m.kind == "seal":
                if any(overlap_px(mk, b, sc) > 25 for b in page.date_boxes):
                    over = "date"
                elif any(int(((mk > 127) & (s > 127)).sum()) > 25 for s in sig_masks):
                    over = "signature"
                elif any(overlap_px(mk, b, sc) > 25 for b in tboxes):
                    over = "text"
                else:
                    over = "none"
                hint = m.label.get("over_hint")
                if hint and hint != over:
                    print("  note: %s p%d seal over=%s (hint %s)" % (doc.file, pi + 1, over, hint))
                info["over"] = over
            elif m.kind == "signature":
                info["over_seal"] = bool(any(int(((mk > 127) & (s > 127)).sum()) > 25 for s in seal_masks))
                lb = m.label.get("label_box")
                info["through_label"] = bool(lb) and overlap_px(mk, lb, sc) > 20
            pre.append(info)
        out, bbs, red_bbs = degrade(page, img, masks, reds, prng, doc.opts)
        rendered.append((out, placed))
        photocopy = page.form == "photocopy"
        for m, bb, info in zip(page.marks, bbs, pre):
            if bb is None:
                continue
            if m.kind == "seal":
                col = m.spec["color"].rstrip("2")
                x0, y0, x1, y1 = bb
                partial = bool(m.spec.get("partial")) or bool(x0 <= 0.001 or y0 <= 0.001 or x1 >= 0.999 or y1 >= 0.999)
                labels_marks["seals"].append({"page": pi + 1, "bbox": bb, "color": "black" if photocopy else col,
                                              "shape": m.spec["shape"], "partial": partial, "over": info["over"]})
            elif m.kind == "signature":
                ink = "blue" if m.spec["ink"].startswith("pen_blue") else "black"
                labels_marks["signatures"].append({"page": pi + 1, "bbox": bb, "ink": "black" if photocopy else ink,
                                                   "style": m.spec["style"], "over_seal": info["over_seal"],
                                                   "through_label": info["through_label"]})
        if not photocopy:
            for g, bb in sorted(red_bbs.items()):
                if bb:
                    labels_marks["red_text"].append({"page": pi + 1, "bbox": bb})
    path = os.path.join(OUT, doc.file)
    write_pdf(path, doc.pages, rendered, tmpdir, doc.quality)
    lv = [{"language": lg, "pages": sorted(ps)} for lg, ps in doc.lang_pages.items()]
    entry = {"file": doc.file, "doc_type": doc.doc_type, "as_of": doc.as_of, "elements": doc.elements,
             "rules": doc.rules, "language_versions": lv, "marks": labels_marks,
             "page_forms": [p.form for p in doc.pages], "dpi": [p.dpi for p in doc.pages], "traps": doc.traps}
    return entry


# --------------------------------------------------------------------------------------------
# Dates
# --------------------------------------------------------------------------------------------
CN_DIG = "〇一二三四五六七八九"
RU_M = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября",
        "ноября", "декабря"]
KK_M = ["қаңтар", "ақпан", "наурыз", "сәуір", "мамыр", "маусым", "шілде", "тамыз", "қыркүйек", "қазан",
        "қараша", "желтоқсан"]
UZ_M = ["yanvar", "fevral", "mart", "aprel", "may", "iyun", "iyul", "avgust", "sentabr", "oktabr", "noyabr", "dekabr"]
EN_M = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
        "November", "December"]


def cn_num(n):
    if n < 10:
        return CN_DIG[n]
    t, u = divmod(n, 10)
    return ("" if t == 1 else CN_DIG[t]) + "十" + ("" if u == 0 else CN_DIG[u])


def fmt_date(iso, f):
    y, m, d = [int(v) for v in iso.split("-")]
    if f == "zh":
        return "%d年%d月%d日" % (y, m, d)
    if f == "zh0":
        return "%d年%02d月%02d日" % (y, m, d)
    if f == "zhcn":
        return "".join(CN_DIG[int(c)] for c in str(y)) + "年" + cn_num(m) + "月" + cn_num(d) + "日"
    if f == "dot":
        return "%02d.%02d.%d" % (d, m, y)
    if f == "en":
        return "%s %d, %d" % (EN_M[m - 1], d, y)
    if f == "en_dmy":
        return "%d %s %d" % (d, EN_M[m - 1], y)
    if f == "ru":
        return "«%d» %s %d г." % (d, RU_M[m - 1], y)
    if f == "kk":
        return "%d жылғы %d %s" % (y, d, KK_M[m - 1])
    if f == "uz":
        return "%d-yil %d-%s" % (y, d, UZ_M[m - 1])
    if f == "iso":
        return iso
    raise ValueError(f)


# --------------------------------------------------------------------------------------------
# Clause texts
# --------------------------------------------------------------------------------------------
HEAD = {
    "zh": {"subject": "协议标的", "content": "合作内容", "resp": "双方职责", "fund": "经费安排", "ip": "知识产权", "benefit": "成果转化收益",
           "data": "科研数据", "conf": "保密", "term": "协议期限", "misc": "其他"},
    "en": {"subject": "Subject Matter", "content": "Scope of Cooperation", "resp": "Responsibilities of the Parties", "fund": "Funding",
           "ip": "Intellectual Property", "benefit": "Income from Commercialisation", "data": "Research Data",
           "conf": "Confidentiality", "term": "Term", "misc": "Miscellaneous"},
    "ru": {"subject": "Предмет соглашения", "content": "Предмет сотрудничества", "resp": "Обязанности Сторон", "fund": "Финансирование",
           "ip": "Интеллектуальная собственность", "benefit": "Доходы от коммерциализации", "data": "Научные данные",
           "conf": "Конфиденциальность", "term": "Срок действия", "misc": "Прочие условия"},
    "kk": {"subject": "Келісім мәні", "content": "Ынтымақтастық мәні", "resp": "Тараптардың міндеттері", "fund": "Қаржыландыру",
           "ip": "Зияткерлік меншік", "benefit": "Коммерцияландырудан түскен табыс", "data": "Ғылыми деректер",
           "conf": "Құпиялылық", "term": "Қолданылу мерзімі", "misc": "Өзге шарттар"},
    "uz": {"subject": "Shartnoma predmeti", "content": "Hamkorlik predmeti", "resp": "Tomonlarning majburiyatlari", "fund": "Moliyalashtirish",
           "ip": "Intellektual mulk", "benefit": "Tijoratlashtirishdan olingan daromad", "data": "Ilmiy maʼlumotlar",
           "conf": "Maxfiylik", "term": "Amal qilish muddati", "misc": "Boshqa shartlar"},
}


def money(v, lang):
    if lang == "zh":
        return "%g万元" % (v / 10000)
    s = "{:,}".format(v)
    if lang == "en":
        return "CNY " + s
    s = s.replace(",", " ")
    return {"ru": s + " юаней", "kk": s + " юань", "uz": s + " yuan"}[lang]


def clause_text(key, lang, P):
    """P: dict with field/items per language, amounts etc.  Variant via P['v'][key]:
    'yes' | 'defer' | 'no'."""
    v = P["v"].get(key, "yes")
    if v == "no":
        return None
    f, items = P["field"][lang], P["items"][lang]
    if key == "content":
        return {
            "zh": "双方同意在%s领域开展联合研究，合作内容包括：%s。" % (f, items),
            "en": "The Parties agree to carry out joint research in the field of %s. The cooperation covers: %s." % (f, items),
            "ru": "Стороны договорились проводить совместные исследования в области %s. Сотрудничество включает: %s." % (f, items),
            "kk": "Тараптар %s саласында бірлескен зерттеулер жүргізуге келісті. Ынтымақтастық мыналарды қамтиды: %s." % (f, items),
            "uz": "Tomonlar %s sohasida qoʻshma tadqiqotlar olib borishga kelishdilar. Hamkorlik quyidagilarni oʻz ichiga oladi: %s." % (f, items),
        }[lang]
    if key == "resp":
        return {
            "zh": "（一）甲方负责项目总体设计、国内试验示范和经费管理，并派出科研人员赴乙方开展联合试验；（二）乙方负责提供试验场地和当地样品采集条件，组织本国研究人员参与联合研究，并接待甲方来访人员。",
            "en": "(a) Party A is responsible for the overall design of the project, trials in China and financial management, and sends researchers to Party B for joint experiments; (b) Party B provides trial sites and local sampling facilities, involves its own researchers and hosts visiting staff of Party A.",
            "ru": "а) Сторона А отвечает за общее планирование проекта, испытания в Китае и управление средствами, направляет исследователей к Стороне Б; б) Сторона Б предоставляет опытные участки и условия для сбора местных образцов, привлекает своих исследователей и принимает сотрудников Стороны А.",
            "kk": "а) А Тарапы жобаның жалпы жоспарлауына, Қытайдағы сынақтарға және қаржыны басқаруға жауап береді; ә) Б Тарапы сынақ алаңдарын және жергілікті үлгілерді жинау жағдайын ұсынады, өз зерттеушілерін тартады және А Тарапының қызметкерлерін қабылдайды.",
            "uz": "a) A tomon loyihani umumiy rejalashtirish, Xitoydagi sinovlar va mablagʻlarni boshqarish uchun javob beradi; b) B tomon sinov maydonlari va mahalliy namunalarni yigʻish sharoitlarini taʼminlaydi, oʻz tadqiqotchilarini jalb qiladi va A tomon xodimlarini qabul qiladi.",
        }[lang]
    if key == "fund":
        if v == "defer":
            return {"zh": "项目经费的具体分配比例和使用方式，由双方在项目立项后另行协商确定。",
                    "en": "The distribution of project funds between the Parties shall be agreed separately after the project is approved.",
                    "ru": "Распределение средств проекта между Сторонами будет согласовано дополнительно после утверждения проекта.",
                    "kk": "Жоба қаражатын бөлу тәртібі жоба бекітілгеннен кейін Тараптармен қосымша келісіледі.",
                    "uz": "Loyiha mablagʻlarini taqsimlash tartibi loyiha tasdiqlangandan soʻng alohida kelishiladi."}[lang]
        fa = P["fund"].get(lang, P["fund"]["zh"])
        if "pct" in fa:
            a, b = fa["pct"]
            return {"zh": "项目经费按甲方%d%%、乙方%d%%的比例分配使用，主要用于联合试验、国际差旅和学术交流。" % (a, b),
                    "en": "Project funds shall be divided %d%% to Party A and %d%% to Party B, mainly for joint experiments, international travel and academic exchange." % (a, b),
                    "ru": "Средства проекта распределяются: Сторона А — %d%%, Сторона Б — %d%%; они направляются на совместные эксперименты, поездки и научный обмен." % (a, b),
                    "kk": "Жоба қаражаты А Тарапына %d%%, Б Тарапына %d%% мөлшерінде бөлінеді." % (a, b),
                    "uz": "Loyiha mablagʻlari A tomonga %d%%, B tomonga %d%% nisbatda taqsimlanadi va asosan qoʻshma tajribalar, xalqaro safarlar hamda ilmiy almashinuvga sarflanadi." % (a, b)}[lang]
        a, b = fa["amt"]
        t = a + b
        return {"zh": "项目申请财政经费共计%s，其中甲方使用%s，乙方使用%s，主要用于联合试验、国际差旅和学术交流。" % (money(t, "zh"), money(a, "zh"), money(b, "zh")),
                "en": "The total requested budget is %s, of which Party A uses %s and Party B uses %s, mainly for joint experiments, international travel and academic exchange." % (money(t, "en"), money(a, "en"), money(b, "en")),
                "ru": "Общий объём запрашиваемого финансирования составляет %s, из них Сторона А использует %s, Сторона Б — %s." % (money(t, "ru"), money(a, "ru"), money(b, "ru")),
                "kk": "Жобаның сұралатын қаржысы барлығы %s, оның ішінде А Тарапы %s, Б Тарапы %s пайдаланады." % (money(t, "kk"), money(a, "kk"), money(b, "kk")),
                "uz": "Soʻralayotgan mablagʻ jami %s, shundan A tomon %s, B tomon %s foydalanadi." % (money(t, "uz"), money(a, "uz"), money(b, "uz"))}[lang]
    if key == "ip":
        if v == "defer":
            return {"zh": "合作中产生的知识产权的归属及使用问题，由双方另行签订协议约定。",
                    "en": "Ownership and use of intellectual property arising from the cooperation shall be agreed separately in a further agreement.",
                    "ru": "Вопросы принадлежности и использования интеллектуальной собственности будут урегулированы отдельным соглашением.",
                    "kk": "Зияткерлік меншікке қатысты мәселелер жеке келісіммен реттеледі.",
                    "uz": "Intellektual mulkka egalik masalalari alohida shartnoma bilan hal qilinadi."}[lang]
        return {"zh": "合作中双方共同完成的知识产权归双方共有，专利申请由双方联合提出；一方独立完成的成果归完成方所有，另一方在本项目范围内享有免费使用权。",
                "en": "Intellectual property created jointly shall be owned jointly by the Parties and patent applications shall be filed jointly; results obtained independently by one Party belong to that Party, and the other Party may use them free of charge within this project.",
                "ru": "Интеллектуальная собственность, созданная совместно, принадлежит Сторонам совместно, заявки на патенты подаются совместно; результаты, полученные одной Стороной самостоятельно, принадлежат этой Стороне.",
                "kk": "Бірлесіп жасалған зияткерлік меншік Тараптарға ортақ тиесілі, патенттік өтінімдер бірлесіп беріледі; бір Тарап дербес алған нәтижелер сол Тарапқа тиесілі.",
                "uz": "Birgalikda yaratilgan intellektual mulk tomonlarga birgalikda tegishli boʻladi, patent talabnomalari birgalikda beriladi; bir tomon mustaqil olgan natijalar oʻsha tomonga tegishli."}[lang]
    if key == "benefit":
        if v == "defer":
            return {"zh": "成果转化收益的分配方式，由双方视转化情况另行协商。",
                    "en": "The sharing of income from commercialisation of results shall be agreed separately by the Parties.",
                    "ru": "Порядок распределения доходов от коммерциализации результатов Стороны определят дополнительно.",
                    "kk": "Нәтижелерді коммерцияландырудан түскен табысты бөлу тәртібін Тараптар қосымша айқындайды.",
                    "uz": "Natijalarni tijoratlashtirishdan olingan daromadni taqsimlash tartibi alohida kelishiladi."}[lang]
        a, b = P.get("share", (6, 4))
        return {"zh": "共同成果实施转化所获收益，在扣除转化成本后由甲乙双方按%d:%d的比例分配。" % (a, b),
                "en": "Net income from the commercialisation of joint results shall be shared between Party A and Party B in the ratio %d:%d." % (a, b),
                "ru": "Чистый доход от коммерциализации совместных результатов распределяется между Стороной А и Стороной Б в соотношении %d:%d." % (a, b),
                "kk": "Бірлескен нәтижелерді коммерцияландырудан түскен таза табыс А және Б Тараптары арасында %d:%d арақатынасында бөлінеді." % (a, b),
                "uz": "Qoʻshma natijalarni tijoratlashtirishdan olingan sof daromad A va B tomonlar oʻrtasida %d:%d nisbatda taqsimlanadi." % (a, b)}[lang]
    if key == "data":
        if v == "defer":
            return {"zh": "项目产生的科研数据的归属与共享办法，双方另行商定。",
                    "en": "Ownership of and access to research data generated by the project shall be agreed separately.",
                    "ru": "Порядок владения научными данными проекта и доступа к ним будет согласован отдельно.",
                    "kk": "Ғылыми деректерге иелік ету тәртібі жеке келісіледі.",
                    "uz": "Ilmiy maʼlumotlarga egalik qilish tartibi alohida kelishiladi."}[lang]
        return {"zh": "项目产生的原始科研数据归双方共同所有，由甲方负责汇交保存；任何一方在注明来源的前提下可用于非商业性研究，数据出境应遵守中国有关法律法规。",
                "en": "Raw research data generated by the project are jointly owned by the Parties and archived by Party A; either Party may use them for non-commercial research with due attribution, and any transfer of data out of China shall comply with Chinese law.",
                "ru": "Первичные научные данные проекта находятся в совместной собственности Сторон и хранятся Стороной А; каждая Сторона вправе использовать их в некоммерческих исследованиях со ссылкой на источник.",
                "kk": "Жобаның бастапқы ғылыми деректері Тараптардың ортақ меншігі болып табылады және А Тарапында сақталады.",
                "uz": "Loyihaning birlamchi ilmiy maʼlumotlari tomonlarning umumiy mulki hisoblanadi va A tomonda saqlanadi."}[lang]
    if key == "subject":
        pr = P["proj"][lang]
        return {"zh": "本协议适用于双方在“%s”项目实施过程中产生的全部技术成果，包括专利、计算机软件著作权、技术秘密、论文及相关数据。" % pr,
                "en": "This Agreement applies to all technical results generated by the Parties under the project \"%s\", including patents, software copyrights, know-how, publications and related data." % pr,
                "ru": "Настоящее Соглашение распространяется на все научно-технические результаты, полученные Сторонами при выполнении проекта «%s», включая патенты, программы для ЭВМ, ноу-хау и публикации." % pr,
                "uz": "Ushbu shartnoma tomonlar tomonidan «%s» loyihasi doirasida yaratilgan barcha ilmiy-texnik natijalarga, jumladan patentlar, dasturiy taʼminot, nou-xau va nashrlarga nisbatan qoʻllaniladi." % pr}[lang]
    if key == "conf":
        return {"zh": "双方对合作中知悉的对方技术秘密和未公开数据负有保密义务，保密期至协议终止后三年。",
                "en": "Each Party shall keep confidential the other Party's unpublished data and know-how for three years after termination.",
                "ru": "Стороны обязуются сохранять конфиденциальность неопубликованных данных друг друга в течение трёх лет после прекращения Соглашения.",
                "kk": "Тараптар бір-бірінің жарияланбаған деректерінің құпиялылығын сақтауға міндеттенеді.",
                "uz": "Tomonlar bir-birining eʼlon qilinmagan maʼlumotlari maxfiyligini saqlash majburiyatini oladi."}[lang]
    if key == "term":
        T = P.get("term")
        if T:
            return T[lang]
        return {"zh": "本协议自双方签字盖章之日起生效，有效期至2029年12月31日。",
                "en": "This Agreement enters into force on the date of signature and remains valid until 31 December 2029.",
                "ru": "Настоящее Соглашение вступает в силу с даты подписания и действует до 31 декабря 2029 г.",
                "kk": "Осы Келісім қол қойылған күннен бастап күшіне енеді және 2029 жылғы 31 желтоқсанға дейін қолданылады.",
                "uz": "Ushbu shartnoma imzolangan kundan boshlab kuchga kiradi va 2029-yil 31-dekabrgacha amal qiladi."}[lang]
    if key == "misc":
        return {"zh": "本协议以中文和%s写成，一式四份，双方各执两份，两种文本具有同等效力。" % P.get("lang_zh_name", "英文"),
                "en": "This Agreement is made in Chinese and English in four copies, two for each Party; both texts are equally authentic.",
                "ru": "Соглашение составлено на китайском и русском языках в четырёх экземплярах, по два для каждой Стороны; оба текста имеют одинаковую силу.",
                "kk": "Келісім қытай және қазақ тілдерінде төрт данада жасалды, әр Тарапқа екі данадан; екі мәтіннің заңды күші бірдей.",
                "uz": "Shartnoma xitoy va oʻzbek tillarida toʻrt nusxada tuzildi, har bir tomonga ikki nusxadan; ikkala matn teng kuchga ega."}[lang]
    raise KeyError(key)


def numbering(lang, style, n):
    if lang == "zh":
        return {"tiao": "第%s条" % cn_num(n), "dun": "%s、" % cn_num(n), "arabic": "%d." % n}[style]
    if lang == "en":
        return {"article": "Article %d" % n, "arabic": "%d." % n}.get(style, "%d." % n)
    if lang == "ru":
        return {"article": "Статья %d." % n}.get(style, "%d." % n)
    if lang == "kk":
        return {"article": "%d-бап." % n}.get(style, "%d." % n)
    if lang == "uz":
        return {"article": "%d-modda." % n}.get(style, "%d." % n)


# --------------------------------------------------------------------------------------------
# Agreement builder (cooperation / IP agreements, sequential or side-by-side versions)
# --------------------------------------------------------------------------------------------
ROLE = {"zh": ("甲方", "乙方"), "en": ("Party A", "Party B"), "ru": ("Сторона А", "Сторона Б"),
        "kk": ("А Тарапы", "Б Тарапы"), "uz": ("A tomon", "B tomon")}
SIGN_L = {"zh": "授权代表（签字）：", "en": "Signature:", "ru": "Подпись:", "kk": "Қолы:", "uz": "Imzo:"}
DATE_L = {"zh": "日期：", "en": "Date:", "ru": "Дата:", "kk": "Күні:", "uz": "Sana:"}
SEAL_L = {"zh": "（盖章）", "en": "(Seal)", "ru": "М.П.", "kk": "М.О.", "uz": "M.Oʻ."}
BLANK_DATE = {"zh": "____年__月__日", "en": "________________", "ru": "«___» ________ 20__ г.",
              "kk": "____ жылғы «__» ________", "uz": "____-yil «__» ________"}


def sig_spec(doc, style, ink, caps=None, h=None, **kw):
    r = doc.rng
    sp = {"style": style, "ink": ink, "caps": caps or ["A", "K"], "anchor": "left",
          "height_mm": h or float(r.uniform(8, 13)), "width_mm": float(r.uniform(0.35, 0.6)),
          "slant": float(r.uniform(0.1, 0.45)), "rot": float(r.uniform(-6, 8)), "pressure": float(r.uniform(0.8, 1.15))}
    sp.update(kw)
    return sp


def party_column(doc, x, y, lang, role_i, name, date_s, size, colw, sign_label=None, date_label=None,
                 seal_word=True, lead=2.1, font=None, name_step=None, lead_pts=None, n_name=1, measure=False):
    """Draws one party's signing block; returns geometry dict."""
    font = font or LANG_FONT[lang]
    name_step = name_step or size * 1.35
    lead_pts = lead_pts or size * lead
    p = doc.page
    lab0 = ROLE[lang][role_i] + (SEAL_L[lang] if seal_word and lang == "zh" else "") + ("：" if lang == "zh" else ":")
    nl = len(wrap(name, font, size, colw - text_width(lab0, font, size) - 4))
    if measure:
        return nl + (1 if seal_word and lang != "zh" else 0)
    doc.use(lang)
    role = ROLE[lang][role_i]
    lab = role + (SEAL_L[lang] if seal_word and lang == "zh" else "") + ("：" if lang == "zh" else ":")
    g = {}
    xe = p.text(x, y, lab, font, size, bold=True)
    lines = wrap(name, font, size, colw - (xe - x) - 4)
    if len(lines) == 1:
        p.text(xe + 3, y, name, font, size)
        g["name"] = (xe + 3, y, xe + 3 + text_width(name, font, size))
        yy = y
    else:
        yy = y
        for k, ln in enumerate(lines):
            if k:
                yy += name_step
            p.text(x if k else xe + 3, yy, ln, font, size)
        g["name"] = (xe + 3, y, xe + 3 + text_width(lines[0], font, size))
    if seal_word and lang != "zh":
        yy += name_step
        p.text(x, yy, SEAL_L[lang], font, size * 0.9, (0.2, 0.2, 0.2))
    used = len(lines) + (1 if seal_word and lang != "zh" else 0)
    yy += name_step * max(0, n_name - used)
    yy += lead_pts
    sl = sign_label or SIGN_L[lang]
    xs = p.text(x, yy, sl, font, size)
    g["sign"] = (x, yy, xs)
    p.label_boxes.setdefault("sign", []).append((x, yy - size * 0.9, xs, yy + size * 0.25))
    p.line(xs + 2, yy + 2, x + colw - 10, yy + 2, 0.4, (0.3, 0.3, 0.3))
    yy += lead_pts
    dl = date_label or DATE_L[lang]
    xd = p.text(x, yy, dl, font, size)
    p.text(xd + 3, yy, date_s, font, size)
    g["date"] = (xd + 3, yy, xd + 3 + text_width(date_s, font, size))
    if "_" not in date_s:
        doc.date_box(xd + 3, yy, date_s, font, size)
    g["bottom"] = yy
    return g


def apply_marks(doc, g, seal=None, seal_at="date", sig=None, sig_mode="after", size=10.5, seal_dx=0, seal_dy=0):
    r = doc.rng
    if sig:
        x0, yb, x1 = g["sign"]
        if sig_mode == "through":
            sx = x0 + (x1 - x0) * float(r.uniform(0.35, 0.6))
        else:
            sx = x1 + float(r.uniform(2, 10))
        doc.sign(sx, yb - size * 0.35 + float(r.uniform(-2, 2)), sig, label_box=(x0, yb - size * 0.9, x1, yb + size * 0.25))
    if seal:
        x0, yb, x1 = g[seal_at]
        cx = (x0 + x1) / 2 + seal_dx + float(r.uniform(-6, 6))
        cy = yb - size * 0.4 + seal_dy + float(r.uniform(-5, 5))
        doc.seal(cx, cy, seal, over=seal_at if seal_at == "date" else None)


def agreement(cfg):
    d = Doc(cfg["file"], cfg["type"], cfg["seed"], cfg["forms"], cfg.get("dpi", 200), cfg.get("margin", (68, 70, 68, 66)),
            cfg.get("as_of", "2026-06-30"), cfg.get("quality", 72), cfg.get("footer"), cfg.get("opts"))
    d.page_hook = cfg.get("page_hook")
    P = cfg["P"]
    langs = cfg["langs"]
    keys = cfg["keys"]
    sz = cfg.get("size", {})
    num = cfg.get("num", {})
    pty = cfg["parties"]
    date_iso = cfg.get("date")
    dfmt = cfg.get("date_fmt", {})

    def ds(lang):
        if cfg.get("date_blank"):
            return BLANK_DATE[lang]
        dd = cfg.get("date_by_lang", {}).get(lang, date_iso)
        return fmt_date(dd, dfmt.get(lang, "zh" if lang == "zh" else "en" if lang == "en" else "ru" if lang == "ru" else "dot"))

    red_body = cfg.get("red_body", ())
    if cfg["layout"] == "seq":
        for li, lang in enumerate(langs):
            if li == 0 or not cfg.get("continue_on_page"):
                d.new_page()
            else:
                d.space(18)
            s = sz.get(lang, 10.5 if lang == "zh" else 9.8)
            col = INKS["red"] if lang in red_body else (0, 0, 0)
            red = ("body%d" % li) if lang in red_body else False
            tred = "title%d" % li if cfg.get("title_red") and li == 0 else False
            d.title(cfg["titles"][lang], lang, size=s + 6, color=INKS["red"] if (tred or red) else col, red=tred or red)
            if cfg.get("project"):
                d.para(cfg["project"][lang], lang, size=s, first=0, align="center", after=8, color=col, red=red)
            for i in (0, 1):
                d.para("%s：%s" % (ROLE[lang][i], pty[lang][i]) if lang == "zh" else "%s: %s" % (ROLE[lang][i], pty[lang][i]),
                       lang, size=s, first=0, bold=True, after=2, color=col, red=red, hang=2 * s)
            d.space(4)
            if cfg.get("preamble"):
                d.para(cfg["preamble"][lang], lang, size=s, color=col, red=red, after=6)
            n = 0
            for k in keys:
                t = clause_text(k, lang, P)
                if t is None:
                    continue
                n += 1
                hd = "%s %s" % (numbering(lang, num.get(lang, "arabic"), n), HEAD[lang][k])
                if cfg.get("inline_heads", {}).get(lang):
                    d.para(hd + ("  " if lang != "zh" else "　") + t, lang, size=s, first=0 if lang != "zh" else 0,
                           color=col, red=red, after=4)
                else:
                    d.para(hd, lang, size=s, first=0, bold=True, after=1, color=col, red=red)
                    d.para(t, lang, size=s, color=col, red=red, after=4)
            # signing block
            colw = d.width / 2 - 8
            need = s * 9
            d.ensure(need)
            d.space(s * 1.6)
            y0 = d.y + s
            gs = []
            nn = max(party_column(d, d.ml + i * (colw + 16), y0, lang, i, pty[lang][i], "", s, colw, measure=True)
                     for i in (0, 1))
            for i in (0, 1):
                g = party_column(d, d.ml + i * (colw + 16), y0, lang, i, pty[lang][i], ds(lang), s, colw,
                                 cfg.get("sign_label", {}).get(lang), cfg.get("date_label", {}).get(lang),
                                 n_name=nn)
                gs.append(g)
            d.y = max(g["bottom"] for g in gs) + s * 1.5
            marks = cfg["marks"].get(lang, [{}, {}])
            for g, mk in zip(gs, marks):
                if mk:
                    apply_marks(d, g, mk.get("seal"), mk.get("seal_at", "date"), mk.get("sig"), mk.get("sig_mode", "after"),
                                s, mk.get("seal_dx", 0), mk.get("seal_dy", 0))
    else:  # side by side: Chinese left, foreign right
        L, R = langs
        sl, sr = sz.get(L, 9.8), sz.get(R, 8.8)
        d.new_page()
        d.pair(cfg["titles"][L], cfg["titles"][R], L, R, sl + 4, sr + 3, bold=True, first_l=0, after=10)
        if cfg.get("project"):
            d.pair(cfg["project"][L], cfg["project"][R], L, R, sl, sr, first_l=0, after=6)
        for i in (0, 1):
            d.pair("%s：%s" % (ROLE[L][i], pty[L][i]), "%s: %s" % (ROLE[R][i], pty[R][i]), L, R, sl, sr, bold=True,
                   first_l=0, after=3)
        if cfg.get("preamble"):
            d.pair(cfg["preamble"][L], cfg["preamble"][R], L, R, sl, sr, after=5)
        n = 0
        for k in keys:
            tl, tr = clause_text(k, L, P), clause_text(k, R, P)
            if tl is None:
                continue
            n += 1
            d.pair("%s %s" % (numbering(L, num.get(L, "tiao"), n), HEAD[L][k]),
                   "%s %s" % (numbering(R, num.get(R, "article"), n), HEAD[R][k]), L, R, sl, sr, bold=True, first_l=0, after=1)
            d.pair(tl, tr, L, R, sl, sr, after=4)
        # signing rows, one party after the other, same rows in both columns
        gap = 18
        cw = (d.width - gap) / 2
        marks = cfg["marks"]
        for i in (0, 1):
            d.ensure(sl * 8.5)
            d.space(sl * 1.2)
            y0 = d.y + sl
            nn = max(party_column(d, d.ml, y0, L, i, pty[L][i], "", sl, cw, measure=True),
                     party_column(d, d.ml + cw + gap, y0, R, i, pty[R][i], "", sr, cw, measure=True))
            kw = dict(name_step=sl * 1.4, lead_pts=sl * 2.2, n_name=nn)
            gL = party_column(d, d.ml, y0, L, i, pty[L][i], ds(L), sl, cw, cfg.get("sign_label", {}).get(L),
                              cfg.get("date_label", {}).get(L), **kw)
            gR = party_column(d, d.ml + cw + gap, y0, R, i, pty[R][i], ds(R), sr, cw, cfg.get("sign_label", {}).get(R),
                              cfg.get("date_label", {}).get(R), **kw)
            d.y = max(gL["bottom"], gR["bottom"]) + sl * 1.2
            for g, lang, s in ((gL, L, sl), (gR, R, sr)):
                mk = marks.get(lang, [{}, {}])[i]
                if mk:
                    apply_marks(d, g, mk.get("seal"), mk.get("seal_at", "date"), mk.get("sig"), mk.get("sig_mode", "after"),
                                s, mk.get("seal_dx", 0), mk.get("seal_dy", 0))
    for hook in cfg.get("post", []):
        hook(d)
    d.elements, d.rules, d.traps = cfg["elements"], cfg.get("rules", []), cfg.get("traps", [])
    return d


# --------------------------------------------------------------------------------------------
# Stamp specs
# --------------------------------------------------------------------------------------------
def cn_seal(doc, top, bottom=None, color="red", dmm=None, center="star", **kw):
    r = doc.rng
    sp = {"shape": "round", "style": "cn", "color": color, "top": top, "bottom": bottom, "center": center,
          "diameter_mm": dmm or float(r.uniform(38, 42)), "rotate": float(r.uniform(-14, 14)),
          "fade": float(r.uniform(0.0, 0.25)), "strength": float(r.uniform(0.8, 0.95))}
    sp.update(kw)
    return sp


def intl_seal(doc, top, bottom_arc=None, color="blue", center="sun", shape="round", middle=(), dmm=None, **kw):
    r = doc.rng
    sp = {"shape": shape, "style": "intl", "font": "sansb" if r.random() < 0.5 else "sans", "color": color,
          "top": top, "bottom_arc": bottom_arc, "center": center, "inner_ring": 0.66 if shape == "round" else 0.62,
          "diameter_mm": dmm or (float(r.uniform(38, 44)) if shape == "round" else float(r.uniform(44, 50))),
          "font_mm": 2.9, "span": 230 if shape == "round" else 160, "bspan": 110, "text_r": 0.83 if shape == "round" else 0.80,
          "middle": list(middle), "mid_mm": 2.4, "mid_off": 0.42, "mid_font": "sans",
          "rotate": float(r.uniform(-20, 20)), "fade": float(r.uniform(0.05, 0.35)), "strength": float(r.uniform(0.75, 0.92))}
    sp.update(kw)
    return sp


def rect_stamp(doc, lines, color="blue", size_mm=(46, 15), font="zh", **kw):
    r = doc.rng
    sp = {"shape": "rectangle", "color": color, "lines": lines, "size_mm": size_mm, "font": font,
          "font_mm": min(4.2, size_mm[1] / (len(lines) * 1.5)), "rotate": float(r.uniform(-6, 6)),
          "fade": float(r.uniform(0.05, 0.3)), "strength": 0.85}
    sp.update(kw)
    return sp


def letterhead_red(name_zh, name_en=None, size=20):
    """Red letterhead (printed, not a seal): unit name in red and a double red rule."""
    def hook(doc, p, i):
        if i != 0:
            return
        col = INKS["red"]
        y = doc.mt - 6
        w = text_width(name_zh, "zh", size)
        p.text(PW / 2 - w / 2, y, name_zh, "zh", size, col, True, red="letterhead")
        if name_en:
            w2 = text_width(name_en, "serif", 8.5)
            p.text(PW / 2 - w2 / 2, y + 14, name_en, "serif", 8.5, col, red="letterhead")
            y += 14
        p.line(doc.ml - 10, y + 9, PW - doc.mr + 10, y + 9, 1.8, col, red="rule")
        p.line(doc.ml - 10, y + 12.5, PW - doc.mr + 10, y + 12.5, 0.5, col, red="rule")
        doc.y = y + 34
    return hook


def edge_seal(doc, top, color="red", pages=None, frac=0.45, ypos=0.5):
    """骑缝章: one stamp across the right edge of stacked pages; each page shows a slice of it."""
    def post(d):
        sp = cn_seal(d, top, None, color, dmm=40, rotate=0)
        rmm = sp["diameter_mm"] / 2 * 72 / 25.4
        for k, pg in enumerate(pages or range(len(d.pages))):
            if pg >= len(d.pages):
                continue
            s = dict(sp)
            s["partial"] = True
            # every page shows a different part of the same impression
            cx = PW + rmm * (1 - 2 * frac) + k * 2.0
            d.pages[pg].marks.append(Mark("seal", cx, PH * ypos, s, {"over_hint": None}))
    return post


# --------------------------------------------------------------------------------------------
# The documents
# --------------------------------------------------------------------------------------------
def mk_rng(seed):
    doc = Doc("x", "x", 0, "scan")
    doc.rng = np.random.default_rng(seed)
    return doc


COOP_ELEMS = ["parties", "signing_date", "signatures", "seals", "bilingual", "versions_executed",
              "cooperation_content", "responsibilities", "funding_allocation", "ip_ownership", "benefit_sharing",
              "data_ownership"]


def page_no_zh(n):
    return "第 %d 页" % n


def d01():
    cfg = dict(file="h3_01_coop_zh_en_scan.pdf", type="cooperation_agreement", seed=101, forms="scan", dpi=200,
               layout="seq", langs=("zh", "en"), title_red=True, footer=page_no_zh,
               titles={"zh": "中外科技合作协议", "en": "AGREEMENT ON SCIENTIFIC AND TECHNICAL COOPERATION"},
               project={"zh": "（上海合作组织科技伙伴计划项目：天山北坡干旱区地下水监测与智能预警）",
                        "en": "(SCO S&T Partnership Programme project: Groundwater Monitoring and Early Warning in the Arid Zone of the Northern Tianshan)"},
               parties={"zh": ("新疆大学", "阿里-法拉比哈萨克国立大学"),
                        "en": ("Xinjiang University", "Al-Farabi Kazakh National University")},
               preamble={"zh": "为推动中哈两国在水资源领域的科技合作，甲乙双方本着平等互利的原则，经友好协商，就联合申报并实施上述项目达成如下协议：",
                         "en": "In order to promote scientific cooperation between China and Kazakhstan in water resources, the Parties, on the basis of equality and mutual benefit, have agreed as follows:"},
               P={"field": {"zh": "干旱区水文与水资源", "en": "arid-zone hydrology and water resources"},
                  "items": {"zh": "地下水位联合观测网布设、遥感与地面数据融合模型研发、预警平台示范及青年学者互访",
                            "en": "a joint groundwater observation network, models fusing remote-sensing and ground data, a demonstration early-warning platform, and exchange of young scholars"},
                  "v": {}, "fund": {"zh": {"amt": (400000, 200000)}}, "share": (5, 5)},
               keys=["content", "resp", "fund", "ip", "benefit", "data", "conf", "term", "misc"],
               num={"zh": "tiao", "en": "article"}, date="2025-06-03", date_fmt={"zh": "zh", "en": "en"},
               sign_label={"zh": "法定代表人或授权代表（签字）："},
               elements=None)
    doc = mk_rng(1011)  # rng holder for the stamp / pen specs
    s_a = cn_seal(doc, "新疆大学", "合同专用章")
    s_b = intl_seal(doc, "AL-FARABI KAZAKH NATIONAL UNIVERSITY", "ALMATY • KAZAKHSTAN", "blue", "sun")
    cfg["marks"] = {
        "zh": [{"seal": s_a, "seal_at": "date", "sig": sig_spec(doc, "chinese", "pen_blue", h=11), "sig_mode": "after"},
               {"seal": s_b, "seal_at": "date", "sig": sig_spec(doc, "latin", "pen_blue", ["G", "M"]), "sig_mode": "through"}],
        "en": [{"seal": dict(s_a, rotate=-8.0), "seal_at": "sign", "sig": sig_spec(doc, "chinese", "pen_blue", h=10)},
               {"seal": dict(s_b, rotate=12.0), "seal_at": "date", "sig": sig_spec(doc, "latin", "pen_blue", ["G", "M"])}],
    }
    cfg["elements"] = {"parties": ["新疆大学", "阿里-法拉比哈萨克国立大学"], "signing_date": "2025-06-03", "signatures": True,
                       "seals": True, "bilingual": True, "versions_executed": True, "cooperation_content": True,
                       "responsibilities": True,
                       "funding_allocation": [{"party": 1, "amount_cny": 400000, "percent": None},
                                              {"party": 2, "amount_cny": 200000, "percent": None}],
                       "ip_ownership": True, "benefit_sharing": True, "data_ownership": True}
    cfg["traps"] = ["red printed title (not a seal) on page 1", "seals lie over the signing dates",
                    "blue ballpoint signatures cross the seals; Party B signature runs through 'Signature' label",
                    "blue foreign university seal next to red Chinese seal", "colour scan with skew"]
    return agreement(cfg)


def d02():
    doc = mk_rng(1021)
    s_a = cn_seal(doc, "中国科学院新疆理化技术研究所", None, dmm=42)
    s_b = intl_seal(doc, "НОВОСИБИРСКИЙ ГОСУДАРСТВЕННЫЙ УНИВЕРСИТЕТ", "* НОВОСИБИРСК *", "purple", "shield",
                    middle=["ДЛЯ", "ДОКУМЕНТОВ"], mid_off=0.40)
    cfg = dict(file="h3_02_coop_zh_ru_side_photocopy.pdf", type="cooperation_agreement", seed=102, forms="photocopy",
               dpi=240, quality=62, layout="side", langs=("zh", "ru"), size={"zh": 9.4, "ru": 8.4},
               margin=(48, 56, 48, 52),
               titles={"zh": "国际科技合作协议书", "ru": "СОГЛАШЕНИЕ О МЕЖДУНАРОДНОМ НАУЧНО-ТЕХНИЧЕСКОМ СОТРУДНИЧЕСТВЕ"},
               parties={"zh": ("中国科学院新疆理化技术研究所", "新西伯利亚国立大学"),
                        "ru": ("Синьцзянский технический институт физики и химии Китайской академии наук",
                               "Новосибирский государственный университет")},
               P={"field": {"zh": "功能材料与光电探测", "ru": "функциональных материалов и фотодетекторов"},
                  "items": {"zh": "新型非线性光学晶体的联合设计与表征、器件测试以及研究生联合培养",
                            "ru": "совместное проектирование и исследование новых нелинейно-оптических кристаллов, испытания приборов и совместная подготовка аспирантов"},
                  "v": {"benefit": "defer"}, "fund": {"zh": {"amt": (500000, 300000)}}, "lang_zh_name": "俄文"},
               keys=["content", "resp", "fund", "ip", "benefit", "data", "term", "misc"],
               num={"zh": "tiao", "ru": "article"}, date="2025-03-05", date_fmt={"zh": "zhcn", "ru": "ru"},
               sign_label={"zh": "签字："})
    cfg["marks"] = {
        "zh": [{"seal": s_a, "seal_at": "date", "sig": sig_spec(doc, "chinese", "pen_black", h=10), "sig_mode": "through"},
               {}],
        "ru": [{},
               {"seal": s_b, "seal_at": "sign", "seal_dx": 10, "sig": sig_spec(doc, "cyrillic", "pen_blue", ["Б", "Д"]),
                "sig_mode": "through"}],
    }
    cfg["elements"] = {"parties": ["中国科学院新疆理化技术研究所", "新西伯利亚国立大学"], "signing_date": "2025-03-05",
                       "signatures": True, "seals": True, "bilingual": True, "versions_executed": True,
                       "cooperation_content": True, "responsibilities": True,
                       "funding_allocation": [{"party": 1, "amount_cny": 500000, "percent": None},
                                              {"party": 2, "amount_cny": 300000, "percent": None}],
                       "ip_ownership": True, "benefit_sharing": "uncertain", "data_ownership": True}
    cfg["traps"] = ["side-by-side zh|ru columns, role blocks on the same rows",
                    "photocopy: seals are grey, toner noise, skew, contrast loss",
                    "date written 二〇二五年三月五日 / «5» марта 2025 г., seal over the Chinese date",
                    "signatures run through '签字：' and 'Подпись:' labels",
                    "benefit sharing deferred (另行协商) -> uncertain",
                    "one party executes in the Chinese column, the other in the Russian column (one document, both sides executed)"]
    return agreement(cfg)



def d03():
    doc = mk_rng(1031)
    s_a = cn_seal(doc, "新疆维吾尔自治区农业科学院", None, dmm=42)
    cfg = dict(file="h3_03_coop_zh_uz_redversion.pdf", type="cooperation_agreement", seed=103, forms="scan", dpi=[200, 200, 170, 170],
               layout="seq", langs=("zh", "uz"), red_body=("uz",), margin=(80, 76, 74, 70), size={"zh": 11.5, "uz": 10.6},
               titles={"zh": "科技合作协议", "uz": "ILMIY-TEXNIKAVIY HAMKORLIK TOʻGʻRISIDA SHARTNOMA"},
               parties={"zh": ("新疆维吾尔自治区农业科学院", "塔什干国立农业大学"),
                        "uz": ("Shinjon-Uygʻur avtonom rayoni Qishloq xoʻjaligi fanlari akademiyasi", "Toshkent davlat agrar universiteti")},
               preamble={"zh": "为共同开展棉花及特色果树种质资源的交换、评价与利用研究，双方经协商一致，订立本协议。",
                         "uz": "Gʻoʻza va mevali daraxtlar genetik resurslarini (germplazma) almashish, baholash va ulardan foydalanish boʻyicha tadqiqotlarni birgalikda olib borish maqsadida tomonlar quyidagilarga kelishdilar."},
               P={"field": {"zh": "作物种质资源与分子育种", "uz": "oʻsimlik genetik resurslari va molekulyar seleksiya"},
                  "items": {"zh": "棉花、杏和核桃种质资源的交换与联合鉴定，抗旱耐盐基因挖掘，以及联合田间试验",
                            "uz": "gʻoʻza, oʻrik va yongʻoq germplazmasini almashish va birgalikda baholash, qurgʻoqchilik va shoʻrlanishga chidamlilik genlarini aniqlash, qoʻshma dala tajribalari"},
                  "v": {"data": "no"}, "fund": {"zh": {"pct": (70, 30)}}, "lang_zh_name": "乌兹别克文"},
               keys=["content", "resp", "fund", "ip", "benefit", "conf", "term", "misc"],
               num={"zh": "dun", "uz": "article"}, inline_heads={"uz": True},
               date="2025-04-18", date_fmt={"zh": "zh", "uz": "uz"},
               sign_label={"zh": "负责人签字：", "uz": "Imzo:"})
    cfg["marks"] = {"zh": [{"seal": s_a, "seal_at": "name", "seal_dx": 10, "seal_dy": 14,
                            "sig": sig_spec(doc, "chinese", "pen_black", h=10, nchar=3)},
                           {"sig": sig_spec(doc, "latin", "pen_blue", ["S", "R"]), "sig_mode": "after"}],
                    "uz": [{}, {}]}
    cfg["elements"] = {"parties": ["新疆维吾尔自治区农业科学院", "塔什干国立农业大学"], "signing_date": "2025-04-18",
                       "signatures": True, "seals": True, "bilingual": True, "versions_executed": False,
                       "cooperation_content": True, "responsibilities": True,
                       "funding_allocation": [{"party": 1, "amount_cny": None, "percent": 70},
                                              {"party": 2, "amount_cny": None, "percent": 30}],
                       "ip_ownership": True, "benefit_sharing": True, "data_ownership": False}
    cfg["rules"] = ["approval_needed"]
    cfg["traps"] = ["the Uzbek version is printed entirely in red ink: red text that is not a seal",
                    "Uzbek version has empty signature lines and no seal -> versions_executed false",
                    "Chinese version: only Party A sealed (seal over the unit name), both signed",
                    "germplasm exchange (种质资源) -> approval_needed", "funding as percentages 70/30",
                    "no data-ownership clause -> data_ownership false", "Uzbek date 2025-yil 18-aprel"]
    return agreement(cfg)


def d04():
    doc = mk_rng(1041)
    s_a = cn_seal(doc, "石河子大学", "合同专用章", dmm=40)
    s_b = intl_seal(doc, "Л.Н. ГУМИЛЕВ АТЫНДАҒЫ ЕУРАЗИЯ ҰЛТТЫҚ УНИВЕРСИТЕТІ", "АСТАНА", "purple", "sun",
                    span=250, bspan=50, font_mm=2.6, middle=["ҚАЗАҚСТАН", "РЕСПУБЛИКАСЫ"], mid_off=0.45)
    cfg = dict(file="h3_04_coop_zh_kk_disagree.pdf", type="cooperation_agreement", seed=104, forms="scan", dpi=180,
               layout="seq", langs=("zh", "kk"), size={"zh": 10.0, "kk": 9.0}, margin=(62, 64, 62, 60),
               titles={"zh": "合作研究协议", "kk": "БІРЛЕСКЕН ЗЕРТТЕУ ТУРАЛЫ КЕЛІСІМ"},
               parties={"zh": ("石河子大学", "古米廖夫欧亚国立大学"),
                        "kk": ("Шихэцзы университеті", "Л.Н. Гумилев атындағы Еуразия ұлттық университеті")},
               P={"field": {"zh": "荒漠化防治与生态修复", "kk": "шөлейттенуге қарсы күрес және экологиялық қалпына келтіру"},
                  "items": {"zh": "退化草地遥感监测、耐旱植物筛选、生态修复示范区共建和联合学术研讨",
                            "kk": "тозған жайылымдарды қашықтан зондтау, құрғақшылыққа төзімді өсімдіктерді іріктеу, бірлескен демонстрациялық алаң құру және ғылыми семинарлар"},
                  "v": {}, "fund": {"zh": {"amt": (600000, 200000)}, "kk": {"amt": (600000, 300000)}}, "lang_zh_name": "哈萨克文"},
               keys=["content", "resp", "fund", "ip", "benefit", "data", "term", "misc"],
               num={"zh": "arabic", "kk": "article"}, date="2025-05-20", date_fmt={"zh": "zh0", "kk": "kk"})
    cfg["post"] = [edge_seal(doc, "石河子大学", "red", pages=[0, 1, 2, 3], frac=0.42, ypos=0.42)]
    cfg["marks"] = {"zh": [{"seal": s_a, "seal_at": "date", "sig": sig_spec(doc, "chinese", "pen_blue", h=12)},
                           {"seal": s_b, "seal_at": "sign", "sig": sig_spec(doc, "cyrillic", "pen_blue", ["Ж", "Б"]), "sig_mode": "through"}],
                    "kk": [{"seal": dict(s_a, rotate=6.0), "seal_at": "date", "sig": sig_spec(doc, "chinese", "pen_blue", h=11)},
                           {"seal": dict(s_b, rotate=-15.0), "seal_at": "date", "sig": sig_spec(doc, "cyrillic", "pen_blue", ["Ж", "Б"])}]}
    cfg["elements"] = {"parties": ["石河子大学", "古米廖夫欧亚国立大学"], "signing_date": "2025-05-20",
                       "signatures": True, "seals": True, "bilingual": True, "versions_executed": True,
                       "cooperation_content": True, "responsibilities": True,
                       "funding_allocation": [{"party": 1, "amount_cny": 600000, "percent": None},
                                              {"party": 2, "amount_cny": 200000, "percent": None}],
                       "ip_ownership": True, "benefit_sharing": True, "data_ownership": True}
    cfg["rules"] = ["versions_disagree"]
    cfg["traps"] = ["Kazakh version gives Party B 300 000 yuan, Chinese version 20万元 -> versions_disagree (labels follow the Chinese text)",
                    "violet Kazakh seal with sun emblem", "partial 骑缝章 cut by the right page edge on every page",
                    "Kazakh date '2025 жылғы 20 мамыр'", "Chinese date with leading zeros 2025年05月20日"]
    return agreement(cfg)


def d05():
    doc = mk_rng(1051)
    cfg = dict(file="h3_05_coop_zh_only_noseal.pdf", type="cooperation_agreement", seed=105, forms="photocopy", dpi=200,
               quality=60, layout="seq", langs=("zh",), size={"zh": 12.5}, margin=(82, 88, 82, 78), footer=lambda n: "- %d -" % n,
               titles={"zh": "国际合作研究协议"},
               project={"zh": "项目名称：中亚人群2型糖尿病遗传易感性联合研究"},
               parties={"zh": ("新疆医科大学", "吉尔吉斯国立医学院")},
               preamble={"zh": "双方拟就上述项目开展合作，合作中涉及人类遗传资源样本的采集、保藏和出境，须依法报国务院科学技术行政部门批准后方可实施。"},
               P={"field": {"zh": "代谢性疾病遗传流行病学"},
                  "items": {"zh": "病例对照队列建设、血液样本采集与基因分型、风险预测模型构建和临床医师培训"},
                  "v": {"benefit": "no"}, "fund": {"zh": {"amt": (450000, 150000)}}, "lang_zh_name": "中文"},
               keys=["content", "resp", "fund", "ip", "data", "conf", "term"],
               num={"zh": "tiao"}, date="2025-02-26", date_fmt={"zh": "zhcn"},
               sign_label={"zh": "签字："})
    cfg["marks"] = {"zh": [{"sig": sig_spec(doc, "chinese", "pen_black", h=11, nchar=2), "sig_mode": "through"},
                           {"sig": sig_spec(doc, "initials", "pen_blue", ["T", "K"], h=9)}]}
    cfg["elements"] = {"parties": ["新疆医科大学", "吉尔吉斯国立医学院"], "signing_date": "2025-02-26",
                       "signatures": True, "seals": False, "bilingual": False, "versions_executed": True,
                       "cooperation_content": True, "responsibilities": True,
                       "funding_allocation": [{"party": 1, "amount_cny": 450000, "percent": None},
                                              {"party": 2, "amount_cny": 150000, "percent": None}],
                       "ip_ownership": True, "benefit_sharing": False, "data_ownership": True}
    cfg["rules"] = ["approval_needed"]
    cfg["traps"] = ["no seal anywhere although the role labels say （盖章）", "Chinese-only: bilingual false",
                    "fast Chinese signature through '签字：' label; foreign party signs with initials only",
                    "human genetic resources named -> approval_needed", "no benefit-sharing clause",
                    "photocopy", "date 二〇二五年二月二十六日"]
    return agreement(cfg)


def d06():
    doc = mk_rng(1061)
    s_a = cn_seal(doc, "中国科学院新疆生态与地理研究所", None, dmm=42)
    s_b = intl_seal(doc, "INSTITUTE OF BOTANY AND PHYTOINTRODUCTION", "ALMATY", "blue", "star8", bspan=40, span=250,
                    font_mm=2.6)
    cfg = dict(file="h3_06_coop_zh_en_side_future.pdf", type="cooperation_agreement", seed=106, forms=["text", "scan"],
               dpi=[150, 190], layout="side", langs=("zh", "en"), size={"zh": 9.6, "en": 8.6}, margin=(52, 60, 52, 56),
               as_of="2026-06-30",
               page_hook=letterhead_red("中国科学院新疆生态与地理研究所", "Xinjiang Institute of Ecology and Geography, CAS", 17),
               titles={"zh": "植物多样性保护合作协议", "en": "Cooperation Agreement on Plant Diversity Conservation"},
               parties={"zh": ("中国科学院新疆生态与地理研究所", "哈萨克斯坦植物学与植物引种研究所"),
                        "en": ("Xinjiang Institute of Ecology and Geography, Chinese Academy of Sciences",
                               "Institute of Botany and Phytointroduction, Republic of Kazakhstan")},
               P={"field": {"zh": "中亚植物多样性保护", "en": "plant diversity conservation in Central Asia"},
                  "items": {"zh": "天山野果林联合调查、濒危植物迁地保护、标本数字化与联合编目",
                            "en": "joint surveys of the Tianshan wild fruit forests, ex-situ conservation of endangered plants, digitisation of herbarium specimens and joint catalogues"},
                  "v": {"data": "defer"}, "fund": {"zh": {"amt": (350000, 250000)}}, "share": (7, 3)},
               keys=["content", "resp", "fund", "ip", "benefit", "data", "term", "misc"],
               num={"zh": "tiao", "en": "article"}, date="2026-08-12", date_fmt={"zh": "zh", "en": "en_dmy"})
    cfg["marks"] = {"zh": [{"seal": s_a, "seal_at": "date", "sig": sig_spec(doc, "chinese", "pen_black", h=10)}, {}],
                    "en": [{}, {"seal": s_b, "seal_at": "date", "sig": sig_spec(doc, "latin", "pen_black", ["N", "A"]), "sig_mode": "through"}]}
    cfg["elements"] = {"parties": ["中国科学院新疆生态与地理研究所", "哈萨克斯坦植物学与植物引种研究所"], "signing_date": "2026-08-12",
                       "signatures": True, "seals": True, "bilingual": True, "versions_executed": True,
                       "cooperation_content": True, "responsibilities": True,
                       "funding_allocation": [{"party": 1, "amount_cny": 350000, "percent": None},
                                              {"party": 2, "amount_cny": 250000, "percent": None}],
                       "ip_ownership": True, "benefit_sharing": True, "data_ownership": "uncertain"}
    cfg["rules"] = ["signing_after_as_of"]
    cfg["traps"] = ["page 1 is a born-digital text page with a red letterhead and double red rule (not seals)",
                    "page 2 is a scan with the signatures and seals", "signing date 12 August 2026 is after as_of 2026-06-30",
                    "data ownership 'shall be agreed separately' -> uncertain", "side-by-side zh|en"]
    return agreement(cfg)


def d07():
    doc = mk_rng(1071)
    s_a = cn_seal(doc, "喀什大学", "国际合作与交流处", dmm=40, bottom_mm=3.4)
    s_b = intl_seal(doc, "ТАДЖИКСКИЙ НАЦИОНАЛЬНЫЙ УНИВЕРСИТЕТ", "ДУШАНБЕ", "purple", "star", bspan=50, span=250, font_mm=3.0,
                    star_k=0.2)
    term = {"zh": "本协议自双方签字盖章之日起生效，有效期一年。项目执行期为2025年10月至2028年9月。",
            "ru": "Настоящее Соглашение вступает в силу с даты подписания и действует в течение одного года. Срок реализации проекта — с октября 2025 г. по сентябрь 2028 г."}
    cfg = dict(file="h3_07_coop_zh_ru_validity.pdf", type="cooperation_agreement", seed=107, forms="scan", dpi=150, quality=78,
               layout="seq", langs=("zh", "ru"), size={"zh": 12.0, "ru": 11.0}, margin=(76, 74, 76, 68),
               titles={"zh": "中塔科技合作协议", "ru": "СОГЛАШЕНИЕ О НАУЧНО-ТЕХНИЧЕСКОМ СОТРУДНИЧЕСТВЕ"},
               parties={"zh": ("喀什大学", "塔吉克国立大学"), "ru": ("Кашгарский университет", "Таджикский национальный университет")},
               P={"field": {"zh": "帕米尔高原冰川与水资源", "ru": "ледников и водных ресурсов Памира"},
                  "items": {"zh": "冰川变化联合观测、冰川融水径流模拟和灾害风险评估", "ru": "совместные наблюдения за ледниками, моделирование стока талых вод и оценка рисков стихийных бедствий"},
                  "v": {}, "fund": {"zh": {"amt": (300000, 300000)}}, "term": term, "lang_zh_name": "俄文"},
               keys=["content", "resp", "fund", "ip", "benefit", "data", "term", "misc"],
               num={"zh": "tiao", "ru": "article"}, date="2025-09-16", date_fmt={"zh": "zh", "ru": "dot"})
    cfg["marks"] = {"zh": [{"seal": s_a, "seal_at": "date", "sig": sig_spec(doc, "chinese", "pen_black", h=11)},
                           {"seal": s_b, "seal_at": "name", "seal_dy": 10, "sig": sig_spec(doc, "cyrillic", "pen_black", ["Ш", "Г"])}],
                    "ru": [{"seal": dict(s_a, rotate=-10.0), "seal_at": "date", "sig": sig_spec(doc, "chinese", "pen_black", h=10)},
                           {"seal": dict(s_b, rotate=18.0), "seal_at": "date", "sig": sig_spec(doc, "cyrillic", "pen_black", ["Ш", "Г"]), "sig_mode": "through"}]}
    cfg["elements"] = {"parties": ["喀什大学", "塔吉克国立大学"], "signing_date": "2025-09-16",
                       "signatures": True, "seals": True, "bilingual": True, "versions_executed": True,
                       "cooperation_content": True, "responsibilities": True,
                       "funding_allocation": [{"party": 1, "amount_cny": 300000, "percent": None},
                                              {"party": 2, "amount_cny": 300000, "percent": None}],
                       "ip_ownership": True, "benefit_sharing": True, "data_ownership": True}
    cfg["rules"] = ["validity_short"]
    cfg["traps"] = ["validity one year while the project runs three years -> validity_short",
                    "violet Tajik seal with star; red seal with a long bottom line (国际合作与交流处)",
                    "Russian date 16.09.2025", "150 dpi colour scan"]
    return agreement(cfg)


def d08():
    doc = mk_rng(1081)
    s_a = cn_seal(doc, "新疆农业大学", None, dmm=40)
    s_b = intl_seal(doc, "UNIVERSITY OF AGRICULTURE FAISALABAD", "PAKISTAN", "blue", "shield", shape="oval", bspan=50,
                    font_mm=2.7)
    cfg = dict(file="h3_08_coop_zh_en_blankdate_photocopy.pdf", type="cooperation_agreement", seed=108, forms="photocopy",
               dpi=200, quality=60, layout="seq", langs=("zh", "en"), continue_on_page=True, size={"zh": 10.0, "en": 9.4},
               margin=(66, 62, 66, 60), date_blank=True,
               titles={"zh": "科技合作框架协议", "en": "Framework Agreement on Scientific Cooperation"},
               parties={"zh": ("新疆农业大学", "University of Agriculture Faisalabad"),
                        "en": ("Xinjiang Agricultural University", "University of Agriculture Faisalabad")},
               P={"field": {"zh": "小麦与棉花抗逆育种", "en": "stress-tolerance breeding of wheat and cotton"},
                  "items": {"zh": "小麦、棉花种质资源的交换与联合表型鉴定，耐热品系联合选育和人员培训",
                            "en": "exchange and joint phenotyping of wheat and cotton germplasm, joint selection of heat-tolerant lines and staff training"},
                  "v": {"fund": "defer", "benefit": "defer"}, "fund": {}},
               keys=["content", "resp", "fund", "ip", "benefit", "data", "misc"],
               num={"zh": "dun", "en": "arabic"}, sign_label={"zh": "签字："})
    cfg["marks"] = {"zh": [{"seal": s_a, "seal_at": "name", "seal_dy": 8, "sig": sig_spec(doc, "chinese", "pen_black", h=10)},
                           {"seal": s_b, "seal_at": "sign", "sig": sig_spec(doc, "latin", "pen_blue", ["M", "A"]), "sig_mode": "through"}],
                    "en": [{"seal": dict(s_a, rotate=5.0), "seal_at": "date", "sig": sig_spec(doc, "initials", "pen_black", ["L", "Z"], h=8)},
                           {"seal": dict(s_b, rotate=-9.0), "seal_at": "name", "seal_dy": 8, "sig": sig_spec(doc, "latin", "pen_blue", ["M", "A"])}]}
    cfg["elements"] = {"parties": ["新疆农业大学", "University of Agriculture Faisalabad"], "signing_date": None,
                       "signatures": True, "seals": True, "bilingual": True, "versions_executed": True,
                       "cooperation_content": True, "responsibilities": True, "funding_allocation": "uncertain",
                       "ip_ownership": True, "benefit_sharing": "uncertain", "data_ownership": True}
    cfg["rules"] = ["approval_needed"]
    cfg["traps"] = ["blank date lines (____年__月__日 / ________) -> signing_date null",
                    "funding and benefit sharing deferred (另行协商 / agreed separately) -> uncertain",
                    "germplasm exchange -> approval_needed", "English version starts on the same page the Chinese one ends",
                    "oval blue seal (grey in the photocopy); Chinese version names the partner in English",
                    "initials-only signature"]
    return agreement(cfg)



# --------------------------------------------------------------------------------------------
# Consortium agreements (Chinese, 3-6 units)
# --------------------------------------------------------------------------------------------
CN_ROLE = ["牵头单位", "共同申报单位", "参与单位"]


def table(doc, widths, rows, size=9.5, head=True, pad=4, lead=1.45, red_head=False):
    x0 = doc.ml
    tot = sum(widths)
    scale = doc.width / tot
    widths = [w * scale for w in widths]
    for ri, row in enumerate(rows):
        cells = [wrap(str(c), "zh", size, w - 2 * pad) for c, w in zip(row, widths)]
        h = max(len(c) for c in cells) * size * lead + 2 * pad
        if doc.y + h > PH - doc.mb:
            doc.new_page()
        y = doc.y
        x = x0
        doc.use("zh")
        for c, w in zip(cells, widths):
            for k, ln in enumerate(c):
                doc.page.text(x + pad, y + pad + size * 1.0 + k * size * lead, ln, "zh", size, bold=(head and ri == 0))
            doc.page.rect(x, y, x + w, y + h, 0.5)
            x += w
        doc.y = y + h
    doc.y += 6


def consortium(cfg):
    d = Doc(cfg["file"], "consortium_agreement", cfg["seed"], cfg["forms"], cfg.get("dpi", 200), cfg.get("margin", (70, 70, 70, 64)),
            cfg.get("as_of", "2026-06-30"), cfg.get("quality", 72), cfg.get("footer"), cfg.get("opts"))
    d.page_hook = cfg.get("page_hook")
    s = cfg.get("size", 10.5)
    units = cfg["units"]
    d.new_page()
    hc = INKS["red"] if cfg.get("red_heads") else (0, 0, 0)
    d.title(cfg["title"], size=s + 7, color=hc, red="title" if cfg.get("red_heads") else False)
    d.para(cfg["project"], size=s, first=0, align="center", after=8)
    for i, (u, role) in enumerate(units):
        d.para("%s（%s）：%s" % (CN_ROLE[role], cfg.get("letters", "甲乙丙丁戊己")[i] + "方", u), size=s, first=0, after=1,
               hang=4 * s)
    d.space(4)
    d.para(cfg["preamble"], size=s, after=6)
    secs = cfg["sections"]
    n = 0
    for key, headtxt, body in secs:
        n += 1
        d.para(cfg["num"](n) + headtxt, size=s + 0.5, first=0, bold=True, after=2, color=hc,
               red=("h%d" % n) if cfg.get("red_heads") else False)
        if isinstance(body, str):
            d.para(body, size=s)
        else:
            body(d)
    # signing grid
    marks = cfg["marks"]
    colw = d.width / 2
    rows = (len(units) + 1) // 2
    cellh = s * 8.2
    d.ensure(s * 2)
    d.para(cfg.get("sign_intro", "（以下无正文，为签署页）"), size=s, first=0, after=s)
    for r in range(rows):
        d.ensure(cellh)
        y0 = d.y + s
        for c in (0, 1):
            i = r * 2 + c
            if i >= len(units):
                continue
            x = d.ml + c * colw
            p = d.page
            d.use("zh")
            lab = "%s方（盖章）：" % cfg.get("letters", "甲乙丙丁戊己")[i]
            xe = p.text(x, y0, lab, "zh", s, bold=True)
            lines = wrap(units[i][0], "zh", s, colw - (xe - x) - 12)
            for k, ln in enumerate(lines):
                p.text(xe + 2 if k == 0 else x + s * 2, y0 + k * s * 1.4, ln, "zh", s)
            name_box = (xe + 2, y0, xe + 2 + text_width(lines[0], "zh", s))
            yy = y0 + max(len(lines), 2) * s * 1.4 + s * 0.8
            sl = cfg.get("sign_label")
            sign_box = None
            if sl:
                xs = p.text(x, yy, sl, "zh", s)
                p.line(xs + 2, yy + 2, x + colw - 20, yy + 2, 0.4)
                sign_box = (x, yy, xs)
                yy += s * 2.0
            xd = p.text(x, yy, "日期：", "zh", s)
            ds = BLANK_DATE["zh"] if cfg.get("date_blank") else fmt_date(cfg["dates"][i] if "dates" in cfg else cfg["date"], cfg.get("date_fmt", "zh"))
            p.text(xd + 2, yy, ds, "zh", s)
            if "_" not in ds:
                d.date_box(xd + 2, yy, ds, "zh", s)
            g = {"name": name_box, "date": (xd + 2, yy, xd + 2 + text_width(ds, "zh", s)), "sign": sign_box}
            mk = marks[i] if i < len(marks) else {}
            if mk.get("sig") and sign_box:
                apply_marks(d, g, None, "date", mk["sig"], mk.get("sig_mode", "after"), s)
            if mk.get("seal"):
                apply_marks(d, g, mk["seal"], mk.get("seal_at", "date"), None, size=s, seal_dx=mk.get("seal_dx", 0),
                            seal_dy=mk.get("seal_dy", 0))
        d.y = y0 + cellh
    for hook in cfg.get("post", []):
        hook(d)
    d.elements, d.rules, d.traps = cfg["elements"], cfg.get("rules", []), cfg.get("traps", [])
    return d


def fund_table(units, amounts=None, pcts=None, tasks=None):
    def f(d):
        head = ["序号", "单位名称", "承担任务"] + (["经费（万元）"] if amounts else ["经费比例"] if pcts else [])
        rows = [head]
        for i, (u, _) in enumerate(units):
            row = [str(i + 1), u, tasks[i]]
            if amounts:
                row.append("%g" % (amounts[i] / 10000))
            elif pcts:
                row.append("%d%%" % pcts[i])
            rows.append(row)
        if amounts:
            rows.append(["", "合计", "", "%g" % (sum(amounts) / 10000)])
        table(d, [0.6, 3.2, 5.2, 1.5] if (amounts or pcts) else [0.6, 3.4, 6.5], rows, size=9.2)
    return f


RESP_CN = "牵头单位负责项目的总体组织协调、进度管理和经费拨付，汇总编制项目报告；各参与单位按照分工完成所承担的任务，按时提交阶段成果和经费使用情况，并配合牵头单位接受检查和验收。"
IP_CN = "项目执行中形成的知识产权，由独立完成的单位所有；两个以上单位共同完成的，由完成单位按贡献大小共有。各方对项目成果享有在本项目范围内的无偿使用权。"
IP_CN_DEFER = "项目形成的知识产权的归属、使用及收益分配，由各方在项目验收前另行协商确定。"


def units_sealed_ok(units):
    return True


def d09():
    doc = mk_rng(1091)
    units = [("新疆大学", 0), ("新疆师范大学", 1), ("伊犁师范大学", 2)]
    tasks = ["总体方案设计，中亚干旱区土壤盐渍化遥感反演模型研发", "野外采样与实验室分析，建立样品数据库", "伊犁河谷示范区观测与数据验证"]
    amounts = [1200000, 500000, 300000]
    cfg = dict(file="h3_09_cons_3units_scan.pdf", seed=109, forms="scan", dpi=200, size=10.5,
               title="联合申报合作协议书", project="项目名称：中亚干旱区土壤盐渍化监测与治理技术合作研究",
               units=units, preamble="为共同申报自治区上海合作组织科技伙伴计划项目，经各方协商一致，签订本协议，各方共同遵守。",
               num=lambda n: "%s、" % cn_num(n),
               sections=[("tasks", "目标任务", "项目目标：建立中亚干旱区土壤盐渍化多源遥感监测方法，形成适用于新疆和哈萨克斯坦南部的治理技术方案2套。各方任务分工及经费安排见下表："),
                         ("table", "", fund_table(units, amounts=amounts, tasks=tasks)),
                         ("resp", "各方责任", RESP_CN), ("ip", "知识产权", IP_CN),
                         ("misc", "其他", "本协议一式三份，各方各执一份，自各方盖章之日起生效。")],
               date="2025-03-28", date_fmt="zh",
               marks=[{"seal": cn_seal(doc, "新疆大学", None, dmm=40), "seal_at": "date"},
                      {"seal": cn_seal(doc, "新疆师范大学", None, dmm=40), "seal_at": "name", "seal_dy": 16},
                      {"seal": cn_seal(doc, "伊犁师范大学", "科研处", dmm=38), "seal_at": "date"}])
    cfg["sections"] = [(k, h, b) for k, h, b in cfg["sections"] if h] 
    cfg["sections"].insert(1, ("table", "任务分工与经费", fund_table(units, amounts=amounts, tasks=tasks)))
    cfg["elements"] = {"parties": [u for u, _ in units], "signing_date": "2025-03-28", "seals": True,
                       "responsibilities": True, "tasks": True,
                       "funding_allocation": [{"party": i + 1, "amount_cny": a, "percent": None} for i, a in enumerate(amounts)],
                       "ip_ownership": True, "all_parties_sealed": True, "bilingual": False}
    cfg["traps"] = ["task/funding table with wrapped cells", "three red seals, one over the unit name, two over dates",
                    "amounts in 万元 inside a table"]
    return consortium(cfg)


def d10():
    doc = mk_rng(1101)
    units = [("新疆医科大学", 0), ("新疆维吾尔自治区人民医院", 1), ("新疆医科大学第一附属医院", 2),
             ("喀什地区第一人民医院", 2), ("伊犁哈萨克自治州友谊医院", 2), ("新疆维吾尔自治区疾病预防控制中心", 2)]
    tasks = ["项目总体设计与协调，多中心数据平台建设", "临床队列建立与随访", "影像学检测与质控",
             "南疆现场调查", "北疆现场调查", "流行病学统计分析"]
    pcts = [30, 20, 15, 12, 12, 11]
    seals = [cn_seal(doc, u, None, dmm=40) for u, _ in units]
    marks = [{"seal": seals[0], "seal_at": "date"}, {"seal": seals[1], "seal_at": "date"}, {"seal": seals[2], "seal_at": "name", "seal_dy": 18},
             {"seal": seals[3], "seal_at": "date"}, {}, {"seal": seals[5], "seal_at": "date"}]
    cfg = dict(file="h3_10_cons_6units_photocopy.pdf", seed=110, forms="photocopy", dpi=200, quality=60, size=10.0,
               margin=(64, 66, 64, 60), footer=lambda n: "第%d页" % n,
               title="项目联合申报协议", project="（项目名称：中亚地区包虫病防控关键技术联合研究与示范）",
               units=units, preamble="各方自愿组成项目联合体，联合申报上述项目。为明确各方权利义务，订立本协议。",
               num=lambda n: "第%s条 " % cn_num(n),
               sections=[("tasks", "目标任务", "建立覆盖新疆南北疆的多中心包虫病筛查队列，形成早期诊断与干预技术规范一套，并与中亚合作伙伴共享防控经验。任务分工如下："),
                         ("table", "任务分工及经费比例", fund_table(units, pcts=pcts, tasks=tasks)),
                         ("resp", "各方职责", RESP_CN), ("ip", "知识产权", IP_CN),
                         ("misc", "生效", "本协议经各方盖章后生效，一式六份，各方各执一份。")],
               date="2025-04-09", date_fmt="zh", marks=marks)
    cfg["elements"] = {"parties": [u for u, _ in units], "signing_date": "2025-04-09", "seals": True,
                       "responsibilities": True, "tasks": True,
                       "funding_allocation": [{"party": i + 1, "amount_cny": None, "percent": p} for i, p in enumerate(pcts)],
                       "ip_ownership": True, "all_parties_sealed": False, "bilingual": False}
    cfg["rules"] = ["extra_units"]
    cfg["traps"] = ["six units (1 lead + 1 co-applicant + 4 participants) -> extra_units",
                    "戊方 (伊犁哈萨克自治州友谊医院) has no seal -> all_parties_sealed false",
                    "photocopy: grey seals, one lying over a unit name", "funding as percentages"]
    return consortium(cfg)


def d11():
    doc = mk_rng(1111)
    units = [("中国科学院新疆天文台", 0), ("新疆大学", 1), ("喀什大学", 2), ("新疆师范大学", 2)]
    tasks = ["射电望远镜观测方案设计与数据处理", "脉冲星计时数据分析", "南疆观测站运行维护", "科普与人才培养"]
    amounts = [900000, 400000, 250000, 150000]
    marks = [{"seal": cn_seal(doc, "中国科学院新疆天文台", None, dmm=42), "seal_at": "date"},
             {"seal": cn_seal(doc, "新疆大学", "合同专用章", dmm=40), "seal_at": "date", "seal_dx": 20},
             {"seal": cn_seal(doc, "喀什大学", None, dmm=40, color="red2"), "seal_at": "name", "seal_dy": 14},
             {"seal": cn_seal(doc, "新疆师范大学", None, dmm=40), "seal_at": "date"}]

    def stamp(d):
        p = d.pages[0]
        p.marks.append(Mark("seal", PW - 120, 92, rect_stamp(d, ["项目管理办公室", "已 审 核"], "blue", (42, 16)), {}))
    cfg = dict(file="h3_11_cons_4units_redheads.pdf", seed=111, forms="scan", dpi=180, size=11.0, red_heads=True, margin=(76, 80, 76, 70),
               title="合作申报协议", project="项目：中亚射电天文联合观测与人才培养",
               units=units, preamble="经友好协商，各方同意联合申报上述项目，并就有关事项约定如下。",
               num=lambda n: "%d. " % n,
               sections=[("tasks", "项目目标与任务分工", "建立中亚射电天文联合观测网络，完成不少于40颗脉冲星的计时观测。各方分工："),
                         ("table", "经费分配", fund_table(units, amounts=amounts, tasks=tasks)),
                         ("resp", "责任与义务", RESP_CN), ("ip", "知识产权", IP_CN_DEFER),
                         ("misc", "附则", "本协议未尽事宜由各方友好协商解决。")],
               date="2025-05-06", date_fmt="zh0", marks=marks, post=[stamp])
    cfg["elements"] = {"parties": [u for u, _ in units], "signing_date": "2025-05-06", "seals": True,
                       "responsibilities": True, "tasks": True,
                       "funding_allocation": [{"party": i + 1, "amount_cny": a, "percent": None} for i, a in enumerate(amounts)],
                       "ip_ownership": "uncertain", "all_parties_sealed": True, "bilingual": False}
    cfg["traps"] = ["red printed title and section headings (not seals)",
                    "blue rectangular '已审核' office stamp in the header (a stamp, but not a party seal)",
                    "IP ownership deferred (另行协商确定) -> uncertain", "four units: no extra_units"]
    return consortium(cfg)


def d12():
    doc = mk_rng(1121)
    units = [("新疆农业大学", 0), ("新疆畜牧科学院", 1), ("塔里木大学", 2), ("石河子大学", 2), ("新疆农垦科学院", 2),
             ("伊犁职业技术学院", 2)]
    tasks = ["总体协调，细毛羊高效繁育技术集成", "种公羊选育与性能测定", "南疆示范推广", "分子标记辅助选择",
             "兵团牧场示范", "基层技术人员培训"]
    amounts = [800000, 450000, 300000, 300000, 250000, 100000]
    marks = [{"seal": cn_seal(doc, u, None, dmm=40), "seal_at": "date" if i % 2 == 0 else "name", "seal_dy": 0 if i % 2 == 0 else 16}
             for i, (u, _) in enumerate(units)]
    marks[1]["sig"] = None
    cfg = dict(file="h3_12_cons_6units_textscan.pdf", seed=112, forms=["text", "scan"], dpi=[150, 200], size=10.0,
               margin=(66, 64, 66, 60),
               title="联合申报单位合作协议", project="项目名称：中哈细毛羊高效繁育技术合作与示范",
               units=units, preamble="根据项目申报要求，牵头单位与各合作单位经协商达成如下协议。",
               num=lambda n: "（%s）" % cn_num(n),
               sections=[("tasks", "目标任务", "三年内培育细毛羊核心群2个，推广优质种羊3000只，联合哈方开展技术培训。"),
                         ("table", "任务分工及经费", fund_table(units, amounts=amounts, tasks=tasks)),
                         ("resp", "各方权利义务", RESP_CN), ("ip", "成果与知识产权", IP_CN)],
               date="2025-06-18", date_fmt="zh", marks=marks, sign_intro="（签署页）")
    cfg["elements"] = {"parties": [u for u, _ in units], "signing_date": "2025-06-18", "seals": True,
                       "responsibilities": True, "tasks": True,
                       "funding_allocation": [{"party": i + 1, "amount_cny": a, "percent": None} for i, a in enumerate(amounts)],
                       "ip_ownership": True, "all_parties_sealed": True, "bilingual": False}
    cfg["rules"] = ["extra_units"]
    cfg["traps"] = ["page 1 born-digital text, signing page scanned", "six units all sealed -> extra_units only",
                    "seals alternate between lying over dates and over unit names"]
    return consortium(cfg)


def d13():
    doc = mk_rng(1131)
    units = [("中国科学院新疆理化技术研究所", 0), ("新疆大学", 1), ("昌吉学院", 2)]
    marks = [{"seal": cn_seal(doc, "中国科学院新疆理化技术研究所", None, dmm=42), "seal_at": "name", "seal_dy": 10},
             {"seal": cn_seal(doc, "新疆大学", None, dmm=40), "seal_at": "date"},
             {"seal": cn_seal(doc, "昌吉学院", None, dmm=38), "seal_at": "name", "seal_dy": 12}]
    cfg = dict(file="h3_13_cons_3units_nodate.pdf", seed=113, forms="photocopy", dpi=220, quality=58, size=11.5, margin=(80, 84, 80, 76),
               title="合作协议", project="（中亚地区光伏材料失效机理联合研究）", units=units,
               preamble="为联合申报并实施上述项目，三方本着优势互补、共同发展的原则，订立本协议。",
               num=lambda n: "第%s条  " % cn_num(n),
               sections=[("tasks", "目标任务", "查明高温、强紫外和沙尘条件下光伏组件的主要失效机理；中国科学院新疆理化技术研究所负责材料表征与老化试验，新疆大学负责户外实证电站监测，昌吉学院负责数据整理与标准草案编写。"),
                         ("resp", "各方职责", RESP_CN), ("ip", "知识产权", IP_CN),
                         ("conf", "保密", "各方对项目执行中知悉的其他方未公开的技术资料和试验数据负有保密义务，未经许可不得向第三方披露。"),
                         ("break", "违约责任", "任何一方未按本协议履行义务，给其他方造成损失的，应承担相应的赔偿责任。"),
                         ("misc", "其他", "本协议未尽事宜，由三方友好协商解决。本协议一式三份，自三方盖章之日起生效。")],
               date_blank=True, marks=marks)
    cfg["elements"] = {"parties": [u for u, _ in units], "signing_date": None, "seals": True,
                       "responsibilities": True, "tasks": True, "funding_allocation": False,
                       "ip_ownership": True, "all_parties_sealed": True, "bilingual": False}
    cfg["traps"] = ["blank date lines ____年__月__日 -> signing_date null",
                    "no funding clause -> funding_allocation false (the duties clause mentions 经费拨付/经费使用情况 but allocates nothing)",
                    "tasks given in prose, no table", "photocopy, seals over unit names"]
    return consortium(cfg)



# --------------------------------------------------------------------------------------------
# IP agreements
# --------------------------------------------------------------------------------------------
IP_KEYS = ["subject", "ip", "benefit", "conf", "term", "misc"]


def d14():
    doc = mk_rng(1141)
    s_a = cn_seal(doc, "新疆畜牧科学院", None, dmm=40)
    s_b = intl_seal(doc, "KAZAKH RESEARCH INSTITUTE OF ANIMAL HUSBANDRY AND FODDER PRODUCTION", None, "blue", "star8",
                    span=330, font_mm=2.3, dmm=42)
    cfg = dict(file="h3_14_ip_zh_en_scan.pdf", type="ip_agreement", seed=114, forms="scan", dpi=200, layout="seq",
               langs=("zh", "en"), size={"zh": 11.0, "en": 10.2}, margin=(78, 78, 78, 70),
               titles={"zh": "知识产权归属协议", "en": "Intellectual Property Agreement"},
               parties={"zh": ("新疆畜牧科学院", "哈萨克畜牧与饲料生产研究所"),
                        "en": ("Xinjiang Academy of Animal Science",
                               "Kazakh Research Institute of Animal Husbandry and Fodder Production")},
               P={"field": {"zh": "", "en": ""}, "items": {"zh": "", "en": ""},
                  "proj": {"zh": "中哈荒漠草原优质饲草栽培与加工技术合作", "en": "Sino-Kazakh Cooperation on Cultivation and Processing of High-Quality Forage in Desert Steppes"},
                  "v": {}, "share": (6, 4)},
               keys=IP_KEYS, num={"zh": "tiao", "en": "article"}, date="2025-07-08", date_fmt={"zh": "zh", "en": "en"})
    cfg["marks"] = {"zh": [{"seal": s_a, "seal_at": "date", "sig": sig_spec(doc, "chinese", "pen_blue", h=11), "sig_mode": "through"},
                           {"seal": s_b, "seal_at": "date", "sig": sig_spec(doc, "latin", "pen_blue", ["K", "S"])}],
                    "en": [{"seal": dict(s_a, rotate=9.0), "seal_at": "date", "sig": sig_spec(doc, "chinese", "pen_blue", h=10)},
                           {"seal": dict(s_b, rotate=-4.0), "seal_at": "sign", "sig": sig_spec(doc, "latin", "pen_blue", ["K", "S"]), "sig_mode": "through"}]}
    def copy_stamp(d):
        d.pages[0].marks.append(Mark("seal", PW - 130, 58, rect_stamp(d, ["与原件核对一致", "科研处"], "blue", (40, 15)), {}))
    cfg["post"] = [copy_stamp]
    cfg["elements"] = {"parties": ["新疆畜牧科学院", "哈萨克畜牧与饲料生产研究所"], "signing_date": "2025-07-08",
                       "signatures": True, "seals": True, "bilingual": True, "versions_executed": True,
                       "ip_ownership": True, "benefit_sharing": True}
    cfg["traps"] = ["blue rectangular '与原件核对一致' stamp in the top margin (an extra stamp, not a party seal)",
                    "both versions signed and sealed", "foreign seal with text all round the ring and an 8-point star",
                    "blue ballpoint signatures through labels and over seals"]
    return agreement(cfg)


def d15():
    doc = mk_rng(1151)
    s_a = cn_seal(doc, "中国科学院新疆理化技术研究所", "合同专用章", dmm=42, bottom_mm=3.6)
    cfg = dict(file="h3_15_ip_zh_ru_unsigned_ru.pdf", type="ip_agreement", seed=115, forms="photocopy", dpi=200, quality=60,
               layout="seq", langs=("zh", "ru"), size={"zh": 10.5, "ru": 9.8}, margin=(70, 72, 70, 66),
               titles={"zh": "关于合作成果知识产权的协议", "ru": "СОГЛАШЕНИЕ ОБ ИНТЕЛЛЕКТУАЛЬНОЙ СОБСТВЕННОСТИ"},
               parties={"zh": ("中国科学院新疆理化技术研究所", "哈萨克斯坦别克图罗夫化学科学研究所"),
                        "ru": ("Синьцзянский технический институт физики и химии Китайской академии наук",
                               "Институт химических наук им. А.Б. Бектурова")},
               P={"field": {"zh": "", "ru": ""}, "items": {"zh": "", "ru": ""},
                  "proj": {"zh": "盐湖锂资源绿色提取技术联合研究", "ru": "Совместные исследования экологичного извлечения лития из солёных озёр"},
                  "v": {"benefit": "defer"}, "lang_zh_name": "俄文"},
               keys=IP_KEYS, num={"zh": "dun", "ru": "article"}, date="2025-10-14", date_fmt={"zh": "zh", "ru": "ru"})
    cfg["marks"] = {"zh": [{"seal": s_a, "seal_at": "date", "sig": sig_spec(doc, "chinese", "pen_black", h=10)},
                           {"sig": sig_spec(doc, "cyrillic", "pen_black", ["С", "Б"]), "sig_mode": "through"}],
                    "ru": [{}, {}]}
    cfg["elements"] = {"parties": ["中国科学院新疆理化技术研究所", "哈萨克斯坦别克图罗夫化学科学研究所"], "signing_date": "2025-10-14",
                       "signatures": True, "seals": True, "bilingual": True, "versions_executed": False,
                       "ip_ownership": True, "benefit_sharing": "uncertain"}
    cfg["traps"] = ["Russian version has blank signature lines and no seal -> versions_executed false",
                    "benefit sharing deferred -> uncertain", "photocopy", "Party B's Cyrillic signature runs through the Chinese '授权代表（签字）' label",
                    "Russian date «14» октября 2025 г."]
    return agreement(cfg)


def d16():
    doc = mk_rng(1161)
    s_a = cn_seal(doc, "新疆农业大学", None, dmm=40)
    s_b = intl_seal(doc, "ҚАЗАҚ ҰЛТТЫҚ АГРАРЛЫҚ ЗЕРТТЕУ УНИВЕРСИТЕТІ", "АЛМАТЫ", "blue", "sun", bspan=40, span=260, font_mm=2.7)
    cfg = dict(file="h3_16_ip_zh_only_nosig.pdf", type="ip_agreement", seed=116, forms="scan", dpi=150, quality=78,
               layout="seq", langs=("zh",), size={"zh": 12.5}, margin=(86, 92, 86, 82),
               titles={"zh": "合作项目知识产权协议书"},
               parties={"zh": ("新疆农业大学", "哈萨克国立农业研究大学")},
               P={"field": {"zh": ""}, "items": {"zh": ""}, "proj": {"zh": "中亚苹果野生近缘种抗病机理研究"},
                  "v": {}, "share": (5, 5)},
               keys=["subject", "ip", "benefit", "conf", "term"], num={"zh": "tiao"}, date="2025-08-22", date_fmt={"zh": "zhcn"},
               sign_label={"zh": "代表签字："})
    cfg["marks"] = {"zh": [{"seal": s_a, "seal_at": "date"}, {"seal": s_b, "seal_at": "sign", "seal_dx": 30}]}
    cfg["elements"] = {"parties": ["新疆农业大学", "哈萨克国立农业研究大学"], "signing_date": "2025-08-22",
                       "signatures": False, "seals": True, "bilingual": False, "versions_executed": True,
                       "ip_ownership": True, "benefit_sharing": True}
    cfg["traps"] = ["sealed by both parties but signature lines left empty -> signatures false",
                    "Chinese only -> bilingual false (versions_executed true: the only version is sealed)",
                    "blue Kazakh seal lying over the empty signature line", "date 二〇二五年八月二十二日"]
    return agreement(cfg)


def d17():
    doc = mk_rng(1171)
    s_a = cn_seal(doc, "新疆大学", None, dmm=40)
    s_b = intl_seal(doc, "SAMARQAND DAVLAT UNIVERSITETI", "OʻZBEKISTON", "purple", "star", shape="oval", bspan=60,
                    font_mm=2.8, star_k=0.18)
    cfg = dict(file="h3_17_ip_zh_uz_side_photocopy.pdf", type="ip_agreement", seed=117, forms="photocopy", dpi=220, quality=58,
               layout="side", langs=("zh", "uz"), size={"zh": 9.8, "uz": 8.8}, margin=(50, 60, 50, 56),
               titles={"zh": "知识产权协议", "uz": "INTELLEKTUAL MULK TOʻGʻRISIDA SHARTNOMA"},
               parties={"zh": ("新疆大学", "撒马尔罕国立大学"), "uz": ("Shinjon universiteti", "Samarqand davlat universiteti")},
               P={"field": {"zh": "", "uz": ""}, "items": {"zh": "", "uz": ""},
                  "proj": {"zh": "丝绸之路古代文献数字化与多语种知识图谱构建", "uz": "Ipak yoʻli qadimiy qoʻlyozmalarini raqamlashtirish va koʻp tilli bilim grafini yaratish"},
                  "v": {}, "share": (5, 5), "lang_zh_name": "乌兹别克文"},
               keys=IP_KEYS, num={"zh": "tiao", "uz": "article"}, date="2025-11-20", date_fmt={"zh": "zh", "uz": "dot"},
               sign_label={"zh": "签字："})
    cfg["marks"] = {"zh": [{"seal": s_a, "seal_at": "date", "sig": sig_spec(doc, "initials", "pen_black", ["M", "Z"], h=8), "sig_mode": "through"},
                           {}],
                    "uz": [{"sig": sig_spec(doc, "initials", "pen_black", ["M", "Z"], h=8)},
                           {"seal": s_b, "seal_at": "date", "sig": sig_spec(doc, "initials", "pen_blue", ["A", "R"], h=9)}]}
    cfg["marks"]["zh"][1] = {"sig": sig_spec(doc, "latin", "pen_blue", ["A", "R"]), "sig_mode": "through"}
    cfg["elements"] = {"parties": ["新疆大学", "撒马尔罕国立大学"], "signing_date": "2025-11-20",
                       "signatures": True, "seals": True, "bilingual": True, "versions_executed": True,
                       "ip_ownership": True, "benefit_sharing": True}
    cfg["traps"] = ["side-by-side zh|uz", "initials-only signatures", "oval violet seal rendered grey in a photocopy",
                    "date 20.11.2025 in the Uzbek column"]
    return agreement(cfg)



# --------------------------------------------------------------------------------------------
# Ethics review documents
# --------------------------------------------------------------------------------------------
ETH_ELEMS = ["ethics_committee", "ethics_conclusion", "ethics_date", "seals", "bilingual"]


def options_row(doc, x, y, opts, checked, size=10.5, printed=True, ink="pen_blue"):
    p = doc.page
    xx = x
    for k, o in enumerate(opts):
        if printed:
            g = "☑" if k == checked else "☐"
            xx = p.text(xx, y, g, "sans", size * 1.05)
        else:
            b = size * 0.85
            p.rect(xx + 1, y - b, xx + 1 + b, y + 0.5, 0.6)
            if k == checked:
                doc.tick(xx + 1 + b * 0.6, y - b * 0.55, ink, size_mm=b * 1.5 * 25.4 / 72)
            xx += b + 3
        xx = p.text(xx + 2, y, o, "zh", size) + size * 1.4
    return xx


def kv_table(doc, rows, size=10.5, w0=0.26, pad=5, lead=1.5):
    """Two-column form table; value may be a callable(doc, x, ybaseline, width) drawing custom content."""
    x0 = doc.ml
    c0 = doc.width * w0
    c1 = doc.width - c0
    geo = {}
    for key, val, h_min in rows:
        lines = wrap(val, "zh", size, c1 - 2 * pad) if isinstance(val, str) else []
        h = max(h_min, len(lines) * size * lead + 2 * pad, size * lead + 2 * pad)
        y = doc.y
        doc.use("zh")
        kl = wrap(key, "zh", size, c0 - 2 * pad)
        for k, ln in enumerate(kl):
            doc.page.text(x0 + pad, y + pad + size + k * size * lead, ln, "zh", size, bold=True)
        if callable(val):
            geo[key] = val(doc, x0 + c0 + pad, y + pad + size, c1 - 2 * pad, h)
        else:
            for k, ln in enumerate(lines):
                doc.page.text(x0 + c0 + pad, y + pad + size + k * size * lead, ln, "zh", size)
        doc.page.rect(x0, y, x0 + c0, y + h, 0.7)
        doc.page.rect(x0 + c0, y, x0 + doc.width, y + h, 0.7)
        doc.y = y + h
    return geo


def eth_doc(file, seed, forms, dpi=200, margin=(72, 70, 72, 64), quality=72, as_of="2026-06-30", footer=None):
    return Doc(file, "ethics_review", seed, forms, dpi, margin, as_of, quality, footer)


def d18():
    d = eth_doc("h3_18_eth_form_ticks_scan.pdf", 118, "scan", 200)
    d.new_page()
    com = "新疆医科大学第一附属医院医学伦理委员会"
    d.title(com, size=15, after=2)
    d.title("伦理审查批件", size=18, after=4)
    d.para("批件号：K202503-12", size=9.5, first=0, align="right", after=6)
    s = 10.5

    def opts(labels, ck):
        return lambda doc, x, y, w, h: options_row(doc, x, y, labels, ck, s, True)
    kv_table(d, [
        ("项目名称", "中亚五国高血压流行特征及社区综合干预模式研究", 0),
        ("项目来源", "新疆维吾尔自治区上海合作组织科技伙伴计划", 0),
        ("申请单位", "新疆医科大学第一附属医院", 0),
        ("项目负责人", "心脏中心  主任医师", 0),
        ("审查类别", opts(["初始审查", "跟踪审查", "复审"], 0), 0),
        ("审查方式", opts(["会议审查", "快速审查"], 0), 0),
        ("审查文件", "项目申请书、研究方案（第1.1版）、知情同意书（第1.1版）、病例报告表、研究者履历", 0),
        ("审查意见", opts(["同意", "修改后同意", "修改后重审", "不同意"], 0), 0),
        ("说明", "本批件有效期一年，项目实施过程中如方案有修改，须重新提交审查；发生严重不良事件应及时报告。", 0),
    ], size=s)
    d.space(26)
    y = d.y + s
    xs = d.page.text(d.ml, y, "主任委员（签字）：", "zh", s)
    d.sign(xs - 20, y - 4, sig_spec(d, "chinese", "pen_black", h=10, nchar=3),
           label_box=(d.ml, y - s * 0.9, xs, y + s * 0.25))
    x2 = d.ml + d.width * 0.52
    d.page.text(x2, y, "（伦理委员会盖章）", "zh", s)
    y2 = y + s * 2.6
    xd = d.page.text(x2, y2, "审查日期：", "zh", s)
    ds = fmt_date("2025-03-12", "zh")
    d.page.text(xd + 2, y2, ds, "zh", s)
    d.date_box(xd + 2, y2, ds)
    d.seal(xd + 30, y2 - 12, cn_seal(d, com, None, dmm=42), over="date")
    # page 2: attendance sheet signed by the members present
    d.new_page()
    d.title("审查会议委员签到表", size=15, after=4)
    d.para("会议地点：伦理委员会会议室    审查项目：见批件K202503-12", size=10, first=0, align="center", after=10)
    roles = ["主任委员", "副主任委员", "委员（医学）", "委员（医学）", "委员（药学）", "委员（法律）", "委员（非医学）", "委员（社区代表）"]
    x0, w = d.ml, d.width
    cols = [0.1, 0.35, 0.55]
    rh = 40
    y = d.y
    for k, t in enumerate(["序号", "委员身份", "签名"]):
        d.page.text(x0 + (sum(cols[:k]) + 0.02) * w, y + 16, t, "zh", 10.5, bold=True)
    d.page.rect(x0, y, x0 + w, y + 24, 0.7)
    y += 24
    inks = ["pen_black", "pen_blue", "pen_blue2", "pen_black"]
    for i, r in enumerate(roles):
        d.page.rect(x0, y, x0 + w, y + rh, 0.7)
        d.page.line(x0 + cols[0] * w, y - 24 if i == 0 else y, x0 + cols[0] * w, y + rh, 0.7)
        d.page.line(x0 + (cols[0] + cols[1]) * w, y - 24 if i == 0 else y, x0 + (cols[0] + cols[1]) * w, y + rh, 0.7)
        d.page.text(x0 + 0.035 * w, y + 25, str(i + 1), "zh", 10.5)
        d.page.text(x0 + (cols[0] + 0.02) * w, y + 25, r, "zh", 10.5)
        st = "chinese" if i % 4 != 3 else "initials"
        d.sign(x0 + (cols[0] + cols[1] + 0.04 + 0.1 * d.rng.random()) * w, y + rh / 2,
               sig_spec(d, st, inks[i % 4], ["L", "M"], h=float(d.rng.uniform(8, 11)), nchar=int(d.rng.integers(2, 4))))
        y += rh
    d.use("zh")
    d.y = y
    d.elements = {"ethics_committee": com, "ethics_conclusion": "approved", "ethics_date": "2025-03-12",
                  "seals": True, "bilingual": False}
    d.traps = ["form with printed tick boxes ☑同意 ☐修改后同意 ☐修改后重审 ☐不同意 (plus ticked 初始审查/会议审查)",
               "label '（伦理委员会盖章）' and '主任委员（签字）' are not the committee name",
               "committee seal over the review date", "signature runs into its label",
               "批件有效期一年 (validity of an ethics approval, not an agreement)",
               "page 2: attendance sheet with eight members' handwritten signatures in black and blue (no names printed)"]
    return d


def d19():
    d = eth_doc("h3_19_eth_letter_conditional.pdf", 119, "scan", 190, margin=(76, 74, 76, 68))
    d.page_hook = letterhead_red("新疆维吾尔自治区人民医院", "People's Hospital of Xinjiang Uygur Autonomous Region", 19)
    d.new_page()
    com = "新疆维吾尔自治区人民医院医学伦理委员会"
    d.title("伦理审查意见书", size=17, after=4)
    d.para("新人医伦审〔2025〕第041号", size=10, first=0, align="center", after=10)
    d.para("新疆医科大学：", size=11, first=0, after=4)
    d.para("你单位牵头申报的“中亚地区结核病耐药基因监测与快速诊断技术合作研究”项目的伦理审查申请及相关材料收悉。本委员会按照《涉及人的生命科学和医学研究伦理审查办法》进行了会议审查，意见如下：", size=11)
    d.para("原则同意该项目开展，但须按以下要求修改后方可实施：", size=11)
    for t in ["1. 知情同意书应补充生物样本的保存期限、二次使用范围及受试者撤回同意的方式；",
              "2. 项目涉及人类遗传资源的采集及向境外合作方提供，须依法取得科技行政部门批准后方可实施；",
              "3. 按上述意见修改后的方案及知情同意书报本委员会备案。"]:
        d.para(t, size=11, first=22, hang=36)
    d.para("审查结论：修改后同意。", size=11, bold=True, after=24)
    y = d.y + 11
    x2 = d.ml + d.width * 0.45
    d.page.text(x2, y, com, "zh", 11)
    d.use("zh")
    y2 = y + 24
    ds = fmt_date("2025-04-10", "zhcn")
    d.page.text(x2 + 50, y2, ds, "zh", 11)
    d.date_box(x2 + 50, y2, ds, "zh", 11)
    d.seal(x2 + 50 + text_width(ds, "zh", 11) / 2 + 4, y2 - 14, cn_seal(d, com, None, dmm=42), over="date")
    y3 = y2 + 44
    xs = d.page.text(d.ml, y3, "主任委员：", "zh", 11)
    d.sign(xs + 4, y3 - 5, sig_spec(d, "chinese", "pen_blue", h=11, nchar=2))
    d.page.text(d.ml, PH - 92, "抄送：项目负责人", "zh", 9.5)
    d.page.line(d.ml, PH - 86, PW - d.mr, PH - 86, 0.6)
    d.elements = {"ethics_committee": com, "ethics_conclusion": "conditional", "ethics_date": "2025-04-10",
                  "seals": True, "bilingual": False}
    d.rules = ["ethics_conditional", "approval_needed"]
    d.traps = ["red letterhead and red double rule (printed, not a seal)", "'原则同意…修改后方可实施' = conditional, not approved",
               "seal over the date 二〇二五年四月十日", "human genetic resources named -> approval_needed",
               "document number 〔2025〕第041号 is not a date"]
    return d


def d20():
    d = eth_doc("h3_20_eth_en_weapprove.pdf", 120, "scan", 200, margin=(70, 70, 70, 64), quality=70)
    d.new_page()
    com = "Local Ethics Committee of Al-Farabi Kazakh National University"
    d.para("AL-FARABI KAZAKH NATIONAL UNIVERSITY", "en", "serifb", 14, first=0, align="center", after=0)
    d.para("Local Ethics Committee", "en", "serifi", 11.5, first=0, align="center", after=2)
    d.para("71 al-Farabi Ave., Almaty 050040, Republic of Kazakhstan", "en", "sans", 8.5, first=0, align="center", after=4)
    d.page.line(d.ml, d.y, PW - d.mr, d.y, 0.8)
    d.space(22)
    d.para("Extract from the Minutes No. 3", "en", "serifb", 12, first=0, after=8)
    d.para("Project: \"Joint Study of Heavy-Metal Exposure and Child Health in the Ili-Balkhash Basin\" (SCO S&T Partnership Programme, lead applicant: Xinjiang Medical University; partner: Al-Farabi Kazakh National University).",
           "en", "serif", 10.5, first=0, after=8)
    d.para("Documents reviewed: study protocol v2.0, participant information sheet and consent forms in Kazakh, Russian and Chinese, questionnaire, data management plan.",
           "en", "serif", 10.5, first=0, after=8)
    d.para("Having considered the risks and benefits for participants, the confidentiality arrangements and the qualifications of the investigators, the Local Ethics Committee of Al-Farabi Kazakh National University decided by a majority of votes (7 for, 0 against, 1 abstention):",
           "en", "serif", 10.5, first=0, after=8)
    d.para("We approve the protocol for conduct as submitted.", "en", "serifb", 11, first=24, after=8)
    d.para("Annual progress reports and any amendments must be submitted to the Committee.", "en", "serif", 10.5, first=0, after=30)
    y = d.y + 11
    xs = d.page.text(d.ml, y, "Chair of the Local Ethics Committee:", "serif", 10.5)
    d.page.line(xs + 4, y + 2, xs + 150, y + 2, 0.4)
    d.sign(xs + 8, y - 6, sig_spec(d, "latin", "pen_blue", ["D", "S"], h=12))
    y2 = y + 30
    xd = d.page.text(d.ml, y2, "Date:", "serif", 10.5)
    ds = fmt_date("2025-03-05", "en")
    d.page.text(xd + 5, y2, ds, "serif", 10.5)
    d.date_box(xd + 5, y2, ds, "serif", 10.5)
    d.seal(xs + 100, y + 4, intl_seal(d, "AL-FARABI KAZAKH NATIONAL UNIVERSITY", "LOCAL ETHICS COMMITTEE", "blue", "sun",
                                      bspan=140, font_mm=2.7), over="signature")
    d.page.marks.append(Mark("seal", PW - 140, 150, rect_stamp(d, ["REGISTERED", "No. 112 / LEC"], "purple", (38, 14), font="sansb"), {}))
    d.elements = {"ethics_committee": com, "ethics_conclusion": "approved", "ethics_date": "2025-03-05",
                  "seals": True, "bilingual": False}
    d.traps = ["violet rectangular 'REGISTERED No. 112' stamp near the heading", "English 'We approve'", "blue round seal over the chair's blue signature", "vote count 7/0/1 is not a date",
               "English-only ethics document (no Chinese version)", "date March 5, 2025"]
    return d


def d21():
    d = eth_doc("h3_21_eth_ru_zh_translation.pdf", 121, ["photocopy", "text"], [200, 150], margin=(70, 66, 70, 64), quality=60)
    d.new_page()
    com_ru = "Локальный этический комитет НАО «Казахский национальный медицинский университет имени С.Д. Асфендиярова»"
    com_zh = "阿斯芬迪亚罗夫哈萨克国立医科大学地方伦理委员会"
    d.para("ВЫПИСКА ИЗ ПРОТОКОЛА № 7", "ru", "serifb", 13, first=0, align="center", after=2)
    d.para("заседания " + com_ru, "ru", "serif", 10.5, first=0, align="center", after=12)
    d.para("г. Алматы", "ru", "serif", 10, first=0, after=10)
    d.para("СЛУШАЛИ: заявку на этическую экспертизу исследования «Распространённость дефицита витамина D у детей Казахстана и Синьцзяна и эффективность профилактики» (совместный проект с Синьцзянским медицинским университетом).",
           "ru", "serif", 10.5, first=0, after=8)
    d.para("Рассмотрены: протокол исследования (версия 1.2), форма информированного согласия на казахском и русском языках, индивидуальная регистрационная карта.",
           "ru", "serif", 10.5, first=0, after=8)
    d.para("ПОСТАНОВИЛИ: одобрить проведение исследования в представленной редакции.", "ru", "serifb", 10.5, first=0, after=8)
    d.para("Голосовали: «за» — 9, «против» — нет, «воздержались» — нет.", "ru", "serif", 10.5, first=0, after=30)
    y = d.y + 10
    xs = d.page.text(d.ml, y, "Председатель ЛЭК", "serif", 10.5)
    d.page.line(xs + 30, y + 2, xs + 170, y + 2, 0.4)
    d.sign(xs + 40, y - 5, sig_spec(d, "cyrillic", "pen_blue", ["Г", "Л"], h=11))
    d.page.text(xs + 175, y, "(подпись)", "serif", 8.5)
    y2 = y + 28
    xd = d.page.text(d.ml, y2, "Дата:", "serif", 10.5)
    ds = fmt_date("2025-04-12", "ru")
    d.page.text(xd + 5, y2, ds, "serif", 10.5)
    d.date_box(xd + 5, y2, ds, "serif", 10.5)
    d.seal(xd + 45, y2 - 8, intl_seal(d, "ЛОКАЛЬНЫЙ ЭТИЧЕСКИЙ КОМИТЕТ", "КАЗНМУ • АЛМАТЫ", "purple", "star", bspan=110,
                                      font_mm=3.0, star_k=0.18), over="date")
    # page 2: typed Chinese translation (born digital)
    d.new_page()
    d.title("（中文译文）", size=12, bold=False, after=2)
    d.title(com_zh + "会议记录摘录（第7号）", size=14, after=10)
    d.para("审议事项：“哈萨克斯坦与新疆儿童维生素D缺乏患病率及预防效果研究”（与新疆医科大学的合作项目）伦理审查申请。", size=10.5)
    d.para("审议文件：研究方案（1.2版）、哈萨克语和俄语知情同意书、病例报告表。", size=10.5)
    d.para("决定：批准按所提交的方案开展该研究。", size=10.5, bold=True)
    d.para("表决结果：赞成9票，反对0票，弃权0票。", size=10.5, after=20)
    d.para("地方伦理委员会主席（签字）", size=10.5, first=0)
    d.para("日期：2025年4月12日", size=10.5, first=0)
    d.para("（印章：地方伦理委员会）", size=10.5, first=0, after=20)
    d.para("译者声明：本译文与俄文原件内容一致。", size=9.5, first=0)
    d.elements = {"ethics_committee": com_zh, "ethics_conclusion": "approved", "ethics_date": "2025-04-12",
                  "seals": True, "bilingual": True}
    d.traps = ["Russian 'одобрить' on a photocopied original, Chinese translation typed on page 2",
               "seal of violet ink (grey in the photocopy) over the Russian date «12» апреля 2025 г.",
               "the translation page only describes the seal in words ('（印章：…）') and has no real seal",
               "committee name taken from the Chinese translation; the Russian original gives the full Russian name"]
    return d


def d22():
    d = eth_doc("h3_22_eth_committee_unnamed.pdf", 122, "scan", 180, margin=(80, 80, 80, 70))
    d.new_page()
    d.title("项目科技伦理审查报告", size=17, after=14)
    s = 11
    d.para("项目名称：中亚地区羊布鲁氏菌病流行病学调查及防控技术示范", size=s, first=0, after=2)
    d.para("申请单位：新疆农业大学", size=s, first=0, after=2)
    d.para("审查类型：初始审查", size=s, first=0, after=10)
    d.para("本委员会对上述项目的研究方案、动物实验操作规程、现场采样方案和生物安全防护措施进行了审查。项目涉及在新疆和哈萨克斯坦牧区采集羊血清样本，采样过程由执业兽医操作，对动物的伤害可控，实验室操作符合生物安全二级要求。", size=s)
    d.para("经讨论，本委员会认为该方案符合伦理要求，批准执行。项目实施期间如研究内容发生重大变化，应重新提交审查。", size=s, after=36)
    y = d.y + s
    xs = d.page.text(d.ml, y, "伦理委员会主任（签字）：", "zh", s)
    d.sign(xs - 36, y - 4, sig_spec(d, "chinese", "pen_black", h=12, nchar=3), label_box=(d.ml, y - s * 0.9, xs, y + s * 0.25))
    y2 = y + 34
    d.page.text(d.ml + d.width * 0.5, y2, "（伦理委员会盖章）", "zh", s)
    y3 = y2 + 28
    xd = d.page.text(d.ml + d.width * 0.5, y3, "日期：", "zh", s)
    ds = fmt_date("2025-05-20", "zh")
    d.page.text(xd + 2, y3, ds, "zh", s)
    d.date_box(xd + 2, y3, ds)
    d.elements = {"ethics_committee": False, "ethics_conclusion": "approved", "ethics_date": "2025-05-20",
                  "seals": False, "bilingual": False}
    d.traps = ["the committee is only called '本委员会' -> ethics_committee false",
               "'伦理委员会主任（签字）' and '（伦理委员会盖章）' are labels, not a committee name",
               "seal placeholder but no seal -> seals false", "'认为该方案符合伦理要求，批准执行' = approved",
               "fast Chinese signature runs through its label"]
    return d


def d23():
    d = eth_doc("h3_23_eth_rejected_handticks.pdf", 123, "photocopy", 220, quality=58, margin=(66, 66, 66, 60))
    d.new_page()
    com = "石河子大学第一附属医院医学伦理委员会"
    d.title(com, size=14, after=2)
    d.title("伦理审查决定表", size=17, after=12)
    s = 10.5

    def opts(labels, ck):
        return lambda doc, x, y, w, h: options_row(doc, x, y, labels, ck, s, False, "pen_blue")
    kv_table(d, [
        ("项目名称", "中亚跨境人群干细胞治疗膝骨关节炎的多中心临床研究", 0),
        ("项目类别", "上海合作组织科技伙伴计划（国际合作）", 0),
        ("主要研究者", "骨科  副主任医师", 0),
        ("审查方式", opts(["会议审查", "快速审查"], 0), 0),
        ("审查决定", opts(["同意", "修改后同意", "修改后重审", "不同意"], 3), 0),
        ("理由", "干细胞制剂的质量控制资料不完整，临床前安全性数据不足以支持在人体开展研究；风险与受益比不合理；境外合作机构的受试者保护措施未予说明。", 60),
    ], size=s)
    d.space(30)
    y = d.y + s
    x2 = d.ml + d.width * 0.48
    d.page.text(x2, y, "伦理委员会（盖章）", "zh", s)
    d.use("zh")
    d.seal(x2 + 46, y - 4, cn_seal(d, com, None, dmm=42), over="text")
    y2 = y + 48
    xs = d.page.text(d.ml, y2, "主任委员签字：", "zh", s)
    d.sign(xs + 2, y2 - 5, sig_spec(d, "chinese", "pen_blue", h=10, nchar=2))
    xd = d.page.text(x2, y2, "日期：", "zh", s)
    ds = fmt_date("2025-06-03", "zh")
    d.page.text(xd + 2, y2, ds, "zh", s)
    d.date_box(xd + 2, y2, ds)
    d.elements = {"ethics_committee": com, "ethics_conclusion": "rejected", "ethics_date": "2025-06-03",
                  "seals": True, "bilingual": False}
    d.rules = ["ethics_rejected"]
    d.traps = ["hand-drawn ticks in empty boxes: the tick is on 不同意 (the printed boxes are all empty)",
               "photocopy; seal over the '伦理委员会（盖章）' text and reaching down onto the date line", "'同意' also appears as an unticked option"]
    return d


def d24():
    d = eth_doc("h3_24_eth_zh_en_side_blankdate.pdf", 124, "scan", 200, margin=(56, 66, 56, 60))
    d.new_page()
    com_zh = "中国科学院新疆理化技术研究所科技伦理委员会"
    com_en = "Science and Technology Ethics Committee of the Xinjiang Technical Institute of Physics and Chemistry, CAS"
    d.pair("科技伦理审查意见", "Ethics Review Opinion", "zh", "en", 15, 13, bold=True, first_l=0, after=12)
    d.pair("项目名称：基于光谱技术的中亚地区食品中农药残留快速检测", "Project: Rapid Spectroscopic Detection of Pesticide Residues in Food in Central Asia",
           "zh", "en", 10.5, 9.5, first_l=0, after=4)
    d.pair("审查机构：" + com_zh, "Reviewing body: " + com_en, "zh", "en", 10.5, 9.5, first_l=0, after=8)
    d.pair("本项目拟在新疆及乌兹别克斯坦采集市售果蔬样品进行检测方法验证，并招募志愿者参与感官评价问卷。委员会审查了研究方案、问卷及知情同意书。",
           "The project will collect fruit and vegetable samples from markets in Xinjiang and Uzbekistan to validate the method and will recruit volunteers for a sensory questionnaire. The Committee reviewed the protocol, the questionnaire and the consent form.",
           "zh", "en", 10.5, 9.5, after=8)
    d.pair("经审查，同意该项目按照所提交方案开展研究。", "Decision: approved; the study may proceed according to the submitted protocol.",
           "zh", "en", 10.5, 9.5, bold=True, after=30)
    cw = (d.width - 18) / 2
    y = d.y + 10.5
    xs = d.page.text(d.ml, y, "主任委员（签字）：", "zh", 10.5)
    d.page.text(d.ml + cw + 18, y, "Chair (signature):", "serif", 9.5)
    d.sign(xs + 4, y - 4, sig_spec(d, "chinese", "pen_black", h=10, nchar=3))
    y2 = y + 34
    d.page.text(d.ml, y2, "（伦理委员会盖章）", "zh", 10.5)
    d.page.text(d.ml + cw + 18, y2, "(Seal of the Ethics Committee)", "serif", 9.5)
    d.seal(d.ml + 60, y2 - 2, cn_seal(d, com_zh, None, dmm=42), over="text")
    y3 = y2 + 30
    xd = d.page.text(d.ml, y3, "日期：", "zh", 10.5)
    d.page.text(xd + 2, y3, BLANK_DATE["zh"], "zh", 10.5)
    xd2 = d.page.text(d.ml + cw + 18, y3, "Date:", "serif", 9.5)
    d.page.text(xd2 + 4, y3, BLANK_DATE["en"], "serif", 9.5)
    d.elements = {"ethics_committee": com_zh, "ethics_conclusion": "approved", "ethics_date": None,
                  "seals": True, "bilingual": True}
    d.traps = ["side-by-side zh|en ethics opinion", "blank date line in both languages -> ethics_date null",
               "'经审查，同意该项目按照所提交方案开展研究' = approved", "seal over the '（伦理委员会盖章）' label and the chair's signature"]
    return d


DOCS = []


def main(only=None):
    tmpdir = "/tmp/h3_build"
    os.makedirs(tmpdir, exist_ok=True)
    if only is None:
        if os.path.isdir(OUT):
            shutil.rmtree(OUT)
    os.makedirs(OUT, exist_ok=True)
    labels = []
    for fn in DOCS:
        if only and not any(o[3:5] == fn.__name__[1:] for o in only):
            continue
        doc = fn()
        print("building", doc.file, len(doc.pages), "pages", flush=True)
        labels.append(build(doc, tmpdir))
    if only is None:
        with open(os.path.join(OUT, "labels.json"), "w", encoding="utf-8") as f:
            json.dump(labels, f, ensure_ascii=False, indent=1)
        with open(os.path.join(OUT, "README.md"), "w", encoding="utf-8") as f:
            f.write(readme(labels))
    else:
        with open(os.path.join(tmpdir, "labels_partial.json"), "w", encoding="utf-8") as f:
            json.dump(labels, f, ensure_ascii=False, indent=1)


def readme(labels):
    n_pages = sum(len(e["page_forms"]) for e in labels)
    size = sum(os.path.getsize(os.path.join(OUT, e["file"])) for e in labels)
    L = []
    L.append("# heldout3 — independent held-out set for the attachment checker\n")
    L.append("%d PDF files, %d pages, %.1f MB. Built from scratch by `scripts/make_heldout3.py`; "
             "nothing here was derived from the checker, its tests, samples or earlier held-out sets.\n" % (len(labels), n_pages, size / 1e6))
    L.append("## Rebuild\n")
    L.append("```\npython3 -m venv /tmp/h3venv\n/tmp/h3venv/bin/pip install reportlab pillow numpy opencv-python-headless\n"
             "apt-get install fonts-wqy-zenhei fonts-dejavu   # if missing\n/tmp/h3venv/bin/python scripts/make_heldout3.py\n```\n")
    L.append("The script wipes and rewrites `heldout3/` (PDFs, labels.json, this README). All randomness comes from fixed "
             "seeds (one per document, one per page), so a rebuild with the same library versions gives the same pixels "
             "and labels. `make_heldout3.py h3_05 h3_12` rebuilds single files into heldout3/ (labels go to /tmp/h3_build).\n")
    L.append("## How the pages are made\n")
    L.append("- Every page is laid out as text/line operations in PDF points. Scanned and photocopied pages are rasterised "
             "(150-240 dpi), stamped and signed by ink compositing (multiplicative, so text stays visible under seals and pen "
             "strokes cross seals), skewed by up to about 1.3 degrees, degraded and embedded as a single JPEG per page. "
             "`text` pages are born-digital (real PDF text via reportlab) with the stamp/signature images placed on top.\n"
             "- `scan`: colour, paper tint, slight blur, uneven light. `photocopy`: greyscale, lifted blacks and lowered whites "
             "(contrast loss), toner speckles, vertical streaks, a dark lid shadow at one edge; seals come out grey.\n"
             "- Seals: Chinese round seals (arc text + star, optional bottom line), foreign round/oval seals with text around "
             "the ring, an inner ring and an emblem (sun, 8-point star, star, shield), rectangular office stamps; inks red, "
             "blue, violet; uneven, partly faded impressions with holes; random rotation. 骑缝章 = a seal whose larger part "
             "lies beyond the right page edge.\n"
             "- Signatures: a ballpoint model (pressure-varying width, ink density, skips) drawing Latin or Cyrillic capitals "
             "followed by cursive/angular lower-case runs and a flourish, initials only, or fast Chinese names built from "
             "stroke primitives (横 竖 撇 捺 点 折 钩) chained by light connecting strokes. Black or blue ink.\n")
    L.append("## labels.json\n")
    L.append("One entry per file, in the schema of the task brief, plus `dpi` (per page). Additional conventions:\n"
             "- `page_forms` is per page (`scan` | `photocopy` | `text`).\n"
             "- All bboxes are fractions of the page, origin top-left, measured from per-mark pixel masks after the same "
             "warp (skew/zoom/shift) as the page, so they are tight around the drawn ink (for seals: the clean stamp design, "
             "before fading).\n"
             "- `marks.seals[].color` / `signatures[].ink` give the colour as it appears on the page: on photocopies "
             "everything is `black`. `partial` is true when the stamp is cut by the page edge. `over` is computed from the "
             "drawing: `date` when the stamp covers a filled-in date value, else `signature` when it overlaps signature ink, "
             "else `text` when it covers any printed text, else `none`.\n"
             "- `over_seal` = the signature ink overlaps a seal's ink; `through_label` = the ink enters the box of the "
             "printed signature label (签字：/ Signature: / Подпись: ...).\n"
             "- `red_text` lists printed red elements (letterhead name, red rules, red titles/headings, a version printed in "
             "red) on colour pages only; it is empty for photocopies.\n"
             "- `language_versions`: pages on which each language's text appears; a side-by-side page belongs to both; a "
             "page where one version ends and the next begins belongs to both.\n")
    L.append("## Judgement calls\n")
    L.append("- `parties`: the names as written in the Chinese version (without the parenthesised original). Where the "
             "Chinese version itself writes the partner in English (h3_08) the English name is the label.\n"
             "- `funding_allocation` follows the Chinese version when versions disagree (h3_04) and the rule "
             "`versions_disagree` fires. Percent shares are given as `percent` with `amount_cny` null. Deferred funding "
             "(另行协商 / agreed separately) is `\"uncertain\"`; no funding text at all is `false`.\n"
             "- `versions_executed`: every language version carries a signature or a seal. A one-language agreement that is "
             "signed or sealed counts as executed. A side-by-side page executed in either column counts for both columns "
             "(h3_02: one party executes in the Chinese column, the other in the Russian column).\n"
             "- `signatures`: handwritten signatures (incl. initials). h3_16 has only seals -> false. `seals` counts any "
             "ink stamp of a party/committee; the blue rectangular '已审核' office stamp in h3_11 is a seal mark but is not "
             "one of the parties' seals (all four parties have their own round seal).\n"
             "- A blank date line gives null for signing_date / ethics_date.\n"
             "- `extra_units`: only the two 6-unit consortia (1 lead + 1 co-applicant + 4 participants) fire; 3- and "
             "4-unit consortia do not; no 5-unit consortium is included because the rule is ambiguous there.\n"
             "- `validity_short` (h3_07): the agreement is valid one year while the project runs three years. The ethics "
             "approval in h3_18 also says 有效期一年; it is an ethics document, so the rule is not expected there.\n"
             "- `approval_needed`: fires where human genetic resources (人类遗传资源) or germplasm (种质资源 / germplasm / "
             "germplazma) are named: h3_03, h3_05, h3_08, h3_19. No other document uses these words.\n"
             "- Ethics: `ethics_committee` is the committee's full name (Chinese name where a Chinese text exists; h3_20 "
             "is English only); only '本委员会' -> false (h3_22). '原则同意…修改后方可实施' is conditional.\n"
             "- `as_of` is 2026-06-30 for every file; h3_06 is signed 2026-08-12 -> signing_after_as_of.\n")
    L.append("## Files\n")
    L.append("| file | type | pages (form) | rules | what it tests |\n|---|---|---|---|---|")
    for e in labels:
        forms = ",".join(e["page_forms"])
        L.append("| %s | %s | %d (%s) | %s | %s |" % (e["file"], e["doc_type"], len(e["page_forms"]), forms,
                                                  ", ".join(e["rules"]) or "-", "; ".join(e["traps"])))
    L.append("")
    return "\n".join(L) + "\n"


if __name__ == "__main__":
    DOCS[:] = [v for k, v in sorted(globals().items()) if k[:1] == "d" and k[1:].isdigit() and callable(v)]
    main(sys.argv[1:] or None)
