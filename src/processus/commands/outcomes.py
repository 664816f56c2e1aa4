"""``processus outcomes``: the outcome items across meetings, and the counts they contradict.

Items are read from the documents after every ``ingest`` (and ``demo``); ``--sync``
reads again the documents whose text or meeting changed since, and ``--force``
every document (after an upgrade of the extractor, say). Only extracted items no
editor has touched are replaced. The summary gives the items per kind and the
meetings whose stated number of recommendations disagrees with their items;
``--format jsonl`` prints one object per item (the tracker's JSON download keys).
"""

from __future__ import annotations

import argparse
import json
import sys

HELP = "List outcome items across meetings and count conflicts (--sync re-reads documents)."


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--sync", action="store_true", help="read changed documents again first")
    parser.add_argument("--force", action="store_true", help="with --sync: every document")
    parser.add_argument("--format", choices=("text", "jsonl"), default="text")


def _summary() -> list[str]:
    from django.db.models import Count

    from processus.kb.models import Meeting, Outcome
    from processus.outcomes.conflicts import count_conflicts

    kinds = dict(Outcome.objects.values_list("kind").annotate(n=Count("pk")))
    total = sum(kinds.values())
    meetings = Outcome.objects.values("meeting_id").distinct().count()
    per_kind = ", ".join(f"{kind}: {n}" for kind, n in sorted(kinds.items())) or "none"
    lines = [f"{total} outcome items from {meetings} meetings ({per_kind})"]
    conflicts = count_conflicts()
    lines.append(f"{len(conflicts)} meetings whose stated recommendations disagree with items")
    titles = dict(Meeting.objects.filter(pk__in=conflicts).values_list("pk", "title"))
    for meeting_id, conflict in sorted(conflicts.items()):
        lines.append(
            f"  meeting {meeting_id} ({titles.get(meeting_id) or 'untitled'}): states "
            f"{conflict.stated}, has {conflict.recommendations} recommendations and "
            f"{conflict.takeaways} takeaways"
        )
    return lines


def run(args: argparse.Namespace) -> int:
    from processus.commands._django import database_error_message, run_checks

    if args.force and not args.sync:
        print("processus outcomes: --force goes with --sync", file=sys.stderr)
        return 2
    if not run_checks():
        return 1
    from django.db import DatabaseError

    from processus.outcomes.filters import OutcomeFilterSet
    from processus.outcomes.operations import sync_outcome_items
    from processus.outcomes.queries import COLUMNS, filtered_outcomes, outcome_rows

    try:
        if args.sync:
            report = sync_outcome_items(force=args.force)
            print(
                f"documents read: {report.scanned}; items created {report.created}, "
                f"kept {report.kept}, removed {report.removed}",
                file=sys.stderr if args.format == "jsonl" else sys.stdout,
            )
        if args.format == "jsonl":
            for row in outcome_rows(filtered_outcomes(OutcomeFilterSet.forgiving({}))):
                print(json.dumps({c: row[c] for c in COLUMNS}, ensure_ascii=False))
            return 0
        for line in _summary():
            print(line)
    except DatabaseError as exc:
        print(f"processus outcomes: {database_error_message(exc)}", file=sys.stderr)
        return 1
    return 0
