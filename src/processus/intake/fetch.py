"""Fetching pages and files over HTTP(S) for ingestion (``processus ingest URL``, feeds).

A URL is input from outside just as a file is, so fetching keeps within bounds and
says why it refused, in one line that names the URL:

* only ``http`` and ``https`` URLs, with a host, are fetched, and so are redirects
  (at most :data:`MAX_REDIRECTS` of them, each checked like the first URL);
* time-outs for connecting and for each read, and a deadline for the whole download,
  so that a server sending a byte a second cannot hold a run;
* the configured size limit (``PROCESSUS_MAX_FILE_MB``) is enforced while streaming:
  a ``Content-Length`` over it is refused before the body is read, and a body that
  grows past it is cut off there;
* the content type must be one the loaders read (HTML, plain text, Markdown, PDF,
  DOCX); a generic ``application/octet-stream`` is accepted when the URL's own name
  has a suffix ingestion reads.

The fetched bytes then take the same road as an uploaded file
(:func:`processus.intake.operations.ingest_incoming`), the URL kept as the document's
``source_url``; an HTML page's main content is taken by the same loader as a local
``.html`` file.
"""

from __future__ import annotations

import ipaddress
import socket
import time
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from pathlib import PurePosixPath
from typing import Any
from urllib.parse import unquote, urljoin, urlsplit

import httpx

from processus.intake.operations import Incoming, IntakeResult, ingest_incoming, safe_name
from processus.kb.limits import configured_limits
from processus.kb.walk import SUFFIXES

#: Redirects followed before a URL is refused.
MAX_REDIRECTS = 5
#: Seconds to connect, and to wait for each read.
CONNECT_SECONDS = 10.0
READ_SECONDS = 30.0
#: Seconds the whole download of one URL may take.
DOWNLOAD_SECONDS = 120.0
#: Content types the loaders read, with the suffix that tells the loader the format.
CONTENT_TYPES = {
    "text/html": ".html",
    "application/xhtml+xml": ".html",
    "text/plain": ".txt",
    "text/markdown": ".md",
    "text/x-markdown": ".md",
    "application/pdf": ".pdf",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": ".docx",
}
_GENERIC = {"application/octet-stream", "binary/octet-stream", ""}
USER_AGENT = "Processus (documents in; +https://github.com/processus)"
_MB = 1024 * 1024


class FetchError(Exception):
    """A URL that was not fetched; ``reason`` is one line."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


@dataclass(frozen=True)
class FetchLimits:
    max_bytes: int
    connect_seconds: float = CONNECT_SECONDS
    read_seconds: float = READ_SECONDS
    download_seconds: float = DOWNLOAD_SECONDS
    max_redirects: int = MAX_REDIRECTS
    #: ``None``: any host.  Else a host whose address is not public (loopback, private,
    #: link-local) is fetched only when named here: a link found in a feed must not
    #: reach into the network the server sits in (a cloud's metadata address, say).
    private_hosts: frozenset[str] | None = None


@dataclass(frozen=True)
class Fetched:
    """A fetched document: the URL asked for, where it was found, a file name, its bytes."""

    url: str
    final_url: str
    name: str
    content_type: str
    data: bytes


def is_url(text: str) -> bool:
    """Whether a command-line argument is meant as a URL (it has a scheme), not a path."""
    scheme, sep, _ = text.partition("://")
    return bool(sep) and scheme.isalpha()


def check_url(url: str) -> None:
    """Refuse a URL that is not ``http(s)://host/...``."""
    parts = urlsplit(url)
    if parts.scheme.lower() not in ("http", "https"):
        raise FetchError(f"only http and https URLs are fetched, not {parts.scheme or 'this'}")
    if not parts.hostname:
        raise FetchError("the URL has no host")


def check_public(url: str, allowed: frozenset[str]) -> None:
    """Refuse a URL whose host has an address that is not public, unless it is allowed."""
    host = (urlsplit(url).hostname or "").lower()
    if host in allowed:
        return
    try:
        addresses = {info[4][0] for info in socket.getaddrinfo(host, None)}
    except (socket.gaierror, UnicodeError):
        return  # the request itself fails, with its own reason
    for text in sorted(addresses):
        address = ipaddress.ip_address(str(text).split("%")[0])
        if not address.is_global:
            raise FetchError(
                f"{host} is a private address ({address}); a feed's links reach one "
                "only from a feed on that host"
            )


def default_limits() -> FetchLimits:
    return FetchLimits(max_bytes=configured_limits().load.max_bytes)


def fetch(
    url: str, limits: FetchLimits | None = None, accept: dict[str, str] | None = None
) -> Fetched:
    """Download ``url`` within ``limits`` (see the module documentation).

    ``accept`` maps the content types taken to a file suffix (default: the types
    the loaders read, :data:`CONTENT_TYPES`).  Raises :class:`FetchError` with the
    one-line reason.
    """
    limits = limits or default_limits()
    accept = accept or CONTENT_TYPES
    check_url(url)
    timeout = httpx.Timeout(limits.read_seconds, connect=limits.connect_seconds)
    deadline = time.monotonic() + limits.download_seconds
    headers = {"User-Agent": USER_AGENT, "Accept": ", ".join(accept) + ", */*;q=0.1"}
    try:
        with httpx.Client(timeout=timeout, follow_redirects=False, headers=headers) as client:
            return _follow(client, url, limits, deadline, accept)
    except FetchError:
        raise
    except httpx.TimeoutException:
        raise FetchError(f"timed out (no answer within {limits.read_seconds:g} s)") from None
    except httpx.ConnectError as exc:
        raise FetchError(f"cannot connect ({_first_line(exc)})") from None
    except httpx.InvalidURL as exc:
        raise FetchError(f"not a valid URL ({_first_line(exc)})") from None
    except httpx.HTTPError as exc:
        raise FetchError(f"download failed ({type(exc).__name__}: {_first_line(exc)})") from None


