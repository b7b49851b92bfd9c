"""The report contract, the command line, the Python API, the cache and parallel runs."""
from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

import docintel
from docintel.config import Settings
from docintel.models import DocumentReport
from docintel.pipeline import analyze_paths

from PIL import ImageFont

from .conftest import LATIN_FONT, text_image, write_pdf

ZH = "第一条 甲乙双方同意在农业科学领域开展联合研究，共同申请科研项目。"
EN = "Article 1. The Parties agree to conduct joint research in agricultural science."
DOC_KEYS = {
    "path", "sha256", "pages", "status", "error", "doc_type", "language_versions",
    "seals", "signatures", "elements", "findings",
}


def _run(*args: str, stdin: str | None = None, env: dict | None = None) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "docintel.cli", *args],
        input=stdin, capture_output=True, text=True, timeout=300, env={**os.environ, **(env or {})},
    )


def _bilingual(tmp_path: Path) -> Path:
    return write_pdf(
        tmp_path / "coop.pdf",
        [[("zh", 60, 780 - 22 * i, ZH) for i in range(8)], [("serif", 60, 780 - 22 * i, EN) for i in range(8)]],
    )


def test_json_report_follows_the_contract(tmp_path):
    path = _bilingual(tmp_path)
    out = _run("check", str(path), "--format", "json", "--no-cache")
    assert out.returncode == 0, out.stderr
    report = json.loads(out.stdout)
    assert report["schema"] == "docintel/report@1"
    assert report["tool"] == {"name": "docintel", "version": docintel.__version__}
    (doc,) = report["documents"]
    assert set(doc) == DOC_KEYS
    assert doc["status"] == "ok" and doc["error"] is None and doc["pages"] == 2
    assert len(doc["sha256"]) == 64
    assert doc["language_versions"] == [
        {"language": "zh", "pages": [1], "signed": False, "sealed": False},
        {"language": "en", "pages": [2], "signed": False, "sealed": False},
    ]
    assert doc["doc_type"] == "unknown"


def test_output_file_and_text_format(tmp_path):
    path = _bilingual(tmp_path)
    target = tmp_path / "report.json"
    out = _run("check", str(path), "--format", "json", "-o", str(target), "--no-cache")
    assert out.returncode == 0 and out.stdout == ""
    assert json.loads(target.read_text())["documents"][0]["pages"] == 2
    text = _run("check", str(path), "--format", "text", "--no-cache")
    assert "language versions: zh p1 | en p2" in text.stdout
    assert "1 documents, 2 pages, 0 unreadable" in text.stdout


def test_langid_command_prints_one_code_per_line():
    lines = [
        "本协议自双方签字之日起生效。",
        "Настоящее соглашение вступает в силу с момента подписания.",
        "Осы келісім қол қойылған күннен бастап күшіне енеді.",
        "This agreement enters into force upon signature.",
        "12345 — 67",
    ]
    out = _run("langid", stdin="\n".join(lines) + "\n")
    assert out.returncode == 0
    assert out.stdout.split() == ["zh", "ru", "kk", "en", "und"]


def test_python_api_returns_the_report_model(tmp_path):
    report = docintel.analyze(_bilingual(tmp_path), jobs=1, cache_dir=None)
    assert isinstance(report, DocumentReport)
    assert [v.language for v in report.language_versions] == ["zh", "en"]


def test_cache_serves_second_run_and_is_keyed_by_content(tmp_path):
    scan = tmp_path / "scan.png"
    text_image([ZH[:20], ZH[20:]] * 5, size=(1240, 1754), font_size=34).save(scan)
    settings = Settings(jobs=1, cache_dir=tmp_path / "cache")
    t0 = time.perf_counter()
    first = next(analyze_paths([scan], settings))
    cold = time.perf_counter() - t0
    t0 = time.perf_counter()
    second = next(analyze_paths([scan], settings))
    warm = time.perf_counter() - t0
    assert second.pages == first.pages
    assert warm < cold / 3  # no OCR the second time
    assert list((tmp_path / "cache").rglob("*.json"))
    # A changed file is a new key: its pages are read afresh, not served stale.
    text_image(["完全不同的内容"] * 3, size=(1240, 1754), font_size=34).save(scan)
    third = next(analyze_paths([scan], settings))
    assert "完全不同" in "".join(third.pages[0].text.split())


