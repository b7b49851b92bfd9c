"""Document types, elements and rules on texts written here, in other words than
the sample generator's: each extractor, each trap, each rule, in several languages.
Pages are built directly from paragraphs (language identified as the pipeline
does), so these tests exercise the reading of text, not OCR."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
import yaml

from docintel.elements import content_elements
from docintel.elements.dates import find_dates
from docintel.elements.money import amounts, arabic, percentages
from docintel.lang.identify import identify
from docintel.lang.versions import find_versions
from docintel.models import Block, Line, Page, Word
from docintel.judge.parties import find_parties
from docintel.judge.rulebook import RULEBOOK, Rulebook, findings_for, fired_rules, load_rulebook


def page(number: int, *paragraphs: str) -> Page:
    blocks = []
    y = 0.05
    for text in paragraphs:
        box = (0.1, y, 0.9, y + 0.02)
        guess = identify(text)
        blocks.append(Block(lines=[Line(words=[Word(text=text, bbox=box)], bbox=box)], bbox=box,
                            language=guess.code, language_confidence=guess.confidence))
        y += 0.03
    return Page(number=number, width=595, height=842, source="text_layer", blocks=blocks)


def read(*pages_or_paragraphs):
    pages = [p if isinstance(p, Page) else None for p in pages_or_paragraphs]
    if not all(pages):
        pages = [page(1, *pages_or_paragraphs)]
    versions = find_versions(pages).versions
    doc_type, elements = content_elements(pages, versions, find_parties(pages))
    return doc_type, elements


def status(element: str, *paragraphs: str) -> str:
    return read(*paragraphs)[1][element].status


# ---------------------------------------------------------------- clauses

@pytest.mark.parametrize("text", [
    "本项目执行过程中产生的专利权和技术秘密归甲方所有，乙方享有免费使用权。",
    "All patents and know-how generated under this Memorandum shall vest in the Chinese partner.",
    "Исключительные права на результаты совместных работ принадлежат Сторонам в равных долях.",
])
def test_ip_ownership_stated_without_a_heading_is_present(text):
    assert status("ip_ownership", text) == "present"


@pytest.mark.parametrize("text", [
    "Matters of intellectual property will be discussed by the partners at a later stage.",
    "关于知识产权的归属，待项目结题后由双方另行商定。",
    "Вопросы интеллектуальной собственности будут урегулированы дополнительным соглашением.",
])
def test_deferred_ip_is_uncertain_with_the_sentence_as_reason(text):
    _, elements = read(text)
    ip = elements["ip_ownership"]
    assert ip.status == "uncertain"
    assert ip.value["reason"] == "deferred" and ip.evidence and ip.evidence[0].text
    finding = [f for f in findings_for("cooperation_agreement", elements, dt.date(2026, 1, 1))
               if f.element == "ip_ownership"][0]
    assert finding.severity == "warning" and ip.value["quote"][:10] in finding.message.zh + finding.message.en


def test_a_heading_with_nothing_concrete_under_it_is_uncertain():
    _, el = read("Article 7. Intellectual Property", "The Parties attach great importance to intellectual property.")
    assert el["ip_ownership"].status == "uncertain" and el["ip_ownership"].value["reason"] == "heading_only"


def test_a_passing_mention_is_not_a_clause():
    assert status("ip_ownership", "Party A will present the results of the survey at a conference in Almaty.") == "missing"


def test_responsibilities_need_more_than_one_party():
    both = ("甲方负责野外观测站的建设与运行维护。", "乙方负责提供当地气象资料并协助办理签证手续。")
    assert status("responsibilities", *both) == "present"
    _, el = read("Party B shall be responsible for organising the field trials in Osh.")
    assert el["responsibilities"].status == "uncertain" and el["responsibilities"].value["reason"] == "one_party"


def test_data_clause_needs_ownership_or_transfer_terms():
    assert status("data_ownership", "Все полученные в ходе проекта данные принадлежат обеим Сторонам; их передача третьим лицам допускается только с письменного согласия.") == "present"
    assert status("data_ownership", "双方将通过数据共享平台交流观测数据。") == "missing"


# ---------------------------------------------------------------- money and funding

def test_amounts_in_every_notation():
    assert [a.value for a in amounts(arabic("乙方出资人民币壹拾伍万元整"), "zh")] == [150000]
    assert [(a.value, a.currency) for a in amounts("USD 60,000 and 1.2 million yuan", "en")] == [(60000, "USD"), (1200000, "CNY")]
    assert [(a.value, a.currency) for a in amounts("в сумме 450 000 юаней", "ru")] == [(450000, "CNY")]
    assert [a.value for a in amounts("共计45万元", "zh")] == [450000]
    assert [p.percent for p in percentages(arabic("甲方占百分之七十，乙方占30%"), "zh")] == [70, 30]


def test_funding_shares_go_to_the_party_named_before_them():
    _, el = read("甲方：塔里木大学", "乙方：Samarkand State University",
                 "项目总经费中，甲方承担人民币壹拾伍万元整，乙方承担8万元，用于野外考察。")
    shares = {s["place"]: s["amount_cny"] for s in el["funding_allocation"].value}
    assert el["funding_allocation"].status == "present" and shares == {1: 150000, 2: 80000}


def test_funding_left_for_later_is_uncertain():
    _, el = read("The budget of the joint project and its division between the partners will be agreed later.")
    assert el["funding_allocation"].status == "uncertain"


# ---------------------------------------------------------------- dates

@pytest.mark.parametrize("text,lang", [
    ("2025年3月15日", "zh"), ("二〇二五年三月十五日", "zh"), ("2025.3.15", "zh"), ("15 March 2025", "en"),
    ("March 15, 2025", "en"), ("15.03.2025", "ru"), ("«15» марта 2025 г.", "ru"),
])
def test_every_date_form_of_the_requirements(text, lang):
    assert [d.date for d in find_dates(f"签订日期：{text}" if lang == "zh" else text, lang)] == [dt.date(2025, 3, 15)]


def test_signing_date_from_a_labelled_line_and_not_from_other_dates():
    _, el = read("乙方应在合同签订后30日内提交实施方案。", "项目实施期限：2026年1月至2027年12月。", "签署日期：2025年11月2日")
    assert el["signing_date"].status == "present" and el["signing_date"].value == "2025-11-02"


@pytest.mark.parametrize("line", ["签订日期：    年   月   日", "Date: ______________", "Дата: «___» __________ 20__ г."])
def test_a_blank_date_line_is_missing_not_present(line):
    _, el = read(line)
    assert el["signing_date"].status == "missing" and el["signing_date"].value == {"reason": "blank"}
    assert el["signing_date"].evidence[0].text.startswith(line.split("：")[0].split(":")[0])


# ---------------------------------------------------------------- ethics

@pytest.mark.parametrize("lines,decision", [
    (["审查结论：同意"], "approved"),
    (["审查结论：修改后同意"], "conditional"),
    (["审查结论：不同意"], "rejected"),
    (["审查结论：□同意 ■修改后同意 □不同意"], "conditional"),
    (["Decision: not approved"], "rejected"),
    (["Decision: approved with minor modifications"], "conditional"),
])
def test_ethics_decision(lines, decision):
    _, el = read("医学伦理委员会", "参会委员7人，同意7票。", "审查材料：知情同意书。", *lines)
    assert el["ethics_conclusion"].status == "present" and el["ethics_conclusion"].value == decision


def test_unticked_options_are_uncertain_and_vote_counts_are_no_decision():
    _, el = read("伦理委员会审查意见", "审查结论：□同意 □修改后同意 □不同意", "参会委员7人，同意5票，反对2票。")
    assert el["ethics_conclusion"].status == "uncertain"


def test_ethics_review_type_committee_and_date_in_the_next_cell():
    p = page(1, "Ethics Committee of Kashgar University", "ETHICAL REVIEW APPROVAL",
             "Decision: approved")
    label = Block(lines=[Line(words=[Word(text="Date of review", bbox=(0.1, 0.5, 0.3, 0.52))], bbox=(0.1, 0.5, 0.3, 0.52))],
                  bbox=(0.1, 0.5, 0.3, 0.52), language="en")
    value = Block(lines=[Line(words=[Word(text="12 May 2025", bbox=(0.5, 0.5, 0.7, 0.52))], bbox=(0.5, 0.5, 0.7, 0.52))],
                  bbox=(0.5, 0.5, 0.7, 0.52), language="en")
    p.blocks += [label, value]
    doc_type, el = read(p)
    assert doc_type == "ethics_review"
    assert el["ethics_committee"].value == "Ethics Committee of Kashgar University"
    assert el["ethics_date"].value == "2025-05-12"


# ---------------------------------------------------------------- document types

@pytest.mark.parametrize("title,kind", [
    ("科技合作谅解备忘录", "cooperation_agreement"),
    ("Memorandum of Understanding on Joint Research", "cooperation_agreement"),
    ("Договор о научном сотрудничестве", "cooperation_agreement"),
    ("项目联合申报协议", "consortium_agreement"),
    ("知识产权归属意向书", "ip_agreement"),
    ("Agreement on Intellectual Property Rights", "ip_agreement"),
    ("实验动物伦理审查批件", "ethics_review"),
])
def test_type_from_the_title(title, kind):
    assert read(title, "甲方：某某大学", "乙方：Some University")[0] == kind


@pytest.mark.parametrize("paragraphs,kind", [
    # an English-only MoU whose title line OCR did not read
    (("M3MORANDUM 0F UNDERST4NDING", "Xinjiang University and the University of Central Asia, hereinafter the Parties, "
      "wishing to promote academic exchange, agree to sign this Memorandum of Understanding, as follows.",
      "This Memorandum of Understanding shall remain in force for five years from the date of signature, "
      "and may be extended by mutual consent of the Parties."),
     "cooperation_agreement"),
    # a Chinese agreement whose title is garbled; the body names it and the parties
    (("合 亻乍 十办 议", "甲方：新疆农业大学", "乙方：塔吉克农业大学",
      "本协议自双方签字盖章之日起生效。", "本协议一式四份，中文和俄文各两份，具有同等效力。"), "cooperation_agreement"),
    # a cooperation agreement naming a separate IP agreement once is still a cooperation agreement
    (("ХХХ", "甲方：新疆大学", "乙方：Kazakh National University",
      "双方在本合作协议框架下开展联合研究。", "知识产权问题由双方另行签订知识产权协议约定。", "本合作协议自签字之日起生效。"),
     "cooperation_agreement"),
    # an English ethics approval letter without a title
    (("Dear Dr. Li,", "The Institutional Review Board of Tashkent Medical Academy reviewed your protocol on 12 May 2025.",
      "We approve the study as submitted."), "ethics_review"),
])
def test_type_from_the_body_when_the_title_is_missing_or_garbled(paragraphs, kind):
    assert read(*paragraphs)[0] == kind


def test_weak_evidence_is_unknown():
    assert read("Invoice No. 2025-17", "Laboratory equipment delivered to room 204.", "Total: USD 1,200")[0] == "unknown"


def test_russian_only_agreement_is_still_a_cooperation_agreement_missing_chinese():
    doc_type, el = read("СОГЛАШЕНИЕ О СОТРУДНИЧЕСТВЕ",
                        "Сторона 1: Синьцзянский университет", "Сторона 2: Казахский национальный университет",
                        "Стороны проводят совместные исследования в области гидрологии и обмениваются сотрудниками.")
    assert doc_type == "cooperation_agreement"
    assert el["bilingual"].status == "missing" and el["bilingual"].value["reason"] == "no_chinese"
    messages = [f.message.zh for f in findings_for(doc_type, el, dt.date(2026, 1, 1)) if f.element == "bilingual"]
    assert messages and "俄文" in messages[0]


# ---------------------------------------------------------------- rules

def _rules(doc_type, el, as_of=dt.date(2026, 6, 30)):
    return set(fired_rules(doc_type, el, as_of))


def test_more_than_three_other_units_is_an_error():
    units = ["甲方：新疆大学", "乙方：Kyrgyz National University", "丙方：新疆农业大学", "丁方：石河子大学",
             "戊方：新疆师范大学", "己方：昌吉学院"]
    doc_type, el = read("联合申报合作协议", *units)
    assert doc_type == "consortium_agreement" and "extra_units" in _rules(doc_type, el)
    doc_type, el = read("联合申报合作协议", *units[:5])
    assert "extra_units" not in _rules(doc_type, el)


def test_signing_date_after_the_as_of_date():
    doc_type, el = read("合作协议", "甲方：新疆大学", "乙方：Tajik National University", "签订日期：2026年9月1日")
    assert "signing_date_future" in _rules(doc_type, el, dt.date(2026, 6, 30))
    assert "signing_date_future" not in _rules(doc_type, el, dt.date(2026, 9, 1))


def test_validity_ending_before_the_project():
    doc_type, el = read("合作协议", "甲方：新疆大学", "乙方：Tajik National University",
                        "项目实施期限为2026年1月至2028年12月。", "本协议有效期两年，自签字之日起生效。",
                        "签订日期：2025年12月1日")
    assert el["validity_period"].value["end"] == "2027-12-01"
    assert "validity_short" in _rules(doc_type, el)


def test_chinese_and_foreign_versions_disagreeing_on_an_amount():
    zh = page(1, "合作协议", "甲方：新疆大学", "乙方：Kazakh National University",
              "双方同意在干旱区水资源监测领域开展联合研究，互派研究人员，共同培养研究生。",
              "甲方为合作研究提供经费45万元，乙方负责组织当地的野外考察工作。")
    en = page(2, "Cooperation Agreement", "Party A: Xinjiang University", "Party B: Kazakh National University",
              "The Parties agree to carry out joint research on water monitoring in arid lands and to exchange staff.",
              "Party A shall provide CNY 400,000 for the joint research; Party B shall organise the field surveys.")
    doc_type, el = read(zh, en)
    diff = el["version_numbers"].value["differences"]
    assert diff and diff[0]["kind"] == "amounts" and diff[0]["zh"] == ["450,000 CNY"]  # as written, not 4.5e+05
    msg = [f.message for f in findings_for(doc_type, el, dt.date(2026, 1, 1)) if f.element == "version_numbers"][0]
    assert "450,000" in msg.zh and "400,000" in msg.en


def test_resources_needing_prior_approval_are_warned_about():
    doc_type, el = read("合作协议", "甲方：新疆农业科学院", "乙方：Tashkent State Agrarian University",
                        "双方将交换小麦种质资源用于抗旱性鉴定。")
    assert el["restricted_resources"].value == ["germplasm_resources"]
    finding = [f for f in findings_for(doc_type, el, dt.date(2026, 1, 1)) if f.element == "restricted_resources"][0]
    assert finding.severity == "warning" and finding.guide_ref == "三.2.1" and "种质资源" in finding.message.zh


# ---------------------------------------------------------------- the rulebook is data

def test_editing_the_rulebook_changes_the_findings(tmp_path: Path):
    doc_type, el = read("合作协议", "甲方：新疆大学", "乙方：Tajik National University")
    before = {f.element: f.severity for f in findings_for(doc_type, el, dt.date(2026, 1, 1))}
    assert before["data_ownership"] == "warning" and before["ip_ownership"] == "error"
    data = yaml.safe_load(RULEBOOK.read_text(encoding="utf-8"))
    coop = data["types"]["cooperation_agreement"]
    coop["recommended"].remove("data_ownership")
    coop["required"].append("data_ownership")
    data["elements"]["data_ownership"]["missing"]["en"] = "Say who owns the data"
    path = tmp_path / "rulebook.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    book = load_rulebook(path)
    after = {f.element: f for f in findings_for(doc_type, el, dt.date(2026, 1, 1), book)}
    assert after["data_ownership"].severity == "error" and after["data_ownership"].message.en == "Say who owns the data"


@pytest.mark.parametrize("edit,complaint", [
    (lambda d: d["rules"].__setitem__("no_such_rule", dict(d["rules"]["extra_units"])), "no_such_rule"),
    (lambda d: d["elements"]["ip_ownership"].__setitem__("deferred", {"zh": "仅提及：{quote.text}", "en": "x"}),
     "plain names"),
    (lambda d: d["elements"]["ip_ownership"].__setitem__("deferred", {"zh": "仅提及"}), "en"),
    (lambda d: d["types"].pop("unknown"), "unknown"),
])
def test_a_broken_rulebook_is_refused_when_loaded_not_when_a_document_needs_it(edit, complaint):
    data = yaml.safe_load(RULEBOOK.read_text(encoding="utf-8"))
    edit(data)
    with pytest.raises(ValueError, match=complaint):
        Rulebook.model_validate(data)


def test_every_message_of_the_rulebook_fills_its_placeholders_on_the_samples():
    """No finding reaches a reviewer with a raw {placeholder}."""
    from docintel.config import Settings
    from docintel.pipeline import analyze_paths

    from .conftest import SAMPLES

    names = ["coop_zh_tk_sequential_scan.pdf", "consortium_zh_6units_scan.pdf", "coop_zh_en_mou_traps_native.pdf",
             "coop_zh_ru_letter_native.pdf", "ethics_zh_undecided_native.pdf"]
    seen = 0
    for analysis in analyze_paths([SAMPLES / n for n in names], Settings(jobs=1, cache_dir=None)):
        for f in analysis.report.findings:
            seen += 1
            assert "{" not in f.message.zh + f.message.en, f
    assert seen >= 10


def test_parties_defined_in_running_text_are_joined_across_languages():
    zh = page(1, "合作协议", "本协议由喀什大学（以下简称“甲方”）与撒马尔罕国立大学（以下简称“乙方”）在友好协商的基础上签订，"
                 "双方同意在绿洲农业领域开展联合研究，互派研究人员并共同培养研究生。")
    en = page(2, "Cooperation Agreement",
              "This Agreement is made between Kashgar University (hereinafter referred to as \"Party A\") and "
              "Samarkand State University (hereinafter \"Party B\"), who agree to carry out joint research in oasis agriculture.")
    _, el = read(zh, en)
    parties = el["parties"]
    assert parties.status == "present" and parties.value == ["喀什大学", "撒马尔罕国立大学"]
    assert {e.text for e in parties.evidence} >= {"Kashgar University", "Samarkand State University"}


# one owner clause, one deferral and one dated signature line per partner language,
# written for this test (not by the lexicons' author nor the sample generator)
PARTNER = {
    "kk": ("Бірлескен зерттеу нәтижелеріне зияткерлік меншік құқығы Тараптарға бірлесіп тиесілі болады.",
           "Зияткерлік меншік мәселелері кейінірек Тараптардың қосымша келісімімен шешіледі.",
           "Күні: 2025 жылғы 15 наурыз"),
    "uz": ("Loyiha natijalariga boʻlgan intellektual mulk huquqlari Tomonlarga teng ulushlarda tegishli boʻladi.",
           "Intellektual mulk masalalari keyinchalik alohida kelishuv bilan hal qilinadi.",
           "Sana: 2025-yil 15-mart"),
    "ky": ("Долбоордун натыйжаларына интеллектуалдык менчик укугу Тараптарга биргелешип таандык.",
           "Интеллектуалдык менчик маселелери кийинчерээк кошумча макулдашуу менен чечилет.",
           "Күнү: 2025-ж. 15-март"),
    "tg": ("Ҳуқуқҳои моликияти зеҳнӣ ба натиҷаҳои лоиҳа ба Тарафҳо якҷоя тааллуқ доранд.",
           "Масъалаҳои моликияти зеҳнӣ баъдтар бо созишномаи иловагӣ ҳал карда мешаванд.",
           "Сана: 15 марти соли 2025"),
    "mn": ("Төслийн үр дүнгийн оюуны өмчийн эрх Талуудад хамтран хамаарна.",
           "Оюуны өмчийн асуудлыг Талууд дараа нь нэмэлт гэрээгээр шийдвэрлэнэ.",
           "Огноо: 2025 оны 3 дугаар сарын 15"),
    "tk": ("Taslamanyň netijelerine bolan intellektual eýeçilik hukuklary Taraplara deň paýlarda degişlidir.",
           "Intellektual eýeçilik meseleleri soňra goşmaça ylalaşyk bilen çözüler.",
           "Senesi: 15-nji mart 2025 ý."),
    "ur": ("منصوبے کے نتائج پر دانشورانہ املاک کے حقوق فریقین کی مشترکہ ملکیت ہوں گے۔",
           "دانشورانہ املاک کے معاملات پر فریقین بعد میں الگ معاہدے کے ذریعے بات کریں گے۔",
           "تاریخ: 15 مارچ 2025"),
}


@pytest.mark.parametrize("lang", sorted(PARTNER))
def test_partner_languages_owner_deferral_and_date(lang):
    owned, deferred, dated = PARTNER[lang]
    assert identify(owned).code == lang
    assert status("ip_ownership", owned) == "present"
    _, el = read(deferred)
    assert el["ip_ownership"].status == "uncertain" and el["ip_ownership"].value["reason"] == "deferred"
    _, el = read(owned, dated)
    assert el["signing_date"].value == "2025-03-15"


def test_the_rulebook_cannot_drop_an_element_the_contract_requires():
    data = yaml.safe_load(RULEBOOK.read_text(encoding="utf-8"))
    data["types"]["consortium_agreement"]["required"].remove("all_parties_sealed")
    with pytest.raises(ValueError, match="all_parties_sealed"):
        Rulebook.model_validate(data)


def test_a_failure_in_content_analysis_keeps_the_document(monkeypatch, tmp_path):
    """A bug met on a strange document must not lose what was read: the report
    keeps pages, versions and marks, and says the content was not checked."""
    from docintel import pipeline
    from docintel.config import Settings

    from .conftest import write_pdf

    path = write_pdf(tmp_path / "a.pdf", [[("zh", 60, 780 - 22 * i, "甲乙双方同意在农业科学领域开展联合研究。") for i in range(6)]])

    def broken(*args, **kwargs):
        raise RuntimeError("lexicon bug")

    monkeypatch.setattr(pipeline, "content_elements", broken)
    report = pipeline.analyze_document(path, Settings(jobs=1, cache_dir=None)).report
    assert report.status == "ok" and report.language_versions[0].language == "zh"
    assert "seals" in report.elements and report.doc_type == "unknown"
    (finding,) = report.findings
    assert finding.severity == "warning" and "RuntimeError" in finding.message.en


def test_a_date_line_with_something_unreadable_is_uncertain_not_blank():
    _, el = read("签订日期：2 ≈ ”", "This Agreement enters into force on the date of its signature by both Parties.")
    assert el["signing_date"].status == "uncertain" and el["signing_date"].value["reason"] == "unreadable"
    assert [e.text for e in el["signing_date"].evidence] == ["签订日期：2 ≈ ”".replace("：", ":")]


@pytest.mark.parametrize("text,shares", [
    ("Of the funds, 600,000 yuan go to Party A and 400,000 yuan to Party B.", {1: 600000, 2: 400000}),
    ("Из средств проекта Стороне 1 – 600 000 юаней, Стороне 2 – 400 000 юаней.", {1: 600000, 2: 400000}),
    ("项目经费中，甲方承担45万元，乙方承担15万元。", {1: 450000, 2: 150000}),
])
def test_each_sum_goes_to_the_party_of_its_own_part_of_the_sentence(text, shares):
    _, el = read("Party A: Xinjiang University", "Party B: Kazakh National University", text)
    assert {s["place"]: s["amount_cny"] for s in el["funding_allocation"].value} == shares


def test_role_words_are_whole_words():
    _, el = read("Party A: Xinjiang University", "Party B: Kazakh National University",
                 "Each party bears 50% of its own travel costs.")
    assert all(s["place"] is None for s in el["funding_allocation"].value)


def test_a_ratio_is_a_funding_split():
    assert status("funding_allocation", "项目经费由甲乙双方按6:4的比例分配。") == "present"


@pytest.mark.parametrize("line,decision", [
    ("审查结论：□同意 □修改后同意 ■不同意", "rejected"),
    ("Decision: ☐ Approved ☒ Approved with modifications ☐ Not approved", "conditional"),
    ("The Committee does not approve the project in its present form.", "rejected"),
])
def test_ticked_boxes_and_negated_verbs(line, decision):
    _, el = read("Ethics Committee of Xinjiang Medical University", line)
    assert el["ethics_conclusion"].value == decision


def test_a_body_sentence_naming_an_ethics_review_does_not_make_the_type():
    doc_type, _ = read("中外科技合作协议", "甲方：新疆大学", "乙方：Kazakh National University",
                       "涉及人体的研究须经伦理委员会伦理审查后方可实施。", "双方另行签订知识产权协议。")
    assert doc_type == "cooperation_agreement"


def test_chinese_and_foreign_party_roles():
    _, el = read("中方：新疆大学", "外方：Tajik Technical University",
                 "中方负责数据分析和模型研发；外方负责野外采样和当地协调。")
    assert el["parties"].value == ["新疆大学", "Tajik Technical University"]
    assert el["responsibilities"].status == "present"


def test_roles_given_in_brackets_after_the_units_function():
    """Real consortium agreements label each unit by its function and give the
    role in brackets; a contact person so labelled is no party."""
    doc_type, el = read("项目联合申报协议", "牵头单位（甲方）：新疆大学", "共同申报单位 (乙方 ) : 新疆农业大学",
                        "参与单位（丙方）：喀什大学", "联系人（甲方）：张三",
                        "经友好协商，各方同意联合申报上述项目。甲方负责总体协调；乙方负责田间试验；丙方负责数据分析。")
    assert el["parties"].value == ["新疆大学", "新疆农业大学", "喀什大学"]
    assert doc_type == "consortium_agreement"


def _column_table_page(header: list[str], body: list[list[str]], *paragraphs: str) -> Page:
    """A page whose table OCR gave column by column: one block per column, each
    cell a line at its row's height, after some paragraphs."""
    base = page(1, *paragraphs)
    lefts = [0.08, 0.16, 0.40, 0.78]
    rights = [0.14, 0.38, 0.76, 0.92]
    top = 0.05 + 0.03 * len(paragraphs) + 0.02
    for col, (x0, x1) in enumerate(zip(lefts, rights)):
        lines = []
        for r, row in enumerate([header] + body):
            box = (x0, top + 0.03 * r, x1, top + 0.03 * r + 0.02)
            lines.append(Line(words=[Word(text=row[col], bbox=box)], bbox=box))
        bbox = (x0, top, x1, lines[-1].bbox[3])
        base.blocks.append(Block(lines=lines, bbox=bbox, column=col + 1, language="zh", language_confidence=0.9))
    return base


