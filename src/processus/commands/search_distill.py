"""``processus search-distill``: distill the static semantic model from the packaged one.

Needs the ``processus[semantic]`` extra; runs offline. The model goes to
``$PROCESSUS_DATA_DIR/search/minilm-static``; run ``processus reindex`` after.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

HELP = "Distill the fast static embedding model used by semantic search (needs the extra)."


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--output", type=Path, default=None, help="directory for the model")


def run(args: argparse.Namespace) -> int:
    from processus.commands import setup_django

    setup_django()
    from processus.search import semantic

    if not semantic.extra_installed():
        print(
            "processus search-distill: the semantic extra is not installed "
            "(pip install 'processus[semantic]')",
            file=sys.stderr,
        )
        return 1
    started = time.perf_counter()
    path = semantic.distill(args.output)
    print(f"static model written to {path} in {time.perf_counter() - started:.0f} s")
    return 0
