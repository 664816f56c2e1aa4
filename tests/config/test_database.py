from pathlib import Path

import pytest

from processus.config.database import database_config, parse_database_url
from processus.config.env import EnvError

DATA = Path("/data")


def test_default_is_sqlite_in_the_data_dir_with_wal_and_immediate_transactions():
    config = database_config("", DATA)
    assert config["ENGINE"] == "django.db.backends.sqlite3"
    assert config["NAME"] == "/data/processus.sqlite3"
    assert config["OPTIONS"]["transaction_mode"] == "IMMEDIATE"
    assert "journal_mode=WAL" in config["OPTIONS"]["init_command"]
    assert "busy_timeout" in config["OPTIONS"]["init_command"]


@pytest.mark.parametrize("scheme", ["postgres", "postgresql"])
def test_postgres_url(scheme):
    config = parse_database_url(f"{scheme}://user:p%40ss@db.example:6543/processus", DATA)
    assert config["ENGINE"] == "django.db.backends.postgresql"
    assert (config["USER"], config["PASSWORD"]) == ("user", "p@ss")
    assert (config["HOST"], config["PORT"], config["NAME"]) == ("db.example", "6543", "processus")
    assert config["CONN_HEALTH_CHECKS"] is True


def test_postgres_url_without_password_or_port():
    config = parse_database_url("postgres://postgres@127.0.0.1/test", DATA)
    assert (config["USER"], config["PASSWORD"], config["PORT"]) == ("postgres", "", "")


def test_postgres_query_becomes_options():
    config = parse_database_url("postgres://u@h/db?sslmode=require", DATA)
    assert config["OPTIONS"] == {"sslmode": "require"}


def test_postgres_url_needs_a_database_name():
    with pytest.raises(EnvError, match="names no database"):
        parse_database_url("postgres://u@h/", DATA)


def test_unsupported_scheme_is_named_and_password_hidden():
    with pytest.raises(EnvError) as excinfo:
        parse_database_url("mysql://root:secret@localhost/db", DATA)
    assert "'mysql'" in str(excinfo.value)
    assert "secret" not in str(excinfo.value)


def test_sqlite_urls():
    assert parse_database_url("sqlite:///other.db", DATA)["NAME"] == "/data/other.db"
    assert parse_database_url("sqlite:////tmp/x.db", DATA)["NAME"] == "/tmp/x.db"
