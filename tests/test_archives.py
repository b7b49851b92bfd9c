"""Applications sent as ZIPs: names from Chinese Windows, and members that must be refused."""
from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest

from docintel.audit.archives import ArchiveLimits, extract

PDF = b"%PDF-1.4\n" + b"0" * 2000 + b"\n%%EOF\n"


def _gbk_zip(path: Path, name: str, data: bytes) -> None:
    """A ZIP as Chinese Windows writes it: the name's GBK bytes, no UTF-8 flag.
    zipfile writes any non-ASCII name as flagged UTF-8, so an ASCII stand-in of
    the same length is written and its bytes swapped for the GBK ones."""
    raw = name.encode("gbk")
    stand_in = b"X" * (len(raw) - 4) + b".pdf"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr(stand_in.decode(), data)
    blob = path.read_bytes()
    assert blob.count(stand_in) == 2  # local header and central directory
    path.write_bytes(blob.replace(stand_in, raw))


def test_gbk_names_without_the_utf8_flag_are_decoded(tmp_path):
    archive = tmp_path / "app.zip"
    _gbk_zip(archive, "合作协议.pdf", PDF)
    members = extract(archive, tmp_path / "out")
    assert [m.name for m in members] == ["合作协议.pdf"]
    assert members[0].path == tmp_path / "out" / "合作协议.pdf"
    assert members[0].path.read_bytes() == PDF


def test_flagged_utf8_names_are_kept(tmp_path):
    archive = tmp_path / "app.zip"
    with zipfile.ZipFile(archive, "w") as zf:
        zf.writestr("伦理审查批件/批件.pdf", PDF)  # zipfile flags non-ASCII names as UTF-8
    members = extract(archive, tmp_path / "out")
    assert members[0].name == "伦理审查批件/批件.pdf" and members[0].path.exists()


def test_bad_members_are_refused_one_by_one_and_the_rest_taken_out(tmp_path):
    inner = io.BytesIO()
    with zipfile.ZipFile(inner, "w") as z:
        z.writestr("x.pdf", PDF)
    archive = tmp_path / "app.zip"
    with zipfile.ZipFile(archive, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("../../etc/evil.pdf", PDF)
        zf.writestr("/abs/evil.pdf", PDF)
        zf.writestr("nested.zip", inner.getvalue())
        zf.writestr("disguised.pdf", inner.getvalue())  # a ZIP named .pdf
        zf.writestr("bomb.pdf", b"\0" * (8 << 20))  # 8 MiB of zeros: a ratio no document has
        zf.writestr("good.pdf", PDF)
    members = {m.name: m for m in extract(archive, tmp_path / "out")}
    assert members["good.pdf"].path is not None and members["good.pdf"].refused is None
    assert members["../../etc/evil.pdf"].refused == "unsupported"
    assert "leaves the archive" in members["../../etc/evil.pdf"].reason
    assert members["/abs/evil.pdf"].refused == "unsupported"
    assert members["nested.zip"].refused == "unsupported" and "archive" in members["nested.zip"].reason
    assert members["disguised.pdf"].refused == "unsupported"
    assert members["bomb.pdf"].refused == "too_large"
    assert not (tmp_path / "etc").exists() and not (tmp_path / "out" / "disguised.pdf").exists()
    assert sorted(p.name for p in (tmp_path / "out").rglob("*") if p.is_file()) == ["good.pdf"]


def test_a_member_past_the_size_limit_is_not_taken_out(tmp_path):
    """The copy is counted as it runs (a header can lie about the size) and stops at the limit."""
    archive = tmp_path / "app.zip"
    with zipfile.ZipFile(archive, "w", zipfile.ZIP_STORED) as zf:
        zf.writestr("big.pdf", PDF * 100)
    members = extract(archive, tmp_path / "out", ArchiveLimits(max_member_bytes=10_000))
    assert members[0].refused == "too_large" and members[0].path is None
    assert not (tmp_path / "out" / "big.pdf").exists()


def test_an_archive_that_is_no_zip_is_an_error_for_the_caller(tmp_path):
    archive = tmp_path / "app.zip"
    archive.write_bytes(b"not a zip at all")
    with pytest.raises(zipfile.BadZipFile):
        extract(archive, tmp_path / "out")
