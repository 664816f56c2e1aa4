"""Search at scale: index build time and size, p95 query latency, memory.

Run: .venv/bin/python benchmarks/bench_search.py [--passages 100000] [--queries 200]
     [--static-model DIR] [--data-dir DIR] [--reuse] [--no-vacuum]

It builds a fresh SQLite database in a temporary data directory (``DATABASE_URL``
set → that database instead), writes documents whose paragraphs are drawn at
random (fixed seed) from the example corpus's paragraphs with a few words
swapped, so the vocabulary is realistic and every passage differs, then builds
the search index with :func:`processus.search.indexing.index_documents` (split,
stem, insert, FTS or tsvector, and embeddings when ``--static-model`` names a
distilled model2vec model), and on PostgreSQL runs ``VACUUM ANALYZE`` on it as
autovacuum would (``--no-vacuum``: not). Queries are the relevance set's, cycled;
each is timed end to end through :func:`processus.search.engine.search` (ranking, loading
the entries, snippets), lexical and, with a model, hybrid. Lexical search is also
timed side by side with the raw full-text query of the same words (FTS5 ``MATCH``
ranked by ``bm25()``, or PostgreSQL's ``@@`` ranked by ``ts_rank``, the top 20 rows
with their text), and with the raw query of the typed words or their concept's terms in
the other language (the thesaurus's expansion, which search asks the engine for), query
by query so that all see the same load. ``--reuse`` times the queries on the index
already in the data directory or database (nothing written).
"""

from __future__ import annotations

import argparse
import os
import random
import resource
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SWAP = [
    "partners", "delegations", "border", "protection", "return", "reintegration",
    "smuggling", "diaspora", "remittances", "mobility", "labour", "frontières",
    "traite", "jeunesse", "climate", "asylum", "visas", "dialogue", "cooperation",
]  # fmt: skip


def _paragraphs() -> list[str]:
    from processus.extraction.loaders import load_document

    out = []
    for path in sorted((ROOT / "examples" / "corpus").iterdir()):
        if path.suffix not in (".txt", ".md", ".html", ".pdf", ".docx"):
            continue
        text = load_document(path).text
        out += [p.strip() for p in text.split("\n\n") if len(p.strip()) > 80]
    return out


def raw_sql() -> str:
    """The engine's own full-text query, nothing around it: the query's words all
    required, ranked by the engine's score, the top 20 rows with their text."""
    from django.db import connection

    if connection.vendor == "sqlite":
        return (
            "SELECT e.id, e.title, e.body FROM (SELECT rowid, bm25(search_fts, 2.0, 1.0) "
            "AS s FROM search_fts WHERE search_fts MATCH %s ORDER BY s LIMIT 20) x "
            "JOIN search_searchentry e ON e.id = x.rowid ORDER BY x.s"
        )
    return (
        "SELECT id, title, body FROM search_searchentry, "
        "plainto_tsquery('simple', processus_unaccent(%s)) q WHERE tsv @@ q "
        "ORDER BY ts_rank(tsv, q) DESC LIMIT 20"
    )


def raw_match(text: str) -> str:
    from django.db import connection

    from processus.search.text import parse_query

    parsed = parse_query(text)
    if connection.vendor == "sqlite":
        return " AND ".join('"' + t + '"' for t in parsed.terms)
    return " ".join(parsed.words)


def expanded_raw(text: str) -> tuple[str, list[str]]:
    """The raw query of what the search asks the engine for its first tier: the words,
    or a concept's terms in the other language, from the thesaurus (nothing else)."""
    from django.db import connection

    from processus.search import postgres
    from processus.search.backends import SqliteFts5
    from processus.search.text import parse_query
    from processus.search.thesaurus import expand

    parsed = parse_query(text)
    if connection.vendor == "sqlite":
        return raw_sql(), [SqliteFts5()._match(parsed, "AND", expand(parsed))]
    _key, plan = postgres.plan(parsed)
    every = plan.every if plan else ""
    sql = (
        "SELECT id, title, body FROM search_searchentry WHERE tsv @@ %s::tsquery "
        "ORDER BY ts_rank(tsv, %s::tsquery) DESC LIMIT 20"
    )
    return sql, [every, every]


def side_by_side(queries: list[str]) -> tuple[list[float], list[float], list[float]]:
    """Raw full-text query (the typed words; the words and the thesaurus's terms) and
    lexical search, query by query, so that all three see one load."""
    from django.db import connection

    from processus.search import engine

    sql = raw_sql()
    raw, expanded, ours = [], [], []
    with connection.cursor() as cursor:
        for q in queries:
            match = raw_match(q)
            t = time.perf_counter()
            cursor.execute(sql, [match])
            cursor.fetchall()
            raw.append((time.perf_counter() - t) * 1000)
            expanded_sql, params = expanded_raw(q)
            t = time.perf_counter()
            cursor.execute(expanded_sql, params)
            cursor.fetchall()
            expanded.append((time.perf_counter() - t) * 1000)
            t = time.perf_counter()
            engine.search(q, limit=20, mode="lexical")
            ours.append((time.perf_counter() - t) * 1000)
    return raw, expanded, ours


