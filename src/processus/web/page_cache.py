"""Whole pages kept for anonymous visitors until the data changes.

Every public page is a function of its address, its language and the data, so a
page rendered once can be sent again to the next visitor as long as the data has
not changed. :class:`PageCacheMiddleware` keeps each rendered page in Django's
cache (per process by default, Redis if ``PROCESSUS_CACHE_URL`` says so) under
a key made of

* the address: path, query string with its parameters sorted, scheme and host;
* the language (from the path prefix: ``/fr/…``);
* the **data version** (:func:`data_version`): the row count and highest id of the
  tables the pages show and the latest change time of the meetings (indexed), read
  in one query at most once per ``PROCESSUS_DATA_VERSION_SECONDS`` (1 s) per
  process. A new meeting, document or evidence (an editor's correction is stored
  as evidence) changes it, so every cached page is dropped at once; changes this
  process makes itself drop it immediately.

Edits the version cannot see (a renamed country, a changed action title, a
document's text replaced in place) show after ``PROCESSUS_PAGE_CACHE_SECONDS``
(5 minutes) at the latest.

Only what is the same for everyone is cached: GET requests without a session or
messages cookie (so never a signed-in editor's page), answered 200 with a complete
body, no cookie set and no CSRF token in the page.
"""

from __future__ import annotations

import hashlib
import threading
import time
from collections.abc import Callable
from typing import Any
from urllib.parse import parse_qsl, urlencode

from django.apps import apps
from django.conf import settings
from django.core.cache import cache
from django.db import connection
from django.db.models import Model
from django.http import HttpRequest, HttpResponse, HttpResponseBase
from django.utils.translation import get_language_from_path

#: Header telling whether a page came from the cache ("hit") or was rendered ("miss").
CACHE_HEADER = "X-Page-Cache"
#: Paths (after the language prefix) never cached: sign-in, administration, language, and
#: the API (it answers per token, throttles, and revalidates with its own ETags).
EXCLUDED_PREFIXES = ("admin/", "i18n/", "static/", "api/")
#: Tables whose changes show on the public pages, with an indexed change-time column
#: where there is one. Each adds ``COUNT(*)`` and ``MAX(id)`` (new and deleted rows) to
#: the version; ``MAX`` of a column without an index would read the whole table.
VERSIONED_MODELS: dict[str, str | None] = {
    "Meeting": "updated",
    "Document": None,
    "Evidence": None,
    "MeetingLink": None,
    "MeetingRole": None,
    "Outcome": None,
    "Actor": None,
    "Dialogue": None,
    "Membership": None,
    "Chairmanship": None,
    "ReferenceCountry": None,
    "Framework": None,
    "Area": None,
    "Objective": None,
    "Action": None,
}
_MARKER = b'name="csrfmiddlewaretoken"'

_lock = threading.Lock()
_refreshing = threading.Lock()
_version: tuple[str, float] = ("", 0.0)


def _version_sql() -> str:
    quote = connection.ops.quote_name
    parts: list[str] = []
    for name, changed in VERSIONED_MODELS.items():
        meta = apps.get_model("kb", name)._meta
        table = quote(meta.db_table)
        columns = ["COUNT(*)", f"MAX({quote(meta.pk.column)})"]
        if changed:
            columns.append(f"MAX({quote(meta.get_field(changed).column)})")
        parts.extend(f"(SELECT {column} FROM {table})" for column in columns)
    return "SELECT " + ", ".join(parts)


def read_data_version() -> str:
    """The data version, read from the database now (one query)."""
    with connection.cursor() as cursor:
        cursor.execute(_version_sql())
        row = cursor.fetchone()
    return hashlib.sha256(repr(row).encode()).hexdigest()[:16]


