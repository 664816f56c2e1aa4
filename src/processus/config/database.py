"""Choose the database from the environment.

One function decides: SQLite in the data directory by default (WAL journal, a
busy timeout and immediate transactions so concurrent writers queue instead of
failing), PostgreSQL when ``DATABASE_URL`` is a ``postgres://`` or
``postgresql://`` URL.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, unquote, urlsplit

from processus.config.env import EnvError

POSTGRES_SCHEMES = frozenset({"postgres", "postgresql", "pgsql", "postgresql+psycopg"})
SQLITE_SCHEMES = frozenset({"sqlite"})


def sqlite_config(path: Path) -> dict[str, Any]:
    return {
        "ENGINE": "django.db.backends.sqlite3",
        "NAME": str(path),
        # Kept between requests: a new connection per request re-reads the schema, runs the
        # PRAGMAs and starts with an empty page cache (about 3 ms of every page).
        "CONN_MAX_AGE": 60,
        "OPTIONS": {
            "transaction_mode": "IMMEDIATE",
            "timeout": 20,
            "init_command": (
                "PRAGMA journal_mode=WAL;"
                "PRAGMA synchronous=NORMAL;"
                "PRAGMA foreign_keys=ON;"
                "PRAGMA busy_timeout=20000;"
            ),
        },
        "TEST": {"NAME": None},
    }


def parse_database_url(url: str, data_dir: Path) -> dict[str, Any]:
    """Translate a database URL into a Django ``DATABASES`` entry.

    ``sqlite:///relative/path`` and ``sqlite:////absolute/path`` are accepted too,
    mostly for tests; anything else names the unsupported scheme.
    """
    parts = urlsplit(url)
    scheme = parts.scheme.lower()
    if scheme in SQLITE_SCHEMES:
        raw_path = unquote(parts.path)
        if raw_path in ("", "/"):
            return sqlite_config(data_dir / "processus.sqlite3")
        path = Path(raw_path[1:])  # "/x.db" is relative, "//abs/x.db" absolute
        return sqlite_config(path if path.is_absolute() else data_dir / path)
    if scheme in POSTGRES_SCHEMES:
        name = unquote(parts.path.lstrip("/"))
        if not name:
            raise EnvError(f"DATABASE_URL={_redact(url)!r} names no database")
        options = dict(parse_qsl(parts.query))
        config: dict[str, Any] = {
            "ENGINE": "django.db.backends.postgresql",
            "NAME": name,
            "USER": unquote(parts.username or ""),
            "PASSWORD": unquote(parts.password or ""),
            "HOST": parts.hostname or "",
            "PORT": str(parts.port or ""),
            "CONN_MAX_AGE": 60,
            "CONN_HEALTH_CHECKS": True,
            "OPTIONS": options,
        }
        return config
    raise EnvError(
        f"DATABASE_URL={_redact(url)!r}: unsupported scheme {scheme or '(none)'!r}; "
        "use postgres://user:password@host:port/name or leave it unset for SQLite"
    )


def _redact(url: str) -> str:
    parts = urlsplit(url)
    if parts.password:
        return url.replace(f":{parts.password}@", ":***@")
    return url


def database_config(database_url: str, data_dir: Path) -> dict[str, Any]:
    if not database_url:
        return sqlite_config(data_dir / "processus.sqlite3")
    return parse_database_url(database_url, data_dir)
