"""The Celery application: configured from Django's settings, one Celery task per job.

Messages carry only the task's id: the worker reads what to do from its
:class:`~processus.tasks.models.TaskRecord`. A message is acknowledged after its
task ran (``acks_late``) and given back when the worker process dies, so a task
cut short by a lost worker runs again elsewhere; every job is safe to repeat
(ingestion skips what is stored). Each worker process takes one message at a
time, so long ingestion batches spread evenly over the workers. Celery's Django
support closes stale database connections before and after each task.
"""

from __future__ import annotations

import os
from typing import Any

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "processus.config.settings")

import multiprocessing

from celery import Celery
from celery.signals import worker_process_init

from processus.tasks.jobs import JOBS

#: The queue every task goes to and every worker reads.
QUEUE = "processus"

app = Celery("processus")


def _settings() -> dict[str, Any]:
    from processus.tasks.config import broker_url

    return {
        "broker_url": broker_url() or "memory://",
        "broker_connection_retry_on_startup": True,
        "broker_connection_timeout": 5,
        "task_default_queue": QUEUE,
        "task_acks_late": True,
        "task_reject_on_worker_lost": True,
        "worker_prefetch_multiplier": 1,
        # A safety net, not a budget: a pool process that ends a task above 1 GB resident
        # is replaced by a fresh one, never stopped in the middle of a task. (A task's
        # writer holds the matching index: about 2 kB per stored document.)
        "worker_max_memory_per_child": 1_000_000,  # KiB
        "task_ignore_result": True,  # the task's record is its result
        "task_serializer": "json",
        "accept_content": ["json"],
        "task_publish_retry_policy": {
            "max_retries": 2,
            "interval_start": 0,
            "interval_step": 0.5,
            "interval_max": 1,
        },
        "worker_hijack_root_logger": False,
        "worker_send_task_events": False,
    }


app.add_defaults(_settings)


@worker_process_init.connect
def _allow_children(**kwargs: Any) -> None:
    """Let a worker process start processes of its own.

    Celery's pool processes are daemonic, and a daemonic process may not have
    children; but ingestion reads each document in a child process it can stop when
    the document takes too long (:mod:`processus.kb.reading_pool`), exactly as
    ``processus ingest`` does. The reading pool's children watch their parent and
    leave with it, so no process is left behind when a worker stops.
    """
    multiprocessing.current_process()._config["daemon"] = False  # type: ignore[attr-defined]


def _task_for(name: str) -> Any:
    def run(self: Any, task_id: str) -> None:
        from processus.tasks.runner import execute

        execute(task_id, worker=f"{self.request.hostname}:{os.getpid()}")

    run.__name__ = f"run_{name}"
    return app.task(name=f"processus.{name}", bind=True)(run)


#: job name -> its Celery task
CELERY_TASKS = {name: _task_for(name) for name in JOBS}
