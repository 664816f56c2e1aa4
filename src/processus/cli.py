"""The ``processus`` console command.

Each subcommand lives in its own module under :mod:`processus.commands` and
exposes ``HELP`` (one line), ``add_arguments(parser)`` and ``run(args) -> int``.
The registry below is the one place that lists them, so ``processus --help``
and the README's CLI reference are generated from the same source.

Commands that need the database call :func:`processus.commands.setup_django`
themselves; pure commands (``extract``, ``evaluate``) never import Django.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence

from processus import __version__

#: subcommand name -> module under processus.commands
COMMANDS: dict[str, str] = {
    "serve": "serve",
    "migrate": "migrate",
    "load-reference": "load_reference",
    "createsuperuser": "createsuperuser",
    "createuser": "createuser",
    "check": "check",
    "extract": "extract",
    "evaluate": "evaluate",
    "ingest": "ingest",
    "export": "export",
    "conflicts": "conflicts",
    "demo": "demo",
    "search": "search",
    "reindex": "reindex",
    "search-eval": "search_eval",
    "search-distill": "search_distill",
    "backup": "backup",
    "restore": "restore",
    "report": "report",
    "suggest-links": "suggest_links",
    "evaluate-links": "evaluate_links",
    "outcomes": "outcomes",
    "token": "token",
    "notify": "notify",
    "worker": "worker",
    "tasks": "tasks",
    "remind": "remind",
    "watch-feed": "watch_feed",
    "consume": "consume",
}


class _Parser(argparse.ArgumentParser):
    """An ArgumentParser whose errors name the command and exit with status 2."""

    def error(self, message: str) -> None:  # type: ignore[override]
        self.print_usage(sys.stderr)
        self.exit(2, f"{self.prog}: error: {message}\n")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="processus",
        description="Processus: the living record of intergovernmental migration dialogues.",
    )
    parser.add_argument("--version", action="version", version=f"processus {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    for name, module_name in COMMANDS.items():
        module = importlib.import_module(f"processus.commands.{module_name}")
        command = sub.add_parser(name, help=module.HELP, description=module.HELP)
        module.add_arguments(command)
        command.set_defaults(_run=module.run)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "_run", None):
        parser.print_help(sys.stderr)
        return 2
    try:
        return int(args._run(args) or 0)
    except KeyboardInterrupt:
        print("processus: interrupted", file=sys.stderr)
        return 130


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
