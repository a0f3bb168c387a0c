"""Every public page type at 320, 390, 768 and 1,280 px: no horizontal scroll, no empty
track in a card row, an alt attribute on every image, a visible focus ring on every link
and button. One Chromium for the module, one tab reused: each page loads once and is
measured at the four widths."""

from pathlib import Path

import pytest
from playwright.sync_api import expect

WIDTHS = (320, 390, 768, 1280)
PAGES = {
    "home": "/fr/",
    "home (en)": "/en/",
    "challenge index": "/fr/defis/",
    "challenge": "/fr/defis/prevent-drop-out/",
    "project index": "/fr/projets/",
    "project": "/fr/projets/passe-decisive/",
    "testimonial index": "/fr/temoignages/",
    "testimonial": "/fr/temoignages/yacine/",
    "testimonial (en)": "/en/testimonials/celia/",
    "event index": "/fr/agenda/",
    "event": "/fr/agenda/soiree-de-levee-de-fonds/",
    "news index": "/fr/actualites/",
    "article": "/fr/actualites/bilan-de-la-premiere-annee-du-fijem/",
    "search results": "/fr/search/?q=jeunes",
    "contact": "/fr/contact/",
    "giving": "/fr/faire-un-don/",
    "partners": "/fr/partenaires/",
    "impact": "/fr/impact/",
    "territory index": "/fr/territoires/",
    "territory": "/fr/territoires/bassin-minier/",
    "programme index": "/fr/programmes/",
    "programme": "/fr/programmes/fijem/",
    "report": "/fr/programmes/fijem/bilan-annee-1/",
    "call": "/fr/programmes/call-and-care/appel-a-projets-prochaine-edition/",
}

# What a visitor would notice, measured in the page in one call per width.
MEASURE = (Path(__file__).parent / "layout_measure.js").read_text()


@pytest.fixture(scope="module")
def tab(browser):
    context = browser.new_context(locale="fr-FR", viewport={"width": 1280, "height": 900})
    page = context.new_page()
    page.set_default_timeout(15000)
    yield page
    context.close()


@pytest.mark.parametrize("path", PAGES.values(), ids=PAGES.keys())
def test_page_holds_at_every_width(tab, site_url, path):
    tab.set_viewport_size({"width": WIDTHS[-1], "height": 900})
    response = tab.goto(f"{site_url}{path}")
    assert response.status == 200
    problems = {}
    for width in WIDTHS:
        tab.set_viewport_size({"width": width, "height": 900})
        found = tab.evaluate(MEASURE)
        if found["overflow"] > 0:
            problems.setdefault(width, []).append(f"scrolls sideways by {found['overflow']} px")
        for kind in ("emptyTracks", "images", "noRing"):
            if found[kind]:
                problems.setdefault(width, []).append(f"{kind}: {found[kind][:5]}")
    assert problems == {}


def test_the_main_menu_folds_on_a_phone_and_opens_without_script(browser, site_url):
    context = browser.new_context(java_script_enabled=False, viewport={"width": 390, "height": 844})
    page = context.new_page()
    page.goto(f"{site_url}/fr/")
    menu = page.get_by_role("navigation", name="Menu principal")
    agenda = menu.get_by_role("link", name="Agenda")
    expect(agenda).to_be_hidden()
    menu.get_by_text("Menu", exact=True).click()
    expect(agenda).to_be_visible()
    page.set_viewport_size({"width": 1280, "height": 900})
    page.reload()
    expect(agenda).to_be_visible()
    expect(menu.get_by_text("Menu", exact=True)).to_be_hidden()
    context.close()
