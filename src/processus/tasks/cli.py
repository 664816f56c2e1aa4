"""``processus ingest --queue``: the command's queued mode, kept here beside the tasks.

The files are found as ``processus ingest`` finds them (a path that is no document
is reported at once, by name) and enqueued in batches, one ``ingest`` task each;
the command returns with the task ids. Without a broker (SQLite) the batches run
at once in this process, one after the other.
"""

from __future__ import annotations

import argparse
import sys

#: Files per task: each task loads the matching index and settles theme links and outcome
#: items once, so larger batches cost less; smaller ones spread better over few files.
DEFAULT_BATCH = 100


def add_queue_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--queue",
        action="store_true",
        help="enqueue the files for `processus worker` in batches and return with the task ids",
    )
    parser.add_argument(
        "--batch-size",
        type=int,
        default=DEFAULT_BATCH,
        metavar="N",
        help=f"with --queue: files per task (default {DEFAULT_BATCH})",
    )


def queued_ingest(args: argparse.Namespace) -> int:
    if args.workers != 1:
        print("processus: --workers reads files in this process; with --queue the workers "
              "are `processus worker` processes", file=sys.stderr)  # fmt: skip
        return 2
    if args.batch_size < 1:
        print(f"processus: --batch-size {args.batch_size}: must be at least 1", file=sys.stderr)
        return 2
    from processus.commands._django import database_ready, where_the_record_lives

    if not database_ready():
        return 1
    from processus.intake.fetch import is_url

    urls = [p for p in args.paths if is_url(p)]
    if urls:
        print(f"processus: {urls[0]}: --queue takes files and folders; URLs are fetched by "
              "`processus ingest URL` without --queue", file=sys.stderr)  # fmt: skip
        return 2
    from processus.kb.walk import document_files
    from processus.tasks.config import broker_url, describe_broker
    from processus.tasks.operations import QueueUnavailable, enqueue_ingest

    print(where_the_record_lives(), flush=True)
    files, problems = [], []
    for path, problem in document_files(args.paths):
        (problems.append(f"failed: {path}: {problem}") if problem else files.append(path))
    reference = args.reference_date.isoformat() if args.reference_date else None
    try:
        records = enqueue_ingest(files, batch_size=args.batch_size, reference_date=reference)
    except QueueUnavailable as exc:
        print(f"processus: {exc}", file=sys.stderr)
        return 1
    url = broker_url()
    where = describe_broker(url) if url else "this process (no broker)"
    print(f"{len(records)} tasks for {len(files)} files, queued to {where}:")
    for record in records:
        files_in = len(record.arguments["paths"])
        print(f"{record.task_id}  {record.name}  {record.state}  {files_in} files")
    for line in problems:
        print(line)
    failed = any(record.state == "failed" or record.failures for record in records)
    return 1 if problems or (url is None and failed) else 0
