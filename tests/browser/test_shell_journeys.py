"""First journeys in a real browser: languages, keyboard, accessibility."""

import pytest
from playwright.sync_api import expect

from tests.browser.conftest import axe_violations, ending, main_menu


def test_root_lands_on_french_then_switches_language_on_the_same_page(page, site_url):
    page.goto(f"{site_url}/")
    assert page.url == f"{site_url}/fr/"
    main_menu(page, "Menu principal").get_by_role("link", name="À propos").click()
    expect(page).to_have_url(f"{site_url}/fr/a-propos/")
    page.get_by_role("navigation", name="Langue").get_by_role("link", name="English").click()
    expect(page).to_have_url(f"{site_url}/en/about/")
    expect(page.locator("html")).to_have_attribute("lang", "en")
    page.get_by_role("navigation", name="Language").get_by_role("link", name="Français").click()
    expect(page).to_have_url(f"{site_url}/fr/a-propos/")


def test_skip_link_reaches_main_content_by_keyboard(page, site_url):
    page.goto(f"{site_url}/fr/a-propos/")
    page.keyboard.press("Tab")
    skip = page.locator(".skip-link")
    assert skip.evaluate("element => element === document.activeElement")
    expect(skip).to_be_visible()
    page.keyboard.press("Enter")
    expect(page).to_have_url(ending("#main"))
    assert page.evaluate("document.activeElement.id") == "main"
    # The next Tab goes on from the main content, past the header's links.
    page.keyboard.press("Tab")
    in_header = page.evaluate("document.querySelector('header').contains(document.activeElement)")
    assert not in_header


def test_layout_fits_a_320px_screen(browser, site_url):
    context = browser.new_context(viewport={"width": 320, "height": 640})
    page = context.new_page()
    for path in ("/fr/", "/en/about/"):
        page.goto(f"{site_url}{path}")
        overflow = page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
        assert overflow <= 0, f"{path} scrolls sideways by {overflow}px at 320px"
    context.close()


def test_no_request_leaves_the_site(page, site_url):
    outside = []
    page.on(
        "request",
        lambda request: (
            None if request.url.startswith((site_url, "data:")) else outside.append(request.url)
        ),
    )
    for path in ("/fr/", "/en/about/"):
        page.goto(f"{site_url}{path}", wait_until="networkidle")
    assert outside == []


@pytest.mark.parametrize(
    "path", ["/fr/", "/en/", "/fr/a-propos/", "/en/about/", "/fr/accessibilite/", "/en/privacy/"]
)
def test_axe_finds_no_violation(page, site_url, path):
    page.goto(f"{site_url}{path}")
    assert axe_violations(page) == []
