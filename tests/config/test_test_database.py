"""The suite runs on the database CI asks for, so a PostgreSQL run really is one."""

import os

import pytest
from django.db import connection


@pytest.mark.django_db
def test_suite_uses_the_requested_database():
    wanted = os.environ.get("PROCESSUS_TEST_DATABASE_URL", "")
    expected = "postgresql" if wanted.startswith(("postgres://", "postgresql://")) else "sqlite"
    assert connection.vendor == expected


@pytest.mark.django_db
def test_sqlite_runs_in_wal_mode_with_foreign_keys():
    if connection.vendor != "sqlite":
        pytest.skip("SQLite only")
    with connection.cursor() as cursor:
        cursor.execute("PRAGMA foreign_keys")
        assert cursor.fetchone()[0] == 1
