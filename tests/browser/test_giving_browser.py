"""Giving in a real browser, on the demo: the donate call seen without scrolling on a phone
and a desktop in both languages, the giving page one click away, a company's pledge saved
with both its emails queued, the newsletter's sign-up, confirmation and unsubscribe links,
and axe-core on every new page, FR and EN."""

import re
import sqlite3
from urllib.parse import urlsplit

import pytest
from playwright.sync_api import expect

from tests.browser.conftest import axe_violations, containing

SIZES = {"phone": {"width": 390, "height": 844}, "desktop": {"width": 1366, "height": 768}}
GIVING = {"fr": ("/fr/faire-un-don/", "Faire un don"), "en": ("/en/donate/", "Donate")}
NEW_PAGES = [
    "/fr/faire-un-don/",
    "/en/donate/",
    "/fr/faire-un-don/pledge/",
    "/en/donate/pledge/",
    "/fr/partenaires/",
    "/en/partners/",
    "/fr/comment-aider/",
    "/en/how-you-can-help/",
    "/fr/comment-aider/?kind=company-visits&territory=metropole-lilloise",
    "/fr/projets/dotation-action-territoriale-cambresis/",
    "/fr/newsletter/",
    "/en/newsletter/",
]


def label(text):
    """A label that is exactly `text`, with Django's label suffix (":" or " :")."""
    return re.compile(rf"^{re.escape(text)}\s*:?$")


@pytest.mark.parametrize("size", SIZES)
@pytest.mark.parametrize("language", GIVING)
def test_donate_call_is_visible_without_scrolling_and_leads_to_giving(
    browser, site_url, language, size
):
    context = browser.new_context(viewport=SIZES[size], locale=f"{language}-FR")
    page = context.new_page()
    page.goto(f"{site_url}/{language}/")
    path, name = GIVING[language]
    # The header's call, not the menu's link to the same page.
    call = page.locator("header .button--donate")
    expect(call).to_have_text(name)
    expect(call).to_be_visible()
    box = call.bounding_box()
    assert box["y"] >= 0 and box["y"] + box["height"] <= SIZES[size]["height"]
    assert page.evaluate("window.scrollY") == 0
    call.click()
    expect(page).to_have_url(f"{site_url}{path}")
    context.close()


def test_a_company_pledges_and_both_emails_are_queued(page, site_url, site_database):
    page.goto(f"{site_url}/fr/faire-un-don/")
    page.get_by_role("link", name="Entreprises et fondations : engagez-vous").click()
    expect(page).to_have_url(f"{site_url}/fr/faire-un-don/pledge/")
    page.get_by_role("radio", name="Une entreprise").check()
    page.get_by_label(label("Nom de l’organisation")).fill("Entreprise du navigateur")
    page.get_by_role("radio", name="Un don financier").check()
    page.get_by_label(label("Dites-nous en plus")).fill("Un don pour la rentrée.")
    page.get_by_label(label("Prénom")).fill("Alex")
    page.get_by_label(label("Nom")).fill("Durand")
    page.get_by_label(label("E-mail")).fill("alex.browser@example.org")
    page.get_by_label(re.compile("^J’accepte que Hauts les jeunes")).check()
    page.wait_for_timeout(3200)  # people take more than the anti-robot minimum to fill it
    page.get_by_role("button", name="Envoyer mon engagement").click()
    # No amount for a gift of money: a clear message, and what was typed is still there.
    expect(page.get_by_text("Indiquez le montant envisagé, même approximatif.")).to_be_visible()
    assert page.get_by_label(label("Prénom")).input_value() == "Alex"
    assert axe_violations(page) == []
    page.get_by_label(label("Montant en euros (pour un don financier)")).fill("2000")
    page.get_by_role("button", name="Envoyer mon engagement").click()
    expect(page).to_have_url(f"{site_url}/fr/faire-un-don/pledge/?sent=1")
    expect(page.get_by_role("status")).to_be_visible()
    with sqlite3.connect(site_database) as database:
        pledge = database.execute(
            "SELECT organisation, amount, status FROM giving_pledge WHERE email = ?",
            ("alex.browser@example.org",),
        ).fetchone()
        recipients = {
            row[0]
            for row in database.execute(
                'SELECT "to" FROM portal_outboundemail WHERE related_label LIKE ?',
                ("Entreprise du navigateur%",),
            )
        }
    assert pledge == ("Entreprise du navigateur", 2000, "new")
    assert recipients == {"alex.browser@example.org", "contact@hautslesjeunes.org"}


@pytest.mark.parametrize("path", NEW_PAGES)
def test_axe_finds_no_violation_on_the_new_pages(page, site_url, path):
    page.goto(f"{site_url}{path}")
    assert axe_violations(page) == []


def newsletter_links(site_database, address):
    with sqlite3.connect(site_database) as database:
        (body,) = database.execute(
            'SELECT text_body FROM portal_outboundemail WHERE "to" = ?', (address,)
        ).fetchone()
    return [urlsplit(url).path for url in re.findall(r"https?://\S+/newsletter/\S+/", body)]


def test_newsletter_sign_up_confirm_and_unsubscribe(page, site_url, site_database):
    page.goto(f"{site_url}/en/about/")
    footer = page.locator("footer")
    footer.get_by_label("Your email").fill("sam.browser@example.org")
    footer.get_by_role("button", name="Subscribe").click()
    expect(page).to_have_url(containing(f"{site_url}/en/newsletter/"))
    expect(page.get_by_label(label("Email"))).to_have_value("sam.browser@example.org")
    page.get_by_label(re.compile("^I agree to receive")).check()
    page.wait_for_timeout(3200)  # people take more than the anti-robot minimum to fill it
    page.locator("main").get_by_role("button", name="Subscribe").click()
    expect(page.get_by_role("status")).to_be_visible()
    confirm, unsubscribe = newsletter_links(site_database, "sam.browser@example.org")
    page.goto(site_url + confirm)
    expect(page.get_by_text("your subscription is confirmed")).to_be_visible()
    page.goto(site_url + unsubscribe)
    expect(page.get_by_text("You are unsubscribed")).to_be_visible()
    with sqlite3.connect(site_database) as database:
        (status,) = database.execute(
            "SELECT status FROM giving_subscription WHERE email = ?", ("sam.browser@example.org",)
        ).fetchone()
    assert status == "unsubscribed"
