"""``processus ingest``: store documents and consolidate their meetings in the knowledge base.

Each document is committed in its own transaction; a file that cannot be read
is reported by name and the run goes on. The summary lists documents read,
unchanged and failed (with the reason) and meetings created, merged and updated.
Exit status: 0 when every document was read, 1 when some failed, 2 on bad usage.
"""

from __future__ import annotations

import argparse
import sys
from datetime import date
from typing import TYPE_CHECKING

from processus.commands import add_reference_date_argument

if TYPE_CHECKING:
    from processus.kb.ingest import IngestReport
    from processus.kb.reading import ReadResult

HELP = "Ingest documents (files, folders or URLs) into the knowledge base; consolidate meetings."


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "paths",
        nargs="+",
        metavar="PATH",
        help="files or directories, or http(s) URLs of pages and files to fetch",
    )
    parser.add_argument(
        "--workers",
        type=int,
        default=1,
        metavar="N",
        help="extract in N worker processes (this process alone writes; default 1)",
    )
    add_reference_date_argument(parser)
    parser.add_argument("-q", "--quiet", action="store_true", help="no progress bar")
    from processus.tasks.cli import add_queue_arguments

    add_queue_arguments(parser)


def run(args: argparse.Namespace) -> int:
    reference = args.reference_date
    if args.workers < 1:
        print(f"processus: --workers {args.workers}: must be at least 1", file=sys.stderr)
        return 2
    if args.queue:
        from processus.tasks.cli import queued_ingest

        return queued_ingest(args)
    from processus.commands._django import database_error_message, database_ready

    if not database_ready():
        return 1
    from django.db import DatabaseError

    from processus.commands._django import where_the_record_lives
    from processus.intake.fetch import ingest_urls_from_command, is_url

    print(where_the_record_lives(), flush=True)
    urls = [p for p in args.paths if is_url(p)]
    paths = [p for p in args.paths if not is_url(p)]
    try:
        refused = ingest_urls_from_command(urls, reference) if urls else 0
        if not paths:
            return 1 if refused else 0
        report = ingest_with_progress(paths, args.workers, reference, quiet=args.quiet)
    except DatabaseError as exc:
        print(f"processus: {database_error_message(exc)}", file=sys.stderr)
        return 1
    for line in report.lines():
        print(line)
    print(
        f"in {report.seconds:.1f} s ({report.writing_seconds:.1f} s writing, "
        f"{report.waiting_seconds:.1f} s waiting for extraction)"
    )
    _notify_subscribers()
    return 1 if report.failed or refused else 0


def _notify_subscribers() -> None:
    """Subscribers hear of what this run changed (``processus notify``, a few queries);
    a mail server that cannot be reached is reported and never fails the ingestion."""
    from django.db import DatabaseError

    from processus.subscriptions.operations import notify

    try:
        sent = notify().emails
    except (OSError, DatabaseError) as exc:
        print(f"processus: subscribers not notified ({exc}); run processus notify later")
        return
    if sent:
        print(f"{sent} e-mail(s) sent to subscribers")


def ingest_with_progress(
    paths: list[str], workers: int, reference: date | None, *, quiet: bool = False
) -> IngestReport:
    """Run :func:`processus.kb.ingest.ingest` with a rich progress bar on a terminal."""
    from rich.console import Console
    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        Progress,
        TextColumn,
        TimeRemainingColumn,
    )

    from processus.kb.ingest import ingest

    console = Console(stderr=True)
    progress = Progress(
        TextColumn("ingesting"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeRemainingColumn(),
        TextColumn("{task.fields[name]}"),
        console=console,
        disable=quiet or not console.is_terminal,
        transient=False,
    )
    task = progress.add_task("ingest", total=None, name="")

    def on_total(total: int) -> None:
        progress.update(task, total=total)

    def on_document(result: ReadResult, outcome: str) -> None:
        if outcome == "failed" and not progress.disable:
            progress.console.print(f"processus: {result.path}: {result.error or 'failed'}")
        progress.update(task, advance=1, name=result.path[-40:])

    with progress:
        report = ingest(
            paths,
            workers=workers,
            reference_date=reference,
            on_document=on_document,
            on_total=on_total,
        )
    # Outcome items are read from the stored documents once their meetings are settled.
    from processus.outcomes.operations import sync_outcome_items

    sync_outcome_items()
    return report
