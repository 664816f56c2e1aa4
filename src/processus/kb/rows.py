"""Plain SQL for ingestion's hot path: multi-row INSERT (with ``RETURNING``) and UPDATE.

Ingestion writes thousands of rows per second, and building each statement with
the ORM's compiler cost more than running it. :class:`Table` builds the SQL of
one model once and converts only the values that need it (JSON, dates) with the
field's own ``get_db_prep_save``, so the rows are the ones the ORM would write:
defaults, ``auto_now`` and ``auto_now_add`` are filled in the same way. Works on
SQLite (3.35+, for ``RETURNING``) and PostgreSQL. No model signals are sent
(nothing in the project listens to these models' ``post_save`` for ingestion;
the web's page cache keys on ``Meeting.updated``, which updates set).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from django.db import DEFAULT_DB_ALIAS, connection, connections, models
from django.utils import timezone

_CONVERTED = frozenset({"JSONField", "DateField", "DateTimeField"})
#: Kept under SQLite's historic limit of 999 variables per statement.
_MAX_PARAMS = 990


class Table:
    """INSERT and UPDATE for one model; rows are mappings of field attnames to values."""

    def __init__(self, model: type[models.Model]) -> None:
        meta = model._meta
        self.model = model
        self.fields = [f for f in meta.concrete_fields if not f.primary_key]
        quote = connection.ops.quote_name
        self.table = quote(meta.db_table)
        self.pk = quote(meta.pk.column)
        self.columns = {f.attname: quote(f.column) for f in self.fields}
        self._by_name = {f.attname: f for f in self.fields}
        self._head = f"INSERT INTO {self.table} ({', '.join(self.columns.values())}) VALUES "
        self._row = "(" + ", ".join(["%s"] * len(self.fields)) + ")"
        self._per_batch = max(1, _MAX_PARAMS // len(self.fields))

    def _adapter(self, field: models.Field[Any, Any], db: Any) -> Any:
        """The backend adapter ``get_db_prep_save`` ends in, for fields that need one.

        Values here are already Python values of the field's type (dicts, dates,
        aware datetimes), so the adapter alone gives the ORM's result.
        """
        kind = field.get_internal_type()
        if kind == "JSONField":
            encoder = field.encoder  # type: ignore[attr-defined]
            return lambda value: db.ops.adapt_json_value(value, encoder)
        if kind == "DateField":
            return db.ops.adapt_datefield_value
        if kind == "DateTimeField":
            return db.ops.adapt_datetimefield_value
        return None

    def _prepared(self, name: str, value: Any, db: Any) -> Any:
        adapt = self._adapter(self._by_name[name], db)
        return adapt(value) if adapt is not None and value is not None else value

    def _params(self, rows: Sequence[Mapping[str, Any]], db: Any) -> list[Any]:
        """The parameters of ``rows``, flat; ``auto_now`` fields and defaults filled in."""
        now = timezone.now()
        plan = []
        for field in self.fields:
            auto = getattr(field, "auto_now", False) or getattr(field, "auto_now_add", False)
            adapt = self._adapter(field, db)
            fixed = auto or not (field.has_default() and callable(field.default))
            default = now if auto else (field.get_default() if fixed else None)
            if default is not None and adapt is not None:
                default = adapt(default)
            plan.append((field.attname, adapt, default, fixed))
        params: list[Any] = []
        append = params.append
        missing = object()
        for row in rows:
            for name, adapt, default, fixed in plan:
                value = row.get(name, missing)
                if value is missing:
                    value = (
                        default
                        if fixed
                        else self._prepared(name, self._by_name[name].get_default(), db)
                    )
                elif adapt is not None and value is not None:
                    value = adapt(value)
                append(value)
        return params

    def insert(
        self,
        rows: Sequence[Mapping[str, Any]],
        returning: bool = False,
        ignore_conflicts: bool = False,
    ) -> list[int]:
        """Insert ``rows``; with ``returning``, their primary keys in the same order.

        The keys come back sorted: SQLite does not promise the order of ``RETURNING``
        rows, but both backends number the rows of one statement in increasing order.
        """
        ids: list[int] = []
        if not rows:
            return ids
        db = connections[DEFAULT_DB_ALIAS]
        with db.cursor() as cursor:
            for lo in range(0, len(rows), self._per_batch):
                batch = rows[lo : lo + self._per_batch]
                sql = self._head + ", ".join([self._row] * len(batch))
                if ignore_conflicts:
                    sql += " ON CONFLICT DO NOTHING"
                params = self._params(batch, db)
                if returning:
                    cursor.execute(f"{sql} RETURNING {self.pk}", params)
                    ids.extend(sorted(int(r[0]) for r in cursor.fetchall()))
                else:
                    cursor.execute(sql, params)
        return ids

    def update(self, pk: int, values: Mapping[str, Any]) -> int:
        """Set ``values`` (attnames) on one row, ``auto_now`` fields too; rows changed."""
        values = dict(values)
        now = timezone.now()
        for field in self.fields:
            if getattr(field, "auto_now", False):
                values[field.attname] = now
        db = connections[DEFAULT_DB_ALIAS]
        sets = ", ".join(f"{self.columns[name]} = %s" for name in values)
        params = [self._prepared(name, value, db) for name, value in values.items()]
        with db.cursor() as cursor:
            cursor.execute(f"UPDATE {self.table} SET {sets} WHERE {self.pk} = %s", [*params, pk])
            return int(cursor.rowcount)

    def delete_where(self, name: str, values: Sequence[Any], **also: Sequence[Any]) -> int:
        """Delete the rows whose ``name`` (an attname) is one of ``values`` (and so on for
        each of ``also``); no cascade, no signals: for tables nothing points at."""
        where: list[str] = []
        params: list[Any] = []
        for column, wanted in ((name, values), *also.items()):
            where.append(f"{self.columns[column]} IN ({', '.join(['%s'] * len(wanted))})")
            params.extend(wanted)
        with connection.cursor() as cursor:
            cursor.execute(f"DELETE FROM {self.table} WHERE {' AND '.join(where)}", params)
            return int(cursor.rowcount)


def fetch(sql: str, params: Iterable[Any] = ()) -> list[tuple[Any, ...]]:
    with connection.cursor() as cursor:
        cursor.execute(sql, list(params))
        return list(cursor.fetchall())