def build(passages: int) -> tuple[float, float, float]:
    """Write the generated documents and index them: seconds writing, indexing (wall, CPU)."""
    from processus.kb.models import Document
    from processus.search import indexing
    from processus.search.models import PendingChange

    paragraphs = _paragraphs()
    rng = random.Random(6)
    per_document = 5
    documents = passages // per_document

    def text_of(n: int) -> str:
        parts = []
        for _ in range(per_document):
            words = rng.choice(paragraphs).split()
            for _swap in range(3):
                words[rng.randrange(len(words))] = rng.choice(SWAP)
            parts.append(" ".join(words))
        return f"Generated document {n}\n\n" + "\n\n".join(parts)

    print(f"{documents} documents × {per_document} paragraphs")
    started = time.perf_counter()
    batch = 1000
    for first in range(0, documents, batch):
        rows = [
            Document(
                title=f"Generated document {n}",
                content_hash=f"{n:064x}",
                text=text_of(n),
                language="en",
                original_name=f"generated_{n}.txt",
            )
            for n in range(first, min(first + batch, documents))
        ]
        Document.objects.bulk_create(rows)
    written = time.perf_counter() - started
    PendingChange.objects.all().delete()  # indexed below, timed on its own

    started = time.perf_counter()
    cpu = time.process_time()
    ids = list(Document.objects.order_by("pk").values_list("pk", flat=True))
    for first in range(0, len(ids), 500):
        indexing.index_documents(Document.objects.filter(pk__in=ids[first : first + 500]))
    return written, time.perf_counter() - started, time.process_time() - cpu


def vacuum() -> None:
    """PostgreSQL: what autovacuum does after a bulk load (visibility map, planner
    statistics); the development server runs with autovacuum off."""
    from django.db import connection

    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("VACUUM ANALYZE search_searchentry")
        print("VACUUM ANALYZE search_searchentry after the build")


def index_size() -> str:
    from django.db import connection

    with connection.cursor() as cursor:
        if connection.vendor == "sqlite":
            cursor.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            cursor.execute(
                "SELECT SUM(pgsize) FROM dbstat WHERE name LIKE 'search_%' "
                "OR name LIKE 'sqlite_autoindex_search_%'"
            )
            row = cursor.fetchone()
            return f"{(row[0] or 0) / 1e6:.0f} MB (search tables and FTS5 index)"
        cursor.execute("SELECT pg_total_relation_size('search_searchentry')")
        return f"{cursor.fetchone()[0] / 1e6:.0f} MB (search_searchentry with indexes)"


def timed(queries: list[str], mode: str) -> list[float]:
    from processus.search import engine

    engine.search(queries[0], mode=mode)  # warm: vectors loaded, caches filled
    out = []
    for q in queries:
        t = time.perf_counter()
        engine.search(q, limit=20, mode=mode)
        out.append((time.perf_counter() - t) * 1000)
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--passages", type=int, default=100_000)
    parser.add_argument("--queries", type=int, default=200)
    parser.add_argument("--static-model", type=Path, default=None)
    parser.add_argument("--data-dir", type=Path, default=None)
    parser.add_argument(
        "--reuse",
        action="store_true",
        help="time the queries on the index already in the database (nothing written)",
    )
    parser.add_argument(
        "--no-vacuum",
        action="store_true",
        help="PostgreSQL: time the queries on the table as written (no VACUUM ANALYZE)",
    )
    args = parser.parse_args()

    data_dir = args.data_dir or Path(tempfile.mkdtemp(prefix="processus-bench-search-"))
    os.environ["PROCESSUS_DATA_DIR"] = str(data_dir)
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "processus.config.settings")
    sys.path.insert(0, str(ROOT / "src"))
    import django

    django.setup()
    from django.core.management import call_command
    from django.db import connection

    from processus.search import engine, relevance, semantic
    from processus.search.models import SearchEntry

    call_command("migrate", interactive=False, verbosity=0)
    if args.static_model:
        semantic.set_embedder(semantic.StaticModel(args.static_model))

    print(f"data dir {data_dir}")
    if not (args.reuse and SearchEntry.objects.exists()):
        written, wall, cpu = build(args.passages)
        passages = SearchEntry.objects.filter(kind="passage").count()
        print(f"documents written in {written:.1f} s")
        if not args.no_vacuum:
            vacuum()
        print(
            f"index: {passages} passages in {wall:.1f} s wall, {cpu:.1f} s CPU "
            f"({passages / wall:.0f} passages/s)"
        )
    passages = SearchEntry.objects.filter(kind="passage").count()
    print(f"index: {passages} passages; size {index_size()}")

    judged = relevance.load(ROOT / "tests" / "search" / "relevance.jsonl")
    queries = [judged[i % len(judged)].query for i in range(args.queries)]
    modes = ["lexical"] + (["hybrid", "semantic"] if args.static_model else [])
    for mode in modes:
        times = sorted(timed(queries, mode))
        p95 = times[int(0.95 * (len(times) - 1))]
        print(
            f"{mode:<8} p50 {statistics.median(times):6.1f} ms  p95 {p95:6.1f} ms  "
            f"max {times[-1]:6.1f} ms  ({len(times)} queries)"
        )
    engine.search(queries[0], mode="lexical")
    raw, expanded, ours = side_by_side(queries)
    raw_p50, expanded_p50 = statistics.median(raw), statistics.median(expanded)
    ours_p50 = statistics.median(ours)
    print(
        f"raw full-text p50 {raw_p50:6.2f} ms, lexical search p50 {ours_p50:6.2f} ms: "
        f"{ours_p50 / raw_p50:.1f}x ({connection.vendor}, {len(queries)} queries, interleaved)"
    )
    print(
        f"raw full-text with the thesaurus's terms p50 {expanded_p50:6.2f} ms: lexical "
        f"search {ours_p50 / expanded_p50:.1f}x"
    )
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"max RSS {rss:.0f} MB; load average {os.getloadavg()}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
