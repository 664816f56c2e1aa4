"""``processus token create USER``: print an editor's API key (made if they have none).

Programs send it as ``Authorization: Token <key>`` to change the record through the
API. ``--new`` replaces the key (the old one stops working at once). Only editors
get one: an unknown user or one who may not edit is refused, naming why.
"""

from __future__ import annotations

import argparse
import sys

HELP = "Print an editor's API key for Authorization: Token <key> (token create USER [--new])."


def add_arguments(parser: argparse.ArgumentParser) -> None:
    actions = parser.add_subparsers(dest="action", metavar="ACTION", required=True)
    create = actions.add_parser("create", help="print the user's key, made if they have none")
    create.add_argument("username", help="the editor's login name")
    create.add_argument(
        "--new", action="store_true", help="make a new key; the old one stops working"
    )


def run(args: argparse.Namespace) -> int:
    from processus.commands._django import database_error_message, run_checks

    if not run_checks():
        return 1
    from django.contrib.auth import get_user_model
    from django.db import DatabaseError

    from processus.api.tokens import TokenRefused, regenerate_token, token_for

    try:
        user = get_user_model().objects.filter(username=args.username).first()
        if user is None:
            print(f"processus: token: there is no user {args.username!r}", file=sys.stderr)
            return 1
        token = regenerate_token(user) if args.new else token_for(user)
    except TokenRefused as exc:
        print(f"processus: token: {exc}", file=sys.stderr)
        return 1
    except DatabaseError as exc:
        print(f"processus: {database_error_message(exc)}", file=sys.stderr)
        return 1
    print(token.key)
    return 0
