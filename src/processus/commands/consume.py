"""``processus consume DIR``: an inbox folder whose files are ingested and moved.

Each file dropped in DIR is ingested like any other (same limits, same reasons), then
moved to DIR/done/, or to DIR/failed/ with a ``<name>.reason`` file beside it. Files
still being written wait for the next pass; hidden and partial files are left alone.
Without ``--once`` the folder is watched every ``--every`` seconds until interrupted.
Exit status with ``--once``: 0 when every file was ingested, 1 when some failed.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

HELP = "Watch an inbox folder: ingest each new file, then move it to done/ or failed/."


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("folder", metavar="DIR", help="the inbox folder")
    parser.add_argument(
        "--every", type=float, default=10.0, metavar="SEC", help="seconds between passes"
    )
    parser.add_argument("--once", action="store_true", help="one pass, then exit")
    parser.add_argument(
        "--settle",
        type=float,
        default=1.0,
        metavar="SEC",
        help="a file must keep its size this long to be taken (default 1)",
    )


def run(args: argparse.Namespace) -> int:
    folder = Path(args.folder)
    if not folder.is_dir():
        print(f"processus: {folder}: not a folder", file=sys.stderr)
        return 2
    if args.every <= 0 or args.settle < 0:
        print("processus: --every must be more than 0 and --settle at least 0", file=sys.stderr)
        return 2
    from processus.commands._django import database_error_message, database_ready

    if not database_ready():
        return 1
    from django.db import DatabaseError

    from processus.intake.inbox import consume_once

    try:
        while True:
            report = consume_once(folder, settle_seconds=args.settle)
            for line in report.lines():
                print(line, flush=True)
            if args.once:
                return 1 if report.failed else 0
            time.sleep(args.every)
    except DatabaseError as exc:
        print(f"processus: {database_error_message(exc)}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 0
