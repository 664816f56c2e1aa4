"""Helpers for subcommands that run on the knowledge base."""

from __future__ import annotations

import sys

from processus.commands import setup_django


def run_checks() -> bool:
    """Run Django's system checks; print problems and return False when any is an error."""
    setup_django()
    from django.core import checks
    from django.core.checks import ERROR

    problems = checks.run_checks(include_deployment_checks=False)
    for problem in problems:
        print(f"processus: {problem.id}: {problem.msg}", file=sys.stderr)
        if problem.hint:
            print(f"  hint: {problem.hint}", file=sys.stderr)
    return not any(problem.level >= ERROR for problem in problems)


def pending_migrations() -> list[str]:
    """Names of migrations not applied yet (empty when the database is up to date)."""
    from django.db import connection
    from django.db.migrations.executor import MigrationExecutor

    executor = MigrationExecutor(connection)
    plan = executor.migration_plan(executor.loader.graph.leaf_nodes())
    return [f"{migration.app_label}.{migration.name}" for migration, _ in plan]


def database_error_message(exc: Exception) -> str:
    from django.conf import settings

    db = settings.DATABASES["default"]
    where = db.get("HOST") or db.get("NAME")
    return f"cannot use the database ({db['ENGINE'].rsplit('.', 1)[-1]} at {where}): {exc}"


def where_the_record_lives() -> str:
    """The data directory and the database, printed when a command starts.

    The default data directory (``./var``) depends on the folder the command is
    started from; saying where it is keeps that from going unnoticed.
    """
    from django.conf import settings

    db = settings.DATABASES["default"]
    engine = db["ENGINE"].rsplit(".", 1)[-1]
    where = (
        db["NAME"] if engine == "sqlite3" else f"{db['NAME']} at {db.get('HOST') or 'localhost'}"
    )
    return f"data directory: {settings.DATA_DIR} (database: {engine}, {where})"


def database_ready() -> bool:
    """Checks pass and every migration is applied; otherwise say what to do and return False.

    The preamble of every command that reads or writes the knowledge base.
    """
    if not run_checks():
        return False
    from django.db import DatabaseError

    try:
        pending = pending_migrations()
    except DatabaseError as exc:
        print(f"processus: {database_error_message(exc)}", file=sys.stderr)
        return False
    if pending:
        print(
            f"processus: the database needs migrating first ({len(pending)} pending); "
            "run `processus migrate`",
            file=sys.stderr,
        )
        return False
    return True
