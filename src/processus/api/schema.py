"""The OpenAPI document's shared parts, and the docs page under the site's CSP.

:func:`document_errors` adds to every operation the error answers it can give, all in
the one shape of :mod:`processus.api.errors`, and ``304`` to reads (``ETag``). The docs
page is drf-spectacular's Swagger UI served from the sidecar's local files, with its
start-up script as a separate file and no inline style, so the site's Content
Security Policy (``script-src 'self'; style-src 'self'``) needs no exception.
"""

from __future__ import annotations

from typing import Any

from drf_spectacular.views import SpectacularSwaggerSplitView

ERROR_SCHEMA = {
    "type": "object",
    "properties": {
        "detail": {"type": "string", "description": "What went wrong, for a person to read."},
        "field": {
            "type": "string",
            "nullable": True,
            "description": "The parameter, body field or file at fault, if any.",
        },
    },
    "required": ["detail", "field"],
}
_REF = {"$ref": "#/components/schemas/Error"}
_ERRORS = {
    "400": "A parameter or field that cannot be right; `field` names it.",
    "401": "Writing needs `Authorization: Token <key>` (or the key is not valid).",
    "403": "Only editors may change the record.",
    "404": "No such row, or a page past the last one.",
    "413": "The file is larger than the configured limit (PROCESSUS_MAX_FILE_MB).",
    "415": "The body is not in a type this operation reads (JSON, form or multipart).",
    "429": "Too many requests from this anonymous client; `Retry-After` says when to retry.",
}
_WRITES = {"post", "put", "patch", "delete"}


def _errors_for(path: str, method: str, operation: dict[str, Any]) -> list[str]:
    codes = ["400", "429"]
    if "{" in path or method == "get":
        codes.append("404")
    if method in _WRITES:
        codes += ["401", "403", "404", "415"]
        body = operation.get("requestBody", {}).get("content", {})
        if "multipart/form-data" in body:
            codes.append("413")
    return codes


def document_errors(result: dict[str, Any], generator: Any, request: Any, public: bool) -> Any:
    """drf-spectacular post-processing hook (``SPECTACULAR_SETTINGS``)."""
    result.setdefault("components", {}).setdefault("schemas", {})["Error"] = ERROR_SCHEMA
    for path, methods in result.get("paths", {}).items():
        for method, operation in methods.items():
            responses = operation.setdefault("responses", {})
            for code in _errors_for(path, method, operation):
                responses.setdefault(
                    code,
                    {
                        "description": _ERRORS[code],
                        "content": {"application/json": {"schema": _REF}},
                    },
                )
            if method == "get":
                responses.setdefault(
                    "304", {"description": "Not modified: the ETag sent is current."}
                )
    return result


class DocsView(SpectacularSwaggerSplitView):
    """Swagger UI from local files, its script a separate request (CSP-friendly)."""

    template_name = "api/swagger_ui.html"
    url_name = "api:schema"
