#!/usr/bin/env python3
"""Write the second held-out evaluation set, ``heldout2/``.

Fifteen text-layer PDFs, each a Chinese version on the first page(s) and a
partner-language version on the later page(s), mostly Central-Asian languages
(Kazakh, Uzbek in Latin and Cyrillic script, Kyrgyz, Tajik, Mongolian,
Turkmen), plus one Russian and one English. Written from scratch, without
looking at the tool or at the other sample sets. The labels
(``heldout2/labels.json``) are built from the same data that writes the text:
dates and amounts are formatted into each language from one value, and each
element's label sits next to the clause (or the absence of one) it describes.

    .venv/bin/python scripts/make_heldout2.py [--out heldout2]
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import Flowable, PageBreak, Paragraph, SimpleDocTemplate, Spacer

ROOT = Path(__file__).resolve().parent.parent
AS_OF = "2026-06-30"

pdfmetrics.registerFont(TTFont("WQY", "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc", subfontIndex=0))
pdfmetrics.registerFont(TTFont("DejaVuSans", "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"))
pdfmetrics.registerFont(TTFont("DejaVuSerif", "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf"))

# ---------------------------------------------------------------- dates ----

KK_MONTHS = "қаңтар ақпан наурыз сәуір мамыр маусым шілде тамыз қыркүйек қазан қараша желтоқсан".split()
UZ_MONTHS = "yanvar fevral mart aprel may iyun iyul avgust sentabr oktabr noyabr dekabr".split()
UZC_MONTHS = "январь февраль март апрель май июнь июль август сентябрь октябрь ноябрь декабрь".split()
KY_MONTHS = UZC_MONTHS
TG_MONTHS = "январи феврали марти апрели майи июни июли августи сентябри октябри ноябри декабри".split()
TK_MONTHS = "ýanwar fewral mart aprel maý iýun iýul awgust sentýabr oktýabr noýabr dekabr".split()
RU_MONTHS = "января февраля марта апреля мая июня июля августа сентября октября ноября декабря".split()
ZH_DIGITS = "〇一二三四五六七八九"


def tk_ordinal(n: int) -> str:
    """3-nji, 6-njy, 9-njy, 10-njy … as Turkmen writes ordinal numerals in digits."""
    last = n % 10
    if last == 0:
        suffix = {10: "njy", 20: "nji", 30: "njy"}.get(n, "njy")
    else:
        suffix = "njy" if last in (6, 9) else "nji"
    return f"{n}-{suffix}"


def mn_month(m: int) -> str:
    """'6 дугаар сарын', '4 дүгээр сарын': the suffix follows the numeral's vowels."""
    front = m in (1, 4, 9, 11)
    return f"{m} {'дүгээр' if front else 'дугаар'} сарын"


def zh_numeral_date(d: dt.date) -> str:
    def small(n: int) -> str:
        if n < 10:
            return ZH_DIGITS[n]
        tens, ones = divmod(n, 10)
        return ("" if tens == 1 else ZH_DIGITS[tens]) + "十" + (ZH_DIGITS[ones] if ones else "")
    year = "".join(ZH_DIGITS[int(c)] for c in str(d.year))
    return f"{year}年{small(d.month)}月{small(d.day)}日"


def fmt_date(d: dt.date, style: str) -> str:
    y, m, n = d.year, d.month, d.day
    return {
        "zh": f"{y}年{m}月{n}日",
        "zh_num": zh_numeral_date(d),
        "zh_dot": f"{y}.{m}.{n}",
        "kk": f"{y} жылғы {n} {KK_MONTHS[m - 1]}",
        "uz": f"{y}-yil {n}-{UZ_MONTHS[m - 1]}",
        "uzc": f"{y} йил {n} {UZC_MONTHS[m - 1]}",
        "ky": f"{n}-{KY_MONTHS[m - 1]} {y}-ж.",
        "tg": f"{n} {TG_MONTHS[m - 1]} соли {y}",
        "mn": f"{y} оны {mn_month(m)} {n}",
        "tk": f"{tk_ordinal(n)} {TK_MONTHS[m - 1]} {y} ý.",
        "ru": f"«{n}» {RU_MONTHS[m - 1]} {y} г.",
        "en": f"{n} {d.strftime('%B')} {y}",
    }[style]


# -------------------------------------------------------------- amounts ----

def wan(a: int) -> str:
    """400000 -> '40万元'"""
    return f"{a // 10000}万元"


def sep(a: int) -> str:
    """300000 -> '300,000元'"""
    return f"{a:,}元"


def spaced(a: int) -> str:
    """300000 -> '300 000' (how Russian and Central-Asian texts group digits)"""
    return f"{a:,}".replace(",", " ")


def daxie(a: int) -> str:
    """Financial numerals for whole 万: 200000 -> '贰拾万元整'."""
    digits = "零壹贰叁肆伍陆柒捌玖"
    units = ["", "拾", "佰", "仟"]
    w = a // 10000
    assert a % 10000 == 0 and 0 < w < 10000
    out, zero = "", False
    for i, c in enumerate(f"{w}"):
        k = int(c)
        pos = len(str(w)) - 1 - i
        if k == 0:
            zero = True
            continue
        if zero and out:
            out += "零"
        zero = False
        out += digits[k] + units[pos]
    return out + "万元整"


# ------------------------------------------------------------- document ----

def T(text):  # title
    return ("title", text)


def S(text):  # subtitle
    return ("sub", text)


def H(text):  # heading
    return ("h", text)


def P(text):  # paragraph
    return ("p", text)


def G(text):  # signature / date block line
    return ("sig", text)


class PageMark(Flowable):
    """Zero-size flowable that records the page it lands on."""

    def __init__(self, log: list, key):
        super().__init__()
        self.log, self.key = log, key

    def wrap(self, *_):
        return 0, 0

    def draw(self):
        self.log.append((self.key, self.canv.getPageNumber()))


def styles(font: str, cjk: bool) -> dict:
    base = dict(fontName=font, wordWrap="CJK" if cjk else None)
    return {
        "title": ParagraphStyle("t", fontSize=16, leading=22, alignment=TA_CENTER, spaceAfter=4 * mm, **base),
        "sub": ParagraphStyle("s", fontSize=11.5, leading=16, alignment=TA_CENTER, spaceAfter=4 * mm, **base),
        "h": ParagraphStyle("h", fontSize=11.5, leading=16, spaceBefore=2.5 * mm, spaceAfter=1 * mm, **base),
        "p": ParagraphStyle("p", fontSize=10.5, leading=16, firstLineIndent=0 if not cjk else 21,
                            spaceAfter=1.5 * mm, **base),
        "sig": ParagraphStyle("g", fontSize=10.5, leading=18, spaceBefore=1 * mm, **base),
    }


def build_pdf(path: Path, versions: list[dict]) -> list[dict]:
    """Each version on its own page(s); returns [{language, pages}] in order."""
    marks: list = []
    story = []
    for i, v in enumerate(versions):
        if i:
            story.append(PageBreak())
        story.append(PageMark(marks, (i, "start")))
        st = styles(v["font"], v["lang"] == "zh")
        previous = None
        for kind, text in v["lines"]:
            if kind == "sig" and previous in ("p", "h"):
                story.append(Spacer(1, 6 * mm))  # room before the signature block
            story.append(Paragraph(escape(text).replace("  ", "&nbsp;&nbsp;"), st[kind]))
            previous = kind
        story.append(PageMark(marks, (i, "end")))
    doc = SimpleDocTemplate(str(path), pagesize=A4, leftMargin=25 * mm, rightMargin=25 * mm,
                            topMargin=25 * mm, bottomMargin=25 * mm,
                            title="", author="", creator="", producer="")
    doc.build(story)
    where = dict(marks)
    return [{"language": v["lang"], "pages": list(range(where[(i, "start")], where[(i, "end")] + 1))}
            for i, v in enumerate(versions)]


def zh(lines):
    return {"lang": "zh", "font": "WQY", "lines": lines}


def other(lang, lines, font="DejaVuSerif"):
    return {"lang": lang, "font": font, "lines": lines}


BLANK_ZH = "签订日期：    年    月    日"

# ------------------------------------------------------------ documents ----
# Each function returns the document: file, type, versions (the text) and the
# label's facts. Element statuses: True present, False absent, "uncertain"
# only deferred / mentioned without being agreed.


