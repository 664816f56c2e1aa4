"""Docs that cannot drift: every command and every setting is documented in the README."""

import argparse
import contextlib
import io
import re
import shlex
from pathlib import Path

import pytest

from processus.cli import COMMANDS, build_parser

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


# -- the README's commands work as written in a fresh clone after `make run` -----------------


def _subcommand_parsers() -> dict[str, argparse.ArgumentParser]:
    parser = build_parser()
    subparsers = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    return dict(subparsers.choices)


def _shell_command_lines() -> list[list[str]]:
    lines = []
    for block in re.findall(r"```sh\n(.*?)```", README, re.S):
        for line in block.splitlines():
            tokens = shlex.split(line, comments=True)
            if tokens:
                lines.append(tokens)
    return lines


def _readme_invocations() -> list[list[str]]:
    """Every runnable `processus` line: shell blocks and inline `.venv/bin/processus …`."""
    found = [tokens for tokens in _shell_command_lines() if tokens[0].endswith("processus")]
    for match in re.finditer(r"`(\.venv/bin/processus [^`]*)`", README):
        found.append(shlex.split(match.group(1)))
    return found


def test_the_readme_runs_processus_from_the_venv():
    lines = _shell_command_lines()
    assert lines
    bare = [" ".join(tokens) for tokens in lines if tokens[0] == "processus"]
    assert bare == [], "after `make run` the command is .venv/bin/processus"


@pytest.mark.parametrize("tokens", _readme_invocations(), ids=" ".join)
def test_every_readme_invocation_parses(tokens):
    assert tokens[0] == ".venv/bin/processus"
    arguments = [t for t in tokens[1:] if t != "COMMAND"]  # the placeholder of `COMMAND --help`
    if arguments[:1] != ["--help"] and tokens[1] != "COMMAND":
        assert arguments[0] in COMMANDS, f"{arguments[0]!r} is not a subcommand"
    with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
        try:
            build_parser().parse_args(arguments)
        except SystemExit as exit_info:
            assert exit_info.code == 0, f"{' '.join(tokens)} does not parse"


def test_the_readme_shows_invocations_of_several_commands():
    named = {tokens[1] for tokens in _readme_invocations() if len(tokens) > 1}
    assert {"ingest", "export", "conflicts", "backup", "check", "migrate"} <= named


def _table_rows() -> list[tuple[str, list[str]]]:
    rows = []
    for match in re.finditer(r"^\| `processus ([a-z-]+)([^`]*)`", README, re.M):
        rows.append((match.group(1), re.findall(r"--[a-z][a-z-]*", match.group(2))))
    return rows


def test_the_command_table_lists_every_command():
    assert {name for name, _ in _table_rows()} == set(COMMANDS)


@pytest.mark.parametrize(("command", "options"), _table_rows(), ids=lambda v: str(v))
def test_every_option_in_the_command_table_exists(command, options):
    parser = _subcommand_parsers()[command]
    known = {option for action in parser._actions for option in action.option_strings}
    assert [option for option in options if option not in known] == []
