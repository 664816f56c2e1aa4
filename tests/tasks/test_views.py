"""The editors' task page: who may see it, what it shows, what it starts."""

from __future__ import annotations

import pytest
from django.urls import reverse

from processus.tasks import operations
from processus.tasks.models import TaskRecord

pytestmark = pytest.mark.django_db


@pytest.fixture
def failed_batch(reference, corpus, tmp_path) -> TaskRecord:
    bad = tmp_path / "empty.docx"
    bad.write_bytes(b"")
    [record] = operations.enqueue_ingest(
        [str(corpus / "page_dakar.txt"), str(bad)], batch_size=5, requested_by="nadia"
    )
    return record


def test_visitors_are_sent_to_sign_in(anon_client):
    response = anon_client.get(reverse("tasks:list"))
    assert response.status_code == 302 and "/sign-in/" in response["Location"]


def test_readers_who_are_not_editors_are_refused(user_client):
    assert user_client.get(reverse("tasks:list")).status_code == 403
    assert user_client.post(reverse("tasks:start"), {"task": "reindex"}).status_code == 403
    assert not TaskRecord.objects.exists()


def test_editors_see_each_task_with_its_progress_and_failures(editor_client, failed_batch):
    response = editor_client.get(reverse("tasks:list"))
    page = response.content.decode()
    assert response.status_code == 200
    assert f'id="task-{failed_batch.task_id}"' in page
    assert "Ingest documents" in page and "done: 1" in page
    assert '<progress max="2" value="2"' in page
    assert "1 item failed" in page and "empty.docx" in page
    assert "documents: 2 read, 1 new" in page  # the summary
    assert "nadia" in page


def test_the_page_says_when_there_is_no_task(editor_client):
    page = editor_client.get(reverse("tasks:list")).content.decode()
    assert "No task yet." in page and "<table" not in page


def test_the_page_is_in_french(editor_client, failed_batch):
    page = editor_client.get("/fr/tasks/").content.decode()
    assert "Ingérer des documents" in page and "Échecs" in page
    assert "Ingest documents" not in page


def test_an_editor_starts_a_reindex(editor_client, editor):
    response = editor_client.post(reverse("tasks:start"), {"task": "reindex"})
    record = TaskRecord.objects.get()
    assert response.status_code == 302
    assert response["Location"] == reverse("tasks:list") + f"#task-{record.task_id}"
    assert (record.name, record.state, record.requested_by) == ("reindex", "succeeded", "nadia")


@pytest.mark.parametrize("task", ["ingest", "email", "", "x" * 500])
def test_only_whole_record_tasks_can_be_started_from_the_page(editor_client, task):
    response = editor_client.post(reverse("tasks:start"), {"task": task})
    assert response.status_code == 400
    assert response.content.decode().startswith("task: “")
    assert response.content.decode().endswith("” is not a task that can be started here.")
    assert not TaskRecord.objects.exists()


def test_starting_a_task_takes_a_post(editor_client):
    assert editor_client.get(reverse("tasks:start")).status_code == 405