def test_work_and_money_split_in_a_table_read_column_by_column():
    """Consortium agreements give each unit a row (序号 | 单位名称 | 承担任务 | 经费（万元）);
    no sentence splits the work or the money."""
    table = _column_table_page(
        ["序号", "单位名称", "承担任务", "经费（万元）"],
        [["1", "新疆大学", "总体协调，遥感反演模型", "120"],
         ["2", "新疆师范大学", "野外采样与实验室分析", "60"],
         ["3", "伊犁师范大学", "示范区观测与数据验证", "40"],
         ["合计", "", "", "220"]],
        "项目联合申报协议", "牵头单位（甲方）：新疆大学", "共同申报单位（乙方）：新疆师范大学",
        "参与单位（丙方）：伊犁师范大学", "二、任务分工与经费")
    _, el = read(table)
    assert el["responsibilities"].status == "present"
    assert el["funding_allocation"].status == "present"
    shares = {s["party"]: s["amount_cny"] for s in el["funding_allocation"].value}
    assert shares == {"新疆大学": 1200000.0, "新疆师范大学": 600000.0, "伊犁师范大学": 400000.0}
    assert el["funding_allocation"].evidence[0].bbox[1] > 0.2  # the rows themselves, not the heading


@pytest.mark.parametrize("line,date", [
    ("Date of issue: Aug.20,2013 Date of expiry: Aug. 20, 2018", "2013-08-20"),
    ("Date of expiry: 2018-08-20 Date of issue: 2013-08-20", "2013-08-20"),
    ("签发日期：2014-08-04 到期日期：2017-08-03", "2014-08-04"),
])
def test_an_expiry_date_beside_the_issue_date_is_not_the_date_of_signing(line, date):
    """Two cells of a certificate run together on one OCR line: the date after
    "Date of expiry" ends a term, the one after "Date of issue" is the date."""
    _, el = read("Certificate", line)
    assert el["signing_date"].value == date


