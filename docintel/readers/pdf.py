"""PDF backend: pdfium to open, inspect and render; pdfplumber for the text layer."""
from __future__ import annotations

import io
import logging
from dataclasses import dataclass
from pathlib import Path

import pdfplumber
import pikepdf
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


log = logging.getLogger(__name__)


def open_plumber(path: Path, pages: int) -> pdfplumber.PDF | None:
    """pdfplumber on the file, or on a copy repaired by qpdf, or None.

    pdfium and poppler rebuild a broken cross-reference table (numbered off by
    one, offsets that drifted after an edit) by scanning the file; pdfminer does
    not, and then sees no pages or the wrong objects. So a file whose page count
    pdfminer does not agree with is rewritten by qpdf (pikepdf), which rebuilds
    the table the same way. None means no text layer can be had: the pages are
    rendered by pdfium and read by OCR, and only a page pdfium cannot render is
    ``corrupt``."""
    try:
        pdf = pdfplumber.open(str(path), password="")
        if len(pdf.pages) == pages:
            return pdf
        pdf.close()
    except Exception:  # pdfminer raises many types for broken files
        pass
    repaired = repair(path)
    if repaired is None:
        return None
    try:
        pdf = pdfplumber.open(io.BytesIO(repaired), password="")
        if len(pdf.pages) == pages:
            log.info("%s: read through a qpdf-repaired copy", path)
            return pdf
        pdf.close()
    except Exception:
        pass
    return None


def repair(path: Path) -> bytes | None:
    """The file rewritten by qpdf, which reconstructs a damaged cross-reference table."""
    try:
        with pikepdf.open(path, password="") as pdf:
            out = io.BytesIO()
            pdf.save(out)
            return out.getvalue()
    except Exception:  # qpdf gives up on the file too
        return None


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


def plumber_page(pdf: pdfplumber.PDF | None, index: int):
    """The page's text layer, or None when pdfminer cannot read it (the page is then OCR'd)."""
    if pdf is None:
        return None
    try:
        return pdf.pages[index]
    except Exception:
        log.warning("page %d: the text layer cannot be read; the page is OCR'd", index + 1)
        return None

