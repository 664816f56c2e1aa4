"""A visitor and an editor use the site in a real browser against a live server."""

from __future__ import annotations

import pytest

pytest.importorskip(
    "selenium", reason="Selenium is not installed (pip install 'selenium>=4.20,<5')"
)

from selenium.webdriver.common.by import By
from selenium.webdriver.support import expected_conditions as until
from selenium.webdriver.support.ui import Select, WebDriverWait


def wait_for_url(browser, part: str) -> None:
    """Wait for the navigation a click started (the machine may be busy)."""
    WebDriverWait(browser, 20).until(until.url_contains(part))


pytestmark = [pytest.mark.slow, pytest.mark.django_db(transaction=True)]


def test_visitor_browses_filters_follows_evidence_and_switches_to_french(
    browser, screenshot, live_server, world
) -> None:
    browser.get(live_server.url + "/")
    assert "Migration dialogues" in browser.find_element(By.TAG_NAME, "h1").text
    screenshot("01-home")

    browser.find_element(By.LINK_TEXT, "Meetings").click()
    Select(browser.find_element(By.ID, "filter-kind")).select_by_value("senior_officials_meeting")
    browser.find_element(By.CSS_SELECTOR, ".filters button[type=submit]").click()
    wait_for_url(browser, "kind=senior_officials_meeting")
    assert "1 meeting matches." in browser.find_element(By.CLASS_NAME, "lead").text
    screenshot("02-meetings-filtered")

    browser.find_element(By.LINK_TEXT, "Senior Officials' Meeting").click()
    wait_for_url(browser, f"/meetings/{world.som.pk}/")
    assert browser.find_element(By.TAG_NAME, "h1").text == "Senior Officials' Meeting"
    screenshot("03-meeting")

    evidence = browser.find_element(By.CSS_SELECTOR, "#field-start .source-ref a")
    anchor = evidence.get_attribute("href").split("#", 1)[1]
    evidence.click()
    wait_for_url(browser, f"/documents/{world.announcement.pk}/#{anchor}")
    marked = browser.find_element(By.CSS_SELECTOR, f"#{anchor} + mark")
    assert marked.text == "12 June 2024"
    screenshot("04-document-evidence")

    browser.find_element(By.CSS_SELECTOR, '.language-switch a[hreflang="fr"]').click()
    wait_for_url(browser, "/fr/")
    assert browser.find_element(By.TAG_NAME, "html").get_attribute("lang") == "fr"
    assert f"/fr/documents/{world.announcement.pk}/" in browser.current_url
    assert "Réunions trouvées dans ce document" in browser.page_source
    screenshot("05-french")


def test_editor_signs_in_and_corrects_a_field(
    browser, screenshot, live_server, world, editor
) -> None:
    meeting_url = f"/meetings/{world.som.pk}/"
    browser.get(f"{live_server.url}/admin/login/?next={meeting_url}")
    browser.find_element(By.ID, "id_username").send_keys("editor")
    browser.find_element(By.ID, "id_password").send_keys("editor-pass-123")
    browser.find_element(By.CSS_SELECTOR, "input[type=submit]").click()
    WebDriverWait(browser, 20).until(lambda driver: driver.current_url.endswith(meeting_url))

    browser.find_element(By.CSS_SELECTOR, ".correction summary").click()
    city = browser.find_element(By.ID, "id_city")
    city.clear()
    city.send_keys("Tangier")
    browser.find_element(By.ID, "id_note").send_keys("Confirmed by the host")
    screenshot("06-correction-form")
    browser.find_element(By.CSS_SELECTOR, ".correction-form button[type=submit]").click()
    wait_for_url(browser, "#history")

    assert "Correction saved: city." in browser.find_element(By.CLASS_NAME, "messages").text
    assert "Tangier" in browser.find_element(By.ID, "field-city").text
    history = browser.find_element(By.ID, "history").text
    assert "editor" in history and "Tangier" in history and "Confirmed by the host" in history
    screenshot("07-corrected")
