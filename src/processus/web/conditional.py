"""Downloads (``meetings.json``, ``meetings.csv`` …) tagged, revalidated and cached like pages.

A download is a function of its address, its language and the record, as a page is,
but it streams (a long list never sits in memory), so the page cache does not keep
it. :func:`conditional_download` gives it what pages have:

* an ``ETag`` made of the address, the language, the record's write generation
  (:mod:`processus.kb.writer_lock`) and the data version
  (:func:`processus.web.page_cache.data_version`), the recipe of the API's tags;
  a client that sends it back in ``If-None-Match`` gets ``304 Not Modified`` before
  any row is read;
* the body kept in Django's cache under that tag while it streams, when it is at
  most :data:`MAX_CACHED_BYTES` (larger ones stream every time), for at most
  ``PROCESSUS_PAGE_CACHE_SECONDS``: the next visitor gets it without a query.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable, Iterator
from functools import wraps
from typing import Any

from django.conf import settings
from django.core.cache import cache
from django.http import HttpRequest, HttpResponse, HttpResponseBase, StreamingHttpResponse
from django.utils.translation import get_language

from processus.kb.writer_lock import current_generation
from processus.web.page_cache import data_version

#: Larger downloads are streamed every time instead of being kept in the cache.
MAX_CACHED_BYTES = 16 * 1024 * 1024
#: Headers a kept download is answered with again.
_KEPT_HEADERS = ("Content-Type", "Content-Disposition")

View = Callable[..., HttpResponseBase]


def download_etag(request: HttpRequest) -> str:
    """The tag of the download ``request`` asks for, at the current state of the record."""
    parts = (
        str(current_generation().value),
        data_version(),
        get_language() or "",
        request.get_host(),
        request.get_full_path(),
    )
    return '"' + hashlib.sha256("|".join(parts).encode()).hexdigest()[:32] + '"'


def etag_matches(header: str, etag: str) -> bool:
    """Whether ``If-None-Match: header`` names ``etag`` (weak tags compare equal too)."""
    if header.strip() == "*":
        return True
    return etag in {tag.strip().removeprefix("W/") for tag in header.split(",")}


def _kept(chunks: Iterable[bytes], key: str, headers: dict[str, str]) -> Iterator[bytes]:
    """Yields ``chunks`` as they come and keeps the whole body if it stays small enough."""
    body: list[bytes] | None = []
    size = 0
    for chunk in chunks:
        if body is not None:
            size += len(chunk)
            if size <= MAX_CACHED_BYTES:
                body.append(chunk)
            else:
                body = None
        yield chunk
    if body is not None:
        cache.set(key, (b"".join(body), headers), settings.PROCESSUS_PAGE_CACHE_SECONDS)


def conditional_download(view: View) -> View:
    """ETag, 304 and the download cache (see the module docstring) for a download view."""

    @wraps(view)
    def wrapped(request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponseBase:
        if request.method not in ("GET", "HEAD"):
            return view(request, *args, **kwargs)
        etag = download_etag(request)
        if etag_matches(request.headers.get("If-None-Match", ""), etag):
            response: HttpResponseBase = HttpResponse(status=304)
            response["ETag"] = etag
            return response
        key = "download:" + etag.strip('"')
        kept = cache.get(key) if settings.PROCESSUS_PAGE_CACHE_SECONDS else None
        if kept is not None:
            body, headers = kept
            response = HttpResponse(body, content_type=headers.get("Content-Type"))
            for name, value in headers.items():
                response[name] = value
        else:
            response = view(request, *args, **kwargs)
            if response.status_code != 200:
                return response
            keep = settings.PROCESSUS_PAGE_CACHE_SECONDS
            if isinstance(response, StreamingHttpResponse) and keep and not response.is_async:
                headers = {name: response[name] for name in _KEPT_HEADERS if name in response}
                chunks: Iterable[bytes] = response.streaming_content  # type: ignore[assignment]
                response.streaming_content = _kept(chunks, key, headers)
        response["ETag"] = etag
        return response

    return wrapped