def d01():
    """zh + kk cooperation agreement, every clause present, 1-бап headings."""
    a, b = "新疆大学", "阿里-法拉比哈萨克国立大学"
    ka, kb = "Шыңжаң университеті", "әл-Фараби атындағы Қазақ ұлттық университеті"
    date = dt.date(2025, 6, 3)
    fa, fb = 400000, 200000
    zh_lines = [
        T("中哈科技合作协议"),
        S("伊犁河—巴尔喀什湖流域水环境遥感监测联合研究"),
        P(f"{a}（以下简称“甲方”）与{b}（以下简称“乙方”），本着平等互利、优势互补的原则，就联合申报新疆维吾尔自治区"
          "上海合作组织科技伙伴计划项目事宜，经友好协商，达成如下协议："),
        H("第一条 合作内容"),
        P("双方围绕伊犁河—巴尔喀什湖流域水环境变化开展联合研究，主要包括：（一）多源卫星遥感水质参数反演模型构建；"
          "（二）跨境断面联合采样与实验室比对分析；（三）湖泊富营养化风险预警方法研究。"),
        H("第二条 双方责任"),
        P("甲方负责项目的总体组织与协调，承担遥感反演模型研发和数据处理平台建设，接收乙方科研人员来疆开展合作研究。"),
        P("乙方负责哈方境内采样点的布设与野外采样，提供历史水文监测资料，并协助甲方人员在哈萨克斯坦开展野外考察。"),
        H("第三条 经费安排"),
        P(f"项目申请财政经费共计{wan(fa + fb)}，其中甲方使用{wan(fa)}，主要用于设备购置、测试化验和人员交流；"
          f"乙方使用{wan(fb)}，用于野外采样和样品运输。"),
        H("第四条 知识产权"),
        P("合作过程中产生的论文、软件著作权、专利等知识产权由双方共同所有；一方单独完成的成果归完成方所有，"
          "但另一方享有在非商业性科研中免费使用的权利。"),
        H("第五条 成果转化与收益"),
        P("双方共同所有的成果实施转化或许可他人使用的，所获收益在扣除转化成本后由甲乙双方各按50%的比例分配。"),
        H("第六条 科研数据"),
        P("项目形成的原始观测数据和遥感产品由双方共同所有，双方均可用于本项目研究；任何一方向第三方提供或转移上述数据，"
          "须事先取得另一方书面同意，并遵守两国有关数据出境的法律法规。"),
        H("第七条 其他"),
        P("本协议自双方签字之日起生效，有效期五年。本协议以中文和哈萨克文书就，一式四份，两种文本具有同等效力。"),
        G(f"甲方：{a}（盖章）"), G("代表签字："),
        G(f"乙方：{b}（盖章）"), G("代表签字："),
        G(f"签订日期：{fmt_date(date, 'zh')}"),
    ]
    kk_lines = [
        T("ҒЫЛЫМИ-ТЕХНИКАЛЫҚ ЫНТЫМАҚТАСТЫҚ ТУРАЛЫ КЕЛІСІМ"),
        S("Іле өзені – Балқаш көлі бассейніндегі су ортасын қашықтықтан зондтау әдісімен бірлесіп зерттеу"),
        P(f"{ka} (бұдан әрі – «Қытай тарапы») және {kb} (бұдан әрі – «Университет»), Шыңжаң-Ұйғыр автономиялық ауданының "
          "Шанхай ынтымақтастық ұйымы ғылыми-техникалық серіктестік бағдарламасына бірлесіп өтінім беру мақсатында, теңдік және "
          "өзара тиімділік қағидаттарын басшылыққа ала отырып, төмендегілер туралы келісті:"),
        H("1-бап. Ынтымақтастық мазмұны"),
        P("Тараптар Іле өзені – Балқаш көлі бассейніндегі су ортасының өзгерісін бірлесіп зерттейді, оның ішінде: (1) көп көзді "
          "спутниктік деректер негізінде су сапасы көрсеткіштерін бағалау модельдерін құру; (2) трансшекаралық тұстамаларда "
          "бірлескен сынама алу және зертханалық салыстырмалы талдау; (3) көлдердің эвтрофикация қаупін ерте ескерту әдістерін әзірлеу."),
        H("2-бап. Тараптардың міндеттері"),
        P("Қытай тарапы жобаны жалпы ұйымдастыру мен үйлестіруге жауап береді, қашықтықтан зондтау модельдерін әзірлейді, "
          "деректерді өңдеу платформасын құрады және Университет ғалымдарын Шыңжаңда қабылдайды."),
        P("Университет Қазақстан аумағындағы сынама алу нүктелерін белгілейді және далалық сынама алуды жүргізеді, тарихи "
          "гидрологиялық бақылау материалдарын ұсынады, Қытай тарапы қызметкерлерінің Қазақстандағы далалық зерттеулеріне жәрдемдеседі."),
        H("3-бап. Қаржыландыру"),
        P(f"Жобаға сұралатын бюджеттік қаржының жалпы сомасы {spaced(fa + fb)} (алты жүз мың) юань, оның ішінде Қытай тарапы "
          f"{spaced(fa)} (төрт жүз мың) юаньді жабдық сатып алуға, талдауларға және ғалымдар алмасуына, ал Университет "
          f"{spaced(fb)} (екі жүз мың) юаньді далалық сынама алуға және үлгілерді тасымалдауға пайдаланады."),
        H("4-бап. Зияткерлік меншік"),
        P("Ынтымақтастық барысында алынған мақалалар, бағдарламаларға авторлық құқықтар, патенттер және өзге де зияткерлік "
          "меншік объектілері Тараптардың бірлескен меншігі болып табылады; бір Тарап дербес алған нәтиже сол Тарапқа тиесілі, "
          "бірақ екінші Тарап оны коммерциялық емес ғылыми мақсатта тегін пайдалана алады."),
        H("5-бап. Нәтижелерді коммерцияландырудан түскен кіріс"),
        P("Бірлескен меншіктегі нәтижелерді коммерцияландырудан немесе лицензия беруден түскен кіріс коммерцияландыру "
          "шығындары шегерілгеннен кейін Тараптар арасында 50%-дан бөлінеді."),
        H("6-бап. Ғылыми деректер"),
        P("Жоба барысында алынған бастапқы бақылау деректері мен қашықтықтан зондтау өнімдері Тараптардың бірлескен меншігі "
          "болып табылады және екі Тарап та оларды осы жобаны орындау үшін пайдалана алады; аталған деректерді үшінші тұлғаға "
          "беру немесе шетелге шығару екінші Тараптың алдын ала жазбаша келісімімен және екі елдің заңнамасына сәйкес жүзеге асырылады."),
        H("7-бап. Қорытынды ережелер"),
        P("Осы Келісім Тараптар қол қойған күннен бастап күшіне енеді және бес жыл бойы әрекет етеді. Келісім қытай және "
          "қазақ тілдерінде төрт данада жасалды, екі мәтіннің заңдық күші бірдей."),
        G(f"Қытай тарапы: {ka}"), G("Қолы: ____________"),
        G(f"Университет: {kb}"), G("Қолы: ____________"),
        G(f"Қол қойылған күні: {fmt_date(date, 'kk')}"),
    ]
    return dict(file="h2_01_xju_kaznu_kk.pdf", doc_type="cooperation_agreement",
                versions=[zh(zh_lines), other("kk", kk_lines)],
                parties=[a, b], signing_date=date,
                el=dict(cooperation_content=True, responsibilities=True, ip_ownership=True,
                        benefit_sharing=True, data_ownership=True),
                funding=[(1, fa, None), (2, fb, None)], rules=[],
                traps=[])


def d02():
    """zh + uz (Latin) MoU: IP and revenue explicitly left to later project agreements."""
    a, b = "新疆农业大学", "塔什干国立农业大学"
    ua, ub = "Shinjon qishloq xoʻjaligi universiteti", "Toshkent davlat agrar universiteti"
    date = dt.date(2025, 6, 3)
    zh_lines = [
        T("谅解备忘录"),
        S(f"{a}与{b}关于棉田节水与盐碱地改良合作的谅解备忘录"),
        P(f"{a}（中华人民共和国乌鲁木齐）与{b}（乌兹别克斯坦共和国塔什干），以下合称“双方”，为加强在农业科技领域的交流，"
          "达成如下谅解："),
        P("一、双方同意在棉田膜下滴灌节水技术、盐渍化土壤改良和耐盐棉花栽培技术等方面开展联合研究。"),
        P("二、双方计划在塔什干州和新疆阿拉尔垦区各建立一处联合试验示范点，开展为期三年的对比试验。"),
        P("三、双方鼓励教师、研究人员和研究生互访，每年至少联合举办一次学术研讨会。"),
        P("四、双方将共同争取两国政府及有关机构对上述合作的科研经费支持。"),
        P("五、合作中可能产生的知识产权的归属及成果转化收益的分配，双方同意在具体项目合作协议中另行约定，本备忘录不作规定。"),
        P("六、本备忘录不构成具有法律约束力的义务，不影响双方各自与第三方的合作。"),
        P("七、本备忘录自签署之日起生效，有效期三年，以中文和乌兹别克文书就，两种文本同等作准。"),
        G(f"{a} 代表："),
        G(f"{b} 代表："),
        G(f"签署日期：{fmt_date(date, 'zh')}"),
    ]
    uz_lines = [
        T("OʻZARO ANGLASHUV MEMORANDUMI"),
        S(f"{ua} va {ub} oʻrtasida paxta maydonlarida suvni tejash va shoʻrlangan yerlarni yaxshilash sohasidagi hamkorlik toʻgʻrisida"),
        P(f"{ua} (Xitoy Xalq Respublikasi, Urumchi) va {ub} (Oʻzbekiston Respublikasi, Toshkent), bundan buyon birgalikda "
          "«Tomonlar» deb ataladi, qishloq xoʻjaligi fani sohasidagi aloqalarni mustahkamlash maqsadida quyidagilar haqida kelishib oldilar:"),
        H("1-modda."),
        P("Tomonlar paxta maydonlarida plyonka ostidan tomchilatib sugʻorish texnologiyasi, shoʻrlangan tuproqlarni yaxshilash va "
          "shoʻrga chidamli paxta yetishtirish texnologiyasi boʻyicha birgalikda ilmiy tadqiqotlar olib boradi."),
        H("2-modda."),
        P("Tomonlar Toshkent viloyatida va Shinjonning Alar dehqonchilik hududida bittadan qoʻshma tajriba-namoyish maydonchasini "
          "tashkil etib, uch yil davomida qiyosiy tajribalar oʻtkazishni rejalashtiradi."),
        H("3-modda."),
        P("Tomonlar oʻqituvchilar, tadqiqotchilar va magistrantlarning oʻzaro tashriflarini ragʻbatlantiradi hamda har yili "
          "kamida bir marta qoʻshma ilmiy seminar oʻtkazadi."),
        H("4-modda."),
        P("Tomonlar yuqoridagi hamkorlik uchun ikki davlat hukumatlari va tegishli tashkilotlarning ilmiy-moliyaviy koʻmagini "
          "birgalikda jalb qilishga harakat qiladi."),
        H("5-modda."),
        P("Hamkorlik jarayonida yuzaga kelishi mumkin boʻlgan intellektual mulk huquqlarining egaligi va natijalarni "
          "tijoratlashtirishdan olinadigan daromadni taqsimlash masalalari aniq loyihalar boʻyicha alohida tuziladigan hamkorlik "
          "shartnomalarida kelishiladi; ushbu Memorandum ularni belgilamaydi."),
        H("6-modda."),
        P("Ushbu Memorandum yuridik majburiyat yuklamaydi va Tomonlarning uchinchi shaxslar bilan hamkorligiga taʼsir qilmaydi."),
        H("7-modda."),
        P("Memorandum imzolangan kundan boshlab kuchga kiradi va uch yil amal qiladi. U xitoy va oʻzbek tillarida tuzilgan "
          "boʻlib, har ikkala matn teng kuchga ega."),
        G(f"{ua} nomidan: ____________"),
        G(f"{ub} nomidan: ____________"),
        G(f"Imzolangan sana: {fmt_date(date, 'uz')}"),
    ]
    return dict(file="h2_02_xau_tdau_uz_mou.pdf", doc_type="cooperation_agreement",
                versions=[zh(zh_lines), other("uz", uz_lines, "DejaVuSans")],
                parties=[a, b], signing_date=date,
                el=dict(cooperation_content=True, responsibilities=False, ip_ownership="uncertain",
                        benefit_sharing="uncertain", data_ownership=False),
                funding=False, rules=[],
                traps=["IP and revenue deferred to later project agreements",
                       "funding only 'will seek support' (not an allocation)"])


