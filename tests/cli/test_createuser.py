"""``processus createuser --editor``: an account in the Editors group, without admin rights."""

from __future__ import annotations

import json
import subprocess
import sys

from .subprocess_env import subprocess_env
from .test_cli import run_cli


def _account(data_dir, username: str) -> dict:
    script = (
        "import json, django; django.setup();"
        "from django.contrib.auth import get_user_model;"
        "from processus.kb.operations import can_edit_record;"
        f"u = get_user_model().objects.get(username={username!r});"
        "print(json.dumps({'staff': u.is_staff, 'superuser': u.is_superuser,"
        " 'groups': sorted(g.name for g in u.groups.all()), 'edits': can_edit_record(u),"
        " 'password': u.check_password('a-long-test-password-1')}))"
    )
    environ = subprocess_env(data_dir, DJANGO_SETTINGS_MODULE="processus.config.settings")
    environ.pop("SECRET_KEY")  # the key run_cli's commands kept in the data dir
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, env=environ, timeout=120
    )
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def test_createuser_editor_makes_an_editor_who_is_not_staff(tmp_path):
    data_dir = tmp_path / "var"
    assert run_cli("migrate", "--quiet", data_dir=data_dir).returncode == 0
    env = {"PROCESSUS_USER_PASSWORD": "a-long-test-password-1"}
    made = run_cli("createuser", "amina", "--editor", "--no-input", data_dir=data_dir, env=env)
    assert made.returncode == 0, made.stderr
    assert "created 'amina': an editor (Editors group)" in made.stdout
    assert _account(data_dir, "amina") == {
        "staff": False,
        "superuser": False,
        "groups": ["Editors"],
        "edits": True,
        "password": True,
    }
    plain = run_cli("createuser", "reader", "--no-input", data_dir=data_dir, env=env)
    assert plain.returncode == 0, plain.stderr
    assert _account(data_dir, "reader")["edits"] is False

    again = run_cli("createuser", "amina", "--editor", "--no-input", data_dir=data_dir, env=env)
    assert again.returncode == 1
    assert "'amina' is already taken" in again.stderr
    assert "Traceback" not in again.stderr


def test_createuser_explains_a_missing_or_weak_password(tmp_path):
    data_dir = tmp_path / "var"
    assert run_cli("migrate", "--quiet", data_dir=data_dir).returncode == 0
    missing = run_cli("createuser", "amina", "--editor", "--no-input", data_dir=data_dir)
    assert missing.returncode == 2
    assert "no password (set PROCESSUS_USER_PASSWORD)" in missing.stderr
    weak = run_cli(
        "createuser", "amina", "--editor", "--no-input", data_dir=data_dir,
        env={"PROCESSUS_USER_PASSWORD": "123"},
    )  # fmt: skip
    assert weak.returncode == 1
    assert "too short" in weak.stderr and "Traceback" not in weak.stderr