def data_version() -> str:
    """:func:`read_data_version`, reused for ``PROCESSUS_DATA_VERSION_SECONDS``.

    One thread reads it again when it is due; the others keep using the last value
    meanwhile instead of all waiting for the same query.
    """
    global _version
    value, expires = _version
    if value and time.monotonic() < expires:
        return value
    if value and not _refreshing.acquire(blocking=False):
        return value
    if not value:
        _refreshing.acquire()
    try:
        value = read_data_version()
        with _lock:
            _version = (value, time.monotonic() + settings.PROCESSUS_DATA_VERSION_SECONDS)
    finally:
        _refreshing.release()
    return value


def forget_data_version(**_kwargs: Any) -> None:
    """Make the next request read the version again (this process changed the data), and
    drop the aggregates kept at the old one (:mod:`processus.web.aggregates`)."""
    global _version
    with _lock:
        _version = ("", 0.0)
    from processus.web.aggregates import forget_all  # imports this module

    forget_all()


def connect_signals() -> None:
    """Forget the version whenever this process saves or deletes a knowledge-base row."""
    from django.db.models.signals import m2m_changed, post_delete, post_save

    for model in apps.get_app_config("kb").get_models():
        for signal in (post_save, post_delete):
            signal.connect(forget_data_version, sender=model, dispatch_uid=f"page-cache-{model}")
    for model in apps.get_app_config("kb").get_models():
        for m2m in model._meta.many_to_many:
            through: type[Model] = m2m.remote_field.through  # type: ignore[assignment]
            m2m_changed.connect(
                forget_data_version, sender=through, dispatch_uid=f"page-cache-m2m-{through}"
            )


def _language(request: HttpRequest) -> str:
    return get_language_from_path(request.path_info) or settings.LANGUAGE_CODE


def _cacheable_request(request: HttpRequest) -> bool:
    if request.method != "GET":
        return False
    cookies = request.COOKIES
    if settings.SESSION_COOKIE_NAME in cookies or "messages" in cookies:
        return False
    path = request.path_info.lstrip("/")
    language = get_language_from_path(request.path_info)
    if language and path.startswith(language + "/"):
        path = path[len(language) + 1 :]
    return not path.startswith(EXCLUDED_PREFIXES)


def page_key(request: HttpRequest) -> str:
    """The cache key of the page ``request`` asks for, at the current data version."""
    query = urlencode(sorted(parse_qsl(request.META.get("QUERY_STRING", ""), True)))
    address = f"{request.scheme}://{request.get_host()}{request.path}?{query}"
    digest = hashlib.sha256(f"{_language(request)} {address}".encode()).hexdigest()
    return f"page:{data_version()}:{digest}"


def _cacheable_response(response: HttpResponseBase) -> bool:
    return (
        response.status_code == 200
        and isinstance(response, HttpResponse)
        and not response.streaming
        and not response.cookies
        and "private" not in response.get("Cache-Control", "")
        and "no-store" not in response.get("Cache-Control", "")
        and _MARKER not in response.content
    )


def _frozen(response: HttpResponse) -> tuple[int, bytes, list[tuple[str, str]]]:
    return response.status_code, response.content, list(response.headers.items())


def _thawed(frozen: tuple[int, bytes, list[tuple[str, str]]]) -> HttpResponse:
    status, content, headers = frozen
    response = HttpResponse(content, status=status)
    for name, value in headers:
        response.headers[name] = value
    response.headers[CACHE_HEADER] = "hit"
    return response


class PageCacheMiddleware:
    """Answers anonymous GET requests from the page cache (see the module docstring)."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponseBase]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponseBase:
        if not settings.PROCESSUS_PAGE_CACHE_SECONDS or not _cacheable_request(request):
            return self.get_response(request)
        key = page_key(request)
        frozen = cache.get(key)
        if frozen is not None:
            return _thawed(frozen)
        response = self.get_response(request)
        if isinstance(response, HttpResponse) and _cacheable_response(response):
            cache.set(key, _frozen(response), settings.PROCESSUS_PAGE_CACHE_SECONDS)
            response.headers[CACHE_HEADER] = "miss"
        return response
