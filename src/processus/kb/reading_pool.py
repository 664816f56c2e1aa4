"""Reading documents for ingestion, in this process or in a pool of worker processes.

Workers only read files and run the extraction engine; the writing process
receives their results in the order of the input paths, so the record never
depends on the number of workers.
"""

from __future__ import annotations

import multiprocessing
import os
import threading
import time
from collections.abc import Iterator, Sequence
from datetime import date

from django.core.files.storage import FileSystemStorage, default_storage
from django.db import connections

from processus.kb.reading import ReadResult, init_worker, read_document, read_in_worker


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
    reference_date: date | None, known: frozenset[str], originals: str | None
) -> None:
    _watch_parent()
    init_worker(reference_date, known, originals)


def _originals_root() -> str | None:
    """The directory readers keep originals in, when files are stored on this machine."""
    if isinstance(default_storage, FileSystemStorage):
        return str(default_storage.location)
    return None  # another storage: the writing process saves them through it


def read_all(
    paths: Sequence[str], reference_date: date | None, known: frozenset[str], workers: int
) -> Iterator[ReadResult]:
    originals = _originals_root()
    if workers <= 1 or len(paths) < 2:
        for path in paths:
            yield read_document(path, reference_date, known, originals)
        return
    connections.close_all()  # never share a database connection with forked children
    method = "fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn"
    context = multiprocessing.get_context(method)
    with context.Pool(
        workers, initializer=_init_pool_worker, initargs=(reference_date, known, originals)
    ) as pool:
        chunk = max(1, min(16, len(paths) // (workers * 8)))
        yield from pool.imap(read_in_worker, paths, chunksize=chunk)
