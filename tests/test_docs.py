"""Docs that cannot drift: every command and every setting is documented in the README."""

import re
from pathlib import Path

import pytest

from processus.cli import COMMANDS

ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text(encoding="utf-8")
SETTINGS_SOURCES = [
    ROOT / "src/processus/config/settings.py",
    ROOT / "src/processus/config/security.py",
    ROOT / "src/processus/config/test_settings.py",
]


def test_readme_starts_with_the_two_setup_commands():
    first_block = README.split("```", 2)[1]
    commands = [line.split("#")[0].strip() for line in first_block.splitlines()[1:]]
    assert [c for c in commands if c] == ["make run", "make test"]


@pytest.mark.parametrize("command", list(COMMANDS))
def test_every_command_is_in_the_readme(command):
    assert f"`processus {command}" in README


def _environment_variables() -> set[str]:
    names: set[str] = set()
    pattern = re.compile(r'env_\w+\(\s*"([A-Z_]+)"|environ\.(?:get|setdefault)\(\s*"([A-Z_]+)"')
    for path in SETTINGS_SOURCES:
        for match in pattern.finditer(path.read_text(encoding="utf-8")):
            names.update(group for group in match.groups() if group)
    return names


def test_settings_read_some_variables():
    assert {"DATABASE_URL", "PROCESSUS_DATA_DIR", "SECRET_KEY"} <= _environment_variables()


@pytest.mark.parametrize("variable", sorted(_environment_variables()))
def test_every_environment_variable_is_in_the_readme(variable):
    assert f"`{variable}`" in README
