"""The bulk audit, top to bottom.

    the root's folders and ZIPs (ZIP members taken out safely)  ->  the manifest
    ->  which files' contents are not yet in the store for this pipeline  ->
    read them (this machine's workers or a Dask cluster), each stored the moment
    it is done  ->  judge the whole round from the store  ->  findings

A run killed at any point resumes where it stopped: the store holds every
finished document, and nothing is counted twice because documents are keyed by
content (the same file in two applications is read once).
"""
from __future__ import annotations

import json
import shutil
import sys
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from tqdm import tqdm

from ..cache import pipeline_version
from ..config import Settings
from ..judge.rulebook import RULEBOOK, rulebook_version
from ..store import FileRow, Store
from .applications import Application, discover, load_manifest
from .batch import Job, run_dask, run_local
from .verdicts import Verdicts, judge_round


@dataclass
class AuditResult:
    run: int
    applications: int
    documents: int
    analysed: int
    reused: int
    verdicts: Verdicts
    loose: list[Path] = field(default_factory=list)  # files at the root that belong to no application


def run_audit(root: Path, db: Path, settings: Settings | None = None, scheduler=None,
              progress: bool = False, say: Callable[[str], None] | None = None,
              on_progress: Callable[[Progress], None] | None = None) -> AuditResult:
    settings = settings or Settings()
    say = say or (lambda _msg: None)
    pipeline = pipeline_version()
    workdir = Path(tempfile.mkdtemp(prefix="docintel-audit-"))
    try:
        with Store(db) as store:
            run = store.start_run(pipeline, rulebook_version(settings.rulebook or RULEBOOK), str(root))
            apps, loose = discover(root, workdir)
            _record(store, apps, root)
            jobs, reused = _todo(store, apps, pipeline)
            say(f"{len(apps)} applications, {sum(len(a.files) for a in apps)} files: "
                f"{len(jobs)} to read, {reused} already read")
            analysed = _analyse(store, jobs, settings, scheduler, pipeline, run, progress, on_progress)
            verdicts = judge_round(store, pipeline, settings)
            store.finish_run(run, analysed, reused)
            return AuditResult(run, verdicts.applications, verdicts.documents, analysed, reused, verdicts, loose)
    finally:
        shutil.rmtree(workdir, ignore_errors=True)


def _record(store: Store, apps: list[Application], root: Path) -> None:
    """Applications, their files and their manifest rows; an application the
    manifest lists but the root lacks is recorded too, with no files."""
    manifest = load_manifest(root)
    rows = manifest.rows if manifest else {}
    problems = manifest.problems if manifest else {}
    with store.transaction():
        store.db.execute("INSERT OR REPLACE INTO meta VALUES ('manifest', ?)",
                         (str(manifest.path) if manifest else "",))
    ids = []
    for app in apps:
        files = [FileRow(application_id=app.id, name=f.name, sha256=f.sha256, bytes=f.size, refused=f.refused,
                         reason=f.reason) for f in app.files]
        store.put_application(app.id, str(app.source), _manifest_entry(rows, problems, app.id), files)
        ids.append(app.id)
    for app_id in sorted(set(rows) | set(problems)):
        if app_id not in ids and not app_id.startswith("row "):
            store.put_application(app_id, "", _manifest_entry(rows, problems, app_id), [])
            ids.append(app_id)
    store.keep_applications(ids)


def _manifest_entry(rows, problems, app_id: str) -> dict | None:
    if app_id in rows:
        return {"row": json.loads(rows[app_id].model_dump_json())}
    if app_id in problems:
        return {"problem": problems[app_id]}
    return None


def _todo(store: Store, apps: list[Application], pipeline: str) -> tuple[list[Job], int]:
    done = store.analysed(pipeline)
    jobs: dict[str, Job] = {}
    reused = 0
    for app in apps:
        for f in app.files:
            if f.refused or f.sha256 is None or f.path is None:
                continue
            if f.sha256 in done:
                reused += 1
            elif f.sha256 not in jobs:
                jobs[f.sha256] = Job(f.sha256, f.path, f"{app.id}/{f.name}")
    return list(jobs.values()), reused


@dataclass
class Progress:
    """Pages read of pages to read, per file (by its name in its application):
    what a progress bar or a web page shows while an audit runs."""

    files: dict[str, list[int]] = field(default_factory=dict)  # name -> [pages done, pages]
    done: set[str] = field(default_factory=set)

    @property
    def pages(self) -> tuple[int, int]:
        return sum(d for d, _ in self.files.values()), sum(t for _, t in self.files.values())


OnProgress = Callable[[Progress], None]


def _page_count(job: Job, settings: Settings) -> int:
    """Pages to read, counted before reading (a PDF's page tree, an image's frames:
    milliseconds a file), so the bar's ETA covers the whole batch."""
    from ..pipeline import count_pages
    from ..readers import check_file

    try:
        return count_pages(job.path, check_file(job.path, settings.limits), settings)[0]
    except Exception:  # the file will come back as an error document; it has no pages to wait for
        return 0


def _analyse(store: Store, jobs: list[Job], settings: Settings, scheduler, pipeline: str, run: int,
             progress: bool, on_progress: OnProgress | None = None) -> int:
    if not jobs:
        return 0
    state = Progress({j.name: [0, _page_count(j, settings)] for j in jobs})
    bar = tqdm(total=state.pages[1], unit="page", disable=not progress, file=sys.stderr, dynamic_ncols=True)
    order = [j.name for j in jobs]
    by_sha = {j.sha256: j.name for j in jobs}

    def page() -> None:  # on this machine documents finish in order: the page is the first unfinished one's
        bar.update(1)
        current = next((n for n in order if n not in state.done), None)
        if current is not None:
            counts = state.files[current]
            counts[0] = min(counts[1], counts[0] + 1)
            if on_progress:
                on_progress(state)

    runner = run_dask(jobs, settings, scheduler, bar.update) if scheduler is not None \
        else run_local(jobs, settings, page)
    try:
        for done in runner:
            store.put_analysis(done.sha256, pipeline, done.report, done.facts, done.seconds, run)
            name = by_sha[done.sha256]
            state.done.add(name)
            state.files[name][0] = state.files[name][1]
            bar.set_postfix_str(f"files {len(state.done)}/{len(jobs)}", refresh=True)
            if on_progress:
                on_progress(state)
    finally:
        bar.close()
    return len(state.done)
