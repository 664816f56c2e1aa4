"""An editor confirms a suggested link and rejects another in a real browser, and sees the
coverage figures change."""

from __future__ import annotations

import datetime as dt

import pytest

pytest.importorskip(
    "selenium", reason="Selenium is not installed (pip install 'selenium>=4.20,<5')"
)

from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import WebDriverWait

from processus.kb.models import MeetingLink
from processus.kb.operations import create_editor
from processus.plans.models import LinkSuggestion
from tests.plans.conftest import meeting, plan  # noqa: F401  (shared fixture)

pytestmark = [pytest.mark.slow, pytest.mark.django_db(transaction=True)]


def _suggest(plan, m, **target):  # noqa: F811
    MeetingLink.objects.create(meeting=m, **target)
    LinkSuggestion.objects.create(
        meeting=m, framework=plan.framework, score=3.0,
        reason={"terms": ["diaspora investment"], "fields": ["title"], "passage": m.title},
        **target,
    )  # fmt: skip


def headline(browser, live_server) -> str:
    browser.get(f"{live_server.url}/plans/test-plan/coverage/")
    WebDriverWait(browser, 20).until(
        lambda driver: driver.find_elements(By.ID, "coverage-headline"),
        message=f"no coverage headline at {browser.current_url}: {browser.title}",
    )
    return " ".join(browser.find_element(By.ID, "coverage-headline").text.split())


def test_editor_confirms_and_rejects_links_and_sees_coverage_change(
    browser,
    screenshot,
    live_server,
    plan,  # noqa: F811
) -> None:
    diaspora = meeting(plan, dt.date(2024, 3, 1), "Workshop on diaspora investment")
    asylum = meeting(plan, dt.date(2024, 9, 1), "Seminar on asylum systems")
    _suggest(plan, diaspora, action=plan.actions["1"])
    _suggest(plan, asylum, objective=plan.objectives["5a"])
    create_editor("amina", "amina@example.org", "amina-pass-123")
    browser.get(f"{live_server.url}/sign-in/?next=/plans/test-plan/links/")
    browser.find_element(By.ID, "id_username").send_keys("amina")
    browser.find_element(By.ID, "id_password").send_keys("amina-pass-123")
    browser.find_element(By.CSS_SELECTOR, ".sign-in-form button[type=submit]").click()
    # the links page fully drawn: a navigation started before would be cut short by it
    WebDriverWait(browser, 20).until(lambda d: d.find_elements(By.ID, "tick-all-links"))

    before = headline(browser, live_server)
    assert "2 of 2 objectives and 1 of 4 actions addressed" in before
    assert "of which 0 objectives and 0 actions confirmed" in before
    screenshot("20-coverage-before")

    browser.get(f"{live_server.url}/plans/test-plan/links/")
    # the page's script (a static file, allowed by the Content-Security-Policy) adds "tick all"
    assert browser.find_element(By.ID, "tick-all-links").get_attribute("type") == "checkbox"
    reasons = browser.find_element(By.CSS_SELECTOR, "table.link-review").text
    assert "diaspora investment" in reasons and "Workshop on diaspora investment" in reasons
    browser.find_element(By.ID, f"link-{diaspora.pk}action{plan.actions['1'].pk}").click()
    browser.find_element(By.ID, "confirm-links").click()
    WebDriverWait(browser, 20).until(lambda d: "1 link(s) confirmed." in d.page_source)
    screenshot("21-link-confirmed")

    after = headline(browser, live_server)
    assert "2 of 2 objectives and 1 of 4 actions addressed" in after
    assert "of which 1 objectives and 1 actions confirmed" in after

    browser.get(f"{live_server.url}/plans/test-plan/links/")
    browser.find_element(By.ID, f"link-{asylum.pk}objective{plan.objectives['5a'].pk}").click()
    browser.find_element(By.ID, "reject-links").click()
    WebDriverWait(browser, 20).until(lambda d: "1 link(s) rejected." in d.page_source)
    rejected = headline(browser, live_server)
    assert "1 of 2 objectives and 1 of 4 actions addressed" in rejected
    screenshot("22-link-rejected")
    assert LinkSuggestion.objects.get(meeting=asylum).status == "rejected"
    assert not MeetingLink.objects.filter(meeting=asylum).exists()
