"""Killing `processus ingest` with signal 9 loses nothing committed; a re-run finishes the job.

Real subprocesses on a generated corpus, each with its own data directory and
database (SQLite, or PostgreSQL in the PostgreSQL pass): one run is killed
mid-way and re-run, the other runs uninterrupted, and both knowledge bases must
then be the same.
"""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import time
from pathlib import Path

import pytest
from benchmarks.generate_corpus import generate

from tests.cli.subprocess_env import PROCESSUS, subprocess_env
from tests.ingest.helpers import normalize

pytestmark = pytest.mark.slow


def _env(data_dir: Path) -> dict[str, str]:
    return subprocess_env(data_dir, DJANGO_SETTINGS_MODULE="processus.config.settings")


def _prepare(data_dir: Path) -> dict[str, str]:
    env = _env(data_dir)
    for command in (["migrate", "--quiet"], ["load-reference", "--quiet"]):
        subprocess.run([PROCESSUS, *command], env=env, check=True, timeout=120)
    return env


def _documents(env: dict[str, str]) -> int:
    """Documents committed so far, read beside the running process (SQLite or PostgreSQL)."""
    if "DATABASE_URL" in env:
        import psycopg

        try:
            with psycopg.connect(env["DATABASE_URL"], connect_timeout=5) as db:
                row = db.execute("SELECT count(*) FROM kb_document").fetchone()
                return int(row[0]) if row else 0
        except psycopg.Error:
            return 0
    try:
        path = Path(env["PROCESSUS_DATA_DIR"]) / "processus.sqlite3"
        with sqlite3.connect(path, timeout=5) as db:
            return int(db.execute("SELECT count(*) FROM kb_document").fetchone()[0])
    except sqlite3.OperationalError:
        return 0


def _export(env: dict[str, str]) -> dict:
    def rows(what: str) -> list[dict]:
        out = subprocess.run(
            [PROCESSUS, "export", what, "--format", "jsonl"],
            env=env, check=True, capture_output=True, text=True, timeout=120,
        )  # fmt: skip
        return [json.loads(line) for line in out.stdout.splitlines()]

    return normalize(rows("meetings"), rows("documents"))


@pytest.mark.parametrize("workers", [1, 2])
def test_kill_mid_run_then_rerun_equals_an_uninterrupted_run(tmp_path, workers):
    corpus = tmp_path / "corpus"
    total = len(generate(corpus, 250, seed=3))
    ingest = [PROCESSUS, "ingest", str(corpus), "--quiet", "--workers", str(workers)]

    killed_dir = tmp_path / "killed"
    env = _prepare(killed_dir)
    process = subprocess.Popen(ingest, env=env, stdout=subprocess.DEVNULL, start_new_session=True)
    deadline = time.monotonic() + 120
    while _documents(env) < 40 and time.monotonic() < deadline:
        time.sleep(0.02)
    os.killpg(process.pid, signal.SIGKILL)  # the ingest process and its workers
    process.wait(timeout=30)
    committed = _documents(env)
    assert 40 <= committed < total, "the run should have been killed mid-way"

    rerun = subprocess.run(ingest, env=env, capture_output=True, text=True, timeout=300)
    assert rerun.returncode == 0, rerun.stderr
    assert f"{committed} unchanged" in rerun.stdout
    assert _documents(env) == total

    clean_env = _prepare(tmp_path / "clean")
    subprocess.run(ingest, env=clean_env, check=True, capture_output=True, timeout=300)

    assert _export(env) == _export(clean_env)
