"""The whole analysis of a document, top to bottom.

    check the file  ->  count its pages  ->  read every page (text layer or OCR,
    then its seals and signatures; cached, in parallel)  ->  find the language
    versions  ->  which versions and parties are signed and sealed  ->  what it
    says (type, parties, dates, clauses, funding, ethics decision)  ->  the
    rulebook's findings  ->  the report
"""
from __future__ import annotations

import logging
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import CancelledError, Future
from concurrent.futures import TimeoutError as FutureTimeout
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from pathlib import Path

from .cache import PageCache, file_sha256
from .config import Settings
from .elements import SUPPORT, content_elements
from .errors import CorruptError, InputError, TimeoutError_, TooLargeError
from .judge.execution import execution_elements, mark_versions
from .lang.versions import Layout, find_versions, smooth_languages
from .models import DocType, DocumentReport, Element, Finding, Message, Page
from .pages import PageTask
from .text.plan import EAGER_PAGES, plan_from_page
from .judge.parties import Party, find_parties
from .readers import check_file, iter_inputs
from .readers import image as image_reader
from .readers import pdf as pdf_reader
from .readers.sniff import FileKind
from .judge.rulebook import RULEBOOK, findings_for, load_rulebook
from .runner import PageRunner


@dataclass
class Analysis:
    """Everything learnt about one document; the report is written from it."""

    report: DocumentReport
    pages: list[Page] = field(default_factory=list)
    layout: Layout = "none"
    parties: list[Party] = field(default_factory=list)
    elements: dict[str, Element] = field(default_factory=dict)  # all found, before the rulebook picks the reported


@dataclass
class _Pending:
    path: Path
    sha256: str | None
    started: float
    futures: list[Future] = field(default_factory=list)
    tasks: list[PageTask] = field(default_factory=list)
    error: InputError | None = None
    pages: int = 0
    digital_signatures: int = 0


OnPage = Callable[[], None]
log = logging.getLogger(__name__)


def _load_document_stage() -> None:
    try:
        from .elements.dates import find_dates
        from .elements.lexicon import lexicon
        from .elements.money import cn_digits

        lexicon("zh")  # spaCy and the Chinese terms: every attachment has Chinese
        cn_digits("二〇二五")
        find_dates("2025年3月1日 1 March 2025", "en")
    except Exception:  # judging loads what it needs itself, and reports what fails then
        log.exception("loading the document stage ahead of time failed")


_warming: threading.Thread | None = None
_warming_lock = threading.Lock()


def warm_document_stage() -> threading.Thread:
    """Load what reading a document's text needs (spaCy and the lexicons, the
    date and number parsers: about 1.5 s) in a thread while the workers read the
    first pages, instead of after the last page, when nothing else runs. Once per
    process, started only after the page workers are forked (a fork while a
    thread holds an import lock can hang the child), and joined before anything
    may fork again (a restart) or judge, so no table is built twice at once."""
    global _warming
    with _warming_lock:  # the web page runs analyses in several threads
        if _warming is None:
            _warming = threading.Thread(target=_load_document_stage, name="docintel-warm", daemon=True)
            _warming.start()
        return _warming


def _join_warming() -> None:
    if _warming is not None:
        _warming.join()


def count_pages(path: Path, kind: FileKind, settings: Settings) -> tuple[int, int]:
    """(pages, digital signatures): what is known about a file before its pages are read."""
    limits = settings.limits
    if kind == "pdf":
        doc = pdf_reader.open_pdf(path)
        try:
            return pdf_reader.check_page_count(doc, limits.max_pages), pdf_reader.digital_signatures(doc)
        finally:
            doc.close()
    return image_reader.image_page_count(path, limits.max_page_pixels, limits.max_pages), 0