def d03():
    """zh + ky cooperation agreement: validity ends before the project period does; 成果转化 only in passing."""
    a, b = "新疆畜牧科学院", "吉尔吉斯斯坦斯克里亚宾国立农业大学"
    ka, kb = "Шинжаң мал чарбачылык илимдер академиясы", "К.И. Скрябин атындагы Кыргыз улуттук агрардык университети"
    date = dt.date(2025, 9, 12)
    fa, fb = 300000, 200000
    zh_lines = [
        T("合作协议"),
        P(f"{a}（以下简称“畜科院”）与{b}（以下简称“吉农大”），经友好协商，就绵羊包虫病防控技术合作达成如下协议："),
        H("一、合作内容"),
        P("双方联合开展绵羊细粒棘球蚴病（包虫病）流行病学调查、快速诊断试剂研发和综合防控示范，"
          "并推动防控技术在吉尔吉斯斯坦牧区的推广和成果转化应用。"),
        H("二、双方责任"),
        P("畜科院负责诊断试剂研发、实验室检测及项目的总体协调。"),
        P("吉农大负责在纳伦州和伊塞克湖州组织野外调查和样本采集，并负责与当地兽医部门的联络。"),
        H("三、经费"),
        P(f"项目财政经费共{sep(fa + fb)}，其中畜科院使用{sep(fa)}，吉农大使用{sep(fb)}。"),
        H("四、知识产权"),
        P("项目执行期间产生的知识产权归完成方所有；双方共同完成的，归双方共有。"),
        H("五、科研数据"),
        P("流行病学调查数据归双方共同所有，双方均可在非商业性研究中使用；未经另一方书面同意，任何一方不得向第三方转让。"),
        H("六、期限"),
        P("项目实施期为2026年1月1日至2028年12月31日。本协议自双方签字之日起生效，有效期至2027年6月30日。"),
        P("本协议以中文和吉尔吉斯文书就，一式两份，两种文本具有同等效力。"),
        G("畜科院代表："),
        G("吉农大代表："),
        G(f"签订日期：{fmt_date(date, 'zh')}"),
    ]
    ky_lines = [
        T("КЫЗМАТТАШТЫК ЖӨНҮНДӨ КЕЛИШИМ"),
        P(f"{ka} (мындан ары – «Академия») жана {kb} (мындан ары – «Университет»), мындан ары бирге «Тараптар» деп "
          "аталуучулар, койлордун эхинококкозуна каршы күрөшүү технологиялары боюнча кызматташуу максатында төмөнкүлөр "
          "жөнүндө ушул Келишимди түзүштү:"),
        H("1-берене. Кызматташтыктын мазмуну"),
        P("Тараптар койлордун эхинококкозу боюнча эпидемиологиялык изилдөө жүргүзүүнү, тез диагноз коюучу каражаттарды иштеп "
          "чыгууну жана оорунун алдын алуу боюнча комплекстүү көргөзмө иштерди биргелешип аткарышат, ошондой эле алдын алуу "
          "технологияларын Кыргызстандын жайыт аймактарында жайылтууга жана натыйжаларды практикада колдонууга көмөктөшөт."),
        H("2-берене. Тараптардын милдеттери"),
        P("Академия диагностикалык каражаттарды иштеп чыгууга, лабораториялык текшерүүлөргө жана долбоорду жалпы "
          "координациялоого жооп берет."),
        P("Университет Нарын жана Ысык-Көл облустарында талаа изилдөөлөрүн уюштурат, үлгүлөрдү чогултат жана жергиликтүү "
          "ветеринардык кызматтар менен байланышты камсыз кылат."),
        H("3-берене. Каржылоо"),
        P(f"Долбоордун бюджеттик каражаттарынын жалпы суммасы {spaced(fa + fb)} юань, анын ичинен Академия {spaced(fa)} юань, "
          f"Университет {spaced(fb)} юань пайдаланат."),
        H("4-берене. Интеллектуалдык менчик"),
        P("Долбоорду аткаруу учурунда түзүлгөн интеллектуалдык менчик аны түзгөн Тарапка таандык; Тараптар биргелешип түзгөн "
          "натыйжалар Тараптардын биргелешкен менчиги болуп саналат."),
        H("5-берене. Илимий маалыматтар"),
        P("Эпидемиологиялык изилдөөнүн маалыматтары Тараптардын биргелешкен менчиги болуп саналат, ар бир Тарап аларды "
          "коммерциялык эмес изилдөөлөрдө пайдалана алат; экинчи Тараптын жазуу жүзүндөгү макулдугусуз аларды үчүнчү жакка "
          "берүүгө тыюу салынат."),
        H("6-берене. Мөөнөтү"),
        P("Долбоорду ишке ашыруу мөөнөтү – 2026-жылдын 1-январынан 2028-жылдын 31-декабрына чейин. Ушул Келишим Тараптар кол "
          "койгон күндөн тартып күчүнө кирет жана 2027-жылдын 30-июнуна чейин күчүндө болот."),
        P("Келишим кытай жана кыргыз тилдеринде эки нускада түзүлдү, эки тексттин тең бирдей юридикалык күчү бар."),
        G("Академиянын атынан: ____________"),
        G("Университеттин атынан: ____________"),
        G(f"Кол коюлган күнү: {fmt_date(date, 'ky')}"),
    ]
    return dict(file="h2_03_xjaas_knau_ky.pdf", doc_type="cooperation_agreement",
                versions=[zh(zh_lines), other("ky", ky_lines)],
                parties=[a, b], signing_date=date,
                el=dict(cooperation_content=True, responsibilities=True, ip_ownership=True,
                        benefit_sharing=False, data_ownership=True),
                funding=[(1, fa, None), (2, fb, None)], rules=["validity_short"],
                traps=["成果转化 only as a goal in the content clause (no revenue clause)",
                       "valid to 2027-06-30, project runs to 2028-12-31"])


def d04():
    """zh + tg letter of intent (合作意向书) on a genetic study: 人类遗传资源; Моддаи N headings."""
    a, b = "新疆医科大学", "阿维森纳塔吉克国立医科大学"
    ta, tb = "Донишгоҳи тиббии Шинҷон", "Донишгоҳи давлатии тиббии Тоҷикистон ба номи Абуалӣ ибни Сино"
    date = dt.date(2025, 10, 21)
    fa, fb = 350000, 150000
    zh_lines = [
        T("合作意向书"),
        G(f"甲方：{a}"),
        G(f"乙方：{b}"),
        P("为共同开展中亚人群2型糖尿病遗传易感因素及早期筛查研究，甲乙双方经协商，就合作事宜达成以下意向："),
        H("第一条 合作内容"),
        P("双方联合开展2型糖尿病患者队列建设、遗传易感位点检测和早期风险筛查模型研究，并在杜尚别和乌鲁木齐开展临床验证。"),
        H("第二条 双方责任"),
        P("甲方负责研究方案设计、基因检测与生物信息学分析，以及对乙方研究人员的技术培训。"),
        P("乙方负责在塔吉克斯坦招募受试者、采集临床信息，并负责取得塔方伦理委员会的批准。"),
        H("第三条 人类遗传资源管理"),
        P("本项目涉及人类遗传资源的采集和利用。利用我国人类遗传资源开展国际合作的，甲方应在项目实施前按规定报国务院科学技术"
          "行政部门批准；未经批准，任何一方不得将样本运出境外。"),
        H("第四条 经费"),
        P(f"项目财政经费{wan(fa + fb)}，甲方使用{wan(fa)}，乙方使用{wan(fb)}，按项目进度分两期拨付。"),
        H("第五条 知识产权与收益"),
        P("项目产生的专利、数据库、论文等知识产权归甲乙双方共同所有。成果转化所得收益，甲方享有60%，乙方享有40%。"),
        H("第六条 数据"),
        P("研究中产生的数据归双方共同所有，存储于甲方境内服务器；乙方经甲方同意可在本项目范围内使用。"
          "数据向境外提供须依法通过安全评估，任何一方不得向第三方转让。"),
        H("第七条 生效"),
        P("本意向书一式四份，中文、塔吉克文各两份，自双方签字之日起生效。"),
        G("甲方代表："),
        G("乙方代表："),
        G(f"签署日期：{fmt_date(date, 'zh')}"),
    ]
    tg_lines = [
        T("ЁДДОШТИ НИЯТ ОИД БА ҲАМКОРӢ"),
        G(f"Тарафи А: {ta}"),
        G(f"Тарафи Б: {tb}"),
        P("Бо мақсади якҷоя гузаронидани таҳқиқоти омилҳои генетикии майлнокӣ ба диабети қанди навъи 2 ва ташхиси барвақтии он "
          "дар байни аҳолии Осиёи Марказӣ Тарафҳо дар бораи зайл ба мувофиқа расиданд:"),
        H("Моддаи 1. Мазмуни ҳамкорӣ"),
        P("Тарафҳо якҷоя когортаи беморони гирифтори диабети қанди навъи 2-ро ташкил медиҳанд, локусҳои генетикии майлнокиро "
          "муайян мекунанд, модели ташхиси барвақтии хатарро таҳия менамоянд ва онро дар Душанбе ва Урумчи санҷиши клиникӣ мегузаронанд."),
        H("Моддаи 2. Ӯҳдадориҳои Тарафҳо"),
        P("Тарафи А барои таҳияи нақшаи таҳқиқот, ташхиси генетикӣ ва таҳлили биоинформатикӣ, инчунин омӯзиши техникии "
          "кормандони Тарафи Б масъул аст."),
        P("Тарафи Б дар Тоҷикистон ҷалби иштирокчиён ва ҷамъоварии маълумоти клиникиро таъмин намуда, барои гирифтани "
          "розигии кумитаи этикаи Тоҷикистон масъул аст."),
        H("Моддаи 3. Идоракунии захираҳои генетикии инсон"),
        P("Лоиҳа ҷамъоварӣ ва истифодаи захираҳои генетикии инсонро дар бар мегирад. Ҳамкории байналмилалӣ бо истифодаи "
          "захираҳои генетикии инсонии Чин пеш аз оғози лоиҳа бояд аз ҷониби мақомоти давлатии илм ва технология тасдиқ карда "
          "шавад; бе иҷозат ҳеҷ як Тараф намунаҳоро ба хориҷи кишвар интиқол дода наметавонад."),
        H("Моддаи 4. Маблағгузорӣ"),
        P(f"Маблағи буҷетии лоиҳа {spaced(fa + fb)} юан буда, аз он Тарафи А {spaced(fa)} юан ва Тарафи Б {spaced(fb)} юан "
          "истифода мебарад; маблағ дар ду марҳила пардохт мешавад."),
        H("Моддаи 5. Моликияти зеҳнӣ ва даромад"),
        P("Патентҳо, пойгоҳҳои додаҳо, мақолаҳо ва дигар объектҳои моликияти зеҳнӣ, ки дар доираи лоиҳа ба даст меоянд, "
          "моликияти муштараки Тарафҳо мебошанд. Аз даромади татбиқи тиҷоратии натиҷаҳо 60% ба Тарафи А ва 40% ба Тарафи Б тааллуқ дорад."),
        H("Моддаи 6. Маълумоти илмӣ"),
        P("Маълумоте, ки дар рафти таҳқиқот ба даст меояд, моликияти муштараки Тарафҳо буда, дар серверҳои Тарафи А дар "
          "қаламрави Чин нигоҳ дошта мешавад; Тарафи Б бо розигии Тарафи А метавонад онро дар доираи ҳамин лоиҳа истифода барад. "
          "Интиқоли маълумот ба хориҷа танҳо пас аз арзёбии амниятӣ мувофиқи қонун иҷозат дода мешавад ва ба шахсони сеюм додани он манъ аст."),
        H("Моддаи 7. Эътибор"),
        P("Ёддошт дар чор нусха, ду нусха бо забони чинӣ ва ду нусха бо забони тоҷикӣ, тартиб дода шуда, аз рӯзи имзо "
          "шуданаш аз ҷониби Тарафҳо эътибор пайдо мекунад."),
        G("Аз номи Тарафи А: ____________"),
        G("Аз номи Тарафи Б: ____________"),
        G(f"Санаи имзо: {fmt_date(date, 'tg')}"),
    ]
    return dict(file="h2_04_xjmu_tajik_tg.pdf", doc_type="cooperation_agreement",
                versions=[zh(zh_lines), other("tg", tg_lines, "DejaVuSans")],
                parties=[a, b], signing_date=date,
                el=dict(cooperation_content=True, responsibilities=True, ip_ownership=True,
                        benefit_sharing=True, data_ownership=True),
                funding=[(1, fa, None), (2, fb, None)], rules=["prior_approval"],
                traps=["人类遗传资源 / захираҳои генетикии инсон"])


