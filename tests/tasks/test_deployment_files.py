"""``compose.yaml`` and the ``Dockerfile`` stay in step with the command line and the settings.

They are parsed (YAML; the Dockerfile's instructions), every ``processus`` command in
them is parsed by the real argument parser, every variable they set is one the
settings read, and the addresses agree with the services that serve them.
"""

from __future__ import annotations

import contextlib
import io
import json
import shlex
from pathlib import Path
from urllib.parse import urlsplit

import pytest
import yaml

from processus.cli import build_parser
from processus.config.database import database_config
from processus.tasks.config import BROKER_SCHEMES
from tests.test_docs import _environment_variables

ROOT = Path(__file__).resolve().parents[2]
COMPOSE = yaml.safe_load((ROOT / "compose.yaml").read_text(encoding="utf-8"))
SERVICES = COMPOSE["services"]


def _dockerfile() -> list[tuple[str, str]]:
    """The Dockerfile's instructions as (KEYWORD, arguments), continuation lines joined."""
    text = (ROOT / "Dockerfile").read_text(encoding="utf-8").replace("\\\n", " ")
    lines = [ln.strip() for ln in text.splitlines() if ln.strip() and not ln.startswith("#")]
    return [(ln.split(None, 1)[0].upper(), ln.split(None, 1)[1]) for ln in lines]


def _commands(command: str | list[str]) -> list[list[str]]:
    """The ``processus`` invocations of a service's command (``sh -c "a && b"`` split)."""
    words = command if isinstance(command, list) else shlex.split(command)
    if words[:2] == ["sh", "-c"]:
        words = shlex.split(words[2])
    found, current = [], []
    for word in [*words, "&&"]:
        if word == "&&":
            if current:
                found.append(current)
            current = []
        else:
            current.append(word)
    return [c for c in found if c[0] == "processus"]


def _cli_error(argv: list[str]) -> str:
    """What the real parser says about ``processus argv...`` ("" when it accepts it)."""
    err = io.StringIO()
    with contextlib.redirect_stderr(err), contextlib.suppress(SystemExit):
        build_parser().parse_args(argv)
        return ""
    return err.getvalue() or "refused"


def test_compose_runs_web_worker_postgres_and_redis():
    assert set(SERVICES) == {"web", "worker", "postgres", "redis"}
    assert SERVICES["web"]["image"] == SERVICES["worker"]["image"]  # one image for both
    assert SERVICES["web"]["build"] == "." and (ROOT / "Dockerfile").is_file()


@pytest.mark.parametrize("service", ["web", "worker"])
def test_every_processus_command_of_a_service_is_accepted_by_the_cli(service):
    commands = _commands(SERVICES[service]["command"])
    assert commands, f"{service} runs no processus command"
    for argv in commands:
        assert _cli_error(argv[1:]) == "", argv
    expected = "serve" if service == "web" else "worker"
    assert commands[-1][1] == expected


def test_the_cli_check_refuses_what_the_cli_refuses():
    assert _cli_error(["worker", "--concurrency", "2"]) == ""
    assert "unrecognized arguments: --threads-per-core" in _cli_error(
        ["worker", "--threads-per-core", "2"]
    )
    assert "invalid choice: 'wroker'" in _cli_error(["wroker"])


def test_the_dockerfile_runs_the_web_command_the_cli_accepts():
    instructions = _dockerfile()
    [cmd] = [args for keyword, args in instructions if keyword == "CMD"]
    argv = json.loads(cmd)
    assert argv[:2] == ["processus", "serve"] and _cli_error(argv[1:]) == ""
    [expose] = [args for keyword, args in instructions if keyword == "EXPOSE"]
    assert argv[argv.index("--port") + 1] == expose
    web_port = _commands(SERVICES["web"]["command"])[-1]
    assert web_port[web_port.index("--port") + 1] == expose
    assert SERVICES["web"]["ports"] == [f"{expose}:{expose}"]
    [base] = [args for keyword, args in instructions if keyword == "FROM"]
    assert base.startswith("python:3.11")  # pyproject: requires-python >=3.11,<3.14


def test_services_set_only_variables_the_settings_read():
    known = _environment_variables()
    for service in ("web", "worker"):
        names = set(SERVICES[service]["environment"])
        assert {"DATABASE_URL", "PROCESSUS_BROKER_URL", "SECRET_KEY"} <= names
        assert names <= known, names - known
    assert "NOT_A_PROCESSUS_SETTING" not in known


def test_the_data_directory_is_the_shared_volume_and_the_images():
    docker_env = " ".join(args for keyword, args in _dockerfile() if keyword == "ENV")
    assert "PROCESSUS_DATA_DIR=/data" in docker_env
    for service in ("web", "worker"):
        assert SERVICES[service]["environment"]["PROCESSUS_DATA_DIR"] == "/data"
        assert "data:/data" in SERVICES[service]["volumes"]


def test_addresses_name_the_services_that_answer_them(tmp_path):
    environment = SERVICES["worker"]["environment"]
    postgres = SERVICES["postgres"]["environment"]
    db = database_config(environment["DATABASE_URL"], tmp_path)
    assert db["ENGINE"] == "django.db.backends.postgresql"
    assert (db["HOST"], db["USER"], db["PASSWORD"], db["NAME"]) == (
        "postgres", postgres["POSTGRES_USER"], postgres["POSTGRES_PASSWORD"],
        postgres["POSTGRES_DB"],
    )  # fmt: skip
    for name in ("PROCESSUS_BROKER_URL", "PROCESSUS_CACHE_URL"):
        url = urlsplit(environment[name])
        assert url.scheme in BROKER_SCHEMES and url.hostname == "redis"
    assert SERVICES["web"]["environment"] == environment
