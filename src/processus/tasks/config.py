"""Where tasks go: the Celery broker, or this very process.

One function decides, from the settings: ``PROCESSUS_BROKER_URL`` when it is set;
otherwise Redis on this machine when the database is PostgreSQL (the deployment
that runs workers), and in process on SQLite (the embedded install, where nothing
needs Redis). ``in-process`` forces the latter on any database.
"""

from __future__ import annotations

from urllib.parse import urlsplit

from django.conf import settings

DEFAULT_BROKER = "redis://127.0.0.1:6379/0"
IN_PROCESS = "in-process"
#: Broker schemes Celery speaks here (redis-py, py-amqp; ``memory`` for tests).
BROKER_SCHEMES = frozenset({"redis", "rediss", "amqp", "amqps", "memory"})


class BrokerConfigError(ValueError):
    """``PROCESSUS_BROKER_URL`` names something that is not a broker."""


def _on_postgresql() -> bool:
    return "postgresql" in settings.DATABASES["default"]["ENGINE"]


def broker_url() -> str | None:
    """The broker's URL, or ``None`` when tasks run in the calling process."""
    configured = (getattr(settings, "PROCESSUS_BROKER_URL", "") or "").strip()
    if configured == IN_PROCESS:
        return None
    if configured:
        scheme = urlsplit(configured).scheme.lower()
        if scheme not in BROKER_SCHEMES:
            raise BrokerConfigError(
                f"PROCESSUS_BROKER_URL={configured!r}: not a broker URL "
                f"(use redis://host:6379/0 or {IN_PROCESS!r})"
            )
        return configured
    return DEFAULT_BROKER if _on_postgresql() else None


def describe_broker(url: str | None) -> str:
    """The broker for people: its address without a password."""
    if url is None:
        return "in process (no broker)"
    parts = urlsplit(url)
    host = parts.hostname or ""
    port = f":{parts.port}" if parts.port else ""
    return f"{parts.scheme}://{host}{port}{parts.path}"
