"""``processus worker``: run tasks from the queue (ingestion, re-extraction, reindexing,
reports, e-mail). Start any number, on any machine that reaches the database, the
broker and the data directory (the documents' originals); each runs ``--concurrency``
processes."""

from __future__ import annotations

import argparse
import os
import sys

HELP = "Run queued tasks (ingest, re-extract, reindex, reports, e-mail) in a Celery worker."


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--concurrency",
        type=int,
        default=1,
        metavar="N",
        help="worker processes, each running one task at a time (default 1)",
    )
    parser.add_argument(
        "--loglevel",
        default="INFO",
        choices=("DEBUG", "INFO", "WARNING", "ERROR"),
        help="what the worker logs (default INFO)",
    )
    parser.add_argument(
        "--name",
        default="",
        metavar="NAME",
        help="the worker's name, unique among the workers (default: processus-PID@HOST)",
    )


def run(args: argparse.Namespace) -> int:
    if args.concurrency < 1:
        print(f"processus: --concurrency {args.concurrency}: must be at least 1", file=sys.stderr)
        return 2
    from processus.commands._django import database_ready, where_the_record_lives

    if not database_ready():
        return 1
    from processus.tasks.config import broker_url, describe_broker

    url = broker_url()
    if url is None:
        print(
            "processus worker: tasks run in process here (SQLite without PROCESSUS_BROKER_URL, "
            "or PROCESSUS_BROKER_URL=in-process): there is no queue to take them from",
            file=sys.stderr,
        )
        return 2
    print(where_the_record_lives(), flush=True)
    print(f"broker: {describe_broker(url)}", flush=True)
    from processus.tasks.queue import QUEUE, app

    name = args.name or f"processus-{os.getpid()}@%h"
    app.worker_main(
        [
            "worker",
            f"--concurrency={args.concurrency}",
            f"--loglevel={args.loglevel}",
            f"--hostname={name}",
            f"--queues={QUEUE}",
            "--without-gossip",
            "--without-mingle",
        ]
    )
    return 0
