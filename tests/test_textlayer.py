"""When the text layer is used and when the page is OCR'd instead."""
from __future__ import annotations

import io

from reportlab.lib.utils import ImageReader
from reportlab.pdfgen import canvas

from docintel.pipeline import analyze_document
from docintel.text.quality import layer_quality, needs_ocr

from .conftest import register_fonts, text_image, write_pdf

ZH = "第一条 甲乙双方同意在农业科学领域开展联合研究，共同申请科研项目。"


def test_quality_of_clean_text_is_high():
    assert layer_quality(list(ZH + " Cooperation Agreement between the parties")) > 0.95


def test_cid_runs_and_replacement_characters_are_garbage():
    chars = ["(cid:12)", "(cid:7)", "(cid:99)"] * 20 + list("ok")
    assert layer_quality(chars) < 0.1
    assert layer_quality(list("\ufffd\ufffd\ufffd abc \ufffd\ufffd")) < 0.6


def test_nonsense_words_are_garbage():
    nonsense = "Сoглашeниe xkcdqz mnbvcxz Стоpоны qwrtpsd ЖЩЦХ zxcvbnm".split()
    assert layer_quality(list(" ".join(nonsense))) < 0.5


def test_decision_reasons():
    assert needs_ocr([], 0.0, 0.9, 0.0)[0] is True
    assert needs_ocr([], 0.0, 0.0, 0.0)[0] is False  # blank page, nothing to read
    assert needs_ocr(list(ZH * 3), 1.0, 0.0, 0.0) == (False, "text layer")
    ocr, reason = needs_ocr(list("第3页"), 1.0, 0.95, 0.0)
    assert ocr and "thin" in reason


def _scan_pdf(path, image, invisible_text: str | None = None, visible_text: str | None = None):
    register_fonts()
    c = canvas.Canvas(str(path), pagesize=(595, 842))
    buf = io.BytesIO()
    image.save(buf, format="PNG")
    c.drawImage(ImageReader(io.BytesIO(buf.getvalue())), 0, 0, 595, 842)
    if invisible_text:
        t = c.beginText(60, 700)
        t.setTextRenderMode(3)
        t.setFont("serif", 11)
        for line in invisible_text.splitlines():
            t.textLine(line)
        c.drawText(t)
    if visible_text:
        c.setFont("serif", 8)
        c.drawString(280, 20, visible_text)
    c.save()
    return path


def test_scan_with_invisible_nonsense_layer_is_ocrd(tmp_path, settings):
    img = text_image([ZH] * 4, size=(1240, 1754), font_size=30)
    garbage = "\n".join(["Cтopoны xqzv Ьъщ mnbvc Сoглaшeниe zzkq"] * 6)
    path = _scan_pdf(tmp_path / "scan.pdf", img, invisible_text=garbage)
    page = analyze_document(path, settings).pages[0]
    assert page.source == "ocr"
    assert "联合研究" in page.text.replace(" ", "")


RU_LINES = [
    "Общество с ограниченной ответственностью",
    "создано в соответствии с Гражданским кодексом",
    "Российской Федерации. Имущественные права",
    "участников определяются настоящим уставом.",
]
# what a bad earlier OCR wrote for those lines: Cyrillic read as Latin look-alikes and digits
RU_AS_LATIN = [
    "O6LLIecTBo c orpaHu4eHHou oTBeTcTBeHHocTbIO",
    "co3AaHo B cooTBeTcTBuu c rpa>KAaHckuM koAekcoM",
    "Poccuuckou CPeAepau,uu. NMyLLIecTBeHHbIe npaBa",
    "y4acTHukoB onpeAenRIOTcR HacToRLLIuM ycTaBoM.",
]


def test_words_no_language_writes_are_garbage_and_names_are_not():
    assert layer_quality(list(" ".join(RU_AS_LATIN))) < 0.5
    names = "McDonald iPhone GmbH PhD mRNA qPCR COVID-19 ISO9001 UNESCO SamSU oʻzbek kWh pH Uzbekiston"
    assert layer_quality(list(names + " The Parties agree to cooperate in joint research.")) > 0.9


