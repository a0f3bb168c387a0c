"""Editors: listing, exports safe for Excel, check-in at the door, personal data, anonymising."""

import datetime
import json

import pytest
from django.core.management import call_command
from django.utils import timezone

from events.models import EventPage
from events.registration import services
from events.registration.models import Registration

pytestmark = pytest.mark.django_db


@pytest.fixture
def evening(demo):
    return EventPage.objects.get(slug="soiree-de-levee-de-fonds", locale__language_code="fr")


@pytest.fixture
def registration(evening):
    return Registration.objects.create(
        event=evening,
        status="confirmed",
        first_name='=HYPERLINK("http://evil")',
        last_name="Durand",
        email="jean@example.org",
        seats=2,
        guests=[{"name": "Léa Durand", "needs": ""}],
        consented_at=timezone.now(),
    )


def test_listing_filters_and_search(admin_client, registration, evening):
    response = admin_client.get(f"/admin/registration/?event={evening.pk}&status=confirmed&q=jean")
    assert response.status_code == 200 and "jean@example.org" in response.text
    assert "jean@example.org" not in admin_client.get("/admin/registration/?status=waiting").text


def test_semicolon_csv_is_safe_against_formulas(admin_client, registration):
    response = admin_client.get("/admin/registration/export-semicolon/")
    text = response.content.decode("utf-8")
    assert text.startswith("\ufeff")
    row = text.splitlines()[1].split(";")
    assert row[2].startswith("\"'=HYPERLINK") or row[2].startswith("'=HYPERLINK")
    assert "Léa Durand" in text


def test_wagtail_exports_csv_and_xlsx(admin_client, registration):
    assert (
        "jean@example.org"
        in admin_client.get("/admin/registration/?export=csv").getvalue().decode()
    )
    xlsx = admin_client.get("/admin/registration/?export=xlsx")
    assert xlsx.status_code == 200 and xlsx["Content-Type"].startswith("application/vnd.openxml")


def test_check_in_is_idempotent(admin_client, registration):
    url = f"/admin/registration/check-in/{registration.pk}/"
    assert "Durand" in admin_client.get(url).text
    admin_client.post(url)
    registration.refresh_from_db()
    first = registration.checked_in_at
    assert registration.status == "attended" and first
    second = admin_client.post(url)
    registration.refresh_from_db()
    assert registration.checked_in_at == first
    assert "rien n’a changé" in second.text or "nothing changed" in second.text


def test_dashboard_shows_fill_rate(admin_client, registration):
    response = admin_client.get("/admin/")
    assert "Soirée de levée de fonds" in response.text


def test_personal_data_export_and_erase(admin_client, registration):
    exported = admin_client.post(
        "/admin/registration/personal-data/", {"email": "jean@example.org", "action": "export"}
    )
    data = json.loads(exported.content)
    assert data["registrations"][0]["last_name"] == "Durand"
    admin_client.post(
        "/admin/registration/personal-data/", {"email": "jean@example.org", "action": "erase"}
    )
    registration.refresh_from_db()
    assert registration.anonymised_at and registration.last_name != "Durand"
    assert registration.seats == 2  # counts stay right


def test_anonymise_command_after_twelve_months(evening, registration):
    old_day = timezone.localdate() - datetime.timedelta(days=400)
    EventPage.objects.filter(pk=evening.pk).update(start_date=old_day, end_date=old_day)
    call_command("anonymise_registrations", stdout=open("/dev/null", "w"))  # noqa: SIM115
    registration.refresh_from_db()
    assert registration.anonymised_at and registration.email.endswith("@invalid")


def test_anonymise_command_keeps_recent_ones(evening, registration):
    call_command("anonymise_registrations", "--months", "12", stdout=open("/dev/null", "w"))  # noqa: SIM115
    registration.refresh_from_db()
    assert registration.anonymised_at is None


def test_check_in_service_refuses_waiting(registration):
    Registration.objects.filter(pk=registration.pk).update(status="waiting")
    assert services.check_in(registration) is False
