"""Registering for the fundraising evening in a real browser, from the home page: two
clicks to the form, field errors that keep what was typed, the private page that
confirms the seats, cancelling. axe-core on every page of the journey, in both languages."""

import re
import sqlite3
from urllib.parse import urlsplit

import pytest
from playwright.sync_api import expect

from tests.browser.conftest import axe_violations, containing


def label(text):
    """A label that is exactly `text`, with Django's label suffix (":" or " :")."""
    return re.compile(rf"^{re.escape(text)}\s*:?$")


def private_path(site_database, address):
    """The private link in the registration email the server stored in its outbox."""
    with sqlite3.connect(site_database) as database:
        bodies = database.execute(
            'SELECT text_body FROM portal_outboundemail WHERE "to" = ? ORDER BY id', (address,)
        ).fetchall()
    return urlsplit(re.search(r"https?://\S+/registration/r/\S+/", bodies[0][0]).group(0)).path


EVENING = {"fr": "/fr/agenda/soiree-de-levee-de-fonds/", "en": "/en/events/fundraising-evening/"}


def open_form(page, site_url, language):
    page.goto(f"{site_url}/{language}/")
    page.locator(".fundraising-call a.button").click()
    expect(page).to_have_url(f"{site_url}{EVENING[language]}")
    page.locator(".registration-panel a.button").click()
    expect(page).to_have_url(containing("/registration/"))
    return page


def test_register_with_a_guest_then_cancel(page, site_url, site_database):
    open_form(page, site_url, "fr")
    assert axe_violations(page) == []
    page.get_by_label("Prénom").fill("Camille")
    page.get_by_label(label("Nom")).fill("Martin")
    page.get_by_label(label("E-mail")).fill("camille.browser@example.org")
    page.get_by_label("Nombre de places").select_option("2")
    page.get_by_label("Accompagnant 1 : nom complet").fill("Sam Martin")
    page.get_by_label(re.compile("J’ai lu la politique de confidentialité")).check()
    page.wait_for_timeout(3200)  # people take more than the anti-robot minimum to fill it
    page.get_by_role("button", name="S’inscrire").click()

    # The form answers alike for every address: the private link comes by email.
    expect(page).to_have_url(containing("/received/"))
    heading = page.get_by_role("heading", level=1)
    expect(heading).to_contain_text("Vérifiez votre boîte de réception")
    assert axe_violations(page) == []
    page.goto(site_url + private_path(site_database, "camille.browser@example.org"))

    expect(page).to_have_url(containing("/registration/r/"))
    status = page.get_by_role("status")
    expect(status).to_contain_text("Votre inscription est confirmée : 2 places.")
    assert "Sam Martin" in page.locator(".event__facts").inner_text()
    assert axe_violations(page) == []
    token = page.url.rstrip("/").rsplit("/", 1)[1]
    with sqlite3.connect(site_database) as database:
        saved = database.execute(
            "SELECT status, seats FROM events_registration WHERE token = ?", (token,)
        ).fetchall()
    assert saved == [("confirmed", 2)]

    page.get_by_role("button", name="Annuler mon inscription").click()
    expect(page.get_by_role("status")).to_contain_text("Cette inscription est annulée.")
    expect(page.get_by_role("button", name="Annuler mon inscription")).to_have_count(0)


def test_errors_are_shown_in_english_and_keep_what_was_typed(page, site_url):
    open_form(page, site_url, "en")
    assert axe_violations(page) == []
    page.get_by_label("First name").fill("Sam")
    page.get_by_label(label("Email")).fill("not-an-email")
    page.get_by_label("Number of seats").select_option("2")
    page.wait_for_timeout(3200)
    page.get_by_role("button", name="Register").click()

    expect(page.get_by_role("alert")).to_contain_text("Please correct the fields marked below.")
    assert "Enter a valid email address." in page.content()
    assert page.get_by_label("First name").input_value() == "Sam"
    assert page.get_by_label(label("Email")).input_value() == "not-an-email"
    assert page.get_by_label("Number of seats").input_value() == "2"
    assert axe_violations(page) == []


@pytest.mark.parametrize("language", ["fr", "en"])
def test_event_page_with_registration_has_no_axe_violation(page, site_url, language):
    page.goto(f"{site_url}{EVENING[language]}")
    expect(page.locator(".registration-panel")).to_be_visible()
    assert axe_violations(page) == []
