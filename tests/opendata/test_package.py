"""The data package: every declared table as CSV and JSON with the descriptor's fields,
as many rows as the database holds, nothing private; the command and the served zip."""

from __future__ import annotations

import csv
import io
import json
import zipfile
from pathlib import Path

import pytest

from processus.cli import main
from processus.kb.models import (
    Action,
    Actor,
    Area,
    Chairmanship,
    Dialogue,
    Document,
    Evidence,
    Framework,
    Meeting,
    MeetingLink,
    MeetingRole,
    Membership,
    Objective,
    Outcome,
)
from processus.opendata import package
from processus.opendata.tables import TABLES

pytestmark = pytest.mark.django_db


def _database_counts() -> dict[str, int]:
    themes = sum(len(set(t)) for t in Meeting.objects.values_list("themes", flat=True))
    supported = Evidence.objects.filter(document__isnull=False).values("meeting", "document")
    return {
        "dialogues": Dialogue.objects.count(),
        "actors": Actor.objects.count(),
        "memberships": Membership.objects.count(),
        "chairmanships": Chairmanship.objects.count(),
        "meetings": Meeting.objects.count(),
        "meeting_dialogues": Meeting.dialogues.through.objects.count(),
        "meeting_roles": MeetingRole.objects.count(),
        "meeting_themes": themes,
        "documents": Document.objects.count(),
        "meeting_documents": supported.distinct().count(),
        "evidence": Evidence.objects.count(),
        "plans": Framework.objects.count(),
        "plan_areas": Area.objects.count(),
        "plan_objectives": Objective.objects.count(),
        "plan_actions": Action.objects.count(),
        "plan_links": MeetingLink.objects.count(),
        "outcomes": Outcome.objects.count(),
    }


