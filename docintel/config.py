"""Run settings with their defaults in one place."""
from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

from platformdirs import user_cache_dir
from pydantic import BaseModel, Field


def default_jobs() -> int:
    return max(1, len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1)


def default_cache_dir() -> Path:
    """``$DOCINTEL_CACHE_DIR``, else the platform's user cache (``~/.cache/docintel``)."""
    env = os.environ.get("DOCINTEL_CACHE_DIR")
    return Path(env) if env else Path(user_cache_dir("docintel"))


class Limits(BaseModel):
    """Safety limits: past any of them a file becomes ``too_large`` or ``timeout``."""

    max_file_bytes: int = 200 * 1024 * 1024
    max_pages: int = 300
    max_page_pixels: int = 60_000_000  # decompression bombs: ~A3 at 600 dpi is 70 MP
    max_page_points: float = 14_400.0  # PDF's own user-unit limit (200 inches)
    document_timeout_s: float = 900.0
    worker_memory_bytes: int = 4 * 1024**3  # address space per worker process (a page needs about 1.6 GiB)


class Settings(BaseModel):
    jobs: int = Field(default_factory=default_jobs)
    cache_dir: Path | None = Field(default_factory=default_cache_dir)  # None: no cache
    limits: Limits = Field(default_factory=Limits)
    ocr_dpi: int = 300
    tesseract_timeout_s: float = 180.0
    as_of: dt.date = Field(default_factory=dt.date.today)  # signing dates after it are findings
    rulebook: Path | None = None  # None: the rulebook shipped in docintel/data/
