"""Consortium agreements and ethics review opinions, in Chinese, English and Russian.

Their wording lives in CONSORTIUM_T and ETHICS_T below (data), the assembly
in the two builder functions. A Chinese-only document is drawn exactly as it
was before the other languages came: further versions reuse the first one's
draws (amounts, tasks, seals) and draw only their own signatures.
"""
from __future__ import annotations

import datetime as dt
import random

from . import content as C
from . import entities as E
from . import wording as W
from .compose import (
    A4,
    COLOURED_NOTES,
    COUNTRY_ZH,
    Composed,
    MarkStyle,
    add_years,
    domestic_seal,
    foreign_seal,
    heading_text,
    make_theme,
    money,
)
from .dates import format_date, unfilled
from .distract import (
    BLUE,
    RED,
    FormBoxes,
    HeaderEmblem,
    Letterhead,
    Placeholder,
    QRBlock,
)
from .layout import Block, PageBreak, Para, SigCell, SignatureGrid, Spacer, Table
from .spec import Sample
from .varied import month_year

CONSORTIUM = {
    "preamble": "为共同承担新疆维吾尔自治区上合组织科技伙伴计划项目“{topic}”，经各方友好协商，就联合申报及项目实施的有关事项达成如下协议：",
    "tasks_title": "项目目标与任务",
    "tasks": "项目执行期为{start}至{end}。各方共同完成以下目标任务：（一）建立联合试验示范基地{sites}个；（二）研发关键技术{techs}项，申请发明专利{patents}项；（三）联合发表学术论文不少于{papers}篇；（四）培养研究生及青年科技人员{people}名。",
    "duties_title": "各方职责",
    "duties": {
        "lead": "负责项目总体设计、组织协调和进度管理，承担核心技术研发，负责项目经费的统筹管理并组织项目验收。",
        "foreign": "负责在{country}境内开展田间试验与样品采集，提供当地基础数据，接收中方人员开展联合研究。",
        "university": "负责关键技术的机理研究与模型构建，承担室内分析测试，培养研究生2名。",
        "institute": "负责遥感与监测数据的处理及数据库建设，为项目提供技术支撑。",
        "company": "负责技术集成示范与成果转化，按照不低于2:1的比例落实自筹配套经费。",
    },
    "funding_title": "经费分配",
    "funding_intro": "项目申请财政经费共计{total}万元，各方经费分配如下表所示。各方应专款专用，接受项目主管部门的监督检查。",
    "funding_head": ["序号", "单位名称", "主要任务", "经费（万元）", "比例"],
    "funding_intro_list": "项目申请财政经费共计{total}万元，各方经费分配如下。各方应专款专用，接受项目主管部门的监督检查。",
    "task_short": {"lead": "总体设计与核心技术研发", "foreign": "境外试验与数据采集", "university": "机理研究与测试分析",
                   "institute": "数据处理与平台建设", "company": "集成示范与成果转化"},
    "ip_title": "成果与知识产权归属",
    "ip": "项目形成的论文、专利、软件著作权、技术标准等成果，由各方按照实际贡献共同所有；由一方独立完成的成果归完成方所有。成果署名以牵头单位为第一完成单位。",
    "benefit_title": "成果转化收益",
    "benefit": "项目成果实施转化取得的收益，在扣除转化成本后按各方贡献比例分配，具体比例另行协商确定。",
    "other_title": "其他",
    "other": "本协议未尽事宜由各方协商解决。本协议一式{copies}份，各方各执一份，自各方盖章之日起生效。",
    "sign_date": "签订日期：{date}",
    "sign": "负责人（签字）：",
}

ETHICS = {
    "number": ["伦审〔{y}〕第{n:03d}号", "审查编号：KJLL-{y}-{n:03d}"],
    "fields": ["项目名称", "项目负责人", "申请单位", "项目来源", "审查类别", "审查方式", "审查日期"],
    "source": "新疆维吾尔自治区上合组织科技伙伴计划及国际科技合作计划",
    "category": "初始审查",
    "mode": ["会议审查", "简易程序审查"],
    "materials": "审查材料：项目申请书、研究方案、知情同意书（中文版、俄文版）、数据安全与隐私保护方案、研究者履历。",
    "opinion": {
        "同意": "经审查，该项目研究目的明确，研究方案科学可行，受试者的风险与受益比合理，知情同意过程规范，个人信息与样本的采集、保存和使用符合国家有关规定。委员会同意该项目按所提交方案开展研究。",
        "修改后同意": "经审查，该项目研究方案总体可行。委员会要求：（1）完善知情同意书中关于样本出境的说明；（2）补充数据脱敏处理流程。按上述意见修改并报委员会备案后，同意开展研究。",
        "不同意": "经审查，该项目对受试者风险的评估不充分，知情同意书内容不完整，委员会不同意该项目按现方案开展研究。",
    },
    "conclusion_values": {"同意": "approved", "修改后同意": "conditional", "不同意": "rejected"},
    "votes": "参会委员{m}人，同意{a}票，反对0票，弃权{b}票。",
    "follow": "跟踪审查频率：每12个月一次。研究过程中如有方案修改或严重不良事件，应及时向委员会报告。",
    "chair": "主任委员（签字）：",
    "stamp": "伦理委员会（盖章）",
    "date": "日期：{date}",
}
ETHICS_TOPIC = "echinococcosis"


