"""Generate a round of applications for the bulk audit (round/).

    .venv/bin/python scripts/make_round.py [--seed 0] [--out round]

One folder or ZIP per application, an applications.csv describing them, and
.expected.json: per application, the application-level and cross-application
rules that must fire (.expected.json, hidden so the audit skips it; ``status``: a file refused with its reason), and for
the complete ones that no error may. Covers
complete applications, each gap the audit looks for, a foreign leader shared by
three applications, a duplicate agreement, an enterprise under the 2:1 match,
a ZIP with GBK names from Chinese Windows and a hostile ZIP.

Documents are text-layer PDFs, so the whole round audits in about a minute on
two cores (the OCR path is covered by the sample set itself).
"""
from __future__ import annotations

import argparse
import csv
import io
import json
import shutil
import sys
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from samplegen.entities import DOMESTIC, FOREIGN  # noqa: E402
from samplegen.fonts import register_fonts  # noqa: E402
from samplegen.output import build_sample  # noqa: E402
from samplegen.spec import Sample  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
NO_IP = ["content", "responsibilities", "funding", "data", "term", "dispute", "final"]
TYPES = {"university": "university", "institute": "institute", "company": "enterprise"}


@dataclass
class App:
    id: str
    docs: list[Sample]
    lead: str
    foreign: str
    field: str
    title: str = ""
    leader: str = ""
    foreign_leader: str = ""
    participants: list[str] = field(default_factory=list)  # "KEY" or "KEY|type|region|public|own"
    lead_funds: tuple[float, float] | None = None  # the lead unit's (public, own) funds, 万元
    expect: list[str] = field(default_factory=list)  # rule ids that must fire
    copies: list[tuple[str, str, str]] = field(default_factory=list)  # (app, file, how: same | resaved)
    pack: str = "folder"  # folder | zip | gbk_zip | hostile_zip
    manifest: str = "row"  # row | none | invalid
    notes: str = ""


def coop(name: str, domestic: str, foreign: str, langs=("zh", "ru"), **kw) -> Sample:
    layout = "mono" if len(langs) == 1 else kw.pop("layout", "sequential")
    return Sample(name, "cooperation", tuple(langs), layout, "native", domestic=domestic, foreign=foreign, **kw)


def consortium(name: str, domestic: str, foreign: str, extra: list[str], **kw) -> Sample:
    return Sample(name, "consortium", ("zh",), "mono", "native", domestic=domestic, foreign=foreign,
                  extra_units=extra, **kw)


def ip(name: str, domestic: str, foreign: str, **kw) -> Sample:
    return Sample(name, "ip", ("zh", "en"), "sequential", "native", domestic=domestic, foreign=foreign, **kw)


def ethics(name: str, domestic: str, **kw) -> Sample:
    return Sample(name, "ethics", ("zh",), "mono", "native", domestic=domestic, committee="XMU1",
                  topic="echinococcosis", **kw)


TOPIC_ZH = {"irrigation": "干旱区节水灌溉与盐碱地改良技术联合研究", "wheat": "小麦抗旱品种选育与种质资源交换",
            "desertification": "基于人工智能的荒漠化遥感监测技术合作研究",
            "medicinal": "中亚特色药用植物资源评价与开发利用", "echinococcosis": "包虫病分子诊断与流行病学联合研究"}

