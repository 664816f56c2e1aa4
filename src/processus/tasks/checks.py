"""System checks: a broker URL that cannot be one is named, not a traceback at enqueue time."""

from __future__ import annotations

from typing import Any

from django.core.checks import Error, register

from processus.tasks.config import BrokerConfigError, broker_url


@register()
def check_broker(app_configs: Any = None, **kwargs: Any) -> list[Error]:
    try:
        broker_url()
    except BrokerConfigError as exc:
        return [Error(str(exc), id="processus.tasks.E001")]
    return []