def d05():
    """zh + mn agreement on forage germplasm: 种质资源; the Mongolian text gives party 2 a different sum."""
    a, b = "新疆农业科学院", "蒙古国生命科学大学"
    ma, mb = "Шинжааны Хөдөө аж ахуйн шинжлэх ухааны академи", "Монгол Улсын Хөдөө аж ахуйн их сургууль"
    date = dt.date(2025, 8, 15)
    fa, fb = 350000, 250000
    fb_mn = 300000  # the Mongolian version's figure for party 2
    zh_lines = [
        T("合作协议"),
        P(f"{a}（以下简称“新疆农科院”）与{b}（以下简称“蒙方大学”）就荒漠草原优良牧草种质资源联合评价与利用，达成如下协议。"),
        P("1. 合作内容：双方在新疆北塔山和蒙古国戈壁阿尔泰省开展优良牧草种质资源的联合收集、鉴定与评价，"
          "筛选抗旱耐寒牧草材料，并开展退化草地补播示范。"),
        P("2. 种质资源交换：双方交换种质资源须遵守两国关于种质资源出入境的法律规定，"
          "新疆农科院应事先依法办理对外提供种质资源的审批手续。"),
        P("3. 各方职责：新疆农科院负责制定技术方案、开展室内鉴定和分子评价；"
          "蒙方大学负责蒙古国境内的野外调查、样本采集及示范地管理。"),
        P(f"4. 经费：项目经费共{wan(fa + fb)}，其中新疆农科院{wan(fa)}，蒙方大学{wan(fb)}。"),
        P("5. 成果归属：合作中取得的新品系、专利和论文等成果归双方共同所有，发表论文时按实际贡献署名。"),
        P("6. 生效：本协议自双方代表签字之日起生效，有效期四年。本协议以中文、蒙古文各一式两份，两种文本具有同等效力。"),
        G(f"{a}代表："),
        G(f"{b}代表："),
        G(f"日期：{fmt_date(date, 'zh_num')}"),
    ]
    mn_lines = [
        T("ХАМТЫН АЖИЛЛАГААНЫ ГЭРЭЭ"),
        P(f"{ma} (цаашид «Академи» гэх) болон {mb} (цаашид «Их сургууль» гэх) нь цөлөрхөг хээрийн тэжээлийн ургамлын "
          "генетик нөөцийг хамтран үнэлж ашиглах талаар дараах гэрээг байгуулав."),
        H("1-р зүйл. Хамтын ажиллагааны агуулга"),
        P("Талууд Шинжааны Байтаг Богд уул болон Монгол Улсын Говь-Алтай аймагт тэжээлийн ургамлын генетик нөөцийг хамтран "
          "цуглуулах, тодорхойлох, үнэлэх ажлыг гүйцэтгэж, ган, хүйтэнд тэсвэртэй материалыг сонгон шалгаруулж, доройтсон "
          "бэлчээрт нөхөн тариалалтын туршилт хийнэ."),
        H("2-р зүйл. Генетик нөөц солилцох"),
        P("Талууд ургамлын генетик нөөц (үрийн материал) солилцохдоо хоёр улсын хуулийн шаардлагыг мөрдөх бөгөөд Академи "
          "генетик нөөцийг гадагш шилжүүлэхээс өмнө холбогдох зөвшөөрлийг хуулийн дагуу авна."),
        H("3-р зүйл. Талуудын үүрэг"),
        P("Академи техникийн төлөвлөгөө боловсруулах, лабораторийн болон молекул түвшний үнэлгээ хийх үүрэгтэй. Их сургууль "
          "Монгол Улсын нутаг дэвсгэрт хээрийн судалгаа хийх, дээж цуглуулах, туршилтын талбайг хариуцна."),
        H("4-р зүйл. Санхүүжилт"),
        P(f"Төслийн санхүүжилтээс Академи {spaced(fa)} юань, Их сургууль {spaced(fb_mn)} юань зарцуулна."),
        H("5-р зүйл. Үр дүнгийн өмчлөл"),
        P("Хамтын ажиллагааны явцад гарсан шинэ омог, патент, эрдэм шинжилгээний өгүүлэл зэрэг үр дүн нь Талуудын хамтын "
          "өмч байна; өгүүлэл нийтлэхдээ бодит оролцоог харгалзан зохиогчийг тогтооно."),
        H("6-р зүйл. Хүчин төгөлдөр болох"),
        P("Энэхүү гэрээ Талуудын төлөөлөгч гарын үсэг зурсан өдрөөс эхлэн хүчин төгөлдөр болох бөгөөд дөрвөн жилийн "
          "хугацаатай. Гэрээг хятад, монгол хэлээр тус бүр хоёр хувь үйлдсэн бөгөөд хоёр эх адил хүчинтэй."),
        G("Академийн төлөөлөгч: ____________"),
        G("Их сургуулийн төлөөлөгч: ____________"),
        G(f"Огноо: {fmt_date(date, 'mn')}"),
    ]
    return dict(file="h2_05_xaas_muls_mn.pdf", doc_type="cooperation_agreement",
                versions=[zh(zh_lines), other("mn", mn_lines)],
                parties=[a, b], signing_date=date,
                el=dict(cooperation_content=True, responsibilities=True, ip_ownership=True,
                        benefit_sharing=False, data_ownership=False),
                funding=[(1, fa, None), (2, fb, None)], rules=["prior_approval", "versions_disagree"],
                traps=["种质资源 / ургамлын генетик нөөц",
                       f"party 2 gets {fb} in zh, {fb_mn} in mn", "date in Chinese numerals"])


def d06():
    """zh + tk agreement: funding deferred to a later funding agreement; IP and data only in passing."""
    a, b = "中国科学院新疆生态与地理研究所", "土库曼斯坦国家沙漠、植物和动物研究所"
    ta = "Hytaý Ylymlar akademiýasynyň Sinszýan ekologiýa we geografiýa instituty"
    tb = "Türkmenistanyň Çöller, ösümlik we haýwanat dünýäsi milli instituty"
    date = dt.date(2025, 5, 26)
    zh_lines = [
        T("科技合作协议"),
        G(f"甲方：{a}"),
        G(f"乙方：{b}"),
        H("第一条 合作目的与内容"),
        P("双方在卡拉库姆沙漠和古尔班通古特沙漠开展流动沙丘固定与植被恢复技术的对比研究，共同采集和整理沙丘移动观测数据，"
          "并联合举办荒漠化防治与知识产权保护培训班。"),
        H("第二条 甲方责任"),
        P("甲方提供草方格沙障和耐旱灌木栽植技术方案，派遣专家赴土库曼斯坦进行技术指导，并接收乙方青年科研人员来华进修。"),
        H("第三条 乙方责任"),
        P("乙方提供试验用地和当地气象资料，负责试验区的日常维护和监测，协助甲方专家办理入境和野外工作许可。"),
        H("第四条 经费"),
        P("项目经费的具体数额及其在双方之间的分配，待项目获批立项后，由双方另行签订经费使用协议确定。"),
        H("第五条 协议期限"),
        P("本协议自签字之日起生效，有效期三年。如需修改，须经双方书面同意。本协议用中文和土库曼文写成，两种文本同等有效。"),
        G("甲方代表（签字）："),
        G("乙方代表（签字）："),
        G(f"签订日期：{fmt_date(date, 'zh')}"),
    ]
    tk_lines = [
        T("YLMY-TEHNIKI HYZMATDAŞLYK BARADA ŞERTNAMA"),
        G(f"A Tarap: {ta}"),
        G(f"B Tarap: {tb}"),
        H("1-nji madda. Hyzmatdaşlygyň maksady we mazmuny"),
        P("Taraplar Garagum we Gurbantüňgüt çöllerinde süýşýän çägeleri berkitmek we ösümlik örtügini dikeltmek "
          "tehnologiýalary boýunça deňeşdirme barlaglaryny geçirýärler, çäge depeleriniň hereketi barada gözegçilik "
          "maglumatlaryny bilelikde ýygnaýarlar we taýýarlaýarlar hem-de çölleşmä garşy göreş we intellektual eýeçiligi "
          "goramak boýunça bilelikde okuw maslahatlaryny guraýarlar."),
        H("2-nji madda. A Tarapyň borçlary"),
        P("A Tarap saman gözenekli çäge saklaýjylary gurmak we guraklyga çydamly gyrymsy agaçlary oturtmak boýunça tehniki "
          "çözgüdi berýär, Türkmenistana tehniki ýolbaşçylyk üçin hünärmenleri iberýär we B Tarapyň ýaş alymlaryny Hytaýda "
          "okuwa kabul edýär."),
        H("3-nji madda. B Tarapyň borçlary"),
        P("B Tarap synag meýdançasyny we ýerli howa maglumatlaryny berýär, synag meýdançasyna gündelik ideg edýär we "
          "gözegçilik işlerini alyp barýar, A Tarapyň hünärmenlerine ýurda girmek we meýdan işleri üçin rugsat almakda ýardam berýär."),
        H("4-nji madda. Maliýeleşdiriş"),
        P("Taslamanyň maliýeleşdirilişiniň anyk möçberi we onuň Taraplaryň arasynda paýlanyşy taslama tassyklanandan soň "
          "Taraplaryň arasynda aýratyn baglaşyljak maliýe ylalaşygynda kesgitlener."),
        H("5-nji madda. Şertnamanyň möhleti"),
        P("Şertnama gol çekilen gününden güýje girýär we üç ýyl hereket edýär. Üýtgetmeler diňe Taraplaryň ýazmaça "
          "razylygy bilen girizilýär. Şertnama hytaý we türkmen dillerinde düzüldi, iki tekst hem deň güýje eýedir."),
        G("A Tarapyň wekili (goly): ____________"),
        G("B Tarapyň wekili (goly): ____________"),
        G(f"Gol çekilen senesi: {fmt_date(date, 'tk')}"),
    ]
    return dict(file="h2_06_egi_turkmen_tk.pdf", doc_type="cooperation_agreement",
                versions=[zh(zh_lines), other("tk", tk_lines, "DejaVuSans")],
                parties=[a, b], signing_date=date,
                el=dict(cooperation_content=True, responsibilities=True, ip_ownership=False,
                        benefit_sharing=False, data_ownership=False),
                funding="uncertain", rules=[],
                traps=["funding deferred to a separate funding agreement",
                       "知识产权 only as the topic of a training course", "数据 only as something collected"])


