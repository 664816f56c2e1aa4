"""Registering, the waiting list, cancelling and promotion, through the operations."""

from __future__ import annotations

import datetime as dt

import pytest
from django.core import mail

from processus.kb.models import Evidence
from processus.preparation import operations
from processus.preparation.models import Registration, RegistrationStatus

from .conftest import NOW


def delegate(prepared, name: str, **fields) -> Registration:
    return Registration(meeting=prepared.meeting, name=name, email=f"{name.lower()}@example.org",
                        **fields)  # fmt: skip


def test_announce_writes_the_record_as_edited_evidence(prepared) -> None:
    meeting = prepared.meeting
    meeting.refresh_from_db()
    assert meeting.title == "Thematic meeting on labour mobility"
    assert meeting.city == "Rabat"
    assert meeting.country.name == "Morocco"
    # the record's deadline is the deadline's day in its time zone
    local = operations.Preparation.objects.get(meeting=meeting).local(NOW + dt.timedelta(days=10))
    assert meeting.registration_deadline == local.date()
    fields = set(
        Evidence.objects.filter(meeting=meeting, method="edited").values_list("field", flat=True)
    )
    assert {"title", "city", "country", "hosts", "registration_deadline"} <= fields


def test_two_countries_confirmed_third_waitlisted_cancel_promotes(prepared) -> None:
    senegal, spain, mali = prepared.focal_users
    first = operations.register(delegate(prepared, "Awa"), senegal)
    second = operations.register(delegate(prepared, "Lucia"), spain)
    third = operations.register(delegate(prepared, "Moussa"), mali)
    assert [first.registration.status, second.registration.status] == ["confirmed", "confirmed"]
    assert third.registration.status == "waitlisted"
    assert third.position == 1
    assert first.registration.country.name == "Senegal"

    mail.outbox.clear()
    cancelled = operations.cancel(first.registration, senegal)
    assert cancelled.registration.status == "cancelled"
    assert [r.name for r in cancelled.promoted] == ["Moussa"]
    third.registration.refresh_from_db()
    assert third.registration.status == "confirmed"
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == ["moussa@example.org"]
    assert "A place is now yours" in message.subject
    name, content, kind = message.attachments[0]
    assert kind == "text/calendar"
    assert name.endswith(".ics")
    assert "BEGIN:VEVENT" in content
    assert "Thematic meeting on labour mobility" in content


def test_quota_waitlists_a_second_delegate_of_the_same_country(prepared) -> None:
    senegal = prepared.focal_users[0]
    operations.register(delegate(prepared, "Awa"), senegal)
    second = operations.register(delegate(prepared, "Fatou"), senegal)
    assert second.registration.status == "waitlisted"


def test_promotion_skips_a_waiting_delegate_whose_country_quota_is_full(prepared) -> None:
    senegal, spain, mali = prepared.focal_users
    awa = operations.register(delegate(prepared, "Awa"), senegal).registration
    lucia = operations.register(delegate(prepared, "Lucia"), spain).registration
    fatou = operations.register(delegate(prepared, "Fatou"), senegal).registration  # quota
    moussa = operations.register(delegate(prepared, "Moussa"), mali).registration  # full
    assert [fatou.status, moussa.status] == ["waitlisted", "waitlisted"]
    promoted = operations.cancel(lucia, spain).promoted
    assert [r.name for r in promoted] == ["Moussa"]  # Fatou first in line, but Senegal is full
    fatou.refresh_from_db()
    assert fatou.status == "waitlisted"
    assert operations.waiting_position(fatou) == 1
    assert awa.status == "confirmed"


def test_before_opening_and_after_deadline_refused_with_the_reason(prepared) -> None:
    user = prepared.focal_users[0]
    with pytest.raises(operations.RegistrationRefused, match="Registration closed on"):
        operations.register(delegate(prepared, "Late"), user, now=NOW + dt.timedelta(days=11))
    with pytest.raises(operations.RegistrationRefused, match="Registration opens on"):
        operations.register(delegate(prepared, "Early"), user, now=NOW - dt.timedelta(days=11))
    assert not Registration.objects.exists()


