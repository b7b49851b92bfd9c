"""Language versions on native PDFs in the three layouts, and fragments that are not versions."""
from __future__ import annotations

from docintel.lang.versions import find_versions
from docintel.pipeline import analyze_document

from .conftest import write_pdf

ZH = [
    "第一条 合作内容：双方同意在农业科学领域开展联合研究。",
    "第二条 双方责任：甲方负责提供实验设备和研究经费。",
    "第三条 知识产权：合作产生的知识产权归双方共同所有。",
]
RU = [
    "Статья 1. Стороны договорились о совместных исследованиях.",
    "Статья 2. Сторона А предоставляет оборудование и финансирование.",
    "Статья 3. Интеллектуальная собственность принадлежит сторонам.",
]
EN = [
    "Article 1. The Parties agree to conduct joint research in agriculture.",
    "Article 2. Party A provides laboratory equipment and research funds.",
    "Article 3. Intellectual property created jointly belongs to both Parties.",
]


def _page(lines, font, x=60, top=780, step=22):
    return [(font, x, top - i * step, text) for i, text in enumerate(lines)]


def test_sequential_versions(tmp_path, settings):
    path = write_pdf(tmp_path / "seq.pdf", [_page(ZH * 4, "zh"), _page(ZH * 2, "zh"), _page(RU * 4, "serif"), _page(RU * 2, "serif")])
    analysis = analyze_document(path, settings)
    versions = [(v.language, v.pages) for v in analysis.report.language_versions]
    assert versions == [("zh", [1, 2]), ("ru", [3, 4])]
    assert analysis.layout == "sequential"


def test_side_by_side_versions(tmp_path, settings):
    rows = []
    for i in range(3):
        rows += _page([ZH[i][:18], ZH[i][18:]], "zh", x=50, top=760 - i * 90)
        rows += _page([EN[i][:36], EN[i][36:]], "serif", x=320, top=760 - i * 90)
    path = write_pdf(tmp_path / "side.pdf", [rows])
    analysis = analyze_document(path, settings)
    versions = [(v.language, v.pages) for v in analysis.report.language_versions]
    assert versions == [("zh", [1]), ("en", [1])]
    assert analysis.layout == "side_by_side"


def test_alternating_paragraphs(tmp_path, settings):
    lines = []
    for zh, ru in zip(ZH, RU):
        lines += [("zh", zh), ("serif", ru)]
    page = [(font, 60, 780 - i * 40, text) for i, (font, text) in enumerate(lines)]
    path = write_pdf(tmp_path / "alt.pdf", [page, page])
    analysis = analyze_document(path, settings)
    versions = [(v.language, v.pages) for v in analysis.report.language_versions]
    assert versions == [("zh", [1, 2]), ("ru", [1, 2])]
    assert analysis.layout == "alternating"


def test_foreign_fragments_in_chinese_text_are_not_a_version(tmp_path, settings):
    page = _page(ZH * 3, "zh") + [
        ("serif", 60, 500, "Al-Farabi Kazakh National University"),
        ("serif", 60, 478, "E-mail: info@kaznu.kz   ISO 9001"),
    ] + _page(ZH * 2, "zh", top=450)
    path = write_pdf(tmp_path / "zh_only.pdf", [page])
    analysis = analyze_document(path, settings)
    assert [v.language for v in analysis.report.language_versions] == ["zh"]
    assert analysis.layout == "mono"


def test_signature_page_without_text_joins_the_version_before_it(tmp_path, settings):
    path = write_pdf(tmp_path / "sig.pdf", [_page(ZH * 4, "zh"), [], _page(EN * 4, "serif")])
    versions = [(v.language, v.pages) for v in analyze_document(path, settings).report.language_versions]
    assert versions == [("zh", [1, 2]), ("en", [3])]


def test_no_text_means_no_versions():
    assert find_versions([]).versions == []
