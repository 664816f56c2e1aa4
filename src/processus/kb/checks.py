"""System checks: bad configuration is reported here, not as a crash at import."""

from __future__ import annotations

import os
from typing import Any

from django.conf import settings
from django.core.checks import Error, Warning, register


@register()
def configuration_checks(app_configs: Any = None, **kwargs: Any) -> list[Any]:
    messages: list[Any] = [
        Error(message, hint="Fix the environment variable and start again.", id="processus.E001")
        for message in getattr(settings, "CONFIGURATION_ERRORS", [])
    ]
    data_dir = settings.DATA_DIR
    if data_dir.exists() and not os.access(data_dir, os.W_OK):
        messages.append(
            Error(
                f"the data directory {data_dir} is not writable",
                hint="Set PROCESSUS_DATA_DIR to a directory this user can write to.",
                id="processus.E002",
            )
        )
    return messages


#: The middleware that sends the Content-Security-Policy header.
CSP_MIDDLEWARE = "csp.middleware.CSPMiddleware"


@register("security", deploy=True)
def deployment_checks(app_configs: Any = None, **kwargs: Any) -> list[Any]:
    """What Django's deploy checks do not cover: the proxy header, CSP and login throttling.

    Each warning names the environment variable that fixes it (the README's
    configuration table), so ``processus check --deploy`` is a to-do list.
    """
    messages: list[Any] = []
    if not settings.SECURE_PROXY_SSL_HEADER:
        messages.append(
            Warning(
                "SECURE_PROXY_SSL_HEADER is not set: behind a proxy that terminates HTTPS, "
                "requests look like plain HTTP (redirect loops, no secure cookies)",
                hint="Set SECURE_PROXY_SSL_HEADER='X-Forwarded-Proto: https' if the proxy "
                "always sets that header.",
                id="processus.W101",
            )
        )
    script_src = _csp_directive("script-src") or _csp_directive("default-src")
    if CSP_MIDDLEWARE not in settings.MIDDLEWARE or not script_src:
        messages.append(
            Warning(
                "no Content-Security-Policy header is sent",
                hint=f"Keep {CSP_MIDDLEWARE} in MIDDLEWARE and CONTENT_SECURITY_POLICY set.",
                id="processus.W102",
            )
        )
    elif "'unsafe-inline'" in script_src:
        messages.append(
            Warning(
                "the Content-Security-Policy allows inline scripts ('unsafe-inline')",
                hint="Move inline scripts to static files.",
                id="processus.W103",
            )
        )
    if not getattr(settings, "AXES_ENABLED", False):
        messages.append(
            Warning(
                "login throttling is off: passwords can be guessed without limit",
                hint="Set PROCESSUS_LOGIN_FAILURE_LIMIT to a number above 0 (default 5).",
                id="processus.W104",
            )
        )
    return messages


def _csp_directive(name: str) -> list[str]:
    policy = getattr(settings, "CONTENT_SECURITY_POLICY", None) or {}
    return list((policy.get("DIRECTIVES") or {}).get(name) or [])
