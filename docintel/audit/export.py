"""An audit's database as tables staff can sort and filter: XLSX (four sheets,
filters and frozen headers), CSV (one file per sheet) or JSON.

    applications       one row per application: complete or not, its findings
    documents          one row per file
    findings           one row per finding of a document or an application
    cross_application  the findings between applications, naming every one involved
"""
from __future__ import annotations

import csv
import json
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

from ..store import FindingRow, Store

SEVERITIES = ("error", "warning", "info")
SCHEMA = "docintel/audit@1"


@dataclass
class Filters:
    applications: set[str] | None = None  # only these
    min_severity: str = "info"  # findings at least this grave
    incomplete_only: bool = False


SHEETS: dict[str, list[str]] = {
    "applications": ["application_id", "complete", "errors", "warnings", "files", "document_types", "title",
                     "lead_unit", "foreign_unit", "source", "findings_zh", "findings_en"],
    "documents": ["application_id", "file", "status", "error", "doc_type", "pages", "languages", "unexecuted",
                  "seals", "signatures", "errors", "warnings", "sha256"],
    "findings": ["application_id", "file", "scope", "element", "severity", "message_zh", "message_en", "guide_ref",
                 "page", "evidence"],
    "cross_application": ["rule", "severity", "applications", "file", "message_zh", "message_en", "guide_ref"],
}


def tables(store: Store, filters: Filters | None = None) -> dict[str, list[dict]]:
    filters = filters or Filters()
    rank = SEVERITIES.index(filters.min_severity)
    findings = [f for f in store.findings() if SEVERITIES.index(f.severity) <= rank]
    apps = [store.application(a) for a in store.application_ids()]
    if filters.applications is not None:
        apps = [a for a in apps if a["application_id"] in filters.applications]
    if filters.incomplete_only:
        apps = [a for a in apps if not a["complete"]]
    keep = {a["application_id"] for a in apps}
    per_app: dict[str, list[FindingRow]] = defaultdict(list)
    per_file: dict[tuple[str, str], list[FindingRow]] = defaultdict(list)
    for f in findings:
        for app_id in {f.application_id, *f.applications} - {None}:
            per_app[app_id].append(f)
        if f.scope == "document":
            per_file[(f.application_id, f.file)].append(f)
    pipeline = _latest_pipeline(store)
    out: dict[str, list[dict]] = {name: [] for name in SHEETS}
    for a in apps:
        app_id = a["application_id"]
        files = store.files(app_id)
        types, docs = [], []
        for f in files:
            report = (store.analysis(f.sha256, pipeline) or ({}, {}))[0] if f.sha256 and pipeline else {}
            mine = per_file[(app_id, f.name)]
            versions = report.get("language_versions") or []
            if report.get("doc_type") and report.get("status") == "ok":
                types.append(report["doc_type"])
            docs.append({
                "application_id": app_id, "file": f.name,
                "status": "error" if f.refused or report.get("status") == "error" else report.get("status", "not_analysed"),
                "error": f.reason if f.refused else ((report.get("error") or {}).get("message")),
                "doc_type": report.get("doc_type"), "pages": report.get("pages"),
                "languages": ", ".join(v["language"] for v in versions),
                "unexecuted": ", ".join(v["language"] for v in versions if not (v["signed"] or v["sealed"])),
                "seals": len(report.get("seals") or []), "signatures": len(report.get("signatures") or []),
                "errors": sum(x.severity == "error" for x in mine), "warnings": sum(x.severity == "warning" for x in mine),
                "sha256": f.sha256,
            })
        manifest = (a.get("manifest") or {}).get("row") or {}
        mine = per_app[app_id]
        out["applications"].append({
            "application_id": app_id, "complete": "yes" if a["complete"] else "no", "errors": a["errors"],
            "warnings": a["warnings"], "files": len(files), "document_types": ", ".join(sorted(set(types))),
            "title": manifest.get("title"), "lead_unit": manifest.get("lead_unit"),
            "foreign_unit": manifest.get("foreign_unit"), "source": a["source"],
            "findings_zh": "\n".join(f"[{x.severity}] {x.message_zh}" for x in mine),
            "findings_en": "\n".join(f"[{x.severity}] {x.message_en}" for x in mine),
        })
        out["documents"].extend(docs)
    for f in findings:
        if f.scope == "cross_application":
            if keep & set(f.applications):
                out["cross_application"].append({
                    "rule": f.element, "severity": f.severity, "applications": ", ".join(f.applications),
                    "file": f.file, "message_zh": f.message_zh, "message_en": f.message_en, "guide_ref": f.guide_ref})
        elif f.application_id in keep:
            out["findings"].append({k: getattr(f, k) for k in SHEETS["findings"]})
    return out


def _latest_pipeline(store: Store) -> str | None:
    row = store.db.execute("SELECT pipeline FROM runs WHERE finished IS NOT NULL ORDER BY id DESC LIMIT 1").fetchone()
    row = row or store.db.execute("SELECT pipeline FROM runs ORDER BY id DESC LIMIT 1").fetchone()
    return row[0] if row else None


def export(store: Store, target: Path, filters: Filters | None = None) -> list[Path]:
    """Write the tables; returns the files written."""
    data = tables(store, filters)
    suffix = target.suffix.lower()
    if suffix == ".xlsx":
        _xlsx(data, target)
        return [target]
    if suffix == ".json":
        target.write_text(json.dumps({"schema": SCHEMA, **data}, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        return [target]
    if suffix == ".csv":
        written = []
        for name, rows in data.items():
            path = target if name == "findings" else target.with_name(f"{target.stem}.{name}.csv")
            with path.open("w", encoding="utf-8-sig", newline="") as fh:  # the BOM lets Excel read Chinese
                writer = csv.DictWriter(fh, fieldnames=SHEETS[name])
                writer.writeheader()
                writer.writerows(rows)
            written.append(path)
        return written
    raise ValueError(f"unknown export format {target.suffix!r}: use .xlsx, .csv or .json")


def _xlsx(data: dict[str, list[dict]], target: Path) -> None:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font
    from openpyxl.utils import get_column_letter

    wb = Workbook()
    wb.remove(wb.active)
    for name, columns in SHEETS.items():
        ws = wb.create_sheet(name)
        ws.append(columns)
        for cell in ws[1]:
            cell.font = Font(bold=True)
        for row in data[name]:
            ws.append([row.get(c) for c in columns])
            for cell in ws[ws.max_row]:
                if isinstance(cell.value, str) and cell.value.startswith("="):
                    cell.data_type = "s"  # a file named "=cmd|…" stays text, never a formula
        ws.freeze_panes = "A2"
        ws.auto_filter.ref = f"A1:{get_column_letter(len(columns))}{max(1, len(data[name]) + 1)}"
        for i, column in enumerate(columns, start=1):
            width = max([len(str(column))] + [min(60, len(str(r.get(column) or ""))) for r in data[name][:200]])
            ws.column_dimensions[get_column_letter(i)].width = min(60, width + 2)
            if column.startswith(("message", "findings", "evidence")):
                for (cell,) in ws.iter_rows(min_row=2, min_col=i, max_col=i):
                    cell.alignment = Alignment(wrap_text=True, vertical="top")
    wb.save(target)