def test_scan_whose_earlier_ocr_read_cyrillic_as_latin_is_read_again(tmp_path, settings):
    """A scanned Russian charter carrying an earlier OCR's layer of Latin look-alikes
    must be OCR'd again, not reported as a Portuguese or Spanish version."""
    from .conftest import LATIN_FONT

    img = text_image(RU_LINES * 4, size=(1240, 1754), font_size=30, font=LATIN_FONT)
    path = _scan_pdf(tmp_path / "charter.pdf", img, invisible_text="\n".join(RU_AS_LATIN * 4))
    analysis = analyze_document(path, settings)
    assert analysis.pages[0].source == "ocr"
    assert "Имущественные" in analysis.pages[0].text
    assert [v.language for v in analysis.report.language_versions] == ["ru"]


def test_scan_with_only_a_page_number_layer_is_ocrd(tmp_path, settings):
    img = text_image([ZH] * 4, size=(1240, 1754), font_size=30)
    path = _scan_pdf(tmp_path / "scan.pdf", img, visible_text="Page 1 of 3")
    page = analyze_document(path, settings).pages[0]
    assert page.source == "ocr"
    assert "农业科学" in page.text.replace(" ", "")


def test_font_without_unicode_map_is_ocrd(tmp_path, settings):
    path = write_pdf(tmp_path / "good.pdf", [[("zh", 60, 760 - 30 * i, ZH) for i in range(6)]])
    raw = path.read_bytes()
    assert b"/ToUnicode" in raw
    broken = tmp_path / "nounicode.pdf"
    broken.write_bytes(raw.replace(b"/ToUnicode", b"/ToUnicodX"))  # same length: offsets stay valid
    page = analyze_document(broken, settings).pages[0]
    assert page.source == "ocr"
    assert page.layer_quality is not None and page.layer_quality < 0.5
    assert "农业科学" in page.text.replace(" ", "")


def test_native_text_layer_is_used_with_boxes_in_page_fractions(tmp_path, settings):
    path = write_pdf(tmp_path / "native.pdf", [[("zh", 72, 842 - 100, ZH)]], pagesize=(595, 842))
    page = analyze_document(path, settings).pages[0]
    assert page.source == "text_layer"
    assert page.blocks[0].language == "zh"
    x0, y0, x1, y1 = page.blocks[0].bbox
    assert abs(x0 - 72 / 595) < 0.01
    assert 0.09 < y0 < 0.12 and y1 < 0.14  # near the top, origin top-left
    assert ZH.replace(" ", "") in page.text.replace(" ", "")


def test_text_layer_of_a_page_with_rotate_reads_in_order_and_boxes_follow_the_display(tmp_path, settings):
    import pypdfium2 as pdfium

    upright = write_pdf(tmp_path / "upright.pdf", [[("zh", 60, 780 - 20 * i, ZH) for i in range(5)]])
    doc = pdfium.PdfDocument(str(upright))
    doc[0].set_rotation(90)  # shown turned clockwise: landscape, text running downwards
    turned = tmp_path / "turned.pdf"
    doc.save(str(turned))
    page = analyze_document(turned, settings).pages[0]
    assert page.source == "text_layer"
    assert page.width > page.height
    assert page.rotation == 270
    assert ZH.replace(" ", "") in page.blocks[0].text.replace(" ", "")
    x0, y0, x1, y1 = page.blocks[0].bbox
    assert x0 > 0.75 and y1 - y0 > 0.5  # the top of the portrait page is now the right edge


def test_numbers_inside_visual_order_arabic_script_keep_their_order():
    from docintel.text.textlayer import logical_order

    # "تاریخ: 19 مئی 2025" stored as visual-order presentation forms, digits left to right
    visual = "2025 \ufef4\ufee3 19 :\ufea6\ufbfe\ufead\ufe8e\ufe97"
    text = logical_order(visual)
    assert text == "تاریخ: 19 \u0645\u064a 2025"
