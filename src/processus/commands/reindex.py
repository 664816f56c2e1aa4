"""``processus reindex``: rebuild the search index from the knowledge base.

The index also follows every ingestion and edit by itself; this rebuilds it
after an upgrade, a restore, or a change of model. With the semantic extra
installed, the first run distills the static model it embeds with.
"""

from __future__ import annotations

import argparse
import sys
import time

HELP = "Rebuild the search index (meetings, documents, passages and their vectors)."


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--no-distill",
        action="store_true",
        help="do not distill the static semantic model when it is missing",
    )


def run(args: argparse.Namespace) -> int:
    from processus.commands._django import database_error_message, run_checks

    if not run_checks():
        return 1
    from django.db import DatabaseError

    from processus.search import semantic
    from processus.search.indexing import reindex

    if semantic.extra_installed() and not semantic.available() and not args.no_distill:
        print("distilling the static semantic model (once)…", file=sys.stderr)
        print(f"static model: {semantic.distill()}")
    started = time.perf_counter()
    try:
        counts = reindex()
    except DatabaseError as exc:
        print(f"processus reindex: {database_error_message(exc)}", file=sys.stderr)
        return 1
    vectors = "with vectors" if semantic.available() else "lexical only"
    print(
        f"indexed {counts['meetings']} meetings, {counts['documents']} documents, "
        f"{counts['passages']} passages ({vectors}) in {time.perf_counter() - started:.1f} s"
    )
    return 0
