"""An editor correcting while ``processus ingest`` runs, in two real processes on one SQLite
data directory: the result is the one of ingesting first and correcting afterwards."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from .test_operations import NOTE, REPORT, WORKSHOP

pytestmark = pytest.mark.slow

CITIES = ("Madrid", "Dakar", "Rabat", "Lisbon", "Niamey", "Abidjan", "Brussels", "Bamako")
FILES = 120
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "September")

CORRECTIONS = textwrap.dedent(
    """
    import sys, time, django
    django.setup()
    from processus.kb.models import Document, Meeting
    from processus.kb.operations import correct_meeting, create_editor
    editor = create_editor("amina", "", "a-long-pass-123")
    meeting = Meeting.objects.get(kind="senior_officials_meeting")
    waited = time.monotonic()
    while Document.objects.count() <= 3 and time.monotonic() - waited < 60 and sys.argv[1:]:
        time.sleep(0.01)  # together: start once the other process has begun storing
    print("started with", Document.objects.count(), "documents")
    for step in range(1, 21):
        correct_meeting(meeting, editor, {"participants": 200 + step}, f"step {step}")
        time.sleep(0.02)
    correct_meeting(meeting, editor, {"hosts": ["Senegal", "Morocco"], "city": "Saly"}, "last")
    print("corrections done")
    """
)


def _environment(data_dir: Path) -> dict[str, str]:
    environ = {
        key: value
        for key, value in os.environ.items()
        if key not in {"DATABASE_URL", "SECRET_KEY", "DJANGO_SETTINGS_MODULE", "DEBUG"}
    }
    environ.update(
        PROCESSUS_DATA_DIR=str(data_dir), DJANGO_SETTINGS_MODULE="processus.config.settings"
    )
    return environ


def _processus(data_dir: Path, *args: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "processus", *args],
        env=_environment(data_dir),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def _corrections(data_dir: Path, *, wait_for_ingest: bool) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-c", CORRECTIONS, *(["wait"] if wait_for_ingest else [])],
        env=_environment(data_dir),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def _finish(process: subprocess.Popen[str]) -> str:
    out, err = process.communicate(timeout=300)
    assert process.returncode == 0, err[-3000:]
    return out


def _corpora(root: Path) -> tuple[Path, Path]:
    first, second = root / "first", root / "second"
    first.mkdir(parents=True)
    second.mkdir(parents=True)
    for name, text in (("som_note.txt", NOTE), ("som_report.txt", REPORT),
                       ("workshop.txt", WORKSHOP)):  # fmt: skip
        (first / name).write_text(text, encoding="utf-8")
    for number in range(FILES):
        city, month = CITIES[number % 8], MONTHS[number // 8 % 8]
        (second / f"w{number:02d}.txt").write_text(
            f"Workshop number {number}\n\nA workshop of the Rabat Process on topic {number} "
            f"was held in {city} on {number % 27 + 1} {month} 2023, organised by ICMPD.\n",
            encoding="utf-8",
        )
    return first, second


def _prepared(data_dir: Path, first: Path) -> None:
    for args in (("migrate", "--quiet"), ("load-reference", "-q"), ("ingest", str(first))):
        _finish(_processus(data_dir, *args))


def test_corrections_during_an_ingest_give_the_sequential_result(tmp_path) -> None:
    first, second = _corpora(tmp_path / "corpus")
    together, one_by_one = tmp_path / "together", tmp_path / "one-by-one"
    _prepared(together, first)
    _prepared(one_by_one, first)

    ingesting = _processus(together, "ingest", str(second))
    correcting = _corrections(together, wait_for_ingest=True)
    said = _finish(correcting)
    _finish(ingesting)
    assert "corrections done" in said
    started_with = int(said.split("started with ", 1)[1].split()[0])
    assert 3 < started_with < 3 + FILES  # the corrections began while the ingest was running

    _finish(_processus(one_by_one, "ingest", str(second)))
    assert "corrections done" in _finish(_corrections(one_by_one, wait_for_ingest=False))

    exports = [
        _finish(_processus(folder, "export", "meetings")) for folder in (together, one_by_one)
    ]
    assert exports[0] == exports[1]
    rows = exports[0].splitlines()
    assert len(rows) > 40  # the two first meetings and the workshops
    som = next(row for row in rows if '"senior_officials_meeting"' in row)
    assert '"participants": 220' in som and '"city": "Saly"' in som
    assert '"hosts": ["Senegal", "Morocco"]' in som
