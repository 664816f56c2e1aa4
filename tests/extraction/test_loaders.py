"""Reading files of every supported format, and refusing bad ones clearly."""

from __future__ import annotations

from pathlib import Path

import pytest

from processus.extraction import DocumentError, extract_document, load_document
from processus.extraction.loaders import clean_pdf_pages, html_to_text

SENTENCE = "The Rabat Process workshop took place in Dakar on 3 May 2021."


def _pdf(path: Path, pages: list[str], password: str | None = None) -> Path:
    from fpdf import FPDF

    pdf = FPDF()
    pdf.set_font("helvetica", size=11)
    for text in pages:
        pdf.add_page()
        pdf.multi_cell(0, 6, text)
    if password:
        pdf.set_encryption(owner_password=password, user_password=password)
    pdf.output(str(path))
    return path


def test_utf8_text(tmp_path: Path) -> None:
    path = tmp_path / "note.txt"
    path.write_text("Réunion à Dakar le 3 mai 2021.", encoding="utf-8")
    loaded = load_document(path)
    assert loaded.text == "Réunion à Dakar le 3 mai 2021."
    assert loaded.media_type == "text/plain"
    assert loaded.language == "fr"


@pytest.mark.parametrize("codec", ["utf-8-sig", "utf-16", "utf-16-le", "utf-16-be", "cp1252"])
def test_encodings(tmp_path: Path, codec: str) -> None:
    text = "Les délégués réunis à Yaoundé ont adopté des recommandations très détaillées."
    path = tmp_path / "note.txt"
    path.write_bytes(text.encode(codec))
    assert load_document(path).text == text


def test_latin1_with_curly_quotes_cp1252(tmp_path: Path) -> None:
    text = "L\u2019atelier s\u2019est tenu à Dakar; les participants étaient nombreux et motivés."
    path = tmp_path / "note.md"
    path.write_bytes(text.encode("cp1252"))
    assert load_document(path).text == text.replace("\u2019", "'")


def test_html_main_content(tmp_path: Path) -> None:
    markup = """<!doctype html><html><head><title>t</title><style>p{color:red}</style>
    <script>document.write('evil')</script></head><body>
    <nav><a href="/">Home</a> <a href="/news">News</a></nav>
    <div class="cookie-banner">We use cookies. Accept all</div>
    <header>Site header</header>
    <main><h1>Workshop</h1><p>First paragraph.</p><p>Second&nbsp;paragraph.</p></main>
    <aside>Related links</aside><footer>Contact us</footer></body></html>"""
    path = tmp_path / "page.html"
    path.write_text(markup, encoding="utf-8")
    text = load_document(path).text
    assert text == "Workshop\n\nFirst paragraph.\n\nSecond paragraph."


@pytest.mark.parametrize(
    "markup",
    [
        "<div><p>unclosed <b>bold <i>italic</div></p></table>",
        "<<<>>><script>while(1){}</script> text",
        "<html><body>" + "<div>" * 3000 + "deep" + "</div>" * 10 + "</body></html>",
        "<p>\x00 nul inside</p>",
        "<?xml version='1.0'?><!DOCTYPE x [<!ENTITY a 'b'>]><p>&a;</p>",
        "<img src=x onerror=alert(1)><p>text</p>",
    ],
)
def test_hostile_html_does_not_crash(markup: str) -> None:
    assert isinstance(html_to_text(markup), str)


def test_pdf(tmp_path: Path) -> None:
    path = _pdf(tmp_path / "doc.pdf", [SENTENCE, "Second page text."])
    loaded = load_document(path)
    assert "Dakar on 3 May 2021" in loaded.text
    assert loaded.media_type == "application/pdf"
    records = extract_document(path).records
    assert records and records[0].city == "Dakar"


def test_encrypted_pdf(tmp_path: Path) -> None:
    path = _pdf(tmp_path / "secret.pdf", [SENTENCE], password="s3cret")
    with pytest.raises(DocumentError, match="password"):
        load_document(path)


