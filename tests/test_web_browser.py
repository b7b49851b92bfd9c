"""The web page in a real headless Chromium (Debian's, driven by Playwright):
upload a sample agreement, wait for the checklist, find the missing element,
switch language, click an item's evidence and see its box. The screenshot is
kept in test-artifacts/ at the repository root."""
from __future__ import annotations

import shutil
import socket
import threading
import time

import pytest
import uvicorn

from docintel.web.app import create_app
from docintel.web.config import WebConfig

from .conftest import ROOT, SAMPLES

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
ARTIFACTS = ROOT / "test-artifacts"


@pytest.fixture
def server(tmp_path):
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    app = create_app(WebConfig(data_dir=tmp_path / "data", jobs=1, cache_dir=None))
    srv = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=srv.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not srv.started and time.monotonic() < deadline:
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    srv.should_exit = True
    thread.join(timeout=10)


def test_upload_checklist_language_and_evidence_in_chromium(server):
    from playwright.sync_api import expect, sync_playwright

    assert CHROMIUM, "Debian's chromium is installed by scripts/setup_system.sh"
    ARTIFACTS.mkdir(exist_ok=True)
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox"])
        page = browser.new_page(viewport={"width": 1280, "height": 900})
        page.goto(server + "/")
        expect(page.locator("h1 .zh")).to_have_text("上合计划申报附件预检")  # Chinese first
        page.set_input_files("#files", str(SAMPLES / "coop_zh_en_side_by_side_scan.pdf"))
        page.click("#send")
        page.wait_for_url("**/u/*", timeout=240_000)
        page.wait_for_selector("ul.items li", timeout=240_000)
        missing = page.locator('li[data-status="missing"]')
        expect(missing.first).to_be_visible()
        expect(page.locator("#d1-benefit_sharing .msg .zh")).to_contain_text("未找到成果转化收益归属条款")
        page.click("#lang-switch")
        expect(page.locator("#d1-benefit_sharing .msg .en")).to_be_visible()
        expect(page.locator("#d1-benefit_sharing .msg .zh")).to_be_hidden()
        first = page.locator("#d1-cooperation_content .ev a").first.get_attribute("href")
        page.click("#d1-cooperation_content .mark")  # the item itself, not its link
        expect(page.locator(first)).to_be_in_viewport()
        assert page.evaluate("() => window.location.hash") == first
        link = page.locator("#d1-parties .ev a").first
        target = link.get_attribute("href")
        link.click()
        box = page.locator(target)
        expect(box).to_be_in_viewport()
        assert page.evaluate("h => document.querySelector(h).matches(':target')", target)
        page.screenshot(path=str(ARTIFACTS / "web-results.png"))
        page.reload()  # the language choice is remembered
        expect(page.locator("#d1-benefit_sharing .msg .en")).to_be_visible()
        page.set_viewport_size({"width": 390, "height": 844})  # a phone: the checklist above the pages
        checklist, pages = page.locator(".checklist").bounding_box(), page.locator(".pages").bounding_box()
        assert checklist["width"] > 300 and pages["y"] >= checklist["y"] + checklist["height"] - 1
        assert page.evaluate("document.documentElement.scrollWidth") <= 400  # nothing wider than the screen
        browser.close()
