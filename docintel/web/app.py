"""The FastAPI application: the upload page, its API, the results page and the
downloads. Everything it serves comes from the package (no CDN, no external
font or script); uploads are reached only through their unguessable ids."""
from __future__ import annotations

import hashlib
import hmac
import secrets
import threading
import time
from pathlib import Path

from fastapi import FastAPI, File, Request, UploadFile
from fastapi.responses import HTMLResponse, JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from jinja2 import Environment, FileSystemLoader, select_autoescape

from .. import __version__
from ..models import Report, ToolInfo
from ..report_html import render_html
from .config import WebConfig
from .results import load_results
from ..store import Store
from .uploads import APPLICATION, Refused, Uploads, add_file
from .worker import Analyser

HERE = Path(__file__).parent
CSRF_COOKIE = "docintel_csrf"
CSRF_HEADER = "x-csrf-token"
REVIEWER_COOKIE = "docintel_reviewer"
HEADERS = {
    "Content-Security-Policy": "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; "
                               "script-src 'self' 'unsafe-inline'; frame-ancestors 'none'; base-uri 'none'; "
                               "form-action 'self'",
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Referrer-Policy": "no-referrer",
    "Cache-Control": "no-store",
}


def refusal(status: int, zh: str, en: str, **headers: str) -> JSONResponse:
    return JSONResponse({"error": {"zh": zh, "en": en}}, status_code=status, headers=headers or None)


