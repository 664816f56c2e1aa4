"""Documents in: every road (upload, URL, feed, inbox) ends in :func:`ingest_incoming`.

A file that arrives from outside is first *kept* under the data directory,
``$PROCESSUS_DATA_DIR/uploads/<date>/<safe name>`` (a URL's copy under
``downloads/<hash of the URL>/``), and then ingested by the very function
``processus ingest`` runs (:func:`processus.kb.ingest.ingest`), so the limits
(size, type, archives, text length, time) and the one-line reasons are the same on
every road.  The sender's name for a file is never used as a path: only its last
component, reduced to safe characters, is (:func:`safe_name`).

Two checks are made here before ingestion, with ingestion's own wording: the type (a
name whose suffix ingestion does not read is refused, as ``processus ingest`` skips
such files in a folder) and the size (nothing over ``PROCESSUS_MAX_FILE_MB`` is even
written to disk).  Each arrival is recorded (:class:`~processus.intake.models.Arrival`)
with who sent it and what became of it.
"""

from __future__ import annotations

import hashlib
import os
import re
import tempfile
import uuid
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import IO, Any

from django.conf import settings
from django.utils import timezone
from django.utils.text import get_valid_filename

from processus.extraction.loaders import file_too_large
from processus.intake.models import Arrival
from processus.kb.limits import configured_limits
from processus.kb.models import Document, Meeting
from processus.kb.walk import SUFFIXES

#: The longest safe name kept for a stored file (the suffix is kept whole).
_NAME_CHARS = 120
_CHUNK = 1024 * 1024


@dataclass
class Incoming:
    """One file handed to intake: the name its sender gave and its bytes (or a file)."""

    name: str
    content: bytes | IO[bytes]
    #: Where it was fetched from (kept as the document's source), for the URL roads.
    source_url: str = ""
    #: Why it was refused before it arrived (a URL that could not be fetched).
    refusal: str = ""


@dataclass
class IntakeResult:
    """What became of one incoming file: its document and meetings, or why it was refused."""

    name: str
    outcome: str
    document: Document | None = None
    meetings: list[Meeting] = field(default_factory=list)
    reason: str = ""
    source_url: str = ""

    @property
    def refused(self) -> bool:
        return self.outcome == Arrival.Outcome.REFUSED

    def line(self) -> str:
        """One line for a terminal: what was stored, or the name and the reason."""
        if self.refused:
            return f"{self.name}: {self.reason}"
        assert self.document is not None
        count = len(self.meetings)
        return (
            f"{self.name}: {self.outcome}, document {self.document.pk}, "
            f"{count} meeting{'s' if count != 1 else ''}"
        )


def safe_name(name: str, default: str = "document") -> str:
    """The last component of the sender's ``name`` with only safe characters.

    Both separators count (a Windows client sends ``C:\\Users\\me\\note.pdf``), a
    leading dot is dropped (no hidden files, no ``..``), and the stem is shortened so
    that the whole stays under :data:`_NAME_CHARS`.
    """
    last = re.split(r"[\\/]", name or "")[-1]
    last = "".join(ch for ch in last if ch.isprintable())
    try:
        cleaned = get_valid_filename(last).lstrip(".")
    except Exception:  # Django refuses "", "." and ".." with SuspiciousFileOperation
        cleaned = ""
    if not cleaned or cleaned.startswith("."):
        cleaned = default
    stem, suffix = Path(cleaned).stem, Path(cleaned).suffix[:10]
    return (stem[: _NAME_CHARS - len(suffix)] or default) + suffix


def type_refusal(name: str) -> str | None:
    """The reason a file named ``name`` is not read, or ``None`` when its type is."""
    suffix = Path(name).suffix.lower()
    if suffix in SUFFIXES:
        return None
    given = f"“{suffix}”" if suffix else "no suffix"
    return f"not a type of document ingestion reads ({given}; {accepted_types()})"


def accepted_types() -> str:
    return "accepted: " + ", ".join(sorted(SUFFIXES))


def read_limited(content: bytes | IO[bytes], max_bytes: int) -> tuple[bytes, str | None]:
    """The bytes of ``content``, reading no more than one past ``max_bytes``; the size
    refusal when there are more (ingestion's wording)."""
    if isinstance(content, bytes):
        data = content
    else:
        size = getattr(content, "size", None)
        if isinstance(size, int) and size > max_bytes:
            return b"", file_too_large(size, max_bytes)
        parts: list[bytes] = []
        total = 0
        while total <= max_bytes:
            chunk = content.read(min(_CHUNK, max_bytes + 1 - total))
            if not chunk:
                break
            parts.append(chunk)
            total += len(chunk)
        data = b"".join(parts)
    if len(data) > max_bytes:
        return b"", file_too_large(len(data), max_bytes)
    return data, None


def uploads_dir(today: date | None = None) -> Path:
    day = (today or timezone.localdate()).isoformat()
    return Path(settings.DATA_DIR).resolve() / "uploads" / day


def downloads_dir(url: str) -> Path:
    """A URL's own folder: the same URL fetched again lands at the same path, so its
    document is replaced when the page changed, as a changed file is."""
    digest = hashlib.sha256(url.encode()).hexdigest()[:16]
    return Path(settings.DATA_DIR).resolve() / "downloads" / digest


