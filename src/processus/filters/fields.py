"""The kinds of value a query parameter can hold, each refusing what cannot be right.

A value that cannot be right (text where a number is expected, a number no row of
the database can have, a control character, a 10 KB word) is an error that names
the parameter. A well-formed value that matches nothing (an unknown country key)
simply filters everything out. A choice the site no longer offers (a renamed kind
in an old bookmark) is dropped: see :class:`ForgivingChoiceField`.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from django import forms
from django.db import connection
from django.db.models import Model
from django.utils.translation import gettext_lazy as _

from processus.kb.partial_dates import parse_partial_date

#: C0 controls (tab, newline and carriage return aside) and DEL: never typed by a person,
#: and PostgreSQL refuses NUL in any text it is sent.
CONTROL_CHARACTERS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


class TextField(forms.CharField):
    """Free text: stripped, bounded, without control characters."""

    def __init__(self, max_length: int = 200, **kwargs: Any) -> None:
        kwargs.setdefault("required", False)
        super().__init__(max_length=max_length, strip=True, **kwargs)

    def to_python(self, value: Any) -> str:
        text = str(super().to_python(value))
        if CONTROL_CHARACTERS.search(text):
            raise forms.ValidationError(
                _("Control characters are not allowed."), code="control_character"
            )
        return text


class KeyField(TextField):
    """A short key naming a row (``rabat-process``, ``ma``); an unknown key matches nothing."""

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(max_length=80, **kwargs)


class IdField(forms.IntegerField):
    """The id of a row of ``model``: a positive whole number within the range of the
    database's column, so a huge number is a clear error and never reaches the
    database driver (SQLite overflows past 2**63 - 1)."""

    def __init__(self, model: type[Model], **kwargs: Any) -> None:
        self.model = model
        kwargs.setdefault("required", False)
        super().__init__(min_value=1, **kwargs)

    def validate(self, value: int | None) -> None:
        super().validate(value)
        if value is None:
            return
        internal_type = self.model._meta.pk.get_internal_type()
        _lowest, highest = connection.ops.integer_field_range(internal_type)
        if highest is not None and value > highest:
            raise forms.ValidationError(
                _("Ensure this value is less than or equal to %(limit_value)s."),
                code="max_value",
                params={"limit_value": highest},
            )


class YearField(forms.IntegerField):
    """A year written with four digits."""

    def __init__(self, **kwargs: Any) -> None:
        kwargs.setdefault("required", False)
        super().__init__(min_value=1000, max_value=9999, **kwargs)


class PartialDateField(TextField):
    """A day, month or year (``2024-06-12``, ``2024-06``, ``2024``), read as the first day
    of its period, or as the last one when ``period_end`` (an "until" bound)."""

    def __init__(self, period_end: bool = False, **kwargs: Any) -> None:
        self.period_end = period_end
        super().__init__(max_length=10, **kwargs)

    def clean(self, value: Any) -> dt.date | None:
        text = super().clean(value)
        if not text:
            return None
        try:
            return parse_partial_date(text, period_end=self.period_end)[0]
        except ValueError:
            raise forms.ValidationError(
                _("Enter a date as YYYY, YYYY-MM or YYYY-MM-DD."), code="invalid_date"
            ) from None


class ForgivingChoiceField(forms.ChoiceField):
    """One of ``choices``; any other value is dropped (cleaned to ``""``), not an error,
    so an address saved before a choice was renamed still opens. The filter set reports
    dropped values (:attr:`~processus.filters.base.QueryFilterSet.ignored`)."""

    def __init__(self, **kwargs: Any) -> None:
        kwargs.setdefault("required", False)
        super().__init__(**kwargs)

    def validate(self, value: Any) -> None:
        """Only ``required`` is checked: unknown values are dropped in :meth:`clean`."""
        if value in self.empty_values and self.required:
            raise forms.ValidationError(self.error_messages["required"], code="required")

    def clean(self, value: Any) -> str:
        text = str(super().clean(value))
        return text if self.valid_value(text) else ""


class PageField(forms.CharField):
    """A page number. Anything but a positive number means the first page and a number
    past the end the last one (Django's ``Paginator.get_page``): a visitor who edits the
    number by hand still sees a page."""

    def __init__(self, **kwargs: Any) -> None:
        kwargs.setdefault("required", False)
        super().__init__(**kwargs)

    def clean(self, value: Any) -> int | None:
        text = str(value or "").strip()
        if not (text.isascii() and text.isdigit()) or len(text) > 18:
            return None
        return int(text) or None
