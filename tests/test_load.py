"""The short version of scripts/load.py: concurrent clients on loopback against a
real ``docintel serve`` process; every request answered, nothing fails."""
from __future__ import annotations

import importlib.util
import sys

from .conftest import ROOT


def test_concurrent_clients_are_all_answered():
    spec = importlib.util.spec_from_file_location("docintel_load", ROOT / "scripts" / "load.py")
    load = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = load
    spec.loader.exec_module(load)
    tally, memory = load.run(clients=6, seconds=8, file=ROOT / "samples" / "coop_zh_only_native.pdf")
    assert tally.failures == []
    assert set(tally.codes) <= {"upload 202", "upload 503", "status 200"}
    assert tally.codes["upload 202"] >= 1 and tally.finished >= 1
    assert memory and max(memory) < 2048