def _csv_rows(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


@pytest.fixture
def written(record, tmp_path) -> tuple[Path, dict[str, int]]:
    target = tmp_path / "package"
    return target, package.write_package(target)


def test_every_table_has_a_csv_and_a_json_file_with_the_databases_rows(written):
    target, counts = written
    expected = _database_counts()

    assert set(counts) == set(expected) == {table.name for table in TABLES}
    assert counts == expected
    assert all(n > 0 for n in expected.values()), "the fixture leaves a table empty"
    for table in TABLES:
        rows = _csv_rows(target / "csv" / f"{table.name}.csv")
        loaded = json.loads((target / "json" / f"{table.name}.json").read_text(encoding="utf-8"))
        assert len(rows) == len(loaded) == expected[table.name], table.name
        assert [list(row) for row in loaded] == [table.field_names] * len(loaded)


def test_every_csv_header_is_its_descriptors_fields(written):
    target, _counts = written
    descriptor = json.loads((target / "datapackage.json").read_text(encoding="utf-8"))

    resources = {r["name"]: r for r in descriptor["resources"]}
    assert len(resources) == 2 * len(TABLES)
    for table in TABLES:
        for name in (table.name, f"{table.name}-json"):
            resource = resources[name]
            assert (target / resource["path"]).is_file()
            described = [field["name"] for field in resource["schema"]["fields"]]
            assert described == table.field_names
        with (target / "csv" / f"{table.name}.csv").open(encoding="utf-8") as f:
            assert next(csv.reader(f)) == table.field_names


def test_the_descriptor_is_a_tabular_data_package_with_keys_that_resolve(written):
    target, counts = written
    descriptor = json.loads((target / "datapackage.json").read_text(encoding="utf-8"))

    assert descriptor["profile"] == "tabular-data-package"
    resources = {r["name"]: r for r in descriptor["resources"]}
    foreign_keys = 0
    for resource in resources.values():
        schema = resource["schema"]
        names = {field["name"] for field in schema["fields"]}
        assert set(schema["primaryKey"]) <= names
        assert all(
            f["type"] in {"string", "integer", "boolean", "datetime"} for f in schema["fields"]
        )
        assert all(f["description"] for f in schema["fields"])
        assert resource["mediatype"] in {"text/csv", "application/json"}
        for key in schema.get("foreignKeys", []):
            foreign_keys += 1
            assert key["fields"] in names
            referenced = resources[key["reference"]["resource"]]
            assert resource["format"] == referenced["format"]
            assert key["reference"]["fields"] in {f["name"] for f in referenced["schema"]["fields"]}
    assert foreign_keys > 20
    assert resources["meetings"]["rows"] == counts["meetings"]


def test_foreign_keys_point_at_rows_that_exist(written):
    target, _counts = written
    meetings = {row["id"] for row in _csv_rows(target / "csv" / "meetings.csv")}
    actors = {row["key"] for row in _csv_rows(target / "csv" / "actors.csv")}

    roles = _csv_rows(target / "csv" / "meeting_roles.csv")
    assert roles
    assert {row["meeting_id"] for row in roles} <= meetings
    assert {row["actor"] for row in roles} <= actors


def test_values_partial_dates_empty_cells_and_nulls(written, record):
    target, _counts = written
    by_id = {row["id"]: row for row in _csv_rows(target / "csv" / "meetings.csv")}
    loaded = json.loads((target / "json" / "meetings.json").read_text(encoding="utf-8"))
    json_by_id = {row["id"]: row for row in loaded}

    month_only = by_id[str(record.month_only.pk)]
    assert month_only["start"] == "2019-07"
    assert month_only["end"] == ""
    assert json_by_id[record.month_only.pk]["end"] is None
    workshop = by_id[str(record.dakar_workshop.pk)]
    assert (workshop["start"], workshop["end"], workshop["country"]) == (
        "2026-03-03",
        "2026-03-06",
        "sn",
    )
    assert by_id[str(record.cancelled.pk)]["status"] == "cancelled"
    assert json_by_id[record.rabat_som.pk]["participants"] == 115
    themes = _csv_rows(target / "csv" / "meeting_themes.csv")
    assert [r["theme"] for r in themes if r["meeting_id"] == str(record.dakar_workshop.pk)] == [
        "legal migration",
        "mobility",
    ]


def test_nothing_about_users_is_published(written):
    target, _counts = written
    text = "".join(p.read_text(encoding="utf-8") for p in target.rglob("*") if p.is_file())

    assert "Counted at the door" in text  # the editor's reason is public, as on the page
    assert "secret-editor" not in text
    assert "created_by" not in text
    assert "password" not in text


def test_the_command_writes_the_package(record, tmp_path, capsys):
    target = tmp_path / "out"

    assert main(["export", "package", str(target)]) == 0

    assert (target / "datapackage.json").is_file()
    assert len(_csv_rows(target / "csv" / "meetings.csv")) == Meeting.objects.count()
    assert "17 tables" in capsys.readouterr().out


def test_the_command_refuses_a_missing_directory_a_file_and_list_options(record, tmp_path, capsys):
    a_file = tmp_path / "file.txt"
    a_file.write_text("x")

    assert main(["export", "package"]) == 2
    assert "give the directory" in capsys.readouterr().err
    assert main(["export", "package", str(a_file)]) == 2
    assert "is not a directory" in capsys.readouterr().err
    assert main(["export", "package", str(tmp_path / "p"), "--dialogue", "rabat-process"]) == 2
    assert "--dialogue" in capsys.readouterr().err
    assert main(["export", "meetings", str(tmp_path / "p")]) == 2
    assert not (tmp_path / "p").exists()


def _zip_members(response) -> dict[str, bytes]:
    body = b"".join(response.streaming_content)
    with zipfile.ZipFile(io.BytesIO(body)) as archive:
        return {name: archive.read(name) for name in archive.namelist()}


def test_the_site_serves_the_zip_built_once_per_version(client, record, settings):
    response = client.get("/data/processus-data.zip")

    assert response.status_code == 200
    assert response["Content-Type"] == "application/zip"
    assert 'filename="processus-data.zip"' in response["Content-Disposition"]
    members = _zip_members(response)
    assert "processus-data/datapackage.json" in members
    meetings = members["processus-data/csv/meetings.csv"].decode().splitlines()
    assert len(meetings) == 1 + Meeting.objects.count()

    built = sorted((Path(settings.DATA_DIR) / "opendata").glob("processus-data-*.zip"))
    assert len(built) == 1
    stamp = built[0].stat().st_mtime_ns
    _zip_members(client.get("/data/processus-data.zip"))
    assert built[0].stat().st_mtime_ns == stamp

    Meeting.objects.create(title="Added later", kind="other")
    again = _zip_members(client.get("/data/processus-data.zip"))
    assert len(again["processus-data/csv/meetings.csv"].decode().splitlines()) == len(meetings) + 1
    rebuilt = sorted((Path(settings.DATA_DIR) / "opendata").glob("processus-data-*.zip"))
    assert len(rebuilt) == 1
    assert rebuilt != built


def test_the_data_page_explains_and_links_everything(client, record):
    page = client.get("/data/").content.decode()
    french = client.get("/fr/data/").content.decode()

    assert 'href="/data/processus-data.zip"' in page
    assert 'href="/data/datapackage.json"' in page
    assert 'href="/feeds/rabat-process/upcoming.atom"' in page
    assert 'href="/dialogues/khartoum-process/meetings.ics"' in page
    for table in TABLES:
        assert f'id="table-{table.name}"' in page
    assert "Données ouvertes" in french


def test_the_descriptor_is_served_alone(client, record):
    response = client.get("/data/datapackage.json")

    assert response.status_code == 200
    assert json.loads(response.content)["name"] == package.PACKAGE_NAME


def test_a_data_directory_the_server_cannot_write_is_a_503_not_a_traceback(
    client, record, settings, tmp_path
):
    blocker = tmp_path / "not-a-directory"
    blocker.write_text("x")
    settings.DATA_DIR = blocker

    response = client.get("/data/processus-data.zip")

    assert response.status_code == 503
    assert "cannot be prepared now" in response.content.decode()
