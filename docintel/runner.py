"""Runs page tasks: from the cache, in this process, or across worker processes.

Worker processes (not threads) because Tesseract and pdfminer hold the GIL or
run as subprocesses with their own threading turned down; one process per core.
"""
from __future__ import annotations

import os
import resource
from collections.abc import Callable
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool

from .cache import PageCache
from .models import Page
from .pages import PageTask, read_page


def _init_worker(memory_bytes: int | None = None) -> None:
    """One OpenMP thread (see field notes: 40 s instead of 4 s a page otherwise),
    and a ceiling on the worker's address space, so that a hostile page raises
    MemoryError in its own worker instead of exhausting the machine."""
    os.environ["OMP_THREAD_LIMIT"] = "1"
    if memory_bytes:
        # Map the libraries before the ceiling: a page near the limit then fails
        # on its own arrays (MemoryError, too_large), never on a lazy import.
        from .lang.identify import identify

        identify("warm up")
        try:
            resource.setrlimit(resource.RLIMIT_AS, (memory_bytes, memory_bytes))
        except (ValueError, OSError):
            pass  # a platform without the limit still runs, unbounded


class PageRunner:
    def __init__(self, jobs: int, cache: PageCache | None, memory_bytes: int | None = None):
        self.jobs = max(1, jobs)
        self.cache = cache
        self.memory_bytes = memory_bytes
        self._pool: ProcessPoolExecutor | None = None
        # called before workers are forked: a fork while another thread holds a
        # lock (an import's) can leave the child hanging on it
        self.before_fork: Callable[[], None] | None = None

    @property
    def forked(self) -> bool:
        """Whether the workers are there (or none are needed): no fork comes
        before the next ``restart``, so other threads may start."""
        return self.jobs == 1 or self._pool is not None

    def __enter__(self) -> PageRunner:
        return self

    def __exit__(self, exc_type, *exc) -> None:
        self.close(wait=exc_type is None)

    def close(self, wait: bool = True) -> None:
        """Stop the workers. After a normal run they are idle, and waiting for them
        lets the pool's manager thread end before the interpreter does (without it
        Python may report a closed pipe at exit); after an error or an abandoned
        batch, don't wait for pages nobody will read."""
        if self._pool is not None:
            self._pool.shutdown(wait=wait, cancel_futures=True)
            self._pool = None

    def _executor(self) -> ProcessPoolExecutor:
        if self._pool is None:
            if self.before_fork is not None:
                self.before_fork()
            self._pool = ProcessPoolExecutor(max_workers=self.jobs, initializer=_init_worker,
                                             initargs=(self.memory_bytes,))
        return self._pool

    def submit(self, task: PageTask, sha256: str) -> Future:
        """A future of the page; served from the cache when it can be."""
        if self.cache is not None:
            hit = self.cache.get(sha256, task.index + 1, task.dpi)
            if hit is not None:
                done: Future = Future()
                done.set_result(hit)
                return done
        if self.jobs == 1:
            done = Future()
            try:
                done.set_result(read_page(task))
            except BaseException as exc:  # delivered to the caller like a worker's error
                done.set_exception(exc)
            fut = done
        else:
            try:
                fut = self._executor().submit(read_page, task)
            except BrokenProcessPool:
                self._pool = None
                fut = self._executor().submit(read_page, task)
        if self.cache is not None:
            fut.add_done_callback(_store(self.cache, sha256, task.dpi))
        return fut

    def restart(self) -> None:
        """Kill the workers (after a timeout: a page stuck in Tesseract) and start afresh."""
        if self._pool is not None:
            for proc in list(getattr(self._pool, "_processes", {}).values()):
                proc.kill()
            self._pool.shutdown(wait=False, cancel_futures=True)
            self._pool = None


def _store(cache: PageCache, sha256: str, dpi: int) -> Callable[[Future], None]:
    def callback(fut: Future) -> None:
        if not fut.cancelled() and fut.exception() is None:
            page: Page = fut.result()
            cache.put(sha256, page, dpi)

    return callback