def test_validity_until_a_year_is_no_number_of_years_and_signing_stays_in_its_part():
    _, el = read("本协议于2025年3月15日在乌鲁木齐签订，自签字之日起生效，有效期至2028年12月31日。")
    assert el["signing_date"].value == "2025-03-15"
    assert el["validity_period"].value["end"] == "2028-12-31" and el["validity_period"].value["years"] is None


@pytest.mark.parametrize("opening,names", [
    ("石河子大学（中国新疆石河子）与吉尔吉斯国立农业大学（比什凯克）本着平等互利的原则，达成如下谅解：",
     ["石河子大学", "吉尔吉斯国立农业大学"]),
    ("This Memorandum is concluded between Tarim University and the Andijan Institute of Agriculture, who agree as follows.",
     ["Tarim University", "Andijan Institute of Agriculture"]),
])
def test_parties_named_only_in_the_opening_sentence(opening, names):
    _, el = read("谅解备忘录", opening, "一、双方同意在棉花育种领域开展联合研究。")
    assert el["parties"].status == "present" and el["parties"].value == names


def test_a_numbered_paragraph_is_no_heading_and_details_left_to_another_agreement_are_deferred():
    _, el = read("合作框架协议", "甲方：喀什大学", "乙方：Turkmen Agricultural University",
                 "四、双方将共同争取两国政府对上述合作的科研经费支持。",
                 "双方同意，合作的具体领域、研究内容和实施方式，将通过具体项目合作协议另行确定。")
    assert el["funding_allocation"].status == "missing"  # a hope for funds is no split, nor its heading
    assert el["cooperation_content"].status == "uncertain" and el["cooperation_content"].value["reason"] == "deferred"


