"""The console command, run as a user runs it: a real subprocess with its own data dir."""

import subprocess
import sys

import pytest

from processus import __version__
from processus.cli import COMMANDS, build_parser, main
from tests.cli.subprocess_env import on_postgresql, subprocess_env


def run_cli(*args, data_dir, env=None, input=None):
    """``processus ARGS`` in a subprocess on ``data_dir`` (and, on the PostgreSQL pass, a
    database of its own: :mod:`tests.cli.subprocess_env`); ``env`` overrides."""
    environ = subprocess_env(data_dir)
    environ.pop("SECRET_KEY")  # commands generate and keep their own key in the data dir
    environ.update(env or {})
    return subprocess.run(
        [sys.executable, "-m", "processus", *args],
        capture_output=True,
        text=True,
        env=environ,
        input=input,
        timeout=120,
    )


def test_help_lists_every_subcommand(capsys):
    with pytest.raises(SystemExit) as exit_info:
        main(["--help"])
    assert exit_info.value.code == 0
    out = capsys.readouterr().out
    for name in COMMANDS:
        assert name in out


@pytest.mark.parametrize("name", list(COMMANDS))
def test_every_subcommand_has_help(name, capsys):
    with pytest.raises(SystemExit) as exit_info:
        main([name, "--help"])
    assert exit_info.value.code == 0
    assert "usage: processus " + name in capsys.readouterr().out


def test_version(capsys):
    with pytest.raises(SystemExit):
        main(["--version"])
    assert capsys.readouterr().out.strip() == f"processus {__version__}"


def test_unknown_command_is_named_and_exits_2(capsys):
    with pytest.raises(SystemExit) as exit_info:
        main(["frobnicate"])
    assert exit_info.value.code == 2
    assert "frobnicate" in capsys.readouterr().err


def test_no_command_prints_help_and_exits_2(capsys):
    assert main([]) == 2
    assert "COMMAND" in capsys.readouterr().err


def test_bad_argument_exits_2(capsys):
    with pytest.raises(SystemExit) as exit_info:
        main(["serve", "--port", "eighty"])
    assert exit_info.value.code == 2
    assert "--port" in capsys.readouterr().err


def test_parser_is_built_from_the_registry():
    parser = build_parser()
    assert parser.prog == "processus"


def test_migrate_load_reference_and_check_on_a_fresh_data_dir(tmp_path):
    data_dir = tmp_path / "var"
    migrate = run_cli("migrate", "--quiet", data_dir=data_dir)
    assert migrate.returncode == 0, migrate.stderr
    assert (data_dir / "processus.sqlite3").exists() is not on_postgresql()
    assert (data_dir / "secret_key").exists()

    first = run_cli("load-reference", data_dir=data_dir)
    assert first.returncode == 0, first.stderr
    assert "countries" in first.stdout or "actors" in first.stdout

    second = run_cli("load-reference", data_dir=data_dir)
    assert second.returncode == 0, second.stderr
    assert "reference data up to date" in second.stdout

    check = run_cli("check", data_dir=data_dir)
    assert check.returncode == 0, check.stderr
    assert "migrations: up to date" in check.stdout
    assert "configuration: ok" in check.stdout


def test_load_reference_before_migrate_says_what_to_do(tmp_path):
    result = run_cli("load-reference", data_dir=tmp_path / "var")
    assert result.returncode == 1
    assert "processus migrate" in result.stderr
    assert "Traceback" not in result.stderr


def test_bad_configuration_is_reported_without_traceback(tmp_path):
    result = run_cli("check", data_dir=tmp_path, env={"DEBUG": "perhaps"})
    assert result.returncode == 1
    assert "DEBUG='perhaps' is not a boolean" in result.stderr
    assert "Traceback" not in result.stderr


def test_unsupported_database_url_is_reported(tmp_path):
    result = run_cli("migrate", data_dir=tmp_path, env={"DATABASE_URL": "mysql://u:pw@h/db"})
    assert result.returncode == 1
    assert "unsupported scheme 'mysql'" in result.stderr
    assert "pw" not in result.stderr
    assert "Traceback" not in result.stderr


def test_unreachable_postgres_is_reported(tmp_path):
    result = run_cli(
        "check",
        data_dir=tmp_path,
        env={"DATABASE_URL": "postgres://nobody@127.0.0.1:1/none?connect_timeout=2"},
    )
    assert result.returncode == 1
    assert "cannot use the database" in result.stderr
    assert "Traceback" not in result.stderr


def test_createsuperuser_without_input(tmp_path):
    data_dir = tmp_path / "var"
    assert run_cli("migrate", "--quiet", data_dir=data_dir).returncode == 0
    result = run_cli(
        "createsuperuser",
        "--no-input",
        "--username",
        "admin",
        "--email",
        "admin@example.org",
        data_dir=data_dir,
        env={"DJANGO_SUPERUSER_PASSWORD": "a-long-test-password"},
    )
    assert result.returncode == 0, result.stderr
    again = run_cli(
        "createsuperuser",
        "--no-input",
        "--username",
        "admin",
        data_dir=data_dir,
        env={"DJANGO_SUPERUSER_PASSWORD": "a-long-test-password"},
    )
    assert again.returncode == 1
    assert "already taken" in again.stderr


def test_serve_refuses_an_unmigrated_database(tmp_path):
    result = run_cli("serve", "--port", "8765", data_dir=tmp_path / "var")
    assert result.returncode == 1
    assert "processus migrate" in result.stderr
