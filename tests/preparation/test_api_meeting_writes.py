"""``POST``/``PATCH /api/v1/meetings/`` with registration settings: an announced meeting
that takes registrations, the same rules as the announce form, errors naming the field."""

from __future__ import annotations

import datetime as dt

import pytest

from processus.kb.models import Meeting
from processus.preparation.api import split_registration
from processus.preparation.models import Preparation
from tests.preparation.conftest import token_client as api

pytest.importorskip("rest_framework")

MEETINGS = "/api/v1/meetings/"
UTC = dt.UTC


def record(**extra) -> dict:
    return {"kind": "thematic_meeting", "title": "Workshop on labour mobility",
            "start": "2030-06-10", "end": "2030-06-11", "city": "Rabat",
            "country": "Morocco", "dialogues": ["Rabat Process"], **extra}  # fmt: skip


@pytest.mark.parametrize(
    ("body", "record_keys", "setting_keys"),
    [
        ({"title": "T", "capacity": 3}, {"title"}, {"capacity"}),
        ({"title": "T", "registration_deadline": "2030-05-01"}, {"title", "registration_deadline"}, set()),  # noqa: E501
        ({"registration_deadline": "2030-05-01T17:00"}, set(), {"registration_deadline"}),
        ({"registration_deadline": "2030-05-01", "capacity": 3}, set(), {"registration_deadline", "capacity"}),  # noqa: E501
        ({"title": "T", "registration_deadline": None}, {"title", "registration_deadline"}, set()),
        ({"approval_required": False}, set(), {"approval_required"}),
    ],
)  # fmt: skip
def test_split_registration(body, record_keys, setting_keys) -> None:
    values, settings = split_registration(body)
    assert set(values) == record_keys
    assert set(settings) == setting_keys


@pytest.mark.django_db
def test_create_with_settings_announces_a_meeting_that_takes_registrations(prepared, editor):
    answer = api(editor).post(
        MEETINGS,
        record(registration_opens="2030-04-01T09:00:00+00:00",
               registration_deadline="2030-05-01T17:00:00+01:00", time_zone="Africa/Casablanca",
               capacity=40, quota_per_country=2, approval_required=True),
        format="json",
    )  # fmt: skip
    assert answer.status_code == 201, answer.content
    meeting = Meeting.objects.get(pk=answer.json()["id"])
    preparation = Preparation.objects.get(meeting=meeting)
    assert (preparation.capacity, preparation.quota_per_country) == (40, 2)
    assert preparation.approval_required is True
    assert preparation.individual_registration is False
    assert preparation.registration_deadline == dt.datetime(2030, 5, 1, 16, 0, tzinfo=UTC)
    assert preparation.registration_opens == dt.datetime(2030, 4, 1, 9, 0, tzinfo=UTC)
    assert preparation.time_zone == "Africa/Casablanca"
    assert meeting.status == "upcoming"
    assert meeting.title == "Workshop on labour mobility"
    assert meeting.registration_deadline.isoformat() == "2030-05-01"


@pytest.mark.django_db
def test_create_without_settings_takes_no_registrations(prepared, editor) -> None:
    answer = api(editor).post(MEETINGS, record(registration_deadline="2030-05-01"), format="json")
    assert answer.status_code == 201, answer.content
    meeting = Meeting.objects.get(pk=answer.json()["id"])
    assert not Preparation.objects.filter(meeting=meeting).exists()
    assert meeting.registration_deadline.isoformat() == "2030-05-01"
    registrations = api().get(f"{MEETINGS}{meeting.pk}/registrations/")
    assert registrations.status_code == 400


@pytest.mark.parametrize(
    ("given", "zone", "stored"),
    [
        ("2030-05-01T17:00", "Europe/Madrid", dt.datetime(2030, 5, 1, 15, 0, tzinfo=UTC)),
        ("2030-05-01T17:00", "Africa/Dakar", dt.datetime(2030, 5, 1, 17, 0, tzinfo=UTC)),
        ("2030-05-01T17:00+03:00", "Europe/Madrid", dt.datetime(2030, 5, 1, 14, 0, tzinfo=UTC)),
        ("2030-05-01", "Europe/Madrid", dt.datetime(2030, 5, 1, 21, 59, tzinfo=UTC)),
    ],
)
@pytest.mark.django_db
def test_a_deadline_without_offset_is_read_in_the_meetings_zone(
    prepared, editor, given, zone, stored
) -> None:
    answer = api(editor).post(
        MEETINGS, record(registration_deadline=given, time_zone=zone, capacity=5), format="json"
    )
    assert answer.status_code == 201, answer.content
    preparation = Preparation.objects.get(meeting_id=answer.json()["id"])
    assert preparation.registration_deadline == stored