APPS: list[App] = [
    # ---------------------------------------------------------------- complete
    App("XJ2025-001", [coop("合作协议.pdf", "XJU", "COMSATS", ("zh", "en"), topic="desertification")],
        "XJU", "COMSATS", "生态环境", TOPIC_ZH["desertification"], "王建新", "Muhammad Tahir",
        expect=["domestic_leader_limit"], notes="Complete in itself; its leader also leads XJ2025-028."),
    App("XJ2025-002", [coop("cooperation_agreement.pdf", "XIEG", "NSU", ("zh", "ru"), layout="alternating",
                            topic="desertification")],
        "XIEG", "NSU", "生态环境", TOPIC_ZH["desertification"], "李明", "Иван Петров",
        expect=["near_duplicate"], notes="Complete in itself; XJ2025-029 files the same agreement."),
    App("XJ2025-003", [coop("协议.pdf", "XAU", "KAZNARU", ("zh", "kk"), layout="side_by_side", topic="irrigation")],
        "XAU", "KAZNARU", "农业节水", TOPIC_ZH["irrigation"], "陈志刚", "Серік Нұрланов",
        expect=["same_file"], notes="Complete in itself; XJ2025-030 files the very same file."),
    App("XJ2025-004", [coop("合作协议.pdf", "XJU", "KAZNU", ("zh", "en"), clauses=NO_IP, topic="wheat"),
                       ip("知识产权协议.pdf", "XJU", "KAZNU", topic="wheat")],
        "XJU", "KAZNU", "作物育种", TOPIC_ZH["wheat"], "赵丽", "Айгүл Сейітова",
        notes="IP and revenue terms only in the separate IP agreement: no IP finding."),
    App("XJ2025-005", [coop("合作协议.pdf", "XAU", "KAZNARU", ("zh", "ru"), topic="irrigation"),
                       consortium("联合申报协议.pdf", "XAU", "KAZNARU", ["XAAS", "SHZU"], topic="irrigation")],
        "XAU", "KAZNARU", "农业节水", TOPIC_ZH["irrigation"], "马强", "Бақыт Омаров",
        participants=["XAAS", "SHZU"], notes="Joint application, every unit sealed."),
    App("XJ2025-006", [coop("合作协议.pdf", "XMU", "ASU", ("zh", "ru"), topic="echinococcosis"),
                       ethics("伦理审查批件.pdf", "XMU")],
        "XMU", "ASU", "临床医学", TOPIC_ZH["echinococcosis"], "艾力·买买提", "Ольга Смирнова",
        notes="Medical work with its ethics review report."),
    App("XJ2025-007", [coop("协议中文版.pdf", "TARU", "NSU", ("zh",), topic="wheat"),
                       coop("协议俄文版.pdf", "TARU", "NSU", ("ru",), topic="wheat")],
        "TARU", "NSU", "作物育种", TOPIC_ZH["wheat"], "孙伟", "Андрей Козлов",
        notes="The Chinese and the Russian version as two files: together bilingual."),
    # ---------------------------------------------------------------- one gap each
    App("XJ2025-008", [ip("知识产权协议.pdf", "SHZU", "TSAU", topic="irrigation")],
        "SHZU", "TSAU", "农业节水", TOPIC_ZH["irrigation"], "周涛", "Dilshod Rahimov",
        expect=["agreement_missing"]),
    App("XJ2025-009", [coop("合作协议.pdf", "XJU", "KNU", ("zh",), topic="medicinal")],
        "XJU", "KNU", "药用植物", TOPIC_ZH["medicinal"], "吴敏", "Айбек Токтогулов",
        expect=["agreement_not_bilingual"]),
    App("XJ2025-010", [coop("合作协议.pdf", "XAU", "TAU", ("zh", "tk"), unexecuted=["tk"], topic="irrigation")],
        "XAU", "TAU", "农业节水", TOPIC_ZH["irrigation"], "郑华", "Merdan Annayew",
        expect=["agreement_not_executed"]),
    App("XJ2025-011", [coop("合作协议.pdf", "XIEG", "NUM", ("zh", "en"), clauses=NO_IP, topic="desertification")],
        "XIEG", "NUM", "生态环境", TOPIC_ZH["desertification"], "刘洋", "Батбаяр Дорж",
        expect=["ip_terms_missing", "benefit_terms_missing"]),
    App("XJ2025-012", [coop("合作协议.pdf", "XAAS", "ASU", ("zh", "ru"), topic="wheat")],
        "XAAS", "ASU", "作物育种", TOPIC_ZH["wheat"], "黄磊", "Сергей Волков",
        participants=["SHZU"], expect=["consortium_missing", "units_not_named"],
        notes="Three units apply, no consortium agreement (so no agreement names the third)."),
    App("XJ2025-013", [coop("合作协议.pdf", "XJU", "TNU", ("zh", "ru"), topic="medicinal"),
                       consortium("联合申报协议.pdf", "XJU", "TNU", ["XIEG", "XAAS", "OASIS", "TARU"], topic="medicinal")],
        "XJU", "TNU", "药用植物", TOPIC_ZH["medicinal"], "何静", "Фаррух Назаров",
        participants=["XIEG", "XAAS", "OASIS|enterprise|xinjiang|50|120", "TARU"], expect=["too_many_units"]),
    App("XJ2025-014", [coop("合作协议.pdf", "XAU", "KNAU", ("zh", "ru"), topic="irrigation"),
                       consortium("联合申报协议.pdf", "XAU", "KNAU", ["XAAS", "SHZU"], unsealed_parties=[3],
                                  topic="irrigation")],
        "XAU", "KNAU", "农业节水", TOPIC_ZH["irrigation"], "罗斌", "Азамат Жумабаев",
        participants=["XAAS", "SHZU"], expect=["consortium_unsealed"]),
    App("XJ2025-015", [coop("合作协议.pdf", "XMU", "KAZNU", ("zh", "ru"), topic="echinococcosis")],
        "XMU", "KAZNU", "临床医学", TOPIC_ZH["echinococcosis"], "古丽娜尔", "Ержан Қасымов",
        expect=["ethics_missing"]),
    App("XJ2025-016", [coop("合作协议.pdf", "SHZU", "KAZNARU", ("zh", "ru"), topic="irrigation")],
        "SHZU", "KAZNU", "农业节水", TOPIC_ZH["irrigation"], "高峰", "Марат Әбілов",
        expect=["units_not_named"], notes="The manifest names another foreign partner than the agreement."),
    App("XJ2025-017", [coop("合作协议.pdf", "XAU", "TSAU", ("zh", "ru"), topic="wheat")],
        "XJU", "TSAU", "作物育种", TOPIC_ZH["wheat"], "林芳", "Jasur Aliyev",
        expect=["units_not_named", "units_not_in_manifest"],
        notes="The manifest's lead unit is not the agreement's domestic party."),
    App("XJ2025-018", [coop("合作协议.pdf", "XJU", "NSU", ("zh", "ru"), topic="irrigation"),
                       consortium("联合申报协议.pdf", "XJU", "NSU", ["XAAS"], topic="irrigation")],
        "XJU", "NSU", "农业节水", "新疆特色林果病虫害绿色防控技术", "谢军", "Павел Орлов",
        participants=["XAAS"], expect=["titles_differ"]),
    App("XJ2025-019", [coop("合作协议.pdf", "XIEG", "KAZNU", ("zh", "en"), project_period=("2026-01", "2028-12"),
                            wording="varied", clauses=["content", "period", "responsibilities", "funding", "ip",
                                                       "benefit", "data", "term", "final"], topic="desertification"),
                       consortium("联合申报协议.pdf", "XIEG", "KAZNU", ["XAAS"], project_period=("2026-01", "2027-12"),
                                  topic="desertification")],
        "XIEG", "KAZNU", "生态环境", TOPIC_ZH["desertification"], "宋洁", "Дана Жақыпова",
        participants=["XAAS"], expect=["periods_differ"]),
    App("XJ2025-020", [coop("合作协议.pdf", "XAU", "KAZNARU", ("zh", "ru"), topic="irrigation"),
                       consortium("联合申报协议.pdf", "XAU", "KAZNARU", ["OASIS"], topic="irrigation")],
        "XAU", "KAZNARU", "农业节水", TOPIC_ZH["irrigation"], "唐亮", "Болат Ахметов",
        participants=["OASIS|enterprise|xinjiang|100|150"], expect=["enterprise_match"],
        notes="The enterprise matches 100 of public funds with 150 of its own (2:1 needs 200)."),
    App("XJ2025-021", [coop("合作协议.pdf", "XTIPC", "NSU", ("zh", "ru"), topic="desertification"),
                       consortium("联合申报协议.pdf", "XTIPC", "NSU", ["XIEG"], topic="desertification")],
        "XTIPC", "NSU", "生态环境", TOPIC_ZH["desertification"], "冯雪", "Николай Соколов",
        participants=["XIEG", "中国石油新疆油田分公司勘探开发研究院|central_enterprise_branch|xinjiang|50|80"],
        expect=["central_branch_funds", "units_not_named", "consortium_unsealed"],
        notes="A central-enterprise branch asks for public funds; it is named in no agreement."),
    App("XJ2025-022", [coop("合作协议.pdf", "XAU", "KNAU", ("zh", "ru"), topic="wheat"),
                       consortium("联合申报协议.pdf", "XAU", "KNAU", ["CAU"], topic="wheat")],
        "XAU", "KNAU", "作物育种", TOPIC_ZH["wheat"], "邓超", "Эрлан Садыков",
        participants=["CAU|university|other|200"], lead_funds=(100, 0), expect=["outside_share"],
        notes="The unit outside Xinjiang asks for 200 of the 300 public funds."),
    # ---------------------------------------------------------------- across applications
    App("XJ2025-023", [coop("合作协议.pdf", "XJU", "KAZNU", ("zh", "kk"), layout="alternating", topic="irrigation")],
        "XJU", "KAZNU", "农业节水", TOPIC_ZH["irrigation"], "韩冰", "Нұрлан Әбенов",
        expect=["foreign_leader_limit"]),
    App("XJ2025-024", [coop("合作协议.pdf", "XJU", "KAZNU", ("zh", "ru"), topic="desertification")],
        "XJU", "KAZNU", "生态环境", TOPIC_ZH["desertification"], "曹阳", "Нұрлан Әбенов",
        expect=["foreign_leader_limit"]),
    App("XJ2025-025", [coop("合作协议.pdf", "XJU", "KAZNU", ("zh", "en"), topic="wheat")],
        "XJU", "KAZNU", "作物育种", TOPIC_ZH["wheat"], "彭飞", "Нұрлан Әбенов",
        expect=["foreign_leader_limit"], notes="Three applications share one foreign leader (at most 2)."),
    App("XJ2025-026", [coop("合作协议.pdf", "XAU", "TSAU", ("zh", "en"), topic="medicinal")],
        "XAU", "TSAU", "药用植物", TOPIC_ZH["medicinal"], "蒋文", "Aziz Karimov",
        expect=["foreign_leader_units"]),
    App("XJ2025-027", [coop("合作协议.pdf", "TARU", "TSAU", ("zh", "ru"), topic="medicinal")],
        "TARU", "TSAU", "药用植物", TOPIC_ZH["medicinal"], "沈琳", "Aziz Karimov",
        expect=["foreign_leader_units"], notes="One foreign leader, one research direction, two domestic units."),
    App("XJ2025-028", [coop("合作协议.pdf", "XIEG", "NUM", ("zh", "ru"), topic="desertification")],
        "XIEG", "NUM", "生态环境", TOPIC_ZH["desertification"], "王建新", "Ганбаатар Бат",
        expect=["domestic_leader_limit"], notes="Its domestic leader also leads XJ2025-001."),
    App("XJ2025-029", [], "XIEG", "NSU", "生态环境", TOPIC_ZH["desertification"], "钱坤", "Игорь Лебедев",
        copies=[("XJ2025-002", "cooperation_agreement.pdf", "resaved")], expect=["near_duplicate"],
        notes="XJ2025-002's agreement, saved again: other bytes, the same agreement."),
    App("XJ2025-030", [], "XAU", "KAZNARU", "农业节水", TOPIC_ZH["irrigation"], "余海", "Қайрат Бекұлы",
        copies=[("XJ2025-003", "协议.pdf", "same")], expect=["same_file"],
        notes="XJ2025-003's file, byte for byte."),
    # ---------------------------------------------------------------- archives and the manifest
    App("XJ2025-031", [coop("合作协议.pdf", "SHZU", "NUUZ", ("zh", "uz"), layout="side_by_side", topic="wheat"),
                       ip("知识产权协议.pdf", "SHZU", "NUUZ", topic="wheat")],
        "SHZU", "NUUZ", "作物育种", TOPIC_ZH["wheat"], "许诺", "Bobur Toshmatov", pack="gbk_zip",
        notes="A ZIP from Chinese Windows: GBK names without the UTF-8 flag."),
    App("XJ2025-032", [coop("合作协议.pdf", "XJU", "UAF", ("zh", "en"), topic="irrigation")],
        "XJU", "UAF", "农业节水", TOPIC_ZH["irrigation"], "傅强", "Ali Raza", pack="hostile_zip",
        expect=["status"],
        notes="A ZIP with a member leaving the archive, a nested ZIP, a ZIP named .pdf and a zip bomb beside the agreement."),
    App("XJ2025-033", [coop("合作协议.pdf", "XMU", "ASU", ("zh", "ru"), topic="medicinal")],
        "XMU", "ASU", "药用植物", TOPIC_ZH["medicinal"], "董洁", "Елена Морозова",
        participants=["SHZU|company|xinjiang"], manifest="invalid", expect=["manifest_row_invalid"],
        notes="Its row names a unit type the guide does not know (company)."),
    App("XJ2025-034", [coop("合作协议.pdf", "XAAS", "KNU", ("zh", "ru"), topic="wheat")],
        "XAAS", "KNU", "作物育种", TOPIC_ZH["wheat"], "潘悦", "Нурлан Исаков", manifest="none",
        expect=["manifest_row_missing"]),
    App("XJ2025-035", [], "XJU", "KNU", "药用植物", TOPIC_ZH["medicinal"], "田野", "Канат Абдыкеров",
        pack="absent", expect=["agreement_missing"], notes="In applications.csv, but nothing was sent."),
]


