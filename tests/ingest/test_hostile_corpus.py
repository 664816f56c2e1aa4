"""200 hostile files beside 10 good ones: each refused by name with its reason, the good
ones (and the hostile files that can be read within the limits) stored, exit status 1.

Time and memory are measured by ``benchmarks/bench_hostile.py``, not asserted here.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from processus.cli import main
from processus.kb.models import Document
from tests.ingest.hostile_corpus import hostile_count, write_hostile_corpus

pytestmark = pytest.mark.slow


def test_hostile_files_are_refused_by_name_and_the_run_goes_on(tmp_path, reference, capsys):
    expected = write_hostile_corpus(tmp_path / "corpus")
    assert hostile_count(expected) == 200

    status = main(["ingest", str(tmp_path / "corpus"), "--quiet", "--workers", "2"])
    out = capsys.readouterr().out

    assert status == 1
    refused = dict(
        line[len("failed: ") :].split(": ", 1)
        for line in out.splitlines()
        if line.startswith("failed: ")
    )
    must_refuse = {path: reason for path, reason in expected.items() if reason is not None}
    assert len(must_refuse) == 136
    assert [p for p in must_refuse if p not in refused] == []  # each has its line...
    wrong = {p: refused[p] for p, reason in must_refuse.items() if reason not in refused[p]}
    assert wrong == {}  # ...with its reason
    assert set(refused) == set(must_refuse)  # and nothing else failed

    stored = set(Document.objects.values_list("source_path", flat=True))
    must_store = [os.path.realpath(p) for p, reason in expected.items() if reason is None]
    good = [p for p in must_store if Path(p).parent.name == "good"]
    assert len(good) == 10 and len(must_store) == 74
    assert [p for p in must_store if p not in stored] == []
    assert stored == set(must_store)