CONSORTIUM.update({
    "titles": C.TITLES["consortium"]["zh"], "project": "项目名称：{topic}",
    "tags": {"lead": "（牵头单位）", "foreign": "（外方合作单位）"}, "party_line": "{lab}{tag}：{name}",
    "duty_line": "（{i}）{lab}：{duty}", "total": "合计", "validity": "本协议有效期{years}年。",
    "ip~": "项目成果及知识产权的归属，由各方在项目验收前另行协商确定。",
    "list_line": "{lab}（{name}）：{amount}元，占{pct}", "seal_label": "{lab}（盖章）", "seal_name": "{lab}（盖章）：{name}",
    "head": "负责人：", "date_label": "日期：", "period": "{start}至{end}",
})
CONSORTIUM_EN = {
    "titles": ["Joint Application Cooperation Agreement", "Agreement among the Joint Applicants of the Project"],
    "project": "Project: {topic}", "tags": {"lead": " (lead unit)", "foreign": " (foreign partner)"},
    "party_line": "{lab}{tag}: {name}",
    "preamble": "In order to carry out jointly the project \"{topic}\" under the SCO Science and Technology Partnership Programme of the Xinjiang Uygur Autonomous Region, the Parties have agreed as follows on the joint application and implementation of the project:",
    "tasks_title": "Objectives and Tasks",
    "tasks": "The project runs from {start} to {end}. The Parties shall jointly: (1) establish {sites} joint demonstration site(s); (2) develop {techs} key technologies and file {patents} invention patent applications; (3) publish at least {papers} joint papers; (4) train {people} graduate students and young researchers.",
    "duties_title": "Responsibilities of the Parties",
    "duties": {
        "lead": "overall design, coordination and progress management of the project, core technology development, management of the project funds and organisation of the final evaluation.",
        "foreign": "field trials and sampling in {country}, provision of local baseline data, hosting of Chinese researchers.",
        "university": "mechanism studies and modelling, laboratory analyses and the training of two graduate students.",
        "institute": "processing of remote-sensing and monitoring data and the project database.",
        "company": "technology integration, demonstration and transfer of results, with matching funds of at least 2:1 from its own sources.",
    },
    "duty_line": "({i}) {lab} is responsible for {duty}",
    "funding_title": "Allocation of Funds",
    "funding_intro": "The public funds requested for the project total CNY {total_cny}, allocated among the Parties as shown below. Each Party shall use its share for the project only and accept supervision by the competent authority.",
    "funding_head": ["No.", "Party", "Main task", "Amount (CNY)", "Share"],
    "task_short": {"lead": "Design and core technology", "foreign": "Field trials abroad", "university": "Mechanisms and analyses",
                   "institute": "Data and platform", "company": "Demonstration and transfer"},
    "ip_title": "Ownership of Results and Intellectual Property",
    "ip": "Papers, patents, software copyrights, technical standards and other results of the project shall be jointly owned by the Parties in proportion to their actual contributions; results achieved by one Party alone belong to that Party. The lead unit is named first in all results.",
    "ip~": "Ownership of the results and intellectual property of the project will be agreed by the Parties separately before the final evaluation.",
    "benefit_title": "Revenue from Commercialisation",
    "benefit": "Revenue from the commercialisation of project results shall, after deduction of costs, be shared among the Parties in proportion to their contributions.",
    "other_title": "Miscellaneous",
    "other": "Matters not covered by this Agreement shall be settled by consultation among the Parties. This Agreement is made in {copies} copies, one for each Party, and enters into force on the date on which all Parties have affixed their seals.",
    "validity": " It shall remain valid for {years} years.", "total": "Total",
    "list_line": "{lab} ({name}): CNY {amount} ({pct})",
    "sign_date": "Date of signature: {date}", "sign": "Authorised representative (signature):",
    "seal_label": "{lab} (seal)", "seal_name": "{lab} (seal): {name}", "head": "Head:", "date_label": "Date:",
    "period": "{start} to {end}",
}
CONSORTIUM_RU = {
    "titles": ["Соглашение о совместной подаче заявки", "Соглашение между участниками совместного проекта"],
    "project": "Проект: {topic}", "tags": {"lead": " (головная организация)", "foreign": " (иностранный партнёр)"},
    "party_line": "{lab}{tag}: {name}",
    "preamble": "В целях совместного выполнения проекта «{topic}» в рамках Программы научно-технического партнёрства ШОС Синьцзян-Уйгурского автономного района Стороны договорились о нижеследующем:",
    "tasks_title": "Цели и задачи",
    "tasks": "Срок выполнения проекта: {start} – {end}. Стороны совместно выполняют следующие задачи: демонстрационные участки — {sites}; ключевые технологии — {techs}, заявки на изобретения — {patents}; совместные публикации — не менее {papers}; подготовка молодых специалистов — {people} чел.",
    "duties_title": "Обязанности Сторон",
    "duties": {
        "lead": "общее руководство и координация проекта, контроль сроков, разработка ключевых технологий, управление средствами проекта и организация итоговой приёмки.",
        "foreign": "полевые испытания и отбор образцов на территории {country}, предоставление местных данных, приём китайских специалистов.",
        "university": "изучение механизмов и построение моделей, лабораторные анализы, подготовка двух аспирантов.",
        "institute": "обработка данных дистанционного зондирования и мониторинга, база данных проекта.",
        "company": "интеграция и демонстрация технологий, коммерциализация результатов, софинансирование в соотношении не менее 2:1.",
    },
    "duty_line": "{i}) {lab} отвечает за следующее: {duty}",
    "funding_title": "Распределение средств",
    "funding_intro": "Общий объём запрашиваемого бюджетного финансирования составляет {total_cny} юаней и распределяется между Сторонами следующим образом:",
    "funding_head": ["№", "Сторона", "Основная задача", "Сумма (юаней)", "Доля"],
    "task_short": {"lead": "Общее руководство", "foreign": "Полевые испытания", "university": "Анализы и модели",
                   "institute": "Данные и платформа", "company": "Демонстрация и внедрение"},
    "ip_title": "Права на результаты",
    "ip": "Статьи, патенты, программы для ЭВМ, технические стандарты и иные результаты проекта принадлежат Сторонам совместно пропорционально фактическому вкладу; результаты, полученные одной Стороной самостоятельно, принадлежат этой Стороне.",
    "ip~": "Вопросы интеллектуальной собственности будут урегулированы Сторонами дополнительно до итоговой приёмки проекта.",
    "benefit_title": "Доходы от коммерциализации",
    "benefit": "Доходы от коммерциализации результатов проекта после вычета затрат распределяются между Сторонами пропорционально их вкладу.",
    "other_title": "Заключительные положения",
    "other": "Вопросы, не урегулированные настоящим Соглашением, решаются по согласованию Сторон. Соглашение составлено в {copies} экземплярах, по одному для каждой Стороны, и вступает в силу с даты проставления печатей всеми Сторонами.",
    "validity": " Соглашение действует в течение {years_ru}.", "total": "Итого",
    "list_line": "{lab} ({name}) — {amount} юаней ({pct})",
    "sign_date": "Дата подписания: {date}", "sign": "Подпись:",
    "seal_label": "{lab} (М.П.)", "seal_name": "{lab} (М.П.): {name}", "head": "Руководитель:", "date_label": "Дата:",
    "period": "{start} – {end}",
}
CONSORTIUM_T = {"zh": CONSORTIUM, "en": CONSORTIUM_EN, "ru": CONSORTIUM_RU}
CONSORTIUM_LABELS = {"zh": [*C.PARTY_LABELS["zh"], *C.ZH_EXTRA_PARTIES], "en": [f"Party {c}" for c in "ABCDEFG"],
                     "ru": [f"Сторона {i}" for i in range(1, 8)]}