@pytest.mark.parametrize("paragraphs,committee,decision", [
    (("伦理审查批件", "项目名称：干旱区人群队列研究", "经审查，同意该项目按照所提交方案开展研究。",
      "伦理委员会主任（签字）：", "（伦理委员会盖章）"), False, "approved"),
    (("科技伦理审查意见", "本委员会认为该方案符合伦理要求，批准执行。"), False, "approved"),
    (("新疆医科大学第一附属医院医学伦理委员会", "审查意见", "认为该方案符合伦理要求，批准执行。",
      "主任委员（签字）："), "新疆医科大学第一附属医院医学伦理委员会", "approved"),
    (("ETHICS APPROVAL", "Ethics Committee of Tashkent Medical Academy",
      "Having reviewed the protocol, we approve the study."), "Ethics Committee of Tashkent Medical Academy", "approved"),
    (("ВЫПИСКА ИЗ ПРОТОКОЛА", "Локальный этический комитет Казахского национального медицинского университета",
      "Решение: одобрить проведение исследования."), "Локальный этический комитет Казахского национального медицинского университета",
     "approved"),
])
def test_ethics_committee_is_a_name_not_a_label_and_the_decision_not_the_title(paragraphs, committee, decision):
    _, el = read(*paragraphs)
    if committee:
        assert el["ethics_committee"].status == "present" and el["ethics_committee"].value == committee
    else:
        assert el["ethics_committee"].status == "missing"
    assert el["ethics_conclusion"].value == decision
    assert "APPROVAL" not in el["ethics_conclusion"].evidence[0].text


