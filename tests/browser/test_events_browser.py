"""The calendar in a real browser: months, filters, ICS download, accessibility, CSP."""

import datetime
import re

import pytest
import vobject
from playwright.sync_api import expect

from tests.browser.conftest import axe_violations, main_menu


def test_navigate_months_without_javascript_needed(page, site_url):
    page.goto(f"{site_url}/fr/agenda/month/2025/6/")
    table = page.get_by_role("table")
    assert "juin 2025" in table.locator("caption").inner_text()
    assert table.get_by_role("columnheader").count() == 7
    expect(table.get_by_role("link", name="Bilan de l'année 1 du FIJeM")).to_be_visible()
    page.get_by_role("link", name="Mois suivant").click()
    expect(page).to_have_url(f"{site_url}/fr/agenda/month/2025/7/")
    expect(page.get_by_role("heading", level=1)).to_contain_text("juillet 2025")
    page.get_by_role("link", name="Mois précédent").click()
    expect(page).to_have_url(f"{site_url}/fr/agenda/month/2025/6/")
    page.get_by_role("link", name="Mois précédent").click()
    expect(page).to_have_url(f"{site_url}/fr/agenda/month/2025/5/")


def test_filter_by_territory_stays_in_the_url(page, site_url):
    page.goto(f"{site_url}/fr/agenda/past/")
    page.get_by_label("Territoire").select_option("littoral")
    page.get_by_role("button", name="Filtrer").click()
    expect(page).to_have_url(f"{site_url}/fr/agenda/past/?territory=littoral&kind=")
    expect(page.locator(".card__title")).to_have_text(["Groupe de travail Littoral"])
    # The filter follows to the month view.
    page.get_by_role("link", name="Vue par mois").click()
    expect(page).to_have_url(re.compile(r"/month/.*territory=littoral"))


def test_download_the_ics_of_an_event(page, site_url):
    page.goto(f"{site_url}/fr/agenda/bilan-fijem-annee-1/")
    with page.expect_download() as info:
        page.get_by_role("link", name="Télécharger l’événement (.ics)").click()
    download = info.value
    assert download.suggested_filename == "bilan-fijem-annee-1.ics"
    calendar = vobject.readOne(open(download.path(), encoding="utf-8").read())  # noqa: SIM115
    event = calendar.vevent
    assert event.summary.value == "Bilan de l'année 1 du FIJeM"
    assert event.dtstart.value.astimezone(datetime.UTC) == datetime.datetime(
        2025, 6, 24, 7, tzinfo=datetime.UTC
    )


def test_two_clicks_from_home_to_the_fundraising_evening_and_its_calendar(page, site_url):
    page.goto(f"{site_url}/fr/")
    page.get_by_role("region", name="Prochains événements").get_by_role(
        "link", name="Soirée de levée de fonds"
    ).first.click()
    expect(page.get_by_role("heading", level=1)).to_have_text(
        re.compile("^Soirée de levée de fonds")
    )
    expect(page.get_by_role("link", name="Ajouter à Google Agenda")).to_be_visible()
    page.goto(f"{site_url}/fr/")
    main_menu(page, "Menu principal").get_by_role("link", name="Agenda").click()
    feed = page.get_by_role("link", name="S’abonner à l’agenda (flux ICS)")
    expect(feed).to_have_attribute("href", "/fr/agenda/calendar.ics")


PAGES = [
    "/fr/agenda/",
    "/en/events/",
    "/fr/agenda/past/",
    "/en/events/past/",
    "/fr/agenda/month/2025/6/",
    "/en/events/month/2024/4/",
    "/fr/agenda/bilan-fijem-annee-1/",
    "/en/events/fijem-year-1-review/",
    "/fr/agenda/lancement-hauts-les-jeunes/",
    "/fr/",
]


@pytest.mark.parametrize("path", PAGES)
def test_no_accessibility_violation_nor_csp_report(page, site_url, path):
    problems = []
    page.on(
        "console",
        lambda message: problems.append(message.text) if message.type == "error" else None,
    )
    outside = []
    page.on(
        "request",
        lambda request: (
            None if request.url.startswith((site_url, "data:")) else outside.append(request.url)
        ),
    )
    page.goto(f"{site_url}{path}", wait_until="networkidle")
    assert axe_violations(page) == []
    assert [text for text in problems if "Content Security Policy" in text] == []
    assert outside == []
