from pathlib import Path

import pytest

from processus.config.env import EnvError, env_bool, env_int, env_list, env_path, env_str


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("1", True),
        ("true", True),
        ("True", True),
        (" yes ", True),
        ("on", True),
        ("0", False),
        ("false", False),
        ("NO", False),
        ("off", False),
        ("", False),
    ],
)
def test_env_bool_reads_common_spellings(raw, expected):
    assert env_bool("DEBUG", not expected, environ={"DEBUG": raw}) is expected


def test_env_bool_default_when_unset():
    assert env_bool("DEBUG", True, environ={}) is True


@pytest.mark.parametrize("raw", ["maybe", "2", "tru"])
def test_env_bool_rejects_unclear_values_naming_the_variable(raw):
    with pytest.raises(EnvError, match="DEBUG"):
        env_bool("DEBUG", environ={"DEBUG": raw})


@pytest.mark.parametrize(("raw", "expected"), [("8", 8), (" 12 ", 12), ("-3", -3), ("", 5)])
def test_env_int(raw, expected):
    assert env_int("N", 5, environ={"N": raw}) == expected


def test_env_int_rejects_words():
    with pytest.raises(EnvError, match="N='eight' is not a whole number"):
        env_int("N", 1, environ={"N": "eight"})


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("a,b", ["a", "b"]),
        (" a , ,b ", ["a", "b"]),
        ("", []),
        ("localhost", ["localhost"]),
    ],
)
def test_env_list(raw, expected):
    assert env_list("HOSTS", ["x"], environ={"HOSTS": raw}) == expected


def test_env_list_default_is_copied():
    default = ["x"]
    result = env_list("HOSTS", default, environ={})
    result.append("y")
    assert default == ["x"]


def test_env_str():
    assert env_str("A", "d", environ={}) == "d"
    assert env_str("A", "d", environ={"A": " v "}) == "v"


def test_env_path_is_absolute_and_expanded(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    assert env_path("P", Path("var"), environ={}) == tmp_path / "var"
    assert env_path("P", Path("var"), environ={"P": "data"}) == tmp_path / "data"
    monkeypatch.setenv("HOME", str(tmp_path))
    assert env_path("P", Path("var"), environ={"P": "~/x"}) == tmp_path / "x"
