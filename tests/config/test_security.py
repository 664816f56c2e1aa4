"""Deployment security: HTTPS settings from the environment, CSP, login throttling, audit."""

from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
import sys

import pytest
from axes.models import AccessAttempt, AccessFailureLog, AccessLog
from django.contrib.auth import get_user_model
from django.test import Client

from processus.config.env import EnvError
from processus.config.security import (
    hsts_seconds,
    login_cooloff,
    login_failure_limit,
    proxy_ssl_header,
)

HTTPS_ENVIRONMENT = {
    "SECURE_PROXY_SSL_HEADER": "X-Forwarded-Proto: https",
    "SECURE_SSL_REDIRECT": "true",
    "SECURE_HSTS_SECONDS": "31536000",
    "SECURE_HSTS_INCLUDE_SUBDOMAINS": "true",
    "SECURE_HSTS_PRELOAD": "true",
    "SESSION_COOKIE_SECURE": "true",
    "CSRF_COOKIE_SECURE": "true",
}
SETTING_NAMES = [
    "SECURE_PROXY_SSL_HEADER",
    "SECURE_SSL_REDIRECT",
    "SECURE_HSTS_SECONDS",
    "SECURE_HSTS_INCLUDE_SUBDOMAINS",
    "SECURE_HSTS_PRELOAD",
    "SESSION_COOKIE_SECURE",
    "CSRF_COOKIE_SECURE",
    "AXES_ENABLED",
    "AXES_FAILURE_LIMIT",
    "CONFIGURATION_ERRORS",
]
PRINT_SETTINGS = (
    "import json; from processus.config import settings as s; "
    f"print(json.dumps({{n: getattr(s, n) for n in {SETTING_NAMES!r}}}))"
)


def _clean_environment(data_dir, extra: dict[str, str]) -> dict[str, str]:
    kept = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("SECURE_", "PROCESSUS_", "DJANGO_"))
        and key not in {"SESSION_COOKIE_SECURE", "CSRF_COOKIE_SECURE", "DATABASE_URL"}
        and key not in {"SECRET_KEY", "DEBUG", "ALLOWED_HOSTS"}
    }
    return {**kept, "PROCESSUS_DATA_DIR": str(data_dir), **extra}


def settings_under(tmp_path, **environment: str) -> dict:
    """The real settings module, imported in a fresh interpreter with this environment."""
    done = subprocess.run(
        [sys.executable, "-c", PRINT_SETTINGS],
        env=_clean_environment(tmp_path, environment),
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    return json.loads(done.stdout)


# -- readers --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("X-Forwarded-Proto: https", ("HTTP_X_FORWARDED_PROTO", "https")),
        ("x-forwarded-proto=https", ("HTTP_X_FORWARDED_PROTO", "https")),
        ("  X-Forwarded-Ssl : on ", ("HTTP_X_FORWARDED_SSL", "on")),
        ("", None),
    ],
)
def test_proxy_ssl_header_is_read_as_django_wants_it(value, expected):
    assert proxy_ssl_header({"SECURE_PROXY_SSL_HEADER": value}) == expected


@pytest.mark.parametrize("value", ["https", "X-Forwarded-Proto:", "X Forwarded: https"])
def test_a_malformed_proxy_header_names_the_variable(value):
    with pytest.raises(EnvError, match="SECURE_PROXY_SSL_HEADER"):
        proxy_ssl_header({"SECURE_PROXY_SSL_HEADER": value})


def test_numbers_have_defaults_and_refuse_negatives():
    assert hsts_seconds({}) == 0
    assert hsts_seconds({"SECURE_HSTS_SECONDS": "3600"}) == 3600
    assert login_failure_limit({}) == 5
    assert login_failure_limit({"PROCESSUS_LOGIN_FAILURE_LIMIT": "0"}) == 0
    assert login_cooloff({}) == dt.timedelta(minutes=15)
    assert login_cooloff({"PROCESSUS_LOGIN_COOLOFF_MINUTES": "2"}) == dt.timedelta(minutes=2)
    with pytest.raises(EnvError, match="SECURE_HSTS_SECONDS='-1' must be 0 or more"):
        hsts_seconds({"SECURE_HSTS_SECONDS": "-1"})
    with pytest.raises(EnvError, match="PROCESSUS_LOGIN_COOLOFF_MINUTES='0' must be 1 or more"):
        login_cooloff({"PROCESSUS_LOGIN_COOLOFF_MINUTES": "0"})


# -- the settings module, as a deployment reads it ----------------------------------------------


def test_https_is_off_by_default_for_a_local_run(tmp_path):
    values = settings_under(tmp_path)
    assert values["SECURE_PROXY_SSL_HEADER"] is None
    assert values["SECURE_HSTS_SECONDS"] == 0
    for name in (
        "SECURE_SSL_REDIRECT",
        "SECURE_HSTS_INCLUDE_SUBDOMAINS",
        "SECURE_HSTS_PRELOAD",
        "SESSION_COOKIE_SECURE",
        "CSRF_COOKIE_SECURE",
    ):
        assert values[name] is False, name
    assert (values["AXES_ENABLED"], values["AXES_FAILURE_LIMIT"]) == (True, 5)
    assert values["CONFIGURATION_ERRORS"] == []


