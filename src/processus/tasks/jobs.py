"""What each task does: one declared registry of jobs, each calling the command line's code.

A job takes its arguments (checked and normalised by its ``check`` when the task is
enqueued, so a bad argument is refused with a message naming it before anything is
queued) and a :class:`Progress` to report to, and returns the lines of its summary.
Items that fail while the job goes on (a file that cannot be read, an address that
refuses mail) are reported through :meth:`Progress.fail`; an exception fails the
task as a whole.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from django.utils.translation import gettext_lazy as _

from processus.tasks.models import TaskRecord


class TaskArgumentError(ValueError):
    """A task asked with an argument that cannot be right; the message names it."""


class Progress:
    """Where a running job reports: items done out of a total, and items that failed.

    Progress is written to the task's record at most every ``every`` seconds (and at
    the end), so a long job costs a handful of small updates, not one per item.
    """

    def __init__(self, record: TaskRecord, every: float = 1.0) -> None:
        self.record = record
        self.every = every
        self._written = 0.0

    def set_total(self, total: int) -> None:
        self.record.total = total
        self.flush()

    def advance(self, count: int = 1) -> None:
        self.record.done += count
        if time.monotonic() - self._written >= self.every:
            self.flush()

    def fail(self, item: str, reason: str) -> None:
        self.record.failures.append([item, reason])

    def flush(self) -> None:
        self._written = time.monotonic()
        TaskRecord.objects.filter(pk=self.record.pk).update(
            done=self.record.done, total=self.record.total, failures=self.record.failures
        )


@dataclass(frozen=True)
class Job:
    name: str
    label: Any  # a lazy translation
    check: Callable[[dict[str, Any]], dict[str, Any]]
    run: Callable[[dict[str, Any], Progress], list[str]]


def _reference_date(arguments: dict[str, Any]) -> str | None:
    value = arguments.get("reference_date")
    if value in (None, ""):
        return None
    try:
        return date.fromisoformat(str(value)).isoformat()
    except ValueError:
        raise TaskArgumentError(
            f"reference_date: not a date in YYYY-MM-DD form: {value!r}"
        ) from None


def _strings(arguments: dict[str, Any], key: str) -> list[str]:
    values = arguments.get(key)
    if not isinstance(values, list) or not values or not all(isinstance(v, str) for v in values):
        raise TaskArgumentError(f"{key}: give a non-empty list of strings")
    return values


# --- ingest -------------------------------------------------------------------------------


def check_ingest(arguments: dict[str, Any]) -> dict[str, Any]:
    """Paths made absolute: a worker may start in another folder (or on another machine
    that mounts the same files at the same place)."""
    paths = [os.path.abspath(p) for p in _strings(arguments, "paths")]
    return {"paths": paths, "reference_date": _reference_date(arguments)}


def run_ingest(arguments: dict[str, Any], progress: Progress) -> list[str]:
    """:func:`processus.kb.ingest.ingest` on these files, as ``processus ingest`` runs it:
    the same writer lock and consolidation, then the outcome items of what changed."""
    from processus.kb.ingest import ingest
    from processus.outcomes.operations import sync_outcome_items

    reference = arguments.get("reference_date")
    report = ingest(
        arguments["paths"],
        reference_date=date.fromisoformat(reference) if reference else None,
        on_total=progress.set_total,
        on_document=lambda result, outcome: progress.advance(),
    )
    for path, reason in report.failed:
        progress.fail(path, reason)
    sync_outcome_items()
    return [
        *report.lines(),
        f"in {report.seconds:.1f} s ({report.writing_seconds:.1f} s writing, "
        f"{report.waiting_seconds:.1f} s waiting for extraction)",
    ]


# --- re-extract ---------------------------------------------------------------------------


def check_reextract(arguments: dict[str, Any]) -> dict[str, Any]:
    documents = arguments.get("documents")
    if documents is not None and (
        not isinstance(documents, list)
        or not all(isinstance(d, int) and not isinstance(d, bool) and d > 0 for d in documents)
    ):
        raise TaskArgumentError("documents: give a list of document ids, or none for all")
    return {"documents": documents, "reference_date": _reference_date(arguments)}


def run_reextract(arguments: dict[str, Any], progress: Progress) -> list[str]:
    """Extract stored documents again from their kept originals with the current engine.

    Each original is read as ingestion reads a file and handed to the same writer
    (:class:`processus.kb.ingest.Ingestor`) under the document's own path, so only
    documents extracted by another engine (or reference date) change, and their
    meetings are consolidated again exactly as a new ingestion would.
    """
    from django.core.files.storage import default_storage

    from processus.kb.ingest import Ingestor
    from processus.kb.models import Document
    from processus.kb.reading import read_document
    from processus.outcomes.operations import sync_outcome_items

    reference = arguments.get("reference_date")
    ingestor = Ingestor(date.fromisoformat(reference) if reference else None)
    documents = Document.objects.order_by("pk")
    if arguments.get("documents") is not None:
        documents = documents.filter(pk__in=arguments["documents"])
    rows = list(documents.values_list("pk", "file", "source_path", "original_name"))
    progress.set_total(len(rows))
    for _pk, name, source_path, original_name in rows:
        label = source_path or original_name
        try:
            original = default_storage.path(name)
        except (NotImplementedError, ValueError) as exc:
            progress.fail(label, f"its original cannot be read here ({exc})")
            progress.advance()
            continue
        result = read_document(original, ingestor.reference_date, ingestor.known_hashes())
        result.path = label
        result.source_path = source_path or result.source_path
        result.stored_as = name if not result.error else ""
        if ingestor.store(result) == "failed":
            progress.fail(label, ingestor.report.failed[-1][1])
        progress.advance()
    ingestor.settle()
    ingestor.sync_theme_links()
    sync_outcome_items()
    return ingestor.report.lines()


# --- reindex ------------------------------------------------------------------------------


def check_nothing(arguments: dict[str, Any]) -> dict[str, Any]:
    if arguments:
        raise TaskArgumentError(f"takes no arguments (given: {', '.join(sorted(arguments))})")
    return {}


def run_reindex(arguments: dict[str, Any], progress: Progress) -> list[str]:
    from processus.search.indexing import reindex

    def report(done: int, total: int) -> None:
        progress.record.total = total
        progress.advance(done - progress.record.done)

    counts = reindex(progress=report)
    return [
        f"indexed {counts['meetings']} meetings, {counts['documents']} documents, "
        f"{counts['passages']} passages"
    ]


# --- report -------------------------------------------------------------------------------


def check_report(arguments: dict[str, Any]) -> dict[str, Any]:
    plan = arguments.get("plan")
    if not isinstance(plan, str) or not plan:
        raise TaskArgumentError("plan: give the plan's key")
    checked: dict[str, Any] = {"plan": plan}
    for key in ("start", "end"):
        value = arguments.get(key)
        if value:
            try:
                checked[key] = date.fromisoformat(str(value)).isoformat()
            except ValueError:
                raise TaskArgumentError(
                    f"{key}: not a date in YYYY-MM-DD form: {value!r}"
                ) from None
    chairmanship = arguments.get("chairmanship")
    if chairmanship and ("start" in checked or "end" in checked):
        raise TaskArgumentError("give start/end or chairmanship, not both")
    fmt = arguments.get("format", "pdf")
    if fmt not in ("html", "pdf"):
        raise TaskArgumentError(f"format: html or pdf, not {fmt!r}")
    language = arguments.get("language", "en")
    if language not in ("en", "fr"):
        raise TaskArgumentError(f"language: en or fr, not {language!r}")
    output = arguments.get("output") or ""
    checked.update(
        chairmanship=chairmanship or None,
        format=fmt,
        language=language,
        base_url=str(arguments.get("base_url") or ""),
        output=os.path.abspath(output) if output else "",
    )
    return checked


def run_report(arguments: dict[str, Any], progress: Progress) -> list[str]:
    """``processus report`` as a task; without ``output`` the file goes to the data
    directory's ``reports/`` folder, named after the task."""
    from django.conf import settings

    from processus.reports.rendering import make_report, render_report

    start, end = arguments.get("start"), arguments.get("end")
    report = make_report(
        arguments["plan"],
        start=date.fromisoformat(start) if start else None,
        end=date.fromisoformat(end) if end else None,
        chairmanship=arguments.get("chairmanship"),
        language=arguments["language"],
    )
    data = render_report(report, arguments["format"], arguments["base_url"])
    output = arguments["output"] or str(
        Path(settings.DATA_DIR).resolve()
        / "reports"
        / f"{progress.record.task_id}.{arguments['format']}"
    )
    Path(output).parent.mkdir(parents=True, exist_ok=True)
    Path(output).write_bytes(data)
    progress.set_total(1)
    progress.advance()
    return [f"report written to {output} ({len(data):,} bytes)"]


