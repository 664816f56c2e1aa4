"""``ETag`` and ``If-None-Match`` on every read of the API.

An answer is a function of its address, its language and the record. The tag is made
of the address, the language, the record's write generation (every writer of the
record bumps it: :mod:`processus.kb.writer_lock`) and the page cache's data version
(:func:`processus.web.page_cache.data_version`: row counts, highest ids and the latest
meeting change, which also sees reference data loaded without a write generation).
A client that sends the tag back gets ``304 Not Modified`` with no body, before the
answer is computed.

Lists are also kept, rendered, in Django's cache under their tag (JSON only: the
browsable API's page is per user), for at most ``PROCESSUS_PAGE_CACHE_SECONDS``, as
pages are: the next client that asks the same list at the same state of the record
gets it without a query. Throttling and permissions still run first.
"""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.core.cache import cache
from django.http import HttpResponse
from rest_framework import exceptions
from rest_framework.request import Request
from rest_framework.response import Response

from processus.web.conditional import download_etag, etag_matches


class NotModified(exceptions.APIException):
    """The client's copy is current: answered 304 with no body (see :mod:`.errors`)."""

    status_code = 304
    default_detail = ""


def _list_key(request: Request, view: Any, etag: str) -> str | None:
    """The cache key of a list answer, or None when it is not kept (not a JSON list, or
    the page cache is off)."""
    if not settings.PROCESSUS_PAGE_CACHE_SECONDS or getattr(view, "action", None) != "list":
        return None
    renderer = getattr(request, "accepted_renderer", None)
    if getattr(renderer, "format", None) != "json":
        return None
    return f"api-list:{etag.strip(chr(34))}:{request.accepted_media_type}"


class ConditionalMixin:
    """For API views: tag every successful read, answer a current copy with 304, keep
    lists in the cache (see the module docstring)."""

    etag: str | None = None
    list_key: str | None = None

    def initial(self, request: Request, *args: Any, **kwargs: Any) -> None:
        super().initial(request, *args, **kwargs)  # type: ignore[misc]
        self.etag = self.list_key = None
        if request.method in ("GET", "HEAD"):
            self.etag = download_etag(request)
            if etag_matches(request.headers.get("If-None-Match", ""), self.etag):
                raise NotModified()
            self.list_key = _list_key(request, self, self.etag)
            kept = cache.get(self.list_key) if self.list_key else None
            if kept is not None:
                # Answered from the cache: the action is replaced for this request only.
                content, content_type = kept
                answer = HttpResponse(content, content_type=content_type)
                setattr(self, request.method.lower(), lambda *_args, **_kwargs: answer)
                self.list_key = None

    def finalize_response(
        self, request: Request, response: Response, *args: Any, **kwargs: Any
    ) -> Response:
        response = super().finalize_response(request, response, *args, **kwargs)  # type: ignore[misc]
        if self.etag and (200 <= response.status_code < 300 or response.status_code == 304):
            response["ETag"] = self.etag
        key = self.list_key
        if key and response.status_code == 200 and isinstance(response, Response):

            def keep(rendered: Any) -> None:
                value = (rendered.content, rendered["Content-Type"])
                cache.set(key, value, settings.PROCESSUS_PAGE_CACHE_SECONDS)

            response.add_post_render_callback(keep)
        return response
