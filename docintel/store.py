"""The audit's SQLite database: what was read, what the rulebook says, per run.

Written by ``docintel audit``, read by ``docintel export`` (and the web page), so
its tables are the hand-over between them:

* ``analyses`` -- one row per file content (SHA-256) and pipeline version: the
  report and the facts the application checks need. Expensive to make (OCR),
  never made twice: a re-run, or a run resumed after ``kill -9``, skips them.
* ``applications`` and ``files`` -- what each application holds (a file refused
  from a ZIP is a row with its reason); cheap, rewritten on every run.
* ``findings`` -- the rulebook's findings at document, application and
  cross-application level, replaced as a whole after each judging pass, tagged
  with the rulebook version that made them.

WAL mode lets readers (the web page, an export) read while an audit writes;
every analysis is committed on its own, so a killed run loses at most the
documents in flight.
"""
from __future__ import annotations

import datetime as dt
import json
import sqlite3
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from pydantic import BaseModel, Field

SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT);
CREATE TABLE IF NOT EXISTS analyses (
    sha256 TEXT NOT NULL, pipeline TEXT NOT NULL, status TEXT NOT NULL, doc_type TEXT, pages INTEGER,
    report TEXT NOT NULL, facts TEXT NOT NULL, seconds REAL, run INTEGER, analysed_at TEXT,
    PRIMARY KEY (sha256, pipeline));
CREATE TABLE IF NOT EXISTS applications (
    application_id TEXT PRIMARY KEY, source TEXT, manifest TEXT, complete INTEGER, errors INTEGER,
    warnings INTEGER, rulebook TEXT);
CREATE TABLE IF NOT EXISTS files (
    application_id TEXT NOT NULL, name TEXT NOT NULL, sha256 TEXT, bytes INTEGER, refused TEXT, reason TEXT,
    PRIMARY KEY (application_id, name));
CREATE TABLE IF NOT EXISTS findings (
    scope TEXT NOT NULL, application_id TEXT, file TEXT, element TEXT NOT NULL, severity TEXT NOT NULL,
    message_zh TEXT, message_en TEXT, guide_ref TEXT, page INTEGER, evidence TEXT, applications TEXT,
    rulebook TEXT);
CREATE INDEX IF NOT EXISTS findings_app ON findings (application_id);
CREATE TABLE IF NOT EXISTS runs (
    id INTEGER PRIMARY KEY AUTOINCREMENT, started TEXT, finished TEXT, pipeline TEXT, rulebook TEXT,
    root TEXT, analysed INTEGER DEFAULT 0, reused INTEGER DEFAULT 0);
