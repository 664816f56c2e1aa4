"""``processus extract``: print the meetings found in documents.

Pure: never imports Django.  Bad input (an unreadable file, a wrong date) gives one
line on stderr naming the file or option, and the other files are still processed.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from processus.commands import add_reference_date_argument

if TYPE_CHECKING:
    from processus.extraction import MeetingRecord

HELP = "Extract meeting records from documents (txt, md, html, pdf, docx)."

SUFFIXES = frozenset({".txt", ".text", ".md", ".markdown", ".html", ".htm", ".xhtml", ".pdf",
                      ".docx"})  # fmt: skip


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("paths", nargs="+", metavar="PATH", help="files or directories")
    parser.add_argument(
        "--format", choices=("jsonl", "table"), default="jsonl", help="output format"
    )
    add_reference_date_argument(parser)


def _files(path: Path) -> Iterator[Path]:
    if path.is_dir():
        for child in sorted(path.rglob("*")):
            if child.is_file() and child.suffix.lower() in SUFFIXES:
                yield child
    else:
        yield path


def run(args: argparse.Namespace) -> int:
    from processus.extraction import DocumentError, extract_document

    reference = args.reference_date
    read = 0
    rows = []
    documents: list[tuple[str, str, str]] = []  # source, kind, reason (table format)
    for raw in args.paths:
        root = Path(raw)
        if not root.exists():
            print(f"processus: {raw}: no such file or directory", file=sys.stderr)
            continue
        for path in _files(root):
            try:
                result = extract_document(path, reference)
            except DocumentError as exc:
                print(f"processus: {path}: {exc.reason}", file=sys.stderr)
                continue
            read += 1
            documents.append(
                (result.source, result.document_kind, result.document_kind_reason or "")
            )
            for record in result.records:
                if args.format == "jsonl":
                    sys.stdout.write(json.dumps(record.to_dict(), ensure_ascii=False) + "\n")
                else:
                    rows.append(record)
    if args.format == "table":
        _print_table(rows, documents)
    sys.stdout.flush()
    return 0 if read else 2


def _print_table(records: list[MeetingRecord], documents: list[tuple[str, str, str]]) -> None:
    from rich.console import Console
    from rich.table import Table

    console = Console(width=200)
    # the document kind is per document, not per record: a table of its own, first
    kinds = Table(title="Documents", show_lines=False)
    for column in ("source", "document kind", "why"):
        kinds.add_column(column)
    for source, kind, reason in documents:
        kinds.add_row(source, kind, reason)
    console.print(kinds)
    table = Table(title="Meetings", show_lines=False)
    for column in ("source", "kind", "dates", "place", "dialogues", "hosts", "chairs",
                   "participants", "status"):  # fmt: skip
        table.add_column(column)
    for r in records:
        dates = r.start or ""
        if r.end and r.end != r.start:
            dates += f" – {r.end}"
        place = ", ".join(x for x in (r.city, r.country) if x)
        participants = ""
        if r.participants is not None:
            participants = f"{r.participants_qualifier + ' ' if r.participants_qualifier else ''}"
            participants += str(r.participants)
        table.add_row(
            r.source, r.kind or "", dates, place, ", ".join(r.dialogues), ", ".join(r.hosts),
            ", ".join(r.chairs), participants, r.status or "",
        )  # fmt: skip
    console.print(table)
