"""Deployment security read from the environment: HTTPS, cookies, CSP and login throttling.

The defaults suit ``make run`` on a laptop (plain HTTP on 127.0.0.1): nothing here
forces HTTPS, because a site that redirects to an HTTPS nobody serves is broken.
A deployment behind a proxy that terminates TLS sets the variables below, and
``processus check --deploy`` names each one still missing (Django's deploy checks
and ours in :mod:`processus.kb.checks`).

Every reader takes ``environ`` so tests can pass a plain dict; each one raises
:class:`~processus.config.env.EnvError` naming the variable when a value is malformed.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping
from typing import Any

from csp.constants import NONE, SELF

from processus.config.env import EnvError, env_int, env_str

#: ``SECURE_PROXY_SSL_HEADER=X-Forwarded-Proto: https`` (``=`` works as separator too).
_PROXY_HEADER = re.compile(r"^\s*([A-Za-z0-9-]+)\s*[:=]\s*(\S+)\s*$")

#: Script, style, image and font sources: this site only, never inline. The pages need no
#: inline script or style (charts are SVG drawn on the server), so an injected
#: ``<script>`` cannot run even if escaping ever failed.
CONTENT_SECURITY_POLICY: dict[str, Any] = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF],
        "style-src": [SELF],
        "img-src": [SELF, "data:"],
        "font-src": [SELF],
        "connect-src": [SELF],
        "object-src": [NONE],
        "base-uri": [SELF],
        "form-action": [SELF],
        "frame-ancestors": [NONE],
    }
}

#: Sign-in failures before an account is locked for one address (0 turns throttling off).
DEFAULT_LOGIN_FAILURE_LIMIT = 5
DEFAULT_LOGIN_COOLOFF_MINUTES = 15


def proxy_ssl_header(environ: Mapping[str, str] | None = None) -> tuple[str, str] | None:
    """``SECURE_PROXY_SSL_HEADER`` as Django wants it: ``("HTTP_X_FORWARDED_PROTO", "https")``.

    Only set it behind a proxy that always sets (or strips) that header: otherwise a
    client could claim HTTPS by sending it.
    """
    value = env_str("SECURE_PROXY_SSL_HEADER", "", environ)
    if not value:
        return None
    match = _PROXY_HEADER.match(value)
    if not match:
        raise EnvError(
            f"SECURE_PROXY_SSL_HEADER={value!r} is not 'Header-Name: value' "
            "(e.g. 'X-Forwarded-Proto: https')"
        )
    header, expected = match.groups()
    return "HTTP_" + header.upper().replace("-", "_"), expected


def hsts_seconds(environ: Mapping[str, str] | None = None) -> int:
    return env_int("SECURE_HSTS_SECONDS", 0, environ, minimum=0)


def login_failure_limit(environ: Mapping[str, str] | None = None) -> int:
    """Failures allowed before a lockout; 0 turns login throttling off."""
    return env_int("PROCESSUS_LOGIN_FAILURE_LIMIT", DEFAULT_LOGIN_FAILURE_LIMIT, environ, minimum=0)


def login_cooloff(environ: Mapping[str, str] | None = None) -> dt.timedelta:
    """How long a lockout lasts."""
    minutes = env_int(
        "PROCESSUS_LOGIN_COOLOFF_MINUTES", DEFAULT_LOGIN_COOLOFF_MINUTES, environ, minimum=1
    )
    return dt.timedelta(minutes=minutes)
