"""Where an upload lives: one folder per upload under the data folder, named by
its unguessable id, holding the files under names docintel chose (never a path
built from what the user called them), their original names, and the audit's
database. Deleting an upload is deleting its folder.

    DATA/uploads/<id>/meta.json
    DATA/uploads/<id>/root/application/01.pdf  02.png  …
    DATA/uploads/<id>/audit.sqlite
"""
from __future__ import annotations

import json
import re
import secrets
import shutil
import tempfile
import time
import zipfile
from dataclasses import asdict, dataclass, field
from pathlib import Path

from ..audit.archives import ArchiveLimits, extract
from ..readers.sniff import sniff_bytes

ID = re.compile(r"^[A-Za-z0-9_-]{32}$")
APPLICATION = "application"
SUFFIX = {"pdf": ".pdf", "png": ".png", "jpeg": ".jpg", "tiff": ".tif"}


class Refused(ValueError):
    """An upload (or one of its files) the page turns away, with a message in both languages."""

    def __init__(self, status: int, zh: str, en: str):
        super().__init__(en)
        self.status, self.zh, self.en = status, zh, en


@dataclass
class Meta:
    id: str
    created: float
    names: dict[str, str] = field(default_factory=dict)  # stored name -> the user's name
    refused: dict[str, str] = field(default_factory=dict)  # the user's name -> why it was left out
    state: str = "queued"  # queued | running | done | failed
    error: str | None = None


class Uploads:
    def __init__(self, data_dir: Path):
        self.root = Path(data_dir) / "uploads"
        self.root.mkdir(parents=True, exist_ok=True)

    def folder(self, upload_id: str) -> Path | None:
        """The upload's folder, or None for an id that is malformed or unknown."""
        if not ID.match(upload_id or ""):
            return None
        path = self.root / upload_id
        return path if path.is_dir() else None

    def create(self) -> tuple[str, Path]:
        upload_id = secrets.token_urlsafe(24)  # 192 bits: 32 characters of [A-Za-z0-9_-]
        path = self.root / upload_id
        (path / "root" / APPLICATION).mkdir(parents=True)
        self.save(Meta(upload_id, time.time()))
        return upload_id, path

    def meta(self, upload_id: str) -> Meta | None:
        path = self.folder(upload_id)
        if path is None:
            return None
        try:
            return Meta(**json.loads((path / "meta.json").read_text(encoding="utf-8")))
        except (OSError, ValueError, TypeError):
            return None

    def save(self, meta: Meta) -> None:
        path = self.root / meta.id / "meta.json"
        tmp = path.with_suffix(".tmp")
        tmp.write_text(json.dumps(asdict(meta), ensure_ascii=False), encoding="utf-8")
        tmp.replace(path)

    def delete(self, upload_id: str) -> bool:
        path = self.folder(upload_id)
        if path is None:
            return False
        shutil.rmtree(path, ignore_errors=True)
        return True

    def expired(self, retention_s: float, now: float | None = None) -> list[str]:
        now = now or time.time()
        out = []
        for path in self.root.iterdir():
            meta = self.meta(path.name)
            if meta is None or now - meta.created > retention_s:
                out.append(path.name)
        return out

    def all(self) -> list[Meta]:
        metas = [self.meta(p.name) for p in self.root.iterdir() if ID.match(p.name)]
        return sorted((m for m in metas if m), key=lambda m: m.created, reverse=True)


def add_file(meta: Meta, folder: Path, name: str, data: bytes, max_bytes: int) -> None:
    """Keep one uploaded file, its type told by its bytes; a ZIP is opened and
    each member kept the same way. A file that is none of ours is left out with
    its reason (the rest of the upload goes on)."""
    target = folder / "root" / APPLICATION
    if len(data) > max_bytes:
        meta.refused[name] = f"too_large: {len(data) / 2**20:.1f} MiB > {max_bytes / 2**20:.0f} MiB"
        return
    if data[:4] == b"PK\x03\x04":
        if name.lower().endswith(".zip") and "/" not in name:  # an archive of the application, not inside one
            _add_zip(meta, target, name, data, max_bytes)
        else:
            meta.refused[name] = "unsupported: an office document or an archive inside the archive; send PDFs or scans"
        return
    kind = sniff_bytes(data[:1024])
    if kind is None:
        meta.refused[name] = "unsupported: not a PDF, PNG, JPEG, TIFF or ZIP"
        return
    stored = f"{len(meta.names) + 1:02d}{SUFFIX[kind]}"
    (target / stored).write_bytes(data)
    meta.names[stored] = name


def _add_zip(meta: Meta, target: Path, name: str, data: bytes, max_bytes: int) -> None:
    with tempfile.TemporaryDirectory(prefix="docintel-upload-") as tmp:
        archive = Path(tmp) / "upload.zip"
        archive.write_bytes(data)
        try:
            members = extract(archive, Path(tmp) / "out", ArchiveLimits(max_member_bytes=max_bytes,
                                                                        max_total_bytes=4 * max_bytes, max_members=200))
        except (zipfile.BadZipFile, OSError, ValueError, EOFError) as exc:
            meta.refused[name] = f"corrupt: the ZIP cannot be read ({type(exc).__name__})"
            return
        for m in members:
            label = f"{name}/{m.name}"
            if m.refused or m.path is None:
                meta.refused[label] = f"{m.refused}: {m.reason}"
                continue
            add_file(meta, target.parent.parent, label, m.path.read_bytes(), max_bytes)
