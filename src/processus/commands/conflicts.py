"""``processus conflicts``: the meetings whose sources disagree, and what each source says.

Every value is kept with its evidence; the one shown follows the rule in
:mod:`processus.kb.consolidation` (an editor's value, else the most specific
value and source, then the most recent).
"""

from __future__ import annotations

import argparse
import json
import sys

HELP = "List meetings whose sources disagree (e.g. two participant counts), with the evidence."


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--format", choices=("text", "jsonl"), default="text")


def run(args: argparse.Namespace) -> int:
    from processus.commands._django import database_error_message, run_checks

    if not run_checks():
        return 1
    from django.db import DatabaseError

    from processus.kb.exporting import meeting_conflicts

    count = 0
    try:
        for meeting, conflicts, mentions in meeting_conflicts():
            count += 1
            if args.format == "jsonl":
                payload = {
                    "meeting": meeting.pk,
                    "label": str(meeting),
                    "conflicts": [
                        {
                            "field": c.field,
                            "values": [
                                {
                                    "value": value,
                                    "sources": [mentions[i].document.source_path for i in ids],
                                }
                                for value, ids in c.values
                            ],
                        }
                        for c in conflicts
                    ],
                }
                print(json.dumps(payload, ensure_ascii=False))
                continue
            print(f"meeting {meeting.pk}: {meeting}")
            for conflict in conflicts:
                print(f"  {conflict.field}:")
                for value, ids in conflict.values:
                    names = ", ".join(mentions[i].document.original_name for i in ids)
                    print(f"    {value!s:<24} {names}")
    except DatabaseError as exc:
        print(f"processus: {database_error_message(exc)}", file=sys.stderr)
        return 1
    if args.format == "text":
        print(f"{count} meeting(s) with conflicting sources")
    return 0