def keep_file(folder: Path, name: str, data: bytes, *, replace: bool = False) -> Path:
    """Write ``data`` as ``folder/name``; another file of that name gets ``name-2`` etc.

    The same bytes under the same name are not written twice (ingestion then finds the
    document unchanged).  With ``replace``, the one name is overwritten (a URL's copy).
    The bytes go to a temporary file first and are linked in under a name that must not
    exist yet, so two uploads of one name at the same moment never share a file.
    """
    folder.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(dir=folder, prefix=".partial-")
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(data)
        os.chmod(temporary, 0o644)
        if replace:
            os.replace(temporary, folder / name)
            return folder / name
        return _link_under_free_name(Path(temporary), folder, name, data)
    finally:
        Path(temporary).unlink(missing_ok=True)


def _link_under_free_name(temporary: Path, folder: Path, name: str, data: bytes) -> Path:
    stem, suffix = Path(name).stem, Path(name).suffix
    number = 1
    while True:
        target = folder / (name if number == 1 else f"{stem}-{number}{suffix}")
        try:
            os.link(temporary, target)  # fails when the name is taken, whoever took it
            return target
        except FileExistsError:
            same_size = target.is_file() and target.stat().st_size == len(data)
            if same_size and target.read_bytes() == data:
                return target
        number += 1


def ingest_incoming(
    files: Iterable[Incoming],
    *,
    road: str,
    user: Any = None,
    reference_date: date | None = None,
    batch: uuid.UUID | None = None,
) -> list[IntakeResult]:
    """Keep and ingest ``files``; one result per file, in their order.

    Refused files are not kept (a file too large is not even read past the limit);
    each file, refused or not, is recorded as an :class:`Arrival` of ``road`` (in
    ``batch``, the files sent together, when given).
    """
    limits = configured_limits()
    results: list[IntakeResult] = []
    paths: dict[str, IntakeResult] = {}
    for incoming in files:
        result = IntakeResult(
            name=incoming.name, outcome=Arrival.Outcome.REFUSED, source_url=incoming.source_url
        )
        results.append(result)
        stored = safe_name(incoming.name)
        refusal = incoming.refusal or type_refusal(stored)
        data = b""
        if refusal is None:
            data, refusal = read_limited(incoming.content, limits.load.max_bytes)
        if refusal is None and not data.strip():
            refusal = "file is empty"
        if refusal is not None:
            result.reason = refusal
            continue
        if incoming.source_url:
            path = keep_file(downloads_dir(incoming.source_url), stored, data, replace=True)
        else:
            path = keep_file(uploads_dir(), stored, data)
        paths[str(path)] = result
    if paths:
        _ingest_kept(paths, reference_date)
    _record_arrivals(results, road, user, batch)
    return results


def _ingest_kept(paths: dict[str, IntakeResult], reference_date: date | None) -> None:
    """Run ingestion on the kept files and fill in their results."""
    from processus.kb.ingest import ingest
    from processus.kb.reading import ReadResult
    from processus.outcomes.operations import sync_outcome_items

    seen: dict[str, tuple[ReadResult, str]] = {}

    def on_document(read: ReadResult, outcome: str) -> None:
        seen[read.path] = (read, outcome)

    report = ingest(list(paths), reference_date=reference_date, on_document=on_document)
    if report.stored or report.replaced:
        sync_outcome_items()
    failed = dict(report.failed)
    for path, result in paths.items():
        read, outcome = seen.get(path, (None, "failed"))
        if read is None or outcome == "failed":
            result.reason = failed.get(path) or (read.error if read else None) or "not read"
            _forget_file(path)
            continue
        document = Document.objects.filter(content_hash=read.content_hash).first()
        if document is None:  # removed by another writer since
            result.reason = "its document was removed while it was being stored; send it again"
            continue
        result.outcome = outcome
        if outcome == "unchanged" and document.source_path != read.source_path:
            _forget_file(path)  # the same bytes are kept already, under their first name
        result.document = _with_source(document, result, new=outcome == "stored")
        result.meetings = list(
            Meeting.objects.filter(mentions__document=document).distinct().order_by("start", "pk")
        )


def _with_source(document: Document, result: IntakeResult, *, new: bool) -> Document:
    """Keep the URL a document was fetched from and, for a new one, the sender's name."""
    changed: list[str] = []
    if result.source_url and document.source_url != result.source_url:
        document.source_url = result.source_url[:1000]
        changed.append("source_url")
    given = Path(safe_name(result.name)).name if not result.source_url else ""
    if new and given and document.original_name != given:
        document.original_name = given[:500]
        changed.append("original_name")
    if changed:
        Document.objects.filter(pk=document.pk).update(**{f: getattr(document, f) for f in changed})
    return document


def _forget_file(path: str) -> None:
    """A refused file is not kept (ingestion has the reason; the sender has the file)."""
    Path(path).unlink(missing_ok=True)


def _record_arrivals(
    results: list[IntakeResult], road: str, user: Any, batch: uuid.UUID | None
) -> None:
    sender = user if getattr(user, "pk", None) is not None else None
    Arrival.objects.bulk_create(
        Arrival(
            road=road,
            name=r.name[:1000],
            source_url=r.source_url[:1000],
            user=sender,
            document=r.document,
            outcome=r.outcome,
            reason=r.reason[:500],
            batch=batch,
        )
        for r in results
    )