def unit_row(key: str) -> str:
    """A participant as the manifest writes it: name|type|region[|public|own]; a
    sample unit's key is replaced by its Chinese name, its type and region filled in."""
    name, _, rest = key.partition("|")
    if name not in DOMESTIC:
        return key
    u = DOMESTIC[name]
    return "|".join([u["names"]["zh"], rest or f"{TYPES[u['kind']]}|{u['region']}"])


def manifest_row(app: App) -> dict[str, str]:
    lead = DOMESTIC[app.lead]["names"]["zh"]
    return {"application_id": app.id, "title": app.title, "field": app.field, "domestic_leader": app.leader,
            "lead_unit": lead, "foreign_unit": FOREIGN[app.foreign]["names"]["zh"],
            "foreign_leader": app.foreign_leader, "participants": ";".join(unit_row(p) for p in app.participants),
            "lead_unit_type": TYPES[DOMESTIC[app.lead]["kind"]],
            "lead_public_funds": f"{app.lead_funds[0]:g}" if app.lead_funds else "",
            "lead_own_funds": f"{app.lead_funds[1]:g}" if app.lead_funds else ""}


def build(app: App, out: Path, staging: Path, seed: str) -> None:
    folder = staging / app.id
    folder.mkdir(parents=True, exist_ok=True)
    for sample in app.docs:
        build_sample(sample, folder, seed)
    for other, name, how in app.copies:
        source = out / other / name
        if how == "same":
            shutil.copyfile(source, folder / name)
        else:
            import pikepdf

            with pikepdf.open(source) as pdf:
                pdf.docinfo["/Title"] = "扫描件"
                pdf.save(folder / name, linearize=True, static_id=True)
    if app.pack == "folder":
        shutil.move(str(folder), out / app.id)
    elif app.pack == "zip":
        _zip(folder, out / f"{app.id}.zip")
    elif app.pack == "gbk_zip":
        _zip(folder, out / f"{app.id}.zip", gbk=True)
    elif app.pack == "hostile_zip":
        _hostile(folder, out / f"{app.id}.zip")


