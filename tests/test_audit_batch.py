"""A batch that loses nothing: the audit killed with SIGKILL and resumed, a worker
process killed in the middle of a document, and the same audit on a Dask cluster."""
from __future__ import annotations

import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from pathlib import Path

import psutil

from docintel.audit.run import run_audit
from docintel.config import Settings
from docintel.store import Store

from .conftest import ROOT, SAMPLES

ROUND = ROOT / "round"
SCANS = ["coop_zh_ru_side_by_side.png", "coop_zh_en_alternating_photo.jpg", "coop_zh_ru_sealed_photo.jpg",
         "ethics_zh_photo.jpg"]


def scanned_round(root: Path) -> Path:
    """Four applications of one photographed page each: slow enough (OCR) to be
    caught in the middle."""
    for i, name in enumerate(SCANS):
        (root / f"S{i}").mkdir(parents=True)
        shutil.copy(SAMPLES / name, root / f"S{i}" / name)
    return root


def analysed_rows(db: Path) -> int:
    try:
        with sqlite3.connect(db, timeout=5) as con:
            return con.execute("SELECT COUNT(*) FROM analyses").fetchone()[0]
    except sqlite3.OperationalError:
        return 0


def test_an_audit_killed_with_sigkill_resumes_with_nothing_lost_or_counted_twice(tmp_path):
    root = scanned_round(tmp_path / "root")
    db = tmp_path / "audit.sqlite"
    env = {**os.environ, "OMP_THREAD_LIMIT": "1"}
    proc = subprocess.Popen([sys.executable, "-m", "docintel", "audit", str(root), "--db", str(db), "--jobs", "1",
                             "--no-cache", "--quiet"], env=env, start_new_session=True,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 240
    while analysed_rows(db) < 1 and proc.poll() is None and time.monotonic() < deadline:
        time.sleep(0.2)
    assert proc.poll() is None, "the audit finished before it could be killed"
    os.killpg(proc.pid, signal.SIGKILL)  # the audit and its workers, mid-batch
    proc.wait()
    kept = analysed_rows(db)
    assert 1 <= kept < len(SCANS)

    result = run_audit(root, db, Settings(jobs=1, cache_dir=None))
    assert result.reused == kept and result.analysed == len(SCANS) - kept
    with Store(db) as store:
        rows = store.db.execute("SELECT sha256, COUNT(*) FROM analyses GROUP BY sha256").fetchall()
        assert len(rows) == len(SCANS) and all(n == 1 for _, n in rows)
        assert all(f.sha256 for app in store.application_ids() for f in store.files(app))
        statuses = [r[0] for r in store.db.execute("SELECT status FROM analyses")]
        runs = store.runs()
    assert statuses == ["ok"] * len(SCANS)
    assert runs[0]["finished"] is None and runs[-1]["finished"] is not None  # the killed run never finished


def test_a_worker_killed_mid_document_costs_at_most_that_document(tmp_path):
    root = scanned_round(tmp_path / "root")
    db = tmp_path / "audit.sqlite"
    killed: list[int] = []

    def kill_a_busy_worker() -> None:
        me = psutil.Process()
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline and not killed:
            workers = [p for p in me.children() if "python" in p.name().lower()]
            if workers:
                time.sleep(1.5)  # well inside the first page (OCR of a photo takes seconds)
                try:
                    workers[0].kill()
                    killed.append(workers[0].pid)
                except psutil.NoSuchProcess:
                    continue
            time.sleep(0.05)

    killer = threading.Thread(target=kill_a_busy_worker, daemon=True)
    killer.start()
    result = run_audit(root, db, Settings(jobs=2, cache_dir=None))
    killer.join(timeout=5)
    assert killed, "no worker was running to be killed"
    assert result.analysed == len(SCANS)
    with Store(db) as store:
        reports = [r[0] for r in store.db.execute("SELECT status FROM analyses")]
        errors = [r[0] for r in store.db.execute("SELECT report FROM analyses WHERE status = 'error'")]
    assert len(reports) == len(SCANS)
    assert reports.count("ok") >= len(SCANS) - 1  # the killed page is retried; at worst its document is lost
    assert all('"corrupt"' in e for e in errors)


def test_the_dask_path_on_a_local_cluster_gives_the_one_machine_results(tmp_path):
    from distributed import LocalCluster

    root = tmp_path / "root"
    for app in ("XJ2025-002", "XJ2025-004", "XJ2025-014", "XJ2025-029"):
        shutil.copytree(ROUND / app, root / app)
    shutil.copy(ROUND / "XJ2025-031.zip", root)
    shutil.copy(ROUND / "applications.csv", root)
    settings = Settings(jobs=2, cache_dir=None, as_of="2026-06-30")
    local_db, dask_db = tmp_path / "local.sqlite", tmp_path / "dask.sqlite"
    run_audit(root, local_db, settings)
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster:
        result = run_audit(root, dask_db, settings, scheduler=cluster)
    assert result.analysed == 8

    def findings(db: Path) -> list[tuple]:
        with Store(db) as store:
            return sorted((f.scope, f.application_id or "", f.file or "", f.element, f.severity, f.message_zh)
                          for f in store.findings())

    def reports(db: Path) -> dict[str, tuple]:
        with Store(db) as store:
            return {r[0]: (r[1], r[2], r[3]) for r in store.db.execute("SELECT sha256, status, doc_type, pages FROM analyses")}

    assert findings(dask_db) == findings(local_db)
    assert reports(dask_db) == reports(local_db)
    assert any(f[3] == "near_duplicate" for f in findings(dask_db))


def test_a_page_past_the_worker_memory_limit_costs_its_document_alone(tmp_path):
    from PIL import Image, ImageDraw

    from docintel.config import Limits

    root = tmp_path / "root"
    (root / "A").mkdir(parents=True)
    img = Image.new("L", (6500, 9000), 255)  # 58 megapixels: under the pixel limit, not under 1 GiB
    draw = ImageDraw.Draw(img)
    for y in range(200, 6800, 60):
        draw.text((200, y), "cooperation agreement " * 8, fill=0)
    img.save(root / "A" / "big.png")
    shutil.copy(ROUND / "XJ2025-001" / "合作协议.pdf", root / "A")
    db = tmp_path / "audit.sqlite"
    run_audit(root, db, Settings(jobs=2, cache_dir=None, limits=Limits(worker_memory_bytes=1000 * 2**20)))
    with Store(db) as store:
        pipeline = store.runs()[-1]["pipeline"]
        reports = {f.name: store.analysis(f.sha256, pipeline)[0] for f in store.files("A")}
    assert reports["big.png"]["status"] == "error" and reports["big.png"]["error"]["code"] == "too_large"
    assert "memory" in reports["big.png"]["error"]["message"]
    assert reports["合作协议.pdf"]["status"] == "ok", reports["合作协议.pdf"]["error"]
