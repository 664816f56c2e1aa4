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

#: At most this many aggregates are kept per process (least recently used go first).
MAX_ENTRIES = 256
#: An aggregate is computed again after this many seconds even if the version is the same.
SECONDS = 60.0

_lock = threading.Lock()
_entries: OrderedDict[str, tuple[str, float, Any]] = OrderedDict()


def remembered(key: str, compute: Callable[[], T]) -> T:
    """``compute()``, or its value from an earlier call with ``key`` at the same data version."""
    version = data_version()
    now = time.monotonic()
    with _lock:
        entry = _entries.get(key)
        if entry is not None and entry[0] == version and entry[1] > now:
            _entries.move_to_end(key)
            return entry[2]
    value = compute()
    with _lock:
        _entries[key] = (version, now + SECONDS, value)
        _entries.move_to_end(key)
        while len(_entries) > MAX_ENTRIES:
            _entries.popitem(last=False)
    return value


def forget_all() -> None:
    """Drop every kept aggregate (tests; the data version makes it unnecessary otherwise)."""
    with _lock:
        _entries.clear()
