"""The second OCR engine (RapidOCR) reads what Tesseract read poorly (issue 9, class 4)."""
from __future__ import annotations

import cv2
import numpy as np
import pytest

from docintel.models import Block, Line, Word
from docintel.pages import _identify_pair
from docintel.text import rapid
from docintel.text.ocr import _second_lines, ocr_page
from docintel.vision.signatures import PRINTED_CONF

from .conftest import LATIN_FONT, text_image

CERTIFICATE = [
    "兹证明：广东省医学实验动物中心",
    "符合检测和校准实验室能力的通用要求",
    "具备承担本证书附件所列检测服务的能力",
    "签发日期：2014年8月4日",
    "有效期至：2017年8月3日",
]


def _compact(text: str) -> str:
    return "".join(text.split())


def test_the_engine_ships_with_the_package():
    """Only the models inside the wheel are used; nothing is fetched."""
    assert rapid.available()


def test_small_photo_of_a_chinese_certificate_is_read_by_the_second_engine():
    """9-pixel Han text (a web-sized photo of a certificate): Tesseract reads
    noise, the page is read again as a whole and the dates come out right."""
    page = text_image(CERTIFICATE, size=(420, 300), font_size=9)
    result = ocr_page(page, _identify_pair)
    text = _compact("\n".join(b.text for b in result.blocks))
    assert result.second_engine == "page"
    assert "2014年8月4日" in text and "2017年8月3日" in text
    assert result.confidence is not None and result.confidence > 0.8


def test_clean_page_is_not_read_again_as_a_whole():
    page = text_image(CERTIFICATE)  # 200 dpi, 40-pixel letters
    result = ocr_page(page, _identify_pair)
    assert result.second_engine != "page"
    assert "2014年8月4日" in _compact("\n".join(b.text for b in result.blocks))


def test_poorly_read_line_is_replaced_and_keeps_its_place():
    """A date line Tesseract garbled (as under a seal) is read again from its crop."""
    image = np.asarray(text_image(["签订日期：2025年4月16日"], size=(900, 260), font_size=36))
    h, w = image.shape
    box = (140 / w, 140 / h, 620 / w, 200 / h)
    garbled = Line(words=[Word(text="签订日期：", bbox=box, confidence=0.55),
                          Word(text="202T年10必", bbox=box, confidence=0.2)], bbox=box)
    blocks = [Block(lines=[garbled], bbox=box, script="han")]
    out, how = _second_lines(image, blocks)
    assert how == "lines"
    line = out[0].lines[0]
    assert "2025年4月16日" in _compact(line.text)
    # its place is the print inside Tesseract's line (which may run on over a pen's strokes)
    assert box[0] - 1e-4 <= line.bbox[0] < line.bbox[2] <= box[2] + 1e-4
    assert box[1] - 1e-4 <= line.bbox[1] < line.bbox[3] <= box[3] + 1e-4
    assert all(line.bbox[0] - 1e-4 <= wd.bbox[0] < wd.bbox[2] <= line.bbox[2] + 1e-4 for wd in line.words)


def test_cyrillic_page_is_left_to_tesseract():
    """The engine has no Cyrillic: a poorly read Russian page keeps Tesseract's reading."""
    lines = ["Настоящее соглашение заключено между", "сторонами о научном сотрудничестве",
             "Дата подписания: 16 апреля 2025 года"]
    page = text_image(lines, size=(420, 200), font_size=9, font=LATIN_FONT)
    result = ocr_page(page, _identify_pair)
    assert result.second_engine is None


@pytest.mark.parametrize("score", [0.6, 0.7, 0.75])
def test_pen_read_as_characters_does_not_pass_for_print(score):
    """RapidOCR reads a signature as three Han characters with about 0.7; the
    signature detector must still not take it for printed text."""
    assert rapid.calibrated(score) < PRINTED_CONF


def test_confidently_misread_chinese_date_is_read_again():
    """Tesseract can be sure of nonsense under a seal (三名二五年四月十月, 0.89):
    a Chinese line with a date in it is read again whatever its confidence."""
    image = np.asarray(text_image(["二〇二五年四月十日"], size=(900, 260), font_size=36))
    h, w = image.shape
    box = (140 / w, 140 / h, 520 / w, 200 / h)
    misread = Line(words=[Word(text="三名二五年四月十月", bbox=box, confidence=0.89)], bbox=box)
    out, how = _second_lines(image, [Block(lines=[misread], bbox=box, script="han")])
    assert how == "lines"
    assert _compact(out[0].lines[0].text) == "二〇二五年四月十日"