def test_approval_required_makes_pending_then_bulk_approve_and_reject(prepared, editor) -> None:
    prep = prepared.meeting.preparation
    prep.approval_required = True
    prep.save()
    senegal, spain, mali = prepared.focal_users
    awa = operations.register(delegate(prepared, "Awa"), senegal).registration
    lucia = operations.register(delegate(prepared, "Lucia"), spain).registration
    moussa = operations.register(delegate(prepared, "Moussa"), mali).registration
    assert [awa.status, lucia.status, moussa.status] == ["pending", "pending", "waitlisted"]
    operations.decide_pending(editor, [awa], approve=True)
    operations.decide_pending(editor, [lucia], approve=False)
    awa.refresh_from_db()
    lucia.refresh_from_db()
    moussa.refresh_from_db()
    assert (awa.status, lucia.status, moussa.status) == ("confirmed", "rejected", "pending")


def test_a_focal_point_cannot_cancel_another_countrys_registration(prepared) -> None:
    senegal, spain, _mali = prepared.focal_users
    awa = operations.register(delegate(prepared, "Awa"), senegal).registration
    with pytest.raises(PermissionError):
        operations.cancel(awa, spain)
    awa.refresh_from_db()
    assert awa.status == RegistrationStatus.CONFIRMED


def test_individuals_only_where_allowed_and_after_confirming_their_email(prepared) -> None:
    with pytest.raises(operations.RegistrationRefused, match="Only national focal points"):
        operations.register(delegate(prepared, "Solo"), None)
    prep = prepared.meeting.preparation
    prep.individual_registration = True
    prep.save()
    outcome = operations.register(delegate(prepared, "Solo", language="fr"), None)
    assert outcome.registration.status == "unconfirmed"
    assert len(mail.outbox) == 1
    body = mail.outbox[0].body
    assert "Veuillez confirmer" in mail.outbox[0].subject
    token = operations.confirm_token(outcome.registration)
    assert token in body
    with pytest.raises(operations.RegistrationRefused, match="not valid"):
        operations.confirm_email(token + "x")
    confirmed = operations.confirm_email(token)
    assert confirmed.registration.status == "confirmed"
    assert operations.confirm_email(token).registration.status == "confirmed"  # twice: same


def test_recorded_attendance_becomes_the_records_count_beside_the_documents(
    prepared, editor
) -> None:
    senegal, spain, _mali = prepared.focal_users
    awa = operations.register(delegate(prepared, "Awa"), senegal).registration
    operations.register(delegate(prepared, "Lucia"), spain)
    with pytest.raises(operations.RegistrationRefused, match="Nobody"):
        operations.record_attendance(editor, prepared.meeting)
    assert operations.mark_attendance(editor, prepared.meeting, [awa.pk]) == 1
    assert operations.record_attendance(editor, prepared.meeting) == (1, 1)
    meeting = prepared.meeting
    meeting.refresh_from_db()
    assert (meeting.participants, meeting.countries_count) == (1, 1)
    recorded = Evidence.objects.get(meeting=meeting, field="participants")
    assert recorded.method == "recorded"
    assert recorded.value == 1
    assert "1 participants from 1 countries" in recorded.quote


def test_recorded_count_holds_when_the_record_is_computed_again_from_documents(
    prepared, editor
) -> None:
    from processus.kb.models import MeetingMention
    from processus.kb.operations.recompute import refresh_meetings
    from tests.web.factories import DocumentFactory

    meeting = prepared.meeting
    document = DocumentFactory(text="Over 120 participants met in Rabat.")
    MeetingMention.objects.create(
        document=document, position=0, meeting=meeting, kind="thematic_meeting",
        record={"kind": "thematic_meeting", "city": "Rabat", "participants": 120,
                "participants_qualifier": "over", "evidence": {}},
    )  # fmt: skip
    awa = operations.register(delegate(prepared, "Awa"), prepared.focal_users[0]).registration
    operations.mark_attendance(editor, meeting, [awa.pk])
    operations.record_attendance(editor, meeting)
    assert refresh_meetings([meeting.pk]) == [meeting.pk]
    meeting.refresh_from_db()
    assert (meeting.participants, meeting.participants_qualifier) == (1, "")
    # without the recorded evidence, the document's count would show
    Evidence.objects.filter(meeting=meeting, method="recorded").delete()
    refresh_meetings([meeting.pk])
    meeting.refresh_from_db()
    assert meeting.participants == 120
