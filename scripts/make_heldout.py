#!/usr/bin/env python3
"""Write the held-out evaluation set: text-layer PDFs, labels.json, README.md.

The documents are written from scratch, independently of the tool's own
samples and word lists, to measure docintel on wording it was not tuned on.
Every label is derived from the same data that produces the text: a clause is
added through ``Doc.clause(element, status, ...)``, which both writes the text
of every language version and records the element's status; dates, amounts,
percentages, validity and project periods are Python values formatted into
the text, and the expected rules are computed from them.

    .venv/bin/python scripts/make_heldout.py [--out heldout]
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import re
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

ROOT = Path(__file__).resolve().parent.parent
AS_OF = dt.date(2026, 6, 30)

CONTRACT = {
    "cooperation_agreement": ["parties", "signing_date", "signatures", "seals", "bilingual", "versions_executed",
                              "cooperation_content", "responsibilities", "funding_allocation", "ip_ownership",
                              "benefit_sharing", "data_ownership"],
    "consortium_agreement": ["parties", "signing_date", "seals", "responsibilities", "tasks", "funding_allocation",
                             "ip_ownership", "all_parties_sealed"],
    "ip_agreement": ["parties", "signing_date", "signatures", "seals", "versions_executed", "ip_ownership",
                     "benefit_sharing"],
    "ethics_review": ["ethics_committee", "ethics_conclusion", "ethics_date", "seals"],
}
# resources whose use needs prior approval (guide 三.2.1)
PRIOR_APPROVAL = re.compile(r"人类遗传资源|种质资源|germplasm|human genetic resources|генетических ресурс", re.I)

# ---------------------------------------------------------------- fonts

FONT_DIR = Path("/usr/share/fonts/truetype")
pdfmetrics.registerFont(TTFont("WQY", str(FONT_DIR / "wqy/wqy-zenhei.ttc"), subfontIndex=0))
pdfmetrics.registerFont(TTFont("Sans", str(FONT_DIR / "dejavu/DejaVuSans.ttf")))
pdfmetrics.registerFont(TTFont("Sans-Bold", str(FONT_DIR / "dejavu/DejaVuSans-Bold.ttf")))
pdfmetrics.registerFont(TTFont("Serif", str(FONT_DIR / "dejavu/DejaVuSerif.ttf")))
pdfmetrics.registerFont(TTFont("Serif-Bold", str(FONT_DIR / "dejavu/DejaVuSerif-Bold.ttf")))

# ---------------------------------------------------------------- number and date wording

CN_DIGITS = "〇一二三四五六七八九"
FIN_DIGITS = "零壹贰叁肆伍陆柒捌玖"
RU_MONTHS = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября",
             "ноября", "декабря"]
EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
             "November", "December"]
KK_MONTHS = ["қаңтар", "ақпан", "наурыз", "сәуір", "мамыр", "маусым", "шілде", "тамыз", "қыркүйек", "қазан",
             "қараша", "желтоқсан"]
UZC_MONTHS = ["январь", "февраль", "март", "апрель", "май", "июнь", "июль", "август", "сентябрь", "октябрь",
              "ноябрь", "декабрь"]


def cn_small(n: int) -> str:
    """1..31 in Chinese numerals as written in dates (三, 十二, 二十, 三十一)."""
    tens, ones = divmod(n, 10)
    return ((CN_DIGITS[tens] if tens > 1 else "") + ("十" if tens else "") + (CN_DIGITS[ones] if ones else "")) or "〇"


def d_zh(d: dt.date) -> str:
    return f"{d.year}年{d.month}月{d.day}日"


def d_zh_hanzi(d: dt.date) -> str:
    return "".join(CN_DIGITS[int(c)] for c in str(d.year)) + f"年{cn_small(d.month)}月{cn_small(d.day)}日"


def d_dots(d: dt.date) -> str:
    return f"{d.day:02d}.{d.month:02d}.{d.year}"


def d_ru(d: dt.date) -> str:
    return f"«{d.day}» {RU_MONTHS[d.month - 1]} {d.year} г."


def d_ru_plain(d: dt.date) -> str:
    return f"{d.day} {RU_MONTHS[d.month - 1]} {d.year} г."


def d_en_dmy(d: dt.date) -> str:
    return f"{d.day} {EN_MONTHS[d.month - 1]} {d.year}"


def d_en_mdy(d: dt.date) -> str:
    return f"{EN_MONTHS[d.month - 1]} {d.day}, {d.year}"


def d_kk(d: dt.date) -> str:
    return f"{d.year} жылғы {d.day} {KK_MONTHS[d.month - 1]}"


def d_uzc(d: dt.date) -> str:
    return f"{d.year} йил {d.day} {UZC_MONTHS[d.month - 1]}"


def wan(yuan: int) -> str:
    """450000 -> '45万元'."""
    return f"{yuan // 10000}万元"


def sep(yuan: int, cents: bool = False) -> str:
    return f"{yuan:,.2f}元" if cents else f"{yuan:,}元"


def spaced(n: int) -> str:
    """Russian/Kazakh grouping: 1 500 000."""
    return f"{n:,}".replace(",", " ")


def fin_wan(yuan: int) -> str:
    """150000 -> '壹拾伍万元' (financial numerals, whole 万 below 1亿)."""
    n = yuan // 10000
    assert n * 10000 == yuan and 0 < n < 10000
    out, zero = "", False
    for value, unit in ((1000, "仟"), (100, "佰"), (10, "拾"), (1, "")):
        digit, n = divmod(n, value)
        if digit:
            out += (FIN_DIGITS[0] if zero and out else "") + FIN_DIGITS[digit] + unit
            zero = False
        else:
            zero = True
    return out + "万元"


def add_years(d: dt.date, years: int) -> dt.date:
    try:
        return d.replace(year=d.year + years)
    except ValueError:  # 29 February
        return d.replace(year=d.year + years, day=28)


# ---------------------------------------------------------------- the document model

RANK = {False: 0, "uncertain": 1, True: 2}


class Doc:
    def __init__(self, file: str, doc_type: str, langs: list[str], parties: list[str] | None,
                 latin: str = "Sans") -> None:
        self.file, self.doc_type, self.langs, self.parties, self.latin = file, doc_type, langs, parties, latin
        self.blocks: dict[str, list[tuple[str, object]]] = {lang: [] for lang in langs}
        self.el: dict[str, object] = {}
        self.signing_date: dt.date | None = None
        self.funding: list[dict] | None = None       # as the first (Chinese, when any) version states it
        self.figures: dict[str, list[float]] = {}    # amounts and percentages as each version states them
        self.validity_end: dt.date | None = None
        self.project_end: dt.date | None = None
        self.ethics: dict | None = None
        self.notes: list[str] = []                   # what the document tests, for the README

    def _add(self, kind: str, texts: dict[str, object]) -> None:
        missing = set(self.langs) - set(texts)
        assert not missing, f"{self.file}: no {kind} text for {missing}"
        for lang in self.langs:
            self.blocks[lang].append((kind, texts[lang]))

    def title(self, **t) -> None:
        self._add("title", t)

    def head(self, **t) -> None:
        self._add("head", t)

    def para(self, **t) -> None:
        self._add("para", t)

    def table(self, **t) -> None:
        self._add("table", t)

    def gap(self) -> None:
        self._add("gap", {lang: "" for lang in self.langs})

    def clause(self, element: str, status, **t) -> None:
        """A clause that makes `element` present (True) or only deferred/mentioned ("uncertain")."""
        assert status in (True, "uncertain")
        if RANK[status] > RANK[self.el.get(element, False)]:
            self.el[element] = status
        self._add("para", t)

    def all_text(self) -> str:
        out = []
        for blocks in self.blocks.values():
            for kind, value in blocks:
                out.extend(" ".join(map(str, row)) for row in value) if kind == "table" else out.append(str(value))
        return "\n".join(out)

    # -------------------------------------------------- labels

    def label(self) -> dict:
        values: dict[str, object] = {
            "parties": list(self.parties) if self.parties and len(self.parties) >= 2 else None,
            "signing_date": self.signing_date.isoformat() if self.signing_date else None,
            "signatures": False, "seals": False, "versions_executed": False, "all_parties_sealed": False,
            "bilingual": "zh" in self.langs and len(self.langs) > 1,
        }
        for element in ("cooperation_content", "responsibilities", "tasks", "ip_ownership", "benefit_sharing",
                        "data_ownership"):
            values[element] = self.el.get(element, False)
        funding = self.el.get("funding_allocation", False)
        if funding is True:
            assert self.funding, f"{self.file}: a funding clause without shares"
            funding = self.funding
        values["funding_allocation"] = funding
        if self.ethics:
            values["ethics_committee"] = self.ethics["committee"]
            values["ethics_conclusion"] = self.ethics["conclusion"]
            values["ethics_date"] = self.ethics["date"].isoformat() if self.ethics["date"] else None
        elements = {element: values.get(element, False) for element in CONTRACT[self.doc_type]}
        return {"file": self.file, "doc_type": self.doc_type, "as_of": AS_OF.isoformat(),
                "languages": self.langs, "elements": elements, "rules": self.rules(), "notes": self.notes}

    def rules(self) -> list[str]:
        fired = []
        if self.doc_type == "consortium_agreement" and self.parties and len(self.parties) - 2 > 3:
            fired.append("extra_units")
        if self.signing_date and self.signing_date > AS_OF:
            fired.append("signing_date_future")
        if self.validity_end and self.project_end and self.validity_end < self.project_end:
            fired.append("validity_short")
        zh = self.figures.get("zh")
        if zh is not None and any(sorted(v) != sorted(zh) for lang, v in self.figures.items() if lang != "zh"):
            fired.append("versions_disagree")
        if PRIOR_APPROVAL.search(self.all_text()):
            fired.append("prior_approval")
        return fired

    # -------------------------------------------------- PDF

    def render(self, path: Path) -> None:
        c = canvas.Canvas(str(path), pagesize=A4, pageCompression=1)
        width, height = A4
        left, right, top, bottom = 62, 62, 70, 64
        text_w = width - left - right
        for i, lang in enumerate(self.langs):
            if i:
                c.showPage()
            regular = "WQY" if lang == "zh" else self.latin
            bold = "WQY" if lang == "zh" else self.latin + "-Bold"
            y = height - top

            def need(h: float) -> None:
                nonlocal y
                if y - h < bottom:
                    c.showPage()
                    y = height - top

            for kind, value in self.blocks[lang]:
                if kind == "gap":
                    y -= 10
                elif kind == "title":
                    for line in wrap(str(value), bold, 15, text_w):
                        need(24)
                        c.setFont(bold, 15)
                        c.drawCentredString(width / 2, y, line)
                        y -= 24
                    y -= 6
                elif kind == "head":
                    y -= 4
                    for line in wrap(str(value), bold, 11.5, text_w):
                        need(18)
                        c.setFont(bold, 11.5)
                        c.drawString(left, y, line)
                        y -= 18
                elif kind == "para":
                    for raw in str(value).split("\n"):
                        for line in wrap(raw, regular, 10.5, text_w) or [""]:
                            need(16)
                            c.setFont(regular, 10.5)
                            c.drawString(left, y, line)
                            y -= 16
                    y -= 4
                elif kind == "table":
                    rows = value
                    ncol = len(rows[0])
                    col_w = [text_w * 0.7] + [text_w * 0.3 / (ncol - 1)] * (ncol - 1) if ncol > 1 else [text_w]
                    row_h = 20
                    need(row_h * len(rows) + 6)
                    y -= 4
                    for r, row in enumerate(rows):
                        x = left
                        c.setFont(bold if r == 0 else regular, 10)
                        for cell, w in zip(row, col_w):
                            c.rect(x, y - row_h + 14, w, row_h, stroke=1, fill=0)
                            c.drawString(x + 5, y - 1, str(cell))
                            x += w
                        y -= row_h
                    y -= 10
        c.showPage()
        c.save()


TOKEN = re.compile(r"[\u3000-\u303f\u3400-\u9fff\uff00-\uffef“”‘’]|[^\s\u3000-\u303f\u3400-\u9fff\uff00-\uffef“”‘’]+|\s+")


NO_BREAK_BEFORE = set("，。；：、）》」”！？%")


def wrap(text: str, font: str, size: float, width: float) -> list[str]:
    """Greedy line breaking: CJK characters one by one, other runs as words."""
    lines, cur = [], ""
    for tok in TOKEN.findall(text):
        cand = cur + tok
        if cur and tok not in NO_BREAK_BEFORE and pdfmetrics.stringWidth(cand.rstrip(), font, size) > width:
            lines.append(cur.rstrip())
            cur = "" if tok.isspace() else tok
        else:
            cur = cand
    if cur.strip() or (cur and not lines):
        lines.append(cur.rstrip())
    return lines


# ---------------------------------------------------------------- the documents

def h01() -> Doc:
    """Cooperation agreement zh+ru, everything present, 第X条 / Статья N, 二〇二五年六月三日."""
    d = Doc("h01_xju_kaznu_soil.pdf", "cooperation_agreement", ["zh", "ru"], ["新疆大学", "阿里-法拉比哈萨克国立大学"])
    d.signing_date = dt.date(2025, 6, 3)
    total, a, b, share = 300000, 200000, 100000, 50
    start, end, years = dt.date(2025, 7, 1), dt.date(2027, 12, 31), 5
    d.project_end, d.validity_end = end, add_years(d.signing_date, years)
    d.funding = [{"party": 1, "amount_cny": a, "percent": None}, {"party": 2, "amount_cny": b, "percent": None}]
    d.figures = {"zh": [total, a, b, share], "ru": [total, a, b, share]}
    d.notes = ["all clauses present", "date in Chinese numerals", "validity longer than the project"]
    d.title(zh="国际科技合作协议", ru="ДОГОВОР О НАУЧНО-ТЕХНИЧЕСКОМ СОТРУДНИЧЕСТВЕ")
    d.para(zh="项目名称：干旱区盐渍化土壤微生物修复技术联合研究\n甲方：新疆大学\n乙方：阿里-法拉比哈萨克国立大学",
           ru="Проект: «Совместные исследования микробиологической рекультивации засоленных почв аридных зон»")
    d.para(zh="为推动双方在资源环境领域的科技合作，共同实施新疆维吾尔自治区上合组织科技伙伴计划项目，甲乙双方经友好协商，达成如下协议：",
           ru="Синьцзянский университет (Китайская Народная Республика), далее – «СУ», и Казахский национальный "
              "университет имени аль-Фараби (Республика Казахстан), далее – «Университет», совместно именуемые "
              "«Стороны», в целях реализации проекта Программы научно-технического партнерства ШОС "
              "Синьцзян-Уйгурского автономного района заключили настоящий Договор о нижеследующем:")
    d.head(zh="第一条 合作内容", ru="Статья 1. Предмет сотрудничества")
    d.clause("cooperation_content", True,
             zh="双方围绕干旱区盐渍化土壤的微生物修复开展联合研究，主要包括：耐盐功能菌株的筛选与鉴定；微生物菌剂在新疆和哈萨克斯坦南部试验田的田间验证；修复效果评价方法的建立。",
             ru="Стороны проводят совместные исследования по микробиологической рекультивации засоленных почв "
                "аридных зон, включая отбор и идентификацию солеустойчивых штаммов, полевую проверку микробных "
                "препаратов на опытных участках в Синьцзяне и на юге Казахстана, а также разработку методов "
                "оценки эффективности рекультивации.")
    d.head(zh="第二条 双方职责", ru="Статья 2. Обязанности Сторон")
    d.clause("responsibilities", True,
             zh="甲方负责项目的总体设计和组织实施，承担菌株筛选、菌剂研制及数据汇总分析工作，并接待乙方科研人员来华工作。乙方负责在阿拉木图州提供试验田并开展田间试验，承担土壤样品的采集与理化指标测定，并派出科研人员参与联合研究。",
             ru="СУ обеспечивает общее руководство проектом, отбор штаммов, разработку препаратов и обобщение "
                "данных, а также принимает научных сотрудников Университета. Университет предоставляет опытные "
                "участки в Алматинской области, проводит полевые опыты, отбор почвенных проб и их "
                "физико-химический анализ, направляет сотрудников для участия в совместных исследованиях.")
    d.head(zh="第三条 经费", ru="Статья 3. Финансирование")
    d.clause("funding_allocation", True,
             zh=f"本项目申请财政资助经费{wan(total)}。其中甲方使用{wan(a)}，主要用于菌剂研制、测试分析及人员交流；乙方使用{wan(b)}，主要用于田间试验及样品测定。",
             ru=f"Сумма запрашиваемого финансирования проекта составляет {spaced(total)} юаней, из них СУ "
                f"использует {spaced(a)} юаней, Университет – {spaced(b)} юаней.")
    d.head(zh="第四条 知识产权", ru="Статья 4. Интеллектуальная собственность")
    d.clause("ip_ownership", True,
             zh="双方共同完成的研究成果及由此产生的知识产权归甲乙双方共有；一方独立完成的成果，其知识产权归完成方所有。未经对方书面同意，任何一方不得单独向第三方转让共有知识产权。",
             ru="Результаты, полученные Сторонами совместно, и права интеллектуальной собственности на них "
                "принадлежат Сторонам совместно; результаты, полученные одной Стороной самостоятельно, принадлежат "
                "этой Стороне. Без письменного согласия другой Стороны ни одна из Сторон не вправе передавать "
                "совместные права третьим лицам.")
    d.head(zh="第五条 成果转化收益", ru="Статья 5. Доходы от коммерциализации")
    d.clause("benefit_sharing", True,
             zh=f"共有成果转化所得收益，在扣除转化成本后由甲乙双方各享有{share}%。",
             ru=f"Доходы от коммерциализации совместных результатов за вычетом затрат распределяются между "
                f"Сторонами в равных долях – по {share}%.")
    d.head(zh="第六条 科研数据", ru="Статья 6. Научные данные")
    d.clause("data_ownership", True,
             zh="项目实施过程中产生的科研数据归双方共同所有，双方均可为本项目研究目的使用。科研数据向境外转移或向第三方提供，须经双方书面同意，并遵守中华人民共和国及哈萨克斯坦共和国有关法律法规。",
             ru="Научные данные, полученные в ходе проекта, принадлежат Сторонам совместно и могут использоваться "
                "каждой Стороной в целях проекта. Передача данных за рубеж или третьим лицам осуществляется с "
                "письменного согласия обеих Сторон и в соответствии с законодательством КНР и Республики Казахстан.")
    d.head(zh="第七条 其他", ru="Статья 7. Заключительные положения")
    d.para(zh=f"项目执行期为{d_zh(start)}至{d_zh(end)}。本协议自双方签字盖章之日起生效，有效期五年。本协议以中文和俄文书就，一式四份，两种文本具有同等效力。",
           ru=f"Срок выполнения проекта – с {d_ru_plain(start)} по {d_ru_plain(end)} Договор вступает в силу с "
              f"даты подписания и действует пять лет. Договор составлен на китайском и русском языках в четырех "
              f"экземплярах, оба текста имеют одинаковую силу.")
    d.gap()
    d.para(zh="甲方（盖章）：新疆大学　　　　乙方（盖章）：阿里-法拉比哈萨克国立大学\n代表（签字）：　　　　　　　　代表（签字）：",
           ru="От СУ: ____________________          От Университета: ____________________")
    d.para(zh=f"签订日期：{d_zh_hanzi(d.signing_date)}", ru=d_ru(d.signing_date))
    return d


def h02() -> Doc:
    """MoU zh+en: funding and IP only deferred; conference mention; numbered paragraphs."""
    d = Doc("h02_xaas_mou.pdf", "cooperation_agreement", ["zh", "en"],
            ["新疆维吾尔自治区畜牧科学院", "哈萨克斯坦畜牧与饲料生产研究所"], latin="Serif")
    d.signing_date = dt.date(2025, 6, 3)
    d.notes = ["funding deferred (另行协商 / agreed separately)", "IP deferred", "conference mention is no IP clause",
               "no benefit or data clause"]
    d.title(zh="合作备忘录", en="MEMORANDUM OF UNDERSTANDING")
    d.para(zh="新疆维吾尔自治区畜牧科学院（以下简称“新疆畜科院”）与哈萨克斯坦畜牧与饲料生产研究所（以下简称“哈方研究所”）本着平等互利的原则，就开展畜牧科技合作达成如下谅解：",
           en="Xinjiang Academy of Animal Science, People's Republic of China (\"XAAS\"), and the Kazakh Research "
              "Institute of Animal Husbandry and Fodder Production, Republic of Kazakhstan (\"the Institute\"), guided "
              "by the principles of equality and mutual benefit, have reached the following understanding on "
              "cooperation in animal science:")
    d.clause("cooperation_content", True,
             zh="一、双方同意在牛羊疫病监测与防控、优质饲草料加工技术领域开展联合研究与技术示范。",
             en="1. The Parties agree to carry out joint research and technology demonstration in the monitoring "
                "and control of cattle and sheep diseases and in the processing of high-quality forage.")
    d.clause("responsibilities", True,
             zh="二、新疆畜科院负责制定联合研究方案，提供实验室检测条件并培训哈方技术人员；哈方研究所负责组织在哈萨克斯坦的田间调查和样品采集，并协调当地养殖企业参与技术示范。",
             en="2. XAAS will draft the joint research plan, provide laboratory testing facilities and train the "
                "Institute's technicians. The Institute will organise field surveys and sample collection in "
                "Kazakhstan and involve local livestock farms in the demonstration.")
    d.clause("funding_allocation", "uncertain",
             zh="三、合作所需经费及其分担方式，由双方根据项目立项情况另行协商确定。",
             en="3. The funding required for the cooperation and its sharing between the Parties will be agreed "
                "separately once the project is approved.")
    d.clause("ip_ownership", "uncertain",
             zh="四、合作中产生的知识产权归属问题，由双方另行签订协议约定。",
             en="4. The ownership of intellectual property arising from the cooperation will be agreed separately "
                "in a specific agreement.")
    d.para(zh="五、双方合作取得的研究进展可在国际学术会议上联合发表。",
           en="5. Progress achieved under this cooperation may be presented jointly at international scientific "
              "conferences.")
    d.para(zh="六、本备忘录自双方签字之日起生效，有效期三年。任何一方可提前三个月书面通知对方终止本备忘录。",
           en="6. This Memorandum shall enter into force on the date of signature and remain valid for three "
              "years. Either Party may terminate it by giving three months' written notice.")
    d.para(zh="七、本备忘录以中文和英文书就，两种文本同等作准。",
           en="7. This Memorandum is done in Chinese and English, both texts being equally authentic.")
    d.gap()
    d.para(zh="新疆畜科院代表：　　　　　　　　哈方研究所代表：",
           en="For XAAS: ____________________          For the Institute: ____________________")
    d.para(zh=f"日期：{d_zh(d.signing_date)}", en=f"Date: {d_en_dmy(d.signing_date)}")
    return d


def h03() -> Doc:
    """Cooperation agreement zh+kk: 壹拾伍万元, benefit percentages, validity shorter than the project."""
    d = Doc("h03_shzu_katru.pdf", "cooperation_agreement", ["zh", "kk"], ["石河子大学", "赛福林哈萨克农业技术研究大学"])
    d.signing_date = dt.date(2025, 9, 12)
    total, a, b, pa, pb = 600000, 450000, 150000, 70, 30
    start, end, years = dt.date(2026, 1, 1), dt.date(2028, 12, 31), 2
    d.project_end, d.validity_end = end, add_years(d.signing_date, years)
    d.funding = [{"party": 1, "amount_cny": a, "percent": None}, {"party": 2, "amount_cny": b, "percent": None}]
    d.figures = {"zh": [total, a, b, pa, pb], "kk": [total, a, b, pa, pb]}
    d.notes = ["financial numerals 壹拾伍万元", "valid 2 years, project to 2028", "Kazakh date form"]
    d.title(zh="科技合作协议", kk="Ғылыми-техникалық ынтымақтастық туралы келісім")
    d.para(zh="甲方：石河子大学\n乙方：赛福林哈萨克农业技术研究大学\n项目名称：干旱区盐碱地节水灌溉技术联合研究",
           kk="Шихэцзы университеті (бұдан әрі – «А тарапы») және С. Сейфуллин атындағы Қазақ агротехникалық "
              "зерттеу университеті (бұдан әрі – «Б тарапы»), бұдан әрі бірлесіп «Тараптар» деп аталатындар, "
              "төмендегілер туралы осы Келісімді жасасты:")
    d.head(zh="第一条 合作内容", kk="1-бап. Ынтымақтастық мазмұны")
    d.clause("cooperation_content", True,
             zh="双方在干旱区盐碱地节水灌溉领域开展联合研究，包括田间对比试验、土壤水盐运移监测和灌溉制度优化，并在双方试验站进行示范。",
             kk="Тараптар құрғақ аймақтардағы тұзданған жерлерде суды үнемдейтін суару технологиялары бойынша "
                "бірлескен ғылыми зерттеулер жүргізеді: далалық салыстырмалы тәжірибелер, топырақтағы су мен "
                "тұздың қозғалысын бақылау және суару режимін оңтайландыру.")
    d.head(zh="第二条 各方职责", kk="2-бап. Тараптардың міндеттері")
    d.clause("responsibilities", True,
             zh="甲方负责项目的统筹协调、实验室分析和模型构建，并提供石河子试验站的试验条件。乙方负责在阿克莫拉州提供试验地块，开展田间观测并收集当地气象与土壤资料。",
             kk="А тарапы жобаны үйлестіреді, зертханалық талдаулар мен модельдеуді жүргізеді және Шихэцзы "
                "тәжірибе станциясын ұсынады. Б тарапы Ақмола облысындағы тәжірибе алаңдарын ұсынады, далалық "
                "бақылауларды жүргізеді және жергілікті ауа райы мен топырақ деректерін жинайды.")
    d.head(zh="第三条 经费分配", kk="3-бап. Қаржыландыру")
    d.clause("funding_allocation", True,
             zh=f"项目经费总额{wan(total)}，其中甲方使用{wan(a)}，乙方使用人民币{fin_wan(b)}整。",
             kk=f"Жобаның жалпы қаржысы {spaced(total)} юань, оның ішінде А тарапы {spaced(a)} юань, "
                f"Б тарапы {spaced(b)} юань пайдаланады.")
    d.head(zh="第四条 知识产权归属", kk="4-бап. Зияткерлік меншік")
    d.clause("ip_ownership", True,
             zh="合作研究中共同取得的成果，其知识产权归双方共同所有；一方单独取得的成果归该方所有。",
             kk="Бірлескен жұмыс нәтижесінде алынған зияткерлік меншік құқықтары Тараптарға бірлесіп тиесілі "
                "болады; бір Тарап дербес алған нәтижелер сол Тарапқа тиесілі.")
    d.head(zh="第五条 成果转化收益", kk="5-бап. Коммерцияландырудан түсетін кіріс")
    d.clause("benefit_sharing", True,
             zh=f"成果转化取得的净收益，甲方享有{pa}%，乙方享有{pb}%。",
             kk=f"Нәтижелерді коммерцияландырудан түскен таза кіріс А тарапына {pa}%, Б тарапына {pb}% "
                f"мөлшерінде бөлінеді.")
    d.head(zh="第六条 科研数据", kk="6-бап. Ғылыми деректер")
    d.clause("data_ownership", True,
             zh="项目产生的科研数据归双方共有，向第三方提供或跨境传输须经双方书面同意，并符合两国法律规定。",
             kk="Жоба барысында жиналған ғылыми деректер Тараптардың бірлескен меншігі болып табылады. Деректерді "
                "үшінші тұлғаларға беру екі Тараптың жазбаша келісімімен және екі елдің заңнамасына сәйкес жүзеге "
                "асырылады.")
    d.head(zh="第七条 协议期限", kk="7-бап. Қолданылу мерзімі")
    d.para(zh=f"本协议自签订之日起生效，有效期两年。项目实施期限为{d_zh(start)}至{d_zh(end)}。",
           kk=f"Осы Келісім қол қойылған күнінен бастап күшіне енеді және екі жыл бойы қолданылады. Жобаны "
              f"орындау мерзімі: {d_kk(start)}дан {d_kk(end)}ға дейін.")
    d.gap()
    d.para(zh="甲方（盖章）：　　　　　　　　乙方（盖章）：", kk="А тарапы: ______________     Б тарапы: ______________")
    d.para(zh=f"签订日期：{d_zh(d.signing_date)}", kk=f"Қол қойылған күні: {d_kk(d.signing_date)}")
    return d


def h04() -> Doc:
    """Framework agreement zh+uz(Latin): funding percentages disagree; benefit deferred."""
    d = Doc("h04_xjau_tdau_framework.pdf", "cooperation_agreement", ["zh", "uz"], ["新疆农业大学", "塔什干国立农业大学"])
    d.signing_date = dt.date(2025, 3, 15)
    zh_a, zh_b, uz_a, uz_b = 60, 40, 70, 30
    d.funding = [{"party": 1, "amount_cny": None, "percent": zh_a}, {"party": 2, "amount_cny": None, "percent": zh_b}]
    d.figures = {"zh": [zh_a, zh_b], "uz": [uz_a, uz_b]}
    d.notes = ["funding split only in percent; Chinese 60/40, Uzbek 70/30", "benefit deferred", "date 15.03.2025"]
    d.title(zh="科技合作框架协议", uz="Ilmiy-texnik hamkorlik to'g'risida ramkaviy bitim")
    d.para(zh="甲方：新疆农业大学\n乙方：塔什干国立农业大学\n经友好协商，双方就开展科技合作订立本框架协议。",
           uz="Shinjon qishloq xo'jaligi universiteti (keyingi o'rinlarda – «Birinchi tomon») va Toshkent davlat "
              "agrar universiteti (keyingi o'rinlarda – «Ikkinchi tomon») quyidagilar to'g'risida ushbu bitimni "
              "tuzdilar:")
    d.head(zh="一、合作内容", uz="1-modda. Hamkorlik mazmuni")
    d.clause("cooperation_content", True,
             zh="双方围绕滴灌条件下棉田土壤盐分遥感监测开展联合研究，包括卫星遥感反演模型构建、地面验证观测和监测系统示范应用。",
             uz="Tomonlar tomchilatib sug'oriladigan paxta dalalarida tuproq sho'rlanishini masofadan zondlash "
                "orqali kuzatish bo'yicha qo'shma tadqiqotlar olib boradilar: sun'iy yo'ldosh ma'lumotlari asosida "
                "modellar yaratish, yer usti o'lchovlari va kuzatuv tizimini namoyish etish.")
    d.head(zh="二、双方职责", uz="2-modda. Tomonlarning majburiyatlari")
    d.clause("responsibilities", True,
             zh="甲方负责项目协调、遥感数据处理与模型研发；乙方负责在锡尔河州试验田开展地面观测并采集土壤样品。",
             uz="Birinchi tomon loyihani muvofiqlashtiradi, sun'iy yo'ldosh ma'lumotlarini qayta ishlaydi va "
                "modellar ishlab chiqadi. Ikkinchi tomon Sirdaryo viloyatidagi tajriba maydonlarida dala "
                "o'lchovlarini o'tkazadi va tuproq namunalarini yig'adi.")
    d.head(zh="三、经费分配", uz="3-modda. Moliyalashtirish")
    d.clause("funding_allocation", True,
             zh=f"项目经费按甲方{zh_a}%、乙方{zh_b}%的比例分配使用。",
             uz=f"Loyiha mablag'lari quyidagi nisbatda taqsimlanadi: Birinchi tomon – {uz_a} foiz, Ikkinchi "
                f"tomon – {uz_b} foiz.")
    d.head(zh="四、知识产权", uz="4-modda. Intellektual mulk")
    d.clause("ip_ownership", True,
             zh="合作研究产生的知识产权归双方共同所有。",
             uz="Qo'shma tadqiqotlar natijasida yaratilgan intellektual mulk ob'ektlari Tomonlarning umumiy mulki "
                "hisoblanadi.")
    d.head(zh="五、收益分配", uz="5-modda. Tijoratlashtirishdan olingan daromad")
    d.clause("benefit_sharing", "uncertain",
             zh="成果转化收益的分配办法由双方另行协商。",
             uz="Natijalarni tijoratlashtirishdan olingan daromadni taqsimlash tartibi Tomonlar o'rtasida alohida "
                "kelishuv bilan belgilanadi.")
    d.head(zh="六、科研数据", uz="6-modda. Ilmiy ma'lumotlar")
    d.clause("data_ownership", True,
             zh="项目取得的科研数据归双方共同所有，其使用及向第三方转移须经双方书面同意。",
             uz="Loyiha davomida olingan ilmiy ma'lumotlar Tomonlarning birgalikdagi mulki hisoblanadi; ulardan "
                "foydalanish va ularni uchinchi shaxslarga berish ikkala Tomonning yozma roziligi bilan amalga "
                "oshiriladi.")
    d.head(zh="七、其他", uz="7-modda. Yakuniy qoidalar")
    d.para(zh="本协议自签订之日起生效，有效期五年。本协议以中文和乌兹别克文书就，两种文本具有同等效力。",
           uz="Bitim imzolangan kundan boshlab kuchga kiradi va besh yil davomida amal qiladi. Bitim xitoy va "
              "o'zbek tillarida ikki nusxada tuzilgan bo'lib, ikkala matn bir xil kuchga ega.")
    d.gap()
    d.para(zh="甲方代表：　　　　　　　　乙方代表：", uz="Birinchi tomon: ______________     Ikkinchi tomon: ______________")
    d.para(zh=f"签订日期：{d_zh(d.signing_date)}", uz=f"Imzolangan sana: {d_dots(d.signing_date)}")
    return d


def h05() -> Doc:
    """Agreement on Academic and Research Cooperation zh+en: germplasm, USD 50,000, Article N."""
    d = Doc("h05_xieg_tajik_fruit.pdf", "cooperation_agreement", ["zh", "en"],
            ["中国科学院新疆生态与地理研究所", "塔吉克斯坦农业科学院园艺研究所"])
    d.signing_date = dt.date(2025, 10, 8)
    a_cny, b_usd, pa, pb = 500000, 50000, 60, 40
    d.funding = [{"party": 1, "amount_cny": a_cny, "percent": None}, {"party": 2, "amount_cny": None, "percent": None}]
    d.figures = {"zh": [a_cny, b_usd, pa, pb], "en": [a_cny, b_usd, pa, pb]}
    d.notes = ["germplasm (种质资源) -> prior approval", "USD 50,000 share", "Article N / 第X条", "date October 8, 2025"]
    d.title(zh="学术与科研合作协议", en="AGREEMENT ON ACADEMIC AND RESEARCH COOPERATION")
    d.para(zh="甲方：中国科学院新疆生态与地理研究所（以下简称“新疆生地所”）\n乙方：塔吉克斯坦农业科学院园艺研究所",
           en="The Xinjiang Institute of Ecology and Geography, Chinese Academy of Sciences (hereinafter referred "
              "to as \"XIEG\" or \"Party A\"), and the Institute of Horticulture of the Tajik Academy of "
              "Agricultural Sciences (hereinafter referred to as \"the Institute\" or \"Party B\") agree as follows:")
    d.head(zh="第一条 合作内容", en="Article 1. Scope of Cooperation")
    d.clause("cooperation_content", True,
             zh="双方联合开展天山及帕米尔地区野生果树种质资源的调查、收集、保存与评价研究，建立共享的资源数据库。",
             en="The Parties shall jointly survey, collect, conserve and evaluate wild fruit tree germplasm of the "
                "Tianshan and Pamir regions and build a shared resource database.")
    d.head(zh="第二条 双方责任", en="Article 2. Responsibilities of the Parties")
    d.clause("responsibilities", True,
             zh="甲方负责制定调查方案、开展分子鉴定与评价并建设数据库；乙方负责组织在塔吉克斯坦境内的野外考察，提供其资源圃的保存材料和历史记录。",
             en="Party A shall prepare the survey plan, carry out molecular identification and evaluation and "
                "build the database. Party B shall organise field expeditions in Tajikistan and provide materials "
                "and historical records of its collection nursery.")
    d.head(zh="第三条 经费", en="Article 3. Funding")
    d.clause("funding_allocation", True,
             zh=f"甲方承担项目经费人民币{wan(a_cny)}；乙方承担{b_usd // 10000}万美元（USD {b_usd:,}）。",
             en=f"Party A shall bear RMB {a_cny:,} of the project costs and Party B shall bear USD {b_usd:,}.")
    d.head(zh="第四条 知识产权", en="Article 4. Intellectual Property")
    d.clause("ip_ownership", True,
             zh="合作研究成果的知识产权由双方共同所有，双方可共同申请专利或植物新品种权。",
             en="Intellectual property in the results of the joint research shall be jointly owned by the Parties, "
                "who may jointly apply for patents or plant variety rights.")
    d.head(zh="第五条 转化收益", en="Article 5. Revenue from Commercialisation")
    d.clause("benefit_sharing", True,
             zh=f"成果转化收益扣除成本后，甲方享有{pa}%，乙方享有{pb}%。",
             en=f"Revenue from the commercialisation of results, after deduction of costs, shall accrue {pa}% to "
                f"Party A and {pb}% to Party B.")
    d.head(zh="第六条 科研数据", en="Article 6. Research Data")
    d.clause("data_ownership", True,
             zh="调查数据和测序数据归双方共有，双方可为科研目的使用；数据跨境传输和向第三方提供应遵守两国法律，并经双方书面同意。种质资源的对外提供须按国家规定办理审批手续。",
             en="Survey and sequencing data shall be jointly owned by the Parties and may be used by either Party "
                "for research purposes; their cross-border transfer or provision to third parties shall comply "
                "with the laws of both countries and require the written consent of both Parties. Any provision "
                "of germplasm abroad is subject to approval under national regulations.")
    d.head(zh="第七条 生效", en="Article 7. Entry into Force")
    d.para(zh="本协议自双方签字之日起生效，有效期五年，中英文文本具有同等效力。",
           en="This Agreement enters into force upon signature, remains valid for five years and is made in "
              "Chinese and English, both texts being equally authentic.")
    d.gap()
    d.para(zh="甲方代表（签字）：　　　　　　乙方代表（签字）：",
           en="For Party A: ____________________          For Party B: ____________________")
    d.para(zh=f"签订日期：{d_zh(d.signing_date)}", en=f"Signed on {d_en_mdy(d.signing_date)}")
    return d


def h06() -> Doc:
    """Cooperation agreement zh+ru dated after the as-of date; content and data deferred; no funding."""
    d = Doc("h06_xjmu_ngmu.pdf", "cooperation_agreement", ["zh", "ru"], ["新疆医科大学", "俄罗斯新西伯利亚国立医科大学"],
            latin="Serif")
    d.signing_date = dt.date(2026, 9, 1)
    d.notes = ["signing date 2026-09-01 (after 2026-06-30)", "content deferred to a 项目任务书",
               "data deferred (дополнительным соглашением)", "no funding, no benefit clause"]
    d.title(zh="合作协议", ru="СОГЛАШЕНИЕ О СОТРУДНИЧЕСТВЕ")
    d.para(zh="甲方：新疆医科大学\n乙方：俄罗斯新西伯利亚国立医科大学\n为开展医学领域的科研合作，双方经协商一致，签订本协议。",
           ru="Синьцзянский медицинский университет (далее – «СМУ») и федеральное государственное бюджетное "
              "образовательное учреждение высшего образования «Новосибирский государственный медицинский "
              "университет» (далее – «Университет») заключили настоящее Соглашение о нижеследующем.")
    d.clause("cooperation_content", "uncertain",
             zh="一、合作研究的具体内容、范围及进度安排，由双方另行签订项目任务书确定。",
             ru="1. Конкретное содержание, объем и сроки совместных исследований определяются техническим "
                "заданием, которое Стороны подпишут дополнительно.")
    d.clause("responsibilities", True,
             zh="二、甲方负责项目申报、组织协调及在中国境内开展的研究工作；乙方负责在俄罗斯境内开展的研究工作，并派遣研究人员到甲方进行学术交流。",
             ru="2. СМУ отвечает за подачу заявки, общую координацию и исследования на территории Китая; "
                "Университет отвечает за исследования на территории России и направляет своих сотрудников в СМУ "
                "для научного обмена.")
    d.clause("ip_ownership", True,
             zh="三、合作产生的知识产权归双方共有，双方享有平等的使用权。",
             ru="3. Права на интеллектуальную собственность, созданную в ходе сотрудничества, принадлежат Сторонам "
                "совместно; Стороны имеют равное право на ее использование.")
    d.clause("data_ownership", "uncertain",
             zh="四、科研数据的归属、使用和转移等事项，由双方另行签订补充协议约定。",
             ru="4. Вопросы владения, использования и передачи научных данных будут определены дополнительным "
                "соглашением Сторон.")
    d.para(zh="五、本协议自双方签字盖章之日起生效，有效期至2030年12月31日。本协议以中文和俄文书就，两种文本具有同等效力。",
           ru="5. Соглашение вступает в силу с момента подписания и действует до 31 декабря 2030 г. Соглашение "
              "составлено на китайском и русском языках, оба текста имеют одинаковую силу.")
    d.gap()
    d.para(zh="甲方（盖章）：　　　　　　　　乙方（盖章）：\n代表签字：　　　　　　　　　　代表签字：",
           ru="За СМУ: ____________________\nЗа Университет: ____________________")
    d.para(zh=f"签订日期：{d_zh(d.signing_date)}", ru=f"Дата подписания: {d_dots(d.signing_date)}")
    return d


def h07() -> Doc:
    """Chinese-only memorandum: amounts with separators, IP deferred, no responsibilities, 2025.4.18."""
    d = Doc("h07_taru_tajik_memo.pdf", "cooperation_agreement", ["zh"], ["塔里木大学", "塔吉克斯坦国立农业大学"])
    d.signing_date = dt.date(2025, 4, 18)
    a, b = 800000, 200000
    d.funding = [{"party": 1, "amount_cny": a, "percent": None}, {"party": 2, "amount_cny": b, "percent": None}]
    d.figures = {"zh": [a, b]}
    d.notes = ["Chinese only (not bilingual)", "amounts 800,000.00元", "IP 另行协商", "no per-party duties"]
    d.title(zh="合作备忘录")
    d.para(zh="塔里木大学（以下简称甲方）与塔吉克斯坦国立农业大学（以下简称乙方）经友好协商，就开展红枣与核桃病虫害绿色防控合作研究签订本备忘录。")
    d.clause("cooperation_content", True,
             zh="1．合作内容：双方共同开展南疆与塔吉克斯坦南部红枣、核桃主要病虫害的发生规律调查，研发生物防治技术并建立示范园。")
    d.clause("funding_allocation", True,
             zh=f"2．经费：本项目经费中，甲方使用{sep(a, True)}，乙方使用{sep(b, True)}，乙方经费由甲方按合作进度分两次拨付。")
    d.clause("ip_ownership", "uncertain", zh="3．合作中形成的知识产权的归属，由双方另行协商确定。")
    d.clause("data_ownership", True,
             zh="4．科研数据：项目产生的调查数据和试验数据归双方共同所有，由甲方统一保存，双方均可使用；任何一方向第三方提供上述数据，须事先取得另一方书面同意。")
    d.para(zh="5．本备忘录一式两份，双方各执一份，自签字之日起生效。\n6．本备忘录未尽事宜，由双方友好协商解决。")
    d.gap()
    d.para(zh="甲方：塔里木大学（盖章）\n代表：\n\n乙方：塔吉克斯坦国立农业大学（盖章）\n代表：")
    d.para(zh=f"日期：{d.signing_date.year}.{d.signing_date.month}.{d.signing_date.day}")
    return d


def h08() -> Doc:
    """Russian-only agreement: 2 млн рублей, blank date line «___» ______ 2025 г., no data clause."""
    inst = "Синьцзянский технический институт физики и химии Китайской академии наук"
    tpu = "Томский политехнический университет"
    d = Doc("h08_dogovor_tpu.pdf", "cooperation_agreement", ["ru"], [inst, tpu])
    d.signing_date = None
    a_cny = 400000
    d.funding = [{"party": 1, "amount_cny": a_cny, "percent": None}, {"party": 2, "amount_cny": None, "percent": None}]
    d.notes = ["Russian only", "2 млн рублей", "blank date «___» ______ 2025 г.", "no data clause"]
    d.title(ru="ДОГОВОР О СОТРУДНИЧЕСТВЕ")
    d.para(ru=f"{inst} (далее – «Институт»), с одной стороны, и федеральное государственное автономное "
              f"образовательное учреждение высшего образования «{tpu}» (далее – «ТПУ»), с другой стороны, "
              f"заключили настоящий Договор о нижеследующем.")
    d.head(ru="Статья 1. Предмет Договора")
    d.clause("cooperation_content", True,
             ru="Стороны осуществляют совместные исследования в области функциональных материалов для солнечной "
                "энергетики: синтез перовскитных материалов, изучение их стабильности в условиях пустынного "
                "климата и испытания опытных образцов.")
    d.head(ru="Статья 2. Обязанности Сторон")
    d.clause("responsibilities", True,
             ru="Институт проводит синтез материалов и натурные испытания на полигоне в Турфане. ТПУ выполняет "
                "структурные исследования, моделирование деградации и подготовку совместных публикаций.")
    d.head(ru="Статья 3. Финансирование")
    d.clause("funding_allocation", True,
             ru=f"Институт направляет на выполнение работ {spaced(a_cny)} юаней из средств Программы, ТПУ – "
                f"2 млн рублей из собственных средств.")
    d.head(ru="Статья 4. Права на результаты")
    d.clause("ip_ownership", True,
             ru="Права на результаты интеллектуальной деятельности, созданные Сторонами совместно, принадлежат "
                "Сторонам в равных долях; результаты, созданные одной Стороной, принадлежат этой Стороне.")
    d.head(ru="Статья 5. Доходы от использования результатов")
    d.clause("benefit_sharing", True,
             ru="Доходы от коммерциализации совместных результатов распределяются между Сторонами пропорционально "
                "их финансовому вкладу в выполнение работ.")
    d.head(ru="Статья 6. Срок действия")
    d.para(ru="Договор вступает в силу с даты подписания и действует до 31 декабря 2028 г. Результаты работ "
              "могут докладываться на научных конференциях с согласия обеих Сторон.")
    d.gap()
    d.para(ru="От Института: ____________________\nОт ТПУ: ____________________")
    d.para(ru="«___» ________________ 2025 г.")
    return d


def h09() -> Doc:
    """Consortium agreement, six units 甲…己方, funding table in 万元."""
    units = ["新疆大学", "国网新疆电力有限公司电力科学研究院", "新疆金风科技股份有限公司", "中国科学院新疆理化技术研究所",
             "新疆工程学院", "昌吉学院"]
    labels = ["甲方", "乙方", "丙方", "丁方", "戊方", "己方"]
    shares = [600000, 400000, 300000, 300000, 200000, 200000]
    d = Doc("h09_consortium_six_units.pdf", "consortium_agreement", ["zh"], units)
    d.signing_date = dt.date(2025, 11, 20)
    d.funding = [{"party": i + 1, "amount_cny": s, "percent": None} for i, s in enumerate(shares)]
    d.figures = {"zh": [sum(shares), *shares]}
    d.notes = ["six units (4 besides two leads)", "funding table", "targets and tasks"]
    d.title(zh="项目联合申报协议书")
    d.para(zh="\n".join(f"{lab}：{u}" + ("（牵头单位）" if i == 0 else "") for i, (lab, u) in enumerate(zip(labels, units))))
    d.para(zh="为联合申报新疆维吾尔自治区上合组织科技伙伴计划项目“面向中亚的风光储协同调度关键技术研究与示范”，各方经协商一致，订立本协议。")
    d.head(zh="一、项目基本情况")
    d.para(zh="项目由甲方牵头申报，各方共同实施，执行期为2026年1月1日至2028年12月31日。")
    d.head(zh="二、目标任务")
    d.clause("tasks", True,
             zh="项目总体目标：研发风光储协同调度软件1套，建立示范工程1处；申请发明专利5项，发表高水平论文10篇，培养研究生8名。")
    d.head(zh="三、各方职责")
    d.clause("responsibilities", True,
             zh="甲方负责项目总体方案设计与组织协调，承担调度算法研究；乙方负责电网运行数据接口与现场测试；丙方负责风电机组侧控制策略及示范工程建设；丁方负责储能材料与器件性能评估；戊方负责负荷预测模型研究；己方负责人才培养与成果推广。")
    d.head(zh="四、经费分配")
    d.clause("funding_allocation", True, zh=f"项目申请财政经费{wan(sum(shares))}，各方分配如下表：")
    d.table(zh=[["单位", "财政经费（万元）"]]
            + [[f"{lab} {u}", f"{s // 10000}"] for lab, u, s in zip(labels, units, shares)]
            + [["合计", f"{sum(shares) // 10000}"]])
    d.head(zh="五、成果与知识产权归属")
    d.clause("ip_ownership", True,
             zh="各方独立完成的成果及其知识产权归完成方所有；两方或多方合作完成的成果，知识产权归相关合作方共有，署名按实际贡献确定。")
    d.head(zh="六、其他")
    d.para(zh="本协议一式六份，各方各执一份，自各方盖章之日起生效。")
    d.gap()
    d.para(zh="\n".join(f"{lab}（盖章）：" for lab in labels))
    d.para(zh=f"签订日期：{d_zh(d.signing_date)}")
    return d


def h10() -> Doc:
    """Consortium agreement zh+ru, three units: amounts disagree, IP deferred, no targets."""
    d = Doc("h10_consortium_altai.pdf", "consortium_agreement", ["zh", "ru"],
            ["新疆农业科学院", "新疆维吾尔自治区林业科学院", "阿尔泰国立大学"])
    d.signing_date = dt.date(2025, 7, 1)
    zh_a, ru_a, b, rub = 1500000, 1300000, 500000, 2000000
    d.funding = [{"party": 1, "amount_cny": zh_a, "percent": None}, {"party": 2, "amount_cny": b, "percent": None},
                 {"party": 3, "amount_cny": None, "percent": None}]
    d.figures = {"zh": [zh_a, b, rub], "ru": [ru_a, b, rub]}
    d.notes = ["Chinese 1,500,000元 vs Russian 1 300 000 юаней", "IP deferred", "no targets/tasks", "«1» июля 2025 г."]
    d.title(zh="项目联合申报合作协议", ru="СОГЛАШЕНИЕ О СОВМЕСТНОЙ ПОДАЧЕ ЗАЯВКИ")
    d.para(zh="甲方：新疆农业科学院（牵头申报单位）\n乙方：新疆维吾尔自治区林业科学院\n丙方：阿尔泰国立大学（俄罗斯联邦）",
           ru="Сторона 1: Синьцзянская академия сельскохозяйственных наук (головная организация)\n"
              "Сторона 2: Академия лесного хозяйства Синьцзян-Уйгурского автономного района\n"
              "Сторона 3: Алтайский государственный университет (Российская Федерация)")
    d.head(zh="第一条 联合申报", ru="Статья 1. Совместная заявка")
    d.para(zh="甲、乙、丙三方同意联合申报新疆维吾尔自治区上合组织科技伙伴计划项目“阿尔泰山区森林草原火灾风险监测与预警技术合作研究”，由甲方作为牵头单位申报。",
           ru="Стороны 1, 2 и 3 совместно подают заявку на проект «Мониторинг и прогнозирование риска лесных и "
              "степных пожаров в горах Алтая» Программы научно-технического партнерства ШОС; заявителем "
              "выступает Сторона 1.")
    d.head(zh="第二条 各方职责", ru="Статья 2. Обязанности Сторон")
    d.clause("responsibilities", True,
             zh="甲方负责项目申报、总体协调和财务管理，承担遥感监测模型研究；乙方负责新疆阿尔泰山区的野外调查与监测站点运行；丙方负责俄罗斯阿尔泰边疆区一侧的数据采集与模型验证。",
             ru="Сторона 1 отвечает за подачу заявки, общую координацию и финансовое управление, разрабатывает "
                "модели дистанционного мониторинга; Сторона 2 проводит полевые обследования и обеспечивает работу "
                "станций наблюдения в Синьцзянском Алтае; Сторона 3 собирает данные и проверяет модели в "
                "Алтайском крае.")
    d.head(zh="第三条 经费分配", ru="Статья 3. Распределение средств")
    d.clause("funding_allocation", True,
             zh=f"财政资助经费中，甲方{sep(zh_a)}，乙方{sep(b)}；丙方以自筹经费{rub // 10000}万卢布投入项目。",
             ru=f"Из бюджетных средств Сторона 1 получает {spaced(ru_a)} юаней, Сторона 2 – {spaced(b)} юаней; "
                f"Сторона 3 вносит собственные средства в размере {rub // 1000000} млн рублей.")
    d.head(zh="第四条 成果归属", ru="Статья 4. Результаты")
    d.clause("ip_ownership", "uncertain",
             zh="项目成果及知识产权的归属，由各方另行协商确定。",
             ru="Принадлежность результатов проекта и прав интеллектуальной собственности будет определена "
                "дополнительным соглашением Сторон.")
    d.head(zh="第五条 其他", ru="Статья 5. Прочие условия")
    d.para(zh="本协议自各方签字盖章之日起生效。本协议以中文和俄文书就，一式六份，两种文本具有同等效力。",
           ru="Соглашение вступает в силу с даты подписания Сторонами, составлено на китайском и русском языках "
              "в шести экземплярах; оба текста имеют одинаковую силу.")
    d.gap()
    d.para(zh="甲方（盖章）：\n乙方（盖章）：\n丙方（盖章）：",
           ru="Сторона 1: ______________\nСторона 2: ______________\nСторона 3: ______________")
    d.para(zh=f"签订日期：{d_zh(d.signing_date)}", ru=d_ru(d.signing_date))
    return d


def h11() -> Doc:
    """IP ownership agreement zh+en, everything stated, 15 July 2025."""
    d = Doc("h11_ip_xju_tuit.pdf", "ip_agreement", ["zh", "en"], ["新疆大学", "塔什干穆罕默德·花拉子米信息技术大学"],
            latin="Serif")
    d.signing_date = dt.date(2025, 7, 15)
    pa, pb = 60, 40
    d.figures = {"zh": [pa, pb, pa, pb], "en": [pa, pb, pa, pb]}
    d.notes = ["IP shares and revenue shares in percent", "date 15 July 2025"]
    d.title(zh="知识产权归属协议", en="AGREEMENT ON THE OWNERSHIP OF INTELLECTUAL PROPERTY")
    d.para(zh="甲方：新疆大学\n乙方：塔什干穆罕默德·花拉子米信息技术大学\n鉴于甲乙双方共同承担“多语种语音识别关键技术联合研究”项目（以下简称“本项目”），为明确项目成果的知识产权归属，双方达成如下协议：",
           en="Xinjiang University (\"Party A\") and Tashkent University of Information Technologies named after "
              "Muhammad al-Khwarizmi (\"Party B\"), jointly carrying out the project \"Joint Research on Key "
              "Technologies of Multilingual Speech Recognition\" (the \"Project\"), agree as follows on the "
              "ownership of the Project's results:")
    d.para(zh="第一条 本协议所称知识产权，包括专利权、计算机软件著作权、技术秘密及语料库等。",
           en="Article 1. Intellectual property under this Agreement includes patents, software copyrights, "
              "know-how and speech corpora.")
    d.clause("ip_ownership", True,
             zh=f"第二条 一方独立完成的成果，知识产权归该方所有；双方共同完成的成果，知识产权归双方共有，共有份额为甲方{pa}%、乙方{pb}%。",
             en=f"Article 2. Results created by one Party alone belong to that Party. Results created jointly "
                f"belong to both Parties in shares of {pa}% for Party A and {pb}% for Party B.")
    d.para(zh="第三条 共有成果申请专利或进行软件著作权登记，由甲方负责办理，费用由双方按共有份额分担。",
           en="Article 3. Party A shall file patent and software copyright applications for joint results; the "
              "costs shall be borne by the Parties in proportion to their shares.")
    d.clause("benefit_sharing", True,
             zh=f"第四条 成果转化或许可所得收益，扣除相关费用后，按甲方{pa}%、乙方{pb}%的比例分配。",
             en=f"Article 4. Income from the transfer or licensing of results, net of related expenses, shall be "
                f"distributed {pa}% to Party A and {pb}% to Party B.")
    d.para(zh="第五条 双方对在合作中知悉的对方技术秘密负有保密义务。",
           en="Article 5. Each Party shall keep confidential the other Party's know-how learned in the cooperation.")
    d.para(zh="第六条 本协议自双方签字盖章之日起生效，有效期至本项目验收后五年。",
           en="Article 6. This Agreement enters into force upon signature and sealing and remains in force until "
              "five years after the Project's final acceptance.")
    d.gap()
    d.para(zh="甲方（盖章）：　　　　　　　　乙方（盖章）：",
           en="Party A: ____________________          Party B: ____________________")
    d.para(zh=f"签订日期：{d_zh(d.signing_date)}", en=f"Date: {d_en_dmy(d.signing_date)}")
    return d


def h12() -> Doc:
    """IP letter of intent zh+ru: revenue sharing deferred; 二〇二五年十二月二十日 / 20.12.2025."""
    d = Doc("h12_ip_intent_xjit_ttu.pdf", "ip_agreement", ["zh", "ru"], ["新疆理工学院", "塔吉克技术大学"])
    d.signing_date = dt.date(2025, 12, 20)
    d.notes = ["revenue share deferred (будут определены дополнительным соглашением)", "numbered paragraphs"]
    d.title(zh="知识产权合作意向书", ru="ПРОТОКОЛ О НАМЕРЕНИЯХ В СФЕРЕ ИНТЕЛЛЕКТУАЛЬНОЙ СОБСТВЕННОСТИ")
    d.para(zh="甲方：新疆理工学院\n乙方：塔吉克技术大学\n双方就“光伏组件防沙自清洁涂层”合作项目的知识产权事项形成如下意向：",
           ru="Синьцзянский технологический институт (далее – «Институт») и Таджикский технический университет "
              "имени академика М. С. Осими (далее – «Университет») в рамках совместного проекта «Самоочищающиеся "
              "пылезащитные покрытия для фотоэлектрических модулей» договорились о следующем:")
    d.clause("ip_ownership", True,
             zh="1. 双方在本项目中共同完成的发明创造，其知识产权归双方共同所有；各方在项目开始前已拥有的知识产权仍归原权利人所有。",
             ru="1. Права на изобретения, созданные Сторонами совместно в рамках проекта, принадлежат Сторонам "
                "совместно; права, которыми каждая Сторона обладала до начала проекта, остаются за ней.")
    d.clause("benefit_sharing", "uncertain",
             zh="2. 成果转化收益的分配比例，由双方在成果转化前另行签订协议确定。",
             ru="2. Доли Сторон в доходах от коммерциализации результатов будут определены дополнительным "
                "соглашением до начала коммерциализации.")
    d.para(zh="3. 任何一方许可第三方实施共有知识产权，须事先征得另一方书面同意。",
           ru="3. Предоставление третьим лицам лицензий на совместные права требует предварительного письменного "
              "согласия другой Стороны.")
    d.para(zh="4. 本意向书自双方签字之日起生效，以中文和俄文书就。",
           ru="4. Протокол вступает в силу с даты подписания и составлен на китайском и русском языках.")
    d.gap()
    d.para(zh="甲方代表：　　　　　　　　乙方代表：", ru="За Институт: ______________\nЗа Университет: ______________")
    d.para(zh=f"签订日期：{d_zh_hanzi(d.signing_date)}", ru=f"Дата: {d_dots(d.signing_date)}")
    return d


def ethics_doc(file: str, langs: list[str], committee: str, conclusion: str, date: dt.date, notes: list[str]) -> Doc:
    d = Doc(file, "ethics_review", langs, None, latin="Serif")
    d.ethics = {"committee": committee, "conclusion": conclusion, "date": date}
    d.notes = notes
    return d


def h13() -> Doc:
    """Ethics approval (zh): 同意; human genetic resources."""
    committee = "新疆医科大学第一附属医院医学伦理委员会"
    d = ethics_doc("h13_ethics_approval.pdf", ["zh"], committee, "approved", dt.date(2025, 5, 20),
                   ["approved (同意)", "人类遗传资源 -> prior approval", "批件有效期 is not an agreement validity"])
    date = d.ethics["date"]
    d.title(zh="科技伦理审查批件")
    d.para(zh=f"{committee}\n批件号：2025-K-037")
    d.para(zh="项目名称：中亚人群2型糖尿病易感基因联合研究\n申请单位：新疆医科大学第一附属医院\n合作单位：乌兹别克斯坦共和国内分泌科学实用医学中心\n项目负责人：李明\n审查类别：初始审查　　审查方式：会议审查")
    d.para(zh="审查文件：项目申请书、研究方案（第1.1版）、知情同意书（第1.1版）、病例报告表、研究者履历。")
    d.para(zh="审查意见：本项目拟采集中国人群血液样本并开展基因组测序，属于人类遗传资源国际合作科学研究，须在启动前取得科技行政部门的人类遗传资源国际合作审批。经委员会审查，研究方案科学合理，知情同意书内容完整，受试者风险在可接受范围内。")
    d.para(zh="审查结论：同意")
    d.para(zh="本批件有效期至2026年5月19日。项目实施过程中如方案有修改，应及时提交修正案审查；发生严重不良事件应及时报告。")
    d.gap()
    d.para(zh="主任委员（签字）：\n伦理委员会（盖章）")
    d.para(zh=f"批准日期：{d_zh(date)}")
    return d


def h14() -> Doc:
    """Ethics opinion zh+en: 修改后同意 / approved with modifications."""
    zh_name, en_name = "新疆大学科技伦理委员会", "Science and Technology Ethics Committee of Xinjiang University"
    d = ethics_doc("h14_ethics_conditional.pdf", ["zh", "en"], zh_name, "conditional", dt.date(2025, 4, 8),
                   ["conditional (修改后同意 / approved with modifications)", "二〇二五年四月八日 / 8 April 2025"])
    date = d.ethics["date"]
    d.title(zh="科技伦理审查意见书", en="ETHICS COMMITTEE APPROVAL LETTER")
    d.para(zh=f"审查机构：{zh_name}\n编号：XJU-STE-2025-019",
           en=f"Reviewing body: {en_name}\nReference: XJU-STE-2025-019")
    d.para(zh="项目名称：基于人脸视频的驾驶员疲劳状态识别算法研究\n项目负责人：阿不都热合曼·买买提\n合作单位：哈萨克斯坦萨特帕耶夫国立技术大学",
           en="Project: Driver fatigue recognition algorithms based on facial video\nPrincipal investigator: "
              "Abdurahman Mamat\nPartner: Satbayev Kazakh National Technical University")
    d.para(zh="本委员会对上述项目的研究方案、知情同意书及数据管理计划进行了审查。项目将招募志愿者采集驾驶过程中的人脸视频，用于训练和测试人工智能识别模型。",
           en="The Committee has reviewed the protocol, the informed consent form and the data management plan. "
              "The project will recruit volunteers whose faces are filmed while driving in order to train and "
              "test artificial intelligence recognition models.")
    d.para(zh="审查意见：1. 应补充人脸数据的匿名化处理方案；2. 知情同意书应明确数据保存期限及撤回同意的方式；3. 数据不得向合作单位传输原始视频。",
           en="Comments: (1) a plan for anonymising facial data shall be added; (2) the consent form shall state "
              "the retention period and how consent can be withdrawn; (3) raw video shall not be transferred to "
              "the partner.")
    d.para(zh="审查结论：修改后同意。请按上述意见修改后报委员会备案，无需再次会议审查。",
           en="Decision: Approved with modifications. The revised documents shall be filed with the Committee; no "
              "further meeting review is required.")
    d.gap()
    d.para(zh="主任委员：\n（盖章）", en="Chair: ____________________\n(Seal)")
    d.para(zh=f"审查日期：{d_zh_hanzi(date)}", en=f"Date of review: {d_en_dmy(date)}")
    return d


def h15() -> Doc:
    """Ethics decision (zh): 不同意; 2025.11.03."""
    committee = "新疆维吾尔自治区人民医院医学伦理委员会"
    d = ethics_doc("h15_ethics_rejected.pdf", ["zh"], committee, "rejected", dt.date(2025, 11, 3),
                   ["rejected (不同意)", "'may resubmit' is not a conditional approval", "date 2025.11.03"])
    date = d.ethics["date"]
    d.title(zh="医学伦理审查决定书")
    d.para(zh=f"{committee}\n编号：RMYY-EC-2025-112")
    d.para(zh="项目名称：新型抗菌敷料治疗糖尿病足溃疡的有效性与安全性临床研究\n申请科室：内分泌科\n合作单位：哈萨克斯坦阿斯芬迪亚罗夫国立医科大学\n审查方式：会议审查")
    d.para(zh="审查意见：研究方案缺乏前期动物实验的安全性数据；对照组设置不符合伦理要求，部分受试者将无法获得标准治疗；受试者可能承受的风险明显大于预期获益。")
    d.para(zh="审查结论：不同意")
    d.para(zh="申请人可在完善研究方案、补充安全性资料后重新提交审查申请。")
    d.gap()
    d.para(zh="主任委员（签字）：\n医学伦理委员会（盖章）")
    d.para(zh=f"审查日期：{date.year}.{date.month:02d}.{date.day:02d}")
    return d


def h16() -> Doc:
    """Cooperation agreement zh+en without headings; blank date lines in both versions."""
    d = Doc("h16_xjnu_samsu.pdf", "cooperation_agreement", ["zh", "en"], ["新疆师范大学", "撒马尔罕国立大学"])
    d.signing_date = None
    total, pa, pb = 500000, 70, 30
    a, b = total * pa // 100, total * pb // 100
    d.funding = [{"party": 1, "amount_cny": a, "percent": pa}, {"party": 2, "amount_cny": b, "percent": pb}]
    d.figures = {"zh": [pa, a, pb, b], "en": [pa, a, pb, b]}
    d.notes = ["no headings at all", "blank 签订日期 / Date: ________", "percent and amount", "conference mention",
               "no benefit clause"]
    d.title(zh="合作协议书", en="COOPERATION AGREEMENT")
    d.para(zh="新疆师范大学（以下简称“甲方”）与乌兹别克斯坦撒马尔罕国立大学（以下简称“乙方”）为共同开展“丝绸之路沿线古代文献数字化与多语种知识库建设”研究，经友好协商，订立本协议。",
           en="Xinjiang Normal University (hereinafter referred to as \"Party A\") and Samarkand State University "
              "named after Sharof Rashidov (hereinafter referred to as \"SamSU\"), wishing to carry out joint "
              "research on the digitisation of ancient manuscripts along the Silk Road and a multilingual "
              "knowledge base, have agreed as follows.")
    d.clause("cooperation_content", True,
             zh="双方将联合开展古代写本的高精度数字化采集、文字识别模型训练以及汉语、乌兹别克语、俄语三语知识库的建设。",
             en="The Parties will jointly carry out high-resolution digitisation of ancient manuscripts, train "
                "text recognition models and build a trilingual Chinese–Uzbek–Russian knowledge base.")
    d.clause("responsibilities", True,
             zh="甲方负责文字识别模型的研发以及知识库平台的搭建和运行维护；乙方负责提供其馆藏写本的数字化采集条件，组织专家完成文献的释读与标注。",
             en="Party A is responsible for developing the recognition models and for building and running the "
                "knowledge base platform. SamSU is responsible for access to the manuscripts in its library for "
                "digitisation and for the reading and annotation of the texts by its experts.")
    d.clause("funding_allocation", True,
             zh=f"项目经费中，甲方使用{pa}%，计{wan(a)}；乙方使用{pb}%，计{wan(b)}，由甲方按年度拨付。",
             en=f"Of the project funds, Party A will use {pa}% (RMB {a:,}) and SamSU {pb}% (RMB {b:,}), the latter "
                f"transferred by Party A in yearly instalments.")
    d.clause("ip_ownership", True,
             zh="合作研究形成的软件著作权、数据库及论文等成果，其知识产权归双方共同所有。",
             en="Intellectual property in the software, databases, papers and other results of the joint research "
                "is owned jointly by the Parties.")
    d.clause("data_ownership", True,
             zh="项目产生的数字化图像及标注数据归双方共同所有，双方可为非商业性研究目的使用；任何一方向第三方转移上述数据，须经另一方书面同意。",
             en="The digital images and annotation data produced by the project are owned jointly by the Parties "
                "and may be used by either Party for non-commercial research; no Party may transfer them to a third "
                "party without the other Party's written consent.")
    d.para(zh="双方可在国际学术会议上报告合作研究成果。本协议自双方签字盖章之日起生效，有效期三年，中英文文本具有同等效力。",
           en="The Parties may present the results of the joint research at international conferences. This "
              "Agreement enters into force upon signature and sealing, remains valid for three years, and is made "
              "in Chinese and English, both texts being equally authentic.")
    d.gap()
    d.para(zh="甲方（盖章）：　　　　　　　　乙方（盖章）：\n授权代表：　　　　　　　　　　授权代表：",
           en="For Party A: ____________________          For SamSU: ____________________")
    d.para(zh="签订日期：　　　　年　　　月　　　日", en="Date: ________________")
    return d


def h17() -> Doc:
    """MoU zh+uz(Cyrillic): only goodwill; IP, revenue and data all deferred."""
    d = Doc("h17_kashu_andsu_mou.pdf", "cooperation_agreement", ["zh", "uz"], ["喀什大学", "安集延国立大学"], latin="Serif")
    d.signing_date = dt.date(2025, 8, 25)
    d.notes = ["goodwill only: no content, duties or funding", "IP, revenue, data all deferred",
               "conference mention", "Uzbek in Cyrillic"]
    d.title(zh="谅解备忘录", uz="ЎЗАРО АНГЛАШУВ МЕМОРАНДУМИ")
    d.para(zh="喀什大学（以下简称“中方”）与乌兹别克斯坦安集延国立大学（以下简称“乌方”）本着平等互利的原则，愿意建立长期友好合作关系，经协商达成如下谅解：",
           uz="Қашқар университети (кейинги ўринларда – «Хитой томони») ва Андижон давлат университети (кейинги "
              "ўринларда – «Ўзбек томони») тенглик ва ўзаро манфаатдорлик тамойиллари асосида узоқ муддатли "
              "дўстона алоқалар ўрнатиш истагини билдириб, қуйидагилар ҳақида ўзаро англашувга эришдилар:")
    d.para(zh="一、双方愿意加强往来，并共同探讨今后开展合作的可能性。",
           uz="1. Томонлар ўзаро алоқаларни мустаҳкамлаш ва келгусида ҳамкорлик имкониятларини биргаликда ўрганиш "
              "ниятида эканликларини билдирадилар.")
    d.clause("ip_ownership", "uncertain",
             zh="二、知识产权的归属问题，由双方另行签订协议约定。",
             uz="2. Интеллектуал мулкка бўлган ҳуқуқлар масаласи Томонлар ўртасида алоҳида шартнома билан "
                "белгиланади.")
    d.clause("benefit_sharing", "uncertain",
             zh="三、成果转化收益的分配，由双方另行协商确定。",
             uz="3. Натижаларни тижоратлаштиришдан олинадиган даромадни тақсимлаш тартиби алоҳида келишув билан "
                "белгиланади.")
    d.clause("data_ownership", "uncertain",
             zh="四、科研数据的归属、使用和转移事项，将在补充协议中另行约定。",
             uz="4. Илмий маълумотларга эгалик қилиш, улардан фойдаланиш ва уларни узатиш тартиби қўшимча битимда "
                "белгиланади.")
    d.para(zh="五、双方合作的成果可在国际学术会议上交流。",
           uz="5. Ҳамкорлик натижалари халқаро илмий анжуманларда тақдим этилиши мумкин.")
    d.para(zh="六、本备忘录不产生法律约束力，自双方签字之日起生效，有效期五年。\n七、本备忘录以中文和乌兹别克文书就，一式两份。",
           uz="6. Ушбу меморандум юридик мажбурият юкламайди, имзоланган кундан бошлаб кучга киради ва беш йил "
              "давомида амал қилади.\n7. Меморандум хитой ва ўзбек тилларида икки нусхада тузилди.")
    d.gap()
    d.para(zh="中方代表（签字）：　　　　　　乌方代表（签字）：",
           uz="Хитой томони: ______________\nЎзбек томони: ______________")
    d.para(zh=f"日期：{d_zh(d.signing_date)}", uz=f"Имзоланган сана: {d_uzc(d.signing_date)}")
    return d


DOCS = [h01, h02, h03, h04, h05, h06, h07, h08, h09, h10, h11, h12, h13, h14, h15, h16, h17]


README = """# Held-out evaluation set

