"""``processus demo``: from nothing to the dialogue's record in a browser, in one command.

It creates the data directory's database if needed, migrates it, loads the
reference data, ingests the example corpus shipped in the package
(``processus/demo_corpus``, a copy of ``examples/corpus`` kept in sync by
``scripts/sync_demo_corpus.py``, so the demo also works from an installed
package) and serves the site. Every step is idempotent: running it again on the
same data directory changes nothing and starts the server straight away.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

HELP = "Migrate, load reference data, ingest the bundled example corpus and serve the site."


def demo_corpus() -> Path:
    import processus.demo_corpus

    return Path(processus.demo_corpus.__file__ or "").parent


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--host", default="127.0.0.1", help="address to listen on")
    parser.add_argument("--port", type=int, default=8000, help="port to listen on")
    parser.add_argument("--workers", type=int, default=2, help="web worker processes (default 2)")
    parser.add_argument(
        "--corpus", type=Path, default=None, help="ingest this directory instead of the bundled one"
    )
    parser.add_argument(
        "--no-serve", action="store_true", help="prepare the data directory and stop"
    )


def run(args: argparse.Namespace) -> int:
    from processus.commands import serve
    from processus.commands._django import (
        database_error_message,
        run_checks,
        where_the_record_lives,
    )

    if not run_checks():
        return 1
    from django.core.management import call_command
    from django.db import DatabaseError

    from processus.commands.ingest import ingest_with_progress
    from processus.kb.reference_loader import ReferenceDataError, load_reference_data

    corpus = args.corpus or demo_corpus()
    if not corpus.is_dir():
        print(f"processus demo: corpus directory not found: {corpus}", file=sys.stderr)
        return 1
    print(where_the_record_lives(), flush=True)
    try:
        call_command("migrate", interactive=False, verbosity=0)
        load_reference_data()
        report = ingest_with_progress([str(corpus)], 1, None)
    except ReferenceDataError as exc:
        print(f"processus demo: reference data: {exc}", file=sys.stderr)
        return 1
    except DatabaseError as exc:
        print(f"processus demo: {database_error_message(exc)}", file=sys.stderr)
        return 1
    for line in report.lines():
        print(line)
    if args.no_serve:
        return 0
    return serve.run(
        argparse.Namespace(host=args.host, port=args.port, workers=args.workers, threads=4)
    )
