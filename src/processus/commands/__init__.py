"""Subcommands of the ``processus`` console command (see :mod:`processus.cli`)."""

from __future__ import annotations

import os


def setup_django() -> None:
    """Configure Django for commands that use the knowledge base.

    Imported lazily so that pure commands such as ``extract`` stay free of Django.
    """
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "processus.config.settings")
    import django

    django.setup()
