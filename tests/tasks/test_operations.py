"""Tasks run in process (the SQLite default): recorded, run with the CLI's code, failures kept."""

from __future__ import annotations

import io

import pytest
from django.core import mail

from processus.kb.canonical_export import canonical_meeting_rows
from processus.kb.exporting import meetings_queryset, write_jsonl
from processus.kb.ingest import ingest
from processus.kb.models import Document, Meeting
from processus.tasks import operations
from processus.tasks.jobs import TaskArgumentError
from processus.tasks.models import TaskRecord
from processus.tasks.runner import execute

pytestmark = pytest.mark.django_db


def _canonical() -> str:
    out = io.StringIO()
    write_jsonl(canonical_meeting_rows(meetings_queryset()), out)
    return out.getvalue()


def test_an_ingest_task_gives_what_ingest_gives(reference, corpus):
    files = [str(p) for p in sorted(corpus.iterdir())]
    ingest(files)
    expected = _canonical()
    Meeting.objects.all().delete()
    Document.objects.all().delete()

    [record] = operations.enqueue_ingest(files, batch_size=len(files))
    record.refresh_from_db()
    assert record.state == TaskRecord.State.SUCCEEDED
    assert (record.done, record.total, record.failures) == (len(files), len(files), [])
    assert record.summary[0].startswith(f"documents: {len(files)} read, {len(files)} new")
    assert record.worker == "in process" and record.finished_at >= record.started_at
    assert _canonical() == expected


def test_batches_split_the_files_in_order(reference, corpus):
    files = [str(p) for p in sorted(corpus.iterdir())]
    records = operations.enqueue_ingest(files, batch_size=3)
    assert [r.arguments["paths"] for r in records] == [files[0:3], files[3:6], files[6:]]
    assert all(r.state == TaskRecord.State.SUCCEEDED for r in records)
    assert Meeting.objects.count() == 4  # the scripted corpus's four meetings


def test_a_file_that_cannot_be_read_fails_alone_and_is_named(reference, corpus, tmp_path):
    bad = tmp_path / "broken.pdf"
    bad.write_bytes(b"%PDF-1.4 not really")
    files = [str(corpus / "page_dakar.txt"), str(bad)]
    [record] = operations.enqueue_ingest(files, batch_size=10)
    assert record.state == TaskRecord.State.SUCCEEDED
    assert [item for item, _reason in record.failures] == [str(bad)]
    assert record.failures[0][1]  # with its reason
    assert Document.objects.count() == 1


def test_relative_paths_are_made_absolute_when_queued(reference, corpus, monkeypatch):
    monkeypatch.chdir(corpus)
    [record] = operations.enqueue_ingest(["page_dakar.txt"], batch_size=5)
    assert record.arguments["paths"] == [str(corpus / "page_dakar.txt")]
    assert record.state == TaskRecord.State.SUCCEEDED


@pytest.mark.parametrize(
    ("name", "arguments", "message"),
    [
        ("ingest", {"paths": []}, "paths: give a non-empty list"),
        ("ingest", {"paths": ["a.txt"], "reference_date": "2024-13-01"}, "reference_date: "),
        ("reindex", {"force": True}, "takes no arguments (given: force)"),
        ("reextract", {"documents": ["7"]}, "documents: give a list of document ids"),
        ("report", {"plan": "cadiz", "format": "docx"}, "format: html or pdf, not 'docx'"),
        ("report", {"plan": "cadiz", "start": "2024", "chairmanship": "Spain"}, "start: "),
        ("email", {"to": ["nobody"], "subject": "Hi", "body": ""}, "to: not an e-mail address"),
        ("email", {"to": ["a@example.org"], "subject": "a\nb", "body": ""}, "subject: "),
        ("fly", {}, "no task named 'fly'"),
    ],
)
def test_a_bad_argument_is_refused_by_name_and_nothing_is_recorded(name, arguments, message):
    with pytest.raises(TaskArgumentError, match=message.replace("(", r"\(").replace(")", r"\)")):
        operations.enqueue(name, arguments)
    assert not TaskRecord.objects.exists()


def test_batch_size_must_be_positive():
    with pytest.raises(TaskArgumentError, match="batch size 0"):
        operations.enqueue_ingest(["a.txt"], batch_size=0)


def test_a_job_that_raises_fails_the_task_with_its_reason(monkeypatch):
    from processus.tasks import jobs

    def explode(arguments, progress):
        raise RuntimeError("the index is\nbroken")

    monkeypatch.setitem(jobs.JOBS, "reindex", jobs.Job("reindex", "x", jobs.check_nothing, explode))
    record = operations.enqueue("reindex")
    assert record.state == TaskRecord.State.FAILED
    assert record.error == "RuntimeError: the index is broken"


