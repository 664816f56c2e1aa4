"""Pages of the plans app: coverage (HTML, JSON, CSV), and editors' review of links.

Thin: the question is read by :mod:`.forms`, answered by :mod:`.coverage` or
:mod:`.review`, and decisions go through :mod:`.operations`.
"""

from __future__ import annotations

import csv
from typing import Any

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.http import Http404, HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from processus.filters import BadQuery
from processus.kb.models import Chairmanship, Framework, Meeting
from processus.kb.models.meetings import today
from processus.kb.operations import can_edit_record
from processus.plans.coverage import Coverage, CoverageError, plan_coverage
from processus.plans.forms import AddLinkForm, DecisionForm, coverage_arguments
from processus.plans.models import LinkSuggestion
from processus.plans.operations import LinkError, decide_link, decide_links
from processus.plans.review import add_choices, meeting_review, plan_review
from processus.web.aggregates import remembered
from processus.web.bad_query import answers_bad_query

#: Links per page of a plan's review (best scores first).
PER_PAGE = 100


def _coverage(request: HttpRequest, key: str) -> tuple[Framework, Coverage]:
    framework = Framework.objects.select_related("dialogue").filter(key=key).first()
    if framework is None:
        raise Http404(_("There is no such action plan."))
    arguments = coverage_arguments(request.GET)
    # A whole-period aggregate: reused while the data (and the day) stay the same; a few
    # per process (a large plan's coverage holds thousands of lines).
    key = repr(("coverage", framework.pk, sorted(arguments.items()), get_language(), today()))
    try:
        coverage = remembered(
            "coverage", key, lambda: plan_coverage(framework, **arguments), max_entries=8
        )
        return framework, coverage
    except CoverageError as error:
        raise BadQuery({error.parameter: [str(error)]}) from None


@answers_bad_query
def coverage_page(request: HttpRequest, key: str) -> HttpResponse:
    """'X of 10 objectives and Y of 29 actions addressed', each item with its meetings."""
    framework, result = _coverage(request, key)
    chairmanships = (
        Chairmanship.objects.filter(dialogue_id=framework.dialogue_id)
        .select_related("actor")
        .order_by("-start")
    )
    return render(
        request,
        "plans/coverage.html",
        {
            "coverage": result,
            "framework": framework,
            "chairmanships": chairmanships,
            "query": request.GET.urlencode(),
            "can_edit": can_edit_record(request.user),
            "nav_current": "plans",
        },
    )


@answers_bad_query
def coverage_export(request: HttpRequest, key: str, fmt: str) -> HttpResponse:
    """coverage.json and coverage.csv: the page's figures and items."""
    _framework, result = _coverage(request, key)
    if fmt == "json":
        return JsonResponse(result.as_json(), json_dumps_params={"ensure_ascii": False})
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="coverage-{key}.csv"'
    csv.writer(response).writerows(result.csv_rows())
    return response


def _back(request: HttpRequest, fallback: str) -> str:
    target = request.POST.get("next") or ""
    if url_has_allowed_host_and_scheme(target, {request.get_host()}, request.is_secure()):
        return target
    return fallback


def _require_editor(request: HttpRequest) -> None:
    if not can_edit_record(request.user):
        raise PermissionDenied(_("Only a signed-in editor can decide links."))


@answers_bad_query
def plan_links(request: HttpRequest, key: str) -> HttpResponse:
    """A plan's links with their reasons; editors confirm or reject them in bulk."""
    framework = get_object_or_404(Framework.objects.select_related("dialogue"), key=key)
    status = request.GET.get("status") or LinkSuggestion.Status.SUGGESTED
    if status not in {*LinkSuggestion.Status.values, "all"}:
        raise BadQuery({"status": [_("Choose suggested, confirmed, rejected or all.")]})
    number = request.GET.get("page") or "1"
    if not number.isdigit() or not 0 < int(number) < 10**6:
        raise BadQuery({"page": [_("Give a page number.")]})
    page = Paginator(
        plan_review(framework, None if status == "all" else status), PER_PAGE
    ).get_page(request.GET.get("page"))
    return render(
        request,
        "plans/links.html",
        {
            "framework": framework,
            "rows": page.object_list,
            "page": page,
            "status": status,
            "statuses": [*LinkSuggestion.Status.choices, ("all", _("all"))],
            "can_edit": can_edit_record(request.user),
            "nav_current": "plans",
        },
    )


@require_POST
def decide(request: HttpRequest) -> HttpResponse:
    """Confirm or reject the ticked links (one or many), then go back where the editor was."""
    _require_editor(request)
    form = DecisionForm(request.POST)
    back = _back(request, reverse("web:plans"))
    if not form.is_valid():
        for errors in form.errors.values():
            for error in errors:
                messages.error(request, str(error))
        return redirect(back)
    try:
        decided = decide_links(
            form.link_keys(), form.cleaned_data["verdict"], request.user, form.cleaned_data["note"]
        )
    except LinkError as error:
        messages.error(request, str(error))
        return redirect(back)
    verdict = form.cleaned_data["verdict"]
    done = _("confirmed") if verdict == LinkSuggestion.Status.CONFIRMED else _("rejected")
    messages.success(
        request, _("%(count)d link(s) %(done)s.") % {"count": len(decided), "done": done}
    )
    return redirect(back)


def meeting_links(request: HttpRequest, pk: int) -> HttpResponse:
    """A meeting's links with their reasons; editors confirm, reject or add one."""
    meeting = get_object_or_404(Meeting, pk=pk)
    choices = add_choices(meeting)
    form = AddLinkForm(choices=choices)
    if request.method == "POST":
        _require_editor(request)
        form = AddLinkForm(request.POST, choices=choices)
        if form.is_valid():
            kind, target = form.target_key()
            try:
                decide_link(
                    meeting.pk, kind, target, LinkSuggestion.Status.CONFIRMED, request.user,
                    form.cleaned_data["note"],
                )  # fmt: skip
            except LinkError as error:
                form.add_error("target", str(error))
            else:
                messages.success(request, _("Link added."))
                return redirect(_back(request, reverse("plans:meeting-links", args=[pk])))
    return render(request, "plans/meeting_links.html", _meeting_context(request, meeting, form))


def _meeting_context(request: HttpRequest, meeting: Meeting, form: AddLinkForm) -> dict[str, Any]:
    return {
        "meeting": meeting,
        "rows": meeting_review(meeting),
        "form": form,
        "can_edit": can_edit_record(request.user),
        "nav_current": "meetings",
    }
