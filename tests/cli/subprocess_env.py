"""Environments for tests that run ``processus`` as a real subprocess, on the pass's database.

On the SQLite pass a subprocess uses the SQLite file of its data directory. On
the PostgreSQL pass (``PROCESSUS_TEST_DATABASE_URL`` set) each data directory
gets a fresh PostgreSQL database of its own on that server, named after the
test database, so the subprocess tests prove their claims on PostgreSQL too;
the databases are dropped when the test session ends.
"""

from __future__ import annotations

import atexit
import os
import sys
import uuid
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

PROCESSUS = str(Path(sys.executable).parent / "processus")
#: Variables of the developer's shell that must not leak into a subprocess under test.
HIDDEN = frozenset({"DATABASE_URL", "SECRET_KEY", "DJANGO_SETTINGS_MODULE", "DEBUG"})

_databases: dict[str, str] = {}


def test_database_url() -> str | None:
    """The PostgreSQL server of this pass, or ``None`` on the SQLite pass."""
    return os.environ.get("PROCESSUS_TEST_DATABASE_URL", "").strip() or None


def on_postgresql() -> bool:
    return test_database_url() is not None


def _admin(url: str) -> object:
    import psycopg

    parts = urlsplit(url)
    return psycopg.connect(
        host=parts.hostname or "127.0.0.1",
        port=parts.port or 5432,
        user=parts.username or "postgres",
        password=parts.password or None,
        dbname="postgres",
        autocommit=True,
    )


def database_for(data_dir: Path | str) -> str | None:
    """``DATABASE_URL`` for the subprocesses of this data directory (None: SQLite)."""
    url = test_database_url()
    if url is None:
        return None
    key = str(Path(data_dir).resolve())
    if key not in _databases:
        parts = urlsplit(url)
        base = parts.path.lstrip("/") or "test"
        name = f"{base}_sub_{uuid.uuid4().hex[:10]}"
        with _admin(url) as db:  # type: ignore[attr-defined]
            db.execute(f'CREATE DATABASE "{name}"')
        _databases[key] = urlunsplit(parts._replace(path=f"/{name}"))
    return _databases[key]


def drop_databases() -> None:
    url = test_database_url()
    if url is None or not _databases:
        return
    with _admin(url) as db:  # type: ignore[attr-defined]
        for database in _databases.values():
            name = urlsplit(database).path.lstrip("/")
            db.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    _databases.clear()


atexit.register(drop_databases)


def subprocess_env(data_dir: Path | str, **extra: str) -> dict[str, str]:
    """The environment of a ``processus`` subprocess using ``data_dir`` (and its database)."""
    env = {key: value for key, value in os.environ.items() if key not in HIDDEN}
    env["PROCESSUS_DATA_DIR"] = str(data_dir)
    env["SECRET_KEY"] = "subprocess-test-key"
    database = database_for(data_dir)
    if database is not None:
        env["DATABASE_URL"] = database
    env.update(extra)
    return env
