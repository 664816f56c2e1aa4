"""Reading one document within the limits: type, size, archives, PDF streams, text, pieces."""

from __future__ import annotations

import io
import os
import random
import time
import zipfile
from pathlib import Path

import pytest

from processus.extraction.loaders import LoadLimits
from processus.kb.limits import InputLimits
from processus.kb.reading import extract_in_pieces, read_document, text_pieces

_MB = 1024 * 1024


def _docx(path: Path, paragraphs: list[str], extra_members: int = 0) -> Path:
    import docx

    document = docx.Document()
    for text in paragraphs:
        document.add_paragraph(text)
    buffer = io.BytesIO()
    document.save(buffer)
    if extra_members:
        with zipfile.ZipFile(buffer, "a") as archive:
            for i in range(extra_members):
                archive.writestr(f"extra/item{i}.xml", "<x/>")
    path.write_bytes(buffer.getvalue())
    return path


def test_a_fifo_given_by_name_is_refused_without_blocking(tmp_path):
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    started = time.monotonic()
    result = read_document(str(fifo))
    assert result.error == "not a regular file (FIFO)"
    assert time.monotonic() - started < 5


def test_a_device_is_refused_not_read_until_memory_runs_out(tmp_path):
    link = tmp_path / "zero.txt"
    link.symlink_to("/dev/zero")
    assert read_document(str(link)).error == "not a regular file (character device)"


def test_size_limit_is_configurable_and_a_file_within_it_is_read(tmp_path):
    path = tmp_path / "note.txt"
    path.write_text("The Rabat Process met in Dakar on 3 May 2023. " * 30_000)  # 1.4 MB
    small = InputLimits(load=LoadLimits(max_bytes=1 * _MB))
    assert read_document(str(path), limits=small).error == "file is too large (1 MB > 1 MB)"
    assert read_document(str(path), limits=InputLimits()).error is None


def test_zip_bomb_and_crowded_archives_are_refused_before_unpacking(tmp_path):
    bomb = tmp_path / "bomb.docx"
    paragraph = "Meeting in Rabat on 3 May 2023. " * 1000
    _docx(bomb, [paragraph] * 200)  # 6.4 MB of text, a few kB packed
    limits = InputLimits(load=LoadLimits(max_unpacked_bytes=1 * _MB))
    error = read_document(str(bomb), limits=limits).error
    assert error is not None and error.startswith("archive unpacks to more than 1 MB (")
    crowded = _docx(tmp_path / "crowded.docx", ["Meeting in Rabat."], extra_members=60)
    limits = InputLimits(load=LoadLimits(max_members=50))
    error = read_document(str(crowded), limits=limits).error
    assert error is not None and error.endswith("more than 50 members")
    assert read_document(str(crowded)).error is None  # within the default limits


def test_text_length_limit_for_plain_text_and_docx(tmp_path):
    text = tmp_path / "long.txt"
    text.write_text("Rabat " * 2000)
    limits = InputLimits(load=LoadLimits(max_text_chars=5000))
    assert read_document(str(text), limits=limits).error == (
        "text is too long (12,000 characters > 5,000)"
    )
    document = _docx(tmp_path / "long.docx", ["Rabat " * 500] * 4)
    assert read_document(str(document), limits=limits).error == (
        "text is too long (more than 5,000 characters)"
    )
    assert read_document(str(text)).error is None


def test_a_pdf_stream_that_inflates_past_the_cap_is_refused(tmp_path):
    from tests.ingest.hostile_corpus import _stream_bomb_pdf

    path = tmp_path / "bomb.pdf"
    _stream_bomb_pdf(path, random.Random(1))
    assert read_document(str(path)).error == "a PDF stream unpacks to more than 25 MB"


def test_a_document_of_thousands_of_meetings_is_refused(tmp_path):
    path = tmp_path / "list.txt"
    path.write_text(
        "\n".join(f"The meeting was held in Rabat on {d} May 2023." for d in range(1, 29)) * 2
    )
    few = InputLimits(max_meetings=10)
    error = read_document(str(path), limits=few).error
    assert error is not None and "meetings, more than 10 (not a plausible document)" in error
    assert read_document(str(path)).error is None


# --- pieces ---------------------------------------------------------------------------------


def test_a_text_within_the_limits_is_one_piece_unchanged():
    text = "First line.\n\nSecond paragraph, a bit longer.\n" * 10
    assert text_pieces(text, 10_000, 200) == [text]


def test_pieces_are_bounded_cut_at_line_ends_and_lines_after_sentences():
    sentence = "The partners met in Rabat on 3 May 2023. "
    line = sentence * 100  # 4,100 characters on one line
    text = "\n".join([line] * 30)
    pieces = text_pieces(text, 10_000, 1_000)
    assert pieces and all(len(p) <= 10_000 for p in pieces)
    lines = [ln for p in pieces for ln in p.split("\n")]
    assert lines and all(len(ln) <= 1_000 for ln in lines)
    assert all(ln.rstrip().endswith("2023.") for ln in lines)  # cut after a sentence, not in one
    assert "".join(pieces).replace("\n", "").replace(" ", "") == text.replace("\n", "").replace(
        " ", ""
    )  # nothing lost
    hard = text_pieces("x" * 2_500, 10_000, 1_000)
    assert [len(p) for p in hard] == [2_502]  # one piece of three lines
    assert [len(ln) for ln in hard[0].split("\n")] == [1_000, 1_000, 500]


def test_evidence_of_every_piece_points_into_the_joined_text():
    paragraph = (
        "The Rabat Process held a thematic meeting on legal migration in Dakar, Senegal, "
        "on 14 and 15 March 2023, hosted by Senegal.\n\n"
    )
    filler = "Background paragraph without any meeting in it at all.\n\n" * 40
    text = (paragraph + filler) * 3
    limits = InputLimits(piece_chars=len(paragraph + filler) + 10)
    joined, records, kind, _reason = extract_in_pieces(text, "x.txt", None, limits)
    assert len(text_pieces(text, limits.piece_chars, limits.line_chars)) == 3
    assert records and kind
    spans = [(e["start"], e["end"], e["text"]) for r in records for e in r["evidence"]]
    assert spans and all(joined[s:e] == quoted for s, e, quoted in spans if quoted)
    assert {r["city"] for r in records} == {"Dakar"}
    assert max(s for s, _e, _q in spans) > 2 * len(paragraph + filler)  # the third piece


@pytest.mark.parametrize("separator", [" ", "\n"])
def test_a_long_text_of_dated_sentences_is_read_in_seconds_not_minutes(tmp_path, separator):
    """16,800 dates on one line, or 4,000 dated sentences, took minutes before pieces."""
    rng = random.Random(3)
    text = separator.join(
        f"Rainfall in Rabat on {rng.randint(1, 28)} May {rng.randint(2000, 2030)} was high."
        for _ in range(4_000)
    )
    path = tmp_path / "weather.txt"
    path.write_text(text)
    started = time.process_time()
    result = read_document(str(path))
    assert result.error is None and len(result.text) > 150_000
    assert time.process_time() - started < 20  # over 50 s of CPU before (one line)
