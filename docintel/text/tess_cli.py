"""Tesseract as a command, one process per call: the fallback where the
``tesserocr`` bindings are not installed.

Images go to Tesseract as uncompressed PGM files that we write ourselves:
pytesseract would otherwise PNG-compress every 300-dpi page, which costs a
noticeable share of a page's OCR time. A PGM carries no resolution, which is
what the engine is given too, so both read a page alike.
"""
from __future__ import annotations

import os
import shutil
import subprocess
import tempfile

import numpy as np
import pytesseract

from ..errors import MissingDependencyError, TimeoutError_

NAME = "cli"


def _write_pgm(gray: np.ndarray, tmpdir: str) -> str:
    path = os.path.join(tmpdir, "page.pgm")
    h, w = gray.shape[:2]
    with open(path, "wb") as fh:
        fh.write(b"P5\n%d %d\n255\n" % (w, h))
        fh.write(np.ascontiguousarray(gray, dtype=np.uint8).tobytes())
    return path


def _run(fn, gray: np.ndarray, timeout: float, **kwargs):
    with tempfile.TemporaryDirectory(prefix="docintel-") as tmp:
        path = _write_pgm(gray, tmp)
        try:
            return fn(path, timeout=timeout, **kwargs)
        except RuntimeError as exc:  # pytesseract raises RuntimeError on its timeout
            if "timeout" in str(exc).lower():
                raise TimeoutError_(f"Tesseract took longer than {timeout:.0f} s on a page") from exc
            raise


def tsv(gray: np.ndarray, langs: str, psm: int, variables: dict[str, str], timeout: float) -> str:
    config = " ".join([f"--psm {psm}"] + [f"-c {k}={v}" for k, v in variables.items()])
    return _run(pytesseract.image_to_data, gray, timeout, lang=langs, config=config)


def osd_text(gray: np.ndarray, variables: dict[str, str], timeout: float) -> str | None:
    config = " ".join(["--psm 0"] + [f"-c {k}={v}" for k, v in variables.items()])
    try:
        return _run(pytesseract.image_to_osd, gray, timeout, config=config)
    except pytesseract.TesseractError:
        return None


def languages() -> frozenset[str]:
    if shutil.which(pytesseract.pytesseract.tesseract_cmd) is None:
        raise MissingDependencyError(
            "Tesseract is not installed: run `make setup` (or apt-get install tesseract-ocr)"
        )
    return frozenset(pytesseract.get_languages(config=""))


def version() -> str:
    try:
        out = subprocess.run(
            [pytesseract.pytesseract.tesseract_cmd, "--version"], capture_output=True, text=True, timeout=10
        )
        return (out.stdout or out.stderr).splitlines()[0]
    except (OSError, subprocess.SubprocessError, IndexError):
        return "unknown"