def _zip(folder: Path, target: Path, gbk: bool = False) -> None:
    """``gbk``: names as Chinese Windows writes them, GBK bytes without the UTF-8
    flag (zipfile flags non-ASCII names, so a stand-in is swapped afterwards)."""
    swaps = {}
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as zf:
        for n, path in enumerate(sorted(folder.iterdir())):
            name = path.name
            if gbk:
                raw = name.encode("gbk")
                stand_in = (f"{n:02d}" + "X" * (len(raw) - 6) + ".pdf").encode()
                swaps[stand_in] = raw
                name = stand_in.decode()
            _add(zf, name, path.read_bytes())
    blob = target.read_bytes()
    for stand_in, raw in swaps.items():
        assert blob.count(stand_in) == 2, stand_in
        blob = blob.replace(stand_in, raw)
    target.write_bytes(blob)


def _hostile(folder: Path, target: Path) -> None:
    inner = io.BytesIO()
    with zipfile.ZipFile(inner, "w") as z:
        _add(z, "x.pdf", b"%PDF-1.4\n%%EOF\n")
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as zf:
        for path in sorted(folder.iterdir()):
            _add(zf, path.name, path.read_bytes())
        _add(zf, "../../outside.pdf", b"%PDF-1.4\n%%EOF\n")
        _add(zf, "附件/嵌套.zip", inner.getvalue())
        _add(zf, "伪装.pdf", inner.getvalue())
        _add(zf, "bomb.pdf", b"\0" * (16 << 20))


