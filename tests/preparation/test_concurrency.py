"""Twenty focal points register for the last five seats at once: exactly five get one.

Real processes, a barrier so they ask together, on PostgreSQL (``SELECT … FOR UPDATE``
on the meeting's settings row) and on SQLite (the database's write lock).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.db import connection

from processus.preparation.models import Registration

from .race import race, setup_race

pytestmark = pytest.mark.slow
COUNTRIES, CAPACITY = 20, 5
ROOT = Path(__file__).resolve().parents[2]


def _check(results: list) -> None:
    statuses = sorted(status for _user, status in results)
    assert len(statuses) == COUNTRIES
    assert not [s for s in statuses if s.startswith("error")], statuses
    assert statuses.count("confirmed") == CAPACITY
    assert statuses.count("waitlisted") == COUNTRIES - CAPACITY


@pytest.mark.skipif(
    not os.environ.get("PROCESSUS_TEST_DATABASE_URL", "").startswith("postgres"),
    reason="PostgreSQL run: set PROCESSUS_TEST_DATABASE_URL (SQLite: the next test)",
)
@pytest.mark.django_db(transaction=True)
def test_twenty_at_once_on_postgresql() -> None:
    assert connection.vendor == "postgresql"
    meeting_id, users = setup_race(COUNTRIES, CAPACITY)
    results = race(meeting_id, users)
    _check(results)
    stored = Registration.objects.filter(meeting_id=meeting_id)
    assert stored.filter(status="confirmed").count() == CAPACITY
    # the waiting list is in order of arrival, positions 1..15 without a gap
    from processus.preparation.operations import waiting_position

    waiting = stored.filter(status="waitlisted")
    assert sorted(waiting_position(r) for r in waiting) == list(range(1, COUNTRIES - CAPACITY + 1))


def test_twenty_at_once_on_sqlite(tmp_path: Path) -> None:
    environ = {
        k: v
        for k, v in os.environ.items()
        if k not in {"DATABASE_URL", "DJANGO_SETTINGS_MODULE", "PROCESSUS_TEST_DATABASE_URL"}
    }
    environ.update(
        PROCESSUS_DATA_DIR=str(tmp_path),
        DJANGO_SETTINGS_MODULE="processus.config.settings",
        SECRET_KEY="race-secret-key-for-tests-only",
        PYTHONPATH=str(ROOT),
    )
    done = subprocess.run(
        [sys.executable, "-m", "tests.preparation.race", str(COUNTRIES), str(CAPACITY)],
        env=environ,
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    outcome = json.loads(done.stdout.strip().splitlines()[-1])
    _check(outcome["results"])
