"""The cache backend, read from ``PROCESSUS_CACHE_URL``.

* unset or ``locmem://`` — an in-memory cache in each server process (the default;
  nothing to install or run);
* ``redis://host:6379/0`` or ``rediss://…`` — Django's Redis backend, shared by every
  process (needs the ``redis`` package);
* ``dummy://`` — no cache at all (every page is computed afresh).
"""

from __future__ import annotations

from typing import Any
from urllib.parse import urlsplit

from processus.config.env import EnvError

#: Rendered pages and facet counts kept per process by the in-memory default.
LOCMEM_MAX_ENTRIES = 2000


def cache_config(url: str) -> dict[str, Any]:
    """The ``CACHES["default"]`` entry for ``url`` (see the module docstring)."""
    scheme = urlsplit(url).scheme.lower() if url else "locmem"
    if scheme == "locmem":
        return {
            "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
            "LOCATION": "processus",
            "OPTIONS": {"MAX_ENTRIES": LOCMEM_MAX_ENTRIES},
        }
    if scheme in ("redis", "rediss"):
        return {"BACKEND": "django.core.cache.backends.redis.RedisCache", "LOCATION": url}
    if scheme == "dummy":
        return {"BACKEND": "django.core.cache.backends.dummy.DummyCache"}
    raise EnvError(
        f"PROCESSUS_CACHE_URL={url!r} is not understood (use locmem://, redis://host:6379/0 "
        "or dummy://)"
    )
