"""The web page's API (``docintel serve``), driven with httpx through FastAPI's
test client: upload, progress, results, downloads, deletion, expiry, limits and
who may see what."""
from __future__ import annotations

import json
import time
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from docintel.web.app import create_app
from docintel.web.config import WebConfig

from .conftest import SAMPLES

PDF = SAMPLES / "coop_zh_only_native.pdf"


def client(tmp_path: Path, **kw) -> TestClient:
    config = WebConfig(data_dir=tmp_path / "data", jobs=1, cache_dir=None, **kw)
    c = TestClient(create_app(config))
    c.get("/")  # the page sets the CSRF cookie
    return c


def post(c: TestClient, files: list[tuple[str, bytes]], csrf: bool = True):
    headers = {"X-CSRF-Token": c.cookies.get("docintel_csrf")} if csrf else {}
    return c.post("/api/uploads", files=[("files", (name, data)) for name, data in files], headers=headers)


def wait(c: TestClient, upload_id: str, timeout: float = 180) -> dict:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        status = c.get(f"/api/uploads/{upload_id}").json()
        if status.get("state") in ("done", "failed"):
            return status
        time.sleep(0.3)
    raise AssertionError("the analysis did not finish")


def test_upload_progress_results_downloads_and_delete(tmp_path):
    c = client(tmp_path)
    page = c.get("/")
    assert page.status_code == 200 and "上合计划申报附件预检" in page.text
    assert page.headers["x-frame-options"] == "DENY" and "default-src 'self'" in page.headers["content-security-policy"]
    r = post(c, [("合作协议.pdf", PDF.read_bytes()), ("notes.txt", b"hello")])
    assert r.status_code == 202, r.text
    body = r.json()
    upload_id = body["id"]
    assert len(upload_id) == 32 and body["refused"] == {"notes.txt": "unsupported: not a PDF, PNG, JPEG, TIFF or ZIP"}
    status = wait(c, upload_id)
    assert status["state"] == "done" and status["files"] == [{"name": "合作协议.pdf", "pages_done": status["files"][0]["pages"],
                                                             "pages": status["files"][0]["pages"]}]
    page = c.get(status["results"])
    assert page.status_code == 200 and "合作协议.pdf" in page.text
    assert 'id="d1-bilingual" data-element="bilingual" data-status="missing"' in page.text
    assert "申报材料整体检查" in page.text and "notes.txt" in page.text  # the refused file is named
    report = c.get(f"/api/uploads/{upload_id}/report.json")
    data = json.loads(report.text)
    assert data["schema"] == "docintel/report@1" and data["documents"][0]["path"] == "合作协议.pdf"
    assert "attachment" in report.headers["content-disposition"]
    html = c.get(f"/api/uploads/{upload_id}/report.html")
    assert html.status_code == 200 and "data:image/jpeg;base64," in html.text and "/static/app.js" not in html.text
    assert c.delete(f"/api/uploads/{upload_id}").status_code == 403  # no CSRF token
    assert c.delete(f"/api/uploads/{upload_id}", headers={"X-CSRF-Token": c.cookies["docintel_csrf"]}).status_code == 200
    assert c.get(f"/api/uploads/{upload_id}").status_code == 404
    assert not (tmp_path / "data" / "uploads" / upload_id).exists()


def test_one_client_cannot_reach_another_clients_upload(tmp_path):
    owner = client(tmp_path)
    upload_id = post(owner, [("a.pdf", PDF.read_bytes())]).json()["id"]
    other = TestClient(owner.app)
    other.get("/")
    # no listing, no guessing, no deleting without the owner's cookie-bound token
    assert other.get("/api/uploads").status_code in (404, 405)
    assert other.get("/api/uploads/" + "A" * 32).status_code == 404
    assert other.get("/api/uploads/../../etc/passwd").status_code == 404
    assert other.get("/u/" + upload_id[:-1] + ("a" if upload_id[-1] != "a" else "b")).status_code == 404
    assert other.delete(f"/api/uploads/{upload_id}", headers={"X-CSRF-Token": owner.cookies["docintel_csrf"]}).status_code == 403
    wait(owner, upload_id)
    assert owner.get(f"/api/uploads/{upload_id}").status_code == 200


def test_file_names_never_become_paths(tmp_path):
    c = client(tmp_path)
    r = post(c, [("../../../evil.pdf", PDF.read_bytes()), ("..\\..\\x.png", b"\x89PNG\r\n\x1a\n" + b"0" * 100)])
    upload_id = r.json()["id"]
    stored = sorted(p.name for p in (tmp_path / "data" / "uploads" / upload_id / "root" / "application").iterdir())
    assert stored == ["01.pdf", "02.png"]
    assert not list(tmp_path.glob("evil.pdf")) and not list((tmp_path / "data").glob("evil.pdf"))
    status = wait(c, upload_id)
    assert [f["name"] for f in status["files"]] == ["../../../evil.pdf", "..\\..\\x.png"]


