"""Every API error as one JSON shape: ``{"detail": message, "field": name or null}``.

``field`` names what was wrong: the query parameter (``year``), the body field
(``start``) or the uploaded file (``file``); it is null when nothing in the request
is at fault (401, 403, 404, 429). A bad query parameter is reported by the filter
layer (:class:`processus.filters.BadQuery`), the same 400 the pages give; a value the
record cannot hold by :mod:`processus.kb.operations` (``ValidationError``).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from django.core.exceptions import PermissionDenied
from django.core.exceptions import ValidationError as DjangoValidationError
from django.http import Http404
from django.utils.translation import gettext_lazy as _
from rest_framework import exceptions, serializers, status
from rest_framework.response import Response
from rest_framework.views import exception_handler as drf_exception_handler

from processus.filters import BadQuery


class ErrorSerializer(serializers.Serializer):
    """What every error answer holds."""

    detail = serializers.CharField(help_text=_("What went wrong, for a person to read."))
    field = serializers.CharField(
        allow_null=True, help_text=_("The parameter, body field or file at fault, if any.")
    )


class BadRequest(exceptions.APIException):
    """A 400 naming the parameter or field at fault."""

    status_code = status.HTTP_400_BAD_REQUEST
    default_detail = _("Bad request.")
    default_code = "bad_request"

    def __init__(self, message: str, field: str | None = None) -> None:
        super().__init__(message)
        self.field = field


class TooLarge(exceptions.APIException):
    status_code = status.HTTP_413_REQUEST_ENTITY_TOO_LARGE
    default_detail = _("The upload is too large.")
    default_code = "too_large"
    field = "file"


def _first(errors: Any, prefix: str = "") -> tuple[str | None, str]:
    """The first (field, message) of DRF's nested error structure."""
    if isinstance(errors, Mapping):
        for name, value in errors.items():
            if name in ("non_field_errors", "__all__"):
                return _first(value, prefix)
            label = f"{prefix}.{name}" if prefix else str(name)
            field, message = _first(value, label)
            return field or label, message
    if isinstance(errors, list | tuple):
        for index, value in enumerate(errors):
            if isinstance(value, Mapping | list | tuple) and value:
                return _first(value, f"{prefix}[{index}]" if prefix else prefix)
            return (prefix or None), str(value)
    return (prefix or None), str(errors)


def _bad_query(error: BadQuery) -> BadRequest:
    name, messages = next(iter(error.errors.items()))
    return BadRequest(f"{name}: {' '.join(messages)}", name)


def _django_validation(error: DjangoValidationError) -> BadRequest:
    if hasattr(error, "error_dict"):
        name, messages = next(iter(error.message_dict.items()))
        field = None if name == "__all__" else name
        return BadRequest(" ".join(messages), field)
    return BadRequest(" ".join(error.messages))


def _translated(exc: Exception) -> Exception:
    if isinstance(exc, BadQuery):
        return _bad_query(exc)
    if isinstance(exc, DjangoValidationError):
        return _django_validation(exc)
    if isinstance(exc, PermissionError):  # refused by the operations layer
        return exceptions.PermissionDenied(str(exc))
    return exc


def exception_handler(exc: Exception, context: dict[str, Any]) -> Response | None:
    """DRF's handler, then the answer reshaped to ``{"detail", "field"}``."""
    if getattr(exc, "status_code", None) == status.HTTP_304_NOT_MODIFIED:
        return Response(status=status.HTTP_304_NOT_MODIFIED)
    exc = _translated(exc)
    response = drf_exception_handler(exc, context)
    if response is None:
        return None
    field: str | None = getattr(exc, "field", None)
    if isinstance(exc, exceptions.ValidationError):
        field, message = _first(exc.detail)
    elif isinstance(exc, Http404):
        message = str(exc) or str(_("Not found."))
    elif isinstance(exc, exceptions.APIException):
        message = str(exc.detail)
    elif isinstance(exc, PermissionDenied):
        message = str(_("You do not have permission to perform this action."))
    else:
        message = str(response.data.get("detail", "")) if isinstance(response.data, dict) else ""
    response.data = {"detail": message, "field": field}
    return response
