"""``processus watch-feed URL``: follow an RSS or Atom feed, ingesting each new item once.

Each pass fetches the feed, and each item not seen before (by its id, else its link)
has its link fetched and ingested like ``processus ingest URL``; the items seen are
remembered in the database, so the next pass (or the next run) skips them. Without
``--once`` the feed is read every ``--every`` minutes until interrupted.
Exit status with ``--once``: 0 when the feed and every new item were read, else 1.
"""

from __future__ import annotations

import argparse
import sys
import time

HELP = "Follow an RSS/Atom feed: ingest each new item's link once (--once for one pass)."


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("url", metavar="URL", help="the feed's http(s) URL")
    parser.add_argument(
        "--every", type=float, default=30.0, metavar="MIN", help="minutes between passes"
    )
    parser.add_argument("--once", action="store_true", help="one pass, then exit")


def run(args: argparse.Namespace) -> int:
    from processus.intake.fetch import FetchError, check_url

    try:
        check_url(args.url)
    except FetchError as exc:
        print(f"processus: {args.url}: {exc.reason}", file=sys.stderr)
        return 2
    if args.every <= 0:
        print(f"processus: --every {args.every:g}: must be more than 0 minutes", file=sys.stderr)
        return 2
    from processus.commands._django import database_error_message, database_ready

    if not database_ready():
        return 1
    from django.db import DatabaseError

    from processus.intake.feeds import watch_once

    try:
        while True:
            report = watch_once(args.url)
            for line in report.lines():
                print(line, file=sys.stderr if report.error else sys.stdout, flush=True)
            if args.once:
                return 1 if report.error or report.refused else 0
            time.sleep(args.every * 60)
    except DatabaseError as exc:
        print(f"processus: {database_error_message(exc)}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 0
