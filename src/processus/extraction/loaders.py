"""Read a document file into plain text, whatever its format.

Supported: plain text and Markdown (encoding detected, BOMs and UTF-16 handled), HTML
(main content only, never executed), PDF (text layer; page furniture removed,
line-break hyphenation undone) and DOCX (paragraphs and tables).  Anything that
cannot be read raises :class:`DocumentError` with a one-line reason; nothing here
lets a library exception escape for bad input.

Every loader works within :class:`LoadLimits`: a file over the size limit is not read,
an archive (DOCX) with too many members or that unpacks to too much is refused before
it is unpacked, a PDF stream that inflates past the limit stops the inflating, and a
text over the length limit is refused as soon as it is known to be too long, so that a
hostile file costs a bounded amount of memory and time.
"""

from __future__ import annotations

import io
import re
import zipfile
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from processus.extraction.normalize import normalize_text
from processus.extraction.records import DocumentError

MAX_BYTES = 50 * 1024 * 1024
_MB = 1024 * 1024


@dataclass(frozen=True)
class LoadLimits:
    """What one document may cost the reader (see the module documentation)."""

    #: largest file read, in bytes
    max_bytes: int = MAX_BYTES
    #: largest total a DOCX's members may unpack to, in bytes
    max_unpacked_bytes: int = 100 * _MB
    #: largest one PDF stream may inflate to, in bytes (a page's text is some kilobytes;
    #: pypdf holds a stream several times over while inflating it)
    max_stream_bytes: int = 25 * _MB
    #: most members a DOCX (a zip archive) may hold
    max_members: int = 10_000
    #: longest text kept, in characters
    max_text_chars: int = 2_000_000

    def check_text(self, source: str, length: int) -> None:
        """Raise :class:`DocumentError` when a text of ``length`` characters is too long."""
        if length > self.max_text_chars:
            raise DocumentError(
                source, f"text is too long ({length:,} characters > {self.max_text_chars:,})"
            )


def default_limits() -> LoadLimits:
    """The limits when the caller gives none (read at each call: :data:`MAX_BYTES` may be
    changed by an embedding program)."""
    return LoadLimits(max_bytes=MAX_BYTES)


def _megabytes(size: int) -> str:
    return f"{size / _MB:,.0f} MB"


MEDIA_TYPES = {
    ".txt": "text/plain",
    ".text": "text/plain",
    ".md": "text/markdown",
    ".markdown": "text/markdown",
    ".html": "text/html",
    ".htm": "text/html",
    ".xhtml": "text/html",
    ".pdf": "application/pdf",
    ".docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
}


@dataclass(frozen=True)
class LoadedDocument:
    """A document's normalised text, ready for extraction."""

    text: str
    source: str
    media_type: str
    language: str | None = None


def file_too_large(size: int, limit: int) -> str:
    """The one-line reason for a file over the size limit."""
    return f"file is too large ({_megabytes(size)} > {_megabytes(limit)})"


def load_document(path: str | Path, limits: LoadLimits | None = None) -> LoadedDocument:
    """Read ``path`` and return its normalised text (raises :class:`DocumentError`)."""
    limits = limits or default_limits()
    source = str(path)
    p = Path(path)
    try:
        if p.is_dir():
            raise DocumentError(source, "is a directory")
        size = p.stat().st_size
        if not p.is_file():  # a device or a FIFO would be read for ever
            raise DocumentError(source, "not a regular file")
        if size > limits.max_bytes:
            raise DocumentError(source, file_too_large(size, limits.max_bytes))
        data = p.read_bytes()
    except DocumentError:
        raise
    except FileNotFoundError:
        raise DocumentError(source, "no such file") from None
    except PermissionError:
        raise DocumentError(source, "permission denied") from None
    except OSError as exc:
        raise DocumentError(source, f"cannot read file ({exc.strerror or exc})") from None
    return load_bytes(data, source, p.suffix.lower(), limits)


