"""Reading the project's YAML data files (lexicons, language tables, rulebook).

With libyaml's parser: the pure-Python one spent about 0.15 s of every worker's
start on the language tables alone.
"""
from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def read_yaml(path: Path) -> Any:
    return yaml.load(Path(path).read_text(encoding="utf-8"), Loader=_Loader)  # noqa: S506 (a safe loader)
