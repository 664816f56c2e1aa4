"""``processus backup`` and ``processus restore``: a round trip gives back the same record.

Each test runs the real command in subprocesses, on its own data directories: on
SQLite always, on PostgreSQL when the suite runs there (two scratch databases on
the same server, dropped afterwards).
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

import pytest

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT / "examples" / "corpus"
TEST_DATABASE_URL = os.environ.get("PROCESSUS_TEST_DATABASE_URL", "").strip()

pytestmark = pytest.mark.slow


def run_cli(*args: str, data_dir: Path, database_url: str = "") -> subprocess.CompletedProcess:
    environ = {
        key: value
        for key, value in os.environ.items()
        if key not in {"DATABASE_URL", "SECRET_KEY", "DJANGO_SETTINGS_MODULE", "DEBUG"}
    }
    environ["PROCESSUS_DATA_DIR"] = str(data_dir)
    if database_url:
        environ["DATABASE_URL"] = database_url
    return subprocess.run(
        [sys.executable, "-m", "processus", *args],
        capture_output=True,
        text=True,
        env=environ,
        timeout=300,
    )


def ok(done: subprocess.CompletedProcess) -> str:
    assert done.returncode == 0, done.stderr[-3000:]
    assert "Traceback" not in done.stderr
    return done.stdout


@pytest.fixture(scope="module")
def small_corpus(tmp_path_factory) -> Path:
    """Six documents of the example corpus (several meetings, French and English)."""
    folder = tmp_path_factory.mktemp("corpus")
    files = sorted(p for p in CORPUS.iterdir() if p.suffix in {".txt", ".html"})[:6]
    assert len(files) == 6
    for path in files:
        shutil.copy(path, folder / path.name)
    return folder


def exports(data_dir: Path, database_url: str) -> tuple[str, str]:
    meetings = ok(run_cli("export", "meetings", data_dir=data_dir, database_url=database_url))
    documents = ok(run_cli("export", "documents", data_dir=data_dir, database_url=database_url))
    return meetings, documents


def fill(data_dir: Path, corpus: Path, database_url: str = "") -> None:
    ok(run_cli("migrate", "--quiet", data_dir=data_dir, database_url=database_url))
    ok(run_cli("load-reference", data_dir=data_dir, database_url=database_url))
    ok(run_cli("ingest", "--quiet", str(corpus), data_dir=data_dir, database_url=database_url))


def round_trip(tmp_path: Path, corpus: Path, source_url: str = "", target_url: str = "") -> None:
    source, target, saved = tmp_path / "source", tmp_path / "target", tmp_path / "backup"
    fill(source, corpus, source_url)
    before = exports(source, source_url)
    assert before[0].count("\n") >= 6  # meetings, one per line
    assert before[1].count("\n") == 6  # documents

    said = ok(run_cli("backup", str(saved), data_dir=source, database_url=source_url))
    assert "backed up 6 documents" in said
    manifest = json.loads((saved / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["documents"] == 6 and manifest["originals"] == 6
    assert (saved / "documents" / "originals").is_dir()
    assert oct(saved.stat().st_mode & 0o777) == "0o700"

    said = ok(run_cli("restore", str(saved), data_dir=target, database_url=target_url))
    assert "restored 6 documents" in said
    assert exports(target, target_url) == before
    originals = [p for p in (target / "documents" / "originals").rglob("*") if p.is_file()]
    assert len(originals) == 6
    # The restored installation is a working one: search answers from the restored index.
    found = ok(run_cli("search", "Madrid", data_dir=target, database_url=target_url))
    assert "Madrid" in found


def test_round_trip_on_sqlite_gives_the_same_exports(tmp_path, small_corpus):
    round_trip(tmp_path, small_corpus)


def _scratch_url(name: str) -> str:
    parts = urlsplit(TEST_DATABASE_URL)
    return urlunsplit(parts._replace(path=f"/{name}"))


@pytest.fixture
def two_postgres_databases() -> Iterator[tuple[str, str]]:
    if not TEST_DATABASE_URL.startswith(("postgres://", "postgresql://")):
        pytest.skip("PostgreSQL pass only (PROCESSUS_TEST_DATABASE_URL)")
    import psycopg

    base = urlsplit(TEST_DATABASE_URL).path.lstrip("/") or "processus"
    names = [f"{base}_backup_{role}_{os.getpid()}" for role in ("source", "target")]
    admin = _scratch_url("postgres")
    with psycopg.connect(admin, autocommit=True) as connection:
        for name in names:
            connection.execute(f'DROP DATABASE IF EXISTS "{name}"')
            connection.execute(f'CREATE DATABASE "{name}"')
    try:
        yield _scratch_url(names[0]), _scratch_url(names[1])
    finally:
        with psycopg.connect(admin, autocommit=True) as connection:
            for name in names:
                connection.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def test_round_trip_on_postgresql_gives_the_same_exports(
    tmp_path, small_corpus, two_postgres_databases
):
    source_url, target_url = two_postgres_databases
    round_trip(tmp_path, small_corpus, source_url, target_url)


def test_restore_keeps_what_is_there_unless_forced(tmp_path, small_corpus):
    data_dir, saved = tmp_path / "var", tmp_path / "backup"
    fill(data_dir, small_corpus)
    ok(run_cli("backup", str(saved), data_dir=data_dir))

    again = run_cli("backup", str(saved), data_dir=data_dir)
    assert again.returncode == 1
    assert "already exists and is not an empty directory" in again.stderr

    refused = run_cli("restore", str(saved), data_dir=data_dir)
    assert refused.returncode == 1
    assert "already holds 6 documents" in refused.stderr and "--force" in refused.stderr
    assert not list(data_dir.glob("processus.sqlite3.before-restore-*"))

    ok(run_cli("restore", "--force", str(saved), data_dir=data_dir))
    kept = list(data_dir.glob("processus.sqlite3.before-restore-*"))
    assert len(kept) == 1 and kept[0].stat().st_size > 0


def test_restore_names_what_is_wrong_with_the_backup(tmp_path):
    data_dir = tmp_path / "var"
    not_a_backup = tmp_path / "holiday-photos"
    not_a_backup.mkdir()
    done = run_cli("restore", str(not_a_backup), data_dir=data_dir)
    assert done.returncode == 1
    assert "is not a Processus backup (no manifest.json)" in done.stderr

    other_engine = tmp_path / "from-postgres"
    other_engine.mkdir()
    (other_engine / "database.pgdump").write_bytes(b"PGDMP")
    manifest = {"format": 1, "engine": "postgresql", "database": "database.pgdump"}
    (other_engine / "manifest.json").write_text(json.dumps(manifest), encoding="utf-8")
    done = run_cli("restore", str(other_engine), data_dir=data_dir)
    assert done.returncode == 1
    assert "made from postgresql and the configured database is sqlite" in done.stderr

    (other_engine / "manifest.json").write_text("{not json", encoding="utf-8")
    done = run_cli("restore", str(other_engine), data_dir=data_dir)
    assert done.returncode == 1
    assert "manifest.json cannot be read" in done.stderr
    assert "Traceback" not in done.stderr
