"""What an audit root holds: one folder or ZIP per application, and the manifest.

    ROOT/
      applications.csv      optional, or applications.xlsx: one row per application
      XJ2025-001/           a folder: every file under it is an attachment
      XJ2025-002.zip        a ZIP: its members, taken out safely (archives.py)

The folder's or ZIP's name is the application id. Files the audit cannot take
(a nested archive, a member leaving the ZIP, a ZIP that is no ZIP) stay in the
application as refused files with their reason, so nothing silently vanishes.
"""
from __future__ import annotations

import csv
import re
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, Field, ValidationError, field_validator

from ..cache import file_sha256
from ..models import ErrorCode
from .archives import NESTED, ArchiveLimits, extract

MANIFEST_NAMES = ("applications.csv", "applications.xlsx")
UnitType = Literal["university", "institute", "enterprise", "central_enterprise_branch"]
Region = Literal["xinjiang", "other"]


class ManifestError(ValueError):
    """The manifest cannot be used at all (no id column, unreadable file)."""


@dataclass
class AppFile:
    name: str  # path inside the application, '/'-separated
    path: Path | None  # where it can be read; None when refused
    sha256: str | None = None
    size: int | None = None
    refused: ErrorCode | None = None
    reason: str | None = None


@dataclass
class Application:
    id: str
    source: Path
    files: list[AppFile] = field(default_factory=list)


class Unit(BaseModel):
    """A participating unit as the manifest states it; funds in 万元 where given."""

    name: str
    type: UnitType = "university"
    region: Region = "xinjiang"
    public_funds: float | None = None  # 申请财政资金
    own_funds: float | None = None  # 自筹经费


class ManifestRow(BaseModel):
    application_id: str
    title: str = ""
    field: str = ""
    domestic_leader: str = ""
    lead_unit: str = ""
    foreign_unit: str = ""
    foreign_leader: str = ""
    participants: list[Unit] = Field(default_factory=list)
    # optional columns (README, "applications.csv"): the lead unit's type and funds
    lead_unit_type: UnitType = "university"
    lead_public_funds: float | None = None
    lead_own_funds: float | None = None

    @field_validator("participants", mode="before")
    @classmethod
    def _units(cls, value):
        if not isinstance(value, str):
            return value or []
        units = []
        for item in filter(None, (x.strip() for x in re.split(r"[;；]", value))):
            parts = [p.strip() for p in re.split(r"[|｜]", item)]
            keys = ("name", "type", "region", "public_funds", "own_funds")
            units.append({k: v for k, v in zip(keys, parts) if v != ""})
        return units

    @field_validator("lead_unit_type", mode="before")
    @classmethod
    def _type(cls, value):
        return value or "university"

    @field_validator("lead_public_funds", "lead_own_funds", mode="before")
    @classmethod
    def _number(cls, value):
        return None if value in ("", None) else value

    @property
    def lead(self) -> Unit:
        return Unit(name=self.lead_unit, type=self.lead_unit_type, region="xinjiang",
                    public_funds=self.lead_public_funds, own_funds=self.lead_own_funds)

    @property
    def domestic_units(self) -> list[Unit]:
        return ([self.lead] if self.lead_unit else []) + self.participants


@dataclass
class Manifest:
    rows: dict[str, ManifestRow]
    problems: dict[str, str]  # application id (or "row N") -> why its row could not be read
    path: Path | None = None


def discover(root: Path, workdir: Path, limits: ArchiveLimits | None = None) -> tuple[list[Application], list[Path]]:
    """The applications under ``root`` and the loose files that belong to none."""
    apps: list[Application] = []
    loose: list[Path] = []
    for entry in sorted(root.iterdir()):
        if entry.name.startswith(".") or entry.name in MANIFEST_NAMES:
            continue
        if entry.is_dir():
            apps.append(_folder(entry))
        elif entry.suffix.lower() == ".zip":
            apps.append(_zip(entry, workdir / entry.stem, limits))
        else:
            loose.append(entry)
    for app in apps:
        for f in app.files:
            if f.path is not None and f.refused is None:
                try:
                    f.size = f.path.stat().st_size
                    f.sha256 = file_sha256(f.path)
                except OSError as exc:
                    f.path, f.refused, f.reason = None, "corrupt", f"cannot read the file: {exc.strerror or exc}"
    return apps, loose


def _folder(folder: Path) -> Application:
    app = Application(folder.name, folder)
    for path in sorted(p for p in folder.rglob("*") if not p.is_dir()):
        rel = path.relative_to(folder)
        if any(part.startswith(".") for part in rel.parts):
            continue
        f = AppFile(rel.as_posix(), path)
        if path.suffix.lower() in NESTED:
            f.path, f.refused, f.reason = None, "unsupported", "an archive inside the application: send its files instead"
        app.files.append(f)
    return app


def _zip(archive: Path, dest: Path, limits: ArchiveLimits | None) -> Application:
    app = Application(archive.stem, archive)
    try:
        members = extract(archive, dest, limits)
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, EOFError, ValueError) as exc:
        app.files.append(AppFile(archive.name, None, refused="corrupt",
                                 reason=f"the ZIP archive cannot be read ({type(exc).__name__}: {exc})"))
        return app
    for m in members:
        app.files.append(AppFile(m.name, m.path, refused=m.refused, reason=m.reason))
    return app


def load_manifest(root: Path) -> Manifest | None:
    """``applications.csv`` or ``.xlsx`` in ``root``; None when there is neither. A
    row that does not validate is set aside with its reason, the others are used."""
    for name in MANIFEST_NAMES:
        path = root / name
        if path.is_file():
            raw = _xlsx_rows(path) if path.suffix == ".xlsx" else _csv_rows(path)
            return _validate(raw, path)
    return None


def _csv_rows(path: Path) -> list[dict[str, str]]:
    data = path.read_bytes()
    for encoding in ("utf-8-sig", "gb18030"):  # Excel on Chinese Windows saves CSV as GBK
        try:
            text = data.decode(encoding)
            break
        except UnicodeDecodeError:
            continue
    else:
        raise ManifestError(f"{path.name}: neither UTF-8 nor GBK text")
    return list(csv.DictReader(text.splitlines()))


def _xlsx_rows(path: Path) -> list[dict[str, str]]:
    from openpyxl import load_workbook

    try:
        wb = load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises a zoo of errors on a damaged workbook
        raise ManifestError(f"{path.name}: cannot be read ({type(exc).__name__}: {exc})") from None
    rows = wb.worksheets[0].iter_rows(values_only=True)
    header = [str(h or "").strip() for h in next(rows, [])]
    out = [{h: "" if v is None else str(v) for h, v in zip(header, row)} for row in rows if any(row)]
    wb.close()
    return out


def _validate(raw: list[dict[str, str]], path: Path) -> Manifest:
    if raw and "application_id" not in {k.strip() for k in raw[0]}:
        raise ManifestError(f"{path.name}: no application_id column")
    rows: dict[str, ManifestRow] = {}
    problems: dict[str, str] = {}
    for n, item in enumerate(raw, start=2):
        item = {(k or "").strip(): (v or "").strip() for k, v in item.items()}
        key = item.get("application_id") or f"row {n}"
        try:
            rows[key] = ManifestRow(**{k: v for k, v in item.items() if k in ManifestRow.model_fields})
        except ValidationError as exc:
            problems[key] = "; ".join(f"{'.'.join(map(str, e['loc']))}: {e['msg']}" for e in exc.errors())
    return Manifest(rows, problems, path)
