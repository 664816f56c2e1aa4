"""The calendar addresses: every meeting, the meetings page's filters, per dialogue, per
country and per meeting; parsed back by icalendar; bad parameters answered 400 by name."""

from __future__ import annotations

import datetime as dt

import icalendar
import pytest

from processus.kb.models import MeetingRedirect

pytestmark = pytest.mark.django_db


def _summaries(response) -> list[str]:
    assert response.status_code == 200
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    calendar = icalendar.Calendar.from_ical(response.content)
    return sorted(str(event["summary"]) for event in calendar.walk("VEVENT"))


def test_every_meeting_known_to_the_day_with_its_dates(client, record):
    response = client.get("/meetings.ics")

    assert _summaries(response) == [
        "Cancelled seminar",
        "Joint meeting on smuggling",
        "Next steering committee",
        "Senior Officials' Meeting",
        "Workshop on labour mobility",
    ]
    events = {
        str(e["summary"]): e for e in icalendar.Calendar.from_ical(response.content).walk("VEVENT")
    }
    workshop = events["Workshop on labour mobility"]
    assert workshop.decoded("dtstart") == dt.date(2026, 3, 3)
    assert workshop.decoded("dtend") == dt.date(2026, 3, 7)
    som = events["Senior Officials' Meeting"]
    assert som.decoded("dtend") == dt.date(2024, 2, 2)
    assert str(workshop["url"]) == f"http://testserver/meetings/{record.dakar_workshop.pk}/"
    assert str(events["Cancelled seminar"]["status"]) == "CANCELLED"


def test_the_dialogue_filter_keeps_its_meetings_only(client, record):
    khartoum = _summaries(client.get("/meetings.ics?dialogue=khartoum-process"))
    nobody = _summaries(client.get("/meetings.ics?dialogue=no-such-dialogue"))

    assert khartoum == ["Joint meeting on smuggling"]
    assert nobody == []


def test_the_country_filter_keeps_meetings_held_there(client, record):
    morocco = _summaries(client.get("/meetings.ics?country=ma"))
    elsewhere = _summaries(client.get("/meetings.ics?country=zz"))

    assert morocco == ["Joint meeting on smuggling", "Senior Officials' Meeting"]
    assert elsewhere == []


@pytest.mark.parametrize(
    ("query", "parameter"),
    [
        ("year=twenty", "year"),
        ("dialogue=rabat%01", "dialogue"),
        ("country=" + "x" * 81, "country"),
    ],
)
def test_a_bad_parameter_is_a_400_naming_it(client, record, query, parameter):
    response = client.get(f"/meetings.ics?{query}")

    assert response.status_code == 400
    assert response["Content-Type"].startswith("text/plain")
    assert f"{parameter}:" in response.content.decode()


def test_per_dialogue_and_per_country_addresses(client, record):
    assert _summaries(client.get("/dialogues/khartoum-process/meetings.ics")) == [
        "Joint meeting on smuggling"
    ]
    assert _summaries(client.get("/actors/sn/meetings.ics")) == [
        "Next steering committee",
        "Workshop on labour mobility",
    ]
    assert client.get("/dialogues/unknown/meetings.ics").status_code == 404
    # An organisation holds no meetings on its soil.
    assert client.get("/actors/icmpd/meetings.ics").status_code == 404


def test_one_meeting_calendar_and_its_name(client, record):
    response = client.get(f"/meetings/{record.dakar_workshop.pk}.ics")

    assert _summaries(response) == ["Workshop on labour mobility"]
    calendar = icalendar.Calendar.from_ical(response.content)
    assert str(calendar["x-wr-calname"]) == "Workshop on labour mobility"
    (event,) = calendar.walk("VEVENT")
    assert str(event["location"]) == "Dakar, Senegal"


def test_a_meeting_known_only_to_the_month_has_no_calendar_and_says_why(client, record):
    response = client.get(f"/meetings/{record.month_only.pk}.ics")

    assert response.status_code == 404
    assert "2019-07" in response.content.decode()
    assert "day" in response.content.decode()


def test_an_unknown_meeting_is_a_404_and_a_merged_one_redirects(client, record):
    missing = record.future.pk + 1000
    assert client.get(f"/meetings/{missing}.ics").status_code == 404

    MeetingRedirect.objects.create(number=missing, meeting=record.rabat_som)
    response = client.get(f"/meetings/{missing}.ics")
    assert response.status_code == 302
    assert response["Location"] == f"/meetings/{record.rabat_som.pk}.ics"


def test_french_calendar_names_places_in_french(client, record):
    response = client.get(f"/fr/meetings/{record.dakar_workshop.pk}.ics")

    (event,) = icalendar.Calendar.from_ical(response.content).walk("VEVENT")
    assert str(event["location"]) == "Dakar, Sénégal"
    assert str(event["url"]).endswith(f"/fr/meetings/{record.dakar_workshop.pk}/")


def test_the_meeting_page_links_its_calendar_only_when_dated_to_the_day(client, record):
    dated = client.get(f"/meetings/{record.dakar_workshop.pk}/").content.decode()
    month_only = client.get(f"/meetings/{record.month_only.pk}/").content.decode()

    assert f'href="/meetings/{record.dakar_workshop.pk}.ics"' in dated
    assert ".ics" not in month_only.split("</head>")[1]
