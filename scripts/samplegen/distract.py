"""Printed things a seal/signature detector must not fire on, each labelled.

Red letterheads (红头文件) with their red rule and star, university emblems
(round, coloured, ringed, text around a dense picture: the hardest negative),
QR codes, printed form boxes, "(盖章处)" circles. Coloured text and underlines
are Para options (layout.py), ruled tables are labelled by the layout itself.

Each piece records a ``Mark("distractor", outline, {"kind": ..., "color": ...})``
on the page, so labels follow it through scanning like seals.
"""
from __future__ import annotations

import math
import random

import numpy as np
from PIL import Image, ImageDraw

from .fonts import pil_font, text_width
from .layout import Color, ImageOp, LineOp, Mark, Page, ShapeOp, TextOp, _box
from .marks import PX_PER_PT, _arc_text, _fit_px, hull_points

RED: Color = (0.82, 0.08, 0.1)
BLUE: Color = (0.1, 0.2, 0.65)
EMBLEM_COLORS = {"blue": (24, 52, 130), "red": (186, 22, 34), "green": (18, 108, 62), "purple": (96, 36, 120)}


def _mark(page: Page, kind: str, x0: float, y0: float, x1: float, y1: float, color: str) -> None:
    page.marks.append(Mark("distractor", _box(x0, y0, x1, y1), {"kind": kind, "color": color}))


def _image_mark(page: Page, img: Image.Image, x: float, y: float, kind: str, color: str) -> None:
    """Place an RGBA raster at (x, y) points and label the hull of its ink."""
    w, h = img.width / PX_PER_PT, img.height / PX_PER_PT
    page.ops.append(ImageOp(img, x, y, w, h))
    hull = hull_points(np.asarray(img)[..., 3])
    pts = [(x + float(px) / PX_PER_PT, y + float(py) / PX_PER_PT) for px, py in hull]
    page.marks.append(Mark("distractor", pts, {"kind": kind, "color": color}))


