"""Chinese-only documents: the consortium agreement and the ethics review opinion.

Their wording lives in CONSORTIUM and ETHICS below (data), the assembly in
the two builder functions.
"""
from __future__ import annotations

import datetime as dt
import random

from . import content as C
from . import entities as E
from .compose import (A4, COUNTRY_ZH, COLOURED_NOTES, Composed, MarkStyle, domestic_seal, foreign_seal,
                      heading_text, make_theme)
from .distract import BLUE, RED, FormBoxes, HeaderEmblem, Letterhead, Placeholder, QRBlock
from .dates import format_date
from .layout import Block, Para, SigCell, SignatureGrid, Spacer, Table
from .spec import Sample

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


def _zh_cn(n: int) -> str:
    return "一二三四五六七八九十"[n - 1]


def consortium(sample: Sample, rng: random.Random) -> Composed:
    """A joint-application agreement among 4–6 units with a funding table in 万元."""
    th = make_theme(sample, rng)
    body = th.body("zh")
    topic = E.TOPICS[sample.topic]["zh"]
    units = [("lead", E.DOMESTIC[sample.domestic])]
    if sample.foreign:
        units.append(("foreign", E.FOREIGN[sample.foreign]))
    units += [(E.DOMESTIC[k]["kind"], E.DOMESTIC[k]) for k in sample.extra_units]
    labels = [*C.PARTY_LABELS["zh"], *C.ZH_EXTRA_PARTIES][:len(units)]
    names = [u["names"]["zh"] for _, u in units]
    display = [f"{n}（{u['names']['en']}）" if role == "foreign" else n for (role, u), n in zip(units, names)]
    date = dt.date.fromisoformat(sample.date) if sample.date else dt.date(2025, 2, 1) + dt.timedelta(days=rng.randrange(90))
    date_text = format_date(date, "zh", rng.randrange(2))

    blocks: list[Block] = [Para(C.TITLES["consortium"]["zh"][rng.randrange(2)], th.title("zh"), ("zh",)),
                           Para(f"项目名称：{topic}", body.but(indent=0.0, space_after=2.0), ("zh",))]
    for lab, (role, u), disp in zip(labels, units, display):
        tag = "（牵头单位）" if role == "lead" else ("（外方合作单位）" if role == "foreign" else "")
        blocks.append(Para(f"{lab}{tag}：{disp}", body.but(indent=0.0, space_after=1.5), ("zh",)))
    blocks.append(Spacer(4))
    blocks.append(Para(CONSORTIUM["preamble"].format(topic=topic), body, ("zh",)))

    n = 0

    def article(title: str) -> None:
        nonlocal n
        n += 1
        blocks.append(Para(heading_text("zh", n, title, th), th.heading("zh"), ("zh",), keep_with_next=True))

    article(CONSORTIUM["tasks_title"])
    blocks.append(Para(CONSORTIUM["tasks"].format(start="2025年7月", end="2027年6月", sites=rng.choice([1, 2]),
                                                  techs=rng.choice([3, 4, 5]), patents=rng.choice([2, 3]),
                                                  papers=rng.choice([6, 8, 10]), people=rng.choice([5, 8])),
                       body, ("zh",)))
    article(CONSORTIUM["duties_title"])
    for k, (lab, (role, u)) in enumerate(zip(labels, units)):
        duty = CONSORTIUM["duties"][role].format(country=COUNTRY_ZH.get(u.get("country", ""), "所在国"))
        blocks.append(Para(f"（{_zh_cn(k + 1)}）{lab}：{duty}", body.but(space_after=1.5), ("zh",)))

    total = rng.choice([200, 240, 300, 360])
    shares = _split(total, [role for role, _ in units], rng)
    article(CONSORTIUM["funding_title"])
    blocks.append(Para(CONSORTIUM["funding_intro"].format(total=total), body, ("zh",)))
    cell_st = th.body("zh", size=max(9.0, th.size - 1)).but(indent=0.0, space_after=0.0)
    head_st = cell_st.but(bold_fake=True, align="center")
    rows = [[[Para(h, head_st, ("zh",))] for h in CONSORTIUM["funding_head"]]]
    for k, ((role, u), name, amount) in enumerate(zip(units, names, shares)):
        pct = f"{100 * amount / total:.1f}%"
        rows.append([[Para(x, cell_st.but(align=al), ("zh",))] for x, al in
                     ((str(k + 1), "center"), (name, "left"), (CONSORTIUM["task_short"][role], "left"),
                      (f"{amount:g}", "right"), (pct, "right"))])
    rows.append([[Para(x, head_st, ("zh",))] for x in ("", "合计", "", f"{total:g}", "100.0%")])
    blocks.append(Table([0.08, 0.34, 0.3, 0.15, 0.13], rows, ruled=True, pad=3.5, header_rows=1))
    article(CONSORTIUM["ip_title"])
    blocks.append(Para(CONSORTIUM["ip"], body, ("zh",)))
    clauses = ["tasks", "responsibilities", "funding", "ip"]
    if rng.random() < 0.7:
        article(CONSORTIUM["benefit_title"])
        blocks.append(Para(CONSORTIUM["benefit"], body, ("zh",)))
        clauses.append("benefit")
    article(CONSORTIUM["other_title"])
    blocks.append(Para(CONSORTIUM["other"].format(copies=_zh_cn(len(units))), body, ("zh",)))
    blocks.append(Para(CONSORTIUM["sign_date"].format(date=date_text), body.but(indent=0.0, space_before=6.0),
                       ("zh",), tag="date"))
    blocks.append(Spacer(8))

    ms = MarkStyle(sample)
    row = sample.marks.get("seal_row", 0)  # units' seals side by side, n to a row
    cells = []
    for k, (lab, (role, u), name) in enumerate(zip(labels, units, names)):
        st = body.but(indent=0.0, space_after=2.0)
        if row:
            lines = [Para(f"{lab}（盖章）", st, ("zh",)), Para("负责人：", st, ("zh",))]
        else:
            lines = [Para(f"{lab}（盖章）：{name}", st, ("zh",)), Para(CONSORTIUM["sign"], st, ("zh",))]
        if rng.random() < 0.5:
            lines.append(Para("日期：", st, ("zh",)))
        seal = None
        if sample.unmarked:
            if "placeholder" in sample.distractors:
                seal = Placeholder(rng, "（盖章处）", shape="circle" if k % 2 == 0 else "box")
        elif k not in sample.unsealed_parties:
            seal = (foreign_seal(u, rng, style=ms) if role == "foreign" else domestic_seal(name, rng, style=ms))
        sign = ms.signature(rng, name) if rng.random() < 0.6 and not sample.unmarked else None
        cells.append(ms.cell(SigCell(lines, signature=sign, sign_line=1, seal=seal, seal_line=0,
                                     seal_dx=rng.uniform(-40, 0) if not row else rng.uniform(-6, 6),
                                     seal_dy=rng.uniform(0, 20), sign_gap=22.0, min_height=110.0)))
    if "boxes" in sample.distractors:
        blocks.append(FormBoxes(["牵头单位审核意见（盖章）", "主管部门意见（盖章）"], height=rng.uniform(55, 75)))
    blocks.append(SignatureGrid(cells, cols=row or 2, gap=4.0 if row else 24.0, keep_together=False))

    out = Composed(blocks, A4, th)
    out.parties = names
    out.party_names = [{"zh": n, "en": u["names"]["en"]} for (_, u), n in zip(units, names)]
    flags = {"cooperation_content": False, "tasks": True, "responsibilities": True, "funding_allocation": True,
             "ip_ownership": True, "benefit_sharing": "benefit" in clauses, "data_ownership": False}
    flags["funding_allocation"] = [
        {"party": n, "amount_wan": a, "percent": round(100 * a / total, 1), "role": role,
         "kind": "foreign" if role == "foreign" else u["kind"],
         "region": "abroad" if role == "foreign" else u["region"]}
        for (role, u), n, a in zip(units, names, shares)]
    out.elements = {**flags, "signing_date": date.isoformat(), "parties": names}
    out.extra = {"dates_written": {"zh": date_text}, "total_wan": total,
                 "other_units": len(units) - (2 if sample.foreign else 1), "clauses": clauses}
    return out