COUNTRY = {"zh": COUNTRY_ZH,
           "en": {"KZ": "Kazakhstan", "UZ": "Uzbekistan", "KG": "Kyrgyzstan", "TJ": "Tajikistan", "MN": "Mongolia",
                  "TM": "Turkmenistan", "PK": "Pakistan", "RU": "Russia"},
           "ru": {"KZ": "Казахстана", "UZ": "Узбекистана", "KG": "Кыргызстана", "TJ": "Таджикистана", "MN": "Монголии",
                  "TM": "Туркменистана", "PK": "Пакистана", "RU": "России"}}

ETHICS.update({
    "titles": C.TITLES["ethics"]["zh"], "opinion_label": "审查意见：", "conclusion_label": "审查结论：", "sep": "　",
    "words": {"同意": "同意", "修改后同意": "修改后同意", "不同意": "不同意"},
    "undecided": "委员会对上述材料进行了审查，提出以下意见：知情同意书应补充样本出境的说明，并提交数据脱敏处理流程。请项目负责人按意见修改后重新提交。",
    "stamp_unit": "单位（盖章）",
})
ETHICS_EN = {
    "titles": ["Ethical Review Opinion", "Ethics Review Report"],  # as 意见书, 报告
    "number": ["Ref. No.: ERC/{y}/{n:03d}", "Approval No. KJLL-{y}-{n:03d}"],
    "fields": ["Project title", "Principal investigator", "Applicant institution", "Programme", "Type of review",
               "Review procedure", "Date of review"],
    "source": "SCO Science and Technology Partnership Programme of the Xinjiang Uygur Autonomous Region",
    "category": "Initial review", "mode": ["Full board meeting", "Expedited review"],
    "materials": "Documents reviewed: application, study protocol, informed consent forms (Chinese and English), data security and privacy protection plan, CVs of the investigators.",
    "opinion_label": "Opinion: ",
    "opinion": {
        "同意": "The aims of the study are clear, the protocol is scientifically sound, the risks to participants are reasonable in relation to the expected benefits, and the collection, storage and use of personal data and samples comply with the applicable regulations. The committee approves the study as submitted.",
        "修改后同意": "The protocol is generally acceptable. The committee requires (1) a clearer explanation in the consent form of the export of samples and (2) a description of the data de-identification procedure. The study may start once the revised documents have been filed with the committee.",
        "不同意": "The assessment of risks to participants is insufficient and the informed consent form is incomplete. The committee does not approve the study in its present form.",
    },
    "undecided": "The committee has reviewed the documents listed above and makes the following comments: the consent form should explain the export of samples, and the data de-identification procedure should be described. The investigators are asked to resubmit the revised documents.",
    "conclusion_label": "Decision: ", "sep": "   ",
    "words": {"同意": "Approved", "修改后同意": "Approved with modifications", "不同意": "Not approved"},
    "votes": "Members present: {m}; in favour: {a}; against: 0; abstentions: {b}.",
    "follow": "Continuing review: every 12 months. Amendments to the protocol and serious adverse events must be reported to the committee without delay.",
    "chair": "Chair (signature):", "stamp": "Seal of the Committee", "stamp_unit": "Seal of the institution",
    "date": "Date: {date}",
}
ETHICS_RU = {
    "titles": ["Заключение этического комитета", "Выписка из протокола заседания этического комитета"],
    "number": ["Протокол № {n}", "Заключение № ЛЭК-{y}-{n:03d}"],
    "fields": ["Название проекта", "Руководитель проекта", "Организация-заявитель", "Программа", "Вид экспертизы",
               "Форма проведения", "Дата заседания"],
    "source": "Программа научно-технического партнёрства ШОС Синьцзян-Уйгурского автономного района",
    "category": "Первичная экспертиза", "mode": ["Очное заседание", "Ускоренная процедура"],
    "materials": "Рассмотренные документы: заявка, протокол исследования, формы информированного согласия на русском и китайском языках, план обеспечения безопасности данных, сведения об исследователях.",
    "opinion_label": "Заключение: ",
    "opinion": {
        "同意": "Цели исследования сформулированы чётко, протокол научно обоснован, соотношение риска и пользы для участников приемлемо, порядок сбора, хранения и использования персональных данных и образцов соответствует законодательству. Комитет одобряет проведение исследования в представленном виде.",
        "修改后同意": "Протокол в целом приемлем. Комитет требует: 1) уточнить в форме согласия сведения о вывозе образцов; 2) описать процедуру обезличивания данных. Исследование может быть начато после представления исправленных документов в комитет.",
        "不同意": "Оценка рисков для участников недостаточна, форма информированного согласия неполна. Комитет не одобряет проведение исследования в представленном виде.",
    },
    "undecided": "Комитет рассмотрел перечисленные документы и высказал следующие замечания: в форме согласия следует пояснить порядок вывоза образцов и описать процедуру обезличивания данных. Исследователям предложено представить исправленные документы повторно.",
    "conclusion_label": "Решение: ", "sep": "   ",
    "words": {"同意": "одобрено", "修改后同意": "одобрено при условии внесения изменений", "不同意": "не одобрено"},
    "votes": "Присутствовали членов комитета: {m}; «за» — {a}, «против» — 0, воздержались — {b}.",
    "follow": "Текущий контроль — один раз в 12 месяцев. О поправках к протоколу и серьёзных нежелательных явлениях следует незамедлительно сообщать в комитет.",
    "chair": "Председатель комитета (подпись):", "stamp": "Печать комитета", "stamp_unit": "Печать организации",
    "date": "Дата: {date}",
}
ETHICS_T = {"zh": ETHICS, "en": ETHICS_EN, "ru": ETHICS_RU}