# --- e-mail -------------------------------------------------------------------------------


def check_email(arguments: dict[str, Any]) -> dict[str, Any]:
    from django.core.exceptions import ValidationError
    from django.core.validators import validate_email

    recipients = _strings(arguments, "to")
    for address in recipients:
        try:
            validate_email(address)
        except ValidationError:
            raise TaskArgumentError(f"to: not an e-mail address: {address!r}") from None
    subject, body = arguments.get("subject"), arguments.get("body")
    if not isinstance(subject, str) or not subject.strip() or "\n" in subject:
        raise TaskArgumentError("subject: give one line of text")
    if not isinstance(body, str):
        raise TaskArgumentError("body: give the message's text")
    return {"to": recipients, "subject": subject.strip(), "body": body,
            "from_email": arguments.get("from_email") or None}  # fmt: skip


def run_email(arguments: dict[str, Any], progress: Progress) -> list[str]:
    """One message per recipient (nobody sees the others' addresses); an address the
    mail server refuses is a failure of its own and the others are still sent."""
    from django.core.mail import EmailMessage, get_connection

    progress.set_total(len(arguments["to"]))
    sent = 0
    with get_connection() as connection:
        for address in arguments["to"]:
            message = EmailMessage(
                arguments["subject"], arguments["body"], arguments["from_email"], [address],
                connection=connection,
            )  # fmt: skip
            try:
                sent += message.send()
            except Exception as exc:  # one refused address must not stop the others
                progress.fail(address, f"{type(exc).__name__}: {exc}")
            progress.advance()
    return [f"{sent} of {len(arguments['to'])} messages sent"]


#: Every job a task can run, by name (the Celery task is ``processus.<name>``).
JOBS: dict[str, Job] = {
    job.name: job
    for job in (
        Job("ingest", _("Ingest documents"), check_ingest, run_ingest),
        Job("reextract", _("Re-extract documents"), check_reextract, run_reextract),
        Job("reindex", _("Rebuild the search index"), check_nothing, run_reindex),
        Job("report", _("Write a report"), check_report, run_report),
        Job("email", _("Send e-mail"), check_email, run_email),
    )
}