@pytest.mark.parametrize("case", ["no_csrf", "too_many", "nothing_usable", "too_big"])
def test_limits_and_refusals_say_why_in_both_languages(tmp_path, case):
    c = client(tmp_path, max_files=2, max_file_mb=0.05)
    files = {"no_csrf": [("a.pdf", PDF.read_bytes()[:1000])], "too_many": [("a.pdf", b"%PDF-1.4")] * 3,
             "nothing_usable": [("a.docx", b"PK\x03\x04" + b"0" * 50), ("b.exe", b"MZ" + b"0" * 50)],
             "too_big": [("big.pdf", b"%PDF-1.4\n" + b"0" * 60_000)]}[case]
    r = post(c, files, csrf=case != "no_csrf")
    expected = {"no_csrf": 403, "too_many": 413, "nothing_usable": 415, "too_big": 415}[case]
    assert r.status_code == expected
    error = r.json()["error"]
    assert error["zh"] and error["en"]
    assert not any((tmp_path / "data" / "uploads").iterdir())  # nothing kept of a refused upload


def test_a_full_queue_answers_busy_at_once(tmp_path):
    c = client(tmp_path, queue_size=1, analysers=1)
    slow = (SAMPLES / "coop_zh_ru_sealed_photo.jpg").read_bytes()
    first = post(c, [("a.jpg", slow)])
    deadline = time.monotonic() + 30
    while c.get(f"/api/uploads/{first.json()['id']}").json()["state"] == "queued" and time.monotonic() < deadline:
        time.sleep(0.1)
    second = post(c, [("b.jpg", slow)])  # waits in the queue
    third = post(c, [("c.jpg", slow)])
    assert first.status_code == 202 and second.status_code == 202
    assert third.status_code == 503 and third.headers["retry-after"] == "60"
    assert "一分钟" in third.json()["error"]["zh"] and "minute" in third.json()["error"]["en"]


def test_uploads_expire_after_the_retention_period(tmp_path):
    c = client(tmp_path, retention_hours=2 / 3600)  # two seconds
    upload_id = post(c, [("a.pdf", PDF.read_bytes())]).json()["id"]
    wait(c, upload_id)
    time.sleep(2.5)
    assert c.get(f"/api/uploads/{upload_id}").status_code == 404
    assert not (tmp_path / "data" / "uploads" / upload_id).exists()


def test_a_zip_of_the_application_is_opened_and_its_bad_members_named(tmp_path):
    import io
    import zipfile

    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        zf.writestr("合作协议.pdf", PDF.read_bytes())
        zf.writestr("../escape.pdf", PDF.read_bytes())
        zf.writestr("inner.zip", b"PK\x03\x04rest")
    c = client(tmp_path)
    r = post(c, [("申报材料.zip", buf.getvalue())])
    body = r.json()
    assert r.status_code == 202
    assert set(body["refused"]) == {"申报材料.zip/../escape.pdf", "申报材料.zip/inner.zip"}
    status = wait(c, body["id"])
    assert [f["name"] for f in status["files"]] == ["申报材料.zip/合作协议.pdf"]


def test_the_reviewer_view_is_off_by_default_and_needs_the_token(tmp_path):
    off = client(tmp_path / "off")
    assert off.get("/review").status_code == 404
    c = client(tmp_path, reviewer_token="s3cret-token")
    upload_id = post(c, [("a.pdf", PDF.read_bytes())]).json()["id"]
    wait(c, upload_id)
    login = c.get("/review")
    assert login.status_code == 401 and upload_id not in login.text
    csrf = c.cookies["docintel_csrf"]
    assert c.post("/review/login", data={"token": "", "csrf": csrf}).status_code == 403
    assert c.post("/review/login", data={"token": "wrong", "csrf": csrf}).status_code == 403
    assert c.post("/review/login", data={"token": "s3cret-token"}).status_code == 403  # no CSRF token
    c.cookies.set("docintel_reviewer", "forged")
    assert c.get("/review").status_code == 401
    c.cookies.delete("docintel_reviewer")
    ok = c.post("/review/login", data={"token": "s3cret-token", "csrf": csrf}, follow_redirects=False)
    assert ok.status_code == 303
    listing = c.get("/review")
    assert listing.status_code == 200 and f"/u/{upload_id}" in listing.text and "a.pdf" in listing.text
    assert f"/u/{upload_id}" not in c.get("/review?state=running").text
    assert f"/u/{upload_id}" in c.get("/review?state=done&complete=no").text  # Chinese only: not complete


def test_a_file_past_the_page_limit_is_named_with_its_reason(tmp_path):
    c = client(tmp_path, max_pages=1)
    upload_id = post(c, [("long.pdf", PDF.read_bytes())]).json()["id"]
    assert wait(c, upload_id)["state"] == "done"
    data = c.get(f"/api/uploads/{upload_id}/report.json").json()
    doc = data["documents"][0]
    assert doc["path"] == "long.pdf" and doc["status"] == "error" and doc["error"]["code"] == "too_large"
    assert "long.pdf" in c.get(f"/u/{upload_id}").text
