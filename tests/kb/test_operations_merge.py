"""Merging two meetings and splitting one, with history and undo, on an ingested corpus."""

from __future__ import annotations

import pytest

from processus.kb.ingest import ingest
from processus.kb.models import (
    Evidence,
    Meeting,
    MeetingChange,
    MeetingLink,
    MeetingMention,
    MeetingRedirect,
    Outcome,
)
from processus.kb.operations import (
    OperationError,
    change_outcome,
    correct_meeting,
    merge_meetings,
    split_meeting,
    undo_change,
)

from . import test_operations as base
from .test_operations import shown, som

# The ingested corpus and the editor of the corrections' tests.
corpus, editor, media_root = base.corpus, base.editor, base.media_root

pytestmark = pytest.mark.django_db


def workshop() -> Meeting:
    return Meeting.objects.get(kind="workshop")


def test_merge_moves_everything_and_undo_puts_it_back(corpus, editor) -> None:
    keep, gone = som(), workshop()
    gone_pk = gone.pk
    gone_mentions = set(gone.mentions.values_list("pk", flat=True))
    gone_evidence = set(
        Evidence.objects.filter(meeting=gone).exclude(method="edited").values_list("pk", flat=True)
    )
    [edit] = correct_meeting(gone, editor, {"format": "virtual"}, "It was online")
    correct_meeting(keep, editor, {"city": "Saly"})
    correct_meeting(gone, editor, {"city": "Toledo"})  # both have a city: the survivor's wins
    outcome = change_outcome(gone, editor, values={"kind": "conclusion", "text": "Meet again"})
    assert outcome is not None
    follower = Meeting.objects.create(kind="workshop", title="Follow-up", follow_up_of=gone)
    link = MeetingLink.objects.filter(meeting=keep).first()
    before = shown(gone)

    merge = merge_meetings(keep, gone, editor, "Same meeting, two reports")
    assert (merge.kind, merge.meeting, merge.reason) == ("merge", keep, "Same meeting, two reports")
    assert not Meeting.objects.filter(pk=gone_pk).exists()
    assert MeetingRedirect.objects.get(number=gone_pk).meeting == keep
    assert set(keep.mentions.values_list("pk", flat=True)) >= gone_mentions
    assert set(Evidence.objects.filter(pk__in=gone_evidence).values_list("meeting", flat=True)) == {
        keep.pk
    }
    assert Outcome.objects.get(text="Meet again").meeting == keep
    assert Meeting.objects.get(pk=follower.pk).follow_up_of_id == keep.pk
    history = MeetingChange.objects.filter(meeting=keep)
    assert edit.pk in set(history.values_list("pk", flat=True))  # its history came along
    values = shown(keep)
    assert values["city"] == "Saly"  # the survivor's editor value
    assert values["format"] == "virtual"  # the other's editor value, where the survivor had none
    assert "ICMPD" in values["organisers"]  # recomputed from all the mentions
    assert link is None or MeetingLink.objects.filter(pk=link.pk, meeting=keep).exists()

    # Re-ingesting the same files leaves the merge alone.
    assert ingest([corpus]).unchanged == 3
    assert not Meeting.objects.filter(pk=gone_pk).exists()
    assert set(keep.mentions.values_list("pk", flat=True)) >= gone_mentions

    undo = undo_change(merge, editor, "They were two meetings after all")
    assert (undo.kind, undo.reverts) == ("undo", merge)
    back = Meeting.objects.get(pk=gone_pk)
    assert set(back.mentions.values_list("pk", flat=True)) == gone_mentions
    assert shown(back) == before
    assert shown(keep)["city"] == "Saly" and shown(keep)["format"] is None
    assert "ICMPD" not in shown(keep)["organisers"]
    assert Outcome.objects.get(text="Meet again").meeting_id == gone_pk
    assert Meeting.objects.get(pk=follower.pk).follow_up_of_id == gone_pk
    assert MeetingChange.objects.get(pk=edit.pk).meeting_id == gone_pk
    assert not MeetingRedirect.objects.filter(number=gone_pk).exists()
    edited_city = Evidence.objects.filter(meeting_id=gone_pk, method="edited", field="city")
    assert list(edited_city.values_list("value", flat=True)) == ["Toledo"]  # restored
    with pytest.raises(OperationError, match="undone already"):
        undo_change(merge, editor)


def test_the_editor_chooses_the_survivor(corpus, editor) -> None:
    keep, gone = workshop(), som()
    merge_meetings(keep, gone, editor)
    assert list(Meeting.objects.values_list("pk", flat=True)) == [keep.pk]
    assert MeetingRedirect.objects.get(number=gone.pk).meeting_id == keep.pk
    with pytest.raises(OperationError, match="merged with itself"):
        merge_meetings(keep, keep, editor)


def test_split_moves_the_chosen_mentions_and_undo_merges_them_back(corpus, editor) -> None:
    meeting = som()
    report = MeetingMention.objects.get(meeting=meeting, document__original_name="som_report.txt")
    note = MeetingMention.objects.get(meeting=meeting, document__original_name="som_note.txt")
    correct_meeting(meeting, editor, {"title": "Eleventh SOM"})

    split = split_meeting(meeting, [report.pk], editor, "The report is of another meeting")
    new = Meeting.objects.get(pk=split.details["new_meeting"])
    assert (split.kind, split.meeting, split.new_value["meeting"]) == ("split", meeting, new.pk)
    assert list(new.mentions.all()) == [report]
    assert list(som_mentions(meeting)) == [note]
    assert set(Evidence.objects.filter(mention=report).values_list("meeting", flat=True)) == {
        new.pk
    }
    # Each is computed again from its own mentions; the editor's title stays with the original.
    assert (shown(meeting)["participants"], shown(meeting)["title"]) == (120, "Eleventh SOM")
    assert (shown(new)["participants"], shown(new)["countries_count"]) == (130, 45)
    assert ingest([corpus]).unchanged == 3
    assert Meeting.objects.filter(pk=new.pk).exists()

    undo = undo_change(split, editor)
    assert undo.reverts == split
    assert not Meeting.objects.filter(pk=new.pk).exists()
    assert MeetingRedirect.objects.get(number=new.pk).meeting_id == meeting.pk
    assert set(som_mentions(meeting)) == {note, report}
    assert shown(meeting)["participants"] == 130


def som_mentions(meeting: Meeting):
    return MeetingMention.objects.filter(meeting=meeting).order_by("pk")


@pytest.mark.parametrize(
    ("which", "message"),
    [
        ("none", "Choose the mentions"),
        ("all", "Leave at least one mention"),
        ("foreign", "not mentions of this meeting"),
    ],
)
def test_impossible_splits_are_explained(corpus, editor, which: str, message: str) -> None:
    meeting = som()
    ids = {
        "none": [],
        "all": list(meeting.mentions.values_list("pk", flat=True)),
        "foreign": list(workshop().mentions.values_list("pk", flat=True)),
    }[which]
    with pytest.raises(OperationError, match=message):
        split_meeting(meeting, ids, editor)
    assert Meeting.objects.count() == 2 and not MeetingChange.objects.exists()