@pytest.mark.parametrize("sentence", [
    "本协议自签字盖章之日起生效，至2029年12月31日止。",
    "This Agreement enters into force on the date of signature and remains valid until 31 December 2029.",
    "Настоящее Соглашение подписано и действует по 31 декабря 2029 г.",
    "Ushbu kelishuv imzolangan kundan boshlab 2029 yil 31 dekabrgacha amal qiladi.",
])
def test_a_date_an_until_word_stands_by_ends_a_term_and_is_no_signing_date(sentence):
    _, el = read("甲方：新疆大学", "乙方：Kazakh National University", sentence)
    assert el["signing_date"].value != "2029-12-31"
    _, el = read("甲方：新疆大学", "乙方：Kazakh National University", sentence, "签订日期：2025年6月3日")
    assert el["signing_date"].value == "2025-06-03"


@pytest.mark.parametrize("lines,date", [
    (("兹证明新疆大学与哈萨克国立大学开展合作。", "新疆大学", "2019年9月27日"), "2019-09-27"),
    (("The Committee approved the protocol as submitted.", "Nanterre, le 11 février 2021"), "2021-02-11"),
    (("Настоящим подтверждаем сотрудничество сторон.", "Москва, 3 марта 2016 г."), "2016-03-03"),
])
def test_a_date_on_a_line_of_its_own_dates_the_document(lines, date):
    _, el = read("甲方：新疆大学", "乙方：Kazakh National University", *lines)
    assert el["signing_date"].value == date