def _add(zf: zipfile.ZipFile, name: str, data: bytes) -> None:
    """A member with a fixed time stamp: the same round comes out byte for byte."""
    info = zipfile.ZipInfo(name, date_time=(2025, 3, 1, 9, 0, 0))
    info.compress_type = zipfile.ZIP_DEFLATED
    zf.writestr(info, data)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--out", type=Path, default=ROOT / "round")
    args = ap.parse_args(argv)
    register_fonts()
    if args.out.exists():
        shutil.rmtree(args.out)
    args.out.mkdir(parents=True)
    staging = args.out.parent / f".{args.out.name}-staging"
    shutil.rmtree(staging, ignore_errors=True)
    for app in APPS:
        if app.pack != "absent":
            build(app, args.out, staging, f"{args.seed}:{app.id}")  # two applications' files never alike by chance
        print(f"{app.id} {len(app.docs) + len(app.copies)} files {app.pack}", file=sys.stderr)
    shutil.rmtree(staging, ignore_errors=True)
    rows = [manifest_row(a) for a in APPS if a.manifest != "none"]
    with (args.out / "applications.csv").open("w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)
    expected = {a.id: {"expect": sorted(a.expect), "notes": a.notes} for a in APPS}
    (args.out / ".expected.json").write_text(json.dumps(expected, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"{len(APPS)} applications in {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