"""


class FileRow(BaseModel):
    application_id: str
    name: str  # the path inside the application's folder or ZIP
    sha256: str | None = None
    bytes: int | None = None
    refused: str | None = None  # an error code when the file was refused before analysis
    reason: str | None = None


class FindingRow(BaseModel):
    scope: str  # document | application | cross_application
    application_id: str | None = None
    file: str | None = None
    element: str  # the element id or the rule id
    severity: str
    message_zh: str
    message_en: str
    guide_ref: str | None = None
    page: int | None = None
    evidence: str | None = None
    applications: list[str] = Field(default_factory=list)  # every application a cross finding names


class Store:
    def __init__(self, path: Path):
        self.path = Path(path)
        self.db = sqlite3.connect(self.path, timeout=30.0)
        self.db.row_factory = sqlite3.Row
        self.db.execute("PRAGMA journal_mode=WAL")
        self.db.execute("PRAGMA synchronous=NORMAL")  # WAL + NORMAL: a committed row survives a killed process
        self.db.executescript(SCHEMA)

    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # ------------------------------------------------------------------ runs
    def start_run(self, pipeline: str, rulebook: str, root: str) -> int:
        with self.db:
            cur = self.db.execute("INSERT INTO runs (started, pipeline, rulebook, root) VALUES (?, ?, ?, ?)",
                                  (_now(), pipeline, rulebook, root))
        return int(cur.lastrowid)

    def finish_run(self, run: int, analysed: int, reused: int) -> None:
        with self.db:
            self.db.execute("UPDATE runs SET finished = ?, analysed = ?, reused = ? WHERE id = ?",
                            (_now(), analysed, reused, run))

    def runs(self) -> list[dict]:
        return [dict(r) for r in self.db.execute("SELECT * FROM runs ORDER BY id")]

    # ------------------------------------------------------------------ analyses
    def analysed(self, pipeline: str) -> set[str]:
        return {r[0] for r in self.db.execute("SELECT sha256 FROM analyses WHERE pipeline = ?", (pipeline,))}

    def put_analysis(self, sha256: str, pipeline: str, report: dict, facts: dict, seconds: float, run: int) -> None:
        """One document, committed at once: a killed run keeps it."""
        with self.db:
            self.db.execute(
                "INSERT OR REPLACE INTO analyses VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (sha256, pipeline, report.get("status"), report.get("doc_type"), report.get("pages"),
                 json.dumps(report, ensure_ascii=False), json.dumps(facts, ensure_ascii=False), seconds, run,
                 _now()))

    def analysis(self, sha256: str, pipeline: str) -> tuple[dict, dict] | None:
        row = self.db.execute("SELECT report, facts FROM analyses WHERE sha256 = ? AND pipeline = ?",
                              (sha256, pipeline)).fetchone()
        return (json.loads(row["report"]), json.loads(row["facts"])) if row else None

    def update_report(self, sha256: str, pipeline: str, report: dict) -> None:
        with self.db:
            self.db.execute("UPDATE analyses SET report = ?, doc_type = ? WHERE sha256 = ? AND pipeline = ?",
                            (json.dumps(report, ensure_ascii=False), report.get("doc_type"), sha256, pipeline))

    # ------------------------------------------------------------------ applications and their files
    def put_application(self, application_id: str, source: str, manifest: dict | None, files: list[FileRow]) -> None:
        with self.db:
            self.db.execute(
                "INSERT INTO applications (application_id, source, manifest) VALUES (?, ?, ?) "
                "ON CONFLICT(application_id) DO UPDATE SET source = excluded.source, manifest = excluded.manifest",
                (application_id, source, json.dumps(manifest, ensure_ascii=False) if manifest else None))
            self.db.execute("DELETE FROM files WHERE application_id = ?", (application_id,))
            self.db.executemany(
                "INSERT INTO files VALUES (:application_id, :name, :sha256, :bytes, :refused, :reason)",
                [f.model_dump() for f in files])

    def keep_applications(self, ids: Iterable[str]) -> None:
        """Forget applications no longer under the audited folder."""
        ids = list(ids)
        marks = ",".join("?" * len(ids))
        with self.db:
            for table in ("applications", "files"):
                self.db.execute(f"DELETE FROM {table} WHERE application_id NOT IN ({marks})", ids)

    def application_ids(self) -> list[str]:
        return [r[0] for r in self.db.execute("SELECT application_id FROM applications ORDER BY application_id")]

    def application(self, application_id: str) -> dict[str, Any]:
        row = self.db.execute("SELECT * FROM applications WHERE application_id = ?", (application_id,)).fetchone()
        out = dict(row)
        out["manifest"] = json.loads(row["manifest"]) if row["manifest"] else None
        return out

    def files(self, application_id: str | None = None) -> list[FileRow]:
        sql, args = "SELECT * FROM files", ()
        if application_id is not None:
            sql, args = sql + " WHERE application_id = ?", (application_id,)
        return [FileRow(**dict(r)) for r in self.db.execute(sql + " ORDER BY application_id, name", args)]

    def set_verdict(self, application_id: str, complete: bool, errors: int, warnings: int, rulebook: str) -> None:
        self.db.execute("UPDATE applications SET complete = ?, errors = ?, warnings = ?, rulebook = ? "
                        "WHERE application_id = ?", (int(complete), errors, warnings, rulebook, application_id))

    # ------------------------------------------------------------------ findings
    def replace_findings(self, rows: Iterable[FindingRow], rulebook: str) -> None:
        """All findings of a judging pass at once: a reader never sees half of them."""
        self.db.execute("DELETE FROM findings")
        self.db.executemany(
            "INSERT INTO findings VALUES (:scope, :application_id, :file, :element, :severity, :message_zh, "
            ":message_en, :guide_ref, :page, :evidence, :applications, :rulebook)",
            [{**r.model_dump(), "applications": json.dumps(r.applications, ensure_ascii=False), "rulebook": rulebook}
             for r in rows])

    def findings(self, scope: str | None = None) -> Iterator[FindingRow]:
        sql, args = "SELECT * FROM findings", ()
        if scope is not None:
            sql, args = sql + " WHERE scope = ?", (scope,)
        for r in self.db.execute(sql + " ORDER BY application_id, file, rowid", args):
            d = dict(r)
            d.pop("rulebook", None)
            d["applications"] = json.loads(d["applications"] or "[]")
            yield FindingRow(**d)

    def transaction(self):
        """``with store.transaction():`` groups writes into one commit."""
        return self.db


def _now() -> str:
    return dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")
