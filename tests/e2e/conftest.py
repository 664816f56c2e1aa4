"""A real headless Chromium (Debian's ``chromium`` and ``chromium-driver``) driven by Selenium.

Locally the tests skip, saying why, when Selenium, the browser or its driver is
missing. Under CI (the ``CI`` variable set, as ``.ci/run`` does) they fail instead:
a CI run that skipped the browser would claim what it never checked.
"""

from __future__ import annotations

import importlib
import os
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import NoReturn

import pytest

from tests.web.conftest import _empty_cache, editor, world  # noqa: F401  (shared fixtures)

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
CHROMEDRIVER = shutil.which("chromedriver") or (
    "/usr/bin/chromedriver" if Path("/usr/bin/chromedriver").exists() else None
)
ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts"


def under_ci(environ: dict[str, str] | None = None) -> bool:
    value = (os.environ if environ is None else environ).get("CI", "").strip().lower()
    return value not in ("", "0", "false", "no")


def unavailable(reason: str) -> NoReturn:
    """Skip locally; fail under CI, where the end-to-end tests must run."""
    if under_ci():
        pytest.fail(f"{reason} (CI needs the end-to-end tests: see scripts/ensure_chromium.sh)")
    pytest.skip(reason)


@pytest.fixture
def browser() -> Iterator[object]:
    yield from _chromium()


@pytest.fixture(scope="module")
def module_browser() -> Iterator[object]:
    """One browser for a whole module, for tests that visit many pages (start-up is slow)."""
    yield from _chromium()


def _chromium() -> Iterator[object]:
    try:
        webdriver = importlib.import_module("selenium.webdriver")
    except ImportError:
        unavailable("Selenium is not installed (pip install 'selenium>=4.20,<5')")
    if CHROMIUM is None or CHROMEDRIVER is None:
        unavailable(
            "headless Chromium is not available: install the Debian packages "
            "`chromium` and `chromium-driver`"
        )
    from selenium.webdriver.chrome.service import Service

    profile = tempfile.mkdtemp(prefix="processus-chromium-")
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for flag in (
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-dev-shm-usage",
        "--window-size=1280,1000",
        f"--user-data-dir={profile}",
    ):
        options.add_argument(flag)
    driver = webdriver.Chrome(service=Service(CHROMEDRIVER), options=options)
    driver.implicitly_wait(5)
    try:
        yield driver
    finally:
        driver.quit()
        shutil.rmtree(profile, ignore_errors=True)


@pytest.fixture
def screenshot(browser):
    ARTIFACTS.mkdir(exist_ok=True)

    def take(name: str) -> None:
        browser.save_screenshot(str(ARTIFACTS / f"{name}.png"))

    return take
