"""The operations module on a knowledge base built by ingestion: corrections that change
nothing write nothing, every change is kept with its old value and can be reverted, and
editor values hold against re-ingestion, ``reindex`` and ``load-reference``."""

from __future__ import annotations

from pathlib import Path

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

from processus.kb.ingest import ingest
from processus.kb.models import Evidence, Meeting, MeetingChange, MeetingRole
from processus.kb.operations import (
    EDITORS_GROUP,
    OperationError,
    can_edit_record,
    correct_meeting,
    create_editor,
    current_values,
    revert_change,
)
from processus.kb.reference_loader import load_reference_data

pytestmark = pytest.mark.django_db

NOTE = (
    "Senior Officials' Meeting of the Rabat Process\n\n"
    "The Senior Officials' Meeting of the Rabat Process will be held in Dakar, Senegal, on "
    "12-13 March 2024. It is hosted by Senegal and co-chaired by Spain. Over 120 participants "
    "are expected.\n"
)
REPORT = (
    "Report of the Senior Officials' Meeting\n\n"
    "The Senior Officials' Meeting of the Rabat Process took place in Dakar on 12 March 2024, "
    "under the chairmanship of Senegal. Some 130 delegates from 45 countries attended.\n"
)
WORKSHOP = (
    "Thematic workshop on labour mobility\n\n"
    "A thematic workshop of the Rabat Process on labour mobility was held in Madrid, Spain, on "
    "4 June 2024, organised by ICMPD. About 40 experts took part.\n"
)


@pytest.fixture(autouse=True)
def media_root(tmp_path, settings):
    settings.MEDIA_ROOT = tmp_path / "media"


@pytest.fixture
def corpus(tmp_path) -> Path:
    folder = tmp_path / "corpus"
    folder.mkdir()
    for name, text in (("som_note.txt", NOTE), ("som_report.txt", REPORT),
                       ("workshop.txt", WORKSHOP)):  # fmt: skip
        (folder / name).write_text(text, encoding="utf-8")
    load_reference_data()
    report = ingest([folder])
    assert not report.failed and report.stored == 3
    return folder


@pytest.fixture
def editor(db):
    """An editor by group membership only: not staff, not superuser."""
    return create_editor("amina", "amina@example.org", "a-long-pass-123")


def som() -> Meeting:
    return Meeting.objects.get(kind="senior_officials_meeting")


def shown(meeting: Meeting) -> dict:
    return current_values(Meeting.objects.get(pk=meeting.pk))


def rewrite(corpus: Path, name: str, old: str, new: str) -> None:
    path = corpus / name
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new), encoding="utf-8")


def test_the_corpus_gives_two_meetings(corpus) -> None:
    values = shown(som())
    assert (values["city"], values["chairs"], values["participants"]) == (
        "Dakar",
        ["Senegal", "Spain"],
        130,
    )
    assert som().mentions.count() == 2 and Meeting.objects.count() == 2


def test_a_correction_equal_to_the_shown_value_writes_nothing_and_freezes_nothing(
    corpus, editor
) -> None:
    meeting = som()
    made = correct_meeting(
        meeting,
        editor,
        {"chairs": ["Spain", "Senegal"], "city": " Dakar ", "title": "", "themes": [],
         "participants": 130, "dialogues": ["Rabat Process"]},
    )  # fmt: skip
    assert made == []
    assert not MeetingChange.objects.exists()
    assert not Evidence.objects.filter(method="edited").exists()
    # The documents still decide: a changed report changes the chairs and the count.
    rewrite(corpus, "som_report.txt", "Some 130 delegates", "Some 140 delegates")
    rewrite(corpus, "som_report.txt", "chairmanship of Senegal", "chairmanship of Morocco")
    assert ingest([corpus]).replaced == 1
    values = shown(meeting)
    assert values["participants"] == 140
    assert "Morocco" in values["chairs"]


