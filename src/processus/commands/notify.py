"""``processus notify``: tell subscribers what happened to the meetings they follow.

Run it after ingestion and edits (a cron job, or right after ``processus ingest``):
it reads what changed since its last run, matches it to the subscriptions and
sends each subscriber one e-mail (:mod:`processus.subscriptions.operations`).
"""

from __future__ import annotations

import argparse
import sys

HELP = (
    "Send subscribers one e-mail each with the meetings they follow that were announced, "
    "changed or given outcomes since the last run."
)


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--no-send",
        action="store_true",
        help="collect and match only; the e-mails wait for the next run",
    )


def run(args: argparse.Namespace) -> int:
    from processus.commands._django import database_error_message, run_checks

    if not run_checks():
        return 1
    from django.db import DatabaseError

    from processus.subscriptions import operations

    try:
        events = operations.collect()
        notifications = operations.match()
        emails = 0 if args.no_send else operations.send()
    except DatabaseError as exc:
        print(f"processus: {database_error_message(exc)}", file=sys.stderr)
        return 1
    except OSError as exc:  # the mail server refused or cannot be reached
        print(f"processus: could not send the e-mails: {exc}", file=sys.stderr)
        return 1
    print(
        f"{events} change(s) read from the record's log, {notifications} notification(s) made, "
        f"{emails} e-mail(s) sent"
    )
    return 0
