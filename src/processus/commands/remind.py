"""``processus remind``: e-mail registrants of meetings that start soon, once each.

Run it daily (cron, a systemd timer or the task queue's scheduler): each seated
registrant (confirmed or pending) of a meeting starting within ``--days`` days
gets one reminder in their language, with the meeting's .ics attached; a
registration already reminded is skipped, so running it twice sends nothing twice.
"""

from __future__ import annotations

import argparse
import sys

HELP = (
    "E-mail a reminder (with the meeting's .ics) to everyone registered for a meeting "
    "starting within --days days (default 7); each registrant is reminded once."
)


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--days", type=int, default=7, help="meetings starting within this many days (default 7)"
    )


def run(args: argparse.Namespace) -> int:
    if args.days < 0:
        print("processus: remind: --days cannot be negative", file=sys.stderr)
        return 2
    from processus.commands._django import database_error_message, run_checks

    if not run_checks():
        return 1
    from django.db import DatabaseError

    from processus.preparation.operations import remind

    try:
        sent = remind(args.days)
    except DatabaseError as exc:
        print(f"processus: {database_error_message(exc)}", file=sys.stderr)
        return 1
    print(f"{sent} reminder{'s' if sent != 1 else ''} sent")
    return 0
