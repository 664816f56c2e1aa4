"""``processus suggest-links``: store the classifier's plan-link suggestions again.

Ingestion does this by itself at the end of every run; the command is for after
a lexicon or a plan changed. Editors' decisions are kept (see
:mod:`processus.plans.operations`).
"""

from __future__ import annotations

import argparse
import sys

HELP = (
    "Suggest links from meetings to the areas, objectives and actions of the plan in force "
    "(each with score and reason); editors' decisions are kept."
)


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--meeting", type=int, action="append", metavar="ID", help="only this meeting (repeatable)"
    )


def run(args: argparse.Namespace) -> int:
    from processus.commands._django import database_error_message, run_checks

    if not run_checks():
        return 1
    from django.db import DatabaseError

    from processus.kb.writer_lock import record_write, writing
    from processus.plans.operations import suggest_links

    try:
        with writing():
            result = suggest_links(args.meeting)
            record_write()
    except DatabaseError as exc:
        print(f"processus: {database_error_message(exc)}", file=sys.stderr)
        return 1
    print(
        f"{result.meetings} meeting(s) read: {result.created} suggestion(s) added, "
        f"{result.updated} updated, {result.removed} link(s) removed"
    )
    return 0
