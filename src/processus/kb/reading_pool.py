"""Reading documents for ingestion in worker processes that can be killed and replaced.

Workers only read files and run the extraction engine; the writing process
receives their results in the order of the input paths, so the record never
depends on the number of workers.

Each document has a time budget (``PROCESSUS_DOCUMENT_SECONDS``): a worker that overruns
it is killed and replaced, and the document is reported as failed ("took longer than
30 s"), so one document can never stall a run.  A signal or an exception cannot stop a
regular expression stuck in C code; killing the process can, hence worker processes
(pebble's ``ProcessPool``) even for one worker.  Only when the budget is turned off
(``0``) and one worker is asked for are documents read in this process.
"""

from __future__ import annotations

import multiprocessing
import os
import threading
import time
from collections import deque
from collections.abc import Iterator, Sequence
from concurrent.futures import Future
from datetime import date

from django.core.files.storage import FileSystemStorage, default_storage
from django.db import connections

from processus.kb.limits import InputLimits, configured_limits, took_too_long
from processus.kb.reading import ReadResult, init_worker, read_document, read_in_worker

#: Documents scheduled ahead of the one the writer waits for, per worker: enough to keep
#: every worker busy behind a slow document, few enough that waiting results stay small.
AHEAD_PER_WORKER = 8


def _watch_parent() -> None:
    """Exit a worker whose parent died (e.g. killed with signal 9) instead of lingering."""
    parent = os.getppid()

    def watch() -> None:
        while True:
            time.sleep(0.5)
            if os.getppid() != parent:
                os._exit(1)

    threading.Thread(target=watch, daemon=True).start()


def _init_pool_worker(
    reference_date: date | None,
    known: frozenset[str],
    originals: str | None,
    limits: InputLimits | None = None,
) -> None:
    _watch_parent()
    init_worker(reference_date, known, originals, limits)


def _originals_root() -> str | None:
    """The directory readers keep originals in, when files are stored on this machine."""
    if isinstance(default_storage, FileSystemStorage):
        return str(default_storage.location)
    return None  # another storage: the writing process saves them through it


def _close_connections() -> None:
    """Close the database connections before forking, so that no child shares one.

    A connection inside a transaction (a test's) stays open: closing it would end the
    transaction, and a worker never uses it (it exits with ``os._exit``, no clean-up
    runs that could talk to the server).
    """
    for connection in connections.all(initialized_only=True):
        if not connection.in_atomic_block:
            connection.close()


def _failed(path: str, reason: str) -> ReadResult:
    return ReadResult(path=path, source_path=os.path.realpath(path), error=reason)


def _outcome(path: str, future: Future[ReadResult], seconds: int) -> ReadResult:
    """The worker's result for ``path``, or a failed result saying what happened to it."""
    from pebble import ProcessExpired

    try:
        return future.result()
    except TimeoutError:
        return _failed(path, took_too_long(seconds))
    except ProcessExpired as exc:  # killed by the system (memory) or crashed in C code
        return _failed(path, f"the reading process died (exit code {exc.exitcode})")
    except Exception as exc:  # a result that cannot be sent back, a broken pool
        return _failed(path, f"reading failed ({type(exc).__name__}: {exc})")


def read_all(
    paths: Sequence[str], reference_date: date | None, known: frozenset[str], workers: int
) -> Iterator[ReadResult]:
    """A :class:`ReadResult` for each of ``paths``, in their order."""
    originals = _originals_root()
    limits = configured_limits()
    if not paths:
        return
    if limits.document_seconds <= 0 and workers <= 1:
        for path in paths:
            yield read_document(path, reference_date, known, originals, limits)
        return
    yield from _read_in_pool(paths, (reference_date, known, originals, limits), workers)


def _read_in_pool(
    paths: Sequence[str],
    initargs: tuple[date | None, frozenset[str], str | None, InputLimits],
    workers: int,
) -> Iterator[ReadResult]:
    """Read ``paths`` in ``workers`` processes, each document within its time budget.

    Documents are scheduled a bounded distance ahead of the one being waited for, and
    the results are taken in input order.  The pool is stopped (workers killed) when the
    caller stops early, so an interrupted run leaves no worker behind.
    """
    from pebble import ProcessPool

    limits = initargs[3]
    seconds = limits.document_seconds
    timeout = float(seconds) if seconds > 0 else None
    _close_connections()
    method = "fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn"
    pool = ProcessPool(
        max_workers=max(1, workers),
        initializer=_init_pool_worker,
        initargs=initargs,
        context=multiprocessing.get_context(method),
    )
    waiting: deque[tuple[str, Future[ReadResult]]] = deque()
    upcoming = iter(paths)
    finished = False
    try:
        for path in upcoming:
            waiting.append((path, pool.schedule(read_in_worker, (path,), timeout=timeout)))
            if len(waiting) >= max(1, workers) * AHEAD_PER_WORKER:
                break
        while waiting:
            path, future = waiting.popleft()
            result = _outcome(path, future, seconds)
            following = next(upcoming, None)
            if following is not None:
                waiting.append(
                    (following, pool.schedule(read_in_worker, (following,), timeout=timeout))
                )
            yield result
        finished = True
    finally:
        if finished:
            pool.close()
        else:
            pool.stop()
        pool.join()
