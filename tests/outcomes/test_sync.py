"""Outcome items read at ingestion: stored per meeting with span and objectives; editors' kept."""

from __future__ import annotations

import hashlib

import pytest

from processus.kb.models import Document, Meeting, MeetingChange, Outcome
from processus.kb.operations import change_outcome
from processus.outcomes.models import DocumentScan, FollowUpChange, Tracking
from processus.outcomes.operations import change_follow_up, sync_outcome_items

pytestmark = pytest.mark.django_db


def _items(name: str) -> list[Outcome]:
    return list(
        Outcome.objects.filter(document__original_name=name)
        .select_related("meeting", "tracking", "document")
        .order_by("kind", "number")
    )


def test_ingest_reads_items_of_each_outcome_document(ingested) -> None:
    english = _items("outcome_visas_dakar_2024.txt")
    french = _items("document_final_lome_2024_fr.txt")
    assert [(o.kind, o.number) for o in english] == [("recommendation", n) for n in (1, 2, 3)]
    assert [o.number for o in french] == [1, 2]
    assert french[0].text == "associer les communautés d'origine aux projets de réintégration"
    assert english[0].meeting.city == "Dakar"
    assert french[0].meeting.city == "Lomé"
    assert english[0].meeting_id != french[0].meeting_id
    assert all(o.follow_up_status == Outcome.FollowUp.OPEN for o in english + french)


def test_agenda_gives_no_item(ingested) -> None:
    assert Document.objects.filter(original_name="agenda_abidjan_2024.txt").exists()
    assert _items("agenda_abidjan_2024.txt") == []


def test_span_quotes_the_document(ingested) -> None:
    items = _items("outcome_visas_dakar_2024.txt")
    assert items
    for outcome in items:
        tracking = outcome.tracking
        assert tracking.extracted
        assert outcome.document.text[tracking.start : tracking.end] == outcome.text
        assert tracking.cue == f"Recommendation {outcome.number}"


def test_objectives_suggested_from_the_plan_in_force(ingested) -> None:
    by_number = {o.number: o for o in _items("outcome_visas_dakar_2024.txt")}
    suggested = {
        number: {
            (s.objective.framework.key, s.objective.number) for s in o.tracking.suggestions.all()
        }
        for number, o in by_number.items()
    }
    assert suggested[1] == {("cadiz-2023-2027", "4")}  # visa procedures
    assert ("cadiz-2023-2027", "5a") in suggested[3]  # asylum seekers
    terms = by_number[1].tracking.suggestions.get().terms
    assert "visa procedures" in terms


def test_sync_again_changes_nothing(ingested) -> None:
    before = sorted(Outcome.objects.values_list("pk", "text"))
    report = sync_outcome_items()
    assert report.scanned == 0
    assert sorted(Outcome.objects.values_list("pk", "text")) == before
    forced = sync_outcome_items(force=True)
    assert forced.scanned == DocumentScan.objects.count() > 0
    assert forced.created == forced.removed == 0
    assert sorted(Outcome.objects.values_list("pk", "text")) == before


def _rewrite(document: Document, text: str) -> None:
    document.text = text
    document.content_hash = hashlib.sha256(text.encode()).hexdigest()
    document.save(update_fields=["text", "content_hash"])


def test_new_extraction_replaces_only_untouched_extracted_items(ingested, editor) -> None:
    items = {o.number: o for o in _items("outcome_visas_dakar_2024.txt")}
    document, meeting = items[1].document, items[1].meeting
    # An editor follows item 1 up on the tracker and rewords item 2 on the meeting page,
    change_follow_up(items[1], editor, status="in_progress", owner="Senegal", note="")
    change_outcome(meeting, editor, outcome=items[2], values={"text": "Share visa data."})
    # and adds an outcome of their own.
    own = change_outcome(
        meeting, editor, values={"kind": "conclusion", "number": 1, "text": "Editor's own."}
    )
    assert own is not None
    # The document now says something else for every item.
    _rewrite(
        document,
        document.text.replace("Simplify", "Ease")
        .replace("Share data", "Pool data")
        .replace("Train border", "Coach border"),
    )
    report = sync_outcome_items()
    assert report.scanned == 1
    texts = {
        o.number: o.text for o in Outcome.objects.filter(meeting=meeting, kind="recommendation")
    }
    # 1 and 2 are the editor's: kept as they are, not extracted again beside themselves.
    assert texts == {
        1: "Simplify visa procedures for students and researchers.",
        2: "Share visa data.",
        3: "Coach border officials on asylum seekers' rights.",
    }
    assert Outcome.objects.get(pk=items[1].pk).follow_up_status == "in_progress"
    assert not Outcome.objects.filter(pk=items[3].pk).exists()  # untouched: replaced
    assert Outcome.objects.filter(meeting=meeting, kind="conclusion", text="Editor's own.").exists()


