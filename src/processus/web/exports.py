"""CSV and JSON downloads of any list, streamed so a large list never sits in memory.

JSON is an array of objects with the given keys; CSV has one column per key and
joins list values with ``"; "``. Both carry the same rows as the page with the
same filters, without pagination.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable, Iterator, Sequence
from typing import Any

from django.http import Http404, StreamingHttpResponse

FORMATS = {"csv": "text/csv; charset=utf-8", "json": "application/json"}


class _Echo:
    """A file-like object whose ``write`` returns the line, for ``csv.writer``."""

    def write(self, value: str) -> str:
        return value


def _csv_cell(value: Any) -> Any:
    if value is None:
        return ""
    if isinstance(value, list | tuple):
        return "; ".join(str(item) for item in value)
    if isinstance(value, str) and value[:1] in ("=", "+", "-", "@") and not _is_number(value):
        # Spreadsheet programs would run it as a formula (CSV injection).
        return "'" + value
    return value


def _is_number(value: str) -> bool:
    try:
        float(value)
    except ValueError:
        return False
    return True


def _csv_lines(columns: Sequence[str], rows: Iterable[dict[str, Any]]) -> Iterator[str]:
    writer = csv.writer(_Echo())
    yield "\ufeff" + writer.writerow(columns)  # the BOM lets spreadsheets read UTF-8
    for row in rows:
        yield writer.writerow([_csv_cell(row.get(column)) for column in columns])


def _json_chunks(columns: Sequence[str], rows: Iterable[dict[str, Any]]) -> Iterator[str]:
    yield "["
    separator = "\n"
    for row in rows:
        yield separator + json.dumps({c: row.get(c) for c in columns}, ensure_ascii=False)
        separator = ",\n"
    yield "\n]\n"


def download(
    fmt: str, filename: str, columns: Sequence[str], rows: Iterable[dict[str, Any]]
) -> StreamingHttpResponse:
    """A streamed ``filename.csv`` or ``filename.json`` download."""
    if fmt not in FORMATS:
        raise Http404
    chunks = _csv_lines(columns, rows) if fmt == "csv" else _json_chunks(columns, rows)
    response = StreamingHttpResponse(chunks, content_type=FORMATS[fmt])
    response["Content-Disposition"] = f'attachment; filename="{filename}.{fmt}"'
    return response
