"""The self-contained HTML report: one file a reviewer can save, send, open
offline and print. Every page is inlined as a picture with the seals,
signatures and the evidence of each element drawn on it as boxes; each
checklist item links to its box. Chinese and English are both in the file, one
shown at a time (a switch, remembered by the browser; Chinese first).

``docintel check --format html`` writes it; the web page serves the same file.
"""
from __future__ import annotations

import base64
import io
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from jinja2 import Environment, FileSystemLoader, select_autoescape

from . import __version__
from .config import Limits
from .judge.rulebook import RULEBOOK, Rulebook, load_rulebook
from .models import BBox, DocumentReport, Evidence, Message
from .pipeline import Analysis

TEMPLATES = Path(__file__).parent / "templates"
PAGE_DPI = 100
MAX_WIDTH = 1100  # pixels of an inlined page picture
JPEG_QUALITY = 72
STATUS = {"present": "✓", "missing": "✗", "uncertain": "?"}


@dataclass
class Box:
    id: str
    kind: str  # seal | signature | evidence
    bbox: BBox
    label: str = ""


@dataclass
class PageView:
    number: int
    image: str | None  # a data: URI
    boxes: list[Box] = field(default_factory=list)


@dataclass
class Item:
    """One checklist line: an element and what the rulebook says of it."""

    id: str
    name: Message
    status: str
    severity: str | None
    messages: list[Message]
    guide: str | None
    boxes: list[tuple[str, Evidence]]


@dataclass
class DocView:
    index: int
    report: DocumentReport
    type_name: Message
    items: list[Item]
    other_findings: list[tuple[str, Message, str | None]]
    pages: list[PageView]
    seals: list[tuple[str, str]]  # (box id, description)
    signatures: list[str]
    name: str = ""


@lru_cache(maxsize=1)
def _environment() -> Environment:
    return Environment(loader=FileSystemLoader(TEMPLATES), autoescape=select_autoescape(["html"]),
                       trim_blocks=True, lstrip_blocks=True)


def render_html(analyses: list[Analysis], limits: Limits | None = None, book: Rulebook | None = None,
                title: str = "docintel", names: list[str] | None = None,
                application: list[tuple[str, Message, str | None]] | None = None, page: dict | None = None) -> str:
    """``names``: what to call each document (default its path); ``application``:
    the application's own findings (severity, message, guide clause); ``page``:
    the web page's additions (download and delete links), absent from a saved file."""
    book = book or load_rulebook(RULEBOOK)
    docs = [_document(i, a, limits or Limits(), book) for i, a in enumerate(analyses, start=1)]
    for doc, name in zip(docs, names or []):
        doc.name = name
    return _environment().get_template("report.html").render(
        docs=docs, title=title, version=__version__, severity_name=_SEVERITY, status_mark=STATUS,
        application=application or [], page=page)


_SEVERITY = {"error": Message(zh="错误", en="Error"), "warning": Message(zh="警告", en="Warning"),
             "info": Message(zh="提示", en="Note")}


def _document(index: int, analysis: Analysis, limits: Limits, book: Rulebook) -> DocView:
    report = analysis.report
    prefix = f"d{index}"
    boxes: dict[int, list[Box]] = {}

    def box(kind: str, page: int, bbox: BBox, label: str = "") -> str:
        ident = f"{prefix}-p{page}-b{sum(len(v) for v in boxes.values()) + 1}"
        boxes.setdefault(page, []).append(Box(ident, kind, bbox, label))
        return ident

    seals = [(box("seal", s.page, s.bbox, s.text or ""), f"p{s.page} {s.color} {s.shape}" + (f" 「{s.text}」" if s.text else ""))
             for s in report.seals]
    signatures = [box("signature", s.page, s.bbox) for s in report.signatures]
    items: list[Item] = []
    reported = book.types[report.doc_type].reported if report.status == "ok" else []
    shown = set()
    for el_id in reported:
        el = report.elements.get(el_id)
        if el is None:
            continue
        shown.add(el_id)
        findings = [f for f in report.findings if f.element == el_id]
        grave = next((s for s in ("error", "warning", "info") if any(f.severity == s for f in findings)), None)
        items.append(Item(
            id=f"{prefix}-{el_id}", name=book.name("elements", el_id), status=el.status, severity=grave,
            messages=[f.message for f in findings], guide=next((f.guide_ref for f in findings if f.guide_ref), None)
            or (book.elements[el_id].guide if el_id in book.elements else None),
            boxes=[(box("evidence", ev.page, ev.bbox, el_id), ev) for ev in el.evidence[:6]]))
    others = [(f.severity, f.message, f.guide_ref) for f in report.findings if f.element not in shown]
    pages = [PageView(n, _page_picture(Path(report.path), n - 1, limits) if report.status == "ok" else None,
                      boxes.get(n, [])) for n in range(1, report.pages + 1)] if report.status == "ok" else []
    return DocView(index, report, book.types[report.doc_type].name, items, others, pages, seals, signatures,
                   report.path)


def _page_picture(path: Path, index: int, limits: Limits) -> str | None:
    """The page as a JPEG data URI; None when it cannot be rendered again (the
    report still lists what was found)."""
    from .evidence import page_image

    try:
        img = page_image(path, index, limits, dpi=PAGE_DPI).convert("RGB")
    except Exception:
        return None
    if img.width > MAX_WIDTH:
        img = img.resize((MAX_WIDTH, round(img.height * MAX_WIDTH / img.width)))
    buf = io.BytesIO()
    img.save(buf, "JPEG", quality=JPEG_QUALITY, optimize=True)
    return "data:image/jpeg;base64," + base64.b64encode(buf.getvalue()).decode("ascii")
