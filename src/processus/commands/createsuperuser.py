"""``processus createsuperuser``: create an administrator account."""

from __future__ import annotations

import argparse
import os
import sys

HELP = "Create an administrator (asks for a password, or reads DJANGO_SUPERUSER_PASSWORD)."


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--username", help="login name")
    parser.add_argument("--email", help="e-mail address")
    parser.add_argument(
        "--no-input",
        action="store_true",
        help="do not prompt; needs --username, --email and DJANGO_SUPERUSER_PASSWORD",
    )


def run(args: argparse.Namespace) -> int:
    from processus.commands._django import run_checks

    if not run_checks():
        return 1
    from django.core.management import call_command
    from django.core.management.base import CommandError
    from django.db import DatabaseError

    if args.no_input and not (args.username and os.environ.get("DJANGO_SUPERUSER_PASSWORD")):
        print(
            "processus: --no-input needs --username and DJANGO_SUPERUSER_PASSWORD",
            file=sys.stderr,
        )
        return 2
    options: dict[str, object] = {"interactive": not args.no_input}
    if args.username:
        options["username"] = args.username
    if args.email is not None:
        options["email"] = args.email
    elif args.no_input:
        options["email"] = ""
    try:
        call_command("createsuperuser", **options)
    except (CommandError, DatabaseError) as exc:
        print(f"processus: {exc}", file=sys.stderr)
        return 1
    return 0