def _start(path: Path, settings: Settings, runner: PageRunner) -> _Pending:
    started = time.monotonic()
    try:
        sha = file_sha256(path)
    except OSError as exc:
        return _Pending(path, None, started, error=CorruptError(f"cannot read the file: {exc.strerror or exc}"))
    pending = _Pending(path, sha, started)
    try:
        kind = check_file(path, settings.limits)
        pending.pages, pending.digital_signatures = count_pages(path, kind, settings)
    except InputError as exc:
        pending.error = exc
        return pending
    except Exception as exc:  # a library's surprise on a hostile file: one bad document
        pending.error = CorruptError(f"the file cannot be read ({type(exc).__name__}: {exc})")
        return pending
    deadline = started + settings.limits.document_timeout_s
    if runner.forked:  # one process reads the pages itself, or the workers are there already
        warm_document_stage()
    for index in range(pending.pages):
        task = PageTask(
            path=path, kind=kind, index=index, dpi=settings.ocr_dpi, limits=settings.limits,
            deadline=deadline, tesseract_timeout=settings.tesseract_timeout_s,
        )
        pending.tasks.append(task)
        if index < EAGER_PAGES:  # the rest wait for the first page's plan (_submit_rest)
            pending.futures.append(runner.submit(task, sha))
    if runner.forked:
        warm_document_stage()
    return pending


def _submit_rest(pending: _Pending, runner: PageRunner, first: Page) -> None:
    """The pages after the second, with the language plan the first page makes
    (``text/plan.py``). Sent from here, by the one thread that waits for the
    document, as soon as the first page is read."""
    plan = plan_from_page(first)
    for index in range(len(pending.futures), len(pending.tasks)):
        if plan is not None:
            pending.tasks[index] = pending.tasks[index].model_copy(update={"plan": plan})
        pending.futures.append(runner.submit(pending.tasks[index], pending.sha256 or ""))


def _page(pending: _Pending, index: int, runner: PageRunner, timeout: float) -> Page:
    """One page's result. A worker that died (a file that crashes a native library)
    breaks the whole pool: restart it and try this page once more before blaming
    the file, since the culprit may have been another document's page."""
    try:
        return pending.futures[index].result(timeout=timeout)
    except (BrokenProcessPool, CancelledError):  # another document's timeout restarted the pool
        runner.restart()
        retry = runner.submit(pending.tasks[index], pending.sha256 or "")
        try:
            return retry.result(timeout=timeout)
        except (BrokenProcessPool, CancelledError) as exc:
            runner.restart()
            raise CorruptError(f"page {index + 1} crashed the PDF or image reader") from exc


def _finish(pending: _Pending, settings: Settings, runner: PageRunner, on_page: OnPage | None) -> Analysis:
    report = DocumentReport(path=str(pending.path), sha256=pending.sha256, pages=pending.pages)
    pages: list[Page] = []
    error = pending.error
    if error is None:
        deadline = pending.started + settings.limits.document_timeout_s
        for index in range(len(pending.tasks)):
            try:
                pages.append(_page(pending, index, runner, max(0.0, deadline - time.monotonic())))
                if index == 0 and len(pending.futures) < len(pending.tasks):
                    _submit_rest(pending, runner, pages[0])
            except FutureTimeout:
                error = TimeoutError_(
                    f"analysis took longer than the {settings.limits.document_timeout_s:.0f} s limit"
                )
                runner.restart()
                break
            except InputError as exc:
                error = exc
                break
            except MemoryError:
                error = TooLargeError(f"page {index + 1} needs more memory than a worker may use "
                                      f"({settings.limits.worker_memory_bytes / 2**30:.1f} GiB)")
                runner.restart()
                break
            except Exception as exc:  # a bug or a library's surprise: one bad file, not a crash
                error = CorruptError(f"page {index + 1} could not be processed ({type(exc).__name__}: {exc})")
                break
            finally:
                if on_page:
                    on_page()
        if error is not None:
            for fut in pending.futures:
                fut.cancel()
    if error is not None:
        report.status = "error"
        report.error = error.info()
        return Analysis(report=report)

    _join_warming()
    smooth_languages(pages)
    versions = find_versions(pages)
    report.language_versions = versions.versions
    report.seals = [seal for page in pages for seal in page.seals]
    report.signatures = [sig for page in pages for sig in page.signatures]
    mark_versions(report.language_versions, report.seals, report.signatures, pending.digital_signatures)
    parties = find_parties(pages)  # once: execution, elements and the summary all ask
    executed = execution_elements(parties, report.language_versions, report.seals, report.signatures,
                                  pending.digital_signatures, [p.number for p in pages if p.marks_error])
    elements = judge(report, pages, parties, executed, settings)
    return Analysis(report=report, pages=pages, layout=versions.layout, parties=parties, elements=elements)


