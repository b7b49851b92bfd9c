"""Page results on disk, keyed so that a changed file or a new release never hits.

Key: the file's SHA-256, the page number, the render resolution, and a
fingerprint of docintel's version, a digest of its code and data files, and
Tesseract's version. Entries are written
atomically (temp file + rename), so parallel workers and an interrupted run
never leave a half-written page behind.
"""
from __future__ import annotations

import hashlib
import os
import tempfile
from functools import lru_cache
from pathlib import Path

from pydantic import ValidationError

from . import __version__
from .models import Page

# Document-level stages run after the cache, on cached pages: editing them (a
# lexicon word, the rulebook) must not send thousands of pages back to OCR.
DOCUMENT_STAGES = ("elements/", "judge/", "data/rulebook.yaml", "data/party_roles.yaml",
                   "summary.py", "cli.py", "evidence.py", "report_html.py", "store.py", "audit/", "web/")


# What an audit stores per document is everything but the rulebook's verdict and
# the faces that show it: a rulebook edit is judged again from the stored elements.
VERDICT_AND_FACES = ("data/rulebook.yaml", "judge/rulebook.py", "judge/applications.py", "judge/across.py",
                     "cli.py", "summary.py", "store.py", "audit/applications.py", "audit/archives.py",
                     "audit/batch.py", "audit/run.py", "audit/verdicts.py", "audit/export.py", "web/",
                     "report_html.py")


@lru_cache(maxsize=2)
def code_digest(skip: tuple[str, ...] = DOCUMENT_STAGES) -> str:
    """A digest of docintel's own code and data files that read pages: any change
    to how pages are read, even without a version bump, starts a fresh cache."""
    h = hashlib.sha256()
    package = Path(__file__).resolve().parent
    for path in sorted(package.rglob("*")):
        rel = path.relative_to(package).as_posix()
        if rel.startswith(skip):
            continue
        if path.suffix in {".py", ".yaml", ".json", ".txt"} and "__pycache__" not in path.parts:
            h.update(str(path.relative_to(package)).encode())
            h.update(path.read_bytes())
    from .vision.marks_model import MODEL  # the trained judge of seals and signatures decides what a page holds

    if MODEL.exists():
        h.update(MODEL.read_bytes())
    return h.hexdigest()


@lru_cache(maxsize=1)
def fingerprint() -> str:
    from .text.tesseract import tesseract_version

    raw = f"{__version__}|{code_digest()}|{tesseract_version()}"
    return hashlib.sha256(raw.encode()).hexdigest()[:12]


@lru_cache(maxsize=1)
def pipeline_version() -> str:
    """What an audit's stored analyses are keyed by, beside the file's SHA-256:
    reading and element finding, not the rulebook (see ``VERDICT_AND_FACES``)."""
    from .text.tesseract import tesseract_version

    raw = f"{__version__}|{code_digest(VERDICT_AND_FACES)}|{tesseract_version()}"
    return hashlib.sha256(raw.encode()).hexdigest()[:12]


class PageCache:
    def __init__(self, root: Path):
        self.root = root

    def _path(self, sha256: str, page: int, dpi: int) -> Path:
        return self.root / fingerprint() / sha256[:2] / f"{sha256}-{dpi}dpi-p{page}.json"

    def get(self, sha256: str, page: int, dpi: int) -> Page | None:
        path = self._path(sha256, page, dpi)
        try:
            return Page.model_validate_json(path.read_bytes())
        except (OSError, ValidationError, ValueError):
            return None

    def put(self, sha256: str, page: Page, dpi: int) -> None:
        path = self._path(sha256, page.number, dpi)
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
            with os.fdopen(fd, "wb") as fh:
                fh.write(page.model_dump_json().encode())
            os.replace(tmp, path)
        except OSError:
            pass  # a read-only or full cache must never fail an analysis


def file_sha256(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()
