"""``processus export``: consolidated meetings or stored documents as JSON lines or CSV."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterable, Sequence
from datetime import date
from typing import IO, Any

HELP = (
    "Export meetings (contract keys + id + sources) or documents as jsonl or csv; "
    "'export package DIR' writes the open-data package (CSV, JSON, datapackage.json)"
)


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("what", choices=("meetings", "documents", "package"), help="what to export")
    parser.add_argument(
        "directory", nargs="?", metavar="DIR", help="package: the directory to write it into"
    )
    parser.add_argument("--format", choices=("jsonl", "csv"), default="jsonl")
    parser.add_argument("--dialogue", metavar="D", help="only meetings of this dialogue")
    parser.add_argument(
        "--since", metavar="YYYY-MM-DD", help="only meetings held on or after this date"
    )
    parser.add_argument(
        "--canonical",
        action="store_true",
        help="the same bytes for the same record: meetings numbered in content order, "
        "documents named by path, no database ids or ingestion times",
    )
    parser.add_argument("-o", "--output", metavar="FILE", help="write here instead of stdout")


def run(args: argparse.Namespace) -> int:
    if args.what == "package":
        from processus.opendata.command import run_package

        return run_package(args)
    if args.directory:
        print(f"processus: {args.directory!r}: a directory is only for 'export package'",
              file=sys.stderr)  # fmt: skip
        return 2
    since = None
    if args.since:
        try:
            since = date.fromisoformat(args.since)
        except ValueError:
            print(f"processus: --since: not a date in YYYY-MM-DD form: {args.since!r}",
                  file=sys.stderr)  # fmt: skip
            return 2
    from processus.commands._django import database_error_message, run_checks

    if not run_checks():
        return 1
    from django.db import DatabaseError

    from processus.kb import exporting
    from processus.kb.canonical_export import canonical_document_rows, canonical_meeting_rows

    try:
        if args.what == "meetings":
            dialogue = None
            if args.dialogue:
                dialogue = exporting.find_dialogue(args.dialogue)
                if dialogue is None:
                    print(f"processus: --dialogue: unknown dialogue {args.dialogue!r}",
                          file=sys.stderr)  # fmt: skip
                    return 2
            queryset = exporting.meetings_queryset(dialogue, since)
            with_evidence = args.format == "jsonl"
            if args.canonical:
                rows = iter(canonical_meeting_rows(queryset, with_evidence=with_evidence))
            else:
                rows = exporting.meeting_rows(queryset, with_evidence=with_evidence)
            columns: Sequence[str] = exporting.MEETING_COLUMNS
        else:
            rows = canonical_document_rows() if args.canonical else exporting.document_rows()
            columns = exporting.DOCUMENT_COLUMNS
        if args.output:
            with open(args.output, "w", encoding="utf-8", newline="") as out:
                _write(args.format, rows, columns, out)
        else:
            _write(args.format, rows, columns, sys.stdout)
    except BrokenPipeError:  # `processus export … | head`
        sys.stderr.close()
        return 0
    except OSError as exc:
        print(f"processus: {args.output or 'stdout'}: {exc.strerror or exc}", file=sys.stderr)
        return 1
    except DatabaseError as exc:
        print(f"processus: {database_error_message(exc)}", file=sys.stderr)
        return 1
    return 0


def _write(fmt: str, rows: Iterable[dict[str, Any]], columns: Sequence[str], out: IO[str]) -> None:
    from processus.kb import exporting

    if fmt == "jsonl":
        exporting.write_jsonl(rows, out)
    else:
        exporting.write_csv(rows, columns, out)
