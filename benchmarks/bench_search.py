"""Search at scale: index build time and size, p95 query latency, memory.

Run: .venv/bin/python benchmarks/bench_search.py [--passages 100000] [--queries 200]
     [--static-model DIR] [--data-dir DIR]

It builds a fresh SQLite database in a temporary data directory (``DATABASE_URL``
set → that database instead), writes documents whose paragraphs are drawn at
random (fixed seed) from the example corpus's paragraphs with a few words
swapped, so the vocabulary is realistic and every passage differs, then builds
the search index with :func:`processus.search.indexing.index_documents` (split,
stem, insert, FTS or tsvector, and embeddings when ``--static-model`` names a
distilled model2vec model). Queries are the relevance set's, cycled; each is
timed end to end through :func:`processus.search.engine.search` (ranking, loading
the entries, snippets), lexical and, with a model, hybrid.
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


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--passages", type=int, default=100_000)
    parser.add_argument("--queries", type=int, default=200)
    parser.add_argument("--static-model", type=Path, default=None)
    parser.add_argument("--data-dir", type=Path, default=None)
    args = parser.parse_args()

    data_dir = args.data_dir or Path(tempfile.mkdtemp(prefix="processus-bench-search-"))
    os.environ["PROCESSUS_DATA_DIR"] = str(data_dir)
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "processus.config.settings")
    sys.path.insert(0, str(ROOT / "src"))
    import django

    django.setup()
    from django.core.management import call_command
    from django.db import connection

    from processus.kb.models import Document
    from processus.search import engine, indexing, relevance, semantic
    from processus.search.models import PendingChange, SearchEntry

    call_command("migrate", interactive=False, verbosity=0)
    if args.static_model:
        semantic.set_embedder(semantic.StaticModel(args.static_model))

    paragraphs = _paragraphs()
    rng = random.Random(6)
    per_document = 5
    documents = args.passages // per_document

    def text_of(n: int) -> str:
        parts = []
        for _ in range(per_document):
            words = rng.choice(paragraphs).split()
            for _swap in range(3):
                words[rng.randrange(len(words))] = rng.choice(SWAP)
            parts.append(" ".join(words))
        return f"Generated document {n}\n\n" + "\n\n".join(parts)

    print(f"{documents} documents × {per_document} paragraphs; data dir {data_dir}")
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
    build = time.perf_counter() - started
    build_cpu = time.process_time() - cpu
    passages = SearchEntry.objects.filter(kind="passage").count()

    size = "n/a"
    if connection.vendor == "sqlite":
        with connection.cursor() as cursor:
            cursor.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            cursor.execute(
                "SELECT SUM(pgsize) FROM dbstat WHERE name LIKE 'search_%' "
                "OR name LIKE 'sqlite_autoindex_search_%'"
            )
            row = cursor.fetchone()
            size = f"{(row[0] or 0) / 1e6:.0f} MB (search tables and FTS5 index)"
    else:
        with connection.cursor() as cursor:
            cursor.execute("SELECT pg_total_relation_size('search_searchentry')")
            size = f"{cursor.fetchone()[0] / 1e6:.0f} MB (search_searchentry with indexes)"

    judged = relevance.load(ROOT / "tests" / "search" / "relevance.jsonl")
    queries = [judged[i % len(judged)].query for i in range(args.queries)]

    def timed(mode: str) -> list[float]:
        engine.search(queries[0], mode=mode)  # warm: vectors loaded, caches filled
        out = []
        for q in queries:
            t = time.perf_counter()
            engine.search(q, limit=20, mode=mode)
            out.append((time.perf_counter() - t) * 1000)
        return out

    print(f"documents written in {written:.1f} s")
    print(
        f"index: {passages} passages + {documents} documents in {build:.1f} s wall, "
        f"{build_cpu:.1f} s CPU ({passages / build:.0f} passages/s); size {size}"
    )
    modes = ["lexical"] + (["hybrid", "semantic"] if args.static_model else [])
    for mode in modes:
        times = sorted(timed(mode))
        p95 = times[int(0.95 * (len(times) - 1))]
        print(
            f"{mode:<8} p50 {statistics.median(times):6.1f} ms  p95 {p95:6.1f} ms  "
            f"max {times[-1]:6.1f} ms  ({len(times)} queries)"
        )
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"max RSS {rss:.0f} MB; load average {os.getloadavg()}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
