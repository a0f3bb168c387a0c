"""Storytelling journeys in a real browser: follow the links, filter, check accessibility."""

import pytest
from playwright.sync_api import expect

from tests.browser.conftest import axe_violations, containing


def test_from_home_to_challenge_project_testimonial_and_back(page, site_url):
    page.goto(f"{site_url}/fr/")
    page.locator("#challenges-heading + ul").get_by_role(
        "link", name="Mener vers la formation et l’emploi"
    ).click()
    expect(page).to_have_url(f"{site_url}/fr/defis/training-and-employment/")
    page.get_by_role("link", name="Passe décisive").first.click()
    expect(page).to_have_url(f"{site_url}/fr/projets/passe-decisive/")
    page.get_by_role("link", name="Yacine, 19 ans").click()
    expect(page).to_have_url(f"{site_url}/fr/temoignages/yacine/")
    page.get_by_role("link", name="Passe décisive").click()
    expect(page).to_have_url(f"{site_url}/fr/projets/passe-decisive/")
    page.go_back()
    page.go_back()
    expect(page).to_have_url(f"{site_url}/fr/projets/passe-decisive/")


def test_filter_projects_by_territory_without_javascript(browser, site_url):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(f"{site_url}/en/projects/")
    page.get_by_label("Territory").select_option("douaisis")
    page.get_by_role("button", name="Filter").click()
    expect(page).to_have_url(containing("territory=douaisis"))
    page.wait_for_load_state()  # the filtered list, not the one the form was on
    expect(page.get_by_label("Territory")).to_have_value("douaisis")
    titles = page.locator(".card-list .card__title a").all_inner_texts()
    assert titles and any("Douaisis" in title or "mobile" in title.lower() for title in titles)
    context.close()


@pytest.mark.parametrize(
    "path",
    [
        "/fr/",
        "/en/",
        "/fr/defis/",
        "/en/challenges/prevent-drop-out/",
        "/fr/projets/?territory=metropole-lilloise",
        "/en/projects/passe-decisive/",
        "/fr/projets/epiceries-solidaires-etudiantes/",
        "/en/testimonials/",
        "/fr/temoignages/yacine/",
    ],
)
def test_story_pages_have_no_axe_violation(page, site_url, path):
    page.goto(f"{site_url}{path}")
    assert axe_violations(page) == []
