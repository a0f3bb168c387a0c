"""Impact and territories in a real browser, on the demo: the impact page one click from the
home page, the Bassin Minier two clicks away (with its Douaisis project), the map's links
without JavaScript, and axe-core on the new pages, in French and English."""

import pytest
from playwright.sync_api import expect

from tests.browser.conftest import axe_violations, main_menu

JOURNEYS = {
    "fr": {
        "impact_link": "L’impact en détail : par territoire, par défi et par année",
        "impact_title": "Notre impact",
        "menu": ("Menu principal", "Les territoires"),
        "territory": "Bassin Minier",
        "project": "Équipe mobile du Douaisis",
    },
    "en": {
        "impact_link": "The impact in detail: by territory, challenge and year",
        "impact_title": "Our impact",
        "menu": ("Main menu", "The territories"),
        "territory": "Bassin Minier",
        "project": "Douaisis",
    },
}
NEW_PAGES = [
    "/fr/impact/",
    "/en/impact/",
    "/fr/territoires/",
    "/en/territories/",
    "/fr/territoires/bassin-minier/",
    "/en/territories/metropole-lilloise/",
    "/fr/territoires/metropole-lilloise/?page=2",
    "/en/territories/cambresis/",
]


@pytest.mark.parametrize("language", JOURNEYS)
def test_the_impact_page_is_one_click_from_home(page, site_url, language):
    journey = JOURNEYS[language]
    page.goto(f"{site_url}/{language}/")
    section = page.locator("section[aria-labelledby='impact-heading']")
    assert section.locator(".key-figure__number").first.inner_text().strip() != "0"
    section.get_by_role("link", name=journey["impact_link"]).click()
    expect(page.get_by_role("heading", level=1)).to_have_text(journey["impact_title"])
    expect(page.locator("svg[role='img']")).to_have_count(3)


@pytest.mark.parametrize("language", JOURNEYS)
def test_the_bassin_minier_is_two_clicks_from_home(page, site_url, language):
    journey = JOURNEYS[language]
    page.goto(f"{site_url}/{language}/")
    menu, label = journey["menu"]
    main_menu(page, menu).get_by_role("link", name=label).click()
    page.locator(".territory-map__list").get_by_role("link", name=journey["territory"]).click()
    expect(page.get_by_role("heading", level=1)).to_have_text(journey["territory"])
    projects = page.locator("#territory-projects ~ ul .card__title")
    expect(projects.filter(has_text=journey["project"]).first).to_be_visible()


def test_the_map_links_work_without_javascript(browser, site_url):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(f"{site_url}/en/territories/")
    page.locator("svg.territory-map__svg a[href='/en/territories/littoral/']").click()
    expect(page).to_have_url(f"{site_url}/en/territories/littoral/")
    current = page.locator("svg.territory-map__svg a[aria-current='page']")
    expect(current).to_have_attribute("href", "/en/territories/littoral/")
    context.close()


@pytest.mark.parametrize("path", NEW_PAGES)
def test_axe_finds_no_violation_on_the_impact_and_territory_pages(page, site_url, path):
    page.goto(f"{site_url}{path}")
    assert axe_violations(page) == []
