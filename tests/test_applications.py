"""Application-level and cross-application rules on hand-made cases, the manifest,
and the audit's command line."""
from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook

from docintel import analyze
from docintel.audit.applications import load_manifest
from docintel.audit.export import export
from docintel.audit.facts import minhash
from docintel.audit.run import run_audit
from docintel.config import Settings
from docintel.judge.across import ACROSS_RULES, DocFacts, Round
from docintel.judge.applications import APPLICATION_RULES, AppView, Doc, same_unit
from docintel.judge.rulebook import load_rulebook
from docintel.models import DocumentReport, Element, LanguageVersion
from docintel.store import Store

from .conftest import ROOT, write_pdf

HEADER = "application_id,title,field,domestic_leader,lead_unit,foreign_unit,foreign_leader,participants"


def manifest_row(tmp_path: Path, line: str, header: str = HEADER, encoding: str = "utf-8"):
    (tmp_path / "applications.csv").write_bytes(f"{header}\n{line}\n".encode(encoding))
    return load_manifest(tmp_path)


def fire(rule_id: str, app: AppView) -> list:
    book = load_rulebook()
    return list(APPLICATION_RULES[rule_id](app, book.applications[rule_id], book))


def doc(doc_type: str, file: str = "a.pdf", **elements: Element) -> Doc:
    report = DocumentReport(path=file, sha256="0" * 64, pages=1, doc_type=doc_type)
    return Doc(file, report, dict(elements))


def test_manifest_in_gbk_with_funds_and_a_bad_row(tmp_path):
    m = manifest_row(tmp_path, "A1,题目,农业,张三,新疆大学,哈萨克国立大学,Ivan,新疆绿洲公司|enterprise|xinjiang|100|150；"
                               "中国农业大学|university|other|80\nA2,,,,,,,X|company|xinjiang", encoding="gb18030")
    row = m.rows["A1"]
    assert [u.name for u in row.participants] == ["新疆绿洲公司", "中国农业大学"]
    assert row.participants[0].type == "enterprise" and row.participants[0].own_funds == 150
    assert row.participants[1].region == "other" and row.participants[1].public_funds == 80
    assert "A2" in m.problems and "type" in m.problems["A2"]


def test_manifest_from_xlsx(tmp_path):
    wb = Workbook()
    ws = wb.active
    ws.append(HEADER.split(",") + ["lead_public_funds"])
    ws.append(["A1", "题目", "医学", "张三", "新疆医科大学", "阿尔泰国立大学", "Olga", "", 120])
    wb.save(tmp_path / "applications.xlsx")
    row = load_manifest(tmp_path).rows["A1"]
    assert row.lead.public_funds == 120 and row.field == "医学"


def test_a_manifest_without_an_id_column_stops_the_audit_with_a_clear_error(tmp_path):
    (tmp_path / "applications.csv").write_text("id,title\nA1,x\n", encoding="utf-8")
    (tmp_path / "A1").mkdir()
    proc = subprocess.run([sys.executable, "-m", "docintel", "audit", str(tmp_path), "--db", str(tmp_path / "a.db")],
                          capture_output=True, text=True)
    assert proc.returncode == 2 and "application_id" in proc.stderr


def test_outside_share_from_the_consortium_agreement_when_the_manifest_has_no_figures(tmp_path):
    m = manifest_row(tmp_path, "A1,t,农业,张三,新疆大学,X,Y,中国农业大学|university|other")
    shares = [{"party": "新疆大学", "amount_cny": 1_000_000}, {"party": "中国农业大学", "amount_cny": 800_000}]
    app = AppView("A1", [doc("consortium_agreement", funding_allocation=Element(status="present", value=shares))],
                  m.rows["A1"], has_manifest=True)
    hits = fire("outside_share", app)
    assert len(hits) == 1 and hits[0].facts["share"] == "44%" and hits[0].file == "a.pdf"
    shares[1]["amount_cny"] = 400_000  # 29%: within 1/3
    assert fire("outside_share", app) == []


