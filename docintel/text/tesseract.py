"""The one place that talks to Tesseract, so its quirks stay out of the pipeline.

Two ways to reach it that read a page alike: the C API kept loaded in the
process (``tess_api``, through tesserocr, the default where it is installed)
and the command, one process per call (``tess_cli``, through pytesseract).
``DOCINTEL_TESSERACT=cli`` (or ``api``) picks one.
"""
from __future__ import annotations

import os
import re
from dataclasses import dataclass
from functools import lru_cache

import numpy as np
from PIL import Image

from ..errors import MissingDependencyError
from . import tess_api, tess_cli

# Which Tesseract models read which script; the first is the default for the script.
# Cyrillic starts with rus+kaz: the Kazakh model reads Russian almost perfectly and
# also knows ә ғ қ ң ө ұ ү һ і (Kyrgyz and Mongolian letters among them), which the
# Russian model turns into digits and punctuation; together they cost about what
# rus costs alone (measured: 0.72 s vs 0.70 s on a Russian page).
SCRIPT_PACKS: dict[str, tuple[str, ...]] = {
    "han": ("chi_sim",),
    "cyrillic": ("rus+kaz", "kir", "tgk", "mon", "uzb_cyrl"),
    "latin": ("eng+uzb", "eng"),  # uzb adds oʻ gʻ for 10% more time on English pages
    "arabic": ("urd", "uig"),
}
# The pack that reads a given language best, once the language is known.
LANGUAGE_PACK: dict[str, str] = {
    "zh": "chi_sim", "en": "eng", "ru": "rus", "kk": "kaz", "ky": "kir", "tg": "tgk",
    "mn": "mon", "ur": "urd", "ug": "uig", "tk": "eng",
}
# OSD names scripts its own way.
OSD_SCRIPTS = {
    "Han": "han", "HanS": "han", "HanT": "han", "Japanese": "han", "Korean": "han",
    "Cyrillic": "cyrillic", "Latin": "latin", "Arabic": "arabic",
}


# The languages each model writes well enough: Kazakh's alphabet holds Russian's,
# and Kyrgyz and Mongolian letters (ң ө ү); none of them has Tajik ӣ ӯ ҳ ҷ or Uzbek ў.
COVERS: dict[str, frozenset[str]] = {
    "chi_sim": frozenset({"zh"}),
    "rus": frozenset({"ru"}),
    "kaz": frozenset({"kk", "ru", "ky", "mn"}),
    "kir": frozenset({"ky", "ru"}),
    "mon": frozenset({"mn"}),
    "tgk": frozenset({"tg"}),
    "uzb_cyrl": frozenset({"uz"}),
    "eng": frozenset({"en", "tk"}),
    "uzb": frozenset({"uz", "en"}),
    "urd": frozenset({"ur"}),
    "uig": frozenset({"ug"}),
}


def covers(pack: str, language: str) -> bool:
    """Whether a pack (``rus+kaz``) already reads ``language`` as well as its own model."""
    return any(language in COVERS.get(code, ()) for code in pack.split("+"))


def language_pack(language: str, script: str | None) -> str:
    if language == "uz":
        return "uzb_cyrl" if script == "cyrillic" else "uzb"
    return LANGUAGE_PACK.get(language, SCRIPT_PACKS.get(script or "latin", ("eng",))[0])


def backend():
    """The module that reaches Tesseract in this process."""
    wanted = os.environ.get("DOCINTEL_TESSERACT", "").lower()
    if wanted == "cli" or not tess_api.available():
        if wanted == "api":
            raise MissingDependencyError("DOCINTEL_TESSERACT=api but tesserocr is not installed: run `make setup`")
        return tess_cli
    return tess_api


@lru_cache(maxsize=2)
def _languages(name: str) -> frozenset[str]:
    return (tess_api if name == tess_api.NAME else tess_cli).languages()


def installed_languages() -> frozenset[str]:
    return _languages(backend().NAME)


def require_languages(langs: str) -> None:
    missing = [code for code in langs.split("+") if code not in installed_languages()]
    if missing:
        raise MissingDependencyError(
            f"Tesseract language data missing: {', '.join(missing)}; run `make setup`"
        )


@dataclass(frozen=True)
class OcrWord:
    text: str
    left: int
    top: int
    width: int
    height: int
    confidence: float  # 0..1
    line_key: tuple[int, int, int]  # Tesseract's (block, paragraph, line)


@dataclass(frozen=True)
class Osd:
    rotate: int  # degrees to turn the image clockwise to make it upright
    rotate_confidence: float
    script: str | None  # our script name
    script_confidence: float


# Inverted (white-on-black) text does not occur in agreements; skipping the check
# saves about a fifth of the OCR time.
READ_VARIABLES = {"preserve_interword_spaces": "1", "tessedit_do_invert": "0"}
OSD_VARIABLES = {"min_characters_to_try": "15"}


def _gray(img: Image.Image | np.ndarray) -> np.ndarray:
    return np.asarray(img.convert("L")) if isinstance(img, Image.Image) else img


def osd(img: Image.Image | np.ndarray, timeout: float = 60) -> Osd | None:
    """Orientation and script, or None when the page has too little text to tell."""
    out = backend().osd_text(_gray(img), OSD_VARIABLES, timeout)
    if out is None:
        return None
    fields = dict(re.findall(r"^([\w ]+):\s*(.+)$", out, flags=re.M))
    try:
        return Osd(
            rotate=int(fields["Rotate"]) % 360,
            rotate_confidence=float(fields["Orientation confidence"]),
            script=OSD_SCRIPTS.get(fields.get("Script", "").strip()),
            script_confidence=float(fields.get("Script confidence", 0)),
        )
    except (KeyError, ValueError):
        return None


def ocr_words(img: Image.Image | np.ndarray, langs: str, psm: int = 3, timeout: float = 180) -> list[OcrWord]:
    """Words with pixel boxes and confidences, in Tesseract's reading order."""
    require_languages(langs)
    return parse_tsv(backend().tsv(_gray(img), langs, psm, READ_VARIABLES, timeout))


def parse_tsv(tsv: str) -> list[OcrWord]:
    """Tesseract's TSV as words; numbers are truncated to integers as pytesseract
    always did, so that confidences keep the steps the thresholds were set on."""
    words: list[OcrWord] = []
    for row in tsv.splitlines()[1:]:
        cells = row.split("\t")
        if len(cells) < 12:
            continue
        text = cells[11].strip()
        try:
            conf = int(float(cells[10]))
            left, top, width, height = (int(float(c)) for c in cells[6:10])
            key = (int(cells[2]), int(cells[3]), int(cells[4]))
        except ValueError:
            continue
        if not text or conf < 0:
            continue
        words.append(OcrWord(text=text, left=left, top=top, width=width, height=height,
                             confidence=conf / 100.0, line_key=key))
    return words


def tesseract_version() -> str:
    """The Tesseract that reads, as the command names itself ("tesseract 5.3.0")."""
    return backend().version()
