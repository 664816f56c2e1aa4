"""``processus ingest --queue``, ``processus tasks`` and ``processus worker`` (in process)."""

from __future__ import annotations

import json

import pytest

from processus.cli import main
from processus.tasks import config
from processus.tasks.checks import check_broker
from processus.tasks.models import TaskRecord

pytestmark = pytest.mark.django_db


def _cli(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_ingest_queue_runs_the_batches_in_process_without_a_broker(reference, corpus, capsys):
    code, out, _err = _cli(capsys, "ingest", str(corpus), "--queue", "--batch-size", "3")
    assert code == 0
    assert "3 tasks for 7 files, queued to this process (no broker):" in out
    ids = list(TaskRecord.objects.order_by("created_at", "id").values_list("task_id", flat=True))
    assert [line.split()[0] for line in out.splitlines()[-3:]] == ids
    assert out.splitlines()[-1].endswith("ingest  succeeded  1 files")


def test_ingest_queue_names_a_path_that_is_not_there(reference, corpus, capsys, tmp_path):
    missing = tmp_path / "missing.txt"
    code, out, _err = _cli(
        capsys, "ingest", str(corpus / "page_dakar.txt"), str(missing), "--queue"
    )
    assert code == 1
    assert f"failed: {missing}: " in out and "1 tasks for 1 files" in out


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["--workers", "2"], "with --queue the workers are `processus worker` processes"),
        (["--batch-size", "0"], "--batch-size 0: must be at least 1"),
    ],
)
def test_ingest_queue_refuses_bad_options(corpus, capsys, argv, message):
    code, _out, err = _cli(capsys, "ingest", str(corpus), "--queue", *argv)
    assert code == 2 and message in err
    assert not TaskRecord.objects.exists()


def test_ingest_queue_leaves_urls_to_ingest_without_it(capsys):
    code, _out, err = _cli(capsys, "ingest", "https://example.org/page", "--queue")
    assert code == 2
    assert "https://example.org/page: --queue takes files and folders" in err


def _record(task_id: str, state: str, **fields) -> TaskRecord:
    return TaskRecord.objects.create(task_id=task_id, name="ingest", state=state, **fields)


def test_tasks_lists_state_progress_and_failures(capsys):
    _record("aaa-1", "succeeded", done=3, total=3)
    _record("bbb-2", "failed", error="RuntimeError: boom", failures=[["x.pdf", "not a PDF"]])
    code, out, _err = _cli(capsys, "tasks")
    assert code == 0
    lines = out.splitlines()
    assert lines[0].startswith("bbb-2  ingest    failed    0/?  1 failed")
    assert lines[1:3] == ["  error: RuntimeError: boom", "  failed: x.pdf: not a PDF"]
    assert lines[3].startswith("aaa-1  ingest    succeeded 3/3  0 failed")


def test_tasks_filters_by_id_prefix_and_state_and_speaks_json(capsys):
    _record("aaa-1", "succeeded")
    _record("bbb-2", "failed")
    assert _cli(capsys, "tasks", "aaa")[1].split()[0] == "aaa-1"
    assert _cli(capsys, "tasks", "--state", "failed")[1].split()[0] == "bbb-2"
    code, out, _err = _cli(capsys, "tasks", "--format", "jsonl", "--limit", "1")
    assert code == 0
    [row] = [json.loads(line) for line in out.splitlines()]
    assert (row["id"], row["state"], row["failures"]) == ("bbb-2", "failed", [])
    assert _cli(capsys, "tasks", "zzz")[1] == "no tasks\n"


def test_tasks_wait_returns_at_once_when_all_are_finished_and_says_if_one_failed(capsys):
    _record("aaa-1", "succeeded")
    assert _cli(capsys, "tasks", "--wait", "aaa")[0] == 0
    _record("bbb-2", "failed")
    assert _cli(capsys, "tasks", "--wait")[0] == 1


def test_tasks_wait_gives_up_after_its_timeout(capsys):
    _record("ccc-3", "queued")
    code, _out, err = _cli(capsys, "tasks", "--wait", "--timeout", "0.2")
    assert code == 1 and "still unfinished after 0.2 s" in err


def test_tasks_refuses_a_limit_below_one(capsys):
    code, _out, err = _cli(capsys, "tasks", "--limit", "0")
    assert code == 2 and "--limit 0: must be at least 1" in err


def test_worker_says_there_is_no_queue_without_a_broker(capsys):
    code, _out, err = _cli(capsys, "worker")
    assert code == 2 and "there is no queue to take them from" in err


def test_worker_refuses_no_processes(capsys):
    code, _out, err = _cli(capsys, "worker", "--concurrency", "0")
    assert code == 2 and "--concurrency 0: must be at least 1" in err


def test_an_unreachable_broker_is_named_and_the_task_marked_failed(
    reference, corpus, capsys, settings
):
    settings.PROCESSUS_BROKER_URL = "redis://:secret@127.0.0.1:1/5"
    code, _out, err = _cli(capsys, "ingest", str(corpus / "page_dakar.txt"), "--queue")
    assert code == 1
    assert "the task broker at redis://127.0.0.1:1/5 does not answer" in err
    assert "secret" not in err
    record = TaskRecord.objects.get()
    assert record.state == "failed" and "did not take it" in record.error


# --- where tasks go -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("configured", "on_postgresql", "expected"),
    [
        ("", False, None),
        ("", True, config.DEFAULT_BROKER),
        ("in-process", True, None),
        ("redis://queue.example:6379/2", False, "redis://queue.example:6379/2"),
    ],
)
def test_the_broker_follows_the_setting_then_the_database(
    settings, monkeypatch, configured, on_postgresql, expected
):
    settings.PROCESSUS_BROKER_URL = configured
    monkeypatch.setattr(config, "_on_postgresql", lambda: on_postgresql)
    assert config.broker_url() == expected


def test_a_broker_url_that_is_not_one_is_a_system_check_error(settings):
    assert check_broker() == []
    settings.PROCESSUS_BROKER_URL = "mysql://db/queue"
    [error] = check_broker()
    assert error.id == "processus.tasks.E001"
    assert "PROCESSUS_BROKER_URL='mysql://db/queue': not a broker URL" in error.msg
