"""Analyses a batch of files, on this machine or on a Dask cluster, and hands each
result back as soon as it is made, so the caller can store it at once.

On this machine the batch goes through ``pipeline.analyze_paths``: pages run in
worker processes with an address-space limit, a page past the document's time
limit costs its document (``timeout``), a worker that dies costs at most its
document (``corrupt``), and the batch goes on.

On a cluster each document is one Dask task run on a worker with one process
per core; the file's bytes travel with the task (workers need not see this
machine's disk, nor the ZIP members taken out into a temporary folder). A
worker that dies on a file is retried by Dask and, past its allowed failures,
the document becomes ``corrupt``. At most a few documents per worker are in
flight, so memory stays flat however long the batch.
"""
from __future__ import annotations

import os
import tempfile
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from ..config import Settings
from ..models import DocumentReport, ErrorInfo
from ..pipeline import analyze_paths
from .facts import document_facts


@dataclass
class Job:
    sha256: str
    path: Path
    name: str  # how the file is known in its application, for messages


@dataclass
class Done:
    sha256: str
    report: dict
    facts: dict
    seconds: float


OnPage = Callable[[], None]
OnStart = Callable[[int], None]


def run_local(jobs: list[Job], settings: Settings, on_page: OnPage | None = None,
              on_start: OnStart | None = None) -> Iterator[Done]:
    last = time.monotonic()
    analyses = analyze_paths([j.path for j in jobs], settings, on_page=on_page, on_document_start=on_start)
    for job, analysis in zip(jobs, analyses):
        facts = document_facts(analysis, job.path, settings.limits)
        now = time.monotonic()
        yield Done(job.sha256, analysis.report.model_dump(mode="json"), facts.model_dump(mode="json"), now - last)
        last = now


def analyse_bytes(name: str, data: bytes, settings_json: str) -> dict:
    """One document on a Dask worker: written to a private temporary file (its
    suffix kept, the readers go by it too), analysed in the worker's process."""
    os.environ.setdefault("OMP_THREAD_LIMIT", "1")  # the worker's cores are its Dask threads (field notes)
    settings = Settings.model_validate_json(settings_json)
    started = time.monotonic()
    with tempfile.TemporaryDirectory(prefix="docintel-") as tmp:
        path = Path(tmp) / ("document" + Path(name).suffix.lower())
        path.write_bytes(data)
        analysis = next(iter(analyze_paths([path], settings)))
        facts = document_facts(analysis, path, settings.limits)
    report = analysis.report.model_dump(mode="json")
    return {"report": report, "facts": facts.model_dump(mode="json"), "seconds": time.monotonic() - started}


def run_dask(jobs: list[Job], settings: Settings, scheduler, on_page: OnPage | None = None,
             on_start: OnStart | None = None) -> Iterator[Done]:
    """``scheduler``: an address (tcp://host:8786) or a ``distributed`` cluster object."""
    from distributed import Client, as_completed

    remote = settings.model_copy(update={"jobs": 1})  # the cluster's parallelism is its workers
    client = Client(scheduler, set_as_default=False)
    try:
        window = max(2, 2 * sum(client.nthreads().values()))
        pending = list(reversed(jobs))
        running = as_completed(loop=client.loop)
        owner = {}

        def submit_next() -> None:
            job = pending.pop()
            future = client.submit(analyse_bytes, job.name, job.path.read_bytes(), remote.model_dump_json(),
                                   key=f"docintel-{job.sha256}-{id(jobs)}", pure=False)
            owner[future.key] = job
            running.add(future)

        while pending and len(owner) < window:
            submit_next()
        for future in running:
            job = owner.pop(future.key)
            try:
                out = future.result()
                done = Done(job.sha256, out["report"], out["facts"], out["seconds"])
            except Exception as exc:  # KilledWorker, a lost connection: that document alone
                done = Done(job.sha256, _lost(job, exc), {}, 0.0)
            if on_start:
                on_start(done.report.get("pages", 0))
            if on_page and done.report.get("status") == "ok":
                for _ in range(done.report.get("pages", 0)):
                    on_page()
            future.release()
            if pending:
                submit_next()
            yield done
    finally:
        client.close()


def _lost(job: Job, exc: BaseException) -> dict:
    message = f"the worker analysing it failed ({type(exc).__name__}: {exc})"
    return DocumentReport(path=str(job.path), sha256=job.sha256, pages=0, status="error",
                          error=ErrorInfo(code="corrupt", message=message[:500])).model_dump(mode="json")
