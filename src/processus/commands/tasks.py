"""``processus tasks``: recent background tasks with their state, progress and failures."""

from __future__ import annotations

import argparse
import json
import sys
import time
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from processus.tasks.models import TaskRecord

HELP = "List recent tasks (queued, running, done, failed) with their progress and failures."
STATES = ("queued", "running", "succeeded", "failed")


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("task_ids", nargs="*", metavar="ID", help="only these tasks (ids or "
                        "their first characters)")  # fmt: skip
    parser.add_argument("--limit", type=int, default=20, metavar="N", help="at most N (default 20)")
    parser.add_argument("--state", choices=STATES, action="append", help="only tasks in this state")
    parser.add_argument("--format", choices=("text", "jsonl"), default="text")
    parser.add_argument(
        "--wait",
        action="store_true",
        help="first wait until these tasks (default: all) are finished; exit 1 if one failed",
    )
    parser.add_argument(
        "--timeout", type=float, default=0, metavar="S", help="with --wait: give up after S seconds"
    )


def _row(record: TaskRecord) -> dict[str, Any]:
    return {
        "id": record.task_id,
        "task": record.name,
        "state": record.state,
        "done": record.done,
        "total": record.total,
        "failures": record.failures,
        "error": record.error,
        "summary": record.summary,
        "worker": record.worker,
        "queued_at": record.created_at.isoformat(),
        "started_at": record.started_at.isoformat() if record.started_at else None,
        "finished_at": record.finished_at.isoformat() if record.finished_at else None,
        "seconds": round(record.seconds, 2) if record.seconds is not None else None,
    }


def _text(record: TaskRecord) -> list[str]:
    total = "?" if record.total is None else str(record.total)
    seconds = f"{record.seconds:.1f} s" if record.seconds is not None else "-"
    line = (
        f"{record.task_id}  {record.name:<9} {record.state:<9} {record.done}/{total}  "
        f"{len(record.failures)} failed  {seconds}  {record.created_at:%Y-%m-%d %H:%M:%S}"
    )
    out = [line]
    if record.error:
        out.append(f"  error: {record.error}")
    out += [f"  failed: {item}: {reason}" for item, reason in record.failures]
    return out


def _select(args: argparse.Namespace) -> Any:
    from django.db.models import Q

    from processus.tasks.models import TaskRecord

    records = TaskRecord.objects.all()
    if args.task_ids:
        wanted = Q()
        for prefix in args.task_ids:
            wanted |= Q(task_id__startswith=prefix)
        records = records.filter(wanted)
    if args.state:
        records = records.filter(state__in=args.state)
    return records


def _wait(args: argparse.Namespace) -> bool:
    """Wait until the selected tasks are finished; False when the timeout came first."""
    from processus.tasks.models import TaskRecord

    deadline = time.monotonic() + args.timeout if args.timeout > 0 else None
    unfinished = [TaskRecord.State.QUEUED, TaskRecord.State.RUNNING]
    while _select(args).filter(state__in=unfinished).exists():
        if deadline is not None and time.monotonic() > deadline:
            return False
        time.sleep(0.5)
    return True


def run(args: argparse.Namespace) -> int:
    if args.limit < 1:
        print(f"processus: --limit {args.limit}: must be at least 1", file=sys.stderr)
        return 2
    from processus.commands._django import database_ready

    if not database_ready():
        return 1
    if args.wait and not _wait(args):
        print(f"processus tasks: still unfinished after {args.timeout:g} s", file=sys.stderr)
        return 1
    records = list(_select(args)[: args.limit])
    for record in records:
        if args.format == "jsonl":
            print(json.dumps(_row(record), ensure_ascii=False))
        else:
            print("\n".join(_text(record)))
    if not records and args.format == "text":
        print("no tasks")
    return 1 if args.wait and any(r.state == "failed" for r in records) else 0
