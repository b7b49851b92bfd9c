"""What the checks between documents and applications need from one document,
beyond its report: every element found (so a new rulebook can judge it again
without reading a page), a MinHash of each language version's text (near-duplicate
agreements across applications) and a perceptual hash of each seal (the same
seal image pasted into several applications' files).

Computed once per analysis, in the process that holds the pages; stored beside
the report in the audit database.
"""
from __future__ import annotations

import logging
import re
from pathlib import Path

from pydantic import BaseModel, Field

from ..config import Limits
from ..models import Page
from ..pipeline import Analysis

log = logging.getLogger(__name__)
NUM_PERM = 64
SCHEME = "affine32"  # datasketch 2: named, so stored signatures stay comparable across versions
SHINGLE = 5  # characters: works alike for Chinese (no spaces) and alphabetic text
MIN_TEXT = 200  # characters of a version's text before its MinHash means anything
SEAL_DPI = 60  # pHash looks at 32x32 pixels: a 40 mm seal is still ~95 px across
_SPACE = re.compile(r"\s+")


class DocumentFacts(BaseModel):
    elements: dict[str, dict] = Field(default_factory=dict)
    minhash: dict[str, list[int]] = Field(default_factory=dict)  # language -> signature
    seal_hashes: list[str] = Field(default_factory=list)  # 64-bit pHash per seal, hex, in report order


def document_facts(analysis: Analysis, path: Path, limits: Limits | None = None) -> DocumentFacts:
    report = analysis.report
    if report.status != "ok":
        return DocumentFacts()
    facts = DocumentFacts(elements={k: v.model_dump(mode="json") for k, v in analysis.elements.items()})
    for version in report.language_versions:
        text = version_text(analysis.pages, version.language, set(version.pages))
        if len(text) >= MIN_TEXT:
            facts.minhash[version.language] = minhash(text)
    try:
        facts.seal_hashes = seal_hashes(analysis, path, limits or Limits())
    except Exception as exc:  # a page that rendered once and not twice: the seals stay unhashed
        log.warning("seal images of %s not hashed: %s", path, exc)
    return facts


def version_text(pages: list[Page], language: str, numbers: set[int]) -> str:
    parts = [b.text for p in pages if p.number in numbers for b in p.blocks if b.language == language]
    return _SPACE.sub("", "".join(parts)).lower()


def minhash(text: str) -> list[int]:
    from datasketch import MinHash

    m = MinHash(num_perm=NUM_PERM, seed=1, scheme=SCHEME)
    m.update_batch([text[i:i + SHINGLE].encode() for i in range(max(1, len(text) - SHINGLE + 1))])
    return [int(v) for v in m.hashvalues]


def similarity(a: list[int], b: list[int]) -> float:
    """Estimated Jaccard similarity of two signatures' shingle sets."""
    return sum(x == y for x, y in zip(a, b)) / max(1, min(len(a), len(b)))


def seal_hashes(analysis: Analysis, path: Path, limits: Limits) -> list[str]:
    import imagehash

    from ..evidence import crop, page_image

    seals = analysis.report.seals
    out: list[str] = [""] * len(seals)
    for number in sorted({s.page for s in seals}):
        page = page_image(path, number - 1, limits, dpi=SEAL_DPI)
        for i, seal in enumerate(seals):
            if seal.page == number:
                out[i] = str(imagehash.phash(crop(page, seal.bbox, margin=0.0).convert("L")))
    return out
