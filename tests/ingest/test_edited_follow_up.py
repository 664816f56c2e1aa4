"""An editor's "follow-up of" wins over what the documents say, on every later ingestion."""

from __future__ import annotations

import pytest
from django.contrib.auth import get_user_model

from processus.kb.ingest import ingest
from processus.kb.models import Evidence, Meeting
from processus.kb.operations import correct_meeting

pytestmark = pytest.mark.django_db

LISBON_SENTENCE = "It will build on the previous thematic meeting, held in Dakar in March 2023."


@pytest.fixture
def editor(db):
    return get_user_model().objects.create_user("editor", password="x", is_staff=True)


def _lisbon() -> Meeting:
    return Meeting.objects.get(city="Lisbon")


def _change_lisbon_note(corpus) -> None:
    note = corpus / "cn_lisbon.txt"
    text = note.read_text(encoding="utf-8")
    assert LISBON_SENTENCE in text
    note.write_text(
        text.replace(LISBON_SENTENCE, LISBON_SENTENCE + " Registration is open."),
        encoding="utf-8",
    )


def test_an_edited_follow_up_is_never_overwritten(reference, corpus, editor):
    ingest([corpus])
    lisbon = _lisbon()
    dakar = Meeting.objects.get(city="Dakar")
    workshop = Meeting.objects.get(city="Abidjan", kind="workshop")
    assert lisbon.follow_up_of == dakar  # what the concept note says

    [edit] = correct_meeting(lisbon, editor, {"follow_up_of": workshop.pk}, "Secretariat")
    assert (edit.field, edit.new_value, edit.kind) == ("follow_up_of", workshop.pk, "edit")

    _change_lisbon_note(corpus)
    report = ingest([corpus])
    assert report.replaced == 1 and not report.failed
    assert _lisbon().pk == lisbon.pk
    assert _lisbon().follow_up_of == workshop
    assert Evidence.objects.filter(meeting=lisbon, method="edited").count() == 1


def test_an_edited_none_stays_none(reference, corpus, editor):
    ingest([corpus])
    lisbon = _lisbon()
    correct_meeting(lisbon, editor, {"follow_up_of": None})
    assert _lisbon().follow_up_of is None

    _change_lisbon_note(corpus)
    assert ingest([corpus]).replaced == 1
    assert _lisbon().follow_up_of is None


def test_an_edited_follow_up_of_a_meeting_deleted_since_becomes_none(reference, corpus, editor):
    ingest([corpus])
    lisbon = _lisbon()
    side_event = Meeting.objects.get(city="Abidjan", kind="side_event")
    correct_meeting(lisbon, editor, {"follow_up_of": side_event.pk})
    gone = side_event.pk
    side_event.delete()

    _change_lisbon_note(corpus)
    report = ingest([corpus])
    assert not report.failed
    assert _lisbon().follow_up_of is None
    # The editor's value is kept as it was recorded, for the history.
    assert Evidence.objects.get(meeting=lisbon, method="edited").value == gone
