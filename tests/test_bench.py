"""Short versions of the benchmarks in scripts/: the scanned-file comparison
(docintel, bare tesseract, OCRmyPDF on the same file) and the workers' memory
over a batch. They check that the scripts run and report, not how fast."""
from __future__ import annotations

import importlib.util
import re
import sys

from .conftest import ROOT


def _script(name: str):
    spec = importlib.util.spec_from_file_location(f"docintel_{name}", ROOT / "scripts" / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def test_scanned_files_are_timed_against_tesseract_and_ocrmypdf(capsys):
    assert _script("bench_scans").main(["--sets", "samples", "--limit", "1", "--jobs", "2"]) == 0
    out = capsys.readouterr().out
    summary = re.search(r"docintel / tesseract (\d+\.\d+), docintel / ocrmypdf (\d+\.\d+)", out)
    assert summary, out
    assert all(float(x) > 0 for x in summary.groups())


def test_worker_memory_is_sampled_over_a_batch(capsys):
    assert _script("bench_memory").main(["--pages", "4", "--jobs", "2"]) == 0
    out = capsys.readouterr().out
    peak = re.search(r"peak worker RSS (\d+) MiB", out)
    assert peak, out
    assert 50 < int(peak.group(1)) < 4096  # a worker with its engines loaded, under its ceiling


def test_the_version_check_is_timed_per_document(capsys):
    bench = _script("bench_semantic")
    assert bench.main([str(ROOT / "samples" / "coop_zh_ru_letter_native.pdf")]) == 0
    out = capsys.readouterr().out
    assert re.search(r"model loaded in \d+\.\d+ s", out), out
    row = re.search(r"coop_zh_ru_letter_native\.pdf\s+1 p\s+(\d+) units\s+(\d+\.\d+) s", out)
    assert row and int(row.group(1)) >= 4 and float(row.group(2)) > 0, out
