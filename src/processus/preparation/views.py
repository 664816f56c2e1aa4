"""Pages of the preparation side. Thin: check who asks, read the form, call one operation.

Editors (the secretariat) announce meetings, set the agenda and see the
registrations; focal points register their delegation; individuals register
themselves where the meeting allows it.
"""

from __future__ import annotations

import csv
from collections import Counter
from functools import wraps
from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST

from processus.kb.models import Meeting
from processus.kb.operations import can_edit_record
from processus.preparation import operations
from processus.preparation.forms import (
    AnnounceForm,
    FocalPointForm,
    RegistrationForm,
    SessionForm,
)
from processus.preparation.models import (
    SEAT_STATUSES,
    FocalPoint,
    Preparation,
    Registration,
    RegistrationStatus,
    Session,
)


def editor_required(view: Any) -> Any:
    @login_required
    @wraps(view)
    def checked(request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        if not can_edit_record(request.user):
            raise PermissionDenied
        return view(request, *args, **kwargs)

    return checked


def _meeting_page(pk: int) -> str:
    return reverse("web:meeting", args=[pk])


def _form_errors(exc: ValidationError) -> str:
    return "; ".join(exc.messages)


@editor_required
@require_http_methods(["GET", "POST"])
def announce(request: HttpRequest, pk: int | None = None) -> HttpResponse:
    meeting = get_object_or_404(Meeting, pk=pk) if pk is not None else None
    form = AnnounceForm(request.POST or None, meeting=meeting)
    if request.method == "POST" and form.is_valid():
        try:
            meeting = operations.announce(
                request.user, form.record_values(), form.settings_values(), meeting
            )
        except ValidationError as exc:
            form.add_error(None, _form_errors(exc))
        else:
            messages.success(request, _("The meeting is announced."))
            return redirect(_meeting_page(meeting.pk))
    return render(
        request,
        "preparation/announce.html",
        {"form": form, "meeting": meeting, "nav_current": "meetings"},
    )


@editor_required
@require_http_methods(["GET", "POST"])
def agenda(request: HttpRequest, pk: int) -> HttpResponse:
    meeting = get_object_or_404(Meeting, pk=pk)
    preparation = Preparation.objects.filter(meeting=meeting).first()
    zone = preparation.time_zone if preparation else "UTC"
    form = SessionForm(request.POST or None, time_zone=zone)
    if request.method == "POST" and form.is_valid():
        session = form.save(commit=False)
        session.meeting = meeting
        operations.save_session(request.user, session)
        messages.success(request, _("Session added to the agenda."))
        return redirect(reverse("preparation:agenda", args=[pk]))
    sessions = Session.objects.filter(meeting=meeting)
    return render(
        request,
        "preparation/agenda.html",
        {"form": form, "meeting": meeting, "sessions": sessions, "time_zone": zone},
    )


@editor_required
@require_POST
def delete_session(request: HttpRequest, pk: int, sid: int) -> HttpResponse:
    session = get_object_or_404(Session, pk=sid, meeting_id=pk)
    operations.delete_session(request.user, session)
    messages.success(request, _("Session removed from the agenda."))
    return redirect(reverse("preparation:agenda", args=[pk]))


def _registration_message(outcome: operations.Outcome) -> str:
    registration = outcome.registration
    if registration.status == RegistrationStatus.UNCONFIRMED:
        return _("Almost done: open the link we sent to %(email)s to confirm.") % {
            "email": registration.email
        }
    if registration.status == RegistrationStatus.WAITLISTED:
        return _("%(name)s is on the waiting list, number %(position)s.") % {
            "name": registration.name,
            "position": outcome.position,
        }
    return _("%(name)s: %(status)s.") % {
        "name": registration.name,
        "status": registration.get_status_display(),
    }


@require_http_methods(["GET", "POST"])
def register(request: HttpRequest, pk: int) -> HttpResponse:
    meeting = get_object_or_404(Meeting, pk=pk)
    preparation = get_object_or_404(Preparation, meeting=meeting)
    focal = operations.focal_point_of(request.user)
    editor = can_edit_record(request.user)
    if focal is None and not editor and not preparation.individual_registration:
        if not request.user.is_authenticated:
            return redirect_to_login(request.get_full_path())
        raise PermissionDenied
    initial = {"language": get_language() or "en"}
    form = RegistrationForm(
        request.POST or None, meeting=meeting, fixed_country=focal is not None, initial=initial
    )
    if request.method == "POST" and form.is_valid():
        registration = form.save(commit=False)
        registration.meeting = meeting
        try:
            outcome = operations.register(registration, request.user)
        except operations.RegistrationRefused as exc:
            form.add_error(None, str(exc))
        else:
            messages.success(request, _registration_message(outcome))
            return redirect(reverse("preparation:register", args=[pk]))
    mine = operations.visible_registrations(request.user, meeting).order_by("created_at", "pk")
    return render(
        request,
        "preparation/register.html",
        {
            "form": form,
            "meeting": meeting,
            "preparation": preparation,
            "focal_point": focal,
            "registrations": [(r, operations.waiting_position(r)) for r in mine],
        },
    )


@login_required
@require_POST
def cancel(request: HttpRequest, rid: int) -> HttpResponse:
    registration = get_object_or_404(Registration, pk=rid)
    try:
        outcome = operations.cancel(registration, request.user)
    except PermissionError:
        raise PermissionDenied from None
    except operations.RegistrationRefused as exc:
        messages.error(request, str(exc))
    else:
        text = _("Registration of %(name)s cancelled.") % {"name": registration.name}
        if outcome.promoted:
            names = ", ".join(r.name for r in outcome.promoted)
            text += " " + _("Promoted from the waiting list: %(names)s.") % {"names": names}
        messages.success(request, text)
    back = request.POST.get("next", "")
    if back.startswith("/") and not back.startswith("//"):
        return redirect(back)
    return redirect(reverse("preparation:register", args=[registration.meeting_id]))


@require_http_methods(["GET", "POST"])
def confirm(request: HttpRequest, token: str) -> HttpResponse:
    """The e-mail's link: a page with one button (a link preview must not register anyone)."""
    if request.method == "GET":
        return render(request, "preparation/confirm.html", {"token": token})
    try:
        outcome = operations.confirm_email(token)
    except operations.RegistrationRefused as exc:
        return render(request, "preparation/confirm.html", {"error": str(exc)}, status=400)
    return render(
        request,
        "preparation/confirm.html",
        {"outcome": outcome, "text": _registration_message(outcome)},
    )


# --- the secretariat ----------------------------------------------------------------------


def _by(registrations: list[Registration], key: Any) -> list[tuple[str, int, int]]:
    """(label, seats held, waiting) per value of ``key``, largest first."""
    seated: Counter[str] = Counter()
    waiting: Counter[str] = Counter()
    for r in registrations:
        label = key(r)
        if r.status in SEAT_STATUSES:
            seated[label] += 1
        elif r.status == RegistrationStatus.WAITLISTED:
            waiting[label] += 1
    labels = sorted(set(seated) | set(waiting), key=lambda k: (-seated[k], k))
    return [(label, seated[label], waiting[label]) for label in labels]


def _selected(request: HttpRequest, meeting: Meeting) -> list[Registration]:
    ids = [int(v) for v in request.POST.getlist("selected") if v.isdigit()]
    return list(Registration.objects.filter(meeting=meeting, pk__in=ids))


def _act(request: HttpRequest, meeting: Meeting) -> None:
    action = request.POST.get("action", "")
    if action in ("approve", "reject"):
        chosen = _selected(request, meeting)
        if not chosen:
            messages.error(request, _("Select at least one registration."))
            return
        done = operations.decide_pending(request.user, chosen, approve=action == "approve")
        messages.success(request, _("%(n)s registrations decided.") % {"n": len(done)})
    elif action == "attendance":
        ids = [int(v) for v in request.POST.getlist("attended") if v.isdigit()]
        count = operations.mark_attendance(request.user, meeting, ids)
        messages.success(request, _("Attendance saved: %(n)s present.") % {"n": count})
    elif action == "record":
        try:
            people, countries = operations.record_attendance(request.user, meeting)
        except operations.RegistrationRefused as exc:
            messages.error(request, str(exc))
        else:
            messages.success(
                request,
                _("The record now says %(p)s participants from %(c)s countries (recorded).")
                % {"p": people, "c": countries},
            )
    else:
        messages.error(request, _("Unknown action: %(action)s.") % {"action": action or "—"})


@editor_required
@require_http_methods(["GET", "POST"])
def registrations(request: HttpRequest, pk: int) -> HttpResponse:
    meeting = get_object_or_404(Meeting, pk=pk)
    if request.method == "POST":
        _act(request, meeting)
        return redirect(reverse("preparation:registrations", args=[pk]))
    found = list(
        Registration.objects.filter(meeting=meeting)
        .select_related("country", "working_group")
        .order_by("status", "created_at", "pk")
    )
    no_country, no_group = _("no country"), _("no working group")
    return render(
        request,
        "preparation/registrations.html",
        {
            "meeting": meeting,
            "preparation": Preparation.objects.filter(meeting=meeting).first(),
            "registrations": found,
            "by_country": _by(found, lambda r: r.country.display_name if r.country else no_country),
            "by_group": _by(
                found, lambda r: r.working_group.title if r.working_group else no_group
            ),
            "attended": operations.attended_counts(meeting),
        },
    )


#: Columns of the participant list, in order (CSV header and badge fields).
PARTICIPANT_COLUMNS = (
    "name", "function", "organisation", "country", "email", "working_group",
    "status", "visa_letter", "accessibility", "attended",
)  # fmt: skip


def _participant_row(r: Registration) -> list[str]:
    values = {
        "country": r.country.name if r.country else "",
        "working_group": r.working_group.title if r.working_group else "",
        "visa_letter": "yes" if r.visa_letter else "",
        "attended": "yes" if r.attended else "",
    }
    return [str(values.get(c, getattr(r, c))) for c in PARTICIPANT_COLUMNS]


def _participants(meeting: Meeting) -> list[Registration]:
    return list(
        Registration.objects.filter(meeting=meeting, status__in=SEAT_STATUSES)
        .select_related("country", "working_group")
        .order_by("country__name", "name")
    )


@editor_required
def participants_csv(request: HttpRequest, pk: int) -> HttpResponse:
    meeting = get_object_or_404(Meeting, pk=pk)
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="participants-{pk}.csv"'
    writer = csv.writer(response)
    writer.writerow(PARTICIPANT_COLUMNS)
    for registration in _participants(meeting):
        writer.writerow(_participant_row(registration))
    return response


@editor_required
def badges_pdf(request: HttpRequest, pk: int) -> HttpResponse:
    meeting = get_object_or_404(Meeting, pk=pk)
    html = render_to_string(
        "preparation/badges.html", {"meeting": meeting, "participants": _participants(meeting)}
    )
    try:
        from weasyprint import HTML
    except ImportError:  # pragma: no cover - WeasyPrint is a dependency
        return HttpResponse(_("Badges need WeasyPrint."), status=503)
    pdf = HTML(string=html).write_pdf()
    response = HttpResponse(pdf, content_type="application/pdf")
    response["Content-Disposition"] = f'attachment; filename="badges-{pk}.pdf"'
    return response


@editor_required
@require_http_methods(["GET", "POST"])
def focal_point_new(request: HttpRequest) -> HttpResponse:
    form = FocalPointForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        operations.create_focal_point(
            data["username"], data["email"], data["password"], data["country"]
        )
        messages.success(
            request,
            _("Focal point %(name)s created for %(country)s.")
            % {"name": data["username"], "country": data["country"].display_name},
        )
        return redirect(reverse("preparation:focal-point-new"))
    focal_points = FocalPoint.objects.select_related("user", "country").order_by("country__name")
    return render(
        request, "preparation/focal_points.html", {"form": form, "focal_points": focal_points}
    )
