"""``processus check``: report configuration and database problems."""

from __future__ import annotations

import argparse
import sys

HELP = "Check the configuration, the data directory and the database connection."


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--deploy", action="store_true", help="also run Django's production (deployment) checks"
    )


def run(args: argparse.Namespace) -> int:
    from processus.commands._django import database_error_message, pending_migrations, run_checks

    ok = run_checks()
    from django.conf import settings
    from django.core import checks
    from django.db import DatabaseError

    if args.deploy:
        for problem in checks.run_checks(include_deployment_checks=True, tags=["security"]):
            print(f"processus: {problem.id}: {problem.msg}", file=sys.stderr)
            ok = ok and problem.level < checks.ERROR
    engine = settings.DATABASES["default"]["ENGINE"].rsplit(".", 1)[-1]
    try:
        pending = pending_migrations()
    except DatabaseError as exc:
        print(f"processus: {database_error_message(exc)}", file=sys.stderr)
        return 1
    print(f"data directory: {settings.DATA_DIR}")
    print(f"database: {engine} ({settings.DATABASES['default']['NAME']})")
    if pending:
        print(f"migrations: {len(pending)} pending — run `processus migrate`")
    else:
        print("migrations: up to date")
    print("configuration: ok" if ok else "configuration: problems found (see above)")
    return 0 if ok else 1