# ---------------------------------------------------------------- emblem
def emblem_image(rim: str, font: str, color: str, size_pt: float, rng: random.Random,
                 year: str | None = None) -> Image.Image:
    """A university emblem: ring, name around it, a dense filled picture inside."""
    size = int(size_pt * PX_PER_PT)
    mask = Image.new("L", (size + 4, size + 4), 0)
    d = ImageDraw.Draw(mask)
    c = (size + 4) / 2
    r = size / 2
    d.ellipse([c - r, c - r, c + r, c + r], outline=255, width=max(2, int(r * rng.uniform(0.04, 0.08))))
    inner = r * rng.uniform(0.6, 0.68)
    d.ellipse([c - inner, c - inner, c + inner, c + inner], outline=255, width=max(2, int(r * 0.03)))
    px = int(r * (0.2 if font == "WQY" else 0.15))
    if font == "WQY":
        _arc_text(mask, rim, font, px, c, c, r * 0.82 - px * 0.35, min(300.0, 36.0 * len(rim)))
    else:
        while px > 6 and sum(pil_font(font, px).getlength(ch) for ch in rim) > 2 * math.pi * r * 0.8 * 0.92:
            px -= 1
        _arc_text(mask, rim + " · ", font, px, c, c, r * 0.82 - px * 0.3, None)
    # the picture: a filled disc with mountains, a book, rays and dots cut out or drawn in
    pic = Image.new("L", mask.size, 0)
    pd = ImageDraw.Draw(pic)
    ri = inner * 0.92
    pd.ellipse([c - ri, c - ri, c + ri, c + ri], fill=255 if rng.random() < 0.5 else 0)
    filled = pic.getpixel((int(c), int(c))) == 255
    ink = 0 if filled else 255
    for k in range(rng.randint(10, 22)):  # sun rays
        a = math.pi + math.pi * k / 16
        pd.line([(c, c - ri * 0.1), (c + ri * math.cos(a), c - ri * 0.1 + ri * math.sin(a))], fill=ink, width=2)
    peaks = [(c - ri, c + ri * 0.25)]
    for k in range(rng.randint(3, 5)):
        peaks.append((c - ri + (k + 0.5) * 2 * ri / 4.5, c - ri * rng.uniform(0.0, 0.45)))
        peaks.append((c - ri + (k + 1) * 2 * ri / 4.5, c + ri * rng.uniform(0.05, 0.25)))
    peaks.append((c + ri, c + ri * 0.25))
    peaks.append((c + ri, c + ri))
    peaks.append((c - ri, c + ri))
    pd.polygon(peaks, fill=255 - ink if filled else 255)
    bw, bh = ri * 0.9, ri * 0.35  # an open book at the bottom
    by = c + ri * 0.35
    pd.polygon([(c - bw / 2, by), (c, by + bh * 0.25), (c + bw / 2, by), (c + bw / 2, by + bh),
                (c, by + bh * 1.2), (c - bw / 2, by + bh)], fill=ink)
    pd.line([(c, by + bh * 0.25), (c, by + bh * 1.2)], fill=255 - ink, width=2)
    nrng = np.random.default_rng(rng.getrandbits(32))
    dots = (nrng.random((pic.height, pic.width)) < 0.04).astype(np.uint8) * 255
    disc = np.zeros_like(dots)
    yy, xx = np.mgrid[0:pic.height, 0:pic.width]
    disc[((xx - c) ** 2 + (yy - c) ** 2) < ri ** 2] = 255
    p = np.asarray(pic).copy()
    p[(dots > 0) & (disc > 0)] = 255 - p[(dots > 0) & (disc > 0)]  # stipple: dense texture
    m = np.maximum(np.asarray(mask), p)
    mask = Image.fromarray(m)
    if year:
        d = ImageDraw.Draw(mask)
        f = pil_font("DejaVuSans-Bold", int(r * 0.13))
        d.text((c - f.getlength(year) / 2, c + r * 0.68), year, font=f, fill=255)
    rgba = np.zeros((mask.height, mask.width, 4), np.uint8)
    rgba[..., :3] = EMBLEM_COLORS[color]
    rgba[..., 3] = np.asarray(mask)
    return Image.fromarray(rgba, "RGBA")


