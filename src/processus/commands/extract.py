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
    from processus.extraction import DocumentExtraction, MeetingRecord

HELP = "Extract meeting records from documents (txt, md, html, pdf, docx)."

SUFFIXES = frozenset({".txt", ".text", ".md", ".markdown", ".html", ".htm", ".xhtml", ".pdf",
                      ".docx"})  # fmt: skip


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("paths", nargs="+", metavar="PATH", help="files or directories")
    parser.add_argument(
        "--format", choices=("jsonl", "table"), default="jsonl", help="output format"
    )
    add_reference_date_argument(parser)
    parser.add_argument(
        "--explain",
        action="store_true",
        help="name the rule and the text span behind every value, and the candidates left "
        'aside with the reason (jsonl: a "rule" in each evidence object and one '
        '{"source", "explanations"} line per document; table: a text report after the '
        "tables)",
    )


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
    explain = bool(getattr(args, "explain", False))
    read = 0
    rows = []
    documents: list[tuple[str, str, str]] = []  # source, kind, reason (table format)
    explained: list[DocumentExtraction] = []  # --explain --format table
    for raw in args.paths:
        root = Path(raw)
        if not root.exists():
            print(f"processus: {raw}: no such file or directory", file=sys.stderr)
            continue
        for path in _files(root):
            try:
                result = extract_document(path, reference, explain=explain)
            except DocumentError as exc:
                print(f"processus: {path}: {exc.reason}", file=sys.stderr)
                continue
            read += 1
            documents.append(
                (result.source, result.document_kind, result.document_kind_reason or "")
            )
            for record in result.records:
                if args.format == "jsonl":
                    line = json.dumps(record.to_dict(explain), ensure_ascii=False)
                    sys.stdout.write(line + "\n")
                else:
                    rows.append(record)
            if explain and args.format == "jsonl":
                left = [e.to_dict() for e in result.explanations or ()]
                line = json.dumps(
                    {"source": result.source, "explanations": left}, ensure_ascii=False
                )
                sys.stdout.write(line + "\n")
            elif explain:
                explained.append(result)
    if args.format == "table":
        _print_table(rows, documents)
        for result in explained:
            sys.stdout.write(explanation_report(result))
    sys.stdout.flush()
    return 0 if read else 2


def explanation_report(result: DocumentExtraction) -> str:
    """``--explain`` as text: each record's values with the rule and the quoted span behind
    them, then the candidates of the document left aside, with the reason."""
    from processus.extraction import RECORD_KEYS

    lines = ["", f"Explanation: {result.source} ({result.document_kind})"]
    for number, record in enumerate(result.records, start=1):
        lines.append(f"  Meeting {number}: {_headline(record)}")
        for key in RECORD_KEYS:
            evidence = [e for e in record.evidence if e.field == key]
            if not evidence:
                continue
            lines.append(f"    {key}: {_value(getattr(record, key))}")
            for e in evidence:
                how = f" ({'inferred' if e.inferred else 'note'}: {e.note})" if e.note else ""
                if e.inferred and not e.note:
                    how = " (inferred)"
                lines.append(f'      {e.rule or "?"}: "{_quote(e.text)}" [{e.start}-{e.end}]{how}')
    left = result.explanations or []
    lines.append(f"  Left aside: {len(left)}" if left else "  Left aside: none")
    for item in left:
        weighed = f" (for {item.meeting})" if item.meeting else ""
        quoted = f'"{_quote(item.text)}" [{item.start}-{item.end}]'
        lines.append(f"    {item.field}: {quoted}: {item.reason}{weighed}")
    return "\n".join(lines) + "\n"


def _headline(record: MeetingRecord) -> str:
    place = ", ".join(x for x in (record.city, record.country) if x)
    return (
        " | ".join(x for x in (record.kind, record.start, place) if x) or "(no kind, date, place)"
    )


def _value(value: object) -> str:
    if isinstance(value, list):
        return ", ".join(str(v) for v in value)
    return str(value)


def _quote(text: str) -> str:
    """A span on one line, cut when long."""
    text = " ".join(text.split())
    return text if len(text) <= 80 else text[:77] + "..."


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
