"""``processus evaluate-links``: precision and recall of the plan-link suggestions.

Scores the classifier against the hand-made gold links of the example corpus
(:mod:`processus.plans.evaluation`); the corpus must be ingested first
(``processus ingest examples/corpus``).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

HELP = (
    "Score the action-plan link suggestions against gold links: precision and recall "
    "(needs the example corpus ingested)."
)
DEFAULT_GOLD = Path("examples") / "corpus" / "gold_links.jsonl"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--gold", type=Path, default=DEFAULT_GOLD, help="gold links (JSON lines)")
    parser.add_argument("--format", choices=("text", "json"), default="text")
    parser.add_argument(
        "--errors", action="store_true", help="list each meeting's missed and wrong links"
    )


def run(args: argparse.Namespace) -> int:
    from processus.commands._django import database_error_message, run_checks

    if not run_checks():
        return 1
    from django.db import DatabaseError

    from processus.plans.evaluation import GoldError, evaluate, load_gold

    try:
        gold = load_gold(args.gold)
        result = evaluate(gold)
    except GoldError as error:
        print(f"processus: {error}", file=sys.stderr)
        return 1
    except DatabaseError as exc:
        print(f"processus: {database_error_message(exc)}", file=sys.stderr)
        return 1
    if not result.meetings:
        print(
            f"processus: none of the {len(gold)} gold meetings is in the database; "
            "ingest the example corpus first (processus ingest examples/corpus)",
            file=sys.stderr,
        )
        return 1
    if args.format == "json":
        print(json.dumps(result.as_json(), ensure_ascii=False))
        return 0
    print(f"gold meetings found: {result.meetings} of {len(gold)}")
    print(f"{'':<10} {'precision':>9} {'recall':>7} {'F1':>6}   tp  fp  fn")
    rows = [("all", result.overall), *result.by_kind.items()]
    for name, score in rows:
        print(
            f"{name:<10} {score.precision:>9.3f} {score.recall:>7.3f} {score.f1:>6.3f}"
            f"  {score.true_positives:>3} {score.false_positives:>3} {score.false_negatives:>3}"
        )
    for entry in result.unmatched:
        print(f"not found: {entry.source} {entry.start} (line {entry.line})")
    if args.errors:
        for entry, meeting_id, missed, wrong in result.errors:
            print(
                f"meeting {meeting_id} ({entry.source} {entry.start}): "
                f"missed {missed or '-'}; wrong {wrong or '-'}"
            )
    return 0
