"""``processus load-reference``: load countries, organisations, dialogues and action plans."""

from __future__ import annotations

import argparse
import sys

HELP = "Load the reference data (countries, organisations, dialogues, action plans); idempotent."


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("-q", "--quiet", action="store_true", help="print nothing on success")


def run(args: argparse.Namespace) -> int:
    from processus.commands._django import database_error_message, database_ready

    if not database_ready():
        return 1
    from django.db import DatabaseError

    from processus.kb.reference_loader import ReferenceDataError, load_reference_data

    try:
        report = load_reference_data()
    except ReferenceDataError as exc:
        print(f"processus: reference data: {exc}", file=sys.stderr)
        return 1
    except DatabaseError as exc:
        print(f"processus: {database_error_message(exc)}", file=sys.stderr)
        return 1
    if not args.quiet:
        for line in report.lines():
            print(line)
        print("reference data up to date" if not report.changed else f"{report.changed} changes")
    for warning in report.warnings:
        print(f"processus: warning: {warning}", file=sys.stderr)
    return 0
