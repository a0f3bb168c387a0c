"""Editors: listing, exports safe for Excel, check-in at the door, personal data, anonymising."""

import csv
import datetime
import io
import json

import openpyxl
import pytest
from django.core import mail
from django.core.management import call_command
from django.utils import timezone
from wagtail.users.models import UserProfile

from events.models import EventPage
from events.registration import services
from events.registration.models import Registration
from tests.helpers import elements

pytestmark = [pytest.mark.django_db, pytest.mark.demo]


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


def csv_rows(response):
    text = response.getvalue().decode("utf-8")
    assert text.startswith("\ufeff")  # Excel reads UTF-8 with its byte order mark only
    return list(csv.reader(io.StringIO(text.removeprefix("\ufeff"))))


def xlsx_rows(response):
    sheet = openpyxl.load_workbook(io.BytesIO(response.getvalue())).active
    return [list(row) for row in sheet.iter_rows()]


def test_wagtail_csv_export_neutralises_formulas(admin_client, registration):
    Registration.objects.filter(pk=registration.pk).update(
        last_name="+33 cmd",
        phone="-2+3",
        organisation="@SUM(A1)",
        needs="\tcalc",
        receipt_name="\r=1",
    )
    response = admin_client.get("/admin/registration/?export=csv")
    heading, row = csv_rows(response)
    cells = dict(zip(heading, row, strict=True))
    assert cells["Prénom"] == '\'=HYPERLINK("http://evil")'
    assert cells["Nom"] == "'+33 cmd"
    assert cells["Téléphone"] == "'-2+3"
    assert cells["Organisation ou entreprise"] == "'@SUM(A1)"
    assert cells["Besoins alimentaires ou d’accessibilité"] == "'\tcalc"
    assert cells["Nom pour le reçu fiscal"] == "'\r=1"
    assert cells["Accompagnants"] == "Léa Durand"
    assert cells["E-mail"] == "jean@example.org"  # ordinary text is left alone


def test_wagtail_exports_csv_and_xlsx(admin_client, registration):
    assert (
        "jean@example.org"
        in admin_client.get("/admin/registration/?export=csv").getvalue().decode()
    )
    xlsx = admin_client.get("/admin/registration/?export=xlsx")
    assert xlsx.status_code == 200 and xlsx["Content-Type"].startswith("application/vnd.openxml")
    heading, row = xlsx_rows(xlsx)
    cell = dict(zip([c.value for c in heading], row, strict=True))["Prénom"]
    assert (
        cell.value == '=HYPERLINK("http://evil")' and cell.data_type == "s"
    )  # text, not a formula


def test_exports_are_readable_in_the_editors_language_and_paris_time(
    admin_client, admin_user, registration, evening
):
    profile = UserProfile.get_for_user(admin_user)
    profile.preferred_language = "fr"
    profile.save()
    registered = datetime.datetime(2026, 6, 1, 10, 0, 12, 345678, tzinfo=datetime.UTC)
    Registration.objects.filter(pk=registration.pk).update(created_at=registered)
    # The browser asks for English; the editor's own admin language (French) wins.
    response = admin_client.get("/admin/registration/?export=csv", HTTP_ACCEPT_LANGUAGE="en")
    heading, row = csv_rows(response)
    cells = dict(zip(heading, row, strict=True))
    assert cells["Événement"] == evening.title
    assert cells["Statut"] == "confirmée"
    assert cells["Langue"] == "Français"
    assert cells["Inscrit·e le"] == "2026-06-01 12:00"  # Paris summer time, to the minute
    assert cells["Arrivée"] == "" and cells["Don envisagé"] == ""  # never "None"

    xlsx = admin_client.get("/admin/registration/?export=xlsx", HTTP_ACCEPT_LANGUAGE="en")
    heading, row = xlsx_rows(xlsx)
    cells = dict(zip([c.value for c in heading], [c.value for c in row], strict=True))
    assert cells["Inscrit·e le"] == datetime.datetime(2026, 6, 1, 12, 0)
    assert cells["Statut"] == "confirmée"


