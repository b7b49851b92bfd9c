"""Font registration and measurement shared by layout (reportlab) and seals (PIL).

Only fonts the project's machines are known to have are used, so that the
generator is reproducible: WenQuanYi Zen Hei for Chinese and DejaVu for
Latin, Cyrillic and Arabic script.
"""
from __future__ import annotations

from functools import lru_cache

from PIL import ImageFont
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

WQY_PATH = "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc"
DEJAVU_DIR = "/usr/share/fonts/truetype/dejavu"

# reportlab name -> (file, subfont index)
FONT_FILES: dict[str, tuple[str, int]] = {
    "WQY": (WQY_PATH, 0),
    "DejaVuSans": (f"{DEJAVU_DIR}/DejaVuSans.ttf", 0),
    "DejaVuSans-Bold": (f"{DEJAVU_DIR}/DejaVuSans-Bold.ttf", 0),
    "DejaVuSansCondensed": (f"{DEJAVU_DIR}/DejaVuSansCondensed.ttf", 0),
    "DejaVuSerif": (f"{DEJAVU_DIR}/DejaVuSerif.ttf", 0),
    "DejaVuSerif-Bold": (f"{DEJAVU_DIR}/DejaVuSerif-Bold.ttf", 0),
    "DejaVuSerif-Italic": (f"{DEJAVU_DIR}/DejaVuSerif-Italic.ttf", 0),
}

# Body font family -> (regular, bold). Chinese has a single face; bold is
# simulated by stroking the glyph outline when drawing.
FAMILIES: dict[str, tuple[str, str]] = {
    "wqy": ("WQY", "WQY"),
    "sans": ("DejaVuSans", "DejaVuSans-Bold"),
    "sans_condensed": ("DejaVuSansCondensed", "DejaVuSans-Bold"),
    "serif": ("DejaVuSerif", "DejaVuSerif-Bold"),
}

_registered = False


def register_fonts() -> None:
    """Register every font with reportlab once per process."""
    global _registered
    if _registered:
        return
    for name, (path, index) in FONT_FILES.items():
        pdfmetrics.registerFont(TTFont(name, path, subfontIndex=index))
    _registered = True


def text_width(text: str, font: str, size: float) -> float:
    """Advance width in points, as reportlab will draw it."""
    return pdfmetrics.stringWidth(text, font, size)


def family_for(lang: str, preferred: str) -> str:
    """The family a language can actually be drawn in.

    Chinese needs WQY; Urdu needs DejaVu Sans (DejaVu Serif has no Arabic);
    everything else takes the document's preferred Latin/Cyrillic family.
    """
    if lang == "zh":
        return "wqy"
    if lang == "ur":
        return "sans"
    return preferred


@lru_cache(maxsize=64)
def pil_font(name: str, px: int) -> ImageFont.FreeTypeFont:
    """A PIL font for raster drawing (seal rims), cached per size."""
    path, index = FONT_FILES[name]
    return ImageFont.truetype(path, px, index=index)