@pytest.mark.parametrize(
    ("given", "field", "message"),
    [
        ({"registration_opens": "2030-05-02T10:00:00+00:00",
          "registration_deadline": "2030-05-01T10:00:00+00:00"},
         "registration_deadline", "The deadline cannot be before the opening."),
        ({"capacity": 0}, "capacity", "Ensure this value is greater than or equal to 1."),
        ({"quota_per_country": -2}, "quota_per_country",
         "Ensure this value is greater than or equal to 1."),
        ({"time_zone": "Mars/Olympus"}, "time_zone", "Unknown time zone: Mars/Olympus."),
        ({"registration_opens": "next Tuesday"}, "registration_opens",
         "Give a date (2027-03-01) or a date and time (2027-03-01T17:00+01:00)."),
        ({"approval_required": "perhaps"}, "approval_required", "Must be a valid boolean."),
    ],
)  # fmt: skip
@pytest.mark.django_db
def test_bad_settings_are_a_400_naming_the_field_and_create_nothing(
    prepared, editor, given, field, message
) -> None:
    before = Meeting.objects.count()
    answer = api(editor).post(MEETINGS, record(**given), format="json")
    assert answer.status_code == 400
    assert answer.json() == {"detail": message, "field": field}
    assert Meeting.objects.count() == before


@pytest.mark.django_db
def test_a_bad_record_value_beside_good_settings_creates_nothing(prepared, editor) -> None:
    before = (Meeting.objects.count(), Preparation.objects.count())
    answer = api(editor).post(MEETINGS, record(country="Atlantis", capacity=3), format="json")
    assert answer.status_code == 400
    assert answer.json()["field"] == "country"
    assert (Meeting.objects.count(), Preparation.objects.count()) == before


@pytest.mark.django_db
def test_an_unknown_field_is_a_400_naming_it(prepared, editor) -> None:
    answer = api(editor).post(MEETINGS, record(seats=12), format="json")
    assert answer.status_code == 400
    assert answer.json() == {"detail": "Unknown field.", "field": "seats"}


@pytest.mark.django_db
def test_readers_and_visitors_cannot_announce(prepared) -> None:
    from django.contrib.auth import get_user_model

    reader = get_user_model().objects.create_user("reader", password="reader-pass-1")
    before = Meeting.objects.count()
    for client in (api(), api(reader)):
        answer = client.post(MEETINGS, record(capacity=3), format="json")
        assert answer.status_code in (401, 403)
    assert Meeting.objects.count() == before


@pytest.mark.django_db
def test_patch_changes_settings_alone_and_keeps_the_others(prepared, editor) -> None:
    meeting = prepared.meeting
    opens = meeting.preparation.registration_opens
    answer = api(editor).patch(f"{MEETINGS}{meeting.pk}/", {"capacity": 80}, format="json")
    assert answer.status_code == 200, answer.content
    preparation = Preparation.objects.get(meeting=meeting)
    assert (preparation.capacity, preparation.quota_per_country) == (80, 1)
    assert preparation.registration_opens == opens
    assert preparation.time_zone == "Africa/Casablanca"


@pytest.mark.django_db
def test_patch_a_deadline_before_the_stored_opening_is_refused(prepared, editor) -> None:
    meeting = prepared.meeting
    too_early = (meeting.preparation.registration_opens - dt.timedelta(days=1)).isoformat()
    answer = api(editor).patch(
        f"{MEETINGS}{meeting.pk}/", {"registration_deadline": too_early}, format="json"
    )
    assert answer.status_code == 400
    assert answer.json()["field"] == "registration_deadline"


@pytest.mark.django_db
def test_announced_by_the_api_then_registered_cancelled_and_promoted(prepared, editor) -> None:
    now = dt.datetime.now(UTC).replace(microsecond=0)
    created = api(editor).post(
        MEETINGS,
        record(registration_opens=(now - dt.timedelta(days=1)).isoformat(),
               registration_deadline=(now + dt.timedelta(days=5)).isoformat(), capacity=1),
        format="json",
    )  # fmt: skip
    assert created.status_code == 201, created.content
    base = f"{MEETINGS}{created.json()['id']}/registrations/"
    senegal, spain, _mali = prepared.focal_users
    first = api(senegal).post(base, {"name": "Awa", "email": "awa@example.org"}, format="json")
    second = api(spain).post(base, {"name": "Lucia", "email": "lu@example.org"}, format="json")
    assert (first.json()["status"], second.json()["status"]) == ("confirmed", "waitlisted")
    assert second.json()["position"] == 1
    cancelled = api(senegal).post(f"{base}{first.json()['id']}/cancel/", format="json")
    assert cancelled.status_code == 200, cancelled.content
    assert cancelled.json()["status"] == "cancelled"
    assert [(r["name"], r["status"]) for r in cancelled.json()["promoted"]] == [
        ("Lucia", "confirmed")
    ]