def _zh_cn(n: int) -> str:
    return "一二三四五六七八九十"[n - 1]


class Once:
    """Draws made by the first language version and reused by the others."""

    def __init__(self) -> None:
        self.drawn: dict = {}

    def __call__(self, key: str, draw):
        if key not in self.drawn:
            self.drawn[key] = draw()
        return self.drawn[key]


def consortium(sample: Sample, rng: random.Random) -> Composed:
    """A joint-application agreement among 3–6 units with a funding table (or list), in each of its languages."""
    th = make_theme(sample, rng)
    units = [("lead", E.DOMESTIC[sample.domestic])]
    if sample.foreign:
        units.append(("foreign", E.FOREIGN[sample.foreign]))
    units += [(E.DOMESTIC[k]["kind"], E.DOMESTIC[k]) for k in sample.extra_units]
    names = [u["names"]["zh"] for _, u in units]
    date = dt.date.fromisoformat(sample.date) if sample.date else dt.date(2025, 2, 1) + dt.timedelta(days=rng.randrange(90))
    zh_style = rng.randrange(2)
    period = sample.project_period or ("2025-07", "2027-06")
    # ownership of results: the clause (default), a trap that defers it (ip~), or no article at all
    ip = next((c for c in ("ip~", "ip") if c in (sample.clauses or ["ip"])), None)
    once, seals = Once(), {}
    dates_written: dict[str, str] = {}
    amounts: dict[str, list[float]] = {}
    blocks: list[Block] = []
    ms = MarkStyle(sample)
    for v, lang in enumerate(sample.langs):
        T, body = CONSORTIUM_T[lang], th.body(lang)
        if v:
            blocks.append(PageBreak())
        labels = CONSORTIUM_LABELS[lang][:len(units)]
        lnames = [E.unit_name(u, lang) for _, u in units]
        display = [f"{n}（{u['names']['en']}）" if role == "foreign" and lang == "zh" else n
                   for (role, u), n in zip(units, lnames)]
        topic = E.TOPICS[sample.topic].get(lang) or E.TOPICS[sample.topic]["en"]
        if sample.blank_date:
            date_text = unfilled(sample, lang)
        else:
            date_text = format_date(date, lang, zh_style if lang == "zh" else sample.date_style.get(lang, 0))
            dates_written[lang] = date_text
        blocks += [Para(T["titles"][once("title", lambda: rng.randrange(2))], th.title(lang), (lang,)),
                   Para(T["project"].format(topic=topic), body.but(indent=0.0, space_after=2.0), (lang,))]
        for lab, (role, u), disp in zip(labels, units, display):
            tag = T["tags"].get(role, "")
            blocks.append(Para(T["party_line"].format(lab=lab, tag=tag, name=disp), body.but(indent=0.0, space_after=1.5),
                               (lang,)))
        blocks.append(Spacer(4))
        blocks.append(Para(T["preamble"].format(topic=topic), body, (lang,)))
        heads = iter(range(1, 20))

        blocks.append(_heading(th, lang, next(heads), T["tasks_title"]))
        targets = once("targets", lambda: {"sites": rng.choice([1, 2]), "techs": rng.choice([3, 4, 5]),
                                           "patents": rng.choice([2, 3]), "papers": rng.choice([6, 8, 10]),
                                           "people": rng.choice([5, 8])})
        blocks.append(Para(T["tasks"].format(start=month_year(period[0], lang), end=month_year(period[1], lang),
                                             **targets), body, (lang,)))
        blocks.append(_heading(th, lang, next(heads), T["duties_title"]))
        for k, (lab, (role, u)) in enumerate(zip(labels, units)):
            country = COUNTRY[lang].get(u.get("country", ""), "所在国")
            duty = T["duties"][role].format(country=country)
            i = _zh_cn(k + 1) if lang == "zh" else k + 1
            blocks.append(Para(T["duty_line"].format(i=i, lab=lab, duty=duty), body.but(space_after=1.5), (lang,)))

        total = once("total", lambda: rng.choice([200, 240, 300, 360]))
        shares = list(once("shares", lambda t=total: _split(t, [role for role, _ in units], rng)))
        if lang != "zh" and "funding" in sample.disagree:  # yuan added to the lead's share in the foreign text
            shares[0] += sample.disagree["funding"] / 10000
        amounts[lang] = shares
        ltotal = sum(shares)
        blocks.append(_heading(th, lang, next(heads), T["funding_title"]))
        listed = sample.money == "yuan"  # a list in yuan, not a table in 万元
        intro = T.get("funding_intro_list", T["funding_intro"]) if listed else T["funding_intro"]
        blocks.append(Para(intro.format(total=f"{ltotal:g}", total_cny=_yuan(ltotal, lang)), body, (lang,)))
        if listed:
            for lab, name, amount in zip(labels, lnames, shares):
                pct = f"{100 * amount / ltotal:.1f}%"
                blocks.append(Para(T["list_line"].format(lab=lab, name=name, amount=_yuan(amount, lang),
                                                         pct=pct.replace(".", ",") if lang == "ru" else pct),
                                   body.but(space_after=1.5), (lang,)))
        else:
            blocks.append(_funding_table(T, th, lang, units, lnames, shares, ltotal))
        clauses = ["tasks", "responsibilities", "funding"]
        if ip:
            blocks.append(_heading(th, lang, next(heads), T["ip_title"]))
            blocks.append(Para(T[ip], body, (lang,)))
            clauses.append(ip)
        if once("benefit", lambda: rng.random() < 0.7):
            blocks.append(_heading(th, lang, next(heads), T["benefit_title"]))
            blocks.append(Para(T["benefit"], body, (lang,)))
            clauses.append("benefit")
        blocks.append(_heading(th, lang, next(heads), T["other_title"]))
        other = T["other"].format(copies=_zh_cn(len(units)) if lang == "zh" else len(units))
        if sample.validity:
            other += T["validity"].format(years=sample.validity, years_ru=W.RU_YEARS[sample.validity])
        blocks.append(Para(other, body, (lang,)))
        blocks.append(Para(T["sign_date"].format(date=date_text), body.but(indent=0.0, space_before=6.0),
                           (lang,), tag="date"))
        blocks.append(Spacer(8))
        cells = _consortium_cells(sample, rng, ms, T, body, lang, labels, units, names, seals)
        if "boxes" in sample.distractors and v == 0:
            blocks.append(FormBoxes(["牵头单位审核意见（盖章）", "主管部门意见（盖章）"], height=rng.uniform(55, 75)))
        row = sample.marks.get("seal_row", 0)
        blocks.append(SignatureGrid(cells, cols=row or 2, gap=4.0 if row else 24.0, keep_together=False))

    out = Composed(blocks, A4, th)
    out.parties = names
    out.party_names = [{"zh": n, "en": u["names"]["en"], **{lang: E.unit_name(u, lang) for lang in sample.langs}}
                       for (_, u), n in zip(units, names)]
    zh_shares = amounts[sample.langs[0]]
    total = once.drawn["total"]
    flags = {"cooperation_content": False, "tasks": True, "responsibilities": True, "funding_allocation": True,
             "ip_ownership": {"ip": True, "ip~": "uncertain"}.get(ip, False), "benefit_sharing": "benefit" in clauses,
             "data_ownership": False}
    flags["funding_allocation"] = [
        {"party": k + 1, "name": n, "amount_wan": a, "amount_cny": int(a * 10000), "percent": round(100 * a / total, 1),
         "role": role, "kind": "foreign" if role == "foreign" else u["kind"],
         "region": "abroad" if role == "foreign" else u["region"]}
        for k, ((role, u), n, a) in enumerate(zip(units, names, zh_shares))]
    out.elements = {**flags, "signing_date": None if sample.blank_date else date.isoformat(), "parties": names}
    out.extra = {"dates_written": dates_written, "total_wan": total,
                 "other_units": len(units) - (2 if sample.foreign else 1), "clauses": clauses,
                 "project_period": {"start": period[0], "end": period[1],
                                    "written": {lang: CONSORTIUM_T[lang]["period"].format(
                                        start=month_year(period[0], lang), end=month_year(period[1], lang))
                                        for lang in sample.langs}}}
    if sample.validity:
        out.extra["validity"] = {"years": sample.validity, "until": None,
                                 "ends": None if sample.blank_date else add_years(date, sample.validity).isoformat(),
                                 "written": {lang: CONSORTIUM_T[lang]["validity"].strip().format(
                                     years=sample.validity, years_ru=W.RU_YEARS[sample.validity])
                                     for lang in sample.langs}}
    fl = next((lang for lang in sample.langs if lang != "zh"), None)
    if fl and amounts[fl] != amounts["zh"]:
        k = next(i for i, (a, b) in enumerate(zip(amounts["zh"], amounts[fl])) if a != b)
        out.extra["disagree"] = {"funding": [_as_written("zh", amounts["zh"][k], sample.money),
                                             _as_written(fl, amounts[fl][k], sample.money)]}
    return out


