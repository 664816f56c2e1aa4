"""Task-queue benchmark: ingest throughput on PostgreSQL, N Celery workers vs one writer.

    python benchmarks/bench_queue.py --documents 2000 [--workers 4] [--batch-size 100]
        [--postgres postgres://postgres@127.0.0.1:5432/postgres] [--broker redis://127.0.0.1:6379/5]

Two fresh PostgreSQL databases (migrated, reference data loaded) ingest the same
generated corpus: one with a single ``processus ingest`` (one writer, the baseline),
the other with ``processus ingest --queue`` taken by N ``processus worker`` processes
(``--concurrency 1`` each) on Redis, timed from the enqueue to the last task's end
(workers started and ready before the clock starts). The canonical exports of the two
databases are compared: equal, or the number of meetings that differ (a large generated
corpus has a few meetings whose consolidation depends on the order of the documents even
for one writer; batches are another order).

Memory: each worker's process tree (the Celery pool process and the reading process it
starts per task) is sampled every 0.2 s with the number of documents done so far, and
the largest worker tree's RSS is printed at each quarter of the run: flat memory means
the last quarter is no larger than the second. The tree counts the pages the reading
process shares with the pool process it was forked from twice, so the pool processes
(the processes that run the tasks and keep what a task leaves behind) are printed alone
too.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "src"))

from benchmarks.bench_ingest import _children, _load, _postgres_database, _rss_pss_kb  # noqa: E402
from benchmarks.generate_corpus import generate  # noqa: E402

PROCESSUS = str(Path(sys.executable).parent / "processus")


def _tree_rss_kb(pid: int) -> int:
    pids, todo = [], [pid]
    while todo:
        current = todo.pop()
        pids.append(current)
        todo += _children(current)
    return sum(_rss_pss_kb(p)[0] for p in pids)


class WorkerMemory(threading.Thread):
    """Samples (documents done, largest worker tree RSS, largest pool process RSS; kB)."""

    def __init__(self, pids: list[int], database_url: str, interval: float = 0.2) -> None:
        super().__init__(daemon=True)
        self.pids, self.url, self.interval = pids, database_url, interval
        self.samples: list[tuple[int, int, int]] = []
        self._stop_event = threading.Event()

    def run(self) -> None:
        import psycopg

        with psycopg.connect(self.url, autocommit=True) as conn:
            while not self._stop_event.is_set():
                row = conn.execute("SELECT coalesce(sum(done), 0) FROM tasks_taskrecord").fetchone()
                done = int(row[0]) if row else 0
                tree = max(_tree_rss_kb(pid) for pid in self.pids)
                pool = max(
                    (_rss_pss_kb(child)[0] for pid in self.pids for child in _children(pid)),
                    default=0,
                )
                self.samples.append((done, tree, pool))
                self._stop_event.wait(self.interval)

    def stop(self) -> None:
        self._stop_event.set()
        self.join()

    def quarters(self, total: int, column: int = 1) -> list[float]:
        """Largest worker tree RSS (``column`` 2: pool process RSS) in MB seen up to each
        quarter of the documents."""
        out = []
        for q in (1, 2, 3, 4):
            seen = [sample[column] for sample in self.samples if sample[0] <= total * q / 4]
            out.append(max(seen, default=0) / 1024)
        return out


def _comparison(one: str, queued: str) -> str:
    """Equal, or how many meetings differ once the numbering (ids, follow-up ids) is set aside.

    A large generated corpus has meetings whose consolidation depends on the order of
    the documents even for one writer (README, "Several writers at once": a year-less
    date, a month-only mention); batches are another order, so those few may differ.
    """
    if one == queued:
        return "canonical exports equal: yes"

    def rows(text: str) -> Counter[str]:
        found: Counter[str] = Counter()
        for line in text.splitlines():
            row = json.loads(line)
            for key in ("id", "follow_up_of", "evidence"):
                row.pop(key, None)
            found[json.dumps(row, sort_keys=True)] += 1
        return found

    a, b = rows(one), rows(queued)
    differing = sum(((a - b) + (b - a)).values())
    return (
        f"canonical exports equal: no; {sum(a.values())} and {sum(b.values())} meetings, "
        f"{differing} rows in one and not the other (order-dependent consolidation)"
    )


def _env(data_dir: Path, database: str, broker: str) -> dict[str, str]:
    hidden = ("DATABASE_URL", "PROCESSUS_BROKER_URL")
    env = {k: v for k, v in os.environ.items() if k not in hidden}
    env.update(PROCESSUS_DATA_DIR=str(data_dir), SECRET_KEY="bench", DATABASE_URL=database,
               PROCESSUS_BROKER_URL=broker,
               DJANGO_SETTINGS_MODULE="processus.config.settings")  # fmt: skip
    return env


def _run(env: dict[str, str], *args: str) -> str:
    done = subprocess.run([PROCESSUS, *args], env=env, capture_output=True, text=True)
    if done.returncode != 0:
        raise SystemExit(f"processus {' '.join(args[:3])} failed:\n{done.stdout}{done.stderr}")
    return done.stdout


def _prepared(pg_url: str, name: str, broker: str) -> dict[str, str]:
    data_dir = Path(tempfile.mkdtemp(prefix="processus-bench-queue-"))
    env = _env(data_dir, _postgres_database(pg_url, name), broker)
    _run(env, "migrate", "--quiet")
    _run(env, "load-reference", "--quiet")
    return env


def _start_workers(env: dict[str, str], count: int) -> list[subprocess.Popen[str]]:
    workers = []
    for n in range(count):
        log = open(Path(env["PROCESSUS_DATA_DIR"]) / f"worker{n}.log", "w")  # noqa: SIM115
        workers.append(subprocess.Popen(
            [PROCESSUS, "worker", "--concurrency", "1", "--name", f"bench{n}-{os.getpid()}@%h"],
            env=env, stdout=log, stderr=subprocess.STDOUT, text=True, start_new_session=True,
        ))  # fmt: skip
    logs = [Path(env["PROCESSUS_DATA_DIR"]) / f"worker{n}.log" for n in range(count)]
    deadline = time.monotonic() + 120
    while not all(" ready." in log.read_text() for log in logs):
        if time.monotonic() > deadline:
            raise SystemExit("the workers did not start within 120 s")
        time.sleep(0.2)
    return workers


def _stop(workers: list[subprocess.Popen[str]]) -> None:
    for worker in workers:
        os.killpg(worker.pid, signal.SIGTERM)
    for worker in workers:
        try:
            worker.wait(timeout=30)
        except subprocess.TimeoutExpired:
            os.killpg(worker.pid, signal.SIGKILL)


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawTextHelpFormatter
    )
    parser.add_argument("--documents", type=int, default=2000)
    parser.add_argument("--workers", type=int, default=4)
    parser.add_argument("--batch-size", type=int, default=100)
    parser.add_argument("--postgres", default="postgres://postgres@127.0.0.1:5432/postgres")
    parser.add_argument("--broker", default="redis://127.0.0.1:6379/5")
    args = parser.parse_args()

    corpus = Path(tempfile.mkdtemp(prefix="processus-bench-corpus-"))
    files = [str(p) for p in generate(corpus, args.documents)]
    names = [f"processus_bench_queue_{os.getpid()}_{what}" for what in ("one", "queue")]
    envs: list[dict[str, str]] = []
    try:
        one = _prepared(args.postgres, names[0], "in-process")
        envs.append(one)
        load_before = _load()
        started = time.perf_counter()
        _run(one, "ingest", *files, "--quiet")
        one_writer = time.perf_counter() - started

        queued = _prepared(args.postgres, names[1], args.broker)
        envs.append(queued)
        workers = _start_workers(queued, args.workers)
        memory = WorkerMemory([w.pid for w in workers], queued["DATABASE_URL"])
        try:
            memory.start()
            started = time.perf_counter()
            _run(queued, "ingest", *files, "--queue", "--batch-size", str(args.batch_size))
            _run(queued, "tasks", "--wait", "--limit", "1")
            in_queue = time.perf_counter() - started
            memory.stop()
        finally:
            _stop(workers)
        load_after = _load()
        exports = [_run(env, "export", "meetings", "--canonical") for env in (one, queued)]
    finally:
        shutil.rmtree(corpus, ignore_errors=True)
        for env, name in zip(envs, names, strict=False):
            shutil.rmtree(env["PROCESSUS_DATA_DIR"], ignore_errors=True)
            _postgres_database(args.postgres, name, drop_only=True)

    n = args.documents
    print(f"{n} documents on PostgreSQL, load average {load_before} before, {load_after} after")
    print(f"one writer (processus ingest):     {one_writer:7.1f} s  {n / one_writer:7.1f} docs/s")
    print(f"{args.workers} workers (ingest --queue, {args.batch_size}/task): {in_queue:7.1f} s  "
          f"{n / in_queue:7.1f} docs/s  ({one_writer / in_queue:.2f}x)")  # fmt: skip
    quarters = ", ".join(f"{mb:.0f}" for mb in memory.quarters(n))
    print(f"largest worker tree RSS at each quarter of the documents (MB): {quarters}")
    pools = ", ".join(f"{mb:.0f}" for mb in memory.quarters(n, column=2))
    print(f"largest pool process RSS at each quarter of the documents (MB): {pools}")
    print(_comparison(*exports))


if __name__ == "__main__":
    main()
