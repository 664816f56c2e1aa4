"""``processus migrate``: create or update the database tables."""

from __future__ import annotations

import argparse
import sys

HELP = "Create or update the database tables (safe to run repeatedly)."


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("-q", "--quiet", action="store_true", help="print nothing on success")


def run(args: argparse.Namespace) -> int:
    from processus.commands._django import database_error_message, run_checks

    if not run_checks():
        return 1
    from django.core.management import call_command
    from django.db import DatabaseError

    try:
        call_command("migrate", interactive=False, verbosity=0 if args.quiet else 1)
    except DatabaseError as exc:
        print(f"processus: {database_error_message(exc)}", file=sys.stderr)
        return 1
    return 0
