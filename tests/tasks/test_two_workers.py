"""Two real Celery workers on real Redis give the sequential run's record, byte for byte.

The corpus, the database preparation and the canonical export are those of the
three-writer test (:mod:`tests.ingest.test_concurrent_ingest`): a generated corpus
whose sequential record does not depend on the order of its files, plus edited
copies of two pages saved elsewhere. One data directory is built by one sequential
``processus ingest``; another by ``processus ingest --queue`` in batches taken by
two ``processus worker`` processes at once. On the PostgreSQL pass both use
PostgreSQL (a database each); on the SQLite pass, SQLite.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
from concurrent.futures import ThreadPoolExecutor

import pytest

from tests.cli.subprocess_env import PROCESSUS
from tests.ingest.test_concurrent_ingest import _corpus, _export, _ingest_at_once, _prepare

pytestmark = pytest.mark.slow

BROKER = "redis://127.0.0.1:6379/5"


def _redis_answers() -> bool:
    import redis

    try:
        return bool(redis.Redis.from_url(BROKER, socket_connect_timeout=1).ping())
    except redis.RedisError:
        return False


@pytest.fixture
def broker() -> str:
    if not _redis_answers():
        if os.environ.get("CI"):
            pytest.fail(f"Redis does not answer at {BROKER}; CI runs the task queue on it")
        pytest.skip(f"Redis does not answer at {BROKER}")
    return BROKER


def _run(env: dict[str, str], *argv: str, timeout: float = 180) -> str:
    done = subprocess.run(
        [PROCESSUS, *argv], env=env, capture_output=True, text=True, timeout=timeout
    )
    assert done.returncode == 0, done.stdout + done.stderr
    return done.stdout


def _start_worker(env: dict[str, str], number: int) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [PROCESSUS, "worker", "--concurrency", "1", "--name", f"w{number}-{os.getpid()}@%h",
         "--loglevel", "WARNING"],
        env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
        start_new_session=True,
    )  # fmt: skip


def _stop(worker: subprocess.Popen[str]) -> str:
    """Stop a worker and its processes (a warm shutdown, then a kill); its log."""
    os.killpg(worker.pid, signal.SIGTERM)
    try:
        return worker.communicate(timeout=20)[1]
    except subprocess.TimeoutExpired:
        os.killpg(worker.pid, signal.SIGKILL)
        return worker.communicate()[1]


def test_two_workers_give_the_sequential_record(tmp_path, broker):
    files = _corpus(tmp_path / "corpus")
    with ThreadPoolExecutor(4) as pool:  # independent data directories: prepared side by side
        sequential, queued = pool.map(_prepare, [tmp_path / "sequential", tmp_path / "queued"])
        queued = queued | {"PROCESSUS_BROKER_URL": broker}
        workers = [_start_worker(queued, n) for n in (1, 2)]
        try:
            one_writer = pool.submit(_ingest_at_once, sequential, [files])
            out = _run(queued, "ingest", *files, "--queue", "--batch-size", "8")
            assert f"12 tasks for {len(files)} files, queued to {broker}" in out
            _run(queued, "tasks", "--wait", "--timeout", "150", timeout=170)
            listed = _run(queued, "tasks", "--format", "jsonl")
            one_writer.result()
        finally:
            errors = [_stop(worker) for worker in workers]
        exports = {
            (env is queued, what): pool.submit(_export, env, what)
            for env in (sequential, queued)
            for what in ("meetings", "documents")
        }

    tasks = [json.loads(line) for line in listed.splitlines()]
    assert len(tasks) == 12, errors
    assert {t["state"] for t in tasks} == {"succeeded"} and not any(t["failures"] for t in tasks)
    assert sum(t["done"] for t in tasks) == len(files)
    assert len({t["worker"].split(":")[0] for t in tasks}) == 2  # both workers took some
    meetings = exports[False, "meetings"].result()
    assert len(meetings.splitlines()) > 30
    assert exports[True, "meetings"].result() == meetings
    assert exports[True, "documents"].result() == exports[False, "documents"].result()
