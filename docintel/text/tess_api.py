"""Tesseract kept loaded in the process, through its C API (``tesserocr``).

A Tesseract command loads its language models for every call; a page's probe,
its reading and its rereads were four to six loads, and a Chinese model costs
about a third of a second each time. Here each thread keeps a few engines, one
per language set, loaded for as long as the worker lives; the least recently
used is closed when a new set would make more than ``MAX_LOADED``, so a
worker's memory stays bounded whatever mix of languages a batch brings.

The image is handed over as raw 8-bit pixels with no resolution, exactly as the
command gets our PGM files, so both read a page alike (tests/test_engine.py).
Rereads pass crops: ``SetRectangle`` on the whole page was tried and misread
lines that a crop of the same pixels reads right.
"""
from __future__ import annotations

import threading
from collections import OrderedDict

import numpy as np

from ..errors import MissingDependencyError, TimeoutError_

try:  # OMP_THREAD_LIMIT is set before this import, by the package (text/__init__.py)
    import tesserocr
except ImportError:  # the command is used instead (tesseract.py chooses)
    tesserocr = None

NAME = "api"
MAX_LOADED = 4  # language sets kept loaded per thread
_local = threading.local()


def available() -> bool:
    return tesserocr is not None


def _engines() -> OrderedDict:
    engines = getattr(_local, "engines", None)
    if engines is None:
        engines = _local.engines = OrderedDict()
    return engines


def _engine(langs: str, variables: dict[str, str], psm: int):
    """The loaded engine for ``langs`` (Tesseract reads variables at load time)."""
    key = (langs, tuple(sorted(variables.items())))
    engines = _engines()
    api = engines.get(key)
    if api is None:
        try:
            api = tesserocr.PyTessBaseAPI(lang=langs, psm=psm, init=True)
        except RuntimeError as exc:
            raise MissingDependencyError(f"Tesseract cannot load {langs}: {exc}; run `make setup`") from exc
        for name, value in variables.items():
            api.SetVariable(name, value)
        engines[key] = api
        while len(engines) > MAX_LOADED:
            _old_key, old = engines.popitem(last=False)
            old.End()
    engines.move_to_end(key)
    api.SetPageSegMode(psm)
    return api


def _set_image(api, gray: np.ndarray) -> None:
    pixels = np.ascontiguousarray(gray, dtype=np.uint8)
    h, w = pixels.shape[:2]
    api.SetImageBytes(pixels.tobytes(), w, h, 1, w)


def tsv(gray: np.ndarray, langs: str, psm: int, variables: dict[str, str], timeout: float) -> str:
    api = _engine(langs, variables, psm)
    _set_image(api, gray)
    try:
        if not api.Recognize(int(timeout * 1000)):
            raise TimeoutError_(f"Tesseract took longer than {timeout:.0f} s on a page")
        return api.GetTSVText(0)
    finally:
        api.Clear()


def osd_text(gray: np.ndarray, variables: dict[str, str], timeout: float) -> str | None:
    """OSD's answer in the words of the command's ``--psm 0`` output. The API
    has no time limit for OSD; it runs on a half-size page in 0.1-0.3 s, and a
    stuck worker is still killed at the document's deadline."""
    api = _engine("osd", variables, int(tesserocr.PSM.OSD_ONLY))
    _set_image(api, gray)
    try:
        found = api.DetectOrientationScript()
    finally:
        api.Clear()
    if not found:
        return None
    degrees = int(found["orient_deg"])
    return (
        f"Orientation in degrees: {degrees}\nRotate: {(360 - degrees) % 360}\n"
        f"Orientation confidence: {found['orient_conf']:.2f}\n"
        f"Script: {found['script_name']}\nScript confidence: {found['script_conf']:.2f}\n"
    )


def languages() -> frozenset[str]:
    _path, langs = tesserocr.get_languages()
    return frozenset(langs)


def version() -> str:
    return tesserocr.tesseract_version().splitlines()[0]


def close() -> None:
    """Unload this thread's engines (tests; a worker simply exits)."""
    engines = _engines()
    while engines:
        _key, api = engines.popitem()
        api.End()