def test_parallel_batch_keeps_input_order_and_matches_serial(tmp_path):
    folder = tmp_path / "batch"
    folder.mkdir()
    for i in range(3):
        text_image([ZH[:20]] * (3 + i), size=(1000, 1400), font_size=30).save(folder / f"scan{i}.png")
        write_pdf(folder / f"doc{i}.pdf", [[("zh", 60, 700, ZH)], [("serif", 60, 700, EN)]])
    serial = [a.report for a in analyze_paths([folder], Settings(jobs=1, cache_dir=None))]
    parallel = [a.report for a in analyze_paths([folder], Settings(jobs=2, cache_dir=None))]
    assert [Path(r.path).name for r in parallel] == sorted(p.name for p in folder.iterdir())
    assert [r.model_dump() for r in parallel] == [r.model_dump() for r in serial]


def test_evidence_crops_are_written_and_named_only_when_asked(tmp_path):
    from .test_vision import RED, page, round_seal, scribble

    img, draw = page()
    draw.text((120, 1000), "Signature:", fill=(20, 20, 20), font=ImageFont.truetype(LATIN_FONT, 30))
    scribble(draw, 330, 1000)
    round_seal(img, (800, 1000), 140, "新疆大学", RED)
    scan = tmp_path / "signed.png"
    img.save(scan)
    evidence = tmp_path / "crops"
    out = _run("check", str(scan), "--format", "json", "--no-cache", "--evidence", str(evidence))
    assert out.returncode == 0, out.stderr
    (doc,) = json.loads(out.stdout)["documents"]
    marks = doc["seals"] + doc["signatures"]
    assert len(doc["seals"]) == 1 and len(doc["signatures"]) == 1
    for mark in marks:
        crop = evidence / mark["image"]
        assert crop.is_file() and crop.stat().st_size > 500
    plain = json.loads(_run("check", str(scan), "--format", "json", "--no-cache").stdout)["documents"][0]
    assert all("image" not in m for m in plain["seals"] + plain["signatures"])
    assert plain["seals"][0]["bbox"] == doc["seals"][0]["bbox"]


AGREEMENT_ZH = ["国际科技合作协议", "甲方：新疆大学", "乙方：Kyrgyz National University",
                "第一条 合作内容", "双方在冰川水文监测领域开展联合研究，互派研究人员。",
                "第二条 知识产权", "知识产权问题由双方今后另行协商。", "签订日期：2026年3月1日"]


def test_check_lists_type_findings_and_evidence_in_the_readers_language(tmp_path):
    path = write_pdf(tmp_path / "agreement.pdf", [[("zh", 60, 780 - 24 * i, t) for i, t in enumerate(AGREEMENT_ZH)]])
    zh = _run("check", str(path), "--format", "text", "--no-cache", "--as-of", "2026-01-01")
    assert zh.returncode == 1, zh.stderr  # errors found
    assert "类型: 中外合作协议 (cooperation_agreement)" in zh.stdout
    assert "错误: 签订日期2026-03-01晚于核查日期2026-01-01 [三.3]" in zh.stdout
    assert "警告: 知识产权归属仅提及、未约定" in zh.stdout
    assert "p1 (" in zh.stdout and "«知识产权问题由双方今后另行协商。»" in zh.stdout
    en = _run("check", str(path), "--format", "text", "--no-cache", "--lang", "en", "--as-of", "2026-06-01")
    assert "type: cooperation agreement" in en.stdout
    assert "The foreign-language version is missing (Chinese only)" in en.stdout
    assert "after the as-of date" not in en.stdout
    report = json.loads(_run("check", str(path), "--format", "json", "--no-cache", "--as-of", "2026-01-01").stdout)
    (doc,) = report["documents"]
    assert doc["elements"]["ip_ownership"]["status"] == "uncertain"
    assert {f["element"] for f in doc["findings"]} >= {"bilingual", "signing_date", "ip_ownership"}
    assert all(set(f["message"]) == {"zh", "en"} for f in doc["findings"])


def test_a_bad_as_of_date_is_a_usage_error(tmp_path):
    out = _run("check", str(tmp_path), "--as-of", "tomorrow")
    assert out.returncode == 2 and "YYYY-MM-DD" in out.stderr


def test_cache_key_ignores_document_stages_only():
    """Editing the rulebook or a lexicon must not re-read pages; editing page code must."""
    from docintel import cache

    package = Path(cache.__file__).parent
    for rel in cache.DOCUMENT_STAGES:
        assert (package / rel).exists(), rel
    for page_stage in ("pages.py", "text/", "vision/", "readers/", "lang/", "runner.py", "models.py"):
        assert not page_stage.startswith(cache.DOCUMENT_STAGES)