def judge(report: DocumentReport, pages: list[Page], parties: list[Party], executed: dict[str, Element],
          settings: Settings) -> dict[str, Element]:
    """Type, elements and findings; returns every element found. A failure here is
    a bug, not a bad file: the document keeps what was read, and a finding says
    the content was not checked."""
    try:
        doc_type, content = content_elements(pages, report.language_versions, parties)
        elements = {**content, **executed}
        verdict(report, doc_type, elements, settings)
    except Exception as exc:
        log.exception("content analysis failed for %s", report.path)
        report.elements.update(executed)
        report.findings = [Finding(element="doc_type", severity="warning", message=Message(
            zh=f"内容分析出错，未检查要素（{type(exc).__name__}）",
            en=f"The content could not be analysed ({type(exc).__name__}); elements were not checked"))]
        return dict(executed)
    return elements


def verdict(report: DocumentReport, doc_type: DocType, elements: dict[str, Element], settings: Settings) -> None:
    """The rulebook's word on a document: which elements it reports and its findings.
    Separate from reading, so a bulk audit can judge stored elements again after
    the rulebook changes without reading a page."""
    book = load_rulebook(settings.rulebook or RULEBOOK)
    findings = findings_for(doc_type, elements, settings.as_of, book)
    keep = set(book.types[doc_type].reported) | set(SUPPORT) | {"digital_signatures"}
    if doc_type == "unknown":
        keep = set(elements)
    report.doc_type = doc_type
    report.elements = {k: v for k, v in elements.items() if k in keep}
    report.findings = findings


def analyze_paths(
    paths: Iterable[Path],
    settings: Settings | None = None,
    on_page: OnPage | None = None,
    on_document_start: Callable[[int], None] | None = None,
) -> Iterator[Analysis]:
    """Analyse files and folders, yielding documents in input order.

    Pages of the next documents are queued while earlier ones finish, so the
    workers stay busy across a batch of small files; at most about four pages per
    worker wait at any time, whatever the batch's size.
    """
    settings = settings or Settings()
    cache = PageCache(settings.cache_dir) if settings.cache_dir else None
    window = 4 * settings.jobs
    with PageRunner(settings.jobs, cache, settings.limits.worker_memory_bytes) as runner:
        runner.before_fork = _join_warming
        queue: deque[_Pending] = deque()
        for root in paths:
            root = Path(root)
            for path in iter_inputs([root]):
                queue.append(_start(path, settings, runner))
                if on_document_start:
                    on_document_start(queue[-1].pages)
                while sum(len(p.tasks) for p in queue) > window or len(queue) > window:
                    yield _finish(queue.popleft(), settings, runner, on_page)
        while queue:
            yield _finish(queue.popleft(), settings, runner, on_page)


def analyze_document(path: str | Path, settings: Settings | None = None) -> Analysis:
    results = list(analyze_paths([Path(path)], settings))
    if len(results) != 1:
        raise ValueError(f"{path} is a folder or holds no supported files; use analyze_paths")
    return results[0]


def analyze(path: str | Path, **overrides) -> DocumentReport:
    """The report of one file, as the JSON contract describes it."""
    settings = Settings(**overrides) if overrides else None
    return analyze_document(path, settings).report
