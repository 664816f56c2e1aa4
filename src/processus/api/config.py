"""The API's settings read from the environment (no Django import: settings use it).

``PROCESSUS_API_ANON_RATE``: how many requests an anonymous client may make
(``120/minute`` by default; ``N/second|minute|hour|day``; ``0`` or ``off`` for no
limit). ``PROCESSUS_CORS_ORIGINS``: the origins other sites' scripts may call the API
from (comma-separated ``https://example.org``; ``*`` for any); none by default, so a
browser keeps other sites out.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from processus.config.env import EnvError, env_list, env_str

DEFAULT_ANON_RATE: str | None = "120/minute"
#: Only the API answers other origins; the pages never do.
CORS_URLS_REGEX = r"^/api/.*$"

_RATE = re.compile(r"^(\d+)/(s|sec|second|m|min|minute|h|hour|d|day)$")
_ORIGIN = re.compile(r"^https?://[^/\s?#]+$")


def anon_rate(environ: Mapping[str, str] | None = None) -> str | None:
    """DRF's rate for anonymous clients, or ``None`` for no limit."""
    value = env_str("PROCESSUS_API_ANON_RATE", DEFAULT_ANON_RATE or "0", environ).lower()
    if value in ("0", "off", "none"):
        return None
    match = _RATE.match(value)
    if not match:
        raise EnvError(
            f"PROCESSUS_API_ANON_RATE={value!r} is not a rate such as 120/minute "
            "(per second, minute, hour or day; 0 or off for no limit)"
        )
    return None if int(match.group(1)) == 0 else value


def cors_origins(environ: Mapping[str, str] | None = None) -> list[str]:
    """The origins allowed to call the API from a browser (``["*"]`` for any)."""
    origins = env_list("PROCESSUS_CORS_ORIGINS", [], environ)
    if origins == ["*"]:
        return origins
    origins = [origin.rstrip("/") for origin in origins]
    for origin in origins:
        if not _ORIGIN.match(origin):
            raise EnvError(
                f"PROCESSUS_CORS_ORIGINS: {origin!r} is not an origin such as "
                "https://example.org (scheme and host, no path), or * alone"
            )
    return origins


REST_FRAMEWORK: dict[str, Any] = {
    "DEFAULT_AUTHENTICATION_CLASSES": [
        # Token first: an anonymous client is told to authenticate (401, WWW-Authenticate).
        "rest_framework.authentication.TokenAuthentication",
        "rest_framework.authentication.SessionAuthentication",
    ],
    "DEFAULT_PERMISSION_CLASSES": ["processus.api.permissions.EditorsWriteOthersRead"],
    "DEFAULT_THROTTLE_CLASSES": ["processus.api.throttling.AnonymousThrottle"],
    "DEFAULT_PAGINATION_CLASS": "processus.api.pagination.Pagination",
    "PAGE_SIZE": 50,
    "DEFAULT_RENDERER_CLASSES": ["rest_framework.renderers.JSONRenderer"],
    "DEFAULT_PARSER_CLASSES": [
        "rest_framework.parsers.JSONParser",
        "rest_framework.parsers.MultiPartParser",
        "rest_framework.parsers.FormParser",
    ],
    "DEFAULT_SCHEMA_CLASS": "drf_spectacular.openapi.AutoSchema",
    "EXCEPTION_HANDLER": "processus.api.errors.exception_handler",
    "URL_FORMAT_OVERRIDE": None,
    "UNICODE_JSON": True,
}

SPECTACULAR_SETTINGS: dict[str, Any] = {
    "TITLE": "Processus API",
    "DESCRIPTION": (
        "The record of intergovernmental migration dialogue meetings: meetings with the "
        "evidence for every value, documents, actors, dialogues, action plans and their "
        "coverage, outcomes and search. Reading is public; editors write with "
        "`Authorization: Token <key>`."
    ),
    "VERSION": "1",
    "SERVE_INCLUDE_SCHEMA": False,
    "SCHEMA_PATH_PREFIX": r"/api/v1",
    "COMPONENT_SPLIT_REQUEST": True,
    "SWAGGER_UI_DIST": "SIDECAR",
    "SWAGGER_UI_FAVICON_HREF": "SIDECAR",
    "REDOC_DIST": "SIDECAR",
    # No call to the public validator: the docs page makes no request outside the site.
    # Examples in the "obsidian" colours: the default "agate" has numbers at 3.45:1 (axe).
    "SWAGGER_UI_SETTINGS": {
        "deepLinking": True,
        "validatorUrl": None,
        "syntaxHighlight": {"activated": True, "theme": "obsidian"},
    },
    "POSTPROCESSING_HOOKS": [
        "drf_spectacular.hooks.postprocess_schema_enums",
        "processus.api.schema.document_errors",
    ],
    "ENUM_NAME_OVERRIDES": {
        "MeetingKindEnum": "processus.kb.models.meetings.MeetingKind",
        "OutcomeKindEnum": "processus.api.writes.OUTCOME_KINDS",
        "PlanItemKindEnum": "processus.api.writes.ITEM_KINDS",
    },
}