def d07():
    """zh + ru agreement signed after the as-of date; financial numerals; revenue sharing deferred."""
    a = "中国科学院新疆理化技术研究所"
    b = "俄罗斯科学院西伯利亚分院尼古拉耶夫无机化学研究所"
    ra = "Синьцзянский технический институт физики и химии Китайской академии наук"
    rb = "Институт неорганической химии им. А.В. Николаева Сибирского отделения Российской академии наук"
    date = dt.date(2026, 9, 1)
    fa, fb = 200000, 150000
    zh_lines = [
        T("国际科技合作协议"),
        G(f"甲方：{a}"),
        G(f"乙方：{b}"),
        P("第一条 合作内容：双方联合开展新型中远红外非线性光学晶体的设计、生长与性能表征研究，"
          "共同建设晶体生长与表征联合实验平台。"),
        P("第二条 甲方义务：负责新材料的理论设计和单晶生长，向乙方提供测试样品，接待乙方科研人员来访工作。"),
        P("第三条 乙方义务：负责晶体结构的高精度测定和热学、光学性能测试，及时向甲方提交测试报告。"),
        P(f"第四条 经费：本项目财政经费合计{daxie(fa + fb)}，其中甲方使用{daxie(fa)}（￥{fa:,}.00），"
          f"乙方使用{daxie(fb)}（￥{fb:,}.00）。"),
        P("第五条 知识产权：合作研究中产生的专利申请权和专利权归双方共有；双方在合作之前各自拥有的知识产权仍归各自所有。"),
        P("第六条 成果转化收益：成果转化所获收益如何分配，由双方在转化实施前另行协商并签订书面协议确定。"),
        P("第七条 科研数据：合作中产生的实验数据归双方共同所有，双方可用于各自的科学研究和论文发表；"
          "向第三方转让或公开原始数据须经双方一致同意。"),
        P("第八条 本协议以中文和俄文书写，两种文本具有同等效力，自双方签字之日起生效，有效期三年。"),
        G("甲方：（签字）"),
        G("乙方：（签字）"),
        G(f"签订日期：{fmt_date(date, 'zh')}"),
    ]
    ru_lines = [
        T("СОГЛАШЕНИЕ О МЕЖДУНАРОДНОМ НАУЧНО-ТЕХНИЧЕСКОМ СОТРУДНИЧЕСТВЕ"),
        G(f"Сторона А: {ra}"),
        G(f"Сторона Б: {rb}"),
        P("Статья 1. Предмет сотрудничества. Стороны совместно проводят исследования по дизайну, выращиванию и "
          "характеризации новых нелинейно-оптических кристаллов для среднего и дальнего инфракрасного диапазонов и создают "
          "совместную платформу для выращивания и исследования кристаллов."),
        P("Статья 2. Обязанности Стороны А. Сторона А осуществляет теоретический дизайн новых материалов и выращивание "
          "монокристаллов, предоставляет Стороне Б образцы для измерений и принимает сотрудников Стороны Б для совместной работы."),
        P("Статья 3. Обязанности Стороны Б. Сторона Б проводит прецизионное определение кристаллической структуры, "
          "измерение тепловых и оптических свойств и своевременно передаёт Стороне А протоколы измерений."),
        P(f"Статья 4. Финансирование. Общий объём бюджетного финансирования проекта составляет {spaced(fa + fb)} "
          f"(триста пятьдесят тысяч) юаней, из них Сторона А использует {spaced(fa)} (двести тысяч) юаней, Сторона Б — "
          f"{spaced(fb)} (сто пятьдесят тысяч) юаней."),
        P("Статья 5. Интеллектуальная собственность. Право на подачу заявок на патенты и патенты, полученные в ходе "
          "совместных исследований, принадлежат Сторонам совместно; интеллектуальная собственность, принадлежавшая каждой "
          "из Сторон до начала сотрудничества, остаётся в её собственности."),
        P("Статья 6. Доходы от коммерциализации. Порядок распределения доходов от коммерциализации результатов будет "
          "определён Сторонами дополнительно, в отдельном письменном соглашении, до начала коммерциализации."),
        P("Статья 7. Научные данные. Экспериментальные данные, полученные в ходе сотрудничества, принадлежат Сторонам "
          "совместно и могут использоваться каждой из Сторон в собственных исследованиях и публикациях; передача первичных "
          "данных третьим лицам или их раскрытие допускается только с согласия обеих Сторон."),
        P("Статья 8. Соглашение составлено на китайском и русском языках, оба текста имеют одинаковую силу. Соглашение "
          "вступает в силу с даты подписания Сторонами и действует в течение трёх лет."),
        G("Сторона А: ____________"),
        G("Сторона Б: ____________"),
        G(f"Дата подписания: {fmt_date(date, 'ru')}"),
    ]
    return dict(file="h2_07_xtipc_niic_ru.pdf", doc_type="cooperation_agreement",
                versions=[zh(zh_lines), other("ru", ru_lines)],
                parties=[a, b], signing_date=date,
                el=dict(cooperation_content=True, responsibilities=True, ip_ownership=True,
                        benefit_sharing="uncertain", data_ownership=True),
                funding=[(1, fa, None), (2, fb, None)], rules=["signing_date_future"],
                traps=["revenue sharing deferred", "amounts in 大写 numerals", "signed 2026-09-01"])


def d08():
    """zh + en agreement: blank date line; USD in-kind contribution; data ownership deferred."""
    a, b = "石河子大学", "巴基斯坦费萨拉巴德农业大学"
    date = None
    fa, fb, usd = 600000, 200000, 30000
    zh_lines = [
        T("合作协议"),
        P(f"{a}（以下简称“石大”）与{b}（以下简称“费农大”）经友好协商，签订本协议。"),
        H("一、合作内容"),
        P("双方围绕棉花曲叶病毒病的田间监测、传毒烟粉虱种群动态和综合防控技术开展联合研究，"
          "在旁遮普省和新疆玛纳斯县建立田间监测点。"),
        H("二、各方职责"),
        P("石大负责病毒分子检测、监测方法研发及数据分析，并为费农大培训技术人员2至3名。"),
        P("费农大负责巴方监测点的设置与调查，收集病害发生资料，组织当地农户参与防控示范。"),
        H("三、经费"),
        P(f"项目财政经费共计人民币{wan(fa + fb)}，其中石大使用{wan(fa)}，费农大使用{wan(fb)}。"
          f"费农大另以自有资金投入{usd // 10000}万美元，用于田间试验和人员劳务。"),
        H("四、知识产权与收益"),
        P("合作产生的知识产权归双方共同所有，任何一方不得单独转让。成果转化收益在扣除转化成本后，石大占55%，费农大占45%。"),
        H("五、科研数据"),
        P("科研数据的归属、使用和转移等事项，双方将在项目启动后另行签订数据管理协议予以约定。"),
        H("六、其他"),
        P("本协议一式四份，中英文各两份，两种文本同等有效。协议自双方签字盖章之日起生效，至项目结题之日终止。"),
        G(f"{a}（盖章）  授权代表："),
        G(f"{b}（盖章）  授权代表："),
        G(BLANK_ZH),
    ]
    en_lines = [
        T("COOPERATION AGREEMENT"),
        P('Shihezi University (hereinafter referred to as "SHZU") and the University of Agriculture, Faisalabad, Pakistan '
          '(hereinafter referred to as "UAF") have, through friendly consultation, concluded this Agreement.'),
        H("Article 1. Scope of Cooperation"),
        P("The Parties shall jointly study field monitoring of cotton leaf curl disease, the population dynamics of its "
          "whitefly vector and integrated control techniques, and shall set up field monitoring sites in Punjab Province "
          "and in Manas County, Xinjiang."),
        H("Article 2. Responsibilities of the Parties"),
        P("SHZU is responsible for molecular detection of the virus, development of monitoring methods and data analysis, "
          "and shall train two to three technicians of UAF."),
        P("UAF is responsible for establishing and surveying the monitoring sites in Pakistan, collecting records of "
          "disease occurrence and involving local farmers in control demonstrations."),
        H("Article 3. Funding"),
        P(f"The public funding of the project amounts to RMB {fa + fb:,}, of which SHZU uses RMB {fa:,} and UAF uses "
          f"RMB {fb:,}. In addition, UAF contributes USD {usd:,} from its own resources for field trials and labour."),
        H("Article 4. Intellectual Property and Revenue"),
        P("Intellectual property arising from the cooperation is jointly owned by the Parties and may not be assigned by "
          "either Party alone. Revenue from the commercialisation of results, after deduction of the costs of "
          "commercialisation, is shared 55% to SHZU and 45% to UAF."),
        H("Article 5. Research Data"),
        P("Ownership, use and transfer of research data will be agreed by the Parties in a separate data management "
          "agreement to be concluded after the project starts."),
        H("Article 6. Miscellaneous"),
        P("This Agreement is made in four originals, two in Chinese and two in English, both texts being equally authentic. "
          "It enters into force on the date of signature and sealing by both Parties and terminates on the completion of the project."),
        G("For SHZU: ______________________   Authorised representative"),
        G("For UAF: ______________________   Authorised representative"),
        G("Date of signing: ______________________"),
    ]
    return dict(file="h2_08_shzu_uaf_en.pdf", doc_type="cooperation_agreement",
                versions=[zh(zh_lines), other("en", en_lines)],
                parties=[a, b], signing_date=date,
                el=dict(cooperation_content=True, responsibilities=True, ip_ownership=True,
                        benefit_sharing=True, data_ownership="uncertain"),
                funding=[(1, fa, None), (2, fb, None)], rules=[],
                traps=["blank date line in both versions", "data ownership deferred",
                       "USD own contribution beside the RMB split"])


