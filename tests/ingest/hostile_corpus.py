"""A folder of 200 hostile files beside a few good ones, built for the limits on input.

Each hostile file is one way a document folder can hurt a reader: a file that never ends
(a symlink to ``/dev/zero``, a FIFO), a socket, a link that leaves the folder or loops,
a file over the size limit, a zip bomb dressed as a DOCX, a PDF whose streams inflate
to gigabytes or whose cross-reference table points at itself, HTML nested 10,000 deep,
invalid UTF-16, NUL bytes, control characters, a 10 MB line, a line of 16,800 dates,
a million dates, and texts whose shape made the extraction engine's scans quadratic.

:func:`write_hostile_corpus` returns, for every file, the reason the reader must give
(a substring of the one-line refusal), or ``None`` for a good file that must be stored.
The benchmark ``benchmarks/bench_hostile.py`` builds the same folder.
"""

from __future__ import annotations

import copy
import functools
import io
import os
import random
import socket
import zipfile
import zlib
from collections.abc import Callable
from pathlib import Path

from tests.ingest.scripted_corpus import DOCUMENTS

#: How many files of the corpus are hostile.
HOSTILE_COUNT = 200

_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December")  # fmt: skip


def _dates(rng: random.Random, count: int, separator: str) -> str:
    return separator.join(
        f"{rng.randint(1, 28)} {rng.choice(_MONTHS)} {rng.randint(2000, 2030)}"
        for _ in range(count)
    )


def _sentences(rng: random.Random, count: int, separator: str) -> str:
    cities = ("Rabat", "Dakar", "Madrid", "Abuja", "Lisbon", "Niamey", "Banjul")
    return separator.join(
        f"The meeting was held in {rng.choice(cities)} on {rng.randint(1, 28)} "
        f"{rng.choice(_MONTHS)} {rng.randint(2000, 2030)}."
        for _ in range(count)
    )


# --- the files whose shape, not their type, is the threat ----------------------------------


def _single_line(path: Path, rng: random.Random) -> None:
    words = ("dialogue", "migration", "partners", "meeting", "senior", "officials", "the")
    block = " ".join(rng.choice(words) for _ in range(20_000)) + " "
    with path.open("w", encoding="utf-8") as out:
        while out.tell() < 10 * 1024 * 1024:
            out.write(block)


def _dates_line(path: Path, rng: random.Random) -> None:
    path.write_text(_dates(rng, 16_800, " "), encoding="utf-8")


def _dates_lines(path: Path, rng: random.Random) -> None:
    path.write_text(_dates(rng, 16_800, "\n"), encoding="utf-8")


def _meetings(path: Path, rng: random.Random) -> None:
    path.write_text(_sentences(rng, 4_000, "\n"), encoding="utf-8")


def _weather(rng: random.Random, count: int, separator: str) -> str:
    """Dated sentences that name no meeting: every date is weighed, none is kept."""
    cities = ("Rabat", "Dakar", "Madrid", "Abuja", "Lisbon", "Niamey", "Banjul")
    return separator.join(
        f"Rainfall in {rng.choice(cities)} on {rng.randint(1, 28)} {rng.choice(_MONTHS)} "
        f"{rng.randint(2000, 2030)} was above the seasonal average."
        for _ in range(count)
    )


def _weather_line(path: Path, rng: random.Random) -> None:
    path.write_text(_weather(rng, 4_000, " "), encoding="utf-8")


def _weather_lines(path: Path, rng: random.Random) -> None:
    path.write_text(_weather(rng, 4_000, "\n"), encoding="utf-8")


def _long_html(path: Path, rng: random.Random) -> None:
    paragraph = f"<p>{' '.join(rng.choice(_MONTHS) for _ in range(60))}</p>\n"
    path.write_text(f"<html><body>{paragraph * 6_000}</body></html>", encoding="utf-8")


def _million_dates(path: Path, rng: random.Random) -> None:
    with path.open("w", encoding="utf-8") as out:
        for _ in range(100):
            out.write(_dates(rng, 10_000, "\n") + "\n")


def _nested_html(path: Path, rng: random.Random) -> None:
    depth = 10_000
    body = "<div>" * depth + f"Meeting in Rabat {rng.random()}" + "</div>" * depth
    path.write_text(f"<html><body>{body}</body></html>", encoding="utf-8")


