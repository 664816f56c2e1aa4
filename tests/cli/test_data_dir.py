"""Where the record lives is said at start, so ``./var`` never goes unnoticed."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
ONE_DOCUMENT = sorted((ROOT / "examples" / "corpus").glob("*.txt"))[0]


def run_in(folder: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """The command as a user types it in ``folder``, with no data directory set."""
    environ = {
        key: value
        for key, value in os.environ.items()
        if key not in {"PROCESSUS_DATA_DIR", "DATABASE_URL", "DJANGO_SETTINGS_MODULE"}
    }
    return subprocess.run(
        [sys.executable, "-m", "processus", *args],
        cwd=folder,
        env=environ,
        capture_output=True,
        text=True,
        timeout=300,
    )


def test_ingest_says_which_data_directory_it_writes_to(tmp_path):
    folder = tmp_path / "somewhere"
    folder.mkdir()
    assert run_in(folder, "migrate", "--quiet").returncode == 0
    done = run_in(folder, "ingest", "--quiet", str(ONE_DOCUMENT))
    assert done.returncode == 0, done.stderr
    first_line = done.stdout.splitlines()[0]
    expected = folder.resolve() / "var"
    assert first_line == (
        f"data directory: {expected} (database: sqlite3, {expected / 'processus.sqlite3'})"
    )
    assert (expected / "processus.sqlite3").is_file()
