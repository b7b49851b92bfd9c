"""The self-contained HTML report (``docintel check --format html``)."""
from __future__ import annotations

import re
import subprocess
import sys

from docintel.pipeline import analyze_paths
from docintel.report_html import render_html

from .conftest import SAMPLES


def test_html_report_is_one_offline_file_with_pages_boxes_and_a_bilingual_checklist(tmp_path, settings):
    files = [SAMPLES / "coop_zh_en_side_by_side_scan.pdf", tmp_path / "broken.pdf"]
    files[1].write_bytes(b"%PDF-1.4\n garbage")
    analyses = list(analyze_paths(files, settings))
    html = render_html(analyses)
    ok = analyses[0].report
    # offline: nothing fetched from elsewhere
    assert not re.search(r'(src|href)="(https?:)?//', html)
    assert html.count('src="data:image/jpeg;base64,') == ok.pages
    assert html.count('class="box seal"') == len(ok.seals)
    assert html.count('class="box signature"') == len(ok.signatures)
    # every link of the checklist lands on a box or an item of the file
    ids = set(re.findall(r' id="([^"]+)"', html))
    targets = set(re.findall(r'href="#([^"]+)"', html))
    assert targets and targets <= ids
    # the blank signing date and the missing revenue clause are on the checklist, in both languages
    item = re.search(r'<li class="missing[^"]*" id="d1-benefit_sharing".*?</li>', html, re.S)
    assert item and "未找到成果转化收益归属条款" in item.group(0) and "No clause on commercialisation revenue" in item.group(0)
    assert re.search(r'id="d1-signing_date" data-element="signing_date" data-status="(missing|uncertain)"', html)
    assert 'class="zh" lang="zh"' in html and 'class="en" lang="en"' in html
    assert "broken.pdf" in html and "corrupt" in html


def test_check_writes_the_html_report(tmp_path):
    out = tmp_path / "report.html"
    proc = subprocess.run([sys.executable, "-m", "docintel", "check", str(SAMPLES / "coop_zh_only_native.pdf"),
                           "--format", "html", "-o", str(out), "--no-cache", "--jobs", "1"],
                          capture_output=True, text=True)
    assert proc.returncode in (0, 1), proc.stderr
    html = out.read_text(encoding="utf-8")
    assert html.startswith("<!DOCTYPE html>") and "coop_zh_only_native.pdf" in html
    assert 'id="d1-bilingual" data-element="bilingual" data-status="missing"' in html