def test_items_follow_the_document_to_its_meeting(ingested) -> None:
    """A document whose first record now names another meeting moves its untouched items."""
    outcome = _items("document_final_lome_2024_fr.txt")[0]
    other = Meeting.objects.exclude(pk=outcome.meeting_id).first()
    assert other is not None
    outcome.document.mentions.filter(position=0).update(meeting=other)
    sync_outcome_items()
    moved = _items("document_final_lome_2024_fr.txt")
    assert moved
    assert {o.meeting_id for o in moved} == {other.pk}


def test_follow_up_keeps_history_and_the_meeting_record(ingested, editor) -> None:
    outcome = _items("outcome_visas_dakar_2024.txt")[0]
    changes = change_follow_up(outcome, editor, status="done", owner="ICMPD", note="Adopted.")
    assert {(c.field, c.old_value, c.new_value) for c in changes} == {
        ("status", "open", "done"),
        ("owner", "", "ICMPD"),
        ("note", "", "Adopted."),
    }
    assert all(c.editor == editor for c in changes)
    assert Outcome.objects.get(pk=outcome.pk).follow_up_status == "done"
    tracking = Tracking.objects.get(pk=outcome.pk)
    assert (tracking.owner, tracking.note) == ("ICMPD", "Adopted.")
    # The status change is in the meeting's own history too.
    assert MeetingChange.objects.filter(
        meeting_id=outcome.meeting_id, field="outcomes", details__outcome=outcome.pk
    ).exists()
    # The same values again change nothing.
    assert change_follow_up(outcome, editor, status="done", owner="ICMPD", note="Adopted.") == []
    assert FollowUpChange.objects.filter(outcome=outcome).count() == 3


def test_follow_up_refuses_non_editors_and_unknown_status(
    ingested, django_user_model, editor
) -> None:
    outcome = _items("outcome_visas_dakar_2024.txt")[0]
    reader = django_user_model.objects.create_user("reader", password="pw-123456789")
    with pytest.raises(PermissionError):
        change_follow_up(outcome, reader, status="done", owner="", note="")
    with pytest.raises(ValueError, match="unknown follow-up status"):
        change_follow_up(outcome, editor, status="finished", owner="", note="")
    assert FollowUpChange.objects.count() == 0


def test_a_document_without_meeting_loses_its_untouched_items(ingested, editor) -> None:
    items = _items("outcome_visas_dakar_2024.txt")
    change_follow_up(items[0], editor, status="done", owner="", note="")
    document = items[0].document
    document.mentions.all().delete()
    sync_outcome_items()
    assert [o.pk for o in _items("outcome_visas_dakar_2024.txt")] == [items[0].pk]


def test_documents_without_items_are_scanned_once(ingested, django_assert_max_num_queries) -> None:
    assert DocumentScan.objects.filter(items=0).count() >= 1
    with django_assert_max_num_queries(6):
        assert sync_outcome_items().scanned == 0


def test_an_item_an_editor_removed_is_not_read_again(ingested, editor) -> None:
    items = {o.number: o for o in _items("outcome_visas_dakar_2024.txt")}
    document, meeting = items[3].document, items[3].meeting
    change_outcome(meeting, editor, outcome=items[3], remove=True)
    _rewrite(document, document.text.replace("Simplify", "Ease"))
    sync_outcome_items()
    texts = sorted(o.text for o in Outcome.objects.filter(meeting=meeting))
    assert texts == [
        "Ease visa procedures for students and researchers.",
        "Share data on visa applications between consular services.",
    ]


def test_an_item_an_editor_added_by_hand_is_not_doubled(ingested, editor) -> None:
    items = {o.number: o for o in _items("outcome_visas_dakar_2024.txt")}
    document, meeting = items[2].document, items[2].meeting
    change_outcome(meeting, editor, outcome=items[2], remove=True)
    change_outcome(
        meeting, editor, values={"kind": "recommendation", "number": 2, "text": "Share data."}
    )
    sync_outcome_items(force=True)
    numbered = sorted(
        (o.number, o.text)
        for o in Outcome.objects.filter(meeting=meeting, kind="recommendation", number=2)
    )
    assert numbered == [(2, "Share data.")]
    assert document.pk  # the document still gives items 1 and 3
    assert Outcome.objects.filter(document=document, tracking__extracted=True).count() == 2
