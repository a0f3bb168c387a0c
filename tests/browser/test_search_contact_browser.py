"""The whole journey in a real browser: search without accents, open the project, "I can
help" on one of its needs, send the contact form. Accessibility of the search and contact
pages in both languages."""

import pytest
from playwright.sync_api import expect

from tests.browser.conftest import axe_violations, containing

PROJECT = "Tous unis pour la réussite de l’élève"


def test_search_open_project_and_offer_help(page, site_url):
    page.goto(f"{site_url}/fr/", timeout=90000)  # the first visit makes the image renditions
    page.get_by_role("searchbox").first.fill("mediateurs reussite")
    page.get_by_role("searchbox").first.press("Enter")
    expect(page).to_have_url(f"{site_url}/fr/search/?q=mediateurs+reussite")
    result = page.locator(".search-results .search-result", has_text=PROJECT)
    expect(result.locator(".tag")).to_contain_text("Projet")
    result.get_by_role("link", name=PROJECT).click()
    expect(page).to_have_url(containing(f"{site_url}/fr/projets/"))

    need = page.locator(".need").first
    need_kind = need.locator(".need__kind").inner_text()
    need.get_by_role("link", name="Je peux aider").click()
    expect(page).to_have_url(containing(f"{site_url}/fr/contact/?project="))
    help_box = page.locator(".contact-help")
    expect(help_box).to_contain_text(PROJECT)
    expect(help_box).to_contain_text(need_kind)
    expect(page.get_by_label("Sujet")).to_have_value("Je peux aider un projet")

    page.get_by_label("Nom").fill("Camille Martin")
    page.get_by_label("Adresse e-mail").fill("camille@example.org")
    page.get_by_label("Organisation").fill("Entreprise X")
    page.get_by_label("Message").fill("Nous pouvons accueillir deux stagiaires.")
    page.get_by_label("J’accepte la politique de confidentialité").check()
    page.wait_for_timeout(3200)  # people take more than the anti-robot minimum to fill it
    page.get_by_role("button", name="Envoyer").click()
    expect(page).to_have_url(f"{site_url}/fr/contact/?sent=1")
    expect(page.get_by_role("heading", level=1)).to_have_text("Merci, votre message est envoyé")


def test_contact_errors_keep_what_was_typed(page, site_url):
    page.goto(f"{site_url}/en/contact/")
    page.get_by_label("Name").fill("Sam")
    page.get_by_label("Email address").fill("not-an-email")
    page.get_by_label("Message").fill("Hello")
    page.wait_for_timeout(3200)
    page.get_by_role("button", name="Send").click()
    expect(page.get_by_role("alert")).to_be_visible()
    assert "Enter a valid email address." in page.content()
    assert page.get_by_label("Name").input_value() == "Sam"
    assert page.get_by_label("Message").input_value() == "Hello"


@pytest.mark.parametrize(
    "path",
    [
        "/fr/search/?q=decrochage",
        "/en/search/?q=young",
        "/fr/search/?q=qwxzpt",
        "/en/search/?q=qwxzpt",
        "/fr/search/",
        "/fr/contact/",
        "/en/contact/",
        "/fr/contact/?project=tous-unis-pour-la-reussite-de-l-eleve",
    ],
)
def test_search_and_contact_pages_have_no_axe_violation(page, site_url, path):
    page.goto(f"{site_url}{path}")
    assert axe_violations(page) == []
