"""The upload page for editors: several files at once, then what each became.

Thin views over :func:`processus.intake.operations.ingest_incoming`, the function
every road in uses.  A request whose size alone shows it cannot be accepted is
answered 413 before its body is read; once read, a batch whose every file is over
the size limit is answered 413 with the reasons, anything else is stored and the
sender is sent (303) to the document page (one file) or to the batch's results.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from functools import wraps
from typing import Any

from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, RequestDataTooBig, TooManyFilesSent
from django.db.models import Prefetch
from django.http import Http404, HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import render
from django.urls import reverse
from django.views.decorators.http import require_http_methods

from processus.intake.forms import MAX_FILES, UploadForm
from processus.intake.models import Arrival
from processus.intake.operations import Incoming, accepted_types, ingest_incoming
from processus.kb.limits import configured_limits
from processus.kb.models import Meeting
from processus.kb.operations import can_edit_record

View = Callable[..., HttpResponse]
_MB = 1024 * 1024
#: Room for the form's other fields and the multipart boundaries, per request.
_OVERHEAD = _MB


def editor_required(view: View) -> View:
    """Sign-in first (a redirect to it), then only editors (403)."""

    @login_required
    @wraps(view)
    def checked(request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        if not can_edit_record(request.user):
            raise PermissionDenied
        return view(request, *args, **kwargs)

    return checked


def _limits() -> dict[str, Any]:
    max_bytes = configured_limits().load.max_bytes
    return {
        "max_bytes": max_bytes,
        "max_mb": max_bytes // _MB,
        "max_files": MAX_FILES,
        "accepted": accepted_types(),
    }


def _page(request: HttpRequest, form: UploadForm, status: int = 200, **extra: Any) -> HttpResponse:
    context = {"form": form, "nav_current": "documents", **_limits(), **extra}
    return render(request, "intake/upload.html", context, status=status)


def _declared_too_large(request: HttpRequest, max_bytes: int) -> bool:
    declared = request.META.get("CONTENT_LENGTH") or ""
    return declared.isdigit() and int(declared) > MAX_FILES * max_bytes + _OVERHEAD


@editor_required
@require_http_methods(["GET", "POST"])
def upload(request: HttpRequest) -> HttpResponse:
    if request.method != "POST":
        return _page(request, UploadForm())
    max_bytes = configured_limits().load.max_bytes
    if _declared_too_large(request, max_bytes):
        return _page(request, UploadForm(), status=413, too_large=True)
    try:
        form = UploadForm(request.POST, request.FILES)
        valid = form.is_valid()
    except RequestDataTooBig:
        return _page(request, UploadForm(), status=413, too_large=True)
    except TooManyFilesSent:
        return _page(request, UploadForm(), status=400, too_many=True)
    if not valid:
        return _page(request, form, status=400)
    batch = uuid.uuid4()
    files = form.cleaned_data["documents"]
    results = ingest_incoming(
        [Incoming(f.name, f) for f in files],
        road=Arrival.Road.UPLOAD,
        user=request.user,
        batch=batch,
    )
    if results and all(r.refused and r.reason.startswith("file is too large") for r in results):
        return _page(request, UploadForm(), status=413, too_large=True, results=results)
    if len(results) == 1 and results[0].document is not None:
        return _see_other(reverse("web:document", args=[results[0].document.pk]))
    return _see_other(reverse("intake:results", args=[batch]))


def _see_other(url: str) -> HttpResponse:
    """303: the browser (or the page's script) then GETs the result page."""
    response = HttpResponseRedirect(url)
    response.status_code = 303
    return response


@editor_required
def results(request: HttpRequest, batch: uuid.UUID) -> HttpResponse:
    """What each file sent together became: its document and meetings, or its refusal."""
    meetings = Meeting.objects.order_by("start", "pk")
    arrivals = list(
        Arrival.objects.filter(batch=batch)
        .select_related("document")
        .prefetch_related(Prefetch("document__mentions__meeting", queryset=meetings))
        .order_by("pk")
    )
    if not arrivals:
        raise Http404("no such upload")
    rows = []
    for arrival in arrivals:
        found: dict[int, Meeting] = {}
        if arrival.document is not None:
            for mention in arrival.document.mentions.all():
                found.setdefault(mention.meeting_id, mention.meeting)
        rows.append((arrival, list(found.values())))
    refused = sum(1 for a in arrivals if a.outcome == Arrival.Outcome.REFUSED)
    context = {
        "rows": rows,
        "refused": refused,
        "accepted": len(arrivals) - refused,
        "nav_current": "documents",
    }
    return render(request, "intake/results.html", context)