def test_every_https_setting_is_read_from_the_environment(tmp_path):
    values = settings_under(tmp_path, **HTTPS_ENVIRONMENT, PROCESSUS_LOGIN_FAILURE_LIMIT="3")
    assert values["SECURE_PROXY_SSL_HEADER"] == ["HTTP_X_FORWARDED_PROTO", "https"]
    assert values["SECURE_HSTS_SECONDS"] == 31536000
    for name in (
        "SECURE_SSL_REDIRECT",
        "SECURE_HSTS_INCLUDE_SUBDOMAINS",
        "SECURE_HSTS_PRELOAD",
        "SESSION_COOKIE_SECURE",
        "CSRF_COOKIE_SECURE",
    ):
        assert values[name] is True, name
    assert values["AXES_FAILURE_LIMIT"] == 3
    assert values["CONFIGURATION_ERRORS"] == []


def test_bad_values_become_configuration_errors_not_crashes(tmp_path):
    values = settings_under(
        tmp_path,
        SECURE_SSL_REDIRECT="perhaps",
        SECURE_HSTS_SECONDS="a year",
        PROCESSUS_LOGIN_FAILURE_LIMIT="0",
    )
    errors = values["CONFIGURATION_ERRORS"]
    assert any(e.startswith("SECURE_SSL_REDIRECT='perhaps'") for e in errors)
    assert any(e.startswith("SECURE_HSTS_SECONDS='a year'") for e in errors)
    assert values["SECURE_SSL_REDIRECT"] is False
    assert values["AXES_ENABLED"] is False


# -- processus check --deploy ---------------------------------------------------------------


def check_deploy(tmp_path, **environment: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "processus", "check", "--deploy"],
        env=_clean_environment(tmp_path / "var", environment),
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_check_deploy_names_every_missing_setting(tmp_path):
    done = check_deploy(tmp_path, PROCESSUS_LOGIN_FAILURE_LIMIT="0", SECRET_KEY="short")
    assert done.returncode == 1
    for named in (
        "security.W004: You have not set a value for the SECURE_HSTS_SECONDS",
        "security.W008: Your SECURE_SSL_REDIRECT",
        "security.W012: SESSION_COOKIE_SECURE",
        "security.W016:",
        "processus.W101: SECURE_PROXY_SSL_HEADER is not set",
        "processus.W104: login throttling is off",
        "security.W009: Your SECRET_KEY",
        "PROCESSUS_LOGIN_FAILURE_LIMIT",
    ):
        assert named in done.stderr, named
    assert "CSRF_COOKIE_SECURE" in done.stderr
    assert "Traceback" not in done.stderr
    assert "deployment: 7 warning(s)" in done.stdout


def test_check_deploy_is_clean_when_everything_is_set(tmp_path):
    done = check_deploy(tmp_path, **HTTPS_ENVIRONMENT)
    assert done.stderr == ""
    assert "deployment: ready" in done.stdout
    assert done.returncode == 0


def test_check_without_deploy_does_not_ask_for_https(tmp_path):
    done = subprocess.run(
        [sys.executable, "-m", "processus", "check"],
        env=_clean_environment(tmp_path / "var", {}),
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0
    assert "SECURE_" not in done.stderr
    assert "deployment:" not in done.stdout


# -- Content-Security-Policy ----------------------------------------------------------------


def _directives(header: str) -> dict[str, list[str]]:
    parts = [part.split() for part in header.split(";") if part.strip()]
    return {words[0]: words[1:] for words in parts}


@pytest.mark.django_db
@pytest.mark.parametrize("path", ["/", "/meetings/", "/search?q=x", "/admin/login/", "/nowhere/"])
def test_csp_allows_scripts_from_this_site_only(path):
    response = Client().get(path)
    directives = _directives(response["Content-Security-Policy"])
    assert directives["script-src"] == ["'self'"]
    assert directives["object-src"] == ["'none'"]
    assert not any("'unsafe-inline'" in sources for sources in directives.values())


# -- login throttling and the sign-in audit ---------------------------------------------------


def _sign_in(client: Client, username: str, password: str):
    return client.post(
        "/admin/login/?next=/admin/",
        {"username": username, "password": password},
        REMOTE_ADDR="203.0.113.9",
    )


@pytest.mark.django_db
def test_sign_ins_are_recorded_and_a_success_resets_the_count():
    get_user_model().objects.create_user("officer", password="right-pass-123", is_staff=True)
    assert _sign_in(Client(), "officer", "wrong").status_code == 200  # the form again
    assert AccessFailureLog.objects.filter(username="officer").count() == 1
    assert _sign_in(Client(), "officer", "right-pass-123").status_code == 302
    logged = AccessLog.objects.get(username="officer")
    assert logged.ip_address == "203.0.113.9"
    assert not AccessAttempt.objects.filter(username="officer").exists()


@pytest.mark.django_db
def test_five_failures_lock_the_account_out_even_with_the_right_password():
    get_user_model().objects.create_user("officer", password="right-pass-123", is_staff=True)
    get_user_model().objects.create_user("other", password="other-pass-123", is_staff=True)
    client = Client()
    for _ in range(4):
        assert _sign_in(client, "officer", "guess").status_code == 200
    locked = _sign_in(client, "officer", "guess")
    assert locked.status_code == 429
    assert "too many login attempts" in locked.content.decode()
    refused = _sign_in(Client(), "officer", "right-pass-123")
    assert refused.status_code == 429
    assert "_auth_user_id" not in refused.wsgi_request.session
    assert AccessFailureLog.objects.filter(username="officer").count() >= 5
    # Another account from the same address is not locked.
    assert _sign_in(Client(), "other", "other-pass-123").status_code == 302
