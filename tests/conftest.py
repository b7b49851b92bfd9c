"""Shared fixtures: files made on the spot with reportlab and Pillow, and settings
that keep tests independent (no shared cache, one process unless a test asks)."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from PIL import Image, ImageDraw, ImageFont

from docintel.config import Settings

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"
ZH_FONT = "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc"
LATIN_FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf"


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return Settings(jobs=1, cache_dir=None)


@pytest.fixture(scope="session")
def labels() -> dict[str, dict]:
    data = json.loads((SAMPLES / "labels.json").read_text(encoding="utf-8"))
    return {item["file"]: item for item in data}


def register_fonts() -> None:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    if "zh" not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont("zh", ZH_FONT, subfontIndex=0))
        pdfmetrics.registerFont(TTFont("serif", LATIN_FONT))


def write_pdf(path: Path, pages: list[list[tuple[str, float, float, str]]], **canvas_kw) -> Path:
    """``pages``: per page, (font, x, y, text) lines in points from the bottom-left."""
    from reportlab.pdfgen import canvas

    register_fonts()
    c = canvas.Canvas(str(path), **canvas_kw)
    for lines in pages:
        for font, x, y, text in lines:
            c.setFont(font, 11)
            c.drawString(x, y, text)
        c.showPage()
    c.save()
    return path


def side_by_side(left: list[str], right: list[str], right_font: str = LATIN_FONT) -> Image.Image:
    """A bilingual table page: ``left`` in Chinese, ``right`` in ``right_font``."""
    zh = text_image(left, size=(760, 1754), font_size=30)
    other = text_image(right, size=(900, 1754), font_size=26, font=right_font)
    page = Image.new("L", (1700, 1754), 255)
    page.paste(zh.crop((100, 0, 760, 1754)), (40, 0))
    page.paste(other.crop((100, 0, 900, 1754)), (860, 0))
    return page


def text_image(lines: list[str], size=(1654, 2339), font_size=40, font=ZH_FONT) -> Image.Image:
    """A clean 200-dpi page image with ``lines`` of text, for OCR tests."""
    img = Image.new("L", size, 255)
    draw = ImageDraw.Draw(img)
    f = ImageFont.truetype(font, font_size)
    y = 150
    for line in lines:
        draw.text((150, y), line, font=f, fill=0)
        y += int(font_size * 1.8)
    return img
