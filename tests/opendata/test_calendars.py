"""Meetings as iCalendar events: all-day ranges with an exclusive end, partial dates left
out, stable identifiers, status and place, parsed back by the icalendar library."""

from __future__ import annotations

import datetime as dt

import icalendar
import pytest

from processus.kb.models import Meeting, MeetingRole
from processus.opendata.calendars import (
    NotOnACalendar,
    meeting_event,
    meetings_calendar,
)
from tests.web.factories import CountryFactory, DialogueFactory, MeetingFactory, MeetingRoleFactory

pytestmark = pytest.mark.django_db


def _events(data: bytes) -> list[icalendar.Event]:
    return list(icalendar.Calendar.from_ical(data).walk("VEVENT"))


def test_a_three_day_meeting_ends_the_day_after_its_last_day():
    meeting = MeetingFactory(start=dt.date(2026, 3, 3), end=dt.date(2026, 3, 6))

    event = meeting_event(meeting)

    assert event.decoded("dtstart") == dt.date(2026, 3, 3)
    assert event.decoded("dtend") == dt.date(2026, 3, 7)
    ical = event.to_ical().decode()
    assert "DTSTART;VALUE=DATE:20260303" in ical
    assert "DTEND;VALUE=DATE:20260307" in ical


def test_a_one_day_meeting_lasts_one_day():
    one_day = MeetingFactory(start=dt.date(2025, 11, 20), end=None)
    same_day = MeetingFactory(start=dt.date(2025, 11, 21), end=dt.date(2025, 11, 21))

    for meeting, after in ((one_day, dt.date(2025, 11, 21)), (same_day, dt.date(2025, 11, 22))):
        event = meeting_event(meeting)
        assert event.decoded("dtend") - event.decoded("dtstart") == dt.timedelta(days=1)
        assert event.decoded("dtend") == after


def test_a_month_only_meeting_is_no_event_and_is_left_out_of_calendars():
    month_only = MeetingFactory(
        title="Month only", start=dt.date(2019, 7, 1), start_precision="month", end=None
    )
    year_only = MeetingFactory(
        title="Year only", start=dt.date(2019, 1, 1), start_precision="year", end=None
    )
    dated = MeetingFactory(title="Dated", start=dt.date(2019, 7, 9), end=dt.date(2019, 7, 10))

    with pytest.raises(NotOnACalendar, match="2019-07"):
        meeting_event(month_only)
    events = _events(meetings_calendar([month_only, year_only, dated], "All"))

    assert [str(e["summary"]) for e in events] == ["Dated"]


def test_an_end_known_only_to_the_month_keeps_the_start_day_and_says_so():
    meeting = MeetingFactory(
        start=dt.date(2024, 5, 14), end=dt.date(2024, 6, 1), end_precision="month"
    )

    event = meeting_event(meeting)

    assert event.decoded("dtend") == dt.date(2024, 5, 15)
    assert "2024-06" in str(event["description"])


def test_event_fields_uid_place_url_and_status():
    country = CountryFactory(name="Senegal", name_fr="Sénégal", iso_code="SN", key="sn")
    rabat = DialogueFactory(key="rabat-process", name="Rabat Process")
    meeting = MeetingFactory(
        title="Thematic meeting on legal migration",
        city="Dakar",
        country=country,
        dialogues=[rabat],
        participants=120,
        participants_qualifier="over",
    )
    MeetingRoleFactory(meeting=meeting, actor=country, role=MeetingRole.Role.HOST)

    event = meeting_event(meeting, base_url="https://example.org")

    assert str(event["uid"]) == f"meeting-{meeting.pk}@processus"
    assert str(event["summary"]) == "Thematic meeting on legal migration"
    assert str(event["location"]) == "Dakar, Senegal"
    assert str(event["url"]) == f"https://example.org/meetings/{meeting.pk}/"
    assert str(event["status"]) == "CONFIRMED"
    description = str(event["description"])
    assert "Rabat Process" in description
    assert "Hosts: Senegal" in description
    assert "Participants: over 120" in description
    assert event.decoded("dtstamp").tzinfo is not None
    assert event.decoded("last-modified").utcoffset() == dt.timedelta(0)


def test_cancelled_and_postponed_meetings_carry_their_status():
    cancelled = MeetingFactory(status="cancelled")
    postponed = MeetingFactory(status="postponed")

    assert str(meeting_event(cancelled)["status"]) == "CANCELLED"
    assert str(meeting_event(postponed)["status"]) == "TENTATIVE"


def test_the_uid_is_the_same_whatever_the_host():
    meeting = MeetingFactory()

    first = meeting_event(meeting, base_url="https://one.example")
    second = meeting_event(meeting, base_url="http://two.example")

    assert first["uid"] == second["uid"]
    assert first["url"] != second["url"]


def test_a_calendar_has_its_name_and_round_trips():
    MeetingFactory(title="A", start=dt.date(2026, 3, 3), end=dt.date(2026, 3, 6))

    data = meetings_calendar(Meeting.objects.all(), "Rabat Process meetings")

    calendar = icalendar.Calendar.from_ical(data)
    assert str(calendar["x-wr-calname"]) == "Rabat Process meetings"
    assert str(calendar["version"]) == "2.0"
    assert len(_events(data)) == 1
    assert data.decode("utf-8").startswith("BEGIN:VCALENDAR")


def test_the_description_is_in_the_active_language():
    from django.utils import translation

    meeting = MeetingFactory(kind="workshop", participants=40, participants_qualifier="nearly")

    with translation.override("fr"):
        description = str(meeting_event(meeting)["description"])

    assert description.splitlines()[0] == "Atelier"
    assert "Participants : près de 40" in description