def load_bytes(
    data: bytes, source: str, suffix: str = "", limits: LoadLimits | None = None
) -> LoadedDocument:
    """Like :func:`load_document` for bytes already in memory; ``suffix`` picks the format."""
    limits = limits or default_limits()
    if len(data) > limits.max_bytes:
        raise DocumentError(source, file_too_large(len(data), limits.max_bytes))
    if not data.strip():
        raise DocumentError(source, "file is empty")
    kind = MEDIA_TYPES.get(suffix) or _sniff(data)
    if kind == "application/pdf":
        text = _pdf_text(data, source, limits)
    elif kind.startswith("application/vnd.openxml"):
        text = _docx_text(data, source, limits)
    elif kind == "text/html":
        text = html_to_text(decode_text(data, source))
    else:
        text = decode_text(data, source)
    limits.check_text(source, len(text))
    text = normalize_text(text).strip("\n")
    if not text.strip():
        raise DocumentError(source, "no text could be extracted")
    return LoadedDocument(text, source, kind, _language(text))


def _sniff(data: bytes) -> str:
    head = data[:1024]
    if head.startswith(b"%PDF"):
        return "application/pdf"
    if head.startswith(b"PK\x03\x04"):
        return "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
    lowered = head.lower()
    if b"<html" in lowered or b"<!doctype html" in lowered or b"<body" in lowered:
        return "text/html"
    return "text/plain"


# --- text ------------------------------------------------------------------------------


