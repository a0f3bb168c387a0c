"""The evening at the door on a phone (issue 17, item 10), in Chromium at 390 px: search
a name, tap "check in", the counts change. And the public evening page and a recap, with
axe-core finding nothing, in French and English (issue 12)."""

import json
import os
import subprocess
import sys

import pytest
from playwright.sync_api import expect

from tests.browser.conftest import ROOT, axe_violations, containing

USERNAME = "accueil"
PASSWORD = "mot-de-passe-de-test"  # noqa: S105 - a throwaway account on a test database

EVENING = {"fr": "/fr/agenda/soiree-de-levee-de-fonds/", "en": "/en/events/fundraising-evening/"}
REVIEW = {"fr": "/fr/agenda/bilan-fijem-annee-1/", "en": "/en/events/fijem-year-1-review/"}

REGISTER = """
import json
from events.models import EventPage
from events.registration import services
evening = EventPage.objects.get(slug="soiree-de-levee-de-fonds", locale__language_code="fr")
for first, last, seats in (("Léa", "Porte", 2), ("Yanis", "Porte", 1), ("Célia", "Vasseur", 1)):
    email = f"{first}.{last}.door@example.org".lower()
    if not evening.registrations.filter(email=email).exists():
        services.register(evening, {"first_name": first, "last_name": last, "email": email,
                                    "seats": seats, "language": "fr"})
print(json.dumps({"event": evening.pk}))
"""


@pytest.fixture(scope="module")
def site_env(site_url, site_dir):
    return {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "portal.settings.dev",
        "DATABASE_URL": f"sqlite:///{site_dir / 'db.sqlite3'}",
        "MEDIA_ROOT": str(site_dir / "media"),
        "EMAIL_BACKEND": "django.core.mail.backends.locmem.EmailBackend",
    }


def manage(site_env, *args):
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env=site_env,
        check=True,
        capture_output=True,
        text=True,
    ).stdout


@pytest.fixture(scope="module")
def evening_id(site_env):
    manage(site_env, "ensure_admin", "--username", USERNAME, "--password", PASSWORD)
    output = manage(site_env, "shell", "--no-imports", "-c", REGISTER)
    return json.loads(output.strip().splitlines()[-1])["event"]


def counts(page):
    return {
        name: int(page.locator(f'[data-count="{name}"]').inner_text())
        for name in ("checked-in", "confirmed", "expected", "waiting")
    }


def test_the_door_on_a_phone_search_tap_and_the_counts_change(page, site_url, evening_id):
    assert page.viewport_size["width"] == 390
    page.goto(f"{site_url}/admin/login/")
    page.locator("input[name=username]").fill(USERNAME)
    page.locator("input[name=password]").fill(PASSWORD)
    page.locator("input[name=password]").press("Enter")
    page.wait_for_url(f"{site_url}/admin/")

    page.goto(f"{site_url}/admin/registration/door/{evening_id}/")
    before = counts(page)
    assert before["confirmed"] >= 4

    page.get_by_label("Chercher par nom").fill("porte")
    with page.expect_navigation():
        page.locator(".door__search button").click()
    rows = page.locator(".door__row")
    assert page.locator("#door-expected-heading + .door__list .door__name").all_inner_texts() == [
        "Porte Léa",
        "Porte Yanis",
    ]
    lea = rows.filter(has_text="Porte Léa")
    button = lea.get_by_role("button", name="Enregistrer l’arrivée")
    box = button.bounding_box()
    assert box["width"] >= 44 and box["height"] >= 44, "a tap target a thumb can hit"
    assert box["x"] + box["width"] <= 390, "the button is on the screen, not under the name"
    with page.expect_navigation():
        button.click()

    # Back on the same search, the row says so and the counts moved by Léa's two seats.
    expect(page).to_have_url(containing("q=porte"))
    expect(page.get_by_label("Chercher par nom")).to_have_value("porte")
    expect(rows.filter(has_text="Porte Léa")).to_contain_text("Arrivée à")
    after = counts(page)
    assert after["checked-in"] == before["checked-in"] + 2
    assert after["expected"] == before["expected"] - 2
    assert after["confirmed"] == before["confirmed"]
    message = page.locator(".messages").inner_text()
    assert "Arrivée de Léa Porte enregistrée (2 personnes)." in message

    printable = page.get_by_role("link", name="Liste à imprimer")
    with page.expect_navigation():
        printable.click()
    assert "Porte Léa" in page.locator("table").first.inner_text()


@pytest.mark.parametrize("language", ["fr", "en"])
def test_the_evening_page_and_a_recap_have_no_axe_violation(page, site_url, language):
    page.goto(f"{site_url}{EVENING[language]}")
    expect(page.locator(".timeline")).to_be_visible()
    expect(page.locator(".registration-panel")).to_be_visible()
    expect(page.locator(".giving-call a.button")).to_be_visible()
    assert axe_violations(page) == []
    page.goto(f"{site_url}{REVIEW[language]}")
    assert page.locator(".recap .card-list li").count() == 6
    assert axe_violations(page) == []