Written by `scripts/make_heldout.py` (run `.venv/bin/python scripts/make_heldout.py`),
independently of `samples/`, the tool's word lists and its sample generator:
nobody writing these documents looked at them. Use it to measure docintel on
wording it was not tuned on; do not tune the tool against it, or it stops
being held out.

    .venv/bin/python scripts/eval_elements.py --samples heldout -v

`labels.json`: one object per PDF with `file`, `doc_type`, `as_of`,
`languages` (the versions, in page order), `elements` (every element id the
report contract lists for the type: `false` absent, `true` present,
`"uncertain"` when the clause is only deferred — "另行协商", "will be agreed
separately", "будут определены дополнительным соглашением" — or the dates,
names, decision and funding shares as values), `rules` (expected among
`extra_units`, `signing_date_future`, `validity_short`, `versions_disagree`,
`prior_approval`) and `notes` (what the document tests). The labels are
computed from the same data that writes the text. Nothing is signed or sealed,
so `signatures`, `seals`, `versions_executed` and `all_parties_sealed` are
`false` throughout. `funding_allocation` lists `{party, amount_cny, percent}`
by the party's place in `parties`, as the Chinese version states it;
`amount_cny` is null for a share in another currency (USD, roubles).

Judgement calls: a passing mention (results presented at conferences) is no
clause at all (`false`); a goodwill sentence ("探讨今后开展合作的可能性") is no
cooperation content; content deferred to a later 项目任务书 is `"uncertain"`;
"revenue in proportion to financial contribution" is a benefit-sharing clause;
an ethics approval's own 有效期 is not an agreement's validity; a mention of
人类遗传资源 / 种质资源 / germplasm anywhere expects `prior_approval`.

| file | type | languages | what it tests |
| --- | --- | --- | --- |
"""


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--out", type=Path, default=ROOT / "heldout")
    args = ap.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    labels, rows = [], []
    for make in DOCS:
        doc = make()
        doc.render(args.out / doc.file)
        label = doc.label()
        labels.append(label)
        rows.append(f"| {doc.file} | {doc.doc_type} | {'+'.join(doc.langs)} | {'; '.join(doc.notes)} |")
    (args.out / "labels.json").write_text(json.dumps(labels, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    (args.out / "README.md").write_text(README + "\n".join(rows) + "\n", encoding="utf-8")
    print(f"{len(labels)} documents written to {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
