"""Running one task: the same function in a Celery worker and in the calling process."""

from __future__ import annotations

import logging
import os
import socket

from django.utils import timezone

from processus.tasks.jobs import JOBS, Progress
from processus.tasks.models import TaskRecord

log = logging.getLogger(__name__)


def _one_line(exc: BaseException) -> str:
    text = " ".join(str(exc).split()) or type(exc).__name__
    return f"{type(exc).__name__}: {text}"[:1000]


def execute(task_id: str, worker: str = "") -> TaskRecord | None:
    """Run the task ``task_id`` and record how it went; returns its record.

    A task already finished is not run again: a message delivered twice (a worker
    lost after it finished, before it acknowledged) changes nothing. A task whose
    record is gone (deleted, or a database that was reset) is skipped.
    """
    record = TaskRecord.objects.filter(task_id=task_id).first()
    if record is None:
        log.warning("task %s: no record of it in this database; skipped", task_id)
        return None
    if record.finished:
        return record
    job = JOBS.get(record.name)
    record.state = TaskRecord.State.RUNNING
    record.started_at = timezone.now()
    record.attempts += 1
    record.worker = (worker or f"{socket.gethostname()}:{os.getpid()}")[:200]
    record.done, record.failures, record.error = 0, [], ""
    record.save(update_fields=["state", "started_at", "attempts", "worker", "done", "failures",
                               "error"])  # fmt: skip
    progress = Progress(record)
    try:
        if job is None:
            raise LookupError(f"no job named {record.name!r} in this version of Processus")
        record.summary = job.run(record.arguments, progress)
        record.state = TaskRecord.State.SUCCEEDED
    except Exception as exc:  # the task fails, the worker goes on with the next one
        log.exception("task %s (%s) failed", task_id, record.name)
        record.state = TaskRecord.State.FAILED
        record.error = _one_line(exc)
    record.finished_at = timezone.now()
    record.save(update_fields=["state", "summary", "error", "done", "total", "failures",
                               "finished_at"])  # fmt: skip
    return record