def d09():
    """zh + uz (Cyrillic) consortium agreement of six units: one too many besides the two leads."""
    units = [
        ("甲方（牵头单位）", "新疆农业大学", "А тараф", "Шинжон қишлоқ хўжалиги университети (етакчи ташкилот)", 800000),
        ("乙方（外方合作单位）", "塔什干国立农业大学", "Б тараф", "Тошкент давлат аграр университети (хорижий ҳамкор)", 300000),
        ("丙方", "新疆农业科学院", "В тараф", "Шинжон қишлоқ хўжалиги фанлари академияси", 400000),
        ("丁方", "石河子大学", "Г тараф", "Шихэцзи университети", 300000),
        ("戊方", "新疆天禾节水科技有限公司", "Д тараф", "«Шинжон Тянхэ сув тежаш технологиялари» масъулияти чекланган жамияти", 200000),
        ("己方", "新疆水利水电科学研究院", "Е тараф", "Шинжон сув хўжалиги ва гидроэнергетика илмий-тадқиқот институти", 200000),
    ]
    own = 400000
    date = dt.date(2025, 4, 20)
    total = sum(u[4] for u in units)
    zl = [u[0][:2] for u in units]  # 甲方 乙方 …
    ul = [u[2] for u in units]
    zh_lines = [
        T("联合申报协议"),
        S("项目名称：咸水滴灌条件下棉花—小麦轮作节水增效技术联合研究与示范"),
        P("为共同申报新疆维吾尔自治区上海合作组织科技伙伴计划项目，以下六家单位经协商一致，签订本协议："),
        *[G(f"{u[0]}：{u[1]}") for u in units],
        H("一、各方职责"),
        P(f"{zl[0]}负责项目总体组织管理、年度报告编制和咸水滴灌灌溉制度研究；"
          f"{zl[1]}负责在乌兹别克斯坦建立示范点并开展本地适应性试验；"
          f"{zl[2]}负责土壤盐分动态监测和配套施肥方案研究；"
          f"{zl[3]}负责主栽棉花品种需水特性评价；"
          f"{zl[4]}负责滴灌设备的研制、供应与安装；"
          f"{zl[5]}负责区域水资源评价与水文模拟。"),
        H("二、目标任务"),
        P("项目执行期内建成示范基地3个，示范区节水15%以上；申请发明专利3项，发表学术论文10篇，"
          "制定技术规程1项，培养研究生8名。"),
        H("三、经费分配"),
        P(f"项目申请财政经费{wan(total)}，分配如下：" + "，".join(f"{zl[i]}{wan(u[4])}" for i, u in enumerate(units))
          + f"。{zl[4]}另按不低于2:1的比例自筹配套资金{wan(own)}。"),
        H("四、知识产权"),
        P(f"项目成果的知识产权归完成单位所有；多方共同完成的成果由完成各方共有，{zl[0]}有权在本项目范围内无偿使用。"),
        H("五、其他"),
        P("本协议自各方签字盖章之日起生效，一式六份，各方各执一份；以中文和乌兹别克文书写，两种文本具有同等效力。"),
        *[G(f"{z}（盖章）：") for z in zl],
        G(f"签订日期：{fmt_date(date, 'zh')}"),
    ]
    uz_lines = [
        T("ЛОЙИҲА АРИЗАСИНИ БИРГАЛИКДА БЕРИШ ТЎҒРИСИДА КЕЛИШУВ"),
        S("Лойиҳа номи: «Шўр сув билан томчилатиб суғориш шароитида пахта ва буғдойни алмашлаб экишда сувни тежаш "
          "технологияларини биргаликда тадқиқ этиш ва намойиш қилиш»"),
        P("Шинжон-Уйғур автоном районининг Шанхай ҳамкорлик ташкилоти илмий-техник шериклик дастурига биргаликда ариза бериш "
          "мақсадида қуйидаги олти ташкилот ўзаро келишиб, ушбу Келишимни туздилар:"),
        *[G(f"{u[2]}: {u[3]};") for u in units],
        H("1-модда. Тарафларнинг мажбуриятлари"),
        P(f"{ul[0]} лойиҳани умумий бошқаради, йиллик ҳисоботларни тайёрлайди ва шўр сув билан суғориш режимини ишлаб чиқади; "
          f"{ul[1]} Ўзбекистонда намойиш майдонини ташкил этади ва маҳаллий шароитга мослашиш синовларини ўтказади; "
          f"{ul[2]} тупроқ шўрланиши динамикасини кузатади ва ўғитлаш тизимини ишлаб чиқади; "
          f"{ul[3]} асосий пахта навларининг сувга бўлган талабини баҳолайди; "
          f"{ul[4]} томчилатиб суғориш ускуналарини ишлаб чиқаради, етказиб беради ва ўрнатади; "
          f"{ul[5]} ҳудудий сув ресурсларини баҳолайди ва гидрологик моделлаштиришни амалга оширади."),
        H("2-модда. Мақсад ва вазифалар"),
        P("Лойиҳа давомида 3 та намойиш майдони ташкил этилади, намойиш майдонларида сув 15 фоиздан кам бўлмаган миқдорда "
          "тежалади; ихтирога 3 та патент аризаси берилади, 10 та илмий мақола чоп этилади, 1 та технологик регламент ишлаб "
          "чиқилади ва 8 нафар магистрант тайёрланади."),
        H("3-модда. Маблағларни тақсимлаш"),
        P(f"Лойиҳанинг бюджет маблағлари жами {spaced(total)} юань бўлиб, улар қуйидагича тақсимланади: "
          + ", ".join(f"{ul[i]} – {spaced(u[4])} юань" for i, u in enumerate(units))
          + f". {ul[4]} бундан ташқари ўз маблағидан {spaced(own)} юань ажратади."),
        H("4-модда. Интеллектуал мулк"),
        P("Лойиҳа натижаларига бўлган интеллектуал мулк ҳуқуқлари уларни яратган тарафга тегишли; бир неча тараф биргаликда "
          "яратган натижалар ушбу тарафларнинг умумий мулки ҳисобланади, етакчи ташкилот эса улардан лойиҳа доирасида "
          "бепул фойдаланиш ҳуқуқига эга."),
        H("5-модда. Якуний қоидалар"),
        P("Келишим тарафлар имзолаган ва муҳр босган кундан бошлаб кучга киради. Келишим олти нусхада, хитой ва ўзбек "
          "тилларида тузилган, ҳар иккала матн бир хил кучга эга."),
        *[G(f"{u} (муҳр): ____________") for u in ul],
        G(f"Имзоланган сана: {fmt_date(date, 'uzc')}"),
    ]
    return dict(file="h2_09_consortium6_uzc.pdf", doc_type="consortium_agreement",
                versions=[zh(zh_lines), other("uz", uz_lines)],
                parties=[u[1] for u in units], signing_date=date,
                el=dict(responsibilities=True, tasks=True, ip_ownership=True),
                funding=[(i + 1, u[4], None) for i, u in enumerate(units)], rules=["extra_units"],
                traps=["six units: four besides the two leads", "a company's own matching funds beside its share"])


def d10():
    """zh + ky consortium of four units: targets left to the task book, IP to a later agreement; blank date."""
    units = [
        ("甲方", "新疆大学（牵头单位）", "新疆大学", "«А» тарабы", "Шинжаң университети (башкы уюм)", 500000),
        ("乙方", "吉尔吉斯共和国拉扎科夫国立技术大学", "吉尔吉斯共和国拉扎科夫国立技术大学", "«Б» тарабы",
         "И. Раззаков атындагы Кыргыз мамлекеттик техникалык университети", 300000),
        ("丙方", "新疆维吾尔自治区地质环境监测院", "新疆维吾尔自治区地质环境监测院", "«В» тарабы",
         "Шинжаң-Уйгур автономиялуу районунун Геологиялык чөйрөнү мониторингдөө институту", 250000),
        ("丁方", "新疆工程学院", "新疆工程学院", "«Г» тарабы", "Шинжаң инженердик институту", 150000),
    ]
    total = sum(u[5] for u in units)
    zh_lines = [
        T("联合申报单位合作协议"),
        H("（一）协议各方"),
        *[G(f"{u[0]}：{u[1]}") for u in units],
        P("各方就共同申报“天山地震—滑坡灾害链监测预警技术合作研究”项目达成如下协议。"),
        H("（二）各方职责"),
        P("甲方负责项目统筹、灾害链形成机理研究及预警模型构建；乙方负责吉尔吉斯斯坦境内监测站的布设与维护，"
          "提供历史地震与滑坡资料；丙方负责新疆境内InSAR形变监测与野外核查；丁方负责监测数据传输系统和预警软件平台的开发。"),
        H("（三）目标任务"),
        P("项目的目标任务及考核指标以批准后的项目任务书为准，各方按任务书的分工完成。"),
        H("（四）经费分配"),
        P(f"项目财政经费{sep(total)}，其中" + "，".join(f"{u[0]}{sep(u[5])}" for u in units) + "。"),
        H("（五）知识产权"),
        P("本项目所产生成果的知识产权归属，由各方在项目立项后另行签订知识产权专项协议约定。"),
        H("（六）其他"),
        P("本协议自各方盖章之日起生效。协议以中文和吉尔吉斯文书写，两种文本同等有效。"),
        *[G(f"{u[0]}（盖章）：") for u in units],
        G("签订日期：＿＿＿＿年＿＿月＿＿日"),
    ]
    ky_lines = [
        T("БИРГЕЛЕШИП АРЫЗ БЕРҮҮЧҮ УЮМДАРДЫН КЫЗМАТТАШТЫК КЕЛИШИМИ"),
        P("1. Келишимдин тараптары:"),
        *[G(f"{u[3]} – {u[4]};") for u in units],
        P("Тараптар «Тянь-Шандагы жер титирөө – жер көчкү кырсыктарынын чынжырына мониторинг жүргүзүү жана эрте эскертүү "
          "технологиялары боюнча биргелешкен изилдөө» долбоорун биргелешип сунуштоо боюнча төмөнкүлөргө макулдашышты."),
        P("2. Тараптардын милдеттери: «А» тарабы долбоорду жалпы координациялайт, кырсыктар чынжырынын пайда болуу механизмин "
          "изилдейт жана эрте эскертүү моделин түзөт; «Б» тарабы Кыргызстандын аймагында мониторинг станцияларын орнотот жана "
          "тейлейт, жер титирөө жана жер көчкү боюнча тарыхый маалыматтарды берет; «В» тарабы Шинжаңдын аймагында InSAR "
          "деформация мониторингин жана талаа текшерүүсүн жүргүзөт; «Г» тарабы маалыматтарды берүү системасын жана эрте "
          "эскертүүнүн программалык платформасын иштеп чыгат."),
        P("3. Максаттар жана милдеттер: долбоордун максаттары, милдеттери жана баалоо көрсөткүчтөрү бекитилген долбоордук "
          "тапшырма менен аныкталат; Тараптар аларды тапшырмада белгиленген бөлүштүрүүгө ылайык аткарышат."),
        P(f"4. Каржыны бөлүштүрүү: долбоордун бюджеттик каражаттары {spaced(total)} юань, анын ичинен "
          + ", ".join(f"{u[3]}на {spaced(u[5])} юань" for u in units) + "."),
        P("5. Интеллектуалдык менчик: долбоордун натыйжаларына болгон интеллектуалдык менчик укугунун таандыктыгы долбоор "
          "бекитилгенден кийин Тараптар өзүнчө түзө турган интеллектуалдык менчик боюнча атайын келишимде аныкталат."),
        P("6. Келишим Тараптар мөөр баскан күндөн тартып күчүнө кирет. Келишим кытай жана кыргыз тилдеринде түзүлдү, "
          "эки тексттин күчү бирдей."),
        *[G(f"{u[3]} (мөөр): ____________") for u in units],
        G("Кол коюлган күнү: «___» ______________ 20___-ж."),
    ]
    return dict(file="h2_10_consortium4_ky.pdf", doc_type="consortium_agreement",
                versions=[zh(zh_lines), other("ky", ky_lines, "DejaVuSans")],
                parties=[u[2] for u in units], signing_date=None,
                el=dict(responsibilities=True, tasks="uncertain", ip_ownership="uncertain"),
                funding=[(i + 1, u[5], None) for i, u in enumerate(units)], rules=[],
                traps=["targets left to the task book", "IP deferred to a special agreement",
                       "blank date line in both versions"])


def d11():
    """zh + kk IP agreement, ownership and revenue both agreed; 'бұдан әрі – «…»' aliases."""
    a, b = "中国科学院新疆天文台", "哈萨克斯坦费森科夫天体物理研究所"
    ka = "Қытай ғылым академиясының Шыңжаң астрономиялық обсерваториясы"
    kb = "В.Г. Фесенков атындағы Астрофизика институты"
    date = dt.date(2025, 6, 3)
    pa, pb = 60, 40
    zh_lines = [
        T("知识产权协议"),
        P(f"{a}（以下简称“天文台”）与{b}（以下简称“费森科夫研究所”）在联合开展“中亚上空空间碎片光学监测网络”项目中，"
          "就知识产权事项约定如下："),
        P("第1条 本协议所称知识产权，包括专利权、计算机软件著作权、技术秘密以及论文和观测目录等研究成果。"),
        P("第2条 双方在项目中联合研发的望远镜控制软件、目标识别算法及相关专利，归天文台和费森科夫研究所共同所有；"
          "一方独立研发的成果归该方所有。"),
        P("第3条 共有知识产权的专利申请由天文台负责办理，费森科夫研究所予以配合，申请费用由双方平均分担。"),
        P(f"第4条 共有知识产权对外许可或转让的，须经双方书面同意。所得收益扣除相关费用后，天文台享有{pa}%，"
          f"费森科夫研究所享有{pb}%。"),
        P("第5条 双方在项目开始前已拥有的知识产权仍归原权利人所有，本协议不改变其权属。"),
        P("第6条 本协议自双方签字之日起生效，有效期至项目结题后五年。本协议以中文和哈萨克文书就，两种文本具有同等效力。"),
        G("天文台代表："),
        G("费森科夫研究所代表："),
        G(f"签署日期：{fmt_date(date, 'zh')}"),
    ]
    kk_lines = [
        T("ЗИЯТКЕРЛІК МЕНШІК ТУРАЛЫ КЕЛІСІМ"),
        P(f"{ka} (бұдан әрі – «Обсерватория») және {kb} (бұдан әрі – «Институт») «Орталық Азия үстіндегі ғарыш қоқысын "
          "оптикалық бақылау желісі» жобасын бірлесіп орындау барысында зияткерлік меншік мәселелері бойынша төмендегілер туралы келісті:"),
        P("1-бап. Осы Келісімде зияткерлік меншік деп патенттер, компьютерлік бағдарламаларға авторлық құқық, ноу-хау, "
          "сондай-ақ мақалалар мен бақылау каталогтары сияқты ғылыми нәтижелер түсініледі."),
        P("2-бап. Жоба барысында бірлесіп әзірленген телескопты басқару бағдарламасы, нысандарды тану алгоритмдері және "
          "оларға қатысты патенттер Обсерватория мен Институттың бірлескен меншігі болып табылады; бір Тарап дербес әзірлеген "
          "нәтиже сол Тарапқа тиесілі."),
        P("3-бап. Бірлескен меншіктегі өнертабыстарға патенттік өтінімдерді Обсерватория рәсімдейді, Институт жәрдем "
          "көрсетеді, өтінім шығындарын Тараптар тең бөледі."),
        P(f"4-бап. Бірлескен зияткерлік меншікті үшінші тұлғаларға лицензиялау немесе беру Тараптардың жазбаша келісімімен "
          f"жүзеге асырылады. Түскен кіріс тиісті шығындар шегерілгеннен кейін Обсерваторияға {pa}%, Институтқа {pb}% мөлшерінде бөлінеді."),
        P("5-бап. Жоба басталғанға дейін Тараптардың әрқайсысына тиесілі болған зияткерлік меншік бұрынғы құқық иесінде қалады."),
        P("6-бап. Келісім Тараптар қол қойған күннен бастап күшіне енеді және жоба аяқталғаннан кейін бес жыл бойы әрекет "
          "етеді. Келісім қытай және қазақ тілдерінде жасалды, екі мәтіннің күші бірдей."),
        G("Обсерватория атынан: ____________"),
        G("Институт атынан: ____________"),
        G(f"Қол қойылған күні: {fmt_date(date, 'kk')}"),
    ]
    return dict(file="h2_11_ipa_xao_fai_kk.pdf", doc_type="ip_agreement",
                versions=[zh(zh_lines), other("kk", kk_lines, "DejaVuSans")],
                parties=[a, b], signing_date=date,
                el=dict(ip_ownership=True, benefit_sharing=True), funding=None, rules=[],
                traps=[])


