"""Three `processus ingest` processes at once on one database give the sequential record.

Real subprocesses on overlapping parts of a generated corpus (plus edited copies
of two of its documents saved at other paths), started together on one data
directory and its database (SQLite, or PostgreSQL in the PostgreSQL pass). The
canonical exports (``processus export … --canonical``) of that knowledge base
and of one built by a single sequential run must be equal byte for byte.
"""

from __future__ import annotations

import json
import random
import subprocess
from pathlib import Path

import pytest
from benchmarks.generate_corpus import generate

from tests.cli.subprocess_env import PROCESSUS, subprocess_env

pytestmark = pytest.mark.slow


def _corpus(root: Path) -> list[str]:
    files = [str(p) for p in generate(root / "generated", 90, seed=11)]
    pages = sorted(p for p in files if Path(p).name.startswith("page_"))[:2]
    copies = root / "copies"
    copies.mkdir()
    for page in pages:  # an editor's copy: one word changed, saved elsewhere
        text = Path(page).read_text(encoding="utf-8")
        (copies / Path(page).name).write_text(text.replace(" the ", " The ", 1) + "\n")
        files.append(str(copies / Path(page).name))
    return sorted(files)


def _prepare(data_dir: Path) -> dict[str, str]:
    env = subprocess_env(data_dir, DJANGO_SETTINGS_MODULE="processus.config.settings")
    for command in (["migrate", "--quiet"], ["load-reference", "--quiet"]):
        subprocess.run([PROCESSUS, *command], env=env, check=True, timeout=180)
    return env


def _ingest_at_once(env: dict[str, str], parts: list[list[str]]) -> list[str]:
    processes = [
        subprocess.Popen(
            [PROCESSUS, "ingest", *files, "--quiet"],
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
        )
        for files in parts
    ]
    outputs = [process.communicate(timeout=600)[0] for process in processes]
    for process, output in zip(processes, outputs, strict=True):
        assert process.returncode == 0, output
        assert " 0 failed" in output, output
    return outputs


def _export(env: dict[str, str], what: str) -> str:
    return subprocess.run(
        [PROCESSUS, "export", what, "--canonical"],
        env=env, check=True, capture_output=True, text=True, timeout=180,
    ).stdout  # fmt: skip


def test_three_concurrent_ingests_equal_one_sequential_run(tmp_path):
    files = _corpus(tmp_path / "corpus")
    sequential = _prepare(tmp_path / "sequential")
    _ingest_at_once(sequential, [files])

    shuffled = list(files)
    random.Random(5).shuffle(shuffled)
    cut, n = len(files) * 3 // 10, len(files)
    parts = [files[: n - cut], files[cut:][::-1], shuffled]  # overlapping, in other orders
    concurrent = _prepare(tmp_path / "concurrent")
    _ingest_at_once(concurrent, parts)

    meetings = _export(sequential, "meetings")
    rows = [json.loads(line) for line in meetings.splitlines()]
    assert len(rows) > 30
    assert sum(len(row["sources"]) > 1 for row in rows) > 10  # real consolidation happened
    copied = [row for row in rows if any("/copies/" in source for source in row["sources"])]
    assert copied, "the edited copies joined no meeting"
    assert all(len(row["sources"]) >= 2 for row in copied)  # never a meeting of their own
    assert _export(concurrent, "meetings") == meetings
    assert _export(concurrent, "documents") == _export(sequential, "documents")


def test_three_concurrent_ingests_of_the_example_corpus_equal_one_sequential_run(tmp_path):
    """The example corpus meets the order-sensitive rules (years left out, month-only
    mentions, lists and their meetings' own pages): three writers in three orders."""
    examples = Path(__file__).resolve().parents[2] / "examples" / "corpus"
    files = sorted(
        str(p) for p in examples.iterdir() if p.suffix in {".txt", ".md", ".html", ".pdf", ".docx"}
        and p.name != "SOURCES.md"
    )  # fmt: skip
    assert len(files) > 100
    sequential = _prepare(tmp_path / "sequential")
    _ingest_at_once(sequential, [files])
    shuffled = list(files)
    random.Random(8).shuffle(shuffled)
    concurrent = _prepare(tmp_path / "concurrent")
    _ingest_at_once(concurrent, [files[::-1], shuffled, files[len(files) // 2 :]])
    meetings = _export(sequential, "meetings")
    assert len(meetings.splitlines()) > 140
    assert _export(concurrent, "meetings") == meetings
