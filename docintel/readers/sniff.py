"""Decide what a file really is from its bytes, and refuse a PDF/picture mix-up in its name."""
from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Literal

from ..config import Limits
from ..errors import CorruptError, TooLargeError, UnsupportedError

FileKind = Literal["pdf", "png", "jpeg", "tiff"]

SUPPORTED_SUFFIXES: dict[str, FileKind] = {
    ".pdf": "pdf",
    ".png": "png",
    ".jpg": "jpeg",
    ".jpeg": "jpeg",
    ".tif": "tiff",
    ".tiff": "tiff",
}

_NAMES = {"pdf": "a PDF", "png": "a PNG image", "jpeg": "a JPEG image", "tiff": "a TIFF image"}


def sniff_bytes(head: bytes) -> FileKind | None:
    """The format announced by a file's first bytes, or None when it is none of ours.

    PDF readers accept a header anywhere in the first kilobyte, so we do too.
    """
    if b"%PDF-" in head[:1024]:
        return "pdf"
    if head.startswith(b"\x89PNG\r\n\x1a\n"):
        return "png"
    if head.startswith(b"\xff\xd8\xff"):
        return "jpeg"
    if head[:4] in (b"II*\x00", b"MM\x00*", b"II+\x00", b"MM\x00+"):
        return "tiff"
    return None


def _describe(head: bytes) -> str:
    for magic, name in (
        (b"PK\x03\x04", "a ZIP archive (perhaps a Word or Excel file)"),
        (b"\xd0\xcf\x11\xe0", "an old Office document"),
        (b"GIF8", "a GIF image"),
        (b"BM", "a BMP image"),
        (b"RIFF", "a RIFF file (perhaps WebP)"),
        (b"\x1f\x8b", "a gzip archive"),
        (b"<", "text or HTML"),
    ):
        if head.startswith(magic):
            return name
    if not head:
        return "empty"
    return "not a recognised document format"


def check_file(path: Path, limits: Limits) -> FileKind:
    """The file's kind, or an ``InputError`` saying why it cannot be analysed."""
    suffix_kind = SUPPORTED_SUFFIXES.get(path.suffix.lower())
    try:
        size = path.stat().st_size
        with path.open("rb") as fh:
            head = fh.read(1024)
    except OSError as exc:
        raise CorruptError(f"cannot read the file: {exc.strerror or exc}") from exc
    if size > limits.max_file_bytes:
        raise TooLargeError(
            f"file is {size / 2**20:.1f} MiB; the limit is {limits.max_file_bytes / 2**20:.0f} MiB"
        )
    kind = sniff_bytes(head)
    if kind is None:
        what = _describe(head)
        if suffix_kind is None:
            raise UnsupportedError(f"unsupported file type {path.suffix or '(no suffix)'}: {what}")
        raise CorruptError(f"named {path.suffix} but the file is {what}")
    if suffix_kind is not None and suffix_kind != kind and "pdf" in (kind, suffix_kind):
        # an image saved under another image's name (a JPEG called .png, common with phone
        # photos and screenshots) is read by its bytes; a picture named .pdf, or a PDF
        # named as a picture, is a mistake the applicant should see
        raise UnsupportedError(
            f"named {path.suffix} but the file is {_NAMES[kind]}; rename it to what it is"
        )
    return kind


def iter_inputs(paths: Iterable[Path]) -> Iterator[Path]:
    """Every file to analyse: files as given, folders expanded to their supported
    files in sorted path order (hidden files and folders are skipped)."""
    for path in paths:
        if path.is_dir():
            # Not only regular files: a dangling link or a special file named .pdf
            # must come out as an error document, not vanish from the report.
            for child in sorted(p for p in path.rglob("*") if not p.is_dir()):
                rel = child.relative_to(path)
                if any(part.startswith(".") for part in rel.parts):
                    continue
                if child.suffix.lower() in SUPPORTED_SUFFIXES:
                    yield child
        else:
            yield path
