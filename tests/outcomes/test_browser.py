"""An editor follows an outcome up from the tracker in a real browser (headless Chromium)."""

from __future__ import annotations

import pytest

pytest.importorskip(
    "selenium", reason="Selenium is not installed (pip install 'selenium>=4.20,<5')"
)

from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import Select, WebDriverWait

from processus.kb.models import Outcome
from processus.outcomes.models import FollowUpChange
from tests.e2e.conftest import browser, screenshot  # noqa: F401  (shared fixtures)

pytestmark = [pytest.mark.slow, pytest.mark.django_db(transaction=True)]


def test_editor_sets_status_and_owner_on_the_tracker(
    browser,  # noqa: F811
    screenshot,  # noqa: F811
    live_server,
    ingested,
    editor,
) -> None:
    outcome = Outcome.objects.get(text__startswith="Simplify visa")
    browser.get(f"{live_server.url}/sign-in/?next=/outcomes/")
    browser.find_element(By.ID, "id_username").send_keys("amina")
    browser.find_element(By.ID, "id_password").send_keys("a-long-pass-123")
    browser.find_element(By.CSS_SELECTOR, ".sign-in-form button[type=submit]").click()
    WebDriverWait(browser, 20).until(lambda driver: driver.current_url.endswith("/outcomes/"))

    row = browser.find_element(By.ID, f"outcome-{outcome.pk}")
    row.find_element(By.XPATH, ".//summary[contains(., 'Change follow-up')]").click()
    Select(row.find_element(By.TAG_NAME, "select")).select_by_value("in_progress")
    row.find_element(By.CSS_SELECTOR, "input[name$=owner]").send_keys("Senegal")
    row.find_element(By.CSS_SELECTOR, "form button[type=submit]").click()
    WebDriverWait(browser, 20).until(lambda driver: "Follow-up saved." in driver.page_source)

    row = browser.find_element(By.ID, f"outcome-{outcome.pk}")
    assert "in progress" in row.text
    assert "Owner: Senegal" in row.text
    row.find_element(By.XPATH, ".//summary[contains(., 'History')]").click()
    assert "amina" in row.text and "“open” → “in progress”" in row.text
    screenshot("outcomes-tracker-follow-up")
    assert Outcome.objects.get(pk=outcome.pk).follow_up_status == "in_progress"
    assert FollowUpChange.objects.filter(outcome=outcome, editor=editor).count() == 2