class Letterhead:
    """红头: the issuing unit's name big, red and bold; optional document number;
    a red rule across the page, sometimes with a star in the middle; optional emblem."""

    def __init__(self, title: str, rng: random.Random, number: str | None = None, star: bool = False,
                 emblem: tuple[str, str] | None = None, color: Color = RED):
        self.title, self.number, self.star, self.emblem, self.color = title, number, star, emblem, color
        self.size = rng.uniform(22, 30)
        self.rule_w = rng.uniform(1.2, 2.6)
        self.double = rng.random() < 0.4
        self.emblem_color = rng.choice(["red", "blue", "red", "green"])
        self.rng = rng

    def flow_draw(self, flow) -> None:
        x0, width = flow.frame()
        page = flow.page
        y = flow.y
        size = self.size
        while size > 12 and text_width(self.title, "WQY", size) + (size * 2.4 if self.emblem else 0) > width:
            size -= 1
        tw = text_width(self.title, "WQY", size)
        tx = x0 + (width - tw) / 2
        if self.emblem:
            esz = size * 2.2
            img = emblem_image(self.emblem[0], self.emblem[1], self.emblem_color, esz, self.rng)
            ex = max(x0, tx - esz - 10)
            _image_mark(page, img, ex, y, "emblem", self.emblem_color)
            base = y + esz / 2 + size * 0.35
        else:
            base = y + size
        page.ops.append(TextOp(tx, base, self.title, "WQY", size, self.color, True))
        _mark(page, "letterhead_title", tx, base - size * 0.9, tx + tw, base + size * 0.14, "red")
        y = max(base + size * 0.5, y + (size * 2.2 if self.emblem else 0))
        page.langs.add("zh")
        if self.number:
            ns = 10.5
            nw = text_width(self.number, "WQY", ns)
            page.ops.append(TextOp(x0 + (width - nw) / 2, y + ns + 2, self.number, "WQY", ns))
            y += ns + 8
        y += 6
        x1 = x0 + width
        top, bot = y - self.rule_w / 2, y + self.rule_w / 2
        if self.star:
            r = self.rule_w * 4 + 4
            cx = x0 + width / 2
            page.ops.append(LineOp(x0, y, cx - r - 3, y, self.rule_w, self.color))
            page.ops.append(LineOp(cx + r + 3, y, x1, y, self.rule_w, self.color))
            pts = [(cx + (r if k % 2 == 0 else r * 0.382) * math.cos(-math.pi / 2 + k * math.pi / 5),
                    y + (r if k % 2 == 0 else r * 0.382) * math.sin(-math.pi / 2 + k * math.pi / 5)) for k in range(10)]
            star = Image.new("L", (int(2 * r * PX_PER_PT) + 4, int(2 * r * PX_PER_PT) + 4), 0)
            ImageDraw.Draw(star).polygon([((px - cx + r) * PX_PER_PT + 2, (py - y + r) * PX_PER_PT + 2)
                                          for px, py in pts], fill=255)
            rgba = np.zeros((star.height, star.width, 4), np.uint8)
            rgba[..., :3] = [int(v * 255) for v in self.color]
            rgba[..., 3] = np.asarray(star)
            sx, sy = cx - r - 2 / PX_PER_PT, y - r - 2 / PX_PER_PT
            page.ops.append(ImageOp(Image.fromarray(rgba, "RGBA"), sx, sy, star.width / PX_PER_PT, star.height / PX_PER_PT))
            top, bot = y - r, y + r
        else:
            page.ops.append(LineOp(x0, y, x1, y, self.rule_w, self.color))
        if self.double:
            y2 = y + self.rule_w + 2.5 + (self.rule_w * 4 + 4 if self.star else 0)
            page.ops.append(LineOp(x0, y2, x1, y2, 0.6, self.color))
            bot = max(bot, y2 + 0.3)
        _mark(page, "letterhead_rule", x0, top, x1, bot, "red")
        flow.y = bot + 14


class HeaderEmblem:
    """A page header: emblem on the left, the unit's name beside it, a thin rule below."""

    def __init__(self, rim: str, font: str, name_zh: str, name_en: str, rng: random.Random,
                 color: str | None = None, rule: bool = True):
        self.rim, self.font, self.name_zh, self.name_en, self.rule = rim, font, name_zh, name_en, rule
        self.color = color or rng.choice(["blue", "red", "green", "purple"])
        self.size = rng.uniform(44, 62)
        self.rng = rng

    def flow_draw(self, flow) -> None:
        x0, width = flow.frame()
        page = flow.page
        y = flow.y
        img = emblem_image(self.rim, self.font, self.color, self.size, self.rng,
                           year=self.rng.choice([None, "1924", "1952", "1956"]))
        _image_mark(page, img, x0, y, "emblem", self.color)
        col = tuple(v / 255 for v in EMBLEM_COLORS[self.color])
        page.ops.append(TextOp(x0 + self.size + 10, y + self.size * 0.45, self.name_zh, "WQY", 15, col, True))
        page.ops.append(TextOp(x0 + self.size + 10, y + self.size * 0.45 + 14, self.name_en, "DejaVuSerif", 8.5, col))
        page.langs.add("zh")
        y += self.size + 4
        if self.rule:
            page.ops.append(LineOp(x0, y, x0 + width, y, 0.8, col))
        flow.y = y + 12


# ---------------------------------------------------------------- QR, boxes, placeholders
def qr_image(size_pt: float, rng: random.Random) -> Image.Image:
    """A QR-code-like square: three finder patterns and random modules."""
    n = 25
    nrng = np.random.default_rng(rng.getrandbits(32))
    grid = nrng.random((n, n)) < 0.5
    for fy, fx in ((0, 0), (0, n - 7), (n - 7, 0)):
        grid[fy:fy + 8 if fy == 0 else fy + 7, max(0, fx - 1):fx + 8] = False
        grid[fy:fy + 7, fx:fx + 7] = True
        grid[fy + 1:fy + 6, fx + 1:fx + 6] = False
        grid[fy + 2:fy + 5, fx + 2:fx + 5] = True
    px = max(1, int(size_pt * PX_PER_PT / n))
    a = np.kron(grid, np.ones((px, px), bool))
    rgba = np.zeros((a.shape[0], a.shape[1], 4), np.uint8)
    rgba[..., 3] = np.where(a, 255, 0)
    return Image.fromarray(rgba, "RGBA")


