"""The outcomes tracker: the list across meetings, its downloads, and editors' follow-up."""

from __future__ import annotations

from functools import wraps
from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.http import HttpRequest, HttpResponse, StreamingHttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from processus.kb.models import Meeting, Outcome
from processus.kb.operations import can_edit_record
from processus.outcomes import queries
from processus.outcomes.conflicts import CountConflict, count_conflicts
from processus.outcomes.filters import OutcomeFilterSet
from processus.outcomes.forms import FollowUpForm
from processus.outcomes.operations import change_follow_up, follow_up_history
from processus.web.bad_query import answers_bad_query
from processus.web.exports import download

PAGE_SIZE = 50


def editor_required(view: Any) -> Any:
    """Sign-in first, then only editors (the Editors group, staff or superusers)."""

    @login_required
    @wraps(view)
    def checked(request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        if not can_edit_record(request.user):
            raise PermissionDenied
        return view(request, *args, **kwargs)

    return checked


def _initial(outcome: Outcome) -> dict[str, str]:
    tracking = getattr(outcome, "tracking", None)
    status = outcome.follow_up_status
    return {
        "status": Outcome.FollowUp.OPEN if status == Outcome.FollowUp.UNKNOWN else status,
        "owner": tracking.owner if tracking else "",
        "note": tracking.note if tracking else "",
    }


def _conflicts_with_meetings() -> list[tuple[CountConflict, Meeting]]:
    """Every meeting whose count and items disagree, with the meeting, by date."""
    conflicts = count_conflicts()
    meetings = Meeting.objects.in_bulk(list(conflicts))
    pairs = [(c, meetings[pk]) for pk, c in conflicts.items() if pk in meetings]
    return sorted(pairs, key=lambda pair: (pair[1].start is None, pair[1].start, pair[1].pk))


@answers_bad_query
def tracker(request: HttpRequest) -> HttpResponse:
    filters = OutcomeFilterSet.from_query(request.GET)
    page = Paginator(queries.filtered_outcomes(filters), PAGE_SIZE).get_page(filters.page_number)
    outcomes = list(page.object_list)
    can_edit = can_edit_record(request.user)
    meeting_ids = {o.meeting_id for o in outcomes}
    rows = [
        {
            "outcome": outcome,
            "objectives": [s.objective for s in outcome.tracking.suggestions.all()]
            if hasattr(outcome, "tracking")
            else [],
            "form": FollowUpForm(initial=_initial(outcome), prefix=f"o{outcome.pk}")
            if can_edit
            else None,
        }
        for outcome in outcomes
    ]
    return render(
        request,
        "outcomes/tracker.html",
        {
            "filters": filters,
            "page": page,
            "rows": rows,
            "history": follow_up_history(o.pk for o in outcomes),
            "conflicts": count_conflicts(meeting_ids),
            "all_conflicts": _conflicts_with_meetings(),
            "choices": queries.filter_choices(),
            "can_edit": can_edit,
            "nav_current": "outcomes",
        },
    )


@answers_bad_query
def tracker_export(request: HttpRequest, fmt: str) -> StreamingHttpResponse:
    filters = OutcomeFilterSet.from_query(request.GET)
    rows = queries.outcome_rows(queries.filtered_outcomes(filters))
    return download(fmt, "outcomes", queries.COLUMNS, rows)


def _back(request: HttpRequest, outcome: Outcome) -> str:
    wanted = request.POST.get("next") or ""
    if wanted and url_has_allowed_host_and_scheme(wanted, {request.get_host()}):
        return wanted
    return reverse("outcomes:tracker") + f"?meeting={outcome.meeting_id}#outcome-{outcome.pk}"


@editor_required
@require_http_methods(["GET", "POST"])
def follow_up(request: HttpRequest, pk: int) -> HttpResponse:
    """Change one outcome's status, owner and note (the tracker's forms post here)."""
    outcome = get_object_or_404(Outcome.objects.select_related("meeting", "tracking"), pk=pk)
    prefix = f"o{outcome.pk}"
    if request.method == "POST":
        form = FollowUpForm(request.POST, prefix=prefix)
        if form.is_valid():
            changes = change_follow_up(outcome, request.user, **form.cleaned_data)
            if changes:
                messages.success(request, _("Follow-up saved."))
            else:
                messages.info(request, _("Nothing changed."))
            return redirect(_back(request, outcome))
        status = 400
    else:
        form = FollowUpForm(initial=_initial(outcome), prefix=prefix)
        status = 200
    return render(
        request,
        "outcomes/follow_up.html",
        {
            "outcome": outcome,
            "form": form,
            "history": follow_up_history([outcome.pk]).get(outcome.pk, []),
            "nav_current": "outcomes",
        },
        status=status,
    )
