"""Reports and calls for projects in a real browser, on the demo: the next call two clicks
from the home page, an association applies in French (a program renamed .pdf is refused
with a clear message and what was typed is kept, then a real PDF goes through, the
application is stored and both emails are queued), and axe-core on the report and call
pages, FR and EN."""

import re
import sqlite3

import pytest
from playwright.sync_api import expect

from tests.browser.conftest import axe_violations

CALL = {
    "fr": "/fr/programmes/call-and-care/appel-a-projets-prochaine-edition/",
    "en": "/en/programmes/call-and-care/call-for-projects-next-edition/",
}
REPORT = {"fr": "/fr/programmes/fijem/bilan-annee-1/", "en": "/en/programmes/fijem/year-1-review/"}
NEW_PAGES = [
    *CALL.values(),
    *REPORT.values(),
    CALL["fr"] + "apply/",
    CALL["en"] + "apply/",
    "/fr/programmes/fijem/",
    "/en/events/fijem-year-1-review/",
    "/fr/projets/?programme=fijem",
]
PDF = b"%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n"


def label(text):
    """A label that is exactly `text`, with Django's label suffix (":" or " :")."""
    return re.compile(rf"^{re.escape(text)}\s*:?$")


@pytest.mark.parametrize("language", CALL)
def test_the_next_call_and_the_report_are_one_click_from_home(page, site_url, language):
    for path in (CALL[language], REPORT[language]):
        page.goto(f"{site_url}/{language}/")
        page.locator(f'section.calls-reports a[href="{path}"]').click()
        expect(page).to_have_url(f"{site_url}{path}")


def test_an_association_applies_to_the_call_in_french(page, site_url, site_database, tmp_path):
    page.goto(f"{site_url}/fr/")
    page.locator(f'section.calls-reports a[href="{CALL["fr"]}"]').click()
    expect(page).to_have_url(f"{site_url}{CALL['fr']}")
    page.locator("header").get_by_role("link", name="Candidater").click()  # the second click
    expect(page).to_have_url(f"{site_url}{CALL['fr']}apply/")
    page.get_by_role("radio", name="Une association").check()
    page.get_by_label(label("Nom de l’organisation")).fill("Association du navigateur")
    page.get_by_label(label("Titre du projet")).fill("Ateliers du navigateur")
    page.get_by_label(label("Votre projet en quelques lignes")).fill("Des ateliers du mercredi.")
    page.get_by_label(label("Où il se déroule (villes, quartiers)")).fill("Roubaix")
    page.get_by_label(label("Prénom")).fill("Alex")
    page.get_by_label(label("Nom")).fill("Durand")
    page.get_by_label(label("E-mail")).fill("alex.call@example.org")
    page.get_by_label(re.compile("^J’accepte que Hauts les jeunes")).check()
    program = tmp_path / "dossier.pdf"
    program.write_bytes(b"MZ\x90\x00" + b"\x00" * 400)  # a Windows program, renamed
    page.get_by_label(label("Votre dossier de candidature (facultatif)")).set_input_files(program)
    page.wait_for_timeout(3200)  # people take more than the anti-robot minimum to fill it
    page.get_by_role("button", name="Envoyer ma candidature").click()
    expect(page.get_by_text("Ce fichier n’est pas un document PDF, ODT ou DOCX")).to_be_visible()
    assert page.get_by_label(label("Titre du projet")).input_value() == "Ateliers du navigateur"
    assert page.get_by_label(label("Prénom")).input_value() == "Alex"
    assert axe_violations(page) == []
    document = tmp_path / "dossier-de-candidature.pdf"
    document.write_bytes(PDF)
    page.get_by_label(label("Votre dossier de candidature (facultatif)")).set_input_files(document)
    page.get_by_role("button", name="Envoyer ma candidature").click()
    expect(page).to_have_url(f"{site_url}{CALL['fr']}apply/?sent=1")
    expect(page.get_by_role("status")).to_be_visible()
    with sqlite3.connect(site_database) as database:
        application = database.execute(
            "SELECT project_title, status, document_id IS NOT NULL FROM community_application "
            "WHERE email = ?",
            ("alex.call@example.org",),
        ).fetchone()
        recipients = {
            row[0]
            for row in database.execute(
                'SELECT "to" FROM portal_outboundemail WHERE related_label LIKE ?',
                ("Ateliers du navigateur%",),
            )
        }
    assert application == ("Ateliers du navigateur", "new", 1)
    assert recipients == {"alex.call@example.org", "contact@hautslesjeunes.org"}


@pytest.mark.parametrize("path", NEW_PAGES)
def test_axe_finds_no_violation_on_the_report_and_call_pages(page, site_url, path):
    page.goto(f"{site_url}{path}")
    assert axe_violations(page) == []
