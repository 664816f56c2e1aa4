"""Migration 0004: stored documents keep their kind under the new names."""

from __future__ import annotations

import pytest
from django.db import connection
from django.db.migrations.executor import MigrationExecutor

BEFORE = [("kb", "0003_meeting_updated_index")]
AFTER = [("kb", "0004_document_kinds")]


@pytest.mark.django_db(transaction=True)
def test_old_document_kinds_are_renamed_and_restored() -> None:
    executor = MigrationExecutor(connection)
    executor.migrate(BEFORE)
    old_apps = executor.loader.project_state(BEFORE).apps
    OldDocument = old_apps.get_model("kb", "Document")
    for number, kind in enumerate(("social_feed", "report", "news", "concept_note")):
        OldDocument.objects.create(content_hash=f"{number:064x}", kind=kind)

    executor = MigrationExecutor(connection)
    executor.migrate(AFTER)
    new_apps = executor.loader.project_state(AFTER).apps
    Document = new_apps.get_model("kb", "Document")
    assert sorted(Document.objects.values_list("kind", flat=True)) == [
        "concept_note", "news", "outcome", "social_post"]  # fmt: skip
    assert set(Document.objects.values_list("kind_reason", flat=True)) == {""}
    Document.objects.create(content_hash="f" * 64, kind="agenda")

    executor = MigrationExecutor(connection)
    executor.migrate(BEFORE)
    OldDocument = executor.loader.project_state(BEFORE).apps.get_model("kb", "Document")
    assert sorted(OldDocument.objects.values_list("kind", flat=True)) == [
        "concept_note", "news", "other", "report", "social_feed"]  # fmt: skip

    executor = MigrationExecutor(connection)
    executor.migrate(executor.loader.graph.leaf_nodes())
