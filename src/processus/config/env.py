"""Typed readers for environment variables.

Every setting Processus takes from the environment goes through one of these
helpers, so a malformed value fails with a message that names the variable
instead of a confusing error deep inside Django.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path

TRUE_WORDS = frozenset({"1", "true", "yes", "on", "y", "t"})
FALSE_WORDS = frozenset({"0", "false", "no", "off", "n", "f", ""})


class EnvError(ValueError):
    """A variable is set but its value cannot be understood."""


def _raw(name: str, environ: Mapping[str, str] | None) -> str | None:
    value = (os.environ if environ is None else environ).get(name)
    return None if value is None else value.strip()


def env_str(name: str, default: str = "", environ: Mapping[str, str] | None = None) -> str:
    value = _raw(name, environ)
    return default if value is None else value


def env_bool(name: str, default: bool = False, environ: Mapping[str, str] | None = None) -> bool:
    value = _raw(name, environ)
    if value is None:
        return default
    lowered = value.lower()
    if lowered in TRUE_WORDS:
        return True
    if lowered in FALSE_WORDS:
        return False
    raise EnvError(f"{name}={value!r} is not a boolean (use 1/0, true/false, yes/no, on/off)")


def env_int(
    name: str, default: int, environ: Mapping[str, str] | None = None, minimum: int | None = None
) -> int:
    value = _raw(name, environ)
    if value is None or value == "":
        return default
    try:
        number = int(value)
    except ValueError:
        raise EnvError(f"{name}={value!r} is not a whole number") from None
    if minimum is not None and number < minimum:
        raise EnvError(f"{name}={value!r} must be {minimum} or more")
    return number


def env_list(
    name: str, default: list[str] | None = None, environ: Mapping[str, str] | None = None
) -> list[str]:
    """A comma-separated list; blanks and surrounding spaces are dropped."""
    value = _raw(name, environ)
    if value is None:
        return list(default or [])
    return [item.strip() for item in value.split(",") if item.strip()]


def env_path(name: str, default: Path, environ: Mapping[str, str] | None = None) -> Path:
    """A filesystem path, ``~`` expanded and made absolute (it need not exist yet)."""
    value = _raw(name, environ)
    path = default if not value else Path(value)
    return path.expanduser().resolve()
