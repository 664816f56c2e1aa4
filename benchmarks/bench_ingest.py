"""Ingestion benchmark: generated documents into SQLite and PostgreSQL, with 1 and 2 workers.

    python benchmarks/bench_ingest.py --documents 10000 [--postgres postgres://postgres@127.0.0.1:5432/postgres]
    python benchmarks/bench_ingest.py --consolidation-only

Each run is a real ``processus ingest`` subprocess on a fresh database (migrated,
reference data loaded), timed end to end (reading, extraction, consolidation,
writing, one transaction per document). Reports documents/s, meetings/s, the
database size and the peak resident memory of the largest process. The
consolidation part times the in-memory matching index alone at 1k, 10k and 100k
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
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "src"))

from benchmarks.generate_corpus import generate  # noqa: E402

PROCESSUS = str(Path(sys.executable).parent / "processus")


def _run(env: dict[str, str], *args: str) -> tuple[float, int, str]:
    started = time.perf_counter()
    process = subprocess.Popen([PROCESSUS, *args], env=env, stdout=subprocess.PIPE, text=True)
    _, status, usage = os.wait4(process.pid, 0)
    elapsed = time.perf_counter() - started
    out = process.stdout.read() if process.stdout else ""
    if status != 0:
        raise SystemExit(f"processus {' '.join(args)} failed:\n{out}")
    return elapsed, usage.ru_maxrss, out


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
        seconds, peak_kb, out = _run(
            env, "ingest", str(corpus), "--quiet", "--workers", str(workers)
        )
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
            "evidence": evidence, "db_mb": size / 1e6, "peak_mb": peak_kb / 1024,
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
            "backend     workers  docs/s  meetings/s  meetings  mentions  DB MB  peak MB  seconds"
            "  writing  waiting  load (1/5/15 min)"
        )
        for backend in backends:
            for workers in args.workers:
                r = bench_ingest(corpus, args.documents, backend, workers, args.postgres or "")
                line = (
                    f"{r['backend']:<11} {r['workers']:>7} {r['docs_per_s']:>7.0f} "
                    f"{r['meetings_per_s']:>11.0f} {r['meetings']:>9} {r['mentions']:>9} "
                    f"{r['db_mb']:>6.1f} {r['peak_mb']:>8.0f} {r['seconds']:>8.1f} "
                    f"{r['writing']:>8.1f} {r['waiting']:>8.1f}  {r['load']}"
                )
                print(line, flush=True)
    finally:
        shutil.rmtree(corpus, ignore_errors=True)


if __name__ == "__main__":
    main()
