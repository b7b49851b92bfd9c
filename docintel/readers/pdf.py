"""PDF backend: pdfium to open, inspect and render; pdfplumber for the text layer."""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pdfplumber
import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c
from PIL import Image

from ..errors import CorruptError, EncryptedError, TooLargeError


def open_pdf(path: Path) -> pdfium.PdfDocument:
    """Open with no password, then with the empty one (owner-only protection is
    common on exported agreements and does not stop reading)."""
    last: pdfium.PdfiumError | None = None
    for password in (None, ""):
        try:
            return pdfium.PdfDocument(str(path), password=password)
        except pdfium.PdfiumError as exc:
            last = exc
            if exc.err_code not in (pdfium_c.FPDF_ERR_PASSWORD,):
                break
    assert last is not None
    if last.err_code in (pdfium_c.FPDF_ERR_PASSWORD, pdfium_c.FPDF_ERR_SECURITY):
        raise EncryptedError("the PDF is password-protected; submit it without a password")
    raise CorruptError(f"the PDF cannot be parsed ({last})")


def open_plumber(path: Path) -> pdfplumber.PDF:
    try:
        return pdfplumber.open(str(path), password="")
    except Exception as exc:  # pdfminer raises many types for broken files
        raise CorruptError(f"the PDF's structure cannot be read ({type(exc).__name__})") from exc


@dataclass(frozen=True)
class PdfPageInfo:
    width: float  # points, after /Rotate
    height: float
    image_coverage: float  # share of the page area under raster images
    invisible_text: float  # share of text objects drawn invisibly (a scanner's OCR layer)
    text_objects: int
    images: int = 0  # raster images: scans, and electronic seals
    curves: int = 0  # vector paths with curves: drawn seals and pen signatures (ruling has none)


def page_info(page: pdfium.PdfPage) -> PdfPageInfo:
    width, height = page.get_size()
    area = max(width * height, 1.0)
    covered = 0.0
    texts = invisible = images = curves = 0
    for obj in page.get_objects(max_depth=2):
        if obj.type == pdfium_c.FPDF_PAGEOBJ_PATH and _has_curve(obj):
            curves += 1
        elif obj.type == pdfium_c.FPDF_PAGEOBJ_IMAGE:
            images += 1
            left, bottom, right, top = obj.get_bounds()
            covered += max(0.0, min(right, width) - max(left, 0.0)) * max(
                0.0, min(top, height) - max(bottom, 0.0)
            )
        elif obj.type == pdfium_c.FPDF_PAGEOBJ_TEXT:
            texts += 1
            if pdfium_c.FPDFTextObj_GetTextRenderMode(obj.raw) == pdfium_c.FPDF_TEXTRENDERMODE_INVISIBLE:
                invisible += 1
    return PdfPageInfo(
        width=width,
        height=height,
        image_coverage=min(1.0, covered / area),
        invisible_text=invisible / texts if texts else 0.0,
        text_objects=texts,
        images=images,
        curves=curves,
    )


def _has_curve(obj) -> bool:
    for i in range(pdfium_c.FPDFPath_CountSegments(obj.raw)):
        seg = pdfium_c.FPDFPath_GetPathSegment(obj.raw, i)
        if pdfium_c.FPDFPathSegment_GetType(seg) == pdfium_c.FPDF_SEGMENT_BEZIERTO:
            return True
    return False


def check_page_size(info: PdfPageInfo, max_points: float) -> None:
    if info.width <= 0 or info.height <= 0:
        raise CorruptError(f"page size {info.width:.0f}x{info.height:.0f} pt is empty")
    if max(info.width, info.height) > max_points:
        raise TooLargeError(
            f"page size {info.width:.0f}x{info.height:.0f} pt is outside PDF's limit of {max_points:.0f} pt"
        )


def render(page: pdfium.PdfPage, dpi: int, max_pixels: int) -> tuple[Image.Image, int]:
    """Render at ``dpi``, lowered as needed to stay under ``max_pixels``; returns the
    image and the dpi used."""
    width, height = page.get_size()
    pixels = width * height * (dpi / 72.0) ** 2
    if pixels > max_pixels:
        dpi = int(dpi * (max_pixels / pixels) ** 0.5)
    try:
        bitmap = page.render(scale=dpi / 72.0, grayscale=False)
        return bitmap.to_pil().convert("RGB"), dpi
    except pdfium.PdfiumError as exc:
        raise CorruptError(f"page cannot be rendered ({exc})") from exc


def digital_signatures(doc: pdfium.PdfDocument) -> int:
    """Signed signature fields (/Sig with a value) in the document: an
    electronically signed PDF is executed as a whole, whatever its pages show."""
    signed = 0
    for i in range(max(0, pdfium_c.FPDF_GetSignatureCount(doc.raw))):
        sig = pdfium_c.FPDF_GetSignatureObject(doc.raw, i)
        # an empty field waiting for a signature has no /Contents
        if sig and pdfium_c.FPDFSignatureObj_GetContents(sig, None, 0) > 0:
            signed += 1
    return signed


def check_page_count(doc: pdfium.PdfDocument, max_pages: int) -> int:
    n = len(doc)
    if n == 0:
        raise CorruptError("the PDF has no pages")
    if n > max_pages:
        raise TooLargeError(f"the PDF has {n} pages; the limit is {max_pages}")
    return n


def plumber_page(pdf: pdfplumber.PDF, index: int):
    try:
        return pdf.pages[index]
    except Exception as exc:
        raise CorruptError(f"page {index + 1} cannot be read ({type(exc).__name__})") from exc

