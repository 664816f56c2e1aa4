"""``processus search "QUERY"``: the same search as the site's ``/search`` page.

Meetings, documents and passages ranked together, each with its snippet and the
address of the exact place (``/meetings/<id>/``, ``/documents/<id>/#p-<n>``).
"""

from __future__ import annotations

import argparse
import html
import json
import sys

HELP = "Search meetings, documents and passages (lexical, plus semantic with the extra)."


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("query", help='words, "quoted phrases"; anything else is plain text')
    parser.add_argument("--limit", type=int, default=10, help="number of results (1-100)")
    parser.add_argument("--format", choices=("text", "json"), default="text")
    parser.add_argument(
        "--mode",
        choices=("auto", "lexical", "semantic", "hybrid"),
        default="auto",
        help="auto: hybrid when the semantic extra is ready, else lexical",
    )
    for name in ("dialogue", "year", "kind", "country", "area"):
        parser.add_argument(f"--{name}", default="", help=f"filter meetings by {name}")


def run(args: argparse.Namespace) -> int:
    from processus.commands._django import database_error_message, run_checks

    if not run_checks():
        return 1
    from django.db import DatabaseError
    from django.utils.html import strip_tags

    from processus.search.engine import search

    filters = {n: getattr(args, n) for n in ("dialogue", "year", "kind", "country", "area")}
    try:
        response = search(args.query, filters, limit=args.limit, mode=args.mode)
    except DatabaseError as exc:
        print(f"processus search: {database_error_message(exc)}", file=sys.stderr)
        return 1
    if args.format == "json":
        print(json.dumps(response.as_json(), ensure_ascii=False, indent=2))
        return 0
    for n, result in enumerate(response.results, start=1):
        where = f" ({result.context})" if result.context else ""
        print(f"{n:>2}. [{result.kind}] {result.title}{where}")
        print(f"    {result.url}")
        print(f"    {' '.join(html.unescape(strip_tags(str(result.snippet))).split())}")
    note = "" if response.semantic_available else " (semantic search not installed)"
    print(f"{len(response.results)} result(s), {response.mode} search{note}")
    return 0
