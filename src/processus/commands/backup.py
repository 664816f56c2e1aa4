"""``processus backup DIR``: save the database and the original documents into DIR.

SQLite is copied with its online backup API (writers may go on), PostgreSQL with
``pg_dump``; the originals are copied after the database. See
:mod:`processus.kb.backup` for the layout of DIR.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

HELP = "Back up the database and the original documents into a new directory."


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("directory", type=Path, metavar="DIR", help="a new or empty directory")


def run(args: argparse.Namespace) -> int:
    from processus.commands._django import database_error_message, database_ready

    if not database_ready():
        return 1
    from django.db import DatabaseError

    from processus.kb.backup import BackupError, backup

    try:
        summary = backup(args.directory)
    except BackupError as exc:
        print(f"processus backup: {exc}", file=sys.stderr)
        return 1
    except DatabaseError as exc:
        print(f"processus backup: {database_error_message(exc)}", file=sys.stderr)
        return 1
    except OSError as exc:
        print(f"processus backup: {args.directory}: {exc.strerror or exc}", file=sys.stderr)
        return 1
    print(
        f"backed up {summary.documents} documents, {summary.meetings} meetings "
        f"({summary.engine}) and {summary.originals} original files to {summary.directory}"
    )
    return 0
