"""The site for everyone: a 360 px phone, a desktop, axe-core's WCAG checks, the keyboard, print.

One headless Chromium visits the main pages at phone (360x740) and desktop (1280x800)
sizes, saves a screenshot of each under the test's tmp dir and checks that nothing
makes the page scroll sideways. axe-core (the npm package that ``scripts/ensure_axe.sh``
installs into ``var/node/``; never served to visitors) is injected into each page and
must report no serious or critical violation. Failures are collected over all pages
so one run names every page that is wrong, not only the first.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

pytest.importorskip(
    "selenium", reason="Selenium is not installed (pip install 'selenium>=4.20,<5')"
)

from django.urls import reverse
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support.ui import WebDriverWait

from processus.kb.models import Outcome

from .conftest import unavailable

pytestmark = [pytest.mark.slow, pytest.mark.django_db(transaction=True)]

AXE = Path(__file__).resolve().parents[2] / "var" / "node" / "node_modules" / "axe-core"
PHONE = (360, 740)
DESKTOP = (1280, 800)

#: The main pages, by name: the path under the live server (``{...}`` from the world).
MAIN_PAGES = {
    "home": "/",
    "meetings": "/meetings/",
    "meeting": "/meetings/{som}/",
    "documents": "/documents/",
    "document": "/documents/{announcement}/",
    "actors": "/actors/",
    "actor": "/actors/ma/",
    "plans": "/plans/",
    "plan": "/plans/cadiz-action-plan/",
    "coverage": "/plans/cadiz-action-plan/coverage/",
    "outcomes": "/outcomes/",
    "search": "/search?q=Rabat",
    "sign-in": "/sign-in/",
    "reports": "/reports/",
    "report": "/reports/cadiz-action-plan/",
}
#: axe at desktop width too where the layout differs most (sidebars, charts, columns);
#: the rest are checked at phone width only, to keep the run short.
DESKTOP_AXE = ("home", "meetings", "meeting", "report")
#: French words are longer: the pages most likely to overflow, in French too.
FRENCH_PAGES = ("home", "meetings", "meeting", "coverage", "outcomes", "report")

#: The elements wider than the viewport, deepest first, as short CSS paths.
OVERFLOWING = """
const width = document.documentElement.clientWidth;
const name = (el) => el.tagName.toLowerCase() + (el.id ? '#' + el.id : '')
  + (el.classList.length ? '.' + [...el.classList].join('.') : '');
const out = [];
for (const el of document.querySelectorAll('body *')) {
  const box = el.getBoundingClientRect();
  if (box.right > width + 1 && !el.closest('.table-scroll, pre')) {
    if (![...el.children].some((c) => c.getBoundingClientRect().right > width + 1)) {
      out.push(name(el.parentElement) + ' > ' + name(el) + ' (' + Math.round(box.right) + 'px)');
    }
  }
}
return out.slice(0, 5);
"""

RUN_AXE = """
const done = arguments[arguments.length - 1];
axe.run(document, {resultTypes: ['violations']}).then(
  (result) => done(result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => ({id: v.id, impact: v.impact, help: v.help,
                  nodes: v.nodes.slice(0, 3).map((n) => n.target.join(' '))}))),
  (error) => done([{id: 'axe-error', impact: 'critical', help: String(error), nodes: []}]));
"""


@pytest.fixture
def axe_source() -> str:
    script = AXE / "axe.min.js"
    if not script.is_file():
        unavailable(f"axe-core is not installed in {AXE.parent}: run scripts/ensure_axe.sh")
    return script.read_text(encoding="utf-8")


@pytest.fixture
def shots(tmp_path) -> Path:
    """Screenshots go under the test's tmp dir (kept by pytest for the last runs)."""
    folder = tmp_path / "screenshots"
    folder.mkdir()
    return folder


@pytest.fixture
def pages(world) -> dict[str, str]:
    Outcome.objects.create(
        meeting=world.som,
        kind=Outcome.Kind.RECOMMENDATION,
        number=1,
        text="Strengthen cooperation on border management along the Atlantic route "
        "with a very long unbroken word Interinstitutionalisation-of-procedures.",
        follow_up_status=Outcome.FollowUp.IN_PROGRESS,
    )
    ids = {"som": world.som.pk, "announcement": world.announcement.pk}
    paths = {name: path.format(**ids) for name, path in MAIN_PAGES.items()}
    paths.update({f"fr-{name}": "/fr" + paths[name] for name in FRENCH_PAGES})
    return paths