def test_truncated_pdf(tmp_path: Path) -> None:
    whole = _pdf(tmp_path / "whole.pdf", [SENTENCE * 20])
    path = tmp_path / "cut.pdf"
    path.write_bytes(whole.read_bytes()[:300])
    with pytest.raises(DocumentError) as info:
        load_document(path)
    assert "\n" not in info.value.reason


def test_pdf_page_furniture() -> None:
    pages = [
        "Rabat Process\nFirst page body with a hyphen-\nated word.\nPage 1 of 3",
        "Rabat Process\nSecond page body.\nPage 2 of 3",
        "Rabat Process\nThird page body with ﬁne text.\n3",
    ]
    text = clean_pdf_pages(pages)
    assert "Page 1" not in text and "Rabat Process" not in text
    assert "hyphenated word" in text
    assert "fine text" in text


def test_docx_paragraphs_and_tables(tmp_path: Path) -> None:
    import docx

    document = docx.Document()
    document.add_paragraph("Meeting report")
    document.add_paragraph(SENTENCE)
    table = document.add_table(rows=2, cols=2)
    table.cell(0, 0).text = "Place"
    table.cell(0, 1).text = "Dakar"
    table.cell(1, 0).text = "Participants"
    table.cell(1, 1).text = "45"
    path = tmp_path / "report.docx"
    document.save(str(path))
    text = load_document(path).text
    assert "Meeting report" in text
    assert "Place | Dakar" in text
    assert "Participants | 45" in text


@pytest.mark.parametrize(
    ("name", "content", "reason"),
    [
        ("empty.txt", b"", "empty"),
        ("blank.txt", b"   \n\n", "empty"),
        ("binary.txt", b"\x00\x01\x02\x03\xff\xfe\x00\x00abc", "binary"),
        ("fake.docx", b"this is not a zip archive", "DOCX"),
        ("fake.pdf", b"%PDF-1.4\n garbage", "PDF"),
    ],
)
def test_bad_files(tmp_path: Path, name: str, content: bytes, reason: str) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(DocumentError) as info:
        load_document(path)
    assert reason in info.value.reason
    assert info.value.path == str(path)
    assert "\n" not in info.value.reason


def test_missing_file_and_directory(tmp_path: Path) -> None:
    with pytest.raises(DocumentError, match="no such file"):
        load_document(tmp_path / "nope.txt")
    with pytest.raises(DocumentError, match="directory"):
        load_document(tmp_path)


def test_too_large(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from processus.extraction import loaders

    monkeypatch.setattr(loaders, "MAX_BYTES", 10)
    path = tmp_path / "big.txt"
    path.write_text("x" * 100)
    with pytest.raises(DocumentError, match="too large"):
        load_document(path)


def test_unknown_extension_is_sniffed(tmp_path: Path) -> None:
    path = tmp_path / "notes.data"
    path.write_text(SENTENCE, encoding="utf-8")
    assert load_document(path).text == SENTENCE
    html = tmp_path / "page.bin"
    html.write_text("<html><body><p>Hello there</p></body></html>", encoding="utf-8")
    assert load_document(html).text == "Hello there"


def test_pdf_sniffed_without_extension(tmp_path: Path) -> None:
    source = _pdf(tmp_path / "doc.pdf", [SENTENCE])
    path = tmp_path / "doc"
    path.write_bytes(source.read_bytes())
    assert "Dakar" in load_document(path).text


def test_a_html_tables_row_is_one_line_of_cells() -> None:
    markup = (
        "<html><body><main><table><thead><tr><th>Date</th><th>Event</th><th>Host</th></tr>"
        "</thead><tbody><tr><td>12/02/2025</td><td>Thematic meeting</td><td>The Gambia</td>"
        "</tr></tbody></table><p>After the table.</p></main></body></html>"
    )
    lines = [line for line in html_to_text(markup).splitlines() if line]
    assert lines == [
        "Date | Event | Host",
        "12/02/2025 | Thematic meeting | The Gambia",
        "After the table.",
    ]