def _heading(th, lang: str, n: int, title: str) -> Para:
    return Para(heading_text(lang, n, title, th), th.heading(lang), (lang,), keep_with_next=True)


def _yuan(wan: float, lang: str) -> str:
    """An amount given in 万 as the language writes whole yuan: 1,850,000 / 1 850 000."""
    yuan = int(wan * 10000)
    return money(yuan, lang) if lang == "ru" else f"{yuan:,}"


def _as_written(lang: str, wan: float, style: str | None) -> str:
    """A unit's amount as its version shows it, for details.disagree."""
    if style != "yuan":
        return f"{wan:g}万元" if lang == "zh" else f"{_yuan(wan, lang)} ({CONSORTIUM_T[lang]['funding_head'][3]})"
    return {"zh": "{}元", "en": "CNY {}", "ru": "{} юаней"}[lang].format(_yuan(wan, lang))


def _funding_table(T: dict, th, lang: str, units, lnames, shares, total) -> Table:
    cell_st = th.body(lang, size=max(9.0, th.size - 1)).but(indent=0.0, space_after=0.0)
    head_st = cell_st.but(bold_fake=lang == "zh", align="center")
    rows = [[[Para(h, head_st, (lang,))] for h in T["funding_head"]]]
    for k, ((role, u), name, amount) in enumerate(zip(units, lnames, shares)):
        pct = f"{100 * amount / total:.1f}%"
        shown = f"{amount:g}" if lang == "zh" else _yuan(amount, lang)
        rows.append([[Para(x, cell_st.but(align=al), (lang,))] for x, al in
                     ((str(k + 1), "center"), (name, "left"), (T["task_short"][role], "left"),
                      (shown, "right"), (pct, "right"))])
    shown = f"{total:g}" if lang == "zh" else _yuan(total, lang)
    rows.append([[Para(x, head_st, (lang,))] for x in ("", T["total"], "", shown, "100.0%")])
    return Table([0.08, 0.34, 0.3, 0.15, 0.13], rows, ruled=True, pad=3.5, header_rows=1)


