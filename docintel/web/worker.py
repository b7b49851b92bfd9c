"""Analyses in the background, never inside a request: a bounded queue of
uploads and a few threads, each running the bulk audit on one upload (its pages
in worker processes with their limits, its results in its own database). A
full queue is said at once ("busy"), so no request waits on another's work."""
from __future__ import annotations

import logging
import queue
import threading
from dataclasses import dataclass, field

from ..audit.run import Progress, run_audit
from ..config import Limits, Settings
from .config import WebConfig
from .uploads import Uploads

log = logging.getLogger(__name__)


@dataclass
class Live:
    """What the status endpoint shows while an upload is read."""

    files: dict[str, list[int]] = field(default_factory=dict)  # stored name -> [pages done, pages]


class Analyser:
    def __init__(self, config: WebConfig, uploads: Uploads):
        self.config, self.uploads = config, uploads
        self.queue: queue.Queue[str] = queue.Queue(maxsize=config.queue_size)
        self.live: dict[str, Live] = {}
        self._threads = [threading.Thread(target=self._run, name=f"docintel-analyser-{i}", daemon=True)
                         for i in range(max(1, config.analysers))]
        for t in self._threads:
            t.start()

    def submit(self, upload_id: str) -> bool:
        """False when the queue is full."""
        try:
            self.queue.put_nowait(upload_id)
        except queue.Full:
            return False
        self.live[upload_id] = Live()
        return True

    def _run(self) -> None:
        while True:
            upload_id = self.queue.get()
            try:
                self._analyse(upload_id)
            except Exception as exc:  # the upload fails, the page says so; the server goes on
                log.exception("analysis of upload %s failed", upload_id)
                meta = self.uploads.meta(upload_id)
                if meta is not None:
                    meta.state, meta.error = "failed", f"{type(exc).__name__}: {exc}"
                    self.uploads.save(meta)
            finally:
                self.live.pop(upload_id, None)
                self.queue.task_done()

    def _analyse(self, upload_id: str) -> None:
        meta = self.uploads.meta(upload_id)
        folder = self.uploads.folder(upload_id)
        if meta is None or folder is None:  # deleted while it waited
            return
        meta.state = "running"
        self.uploads.save(meta)
        cfg = self.config
        settings = Settings(jobs=cfg.jobs, cache_dir=cfg.cache_dir,
                            limits=Limits(max_pages=cfg.max_pages, max_file_bytes=int(cfg.max_file_mb * 2**20)))
        live = self.live.setdefault(upload_id, Live())

        def progress(state: Progress) -> None:
            live.files = {name.split("/", 1)[1]: list(v) for name, v in state.files.items()}

        run_audit(folder / "root", folder / "audit.sqlite", settings, on_progress=progress)
        meta = self.uploads.meta(upload_id)
        if meta is not None:  # not deleted meanwhile
            meta.state = "done"
            self.uploads.save(meta)
