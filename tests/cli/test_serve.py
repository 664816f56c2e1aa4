"""`processus serve` really serves pages and static files from a fresh data directory."""

import socket
import time
import urllib.request

import pytest

from tests.cli.subprocess_env import subprocess_env
from tests.cli.test_cli import run_cli


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _get(url: str) -> tuple[int, str, dict]:
    with urllib.request.urlopen(url, timeout=5) as response:
        return response.status, response.read().decode(), dict(response.headers)


@pytest.fixture
def server(tmp_path):
    import subprocess
    import sys

    data_dir = tmp_path / "var"
    assert run_cli("migrate", "--quiet", data_dir=data_dir).returncode == 0
    assert run_cli("load-reference", "--quiet", data_dir=data_dir).returncode == 0
    port = _free_port()
    env = subprocess_env(data_dir)  # the database run_cli migrated, on either pass
    env.pop("SECRET_KEY")
    process = subprocess.Popen(
        [sys.executable, "-m", "processus", "serve", "--port", str(port), "--workers", "1"],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        try:
            _get(base + "/")
            break
        except OSError:
            if process.poll() is not None:
                pytest.fail(f"server exited: {process.stdout.read()}")
            time.sleep(0.2)
    else:
        process.kill()
        pytest.fail("server did not answer within 30 s")
    yield base
    process.terminate()
    try:
        process.wait(timeout=10)
    except subprocess.TimeoutExpired:
        process.kill()
    process.stdout.close()


def test_serve_answers_with_the_home_page_in_both_languages(server):
    status, body, headers = _get(server + "/")
    assert status == 200
    assert "Processus" in body
    assert "Rabat Process" in body
    assert headers["X-Frame-Options"] == "DENY"
    status, body, _ = _get(server + "/fr/")
    assert status == 200
    assert "Processus de Rabat" in body


def test_serve_serves_static_files_itself(server):
    status, body, headers = _get(server + "/static/admin/css/base.css")
    assert status == 200
    assert "text/css" in headers["Content-Type"]
    assert "body" in body
