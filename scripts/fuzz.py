#!/usr/bin/env python3
"""Fuzz the bulk audit: mutated PDFs, images and ZIPs through ``run_audit``.

Hypothesis draws each example: an application of FILES attachments, each one
of the seed files (text-layer PDFs, a PNG, a JPEG, a TIFF from samples/)
mutated by a few byte operations (flips, deletions, duplicated or foreign
chunks, truncation, a swapped header), sometimes packed as a ZIP with hostile
member names. Every example is audited in full (worker processes, store,
judging), and must come out with every file accounted for: analysed (``ok``
or ``error`` with a contract code) or refused with a reason; no exception, no
document past the time limit, the audit's memory bounded.

    .venv/bin/python scripts/fuzz.py [--examples 500] [--files 20] [--seed 0]

``--examples 500 --files 20`` is 10,000 inputs (the README's figures); the
tests run a short version (tests/test_fuzz.py).
"""
from __future__ import annotations

import argparse
import io
import sys
import tempfile
import threading
import time
import zipfile
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import psutil
from hypothesis import HealthCheck, Phase, given, seed, settings
from hypothesis import strategies as st
from PIL import Image

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from docintel.audit.run import run_audit  # noqa: E402
from docintel.config import Limits, Settings  # noqa: E402
from docintel.store import Store  # noqa: E402

PDF_SEEDS = ["ethics_zh_native.pdf", "ip_ru_only_native.pdf", "blank_ethics_zh_letterhead_native.pdf",
             "coop_zh_only_native.pdf"]
IMAGE_SEED = "coop_zh_ru_side_by_side.png"
CODES = {"encrypted", "corrupt", "unsupported", "too_large", "timeout"}
TIMEOUT_S = 60.0  # per document; fuzzed pages read at 150 dpi
SLACK_S = 30.0


@dataclass
class Stats:
    inputs: int = 0
    examples: int = 0
    outcomes: Counter = field(default_factory=Counter)  # ok, an error code, or refused:<code>
    slowest_s: float = 0.0
    peak_rss_mib: float = 0.0
    failures: list[str] = field(default_factory=list)


