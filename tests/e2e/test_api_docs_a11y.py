"""The API documentation page (``/api/v1/docs/``, Swagger UI) under axe-core, as the site's pages.

Swagger UI builds the page in the browser, so each check waits for the operations to
appear. What a visitor reveals is checked too: an operation opened, "Try it out", a
request executed against the live server, the schemas opened and the authorisation
dialog. Our repairs
to Swagger UI's markup (``api/docs.css``, ``api/docs-a11y.js``) are checked by what
they change, and deep linking must survive them.
"""

from __future__ import annotations

import json

import pytest

pytest.importorskip(
    "selenium", reason="Selenium is not installed (pip install 'selenium>=4.20,<5')"
)

from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import WebDriverWait

from . import test_responsive
from .test_responsive import DESKTOP, PHONE, axe_violations, viewport

#: The same axe-core fixture as the site's pages (skips, or fails under CI, without it).
axe_source = test_responsive.axe_source

pytestmark = [pytest.mark.slow, pytest.mark.django_db(transaction=True)]

DOCS = "/api/v1/docs/"
#: A public read with an enumerated parameter (``kind``): its form has a <select>.
OPERATION = "#operations-actors-actors_list"
#: Every schema of the "Schemas" section opened (what a visitor reveals one by one).
OPEN_SCHEMAS = "document.querySelectorAll('.models .model-box-control').forEach((b) => b.click());"


def wait_for(browser, selector: str) -> None:
    WebDriverWait(browser, 20).until(lambda driver: driver.find_elements(By.CSS_SELECTOR, selector))


def click(browser, selector: str) -> None:
    """Click as a visitor would, the element first scrolled into the viewport."""
    element = browser.find_element(By.CSS_SELECTOR, selector)
    browser.execute_script("arguments[0].scrollIntoView({block: 'center'});", element)
    element.click()


def open_docs(browser, url: str) -> None:
    browser.get(url)
    wait_for(browser, ".opblock")
    assert browser.find_elements(By.CSS_SELECTOR, "main#swagger-ui"), "the docs are the <main>"


def try_the_operation(browser) -> None:
    """Open the operation, fill its form ("Try it out"), run it and wait for the answer."""
    click(browser, f"{OPERATION} .opblock-summary-control")
    wait_for(browser, f"{OPERATION} .try-out__btn")
    click(browser, f"{OPERATION} .try-out__btn")
    wait_for(browser, f"{OPERATION} .btn.execute")
    click(browser, f"{OPERATION} .btn.execute")
    wait_for(browser, f"{OPERATION} .live-responses-table")


def test_the_api_docs_have_no_serious_axe_violation(
    module_browser, live_server, axe_source
) -> None:
    problems: dict[str, list[dict[str, object]]] = {}
    for size in (PHONE, DESKTOP):
        viewport(module_browser, size)
        label = f"{size[0]}px"
        open_docs(module_browser, live_server.url + DOCS)
        problems[f"docs at {label}"] = axe_violations(module_browser, axe_source)
        try_the_operation(module_browser)
        problems[f"docs, request tried, at {label}"] = axe_violations(module_browser, axe_source)
        module_browser.execute_script(OPEN_SCHEMAS)
        wait_for(module_browser, ".models .model-box .model")
        problems[f"docs, schemas open, at {label}"] = axe_violations(module_browser, axe_source)
        click(module_browser, ".btn.authorize")
        wait_for(module_browser, ".modal-ux")
        problems[f"docs, authorisation dialog, at {label}"] = axe_violations(
            module_browser, axe_source
        )
    problems = {state: found for state, found in problems.items() if found}
    assert problems == {}, json.dumps(problems, indent=1)


def test_the_repairs_label_the_form_and_keep_deep_links(module_browser, live_server) -> None:
    viewport(module_browser, DESKTOP)
    open_docs(module_browser, live_server.url + DOCS)
    summary_links = f"{OPERATION} .opblock-summary-control a"
    assert module_browser.find_elements(By.CSS_SELECTOR, summary_links)
    assert module_browser.find_elements(By.CSS_SELECTOR, f"{summary_links}[href]") == []
    try_the_operation(module_browser)
    assert module_browser.current_url.endswith("#/actors/actors_list"), "deep linking works"
    select = module_browser.find_element(By.CSS_SELECTOR, f"{OPERATION} tr[data-param-name] select")
    assert select.get_attribute("aria-label") == "kind"
    # Opened from its address, the operation is shown open.
    open_docs(module_browser, live_server.url + DOCS + "#/actors/actors_list")
    wait_for(module_browser, f"{OPERATION}.is-open")


def test_axe_reports_a_link_put_back_in_an_operation_header(
    module_browser, live_server, axe_source
) -> None:
    """The check above can fail on this page: Swagger UI's own nested link is reported."""
    viewport(module_browser, DESKTOP)
    open_docs(module_browser, live_server.url + DOCS)
    module_browser.execute_script(
        "document.querySelector(arguments[0]).setAttribute('href', '#/actors/actors_list');",
        f"{OPERATION} .opblock-summary-control a",
    )
    ids = [v["id"] for v in axe_violations(module_browser, axe_source)]
    assert ids == ["nested-interactive"]
