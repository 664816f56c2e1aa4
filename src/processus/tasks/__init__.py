"""Background tasks: ingestion, re-extraction, reindexing, reports and e-mail.

A task is a :class:`~processus.tasks.models.TaskRecord` row (what to do, its state,
progress and failures, so the site and ``processus tasks`` can show it) and a job
function in :mod:`processus.tasks.jobs` that calls the same code as the command
line. :func:`processus.tasks.operations.enqueue` writes the record and hands it to
Celery (:mod:`processus.tasks.queue`) when a broker is configured; without one (the
SQLite default) it runs the job at once in the calling process.
"""
