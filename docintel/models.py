"""Typed document model shared by every stage, and the report contract.

Two layers live here, as in docling's ``datamodel``:

* the *working* model (``Word``, ``Line``, ``Block``, ``Page``) that the readers
  produce and later stages (seals, elements, rules) enrich;
* the *report* model (``DocumentReport``, ``Report``) that is written as JSON
  exactly as ``shared/docs/report-contract.md`` describes.  Changing a field of
  the report models is a schema change: bump ``SCHEMA``.

All boxes are ``[x0, y0, x1, y1]`` as fractions of the page's width and height,
origin top-left, so that text-layer pages and rendered scans share one geometry.
"""
from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, model_serializer

SCHEMA = "docintel/report@1"

BBox = tuple[float, float, float, float]
TextSource = Literal["text_layer", "ocr"]
ErrorCode = Literal["encrypted", "corrupt", "unsupported", "too_large", "timeout"]
DocType = Literal[
    "cooperation_agreement", "consortium_agreement", "ip_agreement", "ethics_review", "unknown"
]


def union_bbox(boxes: list[BBox]) -> BBox:
    """The smallest box holding all ``boxes``."""
    return (
        min(b[0] for b in boxes),
        min(b[1] for b in boxes),
        max(b[2] for b in boxes),
        max(b[3] for b in boxes),
    )


# --------------------------------------------------------------------------- working model


class Word(BaseModel):
    text: str
    bbox: BBox
    confidence: float = 1.0  # 0..1; text-layer words are 1.0


class Line(BaseModel):
    words: list[Word]
    bbox: BBox

    @property
    def text(self) -> str:
        return join_words([w.text for w in self.words])


class Block(BaseModel):
    """A paragraph-like group of lines in one column: the unit that gets a language."""

    lines: list[Line]
    bbox: BBox
    column: int = 0  # 0 for single-column text, else 1-based column index from the left
    language: str | None = None  # ISO 639-1, None when there is no letter to go on
    language_confidence: float = 0.0
    script: str | None = None

    @property
    def text(self) -> str:
        return "\n".join(line.text for line in self.lines)


class Page(BaseModel):
    """One page as every later stage sees it."""

    number: int  # 1-based
    width: float  # points for PDF pages, pixels for images
    height: float
    source: TextSource
    rotation: int = 0  # clockwise degrees the stored page was turned to read upright (0/90/180/270)
    skew: float = 0.0  # degrees of small skew corrected before OCR
    ocr_languages: str | None = None  # the Tesseract language string used, when OCR'd
    ocr_confidence: float | None = None  # mean word confidence 0..1, when OCR'd
    ocr_second_engine: str | None = None  # "page" or "lines" where RapidOCR's reading replaced Tesseract's
    layer_quality: float | None = None  # share of usable characters in the text layer
    blocks: list[Block] = Field(default_factory=list)
    seals: list["Seal"] = Field(default_factory=list)
    signatures: list["Signature"] = Field(default_factory=list)
    marks_error: str | None = None  # why seals and signatures could not be looked for on this page

    @property
    def text(self) -> str:
        return "\n\n".join(b.text for b in self.blocks)


def join_words(words: list[str]) -> str:
    """Join word texts, without spaces between Han characters (CJK has none)."""
    out = ""
    for w in words:
        if out and not (is_cjk(out[-1]) and w and is_cjk(w[0])):
            out += " "
        out += w
    return out


def is_cjk(ch: str) -> bool:
    o = ord(ch)
    return 0x3000 <= o <= 0x9FFF or 0xF900 <= o <= 0xFAFF or 0xFF00 <= o <= 0xFFEF


# --------------------------------------------------------------------------- report contract


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class ToolInfo(_Strict):
    name: str = "docintel"
    version: str


class ErrorInfo(_Strict):
    code: ErrorCode
    message: str


class LanguageVersion(_Strict):
    language: str
    pages: list[int]
    signed: bool = False
    sealed: bool = False


class _Mark(_Strict):
    """A seal or signature. ``image`` names its cropped picture when the run was
    asked for evidence (``--evidence DIR``); without it the field is left out,
    so the report stays exactly ``docintel/report@1``."""

    image: str | None = Field(default=None, exclude=True)

    @model_serializer(mode="wrap")
    def _with_image(self, handler):
        data = handler(self)
        if self.image is not None:
            data["image"] = self.image
        return data


class Seal(_Mark):
    page: int
    bbox: BBox
    color: Literal["red", "blue", "purple", "black", "other"]
    shape: Literal["round", "oval", "rectangle", "other"]
    text: str | None = None
    confidence: float


class Signature(_Mark):
    page: int
    bbox: BBox
    confidence: float


class Evidence(_Strict):
    page: int
    bbox: BBox
    text: str


class Element(_Strict):
    status: Literal["present", "missing", "uncertain"]
    value: Any = None
    evidence: list[Evidence] = Field(default_factory=list)


class Message(_Strict):
    zh: str
    en: str


class Finding(_Strict):
    element: str
    severity: Literal["error", "warning", "info"]
    message: Message
    guide_ref: str | None = None


class DocumentReport(_Strict):
    path: str
    sha256: str | None
    pages: int
    status: Literal["ok", "error"] = "ok"
    error: ErrorInfo | None = None
    doc_type: DocType = "unknown"
    language_versions: list[LanguageVersion] = Field(default_factory=list)
    seals: list[Seal] = Field(default_factory=list)
    signatures: list[Signature] = Field(default_factory=list)
    elements: dict[str, Element] = Field(default_factory=dict)
    findings: list[Finding] = Field(default_factory=list)


class Report(_Strict):
    schema_: str = Field(default=SCHEMA, alias="schema")
    tool: ToolInfo
    documents: list[DocumentReport]

    model_config = ConfigDict(extra="forbid", populate_by_name=True)


Page.model_rebuild()