def seeds() -> dict[str, bytes]:
    """The seed files; the image downscaled so an intact mutant OCRs in a second."""
    out = {name: (ROOT / "samples" / name).read_bytes() for name in PDF_SEEDS}
    img = Image.open(ROOT / "samples" / IMAGE_SEED).convert("RGB")
    img = img.resize((img.width * 2 // 5, img.height * 2 // 5))
    for fmt, suffix in (("PNG", ".png"), ("JPEG", ".jpg"), ("TIFF", ".tif")):
        buf = io.BytesIO()
        img.save(buf, fmt)
        out["page" + suffix] = buf.getvalue()
    return out


HEADERS = [b"%PDF-1.7\n", b"\x89PNG\r\n\x1a\n", b"\xff\xd8\xff\xe0", b"II*\x00", b"PK\x03\x04", b""]
op = st.one_of(
    st.tuples(st.just("flip"), st.floats(0, 1), st.integers(0, 255)),
    st.tuples(st.just("delete"), st.floats(0, 1), st.integers(1, 4096)),
    st.tuples(st.just("duplicate"), st.floats(0, 1), st.integers(1, 65536)),
    st.tuples(st.just("insert"), st.floats(0, 1), st.binary(min_size=1, max_size=512)),
    st.tuples(st.just("truncate"), st.floats(0, 1), st.just(0)),
    st.tuples(st.just("header"), st.sampled_from(range(len(HEADERS))), st.just(0)),
)
attachment = st.tuples(st.integers(0, 6), st.lists(op, min_size=0, max_size=4), st.sampled_from([
    ".pdf", ".png", ".jpg", ".tif", ".pdf", ".pdf", ".docx", ""]))


def mutate(data: bytes, ops: list[tuple]) -> bytes:
    buf = bytearray(data)
    for kind, where, arg in ops:
        at = int(where * len(buf)) if kind != "header" else 0
        if kind == "flip" and buf:
            buf[min(at, len(buf) - 1)] ^= arg or 0xFF
        elif kind == "delete":
            del buf[at:at + arg]
        elif kind == "duplicate":
            buf[at:at] = buf[at:at + arg]
        elif kind == "insert":
            buf[at:at] = arg
        elif kind == "truncate":
            del buf[at:]
        elif kind == "header":
            head = HEADERS[where]
            buf[:len(head)] = head
    return bytes(buf)


def write_application(folder: Path, files: list[tuple], seed_files: dict[str, bytes], as_zip: bool) -> int:
    names = list(seed_files)
    blobs = []
    for n, (which, ops, suffix) in enumerate(files):
        blobs.append((f"附件{n}{suffix}", mutate(seed_files[names[which % len(names)]], ops)))
    if not as_zip:
        folder.mkdir(parents=True)
        for name, data in blobs:
            (folder / name).write_bytes(data)
        return len(blobs)
    with zipfile.ZipFile(folder.with_suffix(".zip"), "w", zipfile.ZIP_DEFLATED) as zf:
        for n, (name, data) in enumerate(blobs):
            zf.writestr(["", "../", "sub/", "/abs/"][n % 4] + name, data)
    return len(blobs)


class PeakMemory:
    """The largest resident set of this process and its children while it runs."""

    def __init__(self):
        self.peak = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._watch, daemon=True)

    def _watch(self):
        me = psutil.Process()
        while not self._stop.wait(0.2):
            try:
                self.peak = max(self.peak, me.memory_info().rss)
            except psutil.Error:
                pass

    def __enter__(self):
        self._thread.start()
        return self

    def __exit__(self, *exc):
        self._stop.set()
        self._thread.join()


def audit_example(files: list[tuple], as_zip: bool, seed_files: dict[str, bytes], stats: Stats) -> None:
    with tempfile.TemporaryDirectory(prefix="docintel-fuzz-") as tmp:
        root = Path(tmp) / "root"
        root.mkdir()
        count = write_application(root / "APP", files, seed_files, as_zip)
        db = Path(tmp) / "audit.sqlite"
        cfg = Settings(jobs=2, cache_dir=None, ocr_dpi=150,
                       limits=Limits(document_timeout_s=TIMEOUT_S, max_pages=20))
        started = time.monotonic()
        with PeakMemory() as memory:
            result = run_audit(root, db, cfg)
        stats.peak_rss_mib = max(stats.peak_rss_mib, memory.peak / 2**20)
        with Store(db) as store:
            rows = store.files("APP")
            seen = 0
            for f in rows:
                if f.refused:
                    stats.outcomes[f"refused:{f.refused}"] += 1
                    assert f.refused in CODES and f.reason, f
                    seen += 1
                    continue
                found = store.analysis(f.sha256 or "", store.runs()[-1]["pipeline"])
                assert found is not None, f"{f.name} was never analysed"
                report = found[0]
                code = report["status"] if report["status"] == "ok" else report["error"]["code"]
                assert code == "ok" or code in CODES, report
                stats.outcomes[code] += 1
                seen += 1
            for (secs,) in store.db.execute("SELECT seconds FROM analyses"):
                stats.slowest_s = max(stats.slowest_s, secs or 0.0)
        if not as_zip:
            assert seen == count, f"{count} files written, {seen} accounted for"
        assert result.applications == 1
        assert time.monotonic() - started < count * (TIMEOUT_S + SLACK_S)
        stats.inputs += count
        stats.examples += 1


def run(examples: int, files: int, seed_value: int, stats: Stats | None = None) -> Stats:
    stats = stats or Stats()
    seed_files = seeds()

    @seed(seed_value)
    @settings(max_examples=examples, deadline=None, database=None, derandomize=False,
              suppress_health_check=list(HealthCheck), phases=[Phase.generate])  # no shrinking: each example is a full audit
    @given(st.lists(attachment, min_size=files, max_size=files), st.booleans())
    def one(app_files, as_zip):
        audit_example(app_files, as_zip, seed_files, stats)
        if stats.examples % 25 == 0:
            print(f"{stats.examples} audits, {stats.inputs} inputs, {time.monotonic() - started:.0f} s",
                  file=sys.stderr, flush=True)

    started = time.monotonic()
    one()
    return stats


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--examples", type=int, default=500)
    ap.add_argument("--files", type=int, default=20)
    ap.add_argument("--seed", type=int, default=0)
    args = ap.parse_args(argv)
    started = time.monotonic()
    stats = run(args.examples, args.files, args.seed)
    took = time.monotonic() - started
    print(f"{stats.inputs} inputs in {stats.examples} audits, {took / 60:.1f} min "
          f"({stats.inputs / took:.1f} inputs/s); no crash, every file accounted for")
    print(f"slowest document {stats.slowest_s:.1f} s (limit {TIMEOUT_S:.0f} s); "
          f"peak memory of the audit process {stats.peak_rss_mib:.0f} MiB")
    for outcome, n in stats.outcomes.most_common():
        print(f"  {outcome:22} {n}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