def test_every_edit_keeps_old_and_new_value_editor_time_and_reason(corpus, editor) -> None:
    meeting = som()
    made = correct_meeting(
        meeting, editor, {"city": "Saly", "participants": 150, "chairs": ["Senegal"]}, "Minutes"
    )
    assert [(c.field, c.old_value, c.new_value) for c in made] == [
        ("city", "Dakar", "Saly"),
        ("chairs", ["Senegal", "Spain"], ["Senegal"]),
        ("participants", 130, 150),
    ]
    assert all(c.editor == editor and c.reason == "Minutes" and c.created_at for c in made)
    assert all(c.kind == "edit" and not c.old_edited for c in made)
    assert meeting.city == "Saly"  # the caller's object is refreshed
    roles = MeetingRole.objects.filter(meeting=meeting, role="chair")
    assert [r.actor.name for r in roles] == ["Senegal"]


def test_reverting_the_only_edit_hands_the_field_back_to_the_documents(corpus, editor) -> None:
    meeting = som()
    [edit] = correct_meeting(meeting, editor, {"participants": 150}, "typo in the report")
    [undo] = revert_change(edit, editor, "the report was right")
    assert (undo.kind, undo.old_value, undo.new_value, undo.reverts) == ("revert", 150, 130, edit)
    assert undo.details == {"back_to_documents": True}
    assert shown(meeting)["participants"] == 130
    assert not Evidence.objects.filter(method="edited", field="participants").exists()
    # Handed back: the documents decide again on the next run.
    rewrite(corpus, "som_report.txt", "Some 130 delegates", "Some 135 delegates")
    ingest([corpus])
    assert shown(meeting)["participants"] == 135


def test_reverting_an_older_edit_makes_its_old_value_the_editor_value(corpus, editor) -> None:
    meeting = som()
    [first] = correct_meeting(meeting, editor, {"city": "Saly"})
    [second] = correct_meeting(meeting, editor, {"city": "Thiès"})
    assert (second.old_value, second.old_edited) == ("Saly", True)
    [back] = revert_change(second, editor)  # the latest, whose old value was an editor's
    assert (back.old_value, back.new_value) == ("Thiès", "Saly")
    assert shown(meeting)["city"] == "Saly"
    [again] = revert_change(first, editor)  # not the latest: "Dakar" becomes an editor value
    assert again.new_value == "Dakar"
    edited = Evidence.objects.filter(method="edited", field="city").order_by("created_at", "pk")
    assert edited.last().value == "Dakar"
    assert revert_change(first, editor) == []  # already "Dakar": nothing to do
    assert MeetingChange.objects.filter(field="city").count() == 4


EDITED = {
    "title": "Eleventh Senior Officials' Meeting",
    "participants": 151,
    "hosts": ["Senegal", "Spain"],
    "end": "2024-03-13",
}


@pytest.fixture
def edited(corpus, editor) -> Meeting:
    """The SOM with editor values for a title, a count, the hosts and the end."""
    meeting = som()
    made = correct_meeting(meeting, editor, EDITED, "Final report")
    assert {c.field for c in made} == set(EDITED)
    return meeting


def kept(meeting: Meeting) -> dict:
    values = shown(meeting)
    return {name: values[name] for name in EDITED}


def test_editor_values_survive_reingestion(corpus, edited) -> None:
    assert ingest([corpus]).unchanged == 3  # the same files again
    assert kept(edited) == EDITED
    rewrite(corpus, "som_note.txt", "Over 120 participants", "Over 125 participants")
    rewrite(corpus, "som_report.txt", "Some 130 delegates", "Some 131 delegates")
    report = ingest([corpus])
    assert report.replaced == 2 and not report.failed
    assert kept(edited) == EDITED
    assert som().pk == edited.pk and som().mentions.count() == 2


