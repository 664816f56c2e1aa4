"""Ingestion benchmark: generated documents into SQLite and PostgreSQL, with 1 and 2 workers.

    python benchmarks/bench_ingest.py --documents 10000 [--postgres postgres://postgres@127.0.0.1:5432/postgres]
    python benchmarks/bench_ingest.py --consolidation-only

Each run is a real ``processus ingest`` subprocess on a fresh database (migrated,
reference data loaded), timed end to end (reading, extraction, consolidation,
writing, one transaction per document). Reports documents/s, meetings/s, the
database size and the memory of the ingest process *and its worker processes*, in two
columns:

* ``max RSS MB``: the largest peak resident set (``VmHWM``) of any one process of the run,
  the ingest process or one of its workers, read from ``/proc`` while they run.  (The
  ``ru_maxrss`` that ``os.wait4`` returns is no use here: Linux carries a process's peak
  across ``exec``, so it reports at least this benchmark's own size at the time of the
  ``fork``, and it folds in the reaped workers' peaks without telling which);
* ``tree RSS MB`` and ``tree PSS MB``: the peaks, sampled every 50 ms from ``/proc``, of
  the resident set size and of the proportional set size summed over the ingest process
  and all its descendants (the workers).  The RSS sum counts the pages that the workers
  share with their parent after ``fork`` once per process (an upper bound); the PSS sum
  counts each shared page once, split between the processes that map it (libraries
  mapped by other programs on the machine too, so a little under the run's own share).

The consolidation part times the in-memory matching index alone at 1k, 10k and 100k
mentions to show how its cost grows.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "src"))

from benchmarks.generate_corpus import generate  # noqa: E402

PROCESSUS = str(Path(sys.executable).parent / "processus")


def _children(pid: int) -> list[int]:
    """The direct children of ``pid`` (Linux ``/proc``; none where it cannot be read)."""
    found: list[int] = []
    try:
        for task in os.listdir(f"/proc/{pid}/task"):
            with open(f"/proc/{pid}/task/{task}/children") as f:
                found += [int(c) for c in f.read().split()]
    except OSError:
        pass
    return found


def _hwm_kb(pid: int) -> int:
    """The peak resident set size of ``pid`` so far (``VmHWM``) in kB (0 when it has gone)."""
    try:
        with open(f"/proc/{pid}/status") as f:
            for line in f:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
    except (OSError, ValueError):
        pass
    return 0


def _rss_pss_kb(pid: int) -> tuple[int, int]:
    """The resident and proportional set sizes of ``pid`` in kB (0 when it has gone)."""
    rss = pss = 0
    try:
        with open(f"/proc/{pid}/smaps_rollup") as f:
            for line in f:
                if line.startswith("Rss:"):
                    rss = int(line.split()[1])
                elif line.startswith("Pss:"):
                    pss = int(line.split()[1])
                    break
    except (OSError, ValueError):
        pass
    return rss, pss


class TreeMemory(threading.Thread):
    """Samples the memory of a process and all its descendants until stopped: the peak of
    each process (its VmHWM when last seen), and the peaks of their summed RSS and PSS."""

    def __init__(self, pid: int, interval: float = 0.05) -> None:
        super().__init__(daemon=True)
        self.pid, self.interval = pid, interval
        self.rss_kb = self.pss_kb = 0
        self.hwm_kb: dict[int, int] = {}
        self.most_processes = 0
        self._stop_event = threading.Event()

    def run(self) -> None:
        while not self._stop_event.is_set():
            pids, todo = [], [self.pid]
            while todo:
                pid = todo.pop()
                pids.append(pid)
                todo += _children(pid)
            for pid in pids:
                self.hwm_kb[pid] = max(self.hwm_kb.get(pid, 0), _hwm_kb(pid))
            sizes = [_rss_pss_kb(pid) for pid in pids]
            self.rss_kb = max(self.rss_kb, sum(rss for rss, _pss in sizes))
            self.pss_kb = max(self.pss_kb, sum(pss for _rss, pss in sizes))
            self.most_processes = max(self.most_processes, len(pids))
            self._stop_event.wait(self.interval)

    def stop(self) -> None:
        self._stop_event.set()
        self.join()


def _run(env: dict[str, str], *args: str) -> tuple[float, TreeMemory, str]:
    """(seconds, the sampled memory of the process and its workers, output)."""
    started = time.perf_counter()
    process = subprocess.Popen([PROCESSUS, *args], env=env, stdout=subprocess.PIPE, text=True)
    sampler = TreeMemory(process.pid)
    sampler.start()
    process.wait()
    sampler.stop()
    elapsed = time.perf_counter() - started
    out = process.stdout.read() if process.stdout else ""
    if process.returncode != 0:
        raise SystemExit(f"processus {' '.join(args)} failed:\n{out}")
    return elapsed, sampler, out


def _postgres_database(url: str, name: str, drop_only: bool = False) -> str:
    import psycopg

    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}"')
        if not drop_only:
            conn.execute(f'CREATE DATABASE "{name}"')
    return url.rsplit("/", 1)[0] + "/" + name


def _postgres_size(url: str) -> int:
    import psycopg

    with psycopg.connect(url) as conn:
        row = conn.execute("SELECT pg_database_size(current_database())").fetchone()
        return int(row[0]) if row else 0


def bench_ingest(corpus: Path, documents: int, backend: str, workers: int, pg_url: str) -> dict:
    data_dir = Path(tempfile.mkdtemp(prefix="processus-bench-"))
    env = {k: v for k, v in os.environ.items() if k != "DATABASE_URL"}
    env.update(PROCESSUS_DATA_DIR=str(data_dir), SECRET_KEY="bench",
               DJANGO_SETTINGS_MODULE="processus.config.settings")  # fmt: skip
    db_name = f"processus_bench_{os.getpid()}"
    if backend == "postgresql":
        env["DATABASE_URL"] = _postgres_database(pg_url, db_name)
    try:
        _run(env, "migrate", "--quiet")
        _run(env, "load-reference", "--quiet")
        seconds, tree, out = _run(env, "ingest", str(corpus), "--quiet", "--workers", str(workers))
        created = int(re.search(r"meetings: (\d+) created", out).group(1))  # type: ignore[union-attr]
        mentions = int(re.search(r"(\d+) mentions stored", out).group(1))  # type: ignore[union-attr]
        stages = re.search(r"\(([\d.]+) s writing, ([\d.]+) s waiting", out)
        writing, waiting = (float(stages.group(1)), float(stages.group(2))) if stages else (0, 0)
        if backend == "sqlite":
            size = sum(p.stat().st_size for p in data_dir.glob("processus.sqlite3*"))
            with sqlite3.connect(data_dir / "processus.sqlite3") as db:
                evidence = db.execute("SELECT count(*) FROM kb_evidence").fetchone()[0]
        else:
            size = _postgres_size(env["DATABASE_URL"])
            evidence = None
        return {
            "backend": backend, "workers": workers, "documents": documents,
            "seconds": seconds, "docs_per_s": documents / seconds,
            "meetings": created, "meetings_per_s": created / seconds, "mentions": mentions,
            "evidence": evidence, "db_mb": size / 1e6,
            "peak_mb": max(tree.hwm_kb.values(), default=0) / 1024,
            "tree_rss_mb": tree.rss_kb / 1024, "tree_pss_mb": tree.pss_kb / 1024,
            "processes": tree.most_processes,
            "writing": writing, "waiting": waiting, "load": _load(),
        }  # fmt: skip
    finally:
        shutil.rmtree(data_dir, ignore_errors=True)
        if backend == "postgresql":
            _postgres_database(pg_url, db_name, drop_only=True)


def _load() -> str:
    """The load average (1, 5, 15 min): the machine is shared, so figures need it beside them."""
    try:
        return " ".join(Path("/proc/loadavg").read_text().split()[:3])
    except OSError:
        return "?"


def bench_consolidation(sizes: list[int]) -> list[tuple[int, float]]:
    """Time matching n mentions against the in-memory index (dates over 20 years, 20 cities)."""
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "processus.config.settings")
    import random

    from processus.kb.consolidation import MeetingIndex, key_of

    results = []
    for n in sizes:
        rng = random.Random(n)
        first = date(2006, 1, 1).toordinal()
        keys = []
        for i in range(n):
            day = date.fromordinal(first + rng.randrange(7300)).isoformat()
            keys.append(key_of({"kind": rng.choice(["workshop", "side_event", "thematic_meeting"]),
                                "start": day, "end": day, "city": f"city{rng.randrange(20)}",
                                "organisers": [rng.choice(["ICMPD", "IOM", "UNHCR"])]},
                               [i]))  # fmt: skip
        index = MeetingIndex()
        started = time.perf_counter()
        for i, key in enumerate(keys):
            found = index.find(key)
            if found is None:
                index.add(i, key)
        results.append((n, time.perf_counter() - started))
    return results


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--documents", type=int, default=10_000)
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--postgres", metavar="URL", help="server URL (a database is created)")
    parser.add_argument("--consolidation-only", action="store_true")
    args = parser.parse_args()

    print(f"consolidation (in-memory index, no database; load {_load()}):")
    for n, seconds in bench_consolidation([1_000, 10_000, 100_000]):
        print(f"  {n:>7} mentions: {seconds:7.3f} s  ({seconds / n * 1e6:6.1f} µs per mention)")
    if args.consolidation_only:
        return
    corpus = Path(tempfile.mkdtemp(prefix="processus-corpus-"))
    try:
        generate(corpus, args.documents)
        backends = ["sqlite"] + (["postgresql"] if args.postgres else [])
        print(f"\ningest of {args.documents} generated documents:")
        print(
            "backend     workers  docs/s  meetings/s  meetings  mentions  DB MB  max RSS MB"
            "  tree RSS MB  tree PSS MB  processes  seconds  writing  waiting  load (1/5/15 min)"
        )
        print(
            "  (max RSS: the largest single process, ingest or one of its workers (VmHWM);"
            " tree RSS/PSS: the ingest process and its workers summed; all from /proc)"
        )
        for backend in backends:
            for workers in args.workers:
                r = bench_ingest(corpus, args.documents, backend, workers, args.postgres or "")
                line = (
                    f"{r['backend']:<11} {r['workers']:>7} {r['docs_per_s']:>7.0f} "
                    f"{r['meetings_per_s']:>11.0f} {r['meetings']:>9} {r['mentions']:>9} "
                    f"{r['db_mb']:>6.1f} {r['peak_mb']:>11.0f} {r['tree_rss_mb']:>12.0f} "
                    f"{r['tree_pss_mb']:>12.0f} {r['processes']:>10} "
                    f"{r['seconds']:>8.1f} "
                    f"{r['writing']:>8.1f} {r['waiting']:>8.1f}  {r['load']}"
                )
                print(line, flush=True)
    finally:
        shutil.rmtree(corpus, ignore_errors=True)


if __name__ == "__main__":
    main()
