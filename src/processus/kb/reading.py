"""Reading one file for ingestion: bytes, hash, text, language, date and extracted records.

This is the part of ingestion that runs in worker processes, so it imports no
Django and touches no database: it returns a picklable :class:`ReadResult` and the
parent process alone writes. A file whose content hash (with the same extraction
fingerprint) is already stored is reported as unchanged without being extracted.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import tempfile
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date
from functools import cache
from pathlib import Path
from typing import Any

#: File types ingestion reads (the same as ``processus extract``).
SUFFIXES = frozenset({".txt", ".text", ".md", ".markdown", ".html", ".htm", ".xhtml", ".pdf",
                      ".docx"})  # fmt: skip
#: Support files that sit next to documents but are not documents.
NOT_DOCUMENTS = frozenset({"SOURCES.md", "README.md"})
MAX_BYTES = 50 * 1024 * 1024


@dataclass
class ReadResult:
    """What a worker learnt about one file. ``error`` is set (one line) when it failed."""

    path: str
    source_path: str
    content_hash: str = ""
    size: int = 0
    data: bytes = b""
    text: str = ""
    media_type: str = ""
    language: str = ""
    document_date: str | None = None
    #: What kind of document it is, and the cue that said so (extraction's document kind).
    document_kind: str = "other"
    document_kind_reason: str = ""
    records: list[dict[str, Any]] = field(default_factory=list)
    unchanged: bool = False
    error: str | None = None
    #: The original's name under the media root when the reader kept it (then ``data`` is
    #: empty: the bytes need not travel to the writing process).
    stored_as: str = ""


def stored_name(content_hash: str, path: str) -> str:
    """Where the original is kept under the media root: named by its SHA-256."""
    suffix = Path(path).suffix.lower()[:10]
    return f"originals/{content_hash[:2]}/{content_hash}{suffix}"


def keep_original(root: str, name: str, data: bytes) -> None:
    """Write ``data`` to ``root/name`` once, atomically (a temporary file, then a rename).

    Content-addressed names make this safe from any process: a file that exists
    with the right size holds these bytes, and a killed write leaves only a
    temporary file, never a partial original.
    """
    target = os.path.join(root, name)
    try:
        if os.path.getsize(target) == len(data):
            return
    except OSError:
        pass
    folder = os.path.dirname(target)
    os.makedirs(folder, exist_ok=True)
    handle, temporary = tempfile.mkstemp(dir=folder, prefix=".partial-")
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(data)
        os.chmod(temporary, 0o644)
        os.replace(temporary, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise


def document_files(paths: Iterable[str | Path]) -> Iterator[tuple[str, str | None]]:
    """``(path, problem)`` for every document under ``paths``, directories walked in order.

    A path that does not exist is yielded with its problem so the caller can
    report it by name; hidden files and support files (``README.md``) are skipped.
    """
    for raw in paths:
        root = Path(raw)
        if not root.exists():
            yield str(raw), "no such file or directory"
            continue
        if not root.is_dir():
            yield str(root), None
            continue
        for child in sorted(root.rglob("*")):
            relative = child.relative_to(root)
            if any(part.startswith(".") for part in relative.parts) or not child.is_file():
                continue
            if child.suffix.lower() in SUFFIXES and child.name not in NOT_DOCUMENTS:
                yield str(child), None


@cache
def _engine_digest() -> str:
    import processus.extraction
    import processus.reference

    digest = hashlib.sha256()
    for package in (processus.extraction, processus.reference):
        root = Path(package.__file__ or "").parent
        for path in sorted(root.rglob("*")):
            if path.suffix in {".py", ".json"} and "__pycache__" not in path.parts:
                digest.update(path.relative_to(root).as_posix().encode())
                digest.update(path.read_bytes())
    return digest.hexdigest()


def extraction_fingerprint(reference_date: date | None) -> str:
    """Hash of the extraction engine, its reference data and the reference date.

    Re-ingesting a file changes nothing only when its content *and* this
    fingerprint are unchanged; a new engine version re-extracts it.
    """
    stamp = f"{_engine_digest()}|{reference_date.isoformat() if reference_date else ''}"
    return hashlib.sha256(stamp.encode()).hexdigest()


def guess_language(text: str) -> str:
    """``en``, ``fr``, ``es``, ``it``, ``pt`` or ``""`` (see the extraction library's)."""
    from processus.extraction.languages import guess_language as guess

    return guess(text)


def stated_document_date(text: str) -> str | None:
    """The publication date the document states ("Posted 1 March 2019"), as YYYY-MM-DD."""
    try:
        from processus.extraction.dates import find_dates
    except ImportError:  # pragma: no cover - the engine keeps this module
        return None
    for mention in find_dates(text[:3000]):
        if getattr(mention, "role", None) != "publication":
            continue
        year, month, day = mention.first
        if year is not None and month is not None and day is not None:
            try:
                return date(year, month, day).isoformat()
            except ValueError:
                continue
    return None


def _given_title(record: dict[str, Any]) -> dict[str, Any]:
    from processus.extraction.composed_titles import is_composed

    if is_composed(record):
        record["title"] = None
        record["evidence"] = [e for e in record["evidence"] if e["field"] != "title"]
    return record


def read_document(
    path: str,
    reference_date: date | None = None,
    known_hashes: frozenset[str] | set[str] = frozenset(),
    originals: str | None = None,
) -> ReadResult:
    """Read, hash and extract ``path``; never raises for a bad file (``error`` says why).

    With ``originals`` (a directory, the media root), a successfully extracted
    file is kept there under :func:`stored_name` by this process.
    """
    from processus.extraction import DocumentError, extract, load_bytes

    p = Path(path)
    result = ReadResult(path=path, source_path=str(p.resolve()))
    try:
        if p.is_dir():
            raise DocumentError(path, "is a directory")
        size = p.stat().st_size
        if size > MAX_BYTES:
            raise DocumentError(path, f"file is too large ({size // (1024 * 1024)} MB > 50 MB)")
        data = p.read_bytes()
    except DocumentError as exc:
        result.error = exc.reason
        return result
    except FileNotFoundError:
        result.error = "no such file"
        return result
    except PermissionError:
        result.error = "permission denied"
        return result
    except OSError as exc:
        result.error = f"cannot read file ({exc.strerror or exc})"
        return result
    result.size = len(data)
    result.content_hash = hashlib.sha256(data).hexdigest()
    if result.content_hash in known_hashes:
        result.unchanged = True
        return result
    try:
        loaded = load_bytes(data, path, p.suffix.lower())
        extraction = extract(loaded.text, path, reference_date)
    except DocumentError as exc:
        result.error = exc.reason
        return result
    except Exception as exc:  # an engine bug must not stop a long run
        result.error = f"extraction failed ({type(exc).__name__}: {exc})"
        return result
    result.data = data
    result.text = extraction.text
    result.media_type = loaded.media_type
    result.language = getattr(loaded, "language", None) or guess_language(extraction.text)
    result.document_date = stated_document_date(extraction.text)
    result.document_kind = extraction.document_kind
    result.document_kind_reason = extraction.document_kind_reason or ""
    # the knowledge base keeps a meeting's own name only: a composed title is shown from
    # the meeting's values (Meeting.__str__), and meetings are matched on given titles
    result.records = [_given_title(record.to_dict()) for record in extraction.records]
    if originals:
        name = stored_name(result.content_hash, path)
        try:
            keep_original(originals, name, data)
        except OSError:
            return result  # the writing process tries again and reports a failure
        result.stored_as = name
        result.data = b""
    return result


# Worker-process state, set once per worker by :func:`init_worker`.
_worker_reference: date | None = None
_worker_known: frozenset[str] = frozenset()
_worker_originals: str | None = None


def init_worker(
    reference_date: date | None, known_hashes: frozenset[str], originals: str | None = None
) -> None:
    global _worker_reference, _worker_known, _worker_originals
    _worker_reference = reference_date
    _worker_known = known_hashes
    _worker_originals = originals


def read_in_worker(path: str) -> ReadResult:
    return read_document(path, _worker_reference, _worker_known, _worker_originals)