def _consortium_cells(sample: Sample, rng: random.Random, ms: MarkStyle, T: dict, body, lang: str,
                      labels: list[str], units, names: list[str], seals: dict) -> list[SigCell]:
    """Each unit's execution block; a unit's seal is one stamp, used on every language version."""
    row = sample.marks.get("seal_row", 0)  # units' seals side by side, n to a row
    cells = []
    for k, (lab, (role, u), name) in enumerate(zip(labels, units, names)):
        st = body.but(indent=0.0, space_after=2.0)
        lname = E.unit_name(u, lang)
        if row:
            lines = [Para(T["seal_label"].format(lab=lab), st, (lang,)), Para(T["head"], st, (lang,))]
        else:
            lines = [Para(T["seal_name"].format(lab=lab, name=lname), st, (lang,)), Para(T["sign"], st, (lang,))]
        if rng.random() < 0.5:
            lines.append(Para(T["date_label"], st, (lang,)))
        seal = None
        if sample.unmarked:
            if "placeholder" in sample.distractors:
                seal = Placeholder(rng, "（盖章处）", shape="circle" if k % 2 == 0 else "box")
        elif k not in sample.unsealed_parties:
            if k not in seals:
                seals[k] = foreign_seal(u, rng, style=ms) if role == "foreign" else domestic_seal(name, rng, style=ms)
            seal = seals[k]
        sign = ms.signature(rng, name) if rng.random() < 0.6 and not sample.unmarked else None
        cells.append(ms.cell(SigCell(lines, signature=sign, sign_line=1, seal=seal, seal_line=0,
                                     seal_dx=rng.uniform(-40, 0) if not row else rng.uniform(-6, 6),
                                     seal_dy=rng.uniform(0, 20), sign_gap=22.0, min_height=110.0)))
    return cells