def viewport(browser, size: tuple[int, int]) -> None:
    """The page's viewport itself at this size (not the window, whose chrome varies).

    Not Chromium's ``mobile`` mode: there a page that overflows is zoomed out to fit,
    ``innerWidth`` grows with it and ``scrollWidth <= innerWidth`` would hold anyway."""
    width, height = size
    browser.execute_cdp_cmd(
        "Emulation.setDeviceMetricsOverride",
        {"width": width, "height": height, "deviceScaleFactor": 1, "mobile": False},
    )


def sideways_overflow(browser) -> str | None:
    """None when the page fits its viewport's width, else what sticks out."""
    scroll, inner = browser.execute_script(
        "return [document.documentElement.scrollWidth, window.innerWidth];"
    )
    if scroll <= inner:
        return None
    return f"scrollWidth {scroll} > innerWidth {inner}: {browser.execute_script(OVERFLOWING)}"


def visit(browser, url: str) -> None:
    """Open the page with every ``<details>`` open: what a click reveals must fit and pass too."""
    browser.get(url)
    assert browser.find_elements(By.TAG_NAME, "main"), f"{url} has no <main>"
    browser.execute_script("document.querySelectorAll('details').forEach((d) => d.open = true);")


def axe_violations(browser, axe_source: str) -> list[dict[str, object]]:
    browser.execute_script(axe_source)
    return browser.execute_async_script(RUN_AXE)


def test_main_pages_fit_a_phone_and_a_desktop(module_browser, live_server, pages, shots) -> None:
    problems: dict[str, str] = {}
    for size in (PHONE, DESKTOP):
        viewport(module_browser, size)
        label = f"{size[0]}x{size[1]}"
        for name, path in pages.items():
            visit(module_browser, live_server.url + path)
            assert module_browser.execute_script("return window.innerWidth;") == size[0]
            module_browser.save_screenshot(str(shots / f"{name}-{label}.png"))
            overflow = sideways_overflow(module_browser)
            if overflow:
                problems[f"{name} at {label}"] = overflow
    assert len(list(shots.glob("*.png"))) == 2 * len(pages)
    assert problems == {}, "\n".join(f"{page}: {what}" for page, what in problems.items())


def test_a_wide_table_scrolls_in_its_own_labelled_box(module_browser, live_server, world) -> None:
    viewport(module_browser, PHONE)
    visit(module_browser, f"{live_server.url}/meetings/")
    boxes = module_browser.find_elements(By.CSS_SELECTOR, ".table-scroll")
    assert boxes, "the meeting list's table is in a .table-scroll box"
    box = boxes[0]
    assert box.get_attribute("tabindex") == "0"
    assert box.get_attribute("role") == "region"
    label = box.get_attribute("aria-labelledby")
    assert label
    assert module_browser.find_element(By.ID, label).text.strip()
    assert box.value_of_css_property("overflow-x") == "auto"
    assert sideways_overflow(module_browser) is None


def test_main_pages_have_no_serious_axe_violation(
    module_browser, live_server, pages, axe_source
) -> None:
    problems: dict[str, list[dict[str, object]]] = {}
    for size in (PHONE, DESKTOP):
        viewport(module_browser, size)
        for name, path in pages.items():
            if size == DESKTOP and name not in DESKTOP_AXE:
                continue
            visit(module_browser, live_server.url + path)
            violations = axe_violations(module_browser, axe_source)
            if violations:
                problems[f"{name} at {size[0]}px"] = violations
    assert problems == {}, json.dumps(problems, indent=1)


def test_axe_finds_a_violation_when_there_is_one(module_browser, live_server, world, axe_source):
    """The check above can fail: an image without a text alternative is reported."""
    viewport(module_browser, DESKTOP)
    visit(module_browser, f"{live_server.url}/")
    module_browser.execute_script(
        "const img = document.createElement('img'); img.src = 'data:,';"
        "document.querySelector('main').append(img);"
    )
    ids = [v["id"] for v in axe_violations(module_browser, axe_source)]
    assert ids == ["image-alt"]


def focus_ring(browser) -> str:
    return browser.execute_script(
        "const s = getComputedStyle(document.activeElement);"
        "return s.outlineStyle + ' ' + s.outlineWidth;"
    )


