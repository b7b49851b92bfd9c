"""The web page's settings, with their defaults in one place."""
from __future__ import annotations

from pathlib import Path

from platformdirs import user_data_dir
from pydantic import BaseModel, Field

from ..config import default_jobs


class WebConfig(BaseModel):
    data_dir: Path = Field(default_factory=lambda: Path(user_data_dir("docintel")) / "web")
    retention_hours: float = 24.0  # uploads and results are deleted this long after upload
    max_file_mb: float = 50.0
    max_files: int = 20
    max_pages: int = 60  # per file
    queue_size: int = 8  # uploads waiting; one more is told to come back in a minute
    analysers: int = 1  # uploads analysed at once
    jobs: int = Field(default_factory=default_jobs)  # worker processes per analysis
    reviewer_token: str | None = None  # the reviewer view is off without one
    cache_dir: Path | None = None  # page cache shared by the analyses; None: none