def test_a_finished_task_is_not_run_again():
    record = operations.enqueue("reindex")
    assert record.state == TaskRecord.State.SUCCEEDED and record.attempts == 1
    again = execute(record.task_id)
    assert again is not None and again.attempts == 1
    assert execute("no-such-task") is None


def test_a_task_of_an_unknown_job_fails_naming_it():
    record = TaskRecord.objects.create(task_id="t-old", name="vacuum")
    execute("t-old")
    record.refresh_from_db()
    assert record.state == TaskRecord.State.FAILED
    assert "no job named 'vacuum'" in record.error


def test_reindex_counts_what_it_indexed(reference, corpus):
    ingest([corpus])
    record = operations.enqueue("reindex")
    assert record.state == TaskRecord.State.SUCCEEDED
    assert record.summary == [f"indexed 4 meetings, {Document.objects.count()} documents, "
                              f"{record.summary[0].split(', ')[2]}"]  # fmt: skip
    assert record.total == 4 + Document.objects.count() and record.done == record.total


def test_reextract_changes_only_documents_read_by_another_engine(reference, corpus):
    ingest([corpus])
    count = Document.objects.count()
    before = set(Document.objects.values_list("extraction_fingerprint", flat=True))

    again = operations.enqueue("reextract")
    assert (
        again.summary[0]
        == f"documents: {count} read, 0 new, 0 changed, {count} unchanged, 0 failed"
    )

    record = operations.enqueue("reextract", {"reference_date": "2030-01-01"})
    assert record.state == TaskRecord.State.SUCCEEDED, record.error
    assert (
        record.summary[0]
        == f"documents: {count} read, 0 new, {count} changed, 0 unchanged, 0 failed"
    )
    after = set(Document.objects.values_list("extraction_fingerprint", flat=True))
    assert len(after) == 1 and after.isdisjoint(before)
    assert Document.objects.count() == count and Meeting.objects.count() == 4
    paths = set(Document.objects.values_list("source_path", flat=True))
    assert paths == {str(p) for p in corpus.iterdir()}  # still known by their own paths


def test_reextract_names_a_document_whose_original_is_gone(reference, corpus, media_root):
    ingest([corpus / "page_dakar.txt"])
    document = Document.objects.get()
    (media_root / document.file.name).unlink()
    record = operations.enqueue("reextract", {"reference_date": "2030-01-01"})
    assert record.failures == [[document.source_path, "no such file"]]


def test_email_sends_one_message_per_recipient(settings):
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    record = operations.enqueue(
        "email", {"to": ["a@example.org", "b@example.org"], "subject": "SOM", "body": "Agenda"}
    )
    assert record.summary == ["2 of 2 messages sent"]
    assert [m.to for m in mail.outbox] == [["a@example.org"], ["b@example.org"]]
    assert mail.outbox[0].subject == "SOM" and mail.outbox[0].body == "Agenda"


def test_a_refused_address_fails_alone(settings, monkeypatch):
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    from django.core.mail import EmailMessage

    original = EmailMessage.send

    def send(self, fail_silently=False):
        if self.to == ["b@example.org"]:
            raise OSError("mailbox unavailable")
        return original(self, fail_silently)

    monkeypatch.setattr(EmailMessage, "send", send)
    record = operations.enqueue(
        "email", {"to": ["a@example.org", "b@example.org"], "subject": "SOM", "body": "x"}
    )
    assert record.failures == [["b@example.org", "OSError: mailbox unavailable"]]
    assert record.summary == ["1 of 2 messages sent"] and len(mail.outbox) == 1


def test_a_report_task_writes_the_report(reference, corpus, tmp_path):
    ingest([corpus])
    record = operations.enqueue(
        "report", {"plan": "cadiz-2023-2027", "format": "html", "language": "fr"}
    )
    assert record.state == TaskRecord.State.SUCCEEDED, record.error
    output = tmp_path / "data" / "reports" / f"{record.task_id}.html"
    assert record.summary[0].startswith(f"report written to {output}")
    assert '<html lang="fr"' in output.read_text(encoding="utf-8")


def test_a_report_of_an_unknown_plan_fails_saying_so():
    record = operations.enqueue("report", {"plan": "no-such-plan", "format": "html"})
    assert record.state == TaskRecord.State.FAILED
    assert "no-such-plan" in record.error