def test_an_unread_seal_is_given_to_the_foreign_unit_before_anyone_else(tmp_path):
    m = manifest_row(tmp_path, "A1,t,农业,张三,新疆大学,哈萨克国立大学,Y,新疆农业科学院|institute|xinjiang")
    value = {"parties": ["新疆大学", "哈萨克国立大学", "新疆农业科学院"], "sealed": ["新疆大学"], "unsealed": [],
             "unmatched_seals": 1, "seals": 2, "n_parties": 3}
    app = AppView("A1", [doc("consortium_agreement", all_parties_sealed=Element(status="missing", value=value))],
                  m.rows["A1"], has_manifest=True)
    hits = fire("consortium_unsealed", app)
    assert len(hits) == 1 and hits[0].facts["units"].zh == "新疆农业科学院"


def test_split_language_files_together_are_bilingual_and_executed():
    zh = doc("cooperation_agreement", "zh.pdf")
    zh.report.language_versions = [LanguageVersion(language="zh", pages=[1], signed=True)]
    ru = doc("cooperation_agreement", "ru.pdf")
    ru.report.language_versions = [LanguageVersion(language="ru", pages=[1], sealed=False)]
    app = AppView("A", [zh, ru])
    assert fire("agreement_not_bilingual", app) == []
    assert fire("agreement_not_executed", app)[0].facts["languages"].en == "Russian"
    ru.report.language_versions[0].sealed = True
    assert fire("agreement_not_executed", app) == []


def test_unit_names_compare_across_spacing_punctuation_and_small_slips():
    assert same_unit("新疆大学", "新疆 大学")
    assert same_unit("Xinjiang University", "XINJIANG UNIVERSITY.")
    assert same_unit("中国科学院新疆生态与地理研究所", "中国科学院新疆生态与地理研究")
    assert not same_unit("新疆大学", "新疆农业大学")


def _facts(app: str, text: str, parties: list[str], date: str | None, seals: list[str] | None = None) -> DocFacts:
    return DocFacts(app, "协议.pdf", app * 8, "cooperation_agreement", {"zh": minhash(text)}, seals or [],
                    parties, date)


def test_near_duplicates_need_the_same_parties_and_date_not_only_the_same_template():
    body = "双方本着平等互利的原则，就干旱区节水灌溉技术开展联合研究，共同培养人才，共享研究数据。" * 12
    book = load_rulebook()
    rule = book.across["near_duplicate"]

    def pairs(*docs: DocFacts) -> list:
        return list(ACROSS_RULES["near_duplicate"](Round([], list(docs)), rule, book))

    same = pairs(_facts("A", body, ["新疆大学", "哈萨克国立大学"], "2025-03-01"),
                 _facts("B", body, ["新疆大学", "哈萨克国立大学"], "2025-03-01"))
    assert len(same) == 1 and same[0].applications == ["A", "B"]
    assert pairs(_facts("A", body, ["新疆大学", "哈萨克国立大学"], "2025-03-01"),
                 _facts("B", body, ["新疆农业大学", "塔什干国立农业大学"], "2025-05-09")) == []
    assert pairs(_facts("A", body, ["新疆大学", "哈萨克国立大学"], "2025-03-01"),
                 _facts("B", body, ["新疆大学", "哈萨克国立大学"], "2025-04-11")) == []
    seals = ["c3a5b4d2e1f00f1e", "8f0e1d2c3b4a5968"]
    copied = pairs(_facts("A", "甲" * 300, ["x", "y"], None, seals), _facts("B", "乙" * 300, ["p", "q"], None, seals))
    assert len(copied) == 1 and copied[0].facts["how"].en == "same seal images"