def _split(total: int, roles: list[str], rng: random.Random) -> list[float]:
    """Funding shares in 万元 (multiples of 5) that add up to the total; the lead gets most."""
    weights = [rng.uniform(3.5, 4.5) if r == "lead" else rng.uniform(0.8, 1.8) for r in roles]
    raw = [total * w / sum(weights) for w in weights]
    shares = [max(5.0, round(x / 5) * 5) for x in raw]
    shares[0] += total - sum(shares)
    return shares


def committee_name(com: dict, lang: str) -> str:
    return com.get("names", {}).get(lang) or com["name"]


def ethics(sample: Sample, rng: random.Random) -> Composed:
    """An ethics committee's review opinion: a form table, the opinion, the conclusion, seal; one page a language."""
    th = make_theme(sample, rng)
    com = E.ETHICS_COMMITTEES[sample.committee]
    date = dt.date.fromisoformat(sample.date) if sample.date else dt.date(2025, 3, 1) + dt.timedelta(days=rng.randrange(40))
    style = rng.randrange(2)
    applicant = E.DOMESTIC[sample.domestic]
    person = rng.choice(E.PEOPLE["CN"])
    number_fmt = ETHICS_T[sample.langs[0]]["number"]
    k_number = number_fmt.index(rng.choice(number_fmt))
    k_number_n = rng.randrange(12, 180)
    r = random.Random(f"distract:{sample.file}")
    no_committee, no_conclusion, no_date = (x in sample.missing for x in ("committee", "conclusion", "date"))
    once, ms, seal_box = Once(), MarkStyle(sample), {}
    blocks: list[Block] = []
    dates_written: dict[str, str] = {}
    for v, lang in enumerate(sample.langs):
        T = ETHICS_T[lang]
        body = th.body(lang).but(indent=0.0)
        if v:
            blocks.append(PageBreak())
        if no_date:
            date_text = unfilled(sample, lang)
        else:
            date_text = format_date(date, lang, style if lang == "zh" else sample.date_style.get(lang, style))
            dates_written[lang] = date_text
        if v == 0:
            if "emblem" in sample.distractors and "letterhead" not in sample.distractors:
                blocks.append(HeaderEmblem(applicant["names"]["en"].upper(), "DejaVuSans-Bold", applicant["names"]["zh"],
                                           applicant["names"]["en"], r))
            if "letterhead" in sample.distractors:
                blocks.append(Letterhead(com["name"], r, number=None, star=r.random() < 0.6,
                                         emblem=(com["unit"], "WQY") if "emblem" in sample.distractors else None))
        if not no_committee:
            blocks.append(Para(committee_name(com, lang), th.title(lang).but(space_after=2.0), (lang,)))
        blocks += [Para(T["titles"][once("title", lambda: rng.randrange(2))], th.title(lang), (lang,)),
                   Para(T["number"][k_number].format(y=date.year, n=k_number_n), body.but(align="right", space_after=6.0),
                        (lang,))]
        mode = once("mode", lambda: ETHICS["mode"].index(rng.choice(ETHICS["mode"])))
        values = [E.TOPICS[sample.topic].get(lang) or E.TOPICS[sample.topic]["en"], person.get(lang) or person["en"],
                  E.unit_name(applicant, lang), T["source"], T["category"], T["mode"][mode], date_text]
        st = body.but(space_after=0.0)
        rows = [[[Para(k, st.but(bold_fake=lang == "zh"), (lang,))],
                 [Para(val, st, (lang,), tag="date" if k == T["fields"][-1] else None)]]
                for k, val in zip(T["fields"], values)]
        blocks.append(Table([0.24, 0.76], rows, ruled=True, pad=4.0))
        blocks.append(Spacer(8))
        blocks.append(Para(T["materials"], body, (lang,)))
        opinion = T["undecided"] if no_conclusion else T["opinion"][sample.conclusion]
        blocks.append(Para(T["opinion_label"] + opinion, th.body(lang), (lang,),
                           underline=r.choice([RED, BLUE]) if "underline" in sample.distractors and v == 0 else None))
        if "colored_text" in sample.distractors and v == 0:
            blocks.append(Para(r.choice(COLOURED_NOTES[:2]), body.but(color=r.choice([BLUE, RED])), ("zh",),
                               mark="colored_text"))
        m = once("members", lambda: rng.choice([7, 9, 11]))
        a = m if sample.conclusion != "不同意" else 2
        if not no_conclusion:  # a vote in favour would be a decision
            blocks.append(Para(T["votes"].format(m=m, a=a, b=m - a), body, (lang,)))
        boxes = once("boxes", lambda: rng.random() < 0.5) and sample.form != "native"
        words = T["words"]
        if boxes:
            line = T["conclusion_label"] + T["sep"].join(("■" if o == sample.conclusion else "□") + words[o]
                                                         for o in ("同意", "修改后同意", "不同意"))
        else:
            line = T["conclusion_label"] + words[sample.conclusion]
        if not no_conclusion:
            blocks.append(Para(line, th.heading(lang).but(space_before=6.0), (lang,)))
        blocks.append(Para(T["follow"], body, (lang,)))
        if v == 0 and "qr" in sample.distractors:
            blocks.append(QRBlock("扫描二维码查验审查意见", r))
        if v == 0 and "boxes" in sample.distractors:
            blocks.append(FormBoxes(["委员会办公室（盖章）", "经办人"], height=r.uniform(45, 60)))
        blocks.append(Spacer(12))
        blocks.append(_ethics_marks(sample, rng, ms, lang, body, com, applicant, date_text, seal_box, no_committee))
    out = Composed(blocks, A4, th)
    out.parties = []
    first = "zh" if "zh" in sample.langs else sample.langs[0]
    out.elements = {"ethics_committee": None if no_committee else committee_name(com, first),
                    "ethics_conclusion": None if no_conclusion else ETHICS["conclusion_values"][sample.conclusion],
                    "ethics_date": None if no_date else date.isoformat(), "signing_date": None, "parties": None}
    out.extra = {"dates_written": dates_written, "conclusion_text": None if no_conclusion else sample.conclusion,
                 "applicant": E.unit_name(applicant, first)}
    out.mentions = []
    return out