def _invalid_utf16(path: Path, rng: random.Random) -> None:
    text = "Meeting of the Rabat Process in Dakar on 3 May 2023. ".encode("utf-16-le")
    broken = b"\x00\xd8" * 50 + rng.randbytes(11)  # unpaired high surrogates, odd length
    path.write_bytes(b"\xff\xfe" + text + broken + text)


def _nul_bytes(path: Path, rng: random.Random) -> None:
    path.write_bytes(b"Meeting in Dakar\x00\x00\x00" + rng.randbytes(4096) + b"\x00" * 1000)


def _control_characters(path: Path, rng: random.Random) -> None:
    controls = bytes(c for c in range(1, 32) if c not in (9, 10, 12, 13))
    data = bytes(rng.choice(controls) for _ in range(20_000))
    path.write_bytes(b"\x81\x8d\x8f" + data)  # no UTF-8, no cp1252: the detector is asked


def _random_binary(path: Path, rng: random.Random) -> None:
    path.write_bytes(rng.randbytes(2 * 1024 * 1024).replace(b"\x00", b"\x01"))


def _empty(path: Path, rng: random.Random) -> None:
    path.write_bytes(b" \n\t\n" * rng.randint(0, 3))


def _oversized(path: Path, rng: random.Random) -> None:
    with path.open("wb") as out:  # sparse: 60 MB on paper, nothing on disk
        out.truncate(60 * 1024 * 1024 + rng.randint(0, 1000))


# --- archives and PDFs ---------------------------------------------------------------------

_DOCX_TYPES = (
    '<?xml version="1.0" encoding="UTF-8"?>'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/word/document.xml" ContentType="application/'
    'vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>'
)
_DOCX_RELS = (
    '<?xml version="1.0" encoding="UTF-8"?>'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
    'relationships/officeDocument" Target="word/document.xml"/></Relationships>'
)
_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def _paragraph(text: str) -> bytes:
    return f"<w:p><w:r><w:t>{text}</w:t></w:r></w:p>".encode()


def _deflated_member(name: str, head: bytes, repeated: bytes, times: int, tail: bytes) -> tuple:
    """A zip member's header and deflated bytes, ``repeated`` compressed ``times`` over
    without holding the inflated text in memory."""
    compressor = zlib.compressobj(9, zlib.DEFLATED, -15)
    crc = zlib.crc32(head)
    chunks = [compressor.compress(head)]
    block = repeated * max(1, (1 << 20) // len(repeated))
    size = len(head)
    left = len(repeated) * times
    while left > 0:
        piece = block[:left]
        chunks.append(compressor.compress(piece))
        crc = zlib.crc32(piece, crc)
        size += len(piece)
        left -= len(piece)
    chunks.append(compressor.compress(tail))
    crc = zlib.crc32(tail, crc)
    size += len(tail)
    chunks.append(compressor.flush())
    info = zipfile.ZipInfo(name, date_time=(2024, 1, 1, 0, 0, 0))
    info.compress_type = zipfile.ZIP_DEFLATED
    info.CRC, info.file_size = crc, size
    return info, b"".join(chunks)


def _write_raw_member(archive: zipfile.ZipFile, info: zipfile.ZipInfo, deflated: bytes) -> None:
    """Write a member whose deflated bytes are already made (``zipfile`` has no API)."""
    info.compress_size = len(deflated)
    info.header_offset = archive.fp.tell()  # type: ignore[union-attr]
    archive.fp.write(info.FileHeader(zip64=None))  # type: ignore[union-attr]
    archive.fp.write(deflated)  # type: ignore[union-attr]
    archive.start_dir = archive.fp.tell()  # type: ignore[union-attr]
    archive.filelist.append(info)
    archive.NameToInfo[info.filename] = info


@functools.cache
def _bomb_member() -> tuple[zipfile.ZipInfo, bytes]:
    head = f'<?xml version="1.0"?><w:document xmlns:w="{_W}"><w:body>'.encode()
    return _deflated_member(
        "word/document.xml", head, _paragraph("Rabat"), (1 << 30) // 40,
        b"</w:body></w:document>",
    )  # fmt: skip


def _zip_bomb_docx(path: Path, rng: random.Random) -> None:
    """A DOCX whose ``word/document.xml`` inflates to 1 GB of paragraphs (about 1 MB)."""
    info, deflated = _bomb_member()
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("[Content_Types].xml", _DOCX_TYPES)
        archive.writestr("_rels/.rels", _DOCX_RELS)
        archive.writestr("docProps/custom.xml", f"<n>{rng.random()}</n>")
        _write_raw_member(archive, copy.copy(info), deflated)


def _many_members_docx(path: Path, rng: random.Random) -> None:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_STORED) as archive:
        archive.writestr("[Content_Types].xml", _DOCX_TYPES)
        archive.writestr("_rels/.rels", _DOCX_RELS)
        body = _paragraph("Meeting in Rabat").decode()
        archive.writestr(
            "word/document.xml",
            f'<w:document xmlns:w="{_W}"><w:body>{body}</w:body></w:document>',
        )
        for i in range(20_000 + rng.randint(0, 100)):
            archive.writestr(f"word/media/{i}.bin", b"")


