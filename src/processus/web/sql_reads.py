"""Model instances read with hand-written SQL, for the pages read most without the cache.

Compiling a queryset costs Django far more than SQLite or PostgreSQL spend answering
it (the meeting page's dozen querysets took a third of its time, almost all of it
in the SQL compiler). The meeting and country pages therefore write their few
queries out; this module turns each row back into the model instances the templates
and the other apps' tags expect, with the values converted as the ORM converts them
(dates, JSON, booleans, time zones), so nothing downstream can tell the difference.

A :class:`Shape` names a model, the alias of its table in the query and the fields
read. ``shape.columns`` goes into the SELECT, ``shape.build(row, offset)`` takes its
slice of a row back (None when a LEFT JOIN found nothing).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from typing import Any

from django.db import connection
from django.db.models import Field, Model

Converter = Callable[[Any, Any, Any], Any]


def quote(name: str) -> str:
    return connection.ops.quote_name(name)


def table(model: type[Model]) -> str:
    return quote(model._meta.db_table)


def column(model: type[Model], name: str) -> str:
    """The quoted column of field ``name`` (``"country"`` gives ``"country_id"``)."""
    found: Any = model._meta.get_field(name)
    return quote(found.column)


class Shape:
    """The fields of ``model`` a query reads from the table aliased ``alias``."""

    def __init__(self, model: type[Model], alias: str, names: Iterable[str] | None = None):
        wanted = set(names) if names is not None else None
        self.model = model
        self.alias = alias
        self.fields: list[Field] = [
            f
            for f in model._meta.concrete_fields
            if wanted is None or f.name in wanted or f.attname in wanted
        ]
        self.attnames = [f.attname for f in self.fields]
        self.columns = ", ".join(f"{alias}.{quote(f.column)}" for f in self.fields)
        self.width = len(self.fields)
        self._converters: dict[str, list[tuple[int, list[Converter], Any]]] = {}

    def converters(self) -> list[tuple[int, list[Converter], Any]]:
        """The backend's and the fields' converters, as the SQL compiler finds them
        (worked out once per database alias)."""
        found = self._converters.get(connection.alias)
        if found is None:
            found = []
            for index, f in enumerate(self.fields):
                col = f.get_col(self.alias)
                funcs = connection.ops.get_db_converters(col) + col.get_db_converters(connection)
                if funcs:
                    found.append((index, funcs, col))
            self._converters[connection.alias] = found
        return found

    def build(self, row: Sequence[Any], offset: int = 0) -> Any:
        """The instance held in ``row[offset:offset + width]``; None for a NULL key."""
        values = list(row[offset : offset + self.width])
        if values[0] is None:
            return None
        for index, funcs, col in self.converters():
            value = values[index]
            for func in funcs:
                value = func(value, col, connection)
            values[index] = value
        return self.model.from_db(connection.alias, self.attnames, values)


def fetch(sql: str, params: Sequence[Any]) -> list[tuple[Any, ...]]:
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        return cursor.fetchall()


def keep(instance: Model, name: str, value: Any) -> None:
    """Set the related object ``name`` of ``instance`` as ``select_related`` would."""
    found: Any = instance._meta.get_field(name)
    found.set_cached_value(instance, value)


def prefetched(instance: Model, name: str, objects: list[Any]) -> None:
    """Hold ``objects`` as ``instance.<name>.all()``, as ``prefetch_related`` would: later
    ``.all()`` calls cost no query, a filter on it still queries the right rows."""
    queryset = getattr(instance, name).get_queryset()
    queryset._result_cache = objects
    queryset._prefetch_done = True
    cache = instance.__dict__.setdefault("_prefetched_objects_cache", {})
    cache[name] = queryset
