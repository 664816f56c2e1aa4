"""``processus createuser``: create an account; with ``--editor``, one that edits the record.

Editors belong to the "Editors" group: they correct meetings, revert changes, merge
and split meetings from the meeting pages, and are not staff, so the admin stays
closed to them (``processus createsuperuser`` makes administrators). With
``--focal-point COUNTRY`` the account is a national focal point of that country (the
"Focal points" group): it registers the country's delegation to meetings.
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys

HELP = (
    "Create an account; --editor puts it in the Editors group (edits the record, no admin "
    "rights). Asks for a password, or reads PROCESSUS_USER_PASSWORD with --no-input."
)
PASSWORD_VARIABLE = "PROCESSUS_USER_PASSWORD"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("username", help="login name")
    parser.add_argument("--email", default="", help="e-mail address")
    parser.add_argument(
        "--editor",
        action="store_true",
        help="member of the Editors group: may correct, merge and split meetings",
    )
    parser.add_argument(
        "--focal-point",
        metavar="COUNTRY",
        help="a national focal point of COUNTRY (its English name): registers its delegation",
    )
    parser.add_argument(
        "--no-input",
        action="store_true",
        help=f"do not prompt; the password comes from {PASSWORD_VARIABLE}",
    )


def _password(no_input: bool) -> str | None:
    if no_input:
        return os.environ.get(PASSWORD_VARIABLE) or None
    first = getpass.getpass("Password: ")
    if first != getpass.getpass("Password (again): "):
        print("processus: the two passwords differ", file=sys.stderr)
        return None
    return first or None


def _create_focal_point(username: str, email: str, password: str, country_name: str) -> int:
    from processus.preparation.operations import (
        FOCAL_POINTS_GROUP,
        country_named,
        create_focal_point,
    )

    country = country_named(country_name)
    if country is None:
        print(f"processus: createuser: there is no country named {country_name!r}", file=sys.stderr)
        return 1
    create_focal_point(username, email, password, country)
    print(f"created {username!r}: a focal point of {country.name} ({FOCAL_POINTS_GROUP} group)")
    return 0


def run(args: argparse.Namespace) -> int:
    from processus.commands._django import database_error_message, run_checks

    if not run_checks():
        return 1
    from django.contrib.auth import get_user_model
    from django.contrib.auth.password_validation import validate_password
    from django.core.exceptions import ValidationError
    from django.db import DatabaseError

    from processus.kb.operations import EDITORS_GROUP, create_editor

    username = args.username.strip()
    if args.focal_point and args.editor:
        print(
            "processus: createuser: --editor and --focal-point exclude each other", file=sys.stderr
        )
        return 2
    if not username:
        print("processus: createuser: the login name is empty", file=sys.stderr)
        return 2
    password = _password(args.no_input)
    if password is None:
        where = f"set {PASSWORD_VARIABLE}" if args.no_input else "type one"
        print(f"processus: createuser: no password ({where})", file=sys.stderr)
        return 2
    User = get_user_model()
    try:
        if User.objects.filter(username=username).exists():
            print(f"processus: createuser: {username!r} is already taken", file=sys.stderr)
            return 1
        validate_password(password, User(username=username, email=args.email))
        if args.focal_point:
            return _create_focal_point(username, args.email, password, args.focal_point)
        if args.editor:
            create_editor(username, args.email, password)
        else:
            User.objects.create_user(username, email=args.email, password=password)
    except ValidationError as exc:
        print(f"processus: createuser: {' '.join(exc.messages)}", file=sys.stderr)
        return 1
    except DatabaseError as exc:
        print(f"processus: {database_error_message(exc)}", file=sys.stderr)
        return 1
    role = f"an editor ({EDITORS_GROUP} group)" if args.editor else "a user without editing rights"
    print(f"created {username!r}: {role}")
    return 0
