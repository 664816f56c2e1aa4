"""Pages of a list: ``count`` (all rows the filters keep), ``next`` and ``previous`` links
and ``results``. ``page`` and ``page_size`` must be positive whole numbers (a 400 naming
the parameter otherwise); a page past the last one is a 404."""

from __future__ import annotations

from typing import Any

from django.utils.translation import gettext as _
from rest_framework.pagination import PageNumberPagination
from rest_framework.request import Request

from processus.api.errors import BadRequest

MAX_PAGE_SIZE = 200


def _positive(request: Request, name: str, highest: int | None = None) -> int | None:
    raw = request.query_params.get(name)
    if raw is None or raw == "":
        return None
    text = raw.strip()
    if not (text.isascii() and text.isdigit()) or len(text) > 12 or int(text) < 1:
        raise BadRequest(_("%(name)s: give a positive whole number.") % {"name": name}, name)
    number = int(text)
    if highest is not None and number > highest:
        raise BadRequest(
            _("%(name)s: at most %(highest)s.") % {"name": name, "highest": highest}, name
        )
    return number


class Pagination(PageNumberPagination):
    page_size_query_param = "page_size"
    max_page_size = MAX_PAGE_SIZE

    def get_page_size(self, request: Request) -> int:
        return _positive(request, self.page_size_query_param, self.max_page_size) or int(
            self.page_size or 50
        )

    def paginate_queryset(self, queryset: Any, request: Request, view: Any = None) -> Any:
        _positive(request, self.page_query_param)
        return super().paginate_queryset(queryset, request, view)

    def get_schema_operation_parameters(self, view: Any) -> list[dict[str, Any]]:
        return [
            {
                "name": self.page_query_param,
                "in": "query",
                "required": False,
                "description": "The page (1 for the first).",
                "schema": {"type": "integer", "minimum": 1},
            },
            {
                "name": self.page_size_query_param,
                "in": "query",
                "required": False,
                "description": f"Rows per page (default {self.page_size}, at most "
                f"{self.max_page_size}).",
                "schema": {"type": "integer", "minimum": 1, "maximum": self.max_page_size},
            },
        ]
