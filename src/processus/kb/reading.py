"""Reading one file for ingestion: bytes, hash, text, language, date and extracted records.

This is the part of ingestion that runs in worker processes, so it imports no
Django and touches no database: it returns a picklable :class:`ReadResult` and the
parent process alone writes. A file whose content hash (with the same extraction
fingerprint) is already stored is reported as unchanged without being extracted.

Reading keeps within :class:`~processus.kb.limits.InputLimits`: only a regular file is
read (checked on the open file, so a FIFO or a device swapped in after the walk is
refused too), never more than the size limit, and a long text goes to the extraction
engine in bounded pieces (:func:`extract_in_pieces`).
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import re
import stat
import tempfile
from dataclasses import dataclass, field
from datetime import date
from functools import cache
from pathlib import Path
from typing import Any

from processus.kb.limits import InputLimits
from processus.kb.walk import NOT_DOCUMENTS as NOT_DOCUMENTS
from processus.kb.walk import SUFFIXES as SUFFIXES
from processus.kb.walk import document_files as document_files
from processus.kb.walk import not_regular


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


def read_bytes(path: str, max_bytes: int) -> bytes:
    """The bytes of the regular file ``path``, at most ``max_bytes`` of them.

    The file is opened without blocking (a FIFO would wait for a writer for ever) and
    its type is checked on the open descriptor, so what is read is what was checked;
    reading stops past the limit, whatever size the file claimed (``/proc`` files
    claim 0, a growing file more than it had).  Raises ``DocumentError``.
    """
    from processus.extraction import DocumentError
    from processus.extraction.loaders import file_too_large

    flags = os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_NOCTTY", 0) | getattr(os, "O_CLOEXEC", 0)
    try:
        handle = os.open(path, flags)
    except FileNotFoundError:
        raise DocumentError(path, "no such file") from None
    except PermissionError:
        raise DocumentError(path, "permission denied") from None
    except OSError as exc:
        if exc.errno == 40:  # ELOOP
            raise DocumentError(path, "symlink loop") from None
        raise DocumentError(path, f"cannot read file ({exc.strerror or exc})") from None
    with os.fdopen(handle, "rb", buffering=0) as file:
        info = os.fstat(handle)
        if stat.S_ISDIR(info.st_mode):
            raise DocumentError(path, "is a directory")
        if not stat.S_ISREG(info.st_mode):
            raise DocumentError(path, not_regular(info.st_mode))
        if info.st_size > max_bytes:
            raise DocumentError(path, file_too_large(info.st_size, max_bytes))
        try:
            data = file.read(max_bytes + 1)  # a regular file: read() returns all it asks
        except OSError as exc:
            raise DocumentError(path, f"cannot read file ({exc.strerror or exc})") from None
    if len(data) > max_bytes:
        raise DocumentError(path, file_too_large(len(data), max_bytes))
    return data


_SENTENCE_END = re.compile(r"[.!?;:]\s")


def _cut_line(line: str, width: int) -> list[str]:
    """``line`` in lines of at most ``width`` characters, cut after a sentence in the
    second half of the width, else at a space, else anywhere."""
    out: list[str] = []
    while len(line) > width:
        window = line[width // 2 : width]
        ends = [m.end() for m in _SENTENCE_END.finditer(window)]
        cut = width // 2 + ends[-1] - 1 if ends else line.rfind(" ", width // 2, width)
        if cut <= 0:
            cut = width
        out.append(line[:cut].rstrip())
        line = line[cut:].lstrip()
    out.append(line)
    return out


def text_pieces(text: str, piece_chars: int, line_chars: int) -> list[str]:
    """``text`` as pieces of at most ``piece_chars`` characters, cut at line ends, each line
    at most ``line_chars`` long.  A text within both limits is one piece, unchanged."""
    if len(text) <= piece_chars and all(len(ln) <= line_chars for ln in text.split("\n")):
        return [text]
    pieces: list[str] = []
    piece: list[str] = []
    size = 0
    for long_line in text.split("\n"):
        for line in (
            _cut_line(long_line, line_chars) if len(long_line) > line_chars else [long_line]
        ):
            if size + len(line) > piece_chars and piece:
                pieces.append("\n".join(piece).strip("\n"))
                piece, size = [], 0
            piece.append(line)
            size += len(line) + 1
    pieces.append("\n".join(piece).strip("\n"))
    return [p for p in pieces if p.strip()]


def extract_in_pieces(
    text: str, source: str, reference_date: date | None, limits: InputLimits
) -> tuple[str, list[dict[str, Any]], str, str]:
    """Extract ``text`` piece by piece (:func:`text_pieces`): its text, its records as
    dicts (evidence offsets into that text), its document kind and the kind's reason.

    Some scans of the extraction engine grow with the square of the text's length or of
    its first lines' (see ``processus.kb.limits``): pieces bound them, so a long text
    costs time in proportion to its length.  The document's kind is the first piece's.
    """
    from processus.extraction import extract

    pieces = text_pieces(text, limits.piece_chars, limits.line_chars)
    texts: list[str] = []
    records: list[dict[str, Any]] = []
    kind, reason = "other", ""
    offset = 0
    for number, piece in enumerate(pieces):
        extraction = extract(piece, source, reference_date)
        if number == 0:
            kind, reason = extraction.document_kind, extraction.document_kind_reason or ""
        for record in extraction.records:
            row = _given_title(record.to_dict())
            for evidence in row["evidence"]:
                evidence["start"] += offset
                evidence["end"] += offset
            records.append(row)
        texts.append(extraction.text)
        offset += len(extraction.text) + 2  # the "\n\n" that joins the pieces
    return "\n\n".join(texts), records, kind, reason


def read_document(
    path: str,
    reference_date: date | None = None,
    known_hashes: frozenset[str] | set[str] = frozenset(),
    originals: str | None = None,
    limits: InputLimits | None = None,
) -> ReadResult:
    """Read, hash and extract ``path``; never raises for a bad file (``error`` says why).

    With ``originals`` (a directory, the media root), a successfully extracted
    file is kept there under :func:`stored_name` by this process.
    """
    from processus.extraction import DocumentError, load_bytes

    limits = limits or InputLimits()
    result = ReadResult(path=path, source_path=os.path.realpath(path))
    try:
        data = read_bytes(path, limits.load.max_bytes)
    except DocumentError as exc:
        result.error = exc.reason
        return result
    result.size = len(data)
    result.content_hash = hashlib.sha256(data).hexdigest()
    if result.content_hash in known_hashes:
        result.unchanged = True
        return result
    try:
        loaded = load_bytes(data, path, Path(path).suffix.lower(), limits.load)
        text, records, kind, reason = extract_in_pieces(loaded.text, path, reference_date, limits)
        if len(records) > limits.max_meetings:
            raise DocumentError(
                path,
                f"describes {len(records):,} meetings, more than {limits.max_meetings:,} "
                "(not a plausible document)",
            )
    except DocumentError as exc:
        result.error = exc.reason
        return result
    except MemoryError:
        result.error = "ran out of memory reading it"
        return result
    except Exception as exc:  # an engine bug must not stop a long run
        result.error = f"extraction failed ({type(exc).__name__}: {exc})"
        return result
    result.data = data
    result.text = text
    result.media_type = loaded.media_type
    result.language = getattr(loaded, "language", None) or guess_language(text)
    result.document_date = stated_document_date(text)
    result.document_kind = kind
    result.document_kind_reason = reason
    # the knowledge base keeps a meeting's own name only: a composed title is shown from
    # the meeting's values (Meeting.__str__), and meetings are matched on given titles
    result.records = records
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
_worker_limits: InputLimits | None = None


def init_worker(
    reference_date: date | None,
    known_hashes: frozenset[str],
    originals: str | None = None,
    limits: InputLimits | None = None,
) -> None:
    global _worker_reference, _worker_known, _worker_originals, _worker_limits
    _worker_reference = reference_date
    _worker_known = known_hashes
    _worker_originals = originals
    _worker_limits = limits


def read_in_worker(path: str) -> ReadResult:
    return read_document(path, _worker_reference, _worker_known, _worker_originals, _worker_limits)
