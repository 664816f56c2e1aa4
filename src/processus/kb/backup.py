"""Backup and restore of the record: the database and the original documents.

A backup is a directory that holds everything needed to rebuild the installation:

* ``manifest.json`` — what was saved: format, database engine, Processus version,
  time, applied migrations, numbers of documents and meetings;
* ``database.sqlite3`` on SQLite — a consistent copy made with SQLite's online
  backup API, so ingestion and editors may go on writing meanwhile;
* ``database.pgdump`` on PostgreSQL — ``pg_dump --format=custom`` (one snapshot);
* ``documents/`` — the data directory's ``documents/`` (the originals, named by
  their SHA-256).

The database is saved before the documents: an original stored meanwhile is at
worst an extra file, never a row whose file is missing. Derived files (collected
static files, the distilled search model) are not saved; they are rebuilt on demand.
The secret key is not saved either: a restored installation signs new sessions.

Restore puts the database back in place of the current one and copies the
originals into the data directory. It refuses to replace a database that holds
documents or meetings unless told to (``force``); on SQLite the replaced database
is kept beside it first (``processus.sqlite3.before-restore-<time>``).
"""

from __future__ import annotations

import datetime as dt
import json
import os
import shutil
import sqlite3
import subprocess
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from django.conf import settings
from django.db import DatabaseError, connection, connections

from processus import __version__

MANIFEST = "manifest.json"
FORMAT = 1
SQLITE_FILE = "database.sqlite3"
POSTGRES_FILE = "database.pgdump"
DOCUMENTS = "documents"
#: pg_dump and pg_restore get this long before the backup is reported as failed.
PG_TIMEOUT_SECONDS = 3600


class BackupError(Exception):
    """A backup or restore that cannot be done; the message says why and what to do."""


@dataclass(frozen=True)
class Summary:
    directory: Path
    engine: str
    documents: int
    meetings: int
    originals: int


def _engine() -> str:
    return str(connection.vendor)


def _record_counts() -> tuple[int, int]:
    """Documents and meetings in the current database (0, 0 when it has no tables yet)."""
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT COUNT(*) FROM kb_document")
            documents = cursor.fetchone()[0]
            cursor.execute("SELECT COUNT(*) FROM kb_meeting")
            meetings = cursor.fetchone()[0]
    except DatabaseError:
        return 0, 0
    finally:
        connection.close()
    return int(documents), int(meetings)


def _applied_migrations() -> list[str]:
    from django.db.migrations.recorder import MigrationRecorder

    applied = MigrationRecorder(connection).applied_migrations()
    return sorted(f"{app}.{name}" for app, name in applied)


def _documents_dir() -> Path:
    return Path(settings.MEDIA_ROOT)


def _count_files(directory: Path) -> int:
    return sum(1 for path in directory.rglob("*") if path.is_file()) if directory.is_dir() else 0


# -- backup ----------------------------------------------------------------------------------


def backup(directory: Path) -> Summary:
    """Save the database and the originals into ``directory`` (new or empty)."""
    directory = directory.expanduser().resolve()
    if directory.exists() and (not directory.is_dir() or any(directory.iterdir())):
        raise BackupError(f"{directory} already exists and is not an empty directory")
    engine = _engine()
    if engine not in ("sqlite", "postgresql"):
        raise BackupError(f"cannot back up a {engine} database")
    documents, meetings = _record_counts()
    migrations = _applied_migrations()
    # The database holds password hashes: the backup is for its owner's eyes only.
    directory.mkdir(mode=0o700, parents=True, exist_ok=True)
    if engine == "sqlite":
        _sqlite_backup(Path(settings.DATABASES["default"]["NAME"]), directory / SQLITE_FILE)
    else:
        _pg_dump(directory / POSTGRES_FILE)
    source = _documents_dir()
    if source.is_dir():
        shutil.copytree(source, directory / DOCUMENTS, symlinks=False)
    else:
        (directory / DOCUMENTS).mkdir()
    originals = _count_files(directory / DOCUMENTS)
    manifest = {
        "format": FORMAT,
        "engine": engine,
        "processus": __version__,
        "created": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        "database": SQLITE_FILE if engine == "sqlite" else POSTGRES_FILE,
        "documents": documents,
        "meetings": meetings,
        "originals": originals,
        "migrations": migrations,
    }
    (directory / MANIFEST).write_text(json.dumps(manifest, indent=2) + "\n", encoding="utf-8")
    return Summary(directory, engine, documents, meetings, originals)