def test_the_hand_made_semicolon_csv_is_gone(admin_client, registration):
    gone = admin_client.get("/admin/registration/export-semicolon/")
    assert gone.status_code in (302, 404) and "csv" not in gone.get("Content-Type", "")
    assert "export-semicolon" not in admin_client.get("/admin/registration/").text


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


# Every admin change goes through the rules of the public form ------------------------------


def add_data(event, **extra):
    return {
        "event": event.pk,
        "language": "fr",
        "first_name": "Léa",
        "last_name": "Martin",
        "email": "lea@example.org",
        "phone": "",
        "seats": "2",
        "organisation": "",
        "receipt_name": "",
        "postal_address": "",
        "needs": "",
        "donation_amount": "",
        "consent": "on",
    } | extra


def change_data(registration, **extra):
    fields = ["status", "first_name", "last_name", "email", "phone", "seats", "organisation"]
    fields += ["receipt_name", "postal_address", "needs"]
    data = {name: getattr(registration, name) for name in fields}
    return data | {"donation_amount": registration.donation_amount or ""} | extra


def seats_held(event):
    return sum(
        Registration.objects.filter(event=event, status__in=["confirmed", "attended"]).values_list(
            "seats", flat=True
        )
    )


def test_add_form_has_the_event_and_applies_seats_waiting_list_and_emails(
    admin_client, evening, django_capture_on_commit_callbacks
):
    EventPage.objects.filter(pk=evening.pk).update(seat_limit=3)
    form = admin_client.get("/admin/registration/new/")
    assert form.status_code == 200
    assert elements(form.text, "option", value=str(evening.pk))

    with django_capture_on_commit_callbacks(execute=True):
        first = admin_client.post("/admin/registration/new/", add_data(evening))
        second = admin_client.post(
            "/admin/registration/new/", add_data(evening, email="Sam@Example.org")
        )
    assert first.status_code == 302 and second.status_code == 302
    statuses = dict(Registration.objects.values_list("email", "status"))
    assert statuses == {"lea@example.org": "confirmed", "sam@example.org": "waiting"}
    assert [m.to for m in mail.outbox] == [["lea@example.org"], ["sam@example.org"]]
    assert "Inscription confirmée" in mail.outbox[0].subject
    assert "attente" in mail.outbox[1].subject  # "Sur liste d'attente"
    assert Registration.objects.get(email="lea@example.org").consented_at


def test_add_is_refused_when_full_without_waiting_list_or_without_consent(admin_client, evening):
    EventPage.objects.filter(pk=evening.pk).update(seat_limit=1, waiting_list=False)
    full = admin_client.post("/admin/registration/new/", add_data(evening))
    assert full.status_code == 200
    assert "1 place" in full.text or "1 seat" in full.text
    no_consent = admin_client.post(
        "/admin/registration/new/", add_data(evening, seats="1", consent="")
    )
    assert no_consent.status_code == 200
    assert not Registration.objects.exists()


def test_reinstating_a_cancelled_registration_cannot_oversell(
    admin_client, evening, registration, django_capture_on_commit_callbacks
):
    EventPage.objects.filter(pk=evening.pk).update(seat_limit=3, waiting_list=False)
    services.cancel(registration)
    services.register(
        evening, {"first_name": "Sam", "last_name": "Petit", "email": "sam@example.org", "seats": 2}
    )
    url = f"/admin/registration/edit/{registration.pk}/"
    refused = admin_client.post(url, change_data(registration, status="confirmed"))
    assert refused.status_code == 200
    assert "1 place" in refused.text or "1 seat" in refused.text
    registration.refresh_from_db()
    assert registration.status == "cancelled" and seats_held(evening) == 2
    assert admin_client.post(url, change_data(registration, status="waiting")).status_code == 200
    registration.refresh_from_db()
    assert registration.status == "cancelled"  # this event keeps no waiting list

    EventPage.objects.filter(pk=evening.pk).update(waiting_list=True)
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        back = admin_client.post(url, change_data(registration, status="waiting"))
    assert back.status_code == 302
    registration.refresh_from_db()
    assert registration.status == "waiting" and registration.cancelled_at is None
    assert [m.to for m in mail.outbox] == [["jean@example.org"]]
    assert seats_held(evening) == 2