class QRBlock:
    """A QR code at the right of the frame with a caption to its left."""

    def __init__(self, caption: str, rng: random.Random, size: float | None = None):
        self.caption, self.rng = caption, rng
        self.size = size or rng.uniform(42, 62)

    def flow_draw(self, flow) -> None:
        x0, width = flow.frame()
        if not flow.fits(self.size + 8):
            flow.advance()
            x0, width = flow.frame()
        page = flow.page
        img = qr_image(self.size, self.rng)
        x = x0 + width - img.width / PX_PER_PT
        _image_mark(page, img, x, flow.y, "qr", "black")
        cw = text_width(self.caption, "WQY", 9)
        page.ops.append(TextOp(x - cw - 8, flow.y + self.size / 2 + 3, self.caption, "WQY", 9))
        page.langs.add("zh")
        flow.y += img.height / PX_PER_PT + 8


class FormBoxes:
    """A row of printed empty boxes with labels above (e.g. 单位（盖章）, 经办人)."""

    def __init__(self, labels: list[str], height: float = 70.0):
        self.labels, self.height = labels, height

    def flow_draw(self, flow) -> None:
        x0, width = flow.frame()
        need = self.height + 24
        if not flow.fits(need):
            flow.advance()
            x0, width = flow.frame()
        page = flow.page
        gap = 14.0
        bw = (width - gap * (len(self.labels) - 1)) / len(self.labels)
        for k, lab in enumerate(self.labels):
            bx = x0 + k * (bw + gap)
            page.ops.append(TextOp(bx, flow.y + 11, lab, "WQY", 10))
            page.ops.append(ShapeOp("rect", bx, flow.y + 16, bw, self.height, 0.8))
            _mark(page, "box", bx - 0.5, flow.y + 15.5, bx + bw + 0.5, flow.y + 16.5 + self.height, "black")
        page.langs.add("zh")
        flow.y += need + 6


class Placeholder:
    """Where the seal should go, printed: a circle with （盖章处）/ Seal here, or a box with （盖章）."""

    def __init__(self, rng: random.Random, text: str = "（盖章处）", shape: str = "circle"):
        self.text, self.shape = text, shape
        self.size = rng.uniform(90, 118)
        self.dash = rng.choice([None, (3.0, 2.0)])
        self.over_signature = False

    def place(self, cx: float, cy: float, page: Page) -> None:
        s = self.size
        w, h = (s, s) if self.shape == "circle" else (s * 1.3, s * 0.62)
        cx = min(max(cx, w / 2 + 6), page.width - w / 2 - 6)
        cy = max(cy, h / 2 + 24)  # never cut by the page's top edge
        x, y = cx - w / 2, cy - h / 2
        page.ops.append(ShapeOp("ellipse" if self.shape == "circle" else "rect", x, y, w, h, 0.8, dash=self.dash))
        font = "WQY" if any(ord(ch) > 0x2e80 for ch in self.text) else "DejaVuSans"
        tw = text_width(self.text, font, 10)
        page.ops.append(TextOp(cx - tw / 2, cy + 3.5, self.text, font, 10, (0.35, 0.35, 0.35)))
        _mark(page, "seal_placeholder" if self.shape == "circle" else "box", x - 0.5, y - 0.5, x + w + 0.5, y + h + 0.5,
              "black")


__all__ = ["BLUE", "RED", "FormBoxes", "HeaderEmblem", "Letterhead", "Placeholder", "QRBlock", "_fit_px",
           "emblem_image"]
