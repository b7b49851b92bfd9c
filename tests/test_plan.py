"""One language decision per document: a first page holding two scripts spares
the pages after the second the probe, and a page that disagrees with the plan
is probed and read as if there were none."""
from __future__ import annotations


from docintel.models import Block, Line, Page, Word
from docintel.pipeline import analyze_document
from docintel.text import probe
from docintel.text.plan import LanguagePlan, plan_from_page

from .conftest import LATIN_FONT, side_by_side, text_image
from .test_ocr import KK_LINES, ZH_LINES

EN_LINES = [
    "The Parties agree to carry out joint research",
    "in agricultural science and to publish the",
    "results together, each bearing its own costs.",
]


def _page(number: int, texts: list[tuple[str, str, str]]) -> Page:
    """A read page holding (text, script, language) blocks."""
    blocks = []
    for i, (text, script, language) in enumerate(texts):
        box = (0.1, 0.1 * i, 0.9, 0.1 * i + 0.05)
        blocks.append(Block(lines=[Line(words=[Word(text=text, bbox=box, confidence=0.9)], bbox=box)],
                            bbox=box, script=script, language=language))
    return Page(number=number, width=600, height=800, source="ocr", blocks=blocks)


def test_a_first_page_with_two_scripts_makes_a_plan():
    zh, kk = ("第一条合作内容甲乙双方同意开展联合研究" * 6, "han", "zh"), ("Осы келісім екі тарап арасындағы" * 6, "cyrillic", "kk")
    plan = plan_from_page(_page(1, [zh, kk]))
    assert plan is not None and set(plan.scripts) == {"han", "cyrillic"}
    assert plan.languages == {"han": "zh", "cyrillic": "kk"}
    # versions one after the other, or one language: each page is probed
    assert plan_from_page(_page(1, [zh, zh])) is None
    # a cover with a line or two shows too little to plan on
    assert plan_from_page(_page(1, [("合作协议", "han", "zh"), ("Келісім", "cyrillic", "kk")])) is None


def _probes(monkeypatch) -> list[int]:
    calls: list[int] = []
    real = probe.probe_scripts

    def counted(*args, **kwargs):
        calls.append(1)
        return real(*args, **kwargs)

    monkeypatch.setattr("docintel.text.ocr.probe_scripts", counted)
    return calls


def test_later_pages_of_a_side_by_side_scan_are_read_without_the_probe(tmp_path, settings, monkeypatch):
    pages = [side_by_side(ZH_LINES * 3, KK_LINES * 3) for _ in range(4)]
    path = tmp_path / "side.tif"
    pages[0].save(path, save_all=True, append_images=pages[1:], dpi=(200, 200))
    calls = _probes(monkeypatch)
    analysis = analyze_document(path, settings)
    assert len(calls) == 2  # the two lead pages only
    first, *later = analysis.pages
    assert all(p.text == first.text for p in later)  # the plan reads them as the probe did the first
    assert {v.language for v in analysis.report.language_versions} == {"zh", "kk"}


def test_a_page_that_disagrees_with_the_plan_is_probed_and_read_right(tmp_path, settings, monkeypatch):
    pages = [side_by_side(ZH_LINES * 3, KK_LINES * 3) for _ in range(2)]
    pages.append(text_image(EN_LINES * 8, size=(1654, 2339), font_size=40, font=LATIN_FONT))
    path = tmp_path / "mixed.tif"
    pages[0].save(path, save_all=True, append_images=pages[1:], dpi=(200, 200))
    calls = _probes(monkeypatch)
    analysis = analyze_document(path, settings)
    assert len(calls) == 3  # the English page did not fit the Chinese-Kazakh plan
    assert "agricultural science" in analysis.pages[2].text
    assert analysis.pages[2].ocr_languages.startswith("eng")


def test_plan_is_carried_to_the_workers(tmp_path):
    from docintel.pages import PageTask

    plan = LanguagePlan(scripts={"han": 0.5, "latin": 0.5}, languages={"latin": "en"})
    task = PageTask(path=tmp_path / "x.pdf", kind="pdf", index=2, plan=plan)
    assert PageTask.model_validate(task.model_dump()).plan == plan
    assert probe.packs_for(plan.scripts, plan.languages, only_seen=True) == "chi_sim+eng"


def test_a_sparse_page_read_by_the_plan_is_probed_instead():
    from docintel.text.plan import MIN_PLANNED_LETTERS, agrees

    plan = LanguagePlan(scripts={"han": 0.3, "cyrillic": 0.7})
    assert agrees({"han": MIN_PLANNED_LETTERS, "cyrillic": MIN_PLANNED_LETTERS}, plan)
    assert not agrees({"han": 100, "cyrillic": 150}, plan)  # a signature page: probed as before
    assert not agrees({"han": 300, "cyrillic": 300, "latin": 400}, plan)  # a script the plan lacks


def test_only_a_page_with_the_ink_of_running_text_is_read_by_the_plan():
    import numpy as np

    from docintel.text.plan import dense_enough

    full = np.asarray(text_image(ZH_LINES * 10, size=(1654, 2339), font_size=40))
    signature = np.asarray(text_image(["甲方（盖章）：", "日期：2025年3月1日"], size=(1654, 2339), font_size=40))
    assert dense_enough(full) and not dense_enough(signature)
