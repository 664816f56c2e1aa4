"""Migration 0006: edits made before the history existed become its first entries, and the
Editors group exists with its permissions."""

from __future__ import annotations

import pytest
from django.db import connection
from django.db.migrations.executor import MigrationExecutor

BEFORE = [("kb", "0005_record_changes_document_versions")]
AFTER = [("kb", "0006_meeting_history")]


@pytest.mark.django_db(transaction=True)
def test_past_edits_enter_the_history_with_what_is_known_of_the_old_value() -> None:
    executor = MigrationExecutor(connection)
    executor.migrate(BEFORE)
    old = executor.loader.project_state(BEFORE).apps
    User = old.get_model("auth", "User")
    Meeting = old.get_model("kb", "Meeting")
    Evidence = old.get_model("kb", "Evidence")
    editor = User.objects.create(username="old-editor")
    meeting = Meeting.objects.create(kind="workshop", city="Rabat")
    for value, note in (("Tangier", "first"), ("Tetouan", "second")):
        Evidence.objects.create(
            meeting=meeting, field="city", value=value, method="edited", created_by=editor,
            note=note,
        )  # fmt: skip

    executor = MigrationExecutor(connection)
    executor.migrate(AFTER)
    new = executor.loader.project_state(AFTER).apps
    MeetingChange = new.get_model("kb", "MeetingChange")
    rows = list(
        MeetingChange.objects.order_by("pk").values_list(
            "meeting_id", "field", "old_value", "new_value", "old_edited", "details", "reason",
            "editor_id",
        )
    )  # fmt: skip
    assert rows == [
        (meeting.pk, "city", None, "Tangier", False, {"old_unknown": True}, "first", editor.pk),
        (meeting.pk, "city", "Tangier", "Tetouan", True, {}, "second", editor.pk),
    ]
    stamps = list(MeetingChange.objects.order_by("pk").values_list("created_at", flat=True))
    assert stamps == list(Evidence.objects.order_by("pk").values_list("created_at", flat=True))
    Group = new.get_model("auth", "Group")
    codenames = set(
        Group.objects.get(name="Editors").permissions.values_list("codename", flat=True)
    )
    assert {"change_meeting", "add_outcome", "view_meetingchange"} <= codenames
    assert not {c for c in codenames if c.startswith(("add_user", "change_user", "delete_"))} - {
        "delete_outcome"
    }

    executor = MigrationExecutor(connection)
    executor.migrate(executor.loader.graph.leaf_nodes())