def decode_text(data: bytes, source: str) -> str:
    """Decode bytes whose encoding is unknown: BOMs, UTF-8, UTF-16, then detection."""
    for bom, codec in (
        (b"\xef\xbb\xbf", "utf-8-sig"),
        (b"\xff\xfe\x00\x00", "utf-32"),
        (b"\x00\x00\xfe\xff", "utf-32"),
        (b"\xff\xfe", "utf-16"),
        (b"\xfe\xff", "utf-16"),
    ):
        if data.startswith(bom):
            try:
                return data.decode(codec)
            except UnicodeDecodeError:
                raise DocumentError(source, f"invalid {codec} text") from None
    utf16 = _utf16_without_bom(data)
    if utf16 is not None:
        return utf16
    if b"\x00" in data:
        raise DocumentError(source, "binary file (contains NUL bytes), not a text document")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    # the dialogues write English, French, Spanish and Portuguese: Windows-1252 covers
    # them and decodes almost any legacy file, so it is tried before guessing
    try:
        text = data.decode("cp1252")
        if not any(ord(c) < 32 and c not in "\n\r\t\f" for c in text):
            return text
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None:
        raise DocumentError(source, "binary or undecodable content, not a text document")
    text = str(best)
    controls = sum(1 for c in text if ord(c) < 32 and c not in "\n\r\t\f")
    if controls > max(8, len(text) // 50):
        raise DocumentError(source, "binary content, not a text document")
    return text


def _utf16_without_bom(data: bytes) -> str | None:
    sample = data[:400]
    if len(sample) < 4:
        return None
    even_nuls = sample[0::2].count(0)
    odd_nuls = sample[1::2].count(0)
    half = len(sample) // 2
    codec = None
    if odd_nuls > half * 0.6 and even_nuls < half * 0.1:
        codec = "utf-16-le"
    elif even_nuls > half * 0.6 and odd_nuls < half * 0.1:
        codec = "utf-16-be"
    if codec is None:
        return None
    try:
        return data.decode(codec)
    except UnicodeDecodeError:
        return None


def _language(text: str) -> str | None:
    sample = f" {text[:4000].lower()} "
    fr = sum(sample.count(w) for w in (" le ", " la ", " les ", " des ", " et ", " du ", " une "))
    en = sum(sample.count(w) for w in (" the ", " and ", " of ", " to ", " in ", " with "))
    if fr == en == 0:
        return None
    return "fr" if fr > en else "en"


# --- HTML ------------------------------------------------------------------------------

_DROP_TAGS = (
    "script", "style", "noscript", "template", "nav", "header", "footer", "aside", "form",
    "button", "iframe", "object", "embed", "svg", "canvas", "select", "input", "textarea",
    "head", "title", "meta", "link",
)  # fmt: skip
_BOILERPLATE_ATTR = re.compile(
    r"cookie|consent|gdpr|banner|menu|navbar|breadcrumb|sidebar|share|social|newsletter|"
    r"footer|header|popup|modal|skip-link|comments?\b",
    re.IGNORECASE,
)
_BLOCK_TAGS = frozenset(
    [
        "p",
        "div",
        "section",
        "article",
        "main",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "li",
        "ul",
        "ol",
        "table",
        "tr",
        "br",
        "hr",
        "blockquote",
        "pre",
        "dt",
        "dd",
        "dl",
        "figcaption",
        "address",
        "td",
        "th",
    ]
)


def _opening(node: Any, tag: str) -> str:
    """What opens a block: a blank line, a line break, or between two cells of a table's
    row a pipe, so that a row stays one line whose cells line up with its header's
    ("12/02/2025 | Thematic meeting … | Banjul | The Gambia", see tables.py)."""
    if tag in ("td", "th"):
        sibling = node.prev
        while sibling is not None:
            if sibling.tag in ("td", "th"):
                return " | "
            sibling = sibling.prev
        return "\n"
    return "\n\n" if tag not in ("br", "li") else "\n"


def html_to_text(markup: str) -> str:
    """The readable main content of an HTML page, paragraphs separated by blank lines."""
    from selectolax.lexbor import LexborHTMLParser as HTMLParser

    try:
        tree = HTMLParser(markup)
    except Exception:  # selectolax raises plain errors on pathological input
        return re.sub(r"<[^>]*>", " ", markup)
    for tag in _DROP_TAGS:
        for node in tree.css(tag):
            node.decompose()
    for node in tree.css("[class], [id], [role]"):
        attrs = node.attributes
        marker = " ".join(str(attrs.get(k) or "") for k in ("class", "id", "role"))
        if _BOILERPLATE_ATTR.search(marker) and node.tag not in ("html", "body", "main"):
            node.decompose()
    root = tree.css_first("main") or tree.css_first("article") or tree.body or tree.root
    if root is None:
        return ""
    parts: list[str] = []
    # iterative walk: deeply nested markup must not exhaust the recursion limit
    stack: list[tuple[Any, bool]] = [(root, False)]
    while stack:
        node, closing = stack.pop()
        tag = str(node.tag)
        if closing:
            parts.append("\n\n" if tag not in ("br", "td", "th") else " ")
            continue
        if tag == "-text":
            parts.append(node.text_content or "")
            continue
        if tag == "-comment":
            continue
        block = tag in _BLOCK_TAGS and node is not root
        if block:
            parts.append(_opening(node, tag))
            stack.append((node, True))
        children = []
        child = node.child
        while child is not None:
            children.append(child)
            child = child.next
        stack.extend((c, False) for c in reversed(children))
    text = "".join(parts)
    text = re.sub(r"[ \t\r\f\v]+", " ", text)
    text = re.sub(r" *\n *", "\n", text)
    text = re.sub(r"\n{3,}", "\n\n", text)
    return text.strip()


# --- PDF -------------------------------------------------------------------------------

_PAGE_FURNITURE = re.compile(
    r"^\s*(?:page\s+\d+(?:\s*(?:of|/|sur)\s*\d+)?|\d+\s*(?:/|of)\s*\d+|-?\s*\d{1,3}\s*-?)\s*$",
    re.IGNORECASE,
)
_HYPHEN_BREAK = re.compile(r"(\w)-\n(\w)")


@contextmanager
def _pdf_limits(limits: LoadLimits) -> Iterator[None]:
    """pypdf's own limits on inflating streams, set to ours while this PDF is read
    (pypdf before 6 has no configuration object: its default limits apply)."""
    try:
        from pypdf import apply_configuration
    except ImportError:  # pragma: no cover - older pypdf
        yield
        return
    cap = limits.max_stream_bytes
    with apply_configuration(
        maximum_declared_stream_length=cap,
        array_based_stream_maximum_output_length=cap,
        jbig2_maximum_output_length=cap,
        lzw_maximum_output_length=cap,
        run_length_maximum_output_length=cap,
        zlib_maximum_output_length=cap,
        brotli_maximum_output_length=cap,
        image_maximum_buffer_size=cap,
        stream_decoding_work_maximum_length=cap * 2,
    ):
        yield


def _pdf_pages(data: bytes, source: str, limits: LoadLimits) -> list[str]:
    from pypdf import PdfReader

    reader = PdfReader(io.BytesIO(data))
    if reader.is_encrypted:
        try:
            if not reader.decrypt(""):
                raise DocumentError(source, "PDF is password-protected")
        except DocumentError:
            raise
        except Exception:
            raise DocumentError(source, "PDF is password-protected") from None
    pages: list[str] = []
    length = 0
    for page in reader.pages:
        pages.append(page.extract_text() or "")
        length += len(pages[-1])
        if length > limits.max_text_chars:  # stop reading: the rest cannot be kept
            raise DocumentError(
                source, f"text is too long (more than {limits.max_text_chars:,} characters)"
            )
    return pages


def _pdf_text(data: bytes, source: str, limits: LoadLimits) -> str:
    from pypdf.errors import LimitReachedError, PdfReadError

    try:
        with _pdf_limits(limits):
            pages = _pdf_pages(data, source, limits)
    except DocumentError:
        raise
    except LimitReachedError as exc:
        if "decompress" in str(exc) or "decoding" in str(exc):
            reason = f"a PDF stream unpacks to more than {_megabytes(limits.max_stream_bytes)}"
        else:
            reason = f"PDF beyond a reading limit ({exc})"
        raise DocumentError(source, reason) from None
    except PdfReadError as exc:
        raise DocumentError(source, f"damaged or truncated PDF ({exc})") from None
    except MemoryError:
        raise DocumentError(source, "PDF too large to read in memory") from None
    except Exception as exc:  # pypdf raises many types on broken files
        raise DocumentError(source, f"damaged or truncated PDF ({type(exc).__name__})") from None
    return clean_pdf_pages(pages)


def clean_pdf_pages(pages: list[str]) -> str:
    """Join page texts without page numbers, running headers/footers or broken words."""
    split = [p.replace("\r", "").split("\n") for p in pages]
    repeated: Counter[str] = Counter()
    if len(split) >= 3:
        for lines in split:
            edges = {ln.strip() for ln in lines[:2] + lines[-2:] if ln.strip()}
            repeated.update(edges)
    furniture = {ln for ln, n in repeated.items() if n >= max(3, len(split) // 2 + 1)}
    kept_pages = []
    for lines in split:
        kept = [ln for ln in lines if not _PAGE_FURNITURE.match(ln) and ln.strip() not in furniture]
        kept_pages.append("\n".join(kept).strip())
    text = "\n\n".join(p for p in kept_pages if p)
    text = normalize_text(text)
    text = _HYPHEN_BREAK.sub(r"\1\2", text)
    return text


# --- DOCX ------------------------------------------------------------------------------


def check_archive(data: bytes, source: str, limits: LoadLimits) -> None:
    """Refuse a zip archive with too many members or that unpacks to too much, from its
    directory alone (nothing is inflated).  Reading a member never yields more than its
    declared size (:mod:`zipfile` stops there), so the declared sizes bound the work."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            members = archive.infolist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, OSError) as exc:
        raise DocumentError(source, f"not a readable DOCX file ({type(exc).__name__})") from None
    if len(members) > limits.max_members:
        raise DocumentError(
            source,
            f"archive has {len(members):,} members, more than {limits.max_members:,} members",
        )
    unpacked = sum(member.file_size for member in members)
    if unpacked > limits.max_unpacked_bytes:
        raise DocumentError(
            source,
            f"archive unpacks to more than {_megabytes(limits.max_unpacked_bytes)} "
            f"({_megabytes(unpacked)})",
        )


def _docx_text(data: bytes, source: str, limits: LoadLimits) -> str:
    check_archive(data, source, limits)
    try:
        import docx
        from docx.oxml.ns import qn

        document = docx.Document(io.BytesIO(data))
        parts: list[str] = []
        length = 0
        body = document.element.body
        for child in body.iterchildren():
            if child.tag == qn("w:p"):
                parts.append("".join(t.text or "" for t in child.iter(qn("w:t"))))
                length += len(parts[-1])
            elif child.tag == qn("w:tbl"):
                for row in child.iter(qn("w:tr")):
                    cells = []
                    for cell in row.iter(qn("w:tc")):
                        cells.append(" ".join(t.text or "" for t in cell.iter(qn("w:t"))).strip())
                    parts.append(" | ".join(c for c in cells if c))
                    length += len(parts[-1])
            if length > limits.max_text_chars:  # stop: the rest cannot be kept
                raise DocumentError(
                    source, f"text is too long (more than {limits.max_text_chars:,} characters)"
                )
        return "\n\n".join(p for p in parts if p.strip())
    except DocumentError:
        raise
    except Exception as exc:
        raise DocumentError(source, f"not a readable DOCX file ({type(exc).__name__})") from None