def _split(total: int, roles: list[str], rng: random.Random) -> list[float]:
    """Funding shares in 万元 (multiples of 5) that add up to the total; the lead gets most."""
    weights = [rng.uniform(3.5, 4.5) if r == "lead" else rng.uniform(0.8, 1.8) for r in roles]
    raw = [total * w / sum(weights) for w in weights]
    shares = [max(5.0, round(x / 5) * 5) for x in raw]
    shares[0] += total - sum(shares)
    return shares


def ethics(sample: Sample, rng: random.Random) -> Composed:
    """An ethics committee's review opinion: a form table, the opinion, the conclusion, seal."""
    th = make_theme(sample, rng)
    body = th.body("zh").but(indent=0.0)
    com = E.ETHICS_COMMITTEES[sample.committee]
    date = dt.date.fromisoformat(sample.date) if sample.date else dt.date(2025, 3, 1) + dt.timedelta(days=rng.randrange(40))
    date_text = format_date(date, "zh", rng.randrange(2))
    applicant = E.DOMESTIC[sample.domestic]
    person = rng.choice(E.PEOPLE["CN"])["zh"]
    topic = E.TOPICS[sample.topic]["zh"]
    number = rng.choice(ETHICS["number"]).format(y=date.year, n=rng.randrange(12, 180))
    r = random.Random(f"distract:{sample.file}")
    head: list[Block] = []
    if "emblem" in sample.distractors and "letterhead" not in sample.distractors:
        head.append(HeaderEmblem(applicant["names"]["en"].upper(), "DejaVuSans-Bold", applicant["names"]["zh"],
                                 applicant["names"]["en"], r))
    if "letterhead" in sample.distractors:
        head.append(Letterhead(com["name"], r, number=None, star=r.random() < 0.6,
                               emblem=(com["unit"], "WQY") if "emblem" in sample.distractors else None))
    blocks: list[Block] = head + [
        Para(com["name"], th.title("zh").but(space_after=2.0), ("zh",)),
        Para(C.TITLES["ethics"]["zh"][rng.randrange(2)], th.title("zh"), ("zh",)),
        Para(number, body.but(align="right", space_after=6.0), ("zh",)),
    ]
    values = [topic, person, applicant["names"]["zh"], ETHICS["source"], ETHICS["category"],
              rng.choice(ETHICS["mode"]), date_text]
    st = body.but(space_after=0.0)
    rows = [[[Para(k, st.but(bold_fake=True), ("zh",))], [Para(v, st, ("zh",), tag="date" if k == "审查日期" else None)]]
            for k, v in zip(ETHICS["fields"], values)]
    blocks.append(Table([0.24, 0.76], rows, ruled=True, pad=4.0))
    blocks.append(Spacer(8))
    blocks.append(Para(ETHICS["materials"], body, ("zh",)))
    blocks.append(Para("审查意见：" + ETHICS["opinion"][sample.conclusion], th.body("zh"), ("zh",),
                       underline=r.choice([RED, BLUE]) if "underline" in sample.distractors else None))
    if "colored_text" in sample.distractors:
        blocks.append(Para(r.choice(COLOURED_NOTES[:2]), body.but(color=r.choice([BLUE, RED])), ("zh",),
                           mark="colored_text"))
    m = rng.choice([7, 9, 11])
    a = m if sample.conclusion != "不同意" else 2
    blocks.append(Para(ETHICS["votes"].format(m=m, a=a, b=m - a), body, ("zh",)))
    if rng.random() < 0.5 and sample.form != "native":
        options = ["同意", "修改后同意", "不同意"]
        line = "审查结论：" + "　".join(("■" if o == sample.conclusion else "□") + o for o in options)
    else:
        line = f"审查结论：{sample.conclusion}"
    blocks.append(Para(line, th.heading("zh").but(space_before=6.0), ("zh",)))
    blocks.append(Para(ETHICS["follow"], body, ("zh",)))
    if "qr" in sample.distractors:
        blocks.append(QRBlock("扫描二维码查验审查意见", r))
    if "boxes" in sample.distractors:
        blocks.append(FormBoxes(["委员会办公室（盖章）", "经办人"], height=r.uniform(45, 60)))
    blocks.append(Spacer(12))
    st = body.but(space_after=3.0)
    ms = MarkStyle(sample)
    if sample.unmarked:
        seal = Placeholder(rng, "（盖章处）") if "placeholder" in sample.distractors else None
        sign = None
    else:
        seal = domestic_seal(com["name"], rng, bottom="", style=ms)
        sign = ms.signature(rng, com["name"])
    if sample.marks.get("seal_over_sig") and sign is not None:  # one stamp over the chair's signature
        cell_left = SigCell([Para(ETHICS["chair"], st, ("zh",)), Para(ETHICS["stamp"], st, ("zh",)),
                             Para(ETHICS["date"].format(date=date_text), st, ("zh",), tag="date")],
                            signature=sign, sign_line=0, sign_gap=0.0, seal=seal, seal_on_sign=True,
                            seal_dx=rng.uniform(-10, 25), seal_dy=rng.uniform(-5, 10), min_height=90.0)
        cell_right = SigCell([Para("", st, ("zh",))])
        seal.over_signature = True
    else:
        cell_left = SigCell([Para(ETHICS["chair"], st, ("zh",))], signature=sign, sign_line=0, sign_gap=0.0)
        cell_right = SigCell([Para(ETHICS["stamp"], st, ("zh",)),
                              Para(ETHICS["date"].format(date=date_text), st, ("zh",), tag="date")],
                             seal=seal, seal_line=1, seal_dx=rng.uniform(-50, -10), seal_dy=rng.uniform(-20, 0))
    blocks.append(SignatureGrid([cell_left, cell_right], cols=2, gap=30.0))
    out = Composed(blocks, A4, th)
    out.parties = []
    out.elements = {"ethics_committee": com["name"],
                    "ethics_conclusion": ETHICS["conclusion_values"][sample.conclusion],
                    "ethics_date": date.isoformat(), "signing_date": None, "parties": None}
    out.extra = {"dates_written": {"zh": date_text}, "conclusion_text": sample.conclusion, "applicant": values[2]}
    out.mentions = []
    return out
