"""OCR of scans: rotation, skew, and Tesseract models chosen by the page's script."""
from __future__ import annotations

import pytest
from PIL import Image

from docintel.pipeline import analyze_document

from .conftest import LATIN_FONT, side_by_side, text_image

ZH_LINES = [
    "第一条 合作内容",
    "甲乙双方同意在农业科学领域开展联合研究。",
    "第二条 双方责任",
    "甲方负责提供实验设备和研究经费。",
]
KK_LINES = [
    "Осы келісім екі тарап арасындағы ғылыми",
    "ынтымақтастықты дамыту мақсатында жасалды.",
    "Тараптар бірлескен зерттеулер жүргізуге",
    "және нәтижелерді бірге жариялауға келіседі.",
]


def _compact(text: str) -> str:
    return "".join(text.split())


@pytest.fixture(scope="module")
def zh_page() -> Image.Image:
    return text_image(ZH_LINES * 2, size=(1240, 1754), font_size=34)


@pytest.mark.parametrize("turn", [90, 180, 270])
def test_rotated_scan_is_turned_upright_and_read(tmp_path, settings, zh_page, turn):
    path = tmp_path / f"rot{turn}.png"
    zh_page.rotate(-turn, expand=True).save(path)  # PIL rotates counter-clockwise
    page = analyze_document(path, settings).pages[0]
    assert page.source == "ocr"
    assert page.rotation == (360 - turn) % 360  # clockwise turn that made it upright
    assert "开展联合研究" in _compact(page.text)


def test_boxes_are_reported_on_the_page_as_stored(tmp_path, settings, zh_page):
    """A page stored turned 90 degrees clockwise has the top of its text at the
    right edge: boxes must say so, since seals and evidence are drawn on it."""
    path = tmp_path / "rot90.png"
    zh_page.rotate(-90, expand=True).save(path)
    page = analyze_document(path, settings).pages[0]
    first = page.blocks[0].bbox
    assert first[2] > 0.85  # the first lines sit at the right edge of the stored page
    assert first[3] - first[1] > 0.3  # and run from top to bottom


def test_small_skew_is_measured_and_corrected(tmp_path, settings, zh_page):
    path = tmp_path / "skew.png"
    zh_page.rotate(2.0, expand=False, fillcolor=255, resample=Image.BICUBIC).save(path)
    page = analyze_document(path, settings).pages[0]
    assert abs(abs(page.skew) - 2.0) < 0.4
    assert "甲方负责提供实验设备" in _compact(page.text)


def test_cyrillic_page_is_read_with_cyrillic_models_only(tmp_path, settings):
    path = tmp_path / "kk.png"
    text_image(KK_LINES * 6, size=(1240, 1754), font_size=26, font=LATIN_FONT).save(path)  # a full page: probed
    analysis = analyze_document(path, settings)
    page = analysis.pages[0]
    assert (page.ocr_languages or "").startswith("rus+kaz")  # Chinese, if at all, only as the fallback
    assert "нәтижелерді" in page.text  # Kazakh letters survive OCR
    assert [v.language for v in analysis.report.language_versions] == ["kk"]


def test_side_by_side_scan_reads_both_scripts(tmp_path, settings):
    path = tmp_path / "side.png"
    side_by_side(ZH_LINES * 3, KK_LINES * 3).save(path)
    analysis = analyze_document(path, settings)
    versions = {v.language: v.pages for v in analysis.report.language_versions}
    assert versions == {"zh": [1], "kk": [1]}
    assert analysis.layout == "side_by_side"
    text = analysis.pages[0].text
    assert "开展联合研究" in _compact(text) and "келіседі" in text


def test_sixteen_bit_grey_scan_is_read(tmp_path, settings, zh_page):
    import numpy as np

    path = tmp_path / "deep.png"
    Image.fromarray(np.asarray(zh_page).astype(np.uint16) * 257).save(path)
    assert Image.open(path).mode.startswith("I")
    page = analyze_document(path, settings).pages[0]
    assert "开展联合研究" in _compact(page.text)


EN_LINES = [
    "Article 1. The Parties shall carry out joint research",
    "on drought-resistant crops in arid regions.",
    "Article 2. Each Party shall bear its own costs",
    "and report its results to the other Party.",
]


def test_red_printed_version_survives_and_seal_ink_is_faded_only_in_the_seal(tmp_path, settings):
    """An English version printed in red under a Chinese one is text, not seal
    ink: it must be read, and the document is bilingual. The red seal over the
    date line is still found (its ink is faded inside it alone)."""
    from PIL import ImageChops, ImageDraw, ImageFont

    from .conftest import ZH_FONT
    from .test_vision import RED, round_seal

    img = Image.new("RGB", (1240, 1754), (250, 248, 240))
    draw = ImageDraw.Draw(img)
    zh_font, en_font = ImageFont.truetype(ZH_FONT, 30), ImageFont.truetype(LATIN_FONT, 28)
    y = 120
    for line in ZH_LINES * 2:
        draw.text((110, y), line, font=zh_font, fill=(20, 20, 20))
        y += 52
    for line in EN_LINES * 2:
        draw.text((110, y), line, font=en_font, fill=(200, 30, 35))
        y += 50
    draw.text((700, 1420), "日期：2025年4月16日", font=zh_font, fill=(20, 20, 20))
    stamp = Image.new("RGB", img.size, (255, 255, 255))
    round_seal(stamp, (830, 1430), 120, "新疆农业大学", RED)
    img = ImageChops.multiply(img, stamp)  # stamp ink darkens what lies under it, as on paper
    path = tmp_path / "red_english.png"
    img.save(path)
    analysis = analyze_document(path, settings)
    report = analysis.report
    assert [v.language for v in report.language_versions] == ["zh", "en"]
    assert "drought-resistant" in analysis.pages[0].text
    assert len(report.seals) == 1 and report.seals[0].color == "red"
