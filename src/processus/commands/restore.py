"""``processus restore DIR``: put a backup made by ``processus backup`` in place.

The configured database (same engine as the backup's) is replaced and the
originals are copied into the data directory. A database that already holds
documents or meetings is only replaced with ``--force``; on SQLite the replaced
file is kept beside it. Stop the server first: on PostgreSQL, open connections
hold locks that make the restore wait.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

HELP = "Restore a backup made by `processus backup` (replaces the database)."


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("directory", type=Path, metavar="DIR", help="a backup directory")
    parser.add_argument(
        "--force",
        action="store_true",
        help="replace a database that already holds documents or meetings",
    )


def run(args: argparse.Namespace) -> int:
    from processus.commands._django import database_error_message, pending_migrations, run_checks

    if not run_checks():
        return 1
    from django.conf import settings
    from django.db import DatabaseError

    from processus.kb.backup import BackupError, restore

    print(f"data directory: {settings.DATA_DIR}")
    try:
        summary = restore(args.directory, force=args.force)
        pending = pending_migrations()
    except BackupError as exc:
        print(f"processus restore: {exc}", file=sys.stderr)
        return 1
    except DatabaseError as exc:
        print(f"processus restore: {database_error_message(exc)}", file=sys.stderr)
        return 1
    except OSError as exc:
        print(f"processus restore: {args.directory}: {exc.strerror or exc}", file=sys.stderr)
        return 1
    print(
        f"restored {summary.documents} documents, {summary.meetings} meetings "
        f"({summary.engine}) and {summary.originals} original files from {summary.directory}"
    )
    if pending:
        print(f"the backup predates {len(pending)} migrations: run `processus migrate`")
    return 0
