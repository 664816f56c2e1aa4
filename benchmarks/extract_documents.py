"""Extract N of the extraction benchmark's documents and stop: a fixed workload for
instruction counts, which do not move with the machine's load as timings do.

    valgrind --tool=cachegrind --cache-sim=no --cachegrind-out-file=/dev/null \\
        .venv/bin/python benchmarks/extract_documents.py 220
    (the same with 20; per document: (I refs at 220 - I refs at 20) / 200)
"""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_extraction import make_documents

from processus.extraction import extract_text


def main() -> None:
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 220
    for text in make_documents(count):
        extract_text(text, "benchmark.txt", date(2026, 11, 23))


if __name__ == "__main__":
    main()
