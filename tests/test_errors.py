"""Every error code of the contract, on real files: never a crash, and the batch
carries on past a bad file."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from PIL import Image

from docintel.config import Limits, Settings
from docintel.pipeline import analyze_document, analyze_paths

from .conftest import text_image, write_pdf

GOOD = [[("serif", 72, 700, "Cooperation Agreement between two universities on joint research.")]]


def _error(path: Path, settings: Settings) -> tuple[str, str]:
    report = analyze_document(path, settings).report
    assert report.status == "error"
    assert report.error is not None
    return report.error.code, report.error.message


def test_encrypted_pdf_is_refused(tmp_path, settings):
    from reportlab.lib.pdfencrypt import StandardEncryption

    path = write_pdf(tmp_path / "locked.pdf", GOOD, encrypt=StandardEncryption("secret", canPrint=0))
    code, message = _error(path, settings)
    assert code == "encrypted"
    assert "password" in message


def test_owner_password_only_pdf_is_read(tmp_path, settings):
    """An empty user password (print/copy restrictions only) must not stop reading."""
    from reportlab.lib.pdfencrypt import StandardEncryption

    path = write_pdf(tmp_path / "restricted.pdf", GOOD, encrypt=StandardEncryption("", ownerPassword="owner"))
    report = analyze_document(path, settings).report
    assert report.status == "ok"
    assert [v.language for v in report.language_versions] == ["en"]


def test_truncated_pdf_is_corrupt(tmp_path, settings):
    good = write_pdf(tmp_path / "good.pdf", GOOD)
    broken = tmp_path / "broken.pdf"
    broken.write_bytes(good.read_bytes()[:300])
    code, _ = _error(broken, settings)
    assert code == "corrupt"


def test_pdf_with_broken_xref_is_read_not_corrupt(tmp_path, settings):
    """A cross-reference table numbered from object 1 instead of 0: pdfium and
    poppler rebuild it, pdfminer alone sees no pages. The file is real and must
    be read, text layer included."""
    good = write_pdf(tmp_path / "good.pdf", GOOD + GOOD)
    data = good.read_bytes()
    at = data.rfind(b"\nxref\n") + 1
    broken = tmp_path / "xref_off_by_one.pdf"
    broken.write_bytes(data[:at] + data[at:].replace(b"xref\n0 ", b"xref\n1 ", 1))
    import pdfplumber

    with pdfplumber.open(broken) as pdf:
        assert len(pdf.pages) != 2  # the premise: pdfminer alone is lost
    analysis = analyze_document(broken, settings)
    assert analysis.report.status == "ok", analysis.report.error
    assert analysis.report.pages == 2
    assert all(p.source == "text_layer" for p in analysis.pages)
    assert "Cooperation Agreement" in analysis.pages[1].blocks[0].text


def test_garbage_bytes_named_pdf_are_corrupt(tmp_path, settings):
    path = tmp_path / "noise.pdf"
    path.write_bytes(b"this is not a pdf at all" * 10)
    code, message = _error(path, settings)
    assert code == "corrupt"
    assert ".pdf" in message


def test_png_named_pdf_is_unsupported(tmp_path, settings):
    path = tmp_path / "scan.pdf"
    Image.new("RGB", (50, 50), "white").save(path, format="PNG")
    code, message = _error(path, settings)
    assert code == "unsupported"
    assert "PNG" in message


def test_jpeg_named_png_is_read_by_its_bytes(tmp_path, settings):
    """Phones and screenshot tools save JPEGs as .png: a picture is a picture."""
    path = tmp_path / "photo.png"
    text_image(["Cooperation Agreement between two universities"] * 3, size=(1240, 600), font_size=40,
               font="/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf").convert("RGB").save(path, format="JPEG")
    report = analyze_document(path, settings).report
    assert report.status == "ok", report.error
    assert [v.language for v in report.language_versions] == ["en"]


def test_word_document_is_unsupported(tmp_path, settings):
    path = tmp_path / "agreement.docx"
    path.write_bytes(b"PK\x03\x04" + b"\x00" * 100)
    code, message = _error(path, settings)
    assert code == "unsupported"
    assert "ZIP" in message


def test_truncated_png_is_corrupt(tmp_path, settings):
    path = tmp_path / "half.png"
    full = tmp_path / "full.png"
    text_image(["合作协议"]).save(full)
    path.write_bytes(full.read_bytes()[:2000])
    code, _ = _error(path, settings)
    assert code == "corrupt"


def test_decompression_bomb_is_too_large(tmp_path, settings):
    path = tmp_path / "bomb.png"
    Image.new("1", (12000, 12000), 1).save(path, optimize=True)
    assert path.stat().st_size < 1_000_000  # tiny on disk, 144 MP decoded
    code, message = _error(path, settings.model_copy(update={"limits": Limits(max_page_pixels=50_000_000)}))
    assert code == "too_large"
    assert "MP" in message


def test_file_over_size_limit_is_too_large(tmp_path):
    path = write_pdf(tmp_path / "big.pdf", GOOD)
    code, _ = _error(path, Settings(jobs=1, cache_dir=None, limits=Limits(max_file_bytes=100)))
    assert code == "too_large"


def test_too_many_pages_is_too_large(tmp_path):
    path = write_pdf(tmp_path / "long.pdf", GOOD * 5)
    code, message = _error(path, Settings(jobs=1, cache_dir=None, limits=Limits(max_pages=3)))
    assert code == "too_large"
    assert "5 pages" in message


def test_huge_pdf_page_is_too_large(tmp_path, settings):
    path = write_pdf(tmp_path / "poster.pdf", [[("serif", 72, 72, "x")]], pagesize=(20000, 20000))
    code, _ = _error(path, settings)
    assert code == "too_large"


def test_slow_document_times_out(tmp_path):
    path = tmp_path / "scan.png"
    text_image(["第一条 双方同意开展联合研究。"] * 10).save(path)
    code, message = _error(path, Settings(jobs=2, cache_dir=None, limits=Limits(document_timeout_s=0.2)))
    assert code == "timeout"
    assert "limit" in message


def test_batch_carries_on_past_bad_files(tmp_path, settings):
    write_pdf(tmp_path / "a_good.pdf", GOOD)
    (tmp_path / "b_bad.pdf").write_bytes(b"%PDF-1.4\n garbage")
    write_pdf(tmp_path / "c_good.pdf", GOOD)
    (tmp_path / "notes.txt").write_text("ignored: not an attachment type")
    results = list(analyze_paths([tmp_path], settings))
    assert [Path(a.report.path).name for a in results] == ["a_good.pdf", "b_bad.pdf", "c_good.pdf"]
    assert [a.report.status for a in results] == ["ok", "error", "ok"]


def test_cli_json_has_error_document_and_exit_1(tmp_path):
    write_pdf(tmp_path / "good.pdf", GOOD)
    (tmp_path / "bad.pdf").write_bytes(b"")
    out = subprocess.run(
        [sys.executable, "-m", "docintel.cli", "check", str(tmp_path), "--format", "json", "--no-cache"],
        capture_output=True, text=True, timeout=120,
    )
    assert out.returncode == 1, out.stderr
    report = json.loads(out.stdout)
    by_name = {Path(d["path"]).name: d for d in report["documents"]}
    assert by_name["bad.pdf"]["status"] == "error"
    assert by_name["bad.pdf"]["error"]["code"] == "corrupt"
    assert by_name["good.pdf"]["status"] == "ok"


def test_cli_missing_path_is_usage_error(tmp_path):
    out = subprocess.run(
        [sys.executable, "-m", "docintel.cli", "check", str(tmp_path / "nope.pdf"), "--format", "json"],
        capture_output=True, text=True, timeout=60,
    )
    assert out.returncode == 2
    assert out.stdout == ""
    assert "no such file" in out.stderr


@pytest.mark.parametrize("flag", [["--jobs", "0"], ["--format", "xml"], ["--timeout", "-1"], ["--max-pages", "0"]])
def test_cli_bad_flags_are_usage_errors(tmp_path, flag):
    path = write_pdf(tmp_path / "good.pdf", GOOD)
    out = subprocess.run(
        [sys.executable, "-m", "docintel.cli", "check", str(path), *flag],
        capture_output=True, text=True, timeout=60,
    )
    assert out.returncode == 2


def _tiff_with_broken_frame_chain(path: Path) -> Path:
    import struct

    frames = [text_image(["第一页"], size=(200, 100), font_size=30), text_image(["第二页"], size=(200, 100), font_size=30)]
    frames[0].save(path, save_all=True, append_images=frames[1:], compression="raw")
    raw = bytearray(path.read_bytes())
    order = "<" if raw[:2] == b"II" else ">"
    ifd = struct.unpack(order + "I", raw[4:8])[0]
    entries = struct.unpack(order + "H", raw[ifd : ifd + 2])[0]
    next_at = ifd + 2 + 12 * entries
    raw[next_at : next_at + 4] = struct.pack(order + "I", len(raw) + 10_000)  # next frame: past the end
    path.write_bytes(bytes(raw))
    return path


def test_tiff_with_broken_frame_chain_is_one_error_not_a_crash(tmp_path, settings):
    _tiff_with_broken_frame_chain(tmp_path / "b_broken.tif")
    write_pdf(tmp_path / "a_good.pdf", GOOD)
    results = {Path(a.report.path).name: a.report for a in analyze_paths([tmp_path], settings)}
    assert results["a_good.pdf"].status == "ok"
    assert results["b_broken.tif"].status == "error"
    assert results["b_broken.tif"].error.code == "corrupt"


def test_dangling_link_in_a_folder_is_reported_not_dropped(tmp_path, settings):
    write_pdf(tmp_path / "good.pdf", GOOD)
    (tmp_path / "gone.pdf").symlink_to(tmp_path / "deleted-long-ago.pdf")
    results = {Path(a.report.path).name: a.report for a in analyze_paths([tmp_path], settings)}
    assert results["gone.pdf"].status == "error"
    assert results["good.pdf"].status == "ok"


@pytest.mark.parametrize("size", [(1, 1), (1, 400), (400, 1)])
def test_sliver_images_are_read_as_blank_pages(tmp_path, settings, size):
    path = tmp_path / "sliver.png"
    Image.new("RGB", size, "white").save(path)
    analysis = analyze_document(path, settings)
    assert analysis.report.status == "ok"
    assert analysis.report.language_versions == []


def test_cli_unwritable_output_is_a_usage_error(tmp_path):
    path = write_pdf(tmp_path / "good.pdf", GOOD)
    out = subprocess.run(
        [sys.executable, "-m", "docintel.cli", "check", str(path), "-o", str(tmp_path / "no" / "such" / "r.json")],
        capture_output=True, text=True, timeout=60,
    )
    assert out.returncode == 2
    assert "cannot write" in out.stderr