def _pdf(objects: list[bytes], root: int = 1, trailer_extra: bytes = b"") -> bytes:
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n" % number + body + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1))
    for offset in offsets:
        out.write(b"%010d 00000 n \n" % offset)
    out.write(b"trailer\n<< /Size %d /Root %d 0 R " % (len(objects) + 1, root))
    out.write(trailer_extra.replace(b"XREF", b"%d" % xref))
    out.write(b">>\nstartxref\n%d\n%%%%EOF\n" % xref)
    return out.getvalue()


def _pdf_page_objects(content: bytes, extra: bytes = b"") -> list[bytes]:
    return [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d %s>>\nstream\n" % (len(content), extra) + content + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]


def _cyclic_xref_pdf(path: Path, rng: random.Random) -> None:
    """A PDF whose trailer's ``/Prev`` points back at its own cross-reference table."""
    content = b"BT /F1 12 Tf 72 720 Td (Meeting %d) Tj ET" % rng.randint(0, 999)
    path.write_bytes(_pdf(_pdf_page_objects(content), trailer_extra=b"/Prev XREF "))


@functools.cache
def _bomb_stream() -> bytes:
    compressor = zlib.compressobj(9)
    block = b"BT /F1 12 Tf 72 720 Td (Rabat Process meeting) Tj ET\n" * 20_000
    chunks = [compressor.compress(block) for _ in range(1000)]
    chunks.append(compressor.flush())
    return b"".join(chunks)


def _stream_bomb_pdf(path: Path, rng: random.Random) -> None:
    """A one-page PDF whose content stream inflates to 1 GB."""
    pdf = _pdf(_pdf_page_objects(_bomb_stream(), b"/Filter /FlateDecode "))
    path.write_bytes(pdf + b"%% %d\n" % rng.randint(0, 1 << 30))


def _garbage_pdf(path: Path, rng: random.Random) -> None:
    path.write_bytes(b"%PDF-1.7\n" + rng.randbytes(50_000))


def _garbage_docx(path: Path, rng: random.Random) -> None:
    path.write_bytes(b"PK\x03\x04" + rng.randbytes(20_000))


# --- files that are not regular files -------------------------------------------------------


def _dev_zero(path: Path, rng: random.Random) -> None:
    path.symlink_to("/dev/zero")


def _fifo(path: Path, rng: random.Random) -> None:
    os.mkfifo(path)


def _socket(path: Path, rng: random.Random) -> None:
    server = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    server.bind(str(path))
    server.close()  # the socket file stays


def _outside_link(path: Path, rng: random.Random) -> None:
    path.symlink_to("/etc/hostname")


def _self_link(path: Path, rng: random.Random) -> None:
    path.symlink_to(path.name)


def _broken_link(path: Path, rng: random.Random) -> None:
    path.symlink_to(f"gone-{rng.random()}.txt")


#: (file name pattern, how many, writer, the reason the reader must give); ``None``: a
#: hostile file that can be read, within the limits, and must be stored.
CASES: list[tuple[str, int, Callable[[Path, random.Random], None], str | None]] = [
    ("zero_{}.txt", 8, _dev_zero, "symlink to /dev/zero, outside the folders given"),
    ("fifo_{}.txt", 8, _fifo, "not a regular file (FIFO)"),
    ("socket_{}.md", 4, _socket, "not a regular file (socket)"),
    ("outside_{}.txt", 4, _outside_link, "outside the folders given"),
    ("self_{}.txt", 4, _self_link, "symlink loop"),
    ("broken_{}.txt", 4, _broken_link, "broken symlink"),
    ("oversized_{}.txt", 8, _oversized, "file is too large (60 MB > 50 MB)"),
    ("single_line_{}.txt", 4, _single_line, "text is too long"),
    ("million_dates_{}.txt", 2, _million_dates, "text is too long"),
    ("long_html_{}.html", 4, _long_html, "text is too long"),
    ("meetings_{}.txt", 4, _meetings, "more than 1,000 (not a plausible document)"),
    ("zip_bomb_{}.docx", 10, _zip_bomb_docx, "archive unpacks to more than 100 MB"),
    ("many_members_{}.docx", 4, _many_members_docx, "more than 10,000 members"),
    ("stream_bomb_{}.pdf", 8, _stream_bomb_pdf, "a PDF stream unpacks to more than 25 MB"),
    ("garbage_{}.pdf", 8, _garbage_pdf, "damaged or truncated PDF"),
    ("garbage_{}.docx", 4, _garbage_docx, "not a readable DOCX file"),
    ("invalid_utf16_{}.txt", 10, _invalid_utf16, "invalid utf-16 text"),
    ("nul_{}.txt", 10, _nul_bytes, "binary file (contains NUL bytes)"),
    ("control_{}.txt", 10, _control_characters, "not a text document"),
    ("random_{}.txt", 6, _random_binary, "not a text document"),
    ("empty_{}.txt", 10, _empty, "file is empty"),
    ("cyclic_xref_{}.pdf", 10, _cyclic_xref_pdf, None),
    ("nested_{}.html", 10, _nested_html, None),
    # texts whose shape made the engine's scans quadratic (minutes each): read in pieces
    ("shapes/dates_line_{}.txt", 12, _dates_line, None),
    ("shapes/dates_lines_{}.txt", 12, _dates_lines, None),
    ("shapes/weather_line_{}.txt", 10, _weather_line, None),
    ("shapes/weather_lines_{}.txt", 10, _weather_lines, None),
]


def _good_docx(path: Path) -> None:
    import docx

    document = docx.Document()
    document.add_paragraph(
        "The Rabat Process held a thematic meeting on return and reintegration in Banjul, "
        "The Gambia, on 12 and 13 September 2023, hosted by The Gambia."
    )
    document.save(str(path))


def _good_pdf(path: Path) -> None:
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", size=12)
    pdf.multi_cell(
        0, 8, "A workshop on migration data was held in Accra, Ghana, on 4 October 2023."
    )
    pdf.output(str(path))


def _good_html(path: Path) -> None:
    path.write_text(
        "<html><body><main><h1>Senior Officials' Meeting</h1><p>The Senior Officials' "
        "Meeting of the Rabat Process took place in Lisbon, Portugal, on 7 November 2023."
        "</p></main></body></html>",
        encoding="utf-8",
    )


def write_hostile_corpus(folder: Path, seed: int = 12) -> dict[str, str | None]:
    """Write the corpus under ``folder``; map each path to its expected refusal, or to
    ``None`` for a file that must be stored (the good files under ``good/`` among them).

    Besides the files of :data:`CASES`, two links are refused by name: ``up`` (to
    ``..``, outside the folder) and ``good/again`` (to ``..``, a loop).
    """
    rng = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    expected: dict[str, str | None] = {}
    for pattern, count, write, reason in CASES:
        for i in range(count):
            path = folder / pattern.format(i)
            path.parent.mkdir(exist_ok=True)
            write(path, rng)
            expected[str(path)] = reason
    good = folder / "good"
    good.mkdir()
    (folder / "up").symlink_to("..", target_is_directory=True)
    expected[str(folder / "up")] = "symlink to .., outside the folders given"
    (good / "again").symlink_to("..", target_is_directory=True)
    expected[str(good / "again")] = f"symlink loop (leads back to {folder})"
    for name, text in DOCUMENTS.items():
        (good / name).write_text(text, encoding="utf-8")
    _good_docx(good / "banjul.docx")
    _good_pdf(good / "accra.pdf")
    _good_html(good / "lisbon.html")
    for path in sorted(good.iterdir()):
        if not path.is_symlink():
            expected[str(path)] = None
    return expected


def hostile_count(expected: dict[str, str | None]) -> int:
    """How many files of a corpus are hostile (all but those under ``good/``)."""
    return sum(1 for path in expected if Path(path).parent.name != "good" or path.endswith("again"))