def test_sure_line_without_a_date_is_left_alone():
    image = np.asarray(text_image(["甲方负责提供实验设备"], size=(900, 260), font_size=36))
    h, w = image.shape
    box = (140 / w, 140 / h, 520 / w, 200 / h)
    line = Line(words=[Word(text="甲方负责提供实验设备", bbox=box, confidence=0.93)], bbox=box)
    out, how = _second_lines(image, [Block(lines=[line], bbox=box, script="han")])
    assert how is None and out[0].lines[0] is line


def test_reread_words_cover_the_label_not_the_pen_after_it():
    """Tesseract's line ran on over a signature; the label read again covers its
    own characters only, so the signature detector still sees the pen's strokes."""
    image = np.asarray(text_image(["负责人（签字）："], size=(900, 260), font_size=36)).copy()
    cv2.line(image, (480, 175), (700, 150), 0, 4)
    cv2.line(image, (520, 140), (600, 190), 0, 4)
    h, w = image.shape
    box = (140 / w, 130 / h, 720 / w, 200 / h)
    line = Line(words=[Word(text="负责人（签字）：", bbox=(140 / w, 140 / h, 440 / w, 190 / h), confidence=0.5),
                       Word(text="AwV", bbox=(470 / w, 130 / h, 720 / w, 200 / h), confidence=0.3)], bbox=box)
    out, how = _second_lines(image, [Block(lines=[line], bbox=box, script="han")])
    assert how == "lines"
    words = out[0].lines[0].words
    assert _compact(out[0].lines[0].text) == "负责人（签字）："
    assert max(wd.bbox[2] for wd in words) * w < 475  # nothing over the pen


@pytest.mark.parametrize("shape", [(40, 1), (1, 400), (0, 0), (40, 3, 3)])
def test_slivers_the_engine_cannot_take_give_an_empty_reading(shape):
    """A line box one pixel wide (or an odd array) keeps Tesseract's reading; it never costs the page."""
    reading = rapid.read_line(np.full(shape, 255, np.uint8))
    assert reading.text == "" and reading.confidence == 0.0


_FRESH_PROCESS = """
import sys, threading
from tests.conftest import LATIN_FONT, text_image
from docintel.pages import _identify_pair
from docintel.text import rapid
from docintel.text.ocr import ocr_page
lines = {lines!r}
ocr_page(text_image(lines, size=(900, 300), font_size=28, font=LATIN_FONT), _identify_pair)
if rapid._warming is not None:
    rapid._warming.join()
print("rapidocr" in sys.modules, rapid._loaded is not rapid._UNSET,
      sum(t.name == "docintel-rapidocr" for t in threading.enumerate()))
"""


def _in_fresh_process(lines: list[str]) -> str:
    import subprocess
    import sys
    from pathlib import Path

    root = Path(__file__).resolve().parent.parent
    proc = subprocess.run([sys.executable, "-c", _FRESH_PROCESS.format(lines=lines)], cwd=root,
                          capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stderr[-2000:]
    return proc.stdout.split("\n")[-2]


def test_a_latin_page_starts_the_engine_while_tesseract_reads():
    """Started in a thread when the page's models are chosen, finished (and the
    thread gone) by the time the page is read."""
    assert _in_fresh_process(["This agreement is made between the parties",
                              "Date of signing: 16 April 2025"]) == "True True 0"


def test_a_cyrillic_page_never_loads_the_engine():
    """Loading it costs a second; a worker reading only Cyrillic never needs it."""
    assert _in_fresh_process(["Настоящее соглашение заключено между",
                              "сторонами о научном сотрудничестве"]) == "False False 0"


def test_warming_twice_starts_one_engine():
    rapid.warm()
    rapid.warm()
    if rapid._warming is not None:
        rapid._warming.join()
    engine = rapid._engine()
    assert engine is not None and engine is rapid._loaded
