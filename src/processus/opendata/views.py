"""Calendars, the data page and the data package download (thin: the work is elsewhere)."""

from __future__ import annotations

import logging

from django.http import FileResponse, Http404, HttpRequest, HttpResponse, HttpResponseBase
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _

from processus.filters import BadQuery
from processus.kb.models import Actor, ActorKind, Dialogue, Meeting, MeetingRedirect
from processus.opendata import package, queries
from processus.opendata.calendars import meeting_event, meetings_calendar, on_a_calendar
from processus.web.bad_query import bad_query_response

CALENDAR_TYPE = "text/calendar; charset=utf-8"
logger = logging.getLogger(__name__)


def _base_url(request: HttpRequest) -> str:
    return f"{request.scheme}://{request.get_host()}"


def _calendar_response(body: bytes, filename: str) -> HttpResponse:
    response = HttpResponse(body, content_type=CALENDAR_TYPE)
    response["Content-Disposition"] = f'inline; filename="{filename}"'
    return response


def calendar(request: HttpRequest) -> HttpResponse:
    """Every meeting with a known day, narrowed by the meetings page's parameters."""
    try:
        meetings = queries.calendar_meetings(request.GET)
    except BadQuery as error:
        return bad_query_response(request, error, "csv")
    body = meetings_calendar(
        meetings,
        _("Processus: meetings"),
        base_url=_base_url(request),
        description=_("Meetings of the migration dialogues known to the day."),
    )
    return _calendar_response(body, "meetings.ics")


def dialogue_calendar(request: HttpRequest, key: str) -> HttpResponse:
    dialogue = get_object_or_404(Dialogue, key=key)
    body = meetings_calendar(
        queries.calendar_meetings({"dialogue": dialogue.key}),
        _("%(dialogue)s: meetings") % {"dialogue": dialogue.display_name},
        base_url=_base_url(request),
    )
    return _calendar_response(body, f"{dialogue.key}.ics")


def country_calendar(request: HttpRequest, key: str) -> HttpResponse:
    """The meetings held in a country."""
    country = get_object_or_404(Actor, key=key, kind=ActorKind.COUNTRY)
    body = meetings_calendar(
        queries.calendar_meetings({"country": country.key}),
        _("Meetings held in %(country)s") % {"country": country.display_name},
        base_url=_base_url(request),
    )
    return _calendar_response(body, f"{country.key}.ics")


def meeting_calendar(request: HttpRequest, pk: int) -> HttpResponseBase:
    """One meeting as a calendar file; a merged meeting's old number redirects."""
    meeting = queries.with_related(Meeting.objects.filter(pk=pk)).first()
    if meeting is None:
        target = MeetingRedirect.objects.filter(number=pk).values_list("meeting_id", flat=True)
        if target.first() is not None:
            return redirect("opendata:meeting-calendar", pk=target.first())
        raise Http404(_("No meeting has the number %(pk)s.") % {"pk": pk})
    if not on_a_calendar(meeting):
        return HttpResponse(
            _(
                "Meeting %(pk)s is dated only as %(date)s: a calendar needs the day, "
                "and the record does not know it."
            )
            % {"pk": pk, "date": meeting.start_label or _("no date")},
            status=404,
            content_type="text/plain; charset=utf-8",
        )
    body = meetings_calendar(
        [meeting], str(meeting_event(meeting)["summary"]), base_url=_base_url(request)
    )
    return _calendar_response(body, f"meeting-{meeting.pk}.ics")


def data(request: HttpRequest) -> HttpResponse:
    """The page explaining the feeds, the calendars and the data package."""
    return render(
        request,
        "opendata/data.html",
        {
            "tables": package.TABLES,
            "dialogues": Dialogue.objects.filter(meetings__isnull=False).distinct(),
            "nav_current": "data",
        },
    )


def data_package(request: HttpRequest) -> HttpResponseBase:
    """The zip of the whole public record, built once per version of the record."""
    try:
        path = package.cached_zip()
    except OSError as exc:
        logger.error("data package: cannot write %s: %s", package.cache_directory(), exc)
        return HttpResponse(
            _(
                "The data package cannot be prepared now (the server cannot write it). "
                "Please try again later."
            ),
            status=503,
            content_type="text/plain; charset=utf-8",
        )
    return FileResponse(
        path.open("rb"),
        as_attachment=True,
        filename=package.ZIP_NAME,
        content_type="application/zip",
    )


def descriptor(request: HttpRequest) -> HttpResponse:
    """``datapackage.json`` alone, for tools that read the description before the data."""
    response = HttpResponse(package.descriptor_json(), content_type="application/json")
    return response
