"""Applications sent as ZIP archives: their members taken out safely, one by one.

ZIPs made on Chinese Windows store file names in GBK without the UTF-8 flag;
Python reads such names as CP437 ("║╧╫≈╨¡╥Θ.pdf" for 合作协议.pdf), so they are
decoded again. A member is refused, with its reason, when its path leaves the
archive, when it is an archive itself, when it is encrypted, or when it would
expand past the limits (a zip bomb: the sizes in its header are not trusted,
the copy stops at the limit); every other member is taken out, so one bad
member costs the application that file alone.
"""
from __future__ import annotations

import zipfile
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from ..errors import ErrorCode

UTF8_FLAG = 0x800
ENCRYPTED_FLAG = 0x1
NESTED = (".zip", ".rar", ".7z", ".tar", ".gz", ".tgz", ".bz2", ".xz")
ARCHIVE_MAGIC = (b"PK\x03\x04", b"Rar!", b"7z\xbc\xaf", b"\x1f\x8b")
OFFICE = (".docx", ".xlsx", ".pptx", ".odt", ".ods", ".odp")  # ZIP inside, but documents (the reader says what it makes of them)
CHUNK = 1 << 20


@dataclass
class ArchiveLimits:
    max_member_bytes: int = 200 * 1024 * 1024  # as a single file may be (config.Limits.max_file_bytes)
    max_total_bytes: int = 1024 * 1024 * 1024
    max_members: int = 2000
    max_ratio: float = 200.0  # expanded size over compressed size, for members over 1 MiB


@dataclass
class Member:
    name: str  # the member's path inside the archive, decoded
    path: Path | None = None  # where it was taken out to, when it was
    refused: ErrorCode | None = None
    reason: str | None = None


def member_name(info: zipfile.ZipInfo) -> str:
    """The member's name as its writer meant it: UTF-8 when flagged, else the raw
    bytes read as UTF-8 (some tools write it unflagged) or as GBK."""
    if info.flag_bits & UTF8_FLAG:
        return info.filename
    try:
        raw = info.filename.encode("cp437")
    except UnicodeEncodeError:
        return info.filename
    for encoding in ("utf-8", "gb18030"):
        try:
            return raw.decode(encoding)
        except UnicodeDecodeError:
            continue
    return info.filename


def _safe_relative(name: str) -> PurePosixPath | None:
    path = PurePosixPath(name.replace("\\", "/"))
    if path.is_absolute() or ".." in path.parts or (path.parts and path.parts[0].endswith(":")):
        return None
    return path


def extract(archive: Path, dest: Path, limits: ArchiveLimits | None = None) -> list[Member]:
    """Take the members of ``archive`` out into ``dest``; every file member comes
    back, taken out or refused with its reason. Raises ``zipfile.BadZipFile``
    when the archive itself cannot be read."""
    limits = limits or ArchiveLimits()
    out: list[Member] = []
    total = 0
    with zipfile.ZipFile(archive) as zf:
        infos = [i for i in zf.infolist() if not i.is_dir()]
        for n, info in enumerate(infos):
            name = member_name(info)
            member = Member(name)
            out.append(member)
            rel = _safe_relative(name)
            if n >= limits.max_members:
                member.refused, member.reason = "too_large", f"more than {limits.max_members} files in the archive"
            elif rel is None:
                member.refused, member.reason = "unsupported", "its path leaves the archive"
            elif info.flag_bits & ENCRYPTED_FLAG:
                member.refused, member.reason = "encrypted", "the member is encrypted"
            elif rel.suffix.lower() in NESTED:
                member.refused, member.reason = "unsupported", "an archive inside the archive"
            elif info.file_size > 1 << 20 and info.file_size > limits.max_ratio * max(1, info.compress_size):
                member.refused, member.reason = "too_large", "it expands too far for its size (a zip bomb)"
            if member.refused:
                continue
            target = dest.joinpath(*rel.parts)
            target.parent.mkdir(parents=True, exist_ok=True)
            cap = min(limits.max_member_bytes, limits.max_total_bytes - total)
            written = _copy_capped(zf, info, target, cap)
            if written is None:
                target.unlink(missing_ok=True)
                member.refused, member.reason = "too_large", "it expands past the size limit"
                continue
            if rel.suffix.lower() not in OFFICE and _is_archive(target):
                target.unlink(missing_ok=True)
                member.refused, member.reason = "unsupported", "an archive inside the archive"
                continue
            total += written
            member.path = target
    return out


def _copy_capped(zf: zipfile.ZipFile, info: zipfile.ZipInfo, target: Path, cap: int) -> int | None:
    """Bytes written, or None once the member runs past ``cap`` (headers can lie)."""
    written = 0
    with zf.open(info) as src, open(target, "wb") as dst:
        while chunk := src.read(CHUNK):
            written += len(chunk)
            if written > cap:
                return None
            dst.write(chunk)
    return written


def _is_archive(path: Path) -> bool:
    with open(path, "rb") as f:
        head = f.read(8)
    return head.startswith(ARCHIVE_MAGIC)

