"""``processus serve``: the web application behind gunicorn, static files included.

WhiteNoise serves the static files from the app itself, so nothing else (no
nginx, no CDN) is needed to see the pages.
"""

from __future__ import annotations

import argparse
import sys
from typing import Any

HELP = "Serve the web application (gunicorn) at http://127.0.0.1:8000 by default."


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--host", default="127.0.0.1", help="address to listen on")
    parser.add_argument("--port", type=int, default=8000, help="port to listen on")
    parser.add_argument("--workers", type=int, default=2, help="worker processes (default 2)")
    parser.add_argument("--threads", type=int, default=4, help="threads per worker (default 4)")


def run(args: argparse.Namespace) -> int:
    from processus.commands._django import database_ready

    if not 0 < args.port < 65536:
        print(f"processus: --port {args.port} is not a TCP port (1-65535)", file=sys.stderr)
        return 2
    if not database_ready():
        return 1

    from django.core.management import call_command

    # Collected, compressed copies let WhiteNoise serve static files efficiently.
    call_command("collectstatic", interactive=False, verbosity=0)

    from gunicorn.app.base import BaseApplication

    from processus.config.wsgi import application

    class _Server(BaseApplication):
        def load_config(self) -> None:
            options: dict[str, Any] = {
                "bind": f"{args.host}:{args.port}",
                "workers": args.workers,
                "threads": args.threads,
                "worker_class": "gthread",
                "accesslog": "-",
                "timeout": 60,
            }
            for key, value in options.items():
                self.cfg.set(key, value)

        def load(self) -> Any:
            return application

    from processus.commands._django import where_the_record_lives

    print(where_the_record_lives(), flush=True)
    print(f"Processus at http://{args.host}:{args.port}/ (Ctrl-C to stop)", flush=True)
    _Server().run()
    return 0
