import datetime as dt

import pytest
from django.contrib.auth import get_user_model
from django.db import IntegrityError, transaction

from processus.kb.models import (
    Actor,
    ActorAlias,
    ActorKind,
    Area,
    Dialogue,
    Document,
    Evidence,
    Framework,
    Meeting,
    MeetingLink,
    MeetingRole,
    Membership,
)
from processus.kb.text import fold

pytestmark = pytest.mark.django_db


@pytest.fixture
def morocco():
    return Actor.objects.create(key="ma", kind=ActorKind.COUNTRY, iso_code="MA", name="Morocco")


@pytest.fixture
def rabat():
    return Dialogue.objects.create(key="rabat-process", name="Rabat Process")


def _violates(callable_):
    with pytest.raises(IntegrityError), transaction.atomic():
        callable_()


@pytest.mark.parametrize(
    ("text", "folded"),
    [
        ("Côte d’Ivoire", "cote d'ivoire"),
        ("COTE D'IVOIRE", "cote d'ivoire"),
        ("São Tomé and Príncipe", "sao tome and principe"),
        ("  Guinea-Bissau ", "guinea bissau"),
        ("The Gambia", "the gambia"),
    ],
)
def test_fold(text, folded):
    assert fold(text) == folded


def test_country_needs_an_iso_code():
    _violates(lambda: Actor.objects.create(key="xx", kind=ActorKind.COUNTRY, name="Nowhere"))


def test_organisation_has_no_iso_code():
    _violates(
        lambda: Actor.objects.create(
            key="org", kind=ActorKind.ORGANISATION, name="Org", iso_code="OR"
        )
    )


def test_alias_spelling_names_one_actor_only(morocco):
    spain = Actor.objects.create(key="es", kind=ActorKind.COUNTRY, iso_code="ES", name="Spain")
    ActorAlias.objects.create(actor=morocco, name="Maroc")
    _violates(lambda: ActorAlias.objects.create(actor=spain, name="MAROC"))
    assert ActorAlias.objects.get(normalized="maroc").actor == morocco


def test_meeting_cannot_end_before_it_starts():
    _violates(lambda: Meeting.objects.create(start=dt.date(2019, 7, 2), end=dt.date(2019, 7, 1)))


def test_meeting_labels_keep_precision(rabat):
    meeting = Meeting.objects.create(
        kind="technical_meeting",
        start=dt.date(2019, 7, 1),
        start_precision="month",
        end=dt.date(2019, 7, 1),
        end_precision="month",
        city="Madrid",
    )
    meeting.dialogues.add(rabat)
    assert meeting.start_label == "2019-07"
    assert str(meeting) == "technical meeting, Madrid, 2019-07"


def test_one_role_per_actor_and_kind(morocco):
    meeting = Meeting.objects.create()
    MeetingRole.objects.create(meeting=meeting, actor=morocco, role="host")
    MeetingRole.objects.create(meeting=meeting, actor=morocco, role="chair")
    _violates(lambda: MeetingRole.objects.create(meeting=meeting, actor=morocco, role="host"))


def test_membership_is_unique(morocco, rabat):
    Membership.objects.create(dialogue=rabat, actor=morocco, role="partner")
    _violates(lambda: Membership.objects.create(dialogue=rabat, actor=morocco, role="partner"))


def test_meeting_link_targets_exactly_one_item(rabat):
    framework = Framework.objects.create(
        key="cadiz", dialogue=rabat, name="Cadiz", period_start=2023, period_end=2027
    )
    area = Area.objects.create(framework=framework, number=4)
    meeting = Meeting.objects.create()
    MeetingLink.objects.create(meeting=meeting, area=area)
    _violates(lambda: MeetingLink.objects.create(meeting=meeting))
    _violates(lambda: MeetingLink.objects.create(meeting=meeting, area=area))


def test_framework_period_is_ordered(rabat):
    _violates(
        lambda: Framework.objects.create(
            key="x", dialogue=rabat, name="X", period_start=2027, period_end=2023
        )
    )


def test_edited_evidence_names_its_editor_and_extracted_evidence_its_document():
    meeting = Meeting.objects.create()
    _violates(lambda: Evidence.objects.create(meeting=meeting, field="city", method="edited"))
    _violates(lambda: Evidence.objects.create(meeting=meeting, field="city", method="extracted"))
    editor = get_user_model().objects.create_user("editor", password="x" * 12, is_staff=True)
    edited = Evidence.objects.create(
        meeting=meeting, field="city", value="Rabat", method="edited", created_by=editor
    )
    assert edited.document is None
    document = Document.objects.create(content_hash="0" * 64, text="Held in Rabat.")
    Evidence.objects.create(
        meeting=meeting, field="city", value="Rabat", document=document, start=8, end=13
    )
    _violates(
        lambda: Evidence.objects.create(
            meeting=meeting, field="city", document=document, start=9, end=3
        )
    )


def test_document_hash_is_unique():
    Document.objects.create(content_hash="a" * 64)
    _violates(lambda: Document.objects.create(content_hash="a" * 64))


@pytest.mark.parametrize(
    ("stored", "start", "end", "expected"),
    [
        ("upcoming", dt.date(2025, 5, 13), dt.date(2025, 5, 14), "past"),
        ("upcoming", dt.date(2026, 12, 1), dt.date(2026, 12, 2), "upcoming"),
        ("past", dt.date(2026, 11, 20), dt.date(2026, 11, 25), "upcoming"),
        ("", dt.date(2026, 1, 1), None, "past"),
        ("upcoming", None, None, "upcoming"),
        ("", None, None, ""),
        ("cancelled", dt.date(2025, 1, 1), dt.date(2025, 1, 1), "cancelled"),
        ("postponed", dt.date(2027, 1, 1), None, "postponed"),
    ],
)
def test_status_follows_the_dates_once_they_are_known(stored, start, end, expected):
    meeting = Meeting.objects.create(status=stored, start=start, end=end)
    today = dt.date(2026, 11, 23)
    assert meeting.status_on(today) == expected
    annotated = Meeting.objects.with_current_status(today).get(pk=meeting.pk)
    assert annotated.status_now == expected
