"""``processus search-eval``: score search against the relevance set.

Runs every judged query of ``tests/search/relevance.jsonl`` (or ``--relevance``)
on the current database, which must hold the example corpus (``processus demo
--no-serve`` or ``processus ingest examples/corpus``), and reports nDCG@10 and
recall@10 for lexical, semantic and hybrid search: over every query, the
monolingual ones, and each cross-language direction (an English query judged on
French entries, and the other way round). ``--embedder full`` embeds the
corpus with the full all-MiniLM-L6-v2 model in memory instead of the distilled
static one, to measure what the distillation costs.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

HELP = "Score search (lexical, semantic, hybrid) against the relevance set: nDCG@10, recall@10."


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--relevance",
        type=Path,
        default=Path("tests/search/relevance.jsonl"),
        help="judged queries (JSON lines; default: tests/search/relevance.jsonl)",
    )
    parser.add_argument(
        "--embedder",
        choices=("static", "full"),
        default="static",
        help="semantic model: the distilled static one (default) or the full model",
    )
    parser.add_argument("--format", choices=("text", "json"), default="text")
    parser.add_argument("--per-query", action="store_true", help="print every query's scores")


def run(args: argparse.Namespace) -> int:
    from processus.commands._django import database_error_message, run_checks

    if not run_checks():
        return 1
    from django.db import DatabaseError

    from processus.search import relevance, semantic

    try:
        judged = relevance.load(args.relevance)
    except (OSError, ValueError) as exc:
        print(f"processus search-eval: {exc}", file=sys.stderr)
        return 1
    near = None
    try:
        if args.embedder == "full":
            if not semantic.extra_installed():
                print("processus search-eval: the semantic extra is not installed", file=sys.stderr)
                return 1
            near = relevance.memory_index(semantic.FullModel())
        modes = ["lexical"]
        if near is not None or semantic.available():
            modes += ["semantic", "hybrid"]
        reports = [relevance.evaluate(judged, mode, near) for mode in modes]
    except DatabaseError as exc:
        print(f"processus search-eval: {database_error_message(exc)}", file=sys.stderr)
        return 1
    if args.format == "json":
        if not args.per_query:
            for report in reports:
                report.pop("per_query")
        print(json.dumps({"embedder": args.embedder, "reports": reports}, indent=2))
        return 0
    _print_text(args, len(judged), modes, reports)
    return 0


def _print_text(
    args: argparse.Namespace, queries: int, modes: list[str], reports: list[dict[str, Any]]
) -> None:
    """The figures as a table: each mode over all queries, the monolingual ones and each
    cross-language direction."""
    print(f"{queries} queries, embedder: {args.embedder if len(modes) > 1 else 'none'}")
    print(f"{'mode':<9} {'queries':<18} {'nDCG@10':>8} {'recall@10':>10}")
    for report in reports:
        parts = [("all", report), ("monolingual", report["monolingual"])]
        parts += list(report["by_direction"].items())
        for n, (label, figures) in enumerate(parts):
            mode = report["mode"] if n == 0 else ""
            name = f"{label} ({figures['queries']})"
            print(f"{mode:<9} {name:<18} {figures['ndcg@10']:>8.3f} {figures['recall@10']:>10.3f}")
    if len(modes) == 1:
        print(
            "semantic and hybrid: not available (pip install 'processus[semantic]', then "
            "processus reindex)"
        )
    if args.per_query:
        for report in reports:
            for row in report["per_query"]:
                print(f"{report['mode']:<9} {row['id']:<28} {row['ndcg']:.3f} {row['recall']:.3f}")