def _first_line(exc: Exception) -> str:
    return (str(exc).strip().splitlines() or [type(exc).__name__])[0][:200]


def _follow(
    client: httpx.Client, url: str, limits: FetchLimits, deadline: float, accept: dict[str, str]
) -> Fetched:
    current = url
    for _ in range(limits.max_redirects + 1):
        if limits.private_hosts is not None:
            check_public(current, limits.private_hosts)
        with client.stream("GET", current) as response:
            if response.is_redirect:
                location = response.headers.get("location", "")
                if not location:
                    raise FetchError(f"HTTP {response.status_code} redirect without a location")
                current = urljoin(current, location)
                check_url(current)
                continue
            if response.status_code >= 400:
                raise FetchError(f"HTTP {response.status_code} {response.reason_phrase}".strip())
            suffix, content_type = _suffix_for(response, current, accept)
            data = _body(response, limits, deadline)
            return Fetched(url, current, _file_name(current, suffix), content_type, data)
    raise FetchError(f"more than {limits.max_redirects} redirects")


def _suffix_for(response: httpx.Response, url: str, accept: dict[str, str]) -> tuple[str, str]:
    """The suffix for this answer, from its content type (or, when generic, its name)."""
    content_type = response.headers.get("content-type", "").split(";")[0].strip().lower()
    if content_type in accept:
        return accept[content_type], content_type
    suffix = PurePosixPath(unquote(urlsplit(url).path)).suffix.lower()
    known = set(accept.values()) | (SUFFIXES if accept is CONTENT_TYPES else set())
    if content_type in _GENERIC and suffix in known:
        return suffix, content_type
    shown = content_type or "no content type"
    readable = ", ".join(sorted(t for t in accept if "/x-" not in t))
    raise FetchError(f"content type {shown} is not one ingestion reads ({readable})")


def _body(response: httpx.Response, limits: FetchLimits, deadline: float) -> bytes:
    """The body, refused as soon as it is known to pass the size limit or the deadline."""
    declared = response.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > limits.max_bytes:
        raise FetchError(_too_large(int(declared), limits.max_bytes))
    parts: list[bytes] = []
    total = 0
    for chunk in response.iter_bytes():
        total += len(chunk)
        if total > limits.max_bytes:
            raise FetchError(_too_large(None, limits.max_bytes))
        if time.monotonic() > deadline:
            raise FetchError(f"download took longer than {limits.download_seconds:g} s")
        parts.append(chunk)
    return b"".join(parts)


def _too_large(size: int | None, limit: int) -> str:
    """Ingestion's wording for a file over the size limit (``PROCESSUS_MAX_FILE_MB``)."""
    if size is not None:
        from processus.extraction.loaders import file_too_large

        return file_too_large(size, limit)
    return f"file is too large (more than {limit / _MB:,.0f} MB)"


def _file_name(url: str, suffix: str) -> str:
    """A file name for the fetched document: the URL's last name, with the suffix of
    the type the server declared (a page at ``/news/som-2024`` is ``som-2024.html``)."""
    parts = urlsplit(url)
    last = PurePosixPath(unquote(parts.path)).name or (parts.hostname or "page")
    name = safe_name(last, default="page")
    stem = PurePosixPath(name).stem if PurePosixPath(name).suffix.lower() in SUFFIXES else name
    return f"{stem}{suffix}"


def fetch_incoming(url: str, limits: FetchLimits | None = None) -> Incoming:
    """The fetched URL as an incoming file, or one carrying its refusal."""
    try:
        fetched = fetch(url, limits)
    except FetchError as exc:
        return Incoming(url, b"", source_url=url, refusal=exc.reason)
    return Incoming(fetched.name, fetched.data, source_url=url)


def ingest_urls(
    urls: Iterable[str],
    *,
    road: str = "url",
    user: Any = None,
    limits: FetchLimits | None = None,
    reference_date: date | None = None,
) -> list[IntakeResult]:
    """Fetch each URL and ingest what was fetched; one result per URL, in order.

    Each result is named by its URL, so a refusal reads ``URL: reason``.
    """
    urls = list(urls)
    incoming = [fetch_incoming(url, limits) for url in urls]
    results = ingest_incoming(incoming, road=road, user=user, reference_date=reference_date)
    for url, result in zip(urls, results, strict=True):
        result.name = url
    return results


def ingest_urls_from_command(urls: list[str], reference_date: date | None = None) -> int:
    """``processus ingest URL...``: fetch and ingest, print a line per URL (a refusal on
    standard error, as ``processus: URL: reason``); the number refused."""
    import sys

    refused = 0
    for result in ingest_urls(urls, reference_date=reference_date):
        if result.refused:
            refused += 1
            print(f"processus: {result.line()}", file=sys.stderr)
        else:
            print(result.line())
    return refused