def d12():
    """zh + uz (Latin) IP agreement: the two versions split the revenue differently (70/30 vs 60/40)."""
    a, b = "新疆农垦科学院", "撒马尔罕国立兽医、畜牧与生物技术大学"
    ua = "Shinjon dehqonchilik-qurilish korpusi qishloq xoʻjaligi fanlari akademiyasi"
    ub = "Samarqand davlat veterinariya meditsinasi, chorvachilik va biotexnologiyalar universiteti"
    date = dt.date(2025, 7, 15)
    zh_share, uz_share = (70, 30), (60, 40)
    zh_lines = [
        T("知识产权归属与收益分配协议"),
        G(f"甲方：{a}"),
        G(f"乙方：{b}"),
        P("鉴于甲乙双方共同承担“羊布鲁氏菌病新型疫苗联合研发”项目，为明确项目成果的权属，双方约定如下："),
        P("1、项目执行过程中双方共同研发的疫苗候选株、制备工艺、检测方法及由此申请的专利，归甲乙双方共同所有。"),
        P("2、一方利用自有条件独立完成、与本项目无关的成果，归该方单独所有。"),
        P("3、共有专利在中国境内由甲方负责申请和维护，在乌兹别克斯坦境内由乙方负责申请和维护。"),
        P(f"4、项目成果实施转化或对外许可所得的净收益，甲方享有{zh_share[0]}%，乙方享有{zh_share[1]}%。"),
        P("5、未经另一方书面同意，任何一方不得将共有知识产权转让或独占许可给第三方。"),
        P("6、本协议自双方签字之日起生效，中文文本和乌兹别克文文本具有同等效力。"),
        G("甲方代表："),
        G("乙方代表："),
        G(f"日期：{fmt_date(date, 'zh')}"),
    ]
    uz_lines = [
        T("INTELLEKTUAL MULKKA EGALIK VA DAROMADNI TAQSIMLASH TOʻGʻRISIDA BITIM"),
        G(f"1-tomon: {ua}"),
        G(f"2-tomon: {ub}"),
        P("Tomonlar «Qoʻylar brutsellyoziga qarshi yangi vaksinani birgalikda ishlab chiqish» loyihasini birgalikda "
          "bajarayotganini hisobga olib, loyiha natijalariga boʻlgan huquqlarni aniqlash maqsadida quyidagilar haqida kelishdilar:"),
        H("1-modda"),
        P("Loyiha davomida Tomonlar tomonidan birgalikda ishlab chiqilgan vaksina uchun nomzod shtammlar, tayyorlash "
          "texnologiyasi, tahlil usullari va ular asosida olingan patentlar Tomonlarning umumiy mulki hisoblanadi."),
        H("2-modda"),
        P("Bir Tomon oʻz imkoniyatlari hisobidan mustaqil ravishda yaratgan va ushbu loyihaga aloqador boʻlmagan natijalar "
          "faqat oʻsha Tomonga tegishli."),
        H("3-modda"),
        P("Umumiy patentlarni Xitoyda 1-tomon, Oʻzbekistonda esa 2-tomon roʻyxatdan oʻtkazadi va kuchda saqlaydi."),
        H("4-modda"),
        P(f"Loyiha natijalarini tijoratlashtirish yoki litsenziya berishdan olingan sof daromadning {uz_share[0]} foizi "
          f"1-tomonga, {uz_share[1]} foizi 2-tomonga tegishli."),
        H("5-modda"),
        P("Boshqa Tomonning yozma roziligisiz hech bir Tomon umumiy intellektual mulkni uchinchi shaxslarga bera olmaydi "
          "yoki unga mutlaq litsenziya bera olmaydi."),
        H("6-modda"),
        P("Bitim Tomonlar imzolagan kundan boshlab kuchga kiradi; xitoy va oʻzbek tillaridagi matnlar teng kuchga ega."),
        G("1-tomon vakili: ____________"),
        G("2-tomon vakili: ____________"),
        G(f"Sana: {fmt_date(date, 'uz')}"),
    ]
    return dict(file="h2_12_ipa_xaars_ssuv_uz.pdf", doc_type="ip_agreement",
                versions=[zh(zh_lines), other("uz", uz_lines)],
                parties=[a, b], signing_date=date,
                el=dict(ip_ownership=True, benefit_sharing=True), funding=None, rules=["versions_disagree"],
                traps=[f"revenue {zh_share[0]}/{zh_share[1]} in zh, {uz_share[0]}/{uz_share[1]} in uz"])


def d13():
    """zh + tg IP memorandum without headings: ownership and revenue both left to a later formal agreement."""
    a, b = "新疆有色金属研究所", "塔吉克斯坦国家科学院尼基京化学研究所"
    ta = "Институти тадқиқоти металлҳои ранга Шинҷон"
    tb = "Институти кимиёи ба номи В.И. Никитини Академияи миллии илмҳои Тоҷикистон"
    date = dt.date(2025, 6, 3)
    zh_lines = [
        T("知识产权合作备忘录"),
        P(f"{a}与{b}，就双方在含锑复杂金矿选冶技术方面的合作，形成如下备忘："),
        P("双方将在塔吉克斯坦索格德州含锑金矿石的工艺矿物学研究、浮选分离和浸出工艺优化方面开展联合试验。"
          f"{a}提供小型试验设备，化学研究所提供矿样和当地选厂的工艺资料。"),
        P("双方承诺对合作中获得的对方技术资料予以保密，保密期为五年。"),
        P("对于合作中可能产生的专利、技术秘密等知识产权的归属，以及成果转化后收益的分配，双方同意待联合试验取得阶段性成果后，"
          "另行签订正式的知识产权协议加以约定。"),
        P("本备忘录仅表达双方的合作意向，不产生经费上的权利义务。"),
        P("本备忘录以中文和塔吉克文各两份，自双方代表签字之日起生效。"),
        G(f"{a}代表："),
        G("尼基京化学研究所代表："),
        G(fmt_date(date, "zh_dot")),
    ]
    tg_lines = [
        T("ЁДДОШТ ОИД БА ҲАМКОРӢ ДАР СОҲАИ МОЛИКИЯТИ ЗЕҲНӢ"),
        P(f"{ta} ва {tb} оид ба ҳамкорӣ дар соҳаи технологияи ғанигардонӣ ва коркарди маъданҳои мураккаби тиллои "
          "сурмадор ёддошти зеринро тартиб доданд:"),
        P("Тарафҳо дар омӯзиши минералогияи технологии маъданҳои тиллои сурмадори вилояти Суғд, ҷудокунии флотатсионӣ ва "
          "беҳтар намудани раванди шустушӯи кимиёвӣ санҷишҳои муштарак мегузаронанд. Институти Шинҷон таҷҳизоти хурди "
          "озмоишӣ пешниҳод мекунад, Институти кимиё намунаҳои маъдан ва маълумоти технологии корхонаҳои маҳаллиро медиҳад."),
        P("Тарафҳо ӯҳдадор мешаванд, ки маълумоти техникии аз ҷониби дигар гирифташударо дар муддати панҷ сол махфӣ нигоҳ доранд."),
        P("Масъалаи моликият ба патентҳо, ноу-хау ва дигар объектҳои моликияти зеҳнӣ, ки ҳангоми ҳамкорӣ метавонанд пайдо "
          "шаванд, инчунин тақсими даромад аз татбиқи натиҷаҳо пас аз ба даст омадани натиҷаҳои марҳилавии санҷишҳо дар "
          "созишномаи алоҳидаи расмӣ оид ба моликияти зеҳнӣ муайян карда мешавад."),
        P("Ёддошти мазкур танҳо нияти ҳамкории Тарафҳоро ифода мекунад ва ӯҳдадориҳои молиявӣ ба вуҷуд намеорад."),
        P("Ёддошт бо забонҳои чинӣ ва тоҷикӣ, ҳар кадом дар ду нусха, тартиб дода шуда, аз рӯзи имзои намояндагони "
          "Тарафҳо эътибор пайдо мекунад."),
        G("Аз номи Институти Шинҷон: ____________"),
        G("Аз номи Институти кимиё: ____________"),
        G(f"Санаи имзо: {fmt_date(date, 'tg')}"),
    ]
    return dict(file="h2_13_ipmemo_xinmet_tg.pdf", doc_type="ip_agreement",
                versions=[zh(zh_lines), other("tg", tg_lines)],
                parties=[a, b], signing_date=date,
                el=dict(ip_ownership="uncertain", benefit_sharing="uncertain"), funding=None, rules=[],
                traps=["IP and revenue both deferred to a formal IP agreement", "no headings", "date as 2025.6.3 in zh"])


