"""The reading pool: each document within its time budget, in worker processes killed and
replaced when they overrun, results in input order whatever the number of workers."""

from __future__ import annotations

import os
import re
import signal
import time
from pathlib import Path

import pytest

from processus.kb import reading
from processus.kb.reading_pool import read_all

_CATASTROPHIC = re.compile(r"(a+)+$")


def _stuck_in_c_for_slow_files(real):
    """``extract_in_pieces`` that, for a file whose text says "slow", runs a regular
    expression with catastrophic backtracking: C code that no signal handler interrupts."""

    def extract(text, source, reference_date, limits):
        if "slow" in text:
            _CATASTROPHIC.match("a" * 64 + "b")  # years of backtracking
        if "crash" in text:
            os.kill(os.getpid(), signal.SIGKILL)
        return real(text, source, reference_date, limits)

    return extract


@pytest.fixture
def documents(tmp_path: Path) -> list[str]:
    names = ["a_good.txt", "b_slow.txt", "c_good.txt", "d_crash.txt", "e_good.txt"]
    paths = []
    for i, name in enumerate(names):
        path = tmp_path / name
        kind = name[2:].split(".")[0]
        path.write_text(f"A thematic meeting was held in Dakar on {i + 1} May 2023 ({kind}).")
        paths.append(str(path))
    return paths


@pytest.mark.parametrize("workers", [1, 2])
def test_a_document_over_its_time_is_failed_and_the_run_goes_on(
    documents, settings, monkeypatch, workers
):
    settings.PROCESSUS_DOCUMENT_SECONDS = 2
    monkeypatch.setattr(
        reading, "extract_in_pieces", _stuck_in_c_for_slow_files(reading.extract_in_pieces)
    )  # the workers are forked from this process: they run the patched function
    started = time.monotonic()
    results = list(read_all(documents, None, frozenset(), workers))
    elapsed = time.monotonic() - started
    assert [r.path for r in results] == documents  # input order
    errors = {Path(r.path).name: r.error for r in results}
    assert errors == {
        "a_good.txt": None,
        "b_slow.txt": "took longer than 2 s (PROCESSUS_DOCUMENT_SECONDS)",
        "c_good.txt": None,
        "d_crash.txt": "the reading process died (exit code -9)",
        "e_good.txt": None,
    }
    # the replaced workers read the documents after the stuck one
    assert [r.records[0]["start"] for r in results if r.error is None] == [
        "2023-05-01",
        "2023-05-03",
        "2023-05-05",
    ]
    assert elapsed < 30


def test_results_come_back_in_input_order_from_several_workers(tmp_path, settings):
    settings.PROCESSUS_DOCUMENT_SECONDS = 30
    paths = []
    for i in range(40):
        path = tmp_path / f"doc_{i:02d}.txt"
        # uneven sizes, so that workers finish out of order
        filler = "A paragraph of background.\n\n" * ((i % 7) * 300)
        path.write_text(f"A workshop was held in Dakar on {i % 28 + 1} May 2023.\n\n{filler}")
        paths.append(str(path))
    one = [(r.path, r.content_hash, r.records) for r in read_all(paths, None, frozenset(), 1)]
    two = [(r.path, r.content_hash, r.records) for r in read_all(paths, None, frozenset(), 2)]
    assert [p for p, _h, _r in one] == paths
    assert all(records for _p, _h, records in one)
    assert one == two


def test_without_a_budget_one_worker_reads_in_this_process(tmp_path, settings, monkeypatch):
    settings.PROCESSUS_DOCUMENT_SECONDS = 0
    path = tmp_path / "doc.txt"
    path.write_text("Meeting in Dakar on 3 May 2023.")
    seen: list[int] = []
    real = reading.read_document

    def spy(*args, **kwargs):
        seen.append(os.getpid())
        return real(*args, **kwargs)

    monkeypatch.setattr("processus.kb.reading_pool.read_document", spy)
    [result] = read_all([str(path)], None, frozenset(), 1)
    assert result.error is None and seen == [os.getpid()]


def test_a_reader_stopped_early_leaves_no_worker_behind(tmp_path, settings):
    import multiprocessing

    settings.PROCESSUS_DOCUMENT_SECONDS = 30
    paths = []
    for i in range(30):
        path = tmp_path / f"doc_{i}.txt"
        path.write_text(f"Meeting in Dakar on {i % 28 + 1} May 2023.")
        paths.append(str(path))
    results = read_all(paths, None, frozenset(), 2)
    next(results)
    assert multiprocessing.active_children()
    results.close()  # the caller stops (an error while writing, Ctrl-C)
    assert not multiprocessing.active_children()
