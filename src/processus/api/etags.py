"""``ETag`` and ``If-None-Match`` on every read of the API.

An answer is a function of its address, its language and the record. The tag is made
of the address, the language, the record's write generation (every writer of the
record bumps it: :mod:`processus.kb.writer_lock`) and the page cache's data version
(:func:`processus.web.page_cache.data_version`: row counts, highest ids and the latest
meeting change, which also sees reference data loaded without a write generation).
A client that sends the tag back gets ``304 Not Modified`` with no body, before the
answer is computed.
"""

from __future__ import annotations

import hashlib
from typing import Any

from django.utils.translation import get_language
from rest_framework import exceptions
from rest_framework.request import Request
from rest_framework.response import Response

from processus.kb.writer_lock import current_generation
from processus.web.page_cache import data_version


class NotModified(exceptions.APIException):
    """The client's copy is current: answered 304 with no body (see :mod:`.errors`)."""

    status_code = 304
    default_detail = ""


def etag_of(request: Request) -> str:
    parts = (
        str(current_generation().value),
        data_version(),
        get_language() or "",
        request.get_host(),
        request.get_full_path(),
    )
    return '"' + hashlib.sha256("|".join(parts).encode()).hexdigest()[:32] + '"'


def matches(header: str, etag: str) -> bool:
    """Whether ``If-None-Match: header`` names ``etag`` (weak tags compare equal too)."""
    if header.strip() == "*":
        return True
    tags = {tag.strip().removeprefix("W/") for tag in header.split(",")}
    return etag in tags


class ConditionalMixin:
    """For API views: tag every successful read, answer a current copy with 304."""

    etag: str | None = None

    def initial(self, request: Request, *args: Any, **kwargs: Any) -> None:
        super().initial(request, *args, **kwargs)  # type: ignore[misc]
        self.etag = None
        if request.method in ("GET", "HEAD"):
            self.etag = etag_of(request)
            if matches(request.headers.get("If-None-Match", ""), self.etag):
                raise NotModified()

    def finalize_response(
        self, request: Request, response: Response, *args: Any, **kwargs: Any
    ) -> Response:
        response = super().finalize_response(request, response, *args, **kwargs)  # type: ignore[misc]
        if self.etag and (200 <= response.status_code < 300 or response.status_code == 304):
            response["ETag"] = self.etag
        return response