def test_a_date_on_its_own_line_does_not_beat_a_labelled_one_nor_is_a_term_end():
    _, el = read("甲方：新疆大学", "乙方：Kazakh National University", "签订日期：2025年6月3日", "2025年9月1日")
    assert el["signing_date"].value == "2025-06-03"
    _, el = read("甲方：新疆大学", "乙方：Kazakh National University", "有效期至2029年12月31日")
    assert el["signing_date"].status == "missing"


@pytest.mark.parametrize("lines", [
    ("甲方：新疆大学 Party A: Xinjiang University", "乙方：哈萨克国立大学 Party B: Kazakh National University"),
    ("甲方（盖章）：新疆大学    Сторона А (печать): Синьцзянский университет",
     "乙方（盖章）：哈萨克国立大学    Сторона Б (печать): Казахский национальный университет"),
])
def test_side_by_side_role_blocks_read_per_column(lines):
    """Both columns of a bilingual row run together in one line of text: each role
    label starts a party line of its own, and the same party's names are joined."""
    _, el = read(*lines, "双方同意开展联合研究。")
    assert el["parties"].status == "present"
    assert el["parties"].value == ["新疆大学", "哈萨克国立大学"]


@pytest.mark.parametrize("line, heading", [
    ("（一）目的", True),  # an MOU that numbers its articles so
    ("(三)背景知识产权", True),
    ("（七）生效、修改和终止", True),
    ("(二)乙方承担样品采集、田间试验和", False),  # an item of an article, wrapped onto its own line
    ("（一）甲方承担技术研发、数据分析和人员培训工作；", False),
])
def test_parenthesised_chinese_numbers_start_an_article_only_as_a_short_title(line, heading):
    from docintel.elements.passages import is_heading

    assert is_heading(line, "zh") is heading


