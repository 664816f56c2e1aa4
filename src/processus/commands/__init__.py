"""Subcommands of the ``processus`` console command (see :mod:`processus.cli`)."""

from __future__ import annotations

import argparse
import datetime as dt
import os


def setup_django() -> None:
    """Configure Django for commands that use the knowledge base.

    Imported lazily so that pure commands such as ``extract`` stay free of Django.
    """
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "processus.config.settings")
    import django

    django.setup()


def iso_date(value: str) -> dt.date:
    """An argparse type: ``YYYY-MM-DD``, or a usage error that names the value."""
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date in YYYY-MM-DD form: {value!r}") from None


def add_reference_date_argument(parser: argparse.ArgumentParser) -> None:
    """``--reference-date``, shared by the commands that read documents."""
    parser.add_argument(
        "--reference-date",
        type=iso_date,
        default=None,
        metavar="YYYY-MM-DD",
        help="date the documents are read from: decides past/upcoming and the year of "
        "undated days when a document states no date of its own",
    )