def d14():
    """zh + mn ethics review opinion: the committee does not approve (with leave to resubmit)."""
    committee = "新疆医科大学第一附属医院医学伦理委员会"
    mcommittee = "Шинжааны Анагаахын их сургуулийн Нэгдүгээр эмнэлгийн Анагаах ухааны ёс зүйн хороо"
    date = dt.date(2025, 3, 18)
    zh_lines = [
        T(committee),
        S("伦理审查意见书"),
        G("编号：K2025-03-11"),
        G("项目名称：中蒙牧区居民高血压患病特征与饮食行为队列研究"),
        G("申请单位：新疆医科大学第一附属医院    合作单位：蒙古国立医科大学"),
        G("审查方式：会议审查"),
        G(f"审查日期：{fmt_date(date, 'zh')}"),
        G("审查材料：研究方案（第1.0版）、知情同意书（中文版）、病例报告表、受试者招募材料"),
        H("审查意见："),
        P("1. 研究拟在蒙古国招募受试者，但仅提交了中文知情同意书，未提供经翻译核对的蒙古文版本；"),
        P("2. 方案未说明受试者个人信息和调查数据跨境传输及存储的方式；"),
        P("3. 未提供蒙方合作单位伦理委员会的审查意见或同意函；"),
        P("4. 采血量及采血频次的风险说明不充分。"),
        P("审查结论：不同意。申请人可在修改完善后重新提交审查。"),
        G("伦理委员会（盖章）"),
        G("主任委员签字："),
        G(f"日期：{fmt_date(date, 'zh')}"),
    ]
    mn_lines = [
        T(mcommittee),
        S("ЁС ЗҮЙН ХЯНАЛТЫН ДҮГНЭЛТ"),
        G("Дугаар: K2025-03-11"),
        G("Төслийн нэр: Хятад, Монголын малчин хүн амын артерийн даралт ихсэх өвчний онцлог ба хооллолтын зан үйлийн "
          "когорт судалгаа"),
        G("Хүсэлт гаргасан байгууллага: Шинжааны Анагаахын их сургуулийн Нэгдүгээр эмнэлэг; хамтрагч байгууллага: "
          "Анагаахын шинжлэх ухааны үндэсний их сургууль"),
        G("Хяналтын хэлбэр: хурлаар хэлэлцсэн"),
        G(f"Хэлэлцсэн огноо: {fmt_date(date, 'mn')}"),
        G("Ирүүлсэн баримт бичиг: судалгааны төлөвлөгөө (1.0 хувилбар), мэдээлэлтэй зөвшөөрлийн маягт (хятад хэлээр), "
          "өвчний тайлангийн маягт, оролцогч элсүүлэх материал"),
        H("Хорооны санал:"),
        P("1. Судалгаанд оролцогчдыг Монгол Улсад элсүүлэх боловч зөвхөн хятад хэл дээрх мэдээлэлтэй зөвшөөрлийн маягт "
          "ирүүлсэн, орчуулж нягталсан монгол хувилбар байхгүй;"),
        P("2. Оролцогчдын хувийн мэдээлэл болон судалгааны өгөгдлийг хил дамнуулан шилжүүлэх, хадгалах арга тодорхойгүй;"),
        P("3. Монголын хамтрагч байгууллагын ёс зүйн хорооны дүгнэлт буюу зөвшөөрлийн бичиг ирүүлээгүй;"),
        P("4. Цус авах хэмжээ, давтамжтай холбоотой эрсдэлийн тайлбар хангалтгүй."),
        P("Дүгнэлт: ЗӨВШӨӨРӨХГҮЙ. Хүсэлт гаргагч засварласны дараа дахин хянуулахаар ирүүлж болно."),
        G("Ёс зүйн хороо (тамга)"),
        G("Даргын гарын үсэг:"),
        G(f"Огноо: {fmt_date(date, 'mn')}"),
    ]
    return dict(file="h2_14_ethics_xjmu_mn.pdf", doc_type="ethics_review",
                versions=[zh(zh_lines), other("mn", mn_lines, "DejaVuSans")],
                committee=committee, conclusion="rejected", ethics_date=date, rules=[],
                traps=["'不同意' followed by leave to resubmit (not conditional approval)"])


def d15():
    """zh + tk framework agreement, no headings: the research content itself is left to later project agreements."""
    a, b = "喀什大学", "土库曼斯坦国立农业大学"
    ta, tb = "Kaşgar uniwersiteti", "S.A. Nyýazow adyndaky Türkmen oba hojalyk uniwersiteti"
    date = dt.date(2025, 11, 3)
    zh_lines = [
        T("合作框架协议"),
        P(f"{a}（以下简称“喀大”）与{b}（以下简称“土农大”），为推动双方在教育和科技领域的长期合作，签订本框架协议。"),
        P("双方同意在平等互利的基础上建立长期合作伙伴关系，定期互派学者访问，联合举办学术会议，并支持对方学生交流学习。"),
        P("双方同意，合作的具体领域、研究内容和实施方式，将在本框架协议签订后，通过具体项目合作协议另行确定。"),
        P("为保证本协议的执行，双方各指定一名联络人。喀大负责接待土农大来访人员并提供校内住宿；"
          "土农大负责为喀大赴土考察人员出具邀请函并协助办理签证。"),
        P("本框架协议不涉及双方之间的资金往来。"),
        P("本协议有效期五年，期满前三个月内双方均未提出书面异议的，自动延长五年。"
          "本协议以中文和土库曼文书写，两种文本具有同等效力。"),
        G("喀大代表："),
        G("土农大代表："),
        G(f"签订日期：{fmt_date(date, 'zh')}"),
    ]
    tk_lines = [
        T("HYZMATDAŞLYK BARADA ÇARÇUWALAÝYN ŞERTNAMA"),
        P(f"{ta} (mundan beýläk – «Kaşgar uniwersiteti») we {tb} (mundan beýläk – «Uniwersitet») bilim we ylym "
          "ulgamlarynda uzak möhletli hyzmatdaşlygy ösdürmek maksady bilen şu çarçuwalaýyn şertnamany baglaşdylar."),
        P("Taraplar deňhukuklylyk we özara bähbitlilik esasynda uzak möhletli hyzmatdaşlyk gatnaşyklaryny ýola goýmaga, "
          "alymlaryň yzygiderli özara saparlaryny guramaga, bilelikde ylmy maslahatlary geçirmäge we talyplaryň alyşmagyny "
          "goldamaga ylalaşýarlar."),
        P("Taraplar hyzmatdaşlygyň anyk ugurlaryny, ylmy-barlag mazmunyny we amala aşyrylyş usullaryny şu şertnama "
          "baglaşylandan soň aýratyn taslama şertnamalary arkaly kesgitlemäge ylalaşýarlar."),
        P("Şu şertnamanyň ýerine ýetirilmegini üpjün etmek üçin Taraplaryň her biri bir aragatnaşyk işgärini belleýär. "
          "Kaşgar uniwersiteti Uniwersitetiň wekillerini kabul edýär we olary uniwersitetiň ýaşaýyş jaýy bilen üpjün edýär; "
          "Uniwersitet Kaşgar uniwersitetiniň işgärleri üçin çakylyk hatlaryny taýýarlaýar we wiza almakda ýardam berýär."),
        P("Şu çarçuwalaýyn şertnama Taraplaryň arasynda pul serişdeleriniň hereketini göz öňünde tutmaýar."),
        P("Şertnama bäş ýyl hereket edýär; möhletiň gutarmagyna üç aý galanda Taraplaryň hiç biri ýazmaça garşylyk "
          "bildirmese, ol ýene bäş ýyl möhlete uzaldylýar. Şertnama hytaý we türkmen dillerinde düzüldi, iki tekst hem deň güýje eýedir."),
        G("Kaşgar uniwersitetiniň wekili: ____________"),
        G("Uniwersitetiň wekili: ____________"),
        G(f"Gol çekilen senesi: {fmt_date(date, 'tk')}"),
    ]
    return dict(file="h2_15_ksu_tau_tk.pdf", doc_type="cooperation_agreement",
                versions=[zh(zh_lines), other("tk", tk_lines)],
                parties=[a, b], signing_date=date,
                el=dict(cooperation_content="uncertain", responsibilities=True, ip_ownership=False,
                        benefit_sharing=False, data_ownership=False),
                funding=False, rules=[],
                traps=["research content deferred to later project agreements", "'no money changes hands' (no split)",
                       "no headings"])


DOCS = [d01, d02, d03, d04, d05, d06, d07, d08, d09, d10, d11, d12, d13, d14, d15]

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


def label(doc: dict, versions: list[dict]) -> dict:
    t = doc["doc_type"]
    langs = [v["language"] for v in versions]
    facts = {
        "signatures": False, "seals": False, "versions_executed": False, "all_parties_sealed": False,
        "bilingual": "zh" in langs and any(x != "zh" for x in langs),
    }
    if t == "ethics_review":
        facts.update(ethics_committee=doc["committee"], ethics_conclusion=doc["conclusion"],
                     ethics_date=doc["ethics_date"].isoformat() if doc["ethics_date"] else None)
    else:
        facts["parties"] = doc["parties"]
        facts["signing_date"] = doc["signing_date"].isoformat() if doc["signing_date"] else None
        facts.update(doc["el"])
        f = doc.get("funding")
        if isinstance(f, list):
            facts["funding_allocation"] = [{"party": p, "amount_cny": amt, "percent": pct} for p, amt, pct in f]
        elif f is not None:
            facts["funding_allocation"] = f
    elements = {k: facts[k] for k in CONTRACT[t]}
    elements["bilingual"] = facts["bilingual"]
    missing = [k for k in CONTRACT[t] if k not in facts]
    assert not missing, (doc["file"], missing)
    return {"file": doc["file"], "doc_type": t, "as_of": AS_OF, "elements": elements,
            "rules": sorted(doc["rules"]), "language_versions": versions, "traps": doc.get("traps", [])}


README = """# heldout2: a second held-out set, Central-Asian partner languages

Written by `scripts/make_heldout2.py` (run it to rebuild), from scratch and
without reading the tool, its tests or the other sample sets, so that it
measures wording nobody tuned on. Fifteen text-layer PDFs: the Chinese version
on the first page(s), the partner-language version on the later page(s); no
seals, no signatures (every label says so).

Languages: Kazakh, Uzbek (Latin and Cyrillic), Kyrgyz, Tajik, Mongolian,
Turkmen, one Russian, one English. Types: 9 cooperation agreements (incl. an
MoU, a letter of intent, a framework agreement), 2 consortium agreements
(4 and 6 units), 3 IP agreements/memoranda, 1 ethics review (not approved).

`labels.json`: one entry per file with `doc_type`, `as_of`, `elements` (every
element id the report contract requires for the type, plus `bilingual`;
`false` absent, `true` or a value present, `"uncertain"` where the clause is only
deferred to a later or separate agreement), `rules` (the cross-rules that
should fire), `language_versions` (pages per language) and `traps` (what the
document is built to test, for the reader).

Judgement calls in the labels:
- a clause that says the matter "will be agreed separately / later" is
  `uncertain`, in whichever element it concerns (IP, revenue, data, funding,
  targets, even the research content of a framework agreement);
- a mention that is not an arrangement (an IP training course, "we will seek
  funding", "no money changes hands", 成果转化 as a goal) is `false`;
- in h2_05 the funding label follows the Chinese text; the Mongolian one gives
  party 2 a different sum (`versions_disagree`);
- a company's own matching money (h2_09) and a partner's own USD contribution
  (h2_08) are not counted in the parties' shares of the public funds.

Evaluate: `.venv/bin/python scripts/eval_elements.py --samples heldout2 -v`
"""


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--out", type=Path, default=ROOT / "heldout2")
    args = ap.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    labels = []
    for make in DOCS:
        doc = make()
        versions = build_pdf(args.out / doc["file"], doc["versions"])
        labels.append(label(doc, versions))
    (args.out / "labels.json").write_text(json.dumps(labels, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    (args.out / "README.md").write_text(README, encoding="utf-8")
    print(f"wrote {len(labels)} documents to {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
