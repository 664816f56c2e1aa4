"""The meeting page and what editors do from it: correct, revert, merge, split, undo.

Views stay thin: each checks who asks, reads the form, calls one function of
:mod:`processus.kb.operations` (the one path every change to the record takes)
and says what happened. A meeting merged into another answers with a redirect
to the one that absorbed it.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import wraps
from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST

from processus.kb import operations
from processus.kb.models import MeetingChange, MeetingRedirect, Outcome
from processus.web.forms import CorrectionForm, MergeForm, OutcomeForm, ReasonForm, SplitForm
from processus.web.meeting_record import meeting_record, merge_candidates, split_choices

View = Callable[..., HttpResponse]


def editor_required(view: View) -> View:
    """Sign-in first, then only editors (:func:`processus.kb.operations.can_edit_record`)."""

    @login_required
    @wraps(view)
    def checked(request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        if not operations.can_edit_record(request.user):
            raise PermissionDenied
        return view(request, *args, **kwargs)

    return checked


def _page(pk: int, anchor: str = "") -> str:
    return reverse("web:meeting", args=[pk]) + anchor


def meeting(request: HttpRequest, pk: int) -> HttpResponse:
    try:
        record = meeting_record(pk)
    except Http404:
        # A meeting merged into another: its address leads to the one that absorbed it.
        target = MeetingRedirect.objects.filter(number=pk).values_list("meeting_id", flat=True)
        if target.first() is not None:
            return redirect(_page(target.first()))  # type: ignore[arg-type]
        raise
    can_edit = operations.can_edit_record(request.user)
    context: dict[str, Any] = {
        "record": record,
        "meeting": record.meeting,
        "nav_current": "meetings",
        "can_edit": can_edit,
    }
    if can_edit:
        context["form"] = CorrectionForm(record.meeting)
        context["outcome_form"] = OutcomeForm(record.meeting, prefix="new-outcome")
    return render(request, "web/meeting.html", context)


@editor_required
@require_http_methods(["GET", "POST"])
def meeting_correct(request: HttpRequest, pk: int) -> HttpResponse:
    """A correction form; the values that really change are recorded in the history."""
    record = meeting_record(pk)
    if request.method == "POST":
        form = CorrectionForm(record.meeting, request.POST)
        if form.is_valid():
            try:
                changed = operations.correct_meeting(
                    record.meeting, request.user, form.proposed(), form.cleaned_data["note"]
                )
            except ValidationError as exc:
                form.add_error(None, exc)
            else:
                if changed:
                    fields = ", ".join(change.field for change in changed)
                    messages.success(
                        request, _("Correction saved: %(fields)s.") % {"fields": fields}
                    )
                else:
                    messages.info(request, _("Nothing changed."))
                return redirect(_page(pk, "#history"))
    else:
        form = CorrectionForm(record.meeting)
    return render(
        request,
        "web/meeting_correct.html",
        {"record": record, "meeting": record.meeting, "form": form, "nav_current": "meetings"},
        status=400 if form.is_bound else 200,
    )


def _outcome_label(outcome: Outcome) -> str:
    label = str(outcome.get_kind_display())
    return f"{label} {outcome.number}" if outcome.number is not None else label


@editor_required
@require_http_methods(["GET", "POST"])
def meeting_outcome(request: HttpRequest, pk: int, outcome_pk: int | None = None) -> HttpResponse:
    """Add an outcome to a meeting, or edit one; recorded in the history."""
    record = meeting_record(pk)
    outcome = None
    if outcome_pk is not None:
        outcome = get_object_or_404(Outcome, pk=outcome_pk, meeting_id=pk)
    prefix = "new-outcome" if outcome is None else None
    if request.method == "POST":
        form = OutcomeForm(record.meeting, request.POST, instance=outcome, prefix=prefix)
        if form.is_valid():
            try:
                changed = operations.change_outcome(
                    record.meeting,
                    request.user,
                    outcome=outcome,
                    values=form.values(),
                    note=form.cleaned_data["note"],
                )
            except ValidationError as exc:
                form.add_error(None, exc)
            else:
                if changed is None:
                    messages.info(request, _("Nothing changed."))
                elif outcome is None:
                    messages.success(request, _("Outcome added."))
                else:
                    messages.success(request, _("Outcome saved."))
                return redirect(_page(pk, "#outcomes"))
    else:
        form = OutcomeForm(record.meeting, instance=outcome, prefix=prefix)
    return render(
        request,
        "web/meeting_outcome.html",
        {
            "record": record,
            "meeting": record.meeting,
            "outcome": outcome,
            "outcome_label": _outcome_label(outcome) if outcome else "",
            "outcome_form": form,
            "nav_current": "meetings",
        },
        status=400 if form.is_bound else 200,
    )


@editor_required
@require_POST
def meeting_outcome_remove(request: HttpRequest, pk: int, outcome_pk: int) -> HttpResponse:
    """Remove an outcome; the removal (with the old text) goes to the history."""
    record = meeting_record(pk)
    outcome = get_object_or_404(Outcome, pk=outcome_pk, meeting_id=pk)
    label = _outcome_label(outcome)
    operations.change_outcome(
        record.meeting,
        request.user,
        outcome=outcome,
        remove=True,
        note=request.POST.get("note", "")[:300],
    )
    messages.success(request, _("Outcome removed: %(outcome)s.") % {"outcome": label})
    return redirect(_page(pk, "#outcomes"))


@editor_required
@require_POST
def change_revert(request: HttpRequest, pk: int, change_pk: int) -> HttpResponse:
    """Revert a correction, or undo a merge or a split, from the history."""
    change = get_object_or_404(MeetingChange, pk=change_pk, meeting_id=pk)
    form = ReasonForm(request.POST)
    reason = form.cleaned_data["reason"] if form.is_valid() else ""
    try:
        if change.kind in (MeetingChange.Kind.MERGE, MeetingChange.Kind.SPLIT):
            operations.undo_change(change, request.user, reason)
            messages.success(
                request, _("Undone: %(change)s.") % {"change": change.get_kind_display()}
            )
        elif operations.revert_change(change, request.user, reason):
            messages.success(request, _("Reverted: %(field)s.") % {"field": change.field})
        else:
            messages.info(request, _("Nothing changed."))
    except (operations.OperationError, ValidationError) as exc:
        messages.error(request, "; ".join(getattr(exc, "messages", [str(exc)])))
    return redirect(_page(pk, "#history"))


@editor_required
@require_http_methods(["GET", "POST"])
def meeting_merge(request: HttpRequest, pk: int) -> HttpResponse:
    """Merge another meeting with this one; the editor chooses which one survives."""
    record = meeting_record(pk)
    form = MergeForm(record.meeting, request.POST if request.method == "POST" else None)
    if request.method == "POST" and form.is_valid():
        survivor, absorbed = form.survivor_and_absorbed()
        try:
            change = operations.merge_meetings(
                survivor, absorbed, request.user, form.cleaned_data["reason"]
            )
        except operations.OperationError as exc:
            form.add_error(None, str(exc))
        else:
            messages.success(
                request,
                _("Meeting %(gone)s merged into this one; its address now leads here.")
                % {"gone": change.details["absorbed"]},
            )
            return redirect(_page(survivor.pk, "#history"))
    return render(
        request,
        "web/meeting_merge.html",
        {
            "record": record,
            "meeting": record.meeting,
            "form": form,
            "candidates": merge_candidates(record.meeting),
            "nav_current": "meetings",
        },
        status=400 if form.is_bound else 200,
    )


@editor_required
@require_http_methods(["GET", "POST"])
def meeting_split(request: HttpRequest, pk: int) -> HttpResponse:
    """Move some of a meeting's mentions to a new meeting."""
    record = meeting_record(pk)
    choices = split_choices(record.meeting)
    form = SplitForm(choices, request.POST if request.method == "POST" else None)
    if request.method == "POST" and form.is_valid():
        try:
            change = operations.split_meeting(
                record.meeting, form.cleaned_data["mentions"], request.user,
                form.cleaned_data["reason"],
            )  # fmt: skip
        except operations.OperationError as exc:
            form.add_error(None, str(exc))
        else:
            new = change.details["new_meeting"]
            messages.success(
                request,
                _("Split: the chosen mentions now make meeting %(new)s.") % {"new": new},
            )
            return redirect(_page(pk, "#history"))
    return render(
        request,
        "web/meeting_split.html",
        {"record": record, "meeting": record.meeting, "form": form, "nav_current": "meetings"},
        status=400 if form.is_bound else 200,
    )