def test_leaders_across_applications(tmp_path):
    lines = ["A1,t1,棉花,张三,新疆大学,X,Aziz Karimov,", "A2,t2,棉花,李四,塔里木大学,X,aziz  karimov,",
             "A3,t3,小麦,张三,新疆大学,X,Aziz Karimov,"]
    m = manifest_row(tmp_path, "\n".join(lines))
    apps = [AppView(i, [], row, has_manifest=True) for i, row in m.rows.items()]
    book = load_rulebook()
    out = {rid: list(ACROSS_RULES[rid](Round(apps, []), book.across[rid], book))
           for rid in ("foreign_leader_limit", "foreign_leader_units", "domestic_leader_limit")}
    assert [h.applications for h in out["foreign_leader_limit"]] == [["A1", "A2", "A3"]]
    assert [h.applications for h in out["foreign_leader_units"]] == [["A1", "A2"]]  # same field, other unit
    assert [h.applications for h in out["domestic_leader_limit"]] == [["A1", "A3"]]


def test_human_subjects_are_found_and_denials_are_not(tmp_path):
    yes = write_pdf(tmp_path / "yes.pdf", [[("zh", 72, 760, "合作协议"), ("zh", 72, 730, "甲方：新疆医科大学"),
                                            ("zh", 72, 700, "乙方：阿尔泰国立大学"),
                                            ("zh", 72, 670, "双方将采集包虫病患者的血液样本并开展临床研究。")]])
    no = write_pdf(tmp_path / "no.pdf", [[("zh", 72, 760, "合作协议"), ("zh", 72, 730, "甲方：新疆大学"),
                                          ("zh", 72, 700, "乙方：阿尔泰国立大学"),
                                          ("zh", 72, 670, "本项目不涉及人体试验和实验动物。")]])
    found = analyze(yes, jobs=1, cache_dir=None).elements["human_subjects"]
    assert found.status == "present" and {"people", "human_samples", "clinical"} <= set(found.value)
    assert found.evidence and "血液样本" in found.evidence[0].text
    assert analyze(no, jobs=1, cache_dir=None).elements["human_subjects"].status == "missing"


def test_a_file_name_that_reads_as_a_formula_stays_text_in_the_spreadsheet(tmp_path):
    root = tmp_path / "root"
    (root / "A").mkdir(parents=True)
    (root / "A" / "=cmd.pdf").write_bytes(b"not a pdf at all")
    db = tmp_path / "a.sqlite"
    run_audit(root, db, Settings(jobs=1, cache_dir=None))
    with Store(db) as store:
        export(store, tmp_path / "r.xlsx")
    ws = load_workbook(tmp_path / "r.xlsx")["documents"]
    cell = ws.cell(row=2, column=2)
    assert cell.value == "=cmd.pdf" and cell.data_type == "s"
    assert ws.cell(row=2, column=3).value == "error"


@pytest.mark.parametrize("args,words", [
    (["audit", "/no/such/root", "--db", "x.sqlite"], "no such folder"),
    (["audit", ".", "--db", "/no/such/dir/x.sqlite"], "cannot write"),
    (["export", "--db", "/no/such.sqlite", "-o", "r.xlsx"], "no such database"),
])
def test_audit_and_export_usage_errors(args, words, tmp_path):
    proc = subprocess.run([sys.executable, "-m", "docintel", *args], capture_output=True, text=True, cwd=tmp_path)
    assert proc.returncode == 2 and words in proc.stderr


def test_a_broken_rulebook_is_refused_before_any_work(tmp_path):
    bad = tmp_path / "rulebook.yaml"
    bad.write_text(Path(ROOT / "docintel/data/rulebook.yaml").read_text(encoding="utf-8").replace(
        "  near_duplicate:", "  near_duplicates:"), encoding="utf-8")
    shutil.copytree(ROOT / "round" / "XJ2025-001", tmp_path / "root" / "A")
    proc = subprocess.run([sys.executable, "-m", "docintel", "audit", str(tmp_path / "root"), "--db",
                           str(tmp_path / "a.sqlite"), "--rulebook", str(bad)], capture_output=True, text=True)
    assert proc.returncode == 2 and "near_duplicates" in proc.stderr
    assert not (tmp_path / "a.sqlite").exists()
