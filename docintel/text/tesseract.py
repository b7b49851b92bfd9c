"""The one place that talks to Tesseract, so its quirks stay out of the pipeline.

Images go to Tesseract as uncompressed PGM files that we write ourselves:
pytesseract would otherwise PNG-compress every 300-dpi page, which costs
a noticeable share of a page's OCR time.
"""
from __future__ import annotations

import os
import re
import shutil
import subprocess
import tempfile
from dataclasses import dataclass
from functools import lru_cache

import numpy as np
import pytesseract
from PIL import Image

from ..errors import MissingDependencyError, TimeoutError_

# Tesseract's OpenMP threads fight with our worker processes: 10x slower on 2 cores.
os.environ.setdefault("OMP_THREAD_LIMIT", "1")

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


@lru_cache(maxsize=1)
def installed_languages() -> frozenset[str]:
    if shutil.which(pytesseract.pytesseract.tesseract_cmd) is None:
        raise MissingDependencyError(
            "Tesseract is not installed: run `make setup` (or apt-get install tesseract-ocr)"
        )
    return frozenset(pytesseract.get_languages(config=""))


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


def _write_pgm(img: Image.Image | np.ndarray, tmpdir: str) -> str:
    arr = np.asarray(img.convert("L")) if isinstance(img, Image.Image) else img
    path = os.path.join(tmpdir, "page.pgm")
    h, w = arr.shape[:2]
    with open(path, "wb") as fh:
        fh.write(b"P5\n%d %d\n255\n" % (w, h))
        fh.write(np.ascontiguousarray(arr, dtype=np.uint8).tobytes())
    return path


def _run(fn, img, timeout: float, **kwargs):
    with tempfile.TemporaryDirectory(prefix="docintel-") as tmp:
        path = _write_pgm(img, tmp)
        try:
            return fn(path, timeout=timeout, **kwargs)
        except RuntimeError as exc:  # pytesseract raises RuntimeError on its timeout
            if "timeout" in str(exc).lower():
                raise TimeoutError_(f"Tesseract took longer than {timeout:.0f} s on a page") from exc
            raise


def osd(img: Image.Image | np.ndarray, timeout: float = 60) -> Osd | None:
    """Orientation and script, or None when the page has too little text to tell."""
    try:
        out = _run(pytesseract.image_to_osd, img, timeout, config="--psm 0 -c min_characters_to_try=15")
    except pytesseract.TesseractError:
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
    data = _run(
        pytesseract.image_to_data,
        img,
        timeout,
        lang=langs,
        # Inverted (white-on-black) text does not occur in agreements; skipping the
        # check saves about a fifth of the OCR time.
        config=f"--psm {psm} -c preserve_interword_spaces=1 -c tessedit_do_invert=0",
        output_type=pytesseract.Output.DICT,
    )
    words: list[OcrWord] = []
    for i, text in enumerate(data["text"]):
        text = (text or "").strip()
        conf = float(data["conf"][i])
        if not text or conf < 0:
            continue
        words.append(
            OcrWord(
                text=text,
                left=int(data["left"][i]),
                top=int(data["top"][i]),
                width=int(data["width"][i]),
                height=int(data["height"][i]),
                confidence=conf / 100.0,
                line_key=(int(data["block_num"][i]), int(data["par_num"][i]), int(data["line_num"][i])),
            )
        )
    return words


def tesseract_version() -> str:
    try:
        out = subprocess.run(
            [pytesseract.pytesseract.tesseract_cmd, "--version"], capture_output=True, text=True, timeout=10
        )
        return (out.stdout or out.stderr).splitlines()[0]
    except (OSError, subprocess.SubprocessError, IndexError):
        return "unknown"
