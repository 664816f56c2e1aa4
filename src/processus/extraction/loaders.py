"""Read a document file into plain text, whatever its format.

Supported: plain text and Markdown (encoding detected, BOMs and UTF-16 handled), HTML
(main content only, never executed), PDF (text layer; page furniture removed,
line-break hyphenation undone) and DOCX (paragraphs and tables).  Anything that
cannot be read raises :class:`DocumentError` with a one-line reason; nothing here
lets a library exception escape for bad input.
"""

from __future__ import annotations

import io
import re
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from processus.extraction.normalize import normalize_text
from processus.extraction.records import DocumentError

MAX_BYTES = 50 * 1024 * 1024

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


def load_document(path: str | Path) -> LoadedDocument:
    """Read ``path`` and return its normalised text (raises :class:`DocumentError`)."""
    source = str(path)
    p = Path(path)
    try:
        if p.is_dir():
            raise DocumentError(source, "is a directory")
        size = p.stat().st_size
        if size > MAX_BYTES:
            raise DocumentError(source, f"file is too large ({size // (1024 * 1024)} MB > 50 MB)")
        data = p.read_bytes()
    except DocumentError:
        raise
    except FileNotFoundError:
        raise DocumentError(source, "no such file") from None
    except PermissionError:
        raise DocumentError(source, "permission denied") from None
    except OSError as exc:
        raise DocumentError(source, f"cannot read file ({exc.strerror or exc})") from None
    return load_bytes(data, source, p.suffix.lower())


def load_bytes(data: bytes, source: str, suffix: str = "") -> LoadedDocument:
    """Like :func:`load_document` for bytes already in memory; ``suffix`` picks the format."""
    if not data.strip():
        raise DocumentError(source, "file is empty")
    if len(data) > MAX_BYTES:
        raise DocumentError(source, "file is too large (> 50 MB)")
    kind = MEDIA_TYPES.get(suffix) or _sniff(data)
    if kind == "application/pdf":
        text = _pdf_text(data, source)
    elif kind.startswith("application/vnd.openxml"):
        text = _docx_text(data, source)
    elif kind == "text/html":
        text = html_to_text(decode_text(data, source))
    else:
        text = decode_text(data, source)
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
            parts.append("\n\n" if tag not in ("br", "td", "th", "li") else "\n")
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


def _pdf_text(data: bytes, source: str) -> str:
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted:
            try:
                if not reader.decrypt(""):
                    raise DocumentError(source, "PDF is password-protected")
            except DocumentError:
                raise
            except Exception:
                raise DocumentError(source, "PDF is password-protected") from None
        pages = [page.extract_text() or "" for page in reader.pages]
    except DocumentError:
        raise
    except PdfReadError as exc:
        raise DocumentError(source, f"damaged or truncated PDF ({exc})") from None
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


def _docx_text(data: bytes, source: str) -> str:
    try:
        import docx
        from docx.oxml.ns import qn

        document = docx.Document(io.BytesIO(data))
        parts: list[str] = []
        body = document.element.body
        for child in body.iterchildren():
            if child.tag == qn("w:p"):
                text = "".join(t.text or "" for t in child.iter(qn("w:t")))
                parts.append(text)
            elif child.tag == qn("w:tbl"):
                for row in child.iter(qn("w:tr")):
                    cells = []
                    for cell in row.iter(qn("w:tc")):
                        cells.append(" ".join(t.text or "" for t in cell.iter(qn("w:t"))).strip())
                    parts.append(" | ".join(c for c in cells if c))
        return "\n\n".join(p for p in parts if p.strip())
    except Exception as exc:
        raise DocumentError(source, f"not a readable DOCX file ({type(exc).__name__})") from None
