"""``processus check``: report configuration and database problems.

``--deploy`` adds the production checks: Django's own (HSTS, SSL redirect, secure
cookies, secret key, DEBUG, ALLOWED_HOSTS) and ours (proxy SSL header,
Content-Security-Policy, login throttling). Each warning names the environment
variable that fixes it; the settings and the variables share their names. Any
deployment warning makes the exit status 1, so a deploy script can gate on it.
"""

from __future__ import annotations

import argparse
import sys
from typing import Any

HELP = "Check the configuration, the data directory and the database connection."


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--deploy",
        action="store_true",
        help="also check what production needs: HTTPS settings, secure cookies, "
        "Content-Security-Policy, login throttling (exit status 1 on any warning)",
    )


def _deployment_problems() -> list[Any]:
    from django.core import checks

    problems = sorted(
        checks.run_checks(include_deployment_checks=True, tags=["security"]),
        key=lambda problem: problem.id or "",
    )
    for problem in problems:
        print(f"processus: {problem.id}: {problem.msg}", file=sys.stderr)
        if problem.hint:
            print(f"  hint: {problem.hint}", file=sys.stderr)
    return list(problems)


def run(args: argparse.Namespace) -> int:
    from processus.commands._django import database_error_message, pending_migrations, run_checks

    ok = run_checks()
    from django.conf import settings
    from django.db import DatabaseError

    deployment = _deployment_problems() if args.deploy else []
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
    if args.deploy:
        if deployment:
            print(f"deployment: {len(deployment)} warning(s) (see above)")
        else:
            print("deployment: ready")
    return 0 if ok and not deployment else 1