@pytest.mark.parametrize("line, lang, heading", [
    ("4 дүгээр зүйл. Дээж, мэдээлэл солилцох", "mn", True),  # an article word: its title may list things
    ("Статья 7. Срок действия, изменение и расторжение", "ru", True),
    ("§ 5 Funding", "en", True),
    ("§ 3. Обязательства Китайской стороны", "ru", True),
    ("5. The Parties agree, within thirty days, to", "en", False),  # a numbered sentence, not a title
    ("Статья 5. Стороны обязуются выполнить работы. Срок", "ru", False),  # a sentence after the title
    ("Art. 5. Funding, reporting", "en", True),
    ("Article 3.1. Payment", "en", True),
    ("第十条 生效、修改和终止", "zh", True),
    ("第三条约定的经费，由甲方拨付，乙方", "zh", False),  # a line that names an article, not its title
    ("Article 5 of this Agreement, as amended, shall apply.", "en", False),
    ("Раздел 2 договора, пункт 3, гласит", "ru", False),
    ("Clause in Annex 2, as amended, applies", "en", False),  # "in" is no Roman numeral
    ("دفعہ 5: مالیات", "ur", True),  # a script without capitals
])
def test_article_words_start_an_article_even_with_commas_in_the_title(line, lang, heading):
    from docintel.elements.passages import is_heading

    assert is_heading(line, lang) is heading