def _sqlite_backup(source: Path, target: Path) -> None:
    """SQLite's online backup: a consistent copy even while other processes write."""
    if not source.exists():
        raise BackupError(f"the database {source} does not exist (run `processus migrate`)")
    connections.close_all()
    with sqlite3.connect(source, timeout=20) as live, sqlite3.connect(target) as copy:
        live.backup(copy)
        # One self-contained file: the copy keeps no write-ahead log beside it.
        copy.execute("PRAGMA journal_mode=DELETE")
        (verdict,) = copy.execute("PRAGMA integrity_check").fetchone()
    live.close()
    copy.close()
    if verdict != "ok":
        raise BackupError(f"the copy of {source} failed SQLite's integrity check: {verdict}")


def _pg_environment() -> dict[str, str]:
    """libpq's variables for the configured database (the password never on a command line)."""
    db = settings.DATABASES["default"]
    environ = dict(os.environ)
    values = {
        "PGHOST": db.get("HOST") or "",
        "PGPORT": str(db.get("PORT") or ""),
        "PGUSER": db.get("USER") or "",
        "PGPASSWORD": db.get("PASSWORD") or "",
        "PGDATABASE": db["NAME"],
        "PGSSLMODE": (db.get("OPTIONS") or {}).get("sslmode", ""),
    }
    environ.update({key: value for key, value in values.items() if value})
    return environ


def _run_pg_tool(arguments: list[str]) -> None:
    tool = arguments[0]
    if shutil.which(tool) is None:
        raise BackupError(
            f"{tool} is not installed; it comes with PostgreSQL's client programs "
            "(Debian: postgresql-client), of the server's major version or newer"
        )
    try:
        done = subprocess.run(
            arguments,
            env=_pg_environment(),
            capture_output=True,
            text=True,
            timeout=PG_TIMEOUT_SECONDS,
            check=False,
        )
    except subprocess.TimeoutExpired:
        raise BackupError(f"{tool} took longer than {PG_TIMEOUT_SECONDS} s") from None
    if done.returncode != 0:
        lines = [line for line in done.stderr.splitlines() if line.strip()]
        raise BackupError(f"{tool} failed: {' / '.join(lines[-3:]) or done.returncode}")


def _pg_dump(target: Path) -> None:
    connections.close_all()
    _run_pg_tool(["pg_dump", "--format=custom", "--no-owner", "--no-privileges", "-f", str(target)])


# -- restore ---------------------------------------------------------------------------------


def read_manifest(directory: Path) -> dict[str, Any]:
    path = directory / MANIFEST
    try:
        manifest = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise BackupError(f"{directory} is not a Processus backup (no {MANIFEST})") from None
    except (OSError, ValueError) as exc:
        raise BackupError(f"{path} cannot be read: {exc}") from None
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
        raise BackupError(f"{path}: unknown backup format (this version reads format {FORMAT})")
    database = directory / str(manifest.get("database", ""))
    if manifest.get("engine") not in ("sqlite", "postgresql") or not database.is_file():
        raise BackupError(f"{path} names no database file of this backup")
    return manifest


def restore(directory: Path, *, force: bool = False) -> Summary:
    """Put the backup in ``directory`` in place of the current database and originals."""
    directory = directory.expanduser().resolve()
    manifest = read_manifest(directory)
    engine = _engine()
    if manifest["engine"] != engine:
        raise BackupError(
            f"this backup was made from {manifest['engine']} and the configured database is "
            f"{engine}; restore it into a {manifest['engine']} database (DATABASE_URL)"
        )
    documents, meetings = _record_counts()
    if (documents or meetings) and not force:
        raise BackupError(
            f"the database already holds {documents} documents and {meetings} meetings; "
            "restore would replace them: add --force to do so"
        )
    database = directory / manifest["database"]
    if engine == "sqlite":
        keep_current = bool(documents or meetings)
        _sqlite_restore(database, Path(settings.DATABASES["default"]["NAME"]), keep_current)
    else:
        _pg_restore(database)
    originals = directory / DOCUMENTS
    if originals.is_dir():
        shutil.copytree(originals, _documents_dir(), symlinks=False, dirs_exist_ok=True)
    restored_documents, restored_meetings = _record_counts()
    return Summary(
        directory, engine, restored_documents, restored_meetings, _count_files(originals)
    )


def _sqlite_restore(source: Path, target: Path, keep_current: bool) -> None:
    connections.close_all()
    target.parent.mkdir(parents=True, exist_ok=True)
    if keep_current and target.exists():
        stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%S")
        _sqlite_backup(target, target.with_name(f"{target.name}.before-restore-{stamp}"))
    with sqlite3.connect(source) as saved, sqlite3.connect(target, timeout=20) as live:
        saved.backup(live)
        live.execute("PRAGMA journal_mode=WAL")
    saved.close()
    live.close()


def _pg_restore(source: Path) -> None:
    connections.close_all()
    _run_pg_tool(
        [
            "pg_restore",
            "--clean",
            "--if-exists",
            "--no-owner",
            "--no-privileges",
            "--single-transaction",
            "--exit-on-error",
            "-d",
            settings.DATABASES["default"]["NAME"],
            str(source),
        ]
    )
