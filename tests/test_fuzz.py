"""The short version of scripts/fuzz.py: mutated PDFs, images and ZIPs through the
whole audit, every file accounted for (the full 10,000-input run is in the README)."""
from __future__ import annotations

import importlib.util
import sys

from .conftest import ROOT


def load_fuzz():
    spec = importlib.util.spec_from_file_location("docintel_fuzz", ROOT / "scripts" / "fuzz.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


def test_mutated_inputs_through_the_audit_never_crash_and_are_all_accounted_for():
    fuzz = load_fuzz()
    stats = fuzz.run(examples=3, files=8, seed_value=7)
    assert stats.examples == 3 and stats.inputs >= 8 * 2  # a ZIP example counts what it could take out
    assert sum(stats.outcomes.values()) >= stats.inputs
    assert set(stats.outcomes) - {"ok"} <= {*fuzz.CODES, *(f"refused:{c}" for c in fuzz.CODES)}
    assert stats.slowest_s <= fuzz.TIMEOUT_S + fuzz.SLACK_S
