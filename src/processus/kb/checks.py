"""System checks: bad configuration is reported here, not as a crash at import."""

from __future__ import annotations

import os
from typing import Any

from django.conf import settings
from django.core.checks import Error, register


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
