"""Asking for tasks: every task is enqueued here, whoever asks (command line, pages, code)."""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from typing import Any

from processus.tasks.config import broker_url, describe_broker
from processus.tasks.jobs import JOBS, TaskArgumentError
from processus.tasks.models import TaskRecord
from processus.tasks.runner import execute


class QueueUnavailable(RuntimeError):
    """The broker did not take the task; the message names the broker."""


def in_process() -> bool:
    """True when tasks run in the process that asks for them (no broker)."""
    return broker_url() is None


def enqueue(
    name: str, arguments: dict[str, Any] | None = None, *, requested_by: str = ""
) -> TaskRecord:
    """Record a task and send it to the workers, or run it now when there is no broker.

    The arguments are checked first (:class:`TaskArgumentError` names a bad one) and
    nothing is recorded for a task that cannot run. When the broker cannot be
    reached, the record is marked failed and :class:`QueueUnavailable` says where
    the broker was looked for.
    """
    job = JOBS.get(name)
    if job is None:
        raise TaskArgumentError(f"no task named {name!r} (tasks: {', '.join(JOBS)})")
    checked = job.check(dict(arguments or {}))
    url = broker_url()
    record = TaskRecord.objects.create(
        task_id=str(uuid.uuid4()), name=name, arguments=checked, requested_by=requested_by[:150]
    )
    if url is None:
        return execute(record.task_id, worker="in process") or record
    from processus.tasks.queue import CELERY_TASKS

    try:
        CELERY_TASKS[name].apply_async(args=[record.task_id], task_id=record.task_id)
    except Exception as exc:  # kombu raises several kinds for an unreachable broker
        TaskRecord.objects.filter(pk=record.pk).update(
            state=TaskRecord.State.FAILED,
            error=f"the broker at {describe_broker(url)} did not take it ({type(exc).__name__})",
        )
        raise QueueUnavailable(
            f"the task broker at {describe_broker(url)} does not answer ({exc}); "
            "start Redis or set PROCESSUS_BROKER_URL"
        ) from exc
    return record


def enqueue_ingest(
    files: list[str], *, batch_size: int, reference_date: str | None = None, requested_by: str = ""
) -> list[TaskRecord]:
    """One ``ingest`` task per batch of ``batch_size`` files, in the files' order."""
    if batch_size < 1:
        raise TaskArgumentError(f"batch size {batch_size}: must be at least 1")
    return [
        enqueue(
            "ingest",
            {"paths": files[i : i + batch_size], "reference_date": reference_date},
            requested_by=requested_by,
        )
        for i in range(0, len(files), batch_size)
    ]


def recent_tasks(limit: int = 50, states: Iterable[str] = ()) -> list[TaskRecord]:
    records = TaskRecord.objects.all()
    if states:
        records = records.filter(state__in=list(states))
    return list(records[:limit])


def unfinished_count(task_ids: Iterable[str] | None = None) -> int:
    records = TaskRecord.objects.filter(
        state__in=[TaskRecord.State.QUEUED, TaskRecord.State.RUNNING]
    )
    if task_ids is not None:
        records = records.filter(task_id__in=list(task_ids))
    return records.count()
