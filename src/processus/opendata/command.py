"""``processus export package DIR``: the data package written to a directory.

The same files the site serves as ``/data/processus-data.zip``, unzipped, for a
secretariat publishing them elsewhere (a data portal, a repository).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

#: Options of ``processus export`` that narrow a list; the package is the whole record.
LIST_OPTIONS = {"dialogue": "--dialogue", "since": "--since", "canonical": "--canonical",
                "output": "--output"}  # fmt: skip


def _problem(args: argparse.Namespace) -> str | None:
    """What is wrong with the command line, or None."""
    given = [flag for name, flag in LIST_OPTIONS.items() if getattr(args, name, None)]
    if given:
        return (
            f"{', '.join(given)}: not for 'export package', which writes the whole public "
            "record (use 'export meetings' for a selection)"
        )
    if not args.directory:
        return "export package: give the directory to write into (processus export package DIR)"
    target = Path(args.directory)
    if target.exists() and not target.is_dir():
        return f"{target}: exists and is not a directory"
    return None


def run_package(args: argparse.Namespace) -> int:
    problem = _problem(args)
    if problem:
        print(f"processus: {problem}", file=sys.stderr)
        return 2
    from processus.commands._django import database_error_message, run_checks

    if not run_checks():
        return 1
    from django.db import DatabaseError

    from processus.opendata.package import DESCRIPTOR, write_package

    target = Path(args.directory)
    try:
        counts = write_package(target)
    except OSError as exc:
        print(f"processus: {exc.filename or target}: {exc.strerror or exc}", file=sys.stderr)
        return 1
    except DatabaseError as exc:
        print(f"processus: {database_error_message(exc)}", file=sys.stderr)
        return 1
    tables = ", ".join(f"{name} {count}" for name, count in counts.items())
    print(f"{target / DESCRIPTOR}: {len(counts)} tables as CSV and JSON ({tables})")
    return 0
