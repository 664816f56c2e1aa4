"""The suite runs on the database CI asks for, so a PostgreSQL run really is one."""

import os

import pytest
from django.db import connection

from processus.config.database import sqlite_config


@pytest.mark.django_db
def test_suite_uses_the_requested_database():
    wanted = os.environ.get("PROCESSUS_TEST_DATABASE_URL", "")
    expected = "postgresql" if wanted.startswith(("postgres://", "postgresql://")) else "sqlite"
    assert connection.vendor == expected


@pytest.mark.django_db
def test_a_sqlite_data_dir_runs_in_wal_mode_with_foreign_keys_and_a_busy_timeout(tmp_path):
    """The connection the settings configure, on a file as in a data dir.

    The suite's own SQLite database lives in memory, where WAL cannot exist, so the
    check opens a file database through Django's backend with the same options.
    """
    from django.db.backends.sqlite3.base import DatabaseWrapper

    config = sqlite_config(tmp_path / "processus.sqlite3")
    wrapper = DatabaseWrapper({**connection.settings_dict, **config}, alias="wal-check")
    try:
        with wrapper.cursor() as cursor:
            cursor.execute("PRAGMA journal_mode")
            assert cursor.fetchone()[0] == "wal"
            cursor.execute("PRAGMA foreign_keys")
            assert cursor.fetchone()[0] == 1
            cursor.execute("PRAGMA busy_timeout")
            assert cursor.fetchone()[0] == 20000
            cursor.execute("CREATE TABLE written (x integer)")
            # Writes go to the write-ahead log beside the database file.
            assert (tmp_path / "processus.sqlite3-wal").stat().st_size > 0
    finally:
        wrapper.close()


@pytest.mark.django_db
def test_the_suites_sqlite_connection_enforces_foreign_keys():
    if connection.vendor != "sqlite":
        pytest.skip("SQLite only")
    with connection.cursor() as cursor:
        cursor.execute("PRAGMA foreign_keys")
        assert cursor.fetchone()[0] == 1