def test_cancelling_or_deleting_in_the_admin_promotes_the_waiting_list(
    admin_client, evening, registration, django_capture_on_commit_callbacks
):
    EventPage.objects.filter(pk=evening.pk).update(seat_limit=2)
    waiting = [
        services.register(
            evening, {"first_name": "W", "last_name": str(n), "email": f"w{n}@example.org"}
        )
        for n in (1, 2, 3)
    ]
    assert {w.status for w in waiting} == {"waiting"}

    with django_capture_on_commit_callbacks(execute=True):
        response = admin_client.post(
            f"/admin/registration/edit/{registration.pk}/",
            change_data(registration, status="cancelled"),
        )
    assert response.status_code == 302
    statuses = dict(Registration.objects.values_list("email", "status"))
    assert statuses["jean@example.org"] == "cancelled"
    assert [statuses[w.email] for w in waiting] == ["confirmed", "confirmed", "waiting"]
    told = {m.to[0] for m in mail.outbox}
    assert {"jean@example.org", "w1@example.org", "w2@example.org"} <= told

    confirmed = Registration.objects.get(email="w1@example.org")
    admin_client.post(f"/admin/registration/delete/{confirmed.pk}/")
    assert not Registration.objects.filter(pk=confirmed.pk).exists()
    assert Registration.objects.get(email="w3@example.org").status == "confirmed"
    assert seats_held(evening) == 2


def test_raising_the_seats_of_a_registration_respects_the_limit(
    admin_client, evening, registration
):
    EventPage.objects.filter(pk=evening.pk).update(seat_limit=3)
    url = f"/admin/registration/edit/{registration.pk}/"
    assert admin_client.post(url, change_data(registration, seats="4")).status_code == 200
    assert admin_client.post(url, change_data(registration, seats="3")).status_code == 302
    registration.refresh_from_db()
    assert registration.seats == 3 and seats_held(evening) == 3


NONSENSE = [
    "event=abc",
    "event=-1",
    "event=99999999999999999999",
    "event=%00",
    "status=nonsense",
    "language=%00",
    "q=%00",
    "q=" + "x" * 10_000,
    "p=99999999999999999999",
    "ordering=nonsense",
]


@pytest.mark.parametrize("query", NONSENSE)
def test_nonsense_in_the_list_or_its_exports_never_fails(admin_client, registration, query):
    for export in ("", "&export=csv", "&export=xlsx"):
        response = admin_client.get(f"/admin/registration/?{query}{export}")
        assert response.status_code in (200, 404), (query, export)


def test_nonsense_in_the_other_admin_urls_never_fails(admin_client, registration):
    # Not found (the locale middleware then offers the /fr/ address): never a 500.
    huge = admin_client.get("/admin/registration/check-in/99999999999999999999/")
    assert huge.status_code in (302, 404)
    assert admin_client.get("/admin/registration/personal-data/?email=%00").status_code == 200


def test_admin_forms_refuse_what_the_columns_cannot_hold(admin_client, evening, registration):
    address = "12 rue des Tanneurs, 59000 Lille\n" * 60_000
    cases = [
        {"postal_address": address},
        {"needs": "x" * 501},
        {"email": "a" * 64 + "@" + ("b" * 63 + ".") * 3 + "org"},
        {"first_name": "Léa\x00"},
        {"postal_address": "rue\x00"},
    ]
    url = f"/admin/registration/edit/{registration.pk}/"
    for values in cases:
        added = admin_client.post("/admin/registration/new/", add_data(evening, **values))
        assert added.status_code == 200, values
        changed = admin_client.post(url, change_data(registration, **values))
        assert changed.status_code == 200, values
    assert Registration.objects.count() == 1
    registration.refresh_from_db()
    assert registration.postal_address == ""