def test_editor_values_survive_reindex(edited) -> None:
    from processus.search.engine import search
    from processus.search.indexing import reindex

    assert reindex()["meetings"] == 2
    assert kept(edited) == EDITED
    found = [r.meeting_id for r in search("Eleventh", limit=5).results if r.kind == "meeting"]
    assert found == [edited.pk]  # the index holds the editor's title


def test_editor_values_survive_load_reference(edited) -> None:
    load_reference_data()
    assert kept(edited) == EDITED
    assert Evidence.objects.filter(meeting=edited, method="edited").count() == len(EDITED)


def test_only_editors_change_the_record(corpus, editor) -> None:
    reader = get_user_model().objects.create_user("reader", password="x")
    assert can_edit_record(editor) and not editor.is_staff and not editor.is_superuser
    assert not can_edit_record(reader)
    with pytest.raises(PermissionError):
        correct_meeting(som(), reader, {"city": "Saly"})
    assert not MeetingChange.objects.exists()
    group = Group.objects.get(name=EDITORS_GROUP)
    assert {p.codename for p in group.permissions.all()} >= {"change_meeting", "add_outcome"}
    assert not any(p.content_type.app_label == "auth" for p in group.permissions.all())


def test_bad_values_are_refused_with_the_field_named(corpus, editor) -> None:
    from django.core.exceptions import ValidationError

    with pytest.raises(ValidationError) as caught:
        correct_meeting(som(), editor, {"hosts": ["Atlantis"]})
    assert caught.value.message_dict == {"hosts": ["Unknown actors: Atlantis."]}
    with pytest.raises(ValidationError) as caught:
        correct_meeting(som(), editor, {"start": "12 March"})
    assert "start" in caught.value.message_dict
    with pytest.raises(ValidationError) as caught:
        correct_meeting(som(), editor, {"start": "2024-03-20"})  # after the end
    assert caught.value.message_dict == {"end": ["The end cannot be before the start."]}
    assert not MeetingChange.objects.exists()


def test_merge_changes_cannot_be_reverted_as_corrections(corpus, editor) -> None:
    change = MeetingChange.objects.create(
        meeting=som(), meeting_number=som().pk, kind="merge", editor=editor
    )
    with pytest.raises(OperationError, match="a merge or split is undone"):
        revert_change(change, editor)


def test_outcome_changes_are_reverted_one_by_one(corpus, editor) -> None:
    from processus.kb.models import Outcome
    from processus.kb.operations import change_outcome

    meeting = som()
    added = change_outcome(meeting, editor, values={"kind": "conclusion", "text": "Meet again"})
    assert added is not None
    outcome = Outcome.objects.get()
    edited = change_outcome(meeting, editor, outcome=outcome, values={"follow_up_status": "done"})
    assert edited is not None and edited.old_value["follow_up_status"] == "unknown"

    [undone] = revert_change(edited, editor)
    assert Outcome.objects.get().follow_up_status == "unknown"
    assert (undone.kind, undone.reverts) == ("revert", edited)
    [removed] = revert_change(added, editor)  # it was added: reverting removes it
    assert not Outcome.objects.exists() and removed.details["action"] == "removed"
    [again] = revert_change(removed, editor)  # it was removed: reverting adds it back
    assert list(Outcome.objects.values_list("kind", "text")) == [("conclusion", "Meet again")]
    assert again.details["action"] == "added"
    with pytest.raises(OperationError, match="removed since"):
        Outcome.objects.all().delete()
        revert_change(added, editor)


def test_changes_made_elsewhere_can_enter_the_history(corpus, editor) -> None:
    from processus.kb.operations import record_change

    meeting = som()
    change = record_change(
        meeting, editor, "plan_link", None, "cadiz/objective/3", "confirmed", details={"n": 1}
    )
    assert (change.meeting, change.field, change.new_value, change.details) == (
        meeting, "plan_link", "cadiz/objective/3", {"n": 1},
    )  # fmt: skip
    with pytest.raises(PermissionError):
        record_change(meeting, get_user_model()(username="x"), "plan_link", None, "y")