def create_app(config: WebConfig | None = None) -> FastAPI:
    config = config or WebConfig()
    uploads = Uploads(config.data_dir)
    analyser = Analyser(config, uploads)
    pages = Environment(loader=FileSystemLoader(HERE / "templates"), autoescape=select_autoescape(["html"]))
    app = FastAPI(title="docintel", version=__version__, docs_url=None, redoc_url=None, openapi_url=None)
    app.state.config, app.state.uploads, app.state.analyser = config, uploads, analyser
    app.mount("/static", StaticFiles(directory=HERE / "static"), name="static")
    retention_s = config.retention_hours * 3600

    def sweep() -> None:
        while True:
            for upload_id in uploads.expired(retention_s):
                uploads.delete(upload_id)
            time.sleep(min(300.0, max(1.0, retention_s / 10)))

    threading.Thread(target=sweep, name="docintel-retention", daemon=True).start()
    for meta in uploads.all():  # a restart loses no upload that was waiting or being read
        if meta.state in ("queued", "running"):
            analyser.submit(meta.id)

    @app.middleware("http")
    async def security_headers(request: Request, call_next):
        response = await call_next(request)
        for key, value in HEADERS.items():
            response.headers.setdefault(key, value)
        return response

    def with_csrf(request: Request, response: Response) -> Response:
        if not request.cookies.get(CSRF_COOKIE):
            response.set_cookie(CSRF_COOKIE, secrets.token_urlsafe(24), httponly=False, samesite="strict")
        return response

    def csrf_ok(request: Request) -> bool:
        cookie = request.cookies.get(CSRF_COOKIE) or ""
        return bool(cookie) and secrets.compare_digest(cookie, request.headers.get(CSRF_HEADER, ""))

    def live_meta(upload_id: str):
        """The upload's record, or None when it does not exist or has expired."""
        meta = uploads.meta(upload_id)
        if meta is not None and time.time() - meta.created > retention_s:
            uploads.delete(upload_id)
            return None
        return meta

    def not_found() -> JSONResponse:
        return refusal(404, "没有这次上传（可能已删除或过期）", "No such upload (it may have been deleted or expired)")

    def upload_page(request: Request, upload_id: str = "") -> Response:
        html = pages.get_template("index.html").render(config=config, upload_id=upload_id, version=__version__)
        return with_csrf(request, HTMLResponse(html))

    @app.get("/", response_class=HTMLResponse)
    def index(request: Request):
        return upload_page(request)

    @app.post("/api/uploads", status_code=202)
    async def create(request: Request, files: list[UploadFile] = File(...)):
        if not csrf_ok(request):
            return refusal(403, "请求无效，请刷新页面后重试", "Invalid request: reload the page and try again")
        if len(files) > config.max_files:
            return refusal(413, f"一次最多上传{config.max_files}个文件", f"At most {config.max_files} files at a time")
        max_bytes = int(config.max_file_mb * 2**20)
        upload_id, folder = uploads.create()
        meta = uploads.meta(upload_id)
        try:
            for f in files:
                data = await f.read(max_bytes + 1)
                add_file(meta, folder, (f.filename or "file")[-200:], data, max_bytes)
        except Refused as exc:
            uploads.delete(upload_id)
            return refusal(exc.status, exc.zh, exc.en)
        if not meta.names:
            uploads.delete(upload_id)
            return refusal(415, "没有可分析的文件（支持PDF、PNG、JPEG、TIFF和ZIP，每个不超过"
                           f"{config.max_file_mb:g} MB）",
                           f"No file that can be analysed (PDF, PNG, JPEG, TIFF or ZIP, each at most "
                           f"{config.max_file_mb:g} MB)")
        uploads.save(meta)
        if not analyser.submit(upload_id):
            uploads.delete(upload_id)
            return refusal(503, "系统繁忙，请一分钟后再试", "Busy: please try again in a minute", **{"Retry-After": "60"})
        return {"id": upload_id, "status": f"/api/uploads/{upload_id}", "results": f"/u/{upload_id}",
                "refused": meta.refused}

    @app.get("/api/uploads/{upload_id}")
    def status(upload_id: str):
        meta = live_meta(upload_id)
        if meta is None:
            return not_found()
        live = analyser.live.get(upload_id)
        files = []
        for stored, name in meta.names.items():
            done, total = (live.files.get(stored, [0, 0]) if live else [0, 0])
            if meta.state == "done":
                done = total = max(total, 1)
            files.append({"name": name, "pages_done": done, "pages": total})
        return {"id": upload_id, "state": meta.state, "error": meta.error, "files": files, "refused": meta.refused,
                "results": f"/u/{upload_id}" if meta.state == "done" else None}

    @app.get("/u/{upload_id}", response_class=HTMLResponse)
    def results_page(request: Request, upload_id: str):
        meta = live_meta(upload_id)
        if meta is None:
            return not_found()
        if meta.state != "done":
            return upload_page(request, upload_id)
        html = rendered(upload_id, "page.html", page={"json": f"/api/uploads/{upload_id}/report.json",
                                                      "html": f"/api/uploads/{upload_id}/report.html",
                                                      "delete": f"/api/uploads/{upload_id}"})
        return with_csrf(request, HTMLResponse(html))

    def finished(upload_id: str):
        """The results of a finished upload, or None (unknown, expired, or still being read)."""
        meta = live_meta(upload_id)
        if meta is None or meta.state != "done":
            return None
        return load_results(uploads.folder(upload_id), meta)

    def rendered(upload_id: str, name: str, page: dict | None = None) -> str:
        """The results as HTML, rendered once per upload and kept in its folder:
        every page picture is a render of the PDF, too dear to redo per request."""
        folder = uploads.folder(upload_id)
        path = folder / name
        if path.is_file():
            return path.read_text(encoding="utf-8")
        res = load_results(folder, uploads.meta(upload_id))
        html = render_html(res.analyses, names=res.names, application=res.application, page=page)
        tmp = path.with_suffix(".tmp")
        tmp.write_text(html, encoding="utf-8")
        tmp.replace(path)
        return html

    @app.get("/api/uploads/{upload_id}/report.json")
    def report_json(upload_id: str):
        res = finished(upload_id)
        if res is None:
            return not_found()
        report = Report(tool=ToolInfo(version=__version__), documents=res.contract_reports())
        return Response(report.model_dump_json(by_alias=True, indent=2), media_type="application/json",
                        headers={"Content-Disposition": 'attachment; filename="docintel-report.json"'})

    @app.get("/api/uploads/{upload_id}/report.html")
    def report_html(upload_id: str):
        if finished(upload_id) is None:
            return not_found()
        html = rendered(upload_id, "report.html")
        return HTMLResponse(html, headers={"Content-Disposition": 'attachment; filename="docintel-report.html"'})

    # ------------------------------------------------------------------ the reviewer view (off without a token)
    def reviewer_key() -> str:
        return hmac.new(config.reviewer_token.encode(), b"docintel-reviewer", hashlib.sha256).hexdigest()

    def is_reviewer(request: Request) -> bool:
        if not config.reviewer_token:
            return False
        return secrets.compare_digest(request.cookies.get(REVIEWER_COOKIE, ""), reviewer_key())

    @app.get("/review", response_class=HTMLResponse)
    def review(request: Request, state: str = "", complete: str = ""):
        if not config.reviewer_token:
            return not_found()
        if not is_reviewer(request):
            html = pages.get_template("review_login.html").render(version=__version__)
            return with_csrf(request, HTMLResponse(html, status_code=401))
        rows = [summary(m) for m in uploads.all()]
        rows = [r for r in rows if (not state or r["state"] == state)
                and (not complete or r["complete"] == (complete == "yes"))]
        html = pages.get_template("review.html").render(rows=rows, state=state, complete=complete, version=__version__)
        return with_csrf(request, HTMLResponse(html))

    @app.post("/review/login")
    async def review_login(request: Request):
        form = await request.form()
        if not config.reviewer_token:
            return not_found()
        if not csrf_ok_form(request, str(form.get("csrf", ""))):
            return refusal(403, "请求无效，请刷新页面后重试", "Invalid request: reload the page and try again")
        if not secrets.compare_digest(str(form.get("token", "")).encode(), config.reviewer_token.encode()):
            return refusal(403, "口令错误", "Wrong token")
        response = Response(status_code=303, headers={"Location": "/review"})
        response.set_cookie(REVIEWER_COOKIE, reviewer_key(), httponly=True, samesite="strict")
        return response

    def csrf_ok_form(request: Request, value: str) -> bool:
        cookie = request.cookies.get(CSRF_COOKIE) or ""
        return bool(cookie) and secrets.compare_digest(cookie, value)

    def summary(meta) -> dict:
        """One line of the reviewer's list: the upload, its state, complete or not, how many errors."""
        row = {"id": meta.id, "created": time.strftime("%Y-%m-%d %H:%M", time.localtime(meta.created)),
               "files": list(meta.names.values()), "state": meta.state, "complete": None, "errors": None}
        folder = uploads.folder(meta.id)
        if meta.state == "done" and folder is not None:
            with Store(folder / "audit.sqlite") as store:
                app_row = store.application(APPLICATION) if APPLICATION in store.application_ids() else None
            if app_row:
                row["complete"], row["errors"] = bool(app_row["complete"]), app_row["errors"]
        return row

    @app.delete("/api/uploads/{upload_id}")
    def delete(request: Request, upload_id: str):
        if not csrf_ok(request):
            return refusal(403, "请求无效，请刷新页面后重试", "Invalid request: reload the page and try again")
        if not uploads.delete(upload_id):
            return not_found()
        return {"deleted": upload_id}

    return app