def _ethics_marks(sample: Sample, rng: random.Random, ms: MarkStyle, lang: str, body, com: dict, applicant: dict,
                  date_text: str, seal_box: dict, no_committee: bool) -> SignatureGrid:
    """The chair's signature and the committee's seal (the unit's when the committee is not named)."""
    st = body.but(space_after=3.0)
    T = ETHICS_T[lang]
    stamp = T["stamp_unit"] if no_committee else T["stamp"]
    if sample.unmarked:
        seal = Placeholder(rng, "（盖章处）") if "placeholder" in sample.distractors else None
        sign = None
    else:
        if "seal" not in seal_box:
            if com.get("seal_unit"):
                seal_box["seal"] = foreign_seal(E.FOREIGN[com["seal_unit"]], rng, style=ms)
            else:
                seal_box["seal"] = domestic_seal(applicant["names"]["zh"] if no_committee else com["name"], rng,
                                                 bottom="", style=ms)
        seal = seal_box["seal"]
        sign = ms.signature(rng, com["name"])
    if sample.marks.get("seal_over_sig") and sign is not None:  # one stamp over the chair's signature
        cell_left = SigCell([Para(T["chair"], st, (lang,)), Para(stamp, st, (lang,)),
                             Para(T["date"].format(date=date_text), st, (lang,), tag="date")],
                            signature=sign, sign_line=0, sign_gap=0.0, seal=seal, seal_on_sign=True,
                            seal_dx=rng.uniform(-10, 25), seal_dy=rng.uniform(-5, 10), min_height=90.0)
        cell_right = SigCell([Para("", st, (lang,))])
        seal.over_signature = True
    else:
        cell_left = SigCell([Para(T["chair"], st, (lang,))], signature=sign, sign_line=0, sign_gap=0.0)
        cell_right = SigCell([Para(stamp, st, (lang,)),
                              Para(T["date"].format(date=date_text), st, (lang,), tag="date")],
                             seal=seal, seal_line=1, seal_dx=rng.uniform(-50, -10), seal_dy=rng.uniform(-20, 0))
    return SignatureGrid([cell_left, cell_right], cols=2, gap=30.0)
