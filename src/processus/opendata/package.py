"""The data package of the whole public record: CSV and JSON per table, and a
``datapackage.json`` describing them (Frictionless Data "tabular data package").

Every file is written from :data:`processus.opendata.tables.TABLES`, so a CSV header,
a JSON object's keys and the descriptor's ``schema.fields`` cannot disagree. Values:
empty cells (CSV) and ``null`` (JSON) mean "not known"; dates only as precise as their
source are ``YYYY-MM-DD``, ``YYYY-MM`` or ``YYYY``; times are UTC in ISO 8601.

The site serves the package as one zip (:func:`cached_zip`), built on the first
request after the record changed and kept on disk under the data directory, named
by the record's version.
"""

from __future__ import annotations

import csv
import datetime as dt
import json
import os
import tempfile
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any

from django.conf import settings
from django.utils import timezone, translation

from processus.kb.partial_dates import format_partial_date
from processus.kb.writer_lock import current_generation
from processus.opendata.tables import PARTIAL_DATE_PATTERN, TABLES, Field, Table
from processus.web.page_cache import read_data_version

DESCRIPTOR = "datapackage.json"
ZIP_NAME = "processus-data.zip"
PACKAGE_NAME = "processus-record"


def _value(item: Field, row: dict[str, Any]) -> Any:
    value = row[item.lookup]
    if item.precision:
        return format_partial_date(value, row[item.precision])
    if item.as_json:
        return None if value is None else json.dumps(value, ensure_ascii=False, sort_keys=True)
    if isinstance(value, dt.datetime):
        return value.astimezone(dt.UTC).isoformat().replace("+00:00", "Z")
    if isinstance(value, dt.date):
        return value.isoformat()
    if item.type == "string" and value is not None:
        return str(value)
    return value


def table_rows(table: Table) -> Iterator[dict[str, Any]]:
    """The table's rows as ``{field name: value}`` in the declared order of fields."""
    if table.explode is not None:
        yield from table.explode(table)
        return
    for row in table.query().values(*table.lookups()).iterator(chunk_size=2000):
        yield {item.name: _value(item, row) for item in table.fields}


def _csv_cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def write_csv(table: Table, out: IO[str]) -> int:
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(table.field_names)
    count = 0
    for row in table_rows(table):
        writer.writerow([_csv_cell(row[name]) for name in table.field_names])
        count += 1
    return count


def write_json(table: Table, out: IO[str]) -> int:
    """A JSON array of objects, one per line, written as it is read."""
    out.write("[")
    count = 0
    for row in table_rows(table):
        out.write(",\n" if count else "\n")
        out.write(json.dumps(row, ensure_ascii=False))
        count += 1
    out.write("\n]\n" if count else "]\n")
    return count


def _schema(table: Table, suffix: str) -> dict[str, Any]:
    fields = []
    for item in table.fields:
        described: dict[str, Any] = {
            "name": item.name,
            "type": item.type,
            "description": str(item.description),
        }
        if item.precision:
            described["constraints"] = {"pattern": PARTIAL_DATE_PATTERN}
        fields.append(described)
    schema: dict[str, Any] = {
        "fields": fields,
        "primaryKey": list(table.primary_key),
        "missingValues": [""],
    }
    if table.references:
        schema["foreignKeys"] = [
            {
                "fields": ref.fields,
                "reference": {"resource": ref.table + suffix, "fields": ref.to},
            }
            for ref in table.references
        ]
    return schema


def descriptor(counts: dict[str, int] | None = None) -> dict[str, Any]:
    """The ``datapackage.json`` of the package: one CSV and one JSON resource per table.

    Written in English whatever the active language, so that two builds of one record
    give the same descriptor. ``counts`` (rows per table) are added when known.
    """
    resources: list[dict[str, Any]] = []
    with translation.override("en"):
        for table in TABLES:
            for fmt, suffix, mediatype in (
                ("csv", "", "text/csv"),
                ("json", "-json", "application/json"),
            ):
                resource: dict[str, Any] = {
                    "name": table.name + suffix,
                    "path": f"{fmt}/{table.name}.{fmt}",
                    "profile": "tabular-data-resource",
                    "title": str(table.title),
                    "description": str(table.description),
                    "format": fmt,
                    "mediatype": mediatype,
                    "encoding": "utf-8",
                    "schema": _schema(table, suffix),
                }
                if counts is not None:
                    resource["rows"] = counts[table.name]
                resources.append(resource)
    return {
        "profile": "tabular-data-package",
        "name": PACKAGE_NAME,
        "title": "Processus: the public record of the migration dialogues",
        "description": (
            "Meetings of the intergovernmental migration dialogues with their dialogues, "
            "hosts, chairs, organisers, themes, evidence and outcomes; the documents they "
            "were read from (metadata); countries and organisations; action plans and the "
            "meetings' links to them. Each table is given as CSV and as JSON."
        ),
        "created": timezone.now().replace(microsecond=0).isoformat().replace("+00:00", "Z"),
        "resources": resources,
    }


def descriptor_json(counts: dict[str, int] | None = None) -> str:
    return json.dumps(descriptor(counts), ensure_ascii=False, indent=2) + "\n"


def write_package(directory: Path) -> dict[str, int]:
    """Write every table as ``csv/<name>.csv`` and ``json/<name>.json`` and the descriptor
    into ``directory`` (created if needed); the rows written per table."""
    counts: dict[str, int] = {}
    for fmt in ("csv", "json"):
        (directory / fmt).mkdir(parents=True, exist_ok=True)
    for table in TABLES:
        with open(directory / "csv" / f"{table.name}.csv", "w", encoding="utf-8", newline="") as f:
            counts[table.name] = write_csv(table, f)
        with open(directory / "json" / f"{table.name}.json", "w", encoding="utf-8") as f:
            write_json(table, f)
    (directory / DESCRIPTOR).write_text(descriptor_json(counts), encoding="utf-8")
    return counts


def record_version() -> str:
    """The record's write generation and its data version: any write changes one of them."""
    return f"{current_generation().value}-{read_data_version()}"


def cache_directory() -> Path:
    return Path(settings.DATA_DIR) / "opendata"


def cached_zip() -> Path:
    """The zip of the current record, built now if this version was never built.

    Built in a temporary directory and moved into place in one step, so a visitor
    never receives half a file; older versions are deleted.
    """
    directory = cache_directory()
    directory.mkdir(parents=True, exist_ok=True)
    target = directory / f"processus-data-{record_version()}.zip"
    if target.exists():
        return target
    with tempfile.TemporaryDirectory(dir=directory) as work:
        root = Path(work) / "package"
        write_package(root)
        partial = Path(work) / "package.zip"
        with zipfile.ZipFile(partial, "w", compression=zipfile.ZIP_DEFLATED) as archive:
            for path in sorted(root.rglob("*")):
                if path.is_file():
                    archive.write(path, Path("processus-data") / path.relative_to(root))
        os.replace(partial, target)
    for old in directory.glob("processus-data-*.zip"):
        if old != target:
            old.unlink(missing_ok=True)
    return target