def test_keyboard_reaches_the_content_first_and_focus_is_visible(
    module_browser, live_server, world
) -> None:
    """Tab first reaches the skip link, shown on screen; every focused control has a ring."""
    viewport(module_browser, PHONE)
    visit(module_browser, f"{live_server.url}/meetings/")
    body = module_browser.find_element(By.TAG_NAME, "body")
    body.send_keys(Keys.TAB)
    skip = module_browser.switch_to.active_element
    assert skip.get_attribute("class") == "skip-link"
    assert skip.text == "Skip to main content"
    assert skip.rect["y"] >= 0, "the skip link shows on screen when focused"
    assert focus_ring(module_browser) != "none 0px"
    skip.send_keys(Keys.ENTER)
    assert module_browser.switch_to.active_element.get_attribute("id") == "main"

    rings = []
    for _ in range(6):
        module_browser.switch_to.active_element.send_keys(Keys.TAB)
        rings.append((module_browser.switch_to.active_element.tag_name, focus_ring(module_browser)))
    assert rings
    assert all(ring.startswith("solid 3px") for _, ring in rings), rings


def test_meeting_and_report_print_without_navigation(module_browser, live_server, world) -> None:
    viewport(module_browser, (640, 900))
    module_browser.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": "print"})
    try:
        for path in (f"/meetings/{world.som.pk}/", "/reports/cadiz-action-plan/"):
            visit(module_browser, live_server.url + path)
            hidden = module_browser.execute_script(
                "return ['.site-header', '.site-footer', '.skip-link', '.site-search']"
                ".map((s) => document.querySelector(s))"
                ".filter((el) => el && getComputedStyle(el).display !== 'none')"
                ".map((el) => el.className);"
            )
            assert hidden == [], f"{path} prints {hidden}"
            expanded = module_browser.execute_script(
                "const a = document.querySelector('main a[href^=\"/\"]');"
                "return getComputedStyle(a, '::after').content;"
            )
            assert "/" in expanded, f"{path}: a printed link shows its address ({expanded})"
            assert sideways_overflow(module_browser) is None, path
    finally:
        module_browser.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": ""})


def test_the_screen_does_not_print_link_addresses(module_browser, live_server, world) -> None:
    viewport(module_browser, DESKTOP)
    visit(module_browser, f"{live_server.url}/meetings/{world.som.pk}/")
    after = module_browser.execute_script(
        "return getComputedStyle(document.querySelector('main a[href^=\"/\"]'), '::after').content;"
    )
    assert after in ("none", "normal")


#: The pages an editor works in and the other apps' pages, by URL name and arguments.
EDITOR_PAGES = (
    ("web:meeting", "som"),
    ("plans:meeting-links", "som"),
    ("plans:links", "plan"),
    ("outcomes:tracker", None),
    ("web:meeting-correct", "som"),
    ("web:meeting-merge", "som"),
    ("web:meeting-split", "som"),
    ("web:meeting-outcome-add", "som"),
    ("roundtable:page", "som"),
    ("roundtable:positions", None),
    ("preparation:announce", None),
    ("preparation:agenda", "workshop"),
    ("preparation:registrations", "workshop"),
    ("subscriptions:mine", None),
    ("tasks:list", None),
    ("intake:upload", None),
    ("opendata:data", None),
)


def editor_pages(world) -> list[str]:
    arguments = {"som": [world.som.pk], "workshop": [world.workshop.pk], "plan": [world.plan.key]}
    return [reverse(name, args=arguments.get(arg or "", [])) for name, arg in EDITOR_PAGES]


def test_an_editor_signs_in_with_the_keyboard_and_the_editing_pages_pass_axe(
    module_browser, live_server, world, editor, axe_source
) -> None:
    """Forms are where labels go missing: the pages an editor sees, signed in by keyboard,
    and the other apps' pages, at phone width."""
    viewport(module_browser, PHONE)
    visit(module_browser, f"{live_server.url}/sign-in/")
    module_browser.find_element(By.ID, "id_username").send_keys("editor", Keys.TAB)
    module_browser.switch_to.active_element.send_keys("editor-pass-123", Keys.ENTER)
    try:
        WebDriverWait(module_browser, 20).until(
            lambda driver: "/sign-in/" not in driver.current_url
        )
        assert "Signed in as editor." in module_browser.find_element(By.TAG_NAME, "footer").text
        problems = {}
        for path in editor_pages(world):
            visit(module_browser, live_server.url + path)
            overflow = sideways_overflow(module_browser)
            violations = axe_violations(module_browser, axe_source)
            if overflow or violations:
                problems[path] = {"overflow": overflow, "axe": violations}
        assert problems == {}, json.dumps(problems, indent=1)
    finally:
        module_browser.delete_all_cookies()
