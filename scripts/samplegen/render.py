"""Drawing laid-out pages with reportlab, and rasterising them with pdfium."""
from __future__ import annotations

import io
from dataclasses import dataclass

import pypdfium2 as pdfium
from PIL import Image
from reportlab import rl_config
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas

from .fonts import register_fonts
from .layout import ImageOp, LineOp, Page, PathOp, ShapeOp, TextOp


def _text(c: Canvas, op: TextOp, height: float) -> None:
    c.setFillColorRGB(*op.color)
    if op.bold_fake:  # text render mode is graphics state: keep it from leaking
        c.saveState()
        t = c.beginText(op.x, height - op.y)
        t.setFont(op.font, op.size)
        t.setTextRenderMode(2)
        c.setStrokeColorRGB(*op.color)
        c.setLineWidth(op.size * 0.035)
        t.textOut(op.text)
        c.drawText(t)
        c.restoreState()
    else:
        c.setFont(op.font, op.size)
        c.drawString(op.x, height - op.y, op.text)


def _path(c: Canvas, op: PathOp, height: float) -> None:
    c.setStrokeColorRGB(*op.color)
    c.setLineWidth(op.width)
    c.setLineCap(1)
    c.setLineJoin(1)
    for stroke in op.strokes:
        p = c.beginPath()
        (x0, y0) = stroke[0][0]
        p.moveTo(x0, height - y0)
        for _, c1, c2, p3 in stroke:
            p.curveTo(c1[0], height - c1[1], c2[0], height - c2[1], p3[0], height - p3[1])
        c.drawPath(p, stroke=1, fill=0)


def _shape(c: Canvas, op: ShapeOp, height: float) -> None:
    c.saveState()
    c.setStrokeColorRGB(*op.color)
    c.setLineWidth(op.width)
    if op.dash:
        c.setDash(*op.dash)
    if op.fill:
        c.setFillColorRGB(*op.fill)
    y = height - op.y - op.h
    if op.kind == "ellipse":
        c.ellipse(op.x, y, op.x + op.w, y + op.h, stroke=1, fill=1 if op.fill else 0)
    else:
        c.rect(op.x, y, op.w, op.h, stroke=1, fill=1 if op.fill else 0)
    c.restoreState()


def draw_page(c: Canvas, page: Page) -> None:
    """Replay a page's operations on a reportlab canvas (y flipped to PDF's bottom-left origin)."""
    h = page.height
    for op in page.ops:
        if isinstance(op, TextOp):
            _text(c, op, h)
        elif isinstance(op, LineOp):
            c.setStrokeColorRGB(*op.color)
            c.setLineWidth(op.width)
            c.line(op.x0, h - op.y0, op.x1, h - op.y1)
        elif isinstance(op, ImageOp):
            c.drawImage(ImageReader(op.image), op.x, h - op.y - op.h, op.w, op.h, mask="auto")
        elif isinstance(op, PathOp):
            _path(c, op, h)
        elif isinstance(op, ShapeOp):
            _shape(c, op, h)


@dataclass
class ScannedPage:
    """A page that is only a picture: JPEG bytes and the page size in points."""

    jpeg: bytes
    width: float
    height: float


def new_canvas(buf: io.BytesIO, title: str) -> Canvas:
    """A canvas with fixed metadata, so that the same seed gives the same bytes."""
    register_fonts()
    rl_config.useA85 = 0  # binary streams: a quarter smaller than ASCII85
    c = Canvas(buf, invariant=1, pageCompression=1)
    c.setTitle(title)
    c.setAuthor("docintel sample generator")
    c.setCreator("scripts/make_samples.py")
    return c


def build_pdf(pages: list[Page | ScannedPage], title: str) -> bytes:
    """A PDF whose pages are either vector (text layer) or one JPEG each (no text)."""
    buf = io.BytesIO()
    c = new_canvas(buf, title)
    for page in pages:
        c.setPageSize((page.width, page.height))
        if isinstance(page, ScannedPage):
            c.drawImage(ImageReader(io.BytesIO(page.jpeg)), 0, 0, page.width, page.height)
        else:
            draw_page(c, page)
        c.showPage()
    c.save()
    return buf.getvalue()


def rasterize(pages: list[Page], dpi: int) -> list[Image.Image]:
    """Clean renders of the pages, as a scanner would see the paper."""
    pdf = pdfium.PdfDocument(build_pdf(pages, "raster"))
    out = []
    for i in range(len(pdf)):
        bitmap = pdf[i].render(scale=dpi / 72.0)
        out.append(bitmap.to_pil().convert("RGB"))
    pdf.close()
    return out
