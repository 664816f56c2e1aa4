"""Whole-table aggregates (facet counts, timelines) kept in each process until the data changes.

A page that misses the page cache (a new address, a new language, the cache off with
``dummy://``) must still be quick, but some of what it shows is a ``GROUP BY`` over
every meeting: the list's facet counts and timeline are the same for every page
number and sort order of the same filters. Those are computed once per process and
reused while the **data version** (:func:`processus.web.page_cache.data_version`,
read at most once a second per process, at once after this process's own writes)
stays the same, and for at most :data:`SECONDS` (edits the version cannot see, such
as a renamed country, show after that). Kept in the process, not in Django's cache:
they are small, and they must not depend on whether a shared cache is configured.
"""

from __future__ import annotations

import threading
import time
from collections import OrderedDict
from collections.abc import Callable
from typing import Any, TypeVar

from processus.web.page_cache import data_version

T = TypeVar("T")

#: At most this many aggregates of one kind are kept per process (least recently used go
#: first), unless the caller says otherwise: a plan's coverage may hold thousands of lines.
MAX_ENTRIES = 128
#: An aggregate is computed again after this many seconds even if the version is the same.
SECONDS = 60.0

_lock = threading.Lock()
_stores: dict[str, OrderedDict[str, tuple[str, float, Any]]] = {}


def remembered(kind: str, key: str, compute: Callable[[], T], max_entries: int = MAX_ENTRIES) -> T:
    """``compute()``, or its value from an earlier call with ``kind`` and ``key`` at the
    same data version; at most ``max_entries`` of each ``kind`` are kept."""
    version = data_version()
    now = time.monotonic()
    with _lock:
        store = _stores.setdefault(kind, OrderedDict())
        entry = store.get(key)
        if entry is not None and entry[0] == version and entry[1] > now:
            store.move_to_end(key)
            return entry[2]
    value = compute()
    with _lock:
        store[key] = (version, now + SECONDS, value)
        store.move_to_end(key)
        while len(store) > max_entries:
            store.popitem(last=False)
    return value


def forget_all() -> None:
    """Drop every kept aggregate (this process changed the data; tests)."""
    with _lock:
        _stores.clear()
