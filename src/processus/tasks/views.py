"""The editors' task page: recent tasks with their progress and failures, and buttons that
start the whole-record jobs (re-extract, reindex) through :func:`operations.enqueue`."""

from __future__ import annotations

from functools import wraps
from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.db.models import Count
from django.http import HttpRequest, HttpResponse, HttpResponseBadRequest
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from processus.kb.operations import can_edit_record
from processus.tasks import operations
from processus.tasks.jobs import JOBS
from processus.tasks.models import TaskRecord

#: Tasks an editor may start from the page (the others need arguments: ingest, report, e-mail).
STARTABLE = ("reextract", "reindex")
PAGE_SIZE = 100


def editor_required(view: Any) -> Any:
    """Sign-in first, then only editors (the Editors group, staff or superusers)."""

    @login_required
    @wraps(view)
    def checked(request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        if not can_edit_record(request.user):
            raise PermissionDenied
        return view(request, *args, **kwargs)

    return checked


@editor_required
def task_list(request: HttpRequest) -> HttpResponse:
    records = list(TaskRecord.objects.all()[:PAGE_SIZE])
    counts = dict(TaskRecord.objects.values_list("state").annotate(n=Count("id")).order_by())
    states = [(value, label, counts.get(value, 0)) for value, label in TaskRecord.State.choices]
    return render(
        request,
        "tasks/list.html",
        {
            "records": records,
            "states": states,
            "labels": {name: job.label for name, job in JOBS.items()},
            "startable": [(name, JOBS[name].label) for name in STARTABLE],
            "unfinished": any(not record.finished for record in records),
            "in_process": operations.in_process(),
            "nav_current": "tasks",
        },
    )


@editor_required
@require_POST
def start_task(request: HttpRequest) -> HttpResponse:
    name = request.POST.get("task", "")
    if name not in STARTABLE:
        return HttpResponseBadRequest(
            _("task: “%(name)s” is not a task that can be started here.") % {"name": name[:40]},
            content_type="text/plain; charset=utf-8",
        )
    try:
        record = operations.enqueue(name, {}, requested_by=request.user.get_username())
    except operations.QueueUnavailable:
        messages.error(request, _("The task queue does not answer: the task was not started."))
        return redirect(reverse("tasks:list"))
    label = JOBS[name].label
    if record.state == TaskRecord.State.SUCCEEDED:
        messages.success(request, _("%(task)s: done.") % {"task": label})
    elif record.state == TaskRecord.State.FAILED:
        messages.error(request, _("%(task)s: failed.") % {"task": label})
    else:
        messages.success(request, _("%(task)s: queued.") % {"task": label})
    return redirect(reverse("tasks:list") + f"#task-{record.task_id}")
