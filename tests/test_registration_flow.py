"""A visitor registers, receives the email, cancels; the waiting list is promoted."""

import re

import pytest
from django.core import mail
from django.core.cache import cache
from django.core.management import call_command

from events.models import EventPage
from events.registration.models import Registration
from tests.helpers import elements, token_for

pytestmark = [pytest.mark.django_db, pytest.mark.demo]


@pytest.fixture(autouse=True)
def _fresh_cache():
    cache.clear()


@pytest.fixture
def evening(demo):
    event = EventPage.objects.get(slug="soiree-de-levee-de-fonds", locale__language_code="fr")
    assert event.registration_state() == "open"
    return event


@pytest.fixture
def english_evening(evening):
    return EventPage.objects.get(slug="fundraising-evening", locale__language_code="en")


def form_data(client, event, **extra):
    return {
        "first_name": "Awa",
        "last_name": "Diallo",
        "email": "awa@example.org",
        "phone": "",
        "seats": "2",
        "guest_1_name": "Marc Diallo",
        "guest_1_needs": "Vegetarian",
        "organisation": "Fondation Nord",
        "donation_amount": "250",
        "consent": "on",
        "website": "",
        "form_started": token_for(client, f"event-registration:{event.pk}", 30),
    } | extra


def register(client, event, language="fr", **extra):
    with_callbacks = extra.pop("_callbacks", None)
    url = f"/{language}/registration/{event.pk}/"
    if with_callbacks:
        with with_callbacks(execute=True):
            return client.post(url, form_data(client, event, **extra))
    return client.post(url, form_data(client, event, **extra))


def manage_link(email):
    return re.search(r"https?://\S+/registration/r/\S+/", email.body).group(0)


def test_event_page_shows_seats_left_and_the_way_to_register(client, evening):
    response = client.get(evening.url)
    assert "120" in response.text
    assert elements(response.text, "a", href=f"/fr/registration/{evening.pk}/")


def test_form_page_is_never_cached_and_lists_the_chosen_questions(client, evening):
    response = client.get(f"/fr/registration/{evening.pk}/")
    assert response.status_code == 200
    assert "no-store" in response["Cache-Control"] and "private" in response["Cache-Control"]
    for name in ("first_name", "email", "seats", "guest_3_name", "organisation", "receipt_name"):
        assert elements(response.text, "input", name=name) or elements(
            response.text, "select", name=name
        ), name
    assert elements(response.text, "input", name="website")  # the honeypot, hidden by CSS


def test_register_confirms_and_emails_in_french_with_ics(
    client, evening, django_capture_on_commit_callbacks
):
    response = register(client, evening, _callbacks=django_capture_on_commit_callbacks)
    assert response.status_code == 302
    registration = Registration.objects.get(email="awa@example.org")
    assert registration.status == "confirmed" and registration.seats == 2
    assert registration.guests == [{"name": "Marc Diallo", "needs": "Vegetarian"}]
    assert registration.event_id == evening.pk
    received = client.get(response.url)
    assert "boîte" in received.text and "no-store" in received["Cache-Control"]

    assert len(mail.outbox) == 1
    email = mail.outbox[0]
    assert email.to == ["awa@example.org"]
    assert "Inscription confirmée" in email.subject
    assert email.attachments[0][0] == "event.ics"
    assert "BEGIN:VEVENT" in email.attachments[0][1]
    assert manage_link(email).endswith(f"/fr/registration/r/{registration.token}/")
    page = client.get(manage_link(email))
    assert "confirmée" in page.text and "no-store" in page["Cache-Control"]
    assert evening.seats_left() == 118


def test_english_visitor_gets_english_email_and_shares_the_seats(
    client, english_evening, evening, django_capture_on_commit_callbacks
):
    register(client, english_evening, "en", _callbacks=django_capture_on_commit_callbacks)
    registration = Registration.objects.get(email="awa@example.org")
    assert registration.language == "en"
    assert registration.event_id == evening.pk  # seats live on the French page
    assert mail.outbox[0].subject.startswith("Registration confirmed")
    assert "/en/registration/r/" in mail.outbox[0].body


def without_csrf(html):
    return re.sub(r'name="csrfmiddlewaretoken" value="[^"]*"', "", html)


def test_same_email_twice_answers_the_same_and_emails_the_private_link(
    client, evening, django_capture_on_commit_callbacks
):
    first = register(client, evening, _callbacks=django_capture_on_commit_callbacks)
    second = register(
        client, evening, email="AWA@example.org", _callbacks=django_capture_on_commit_callbacks
    )
    # Nothing tells whether the address was registered: same redirect, same page.
    assert second.status_code == first.status_code == 302
    assert second.url == first.url
    assert without_csrf(client.get(second.url).text) == without_csrf(client.get(first.url).text)
    assert "déjà" not in client.get(second.url).text
    assert Registration.objects.filter(email="awa@example.org").count() == 1
    # The address's owner receives the private link of the registration they hold.
    assert [m.to for m in mail.outbox] == [["awa@example.org"], ["awa@example.org"]]
    assert manage_link(mail.outbox[1]) == manage_link(mail.outbox[0])
    with django_capture_on_commit_callbacks(execute=True):
        sent = client.post(f"/fr/registration/{evening.pk}/link/", {"email": "awa@example.org"})
    assert sent.status_code == 200
    assert len(mail.outbox) == 3
    assert manage_link(mail.outbox[2]) == manage_link(mail.outbox[0])


def test_a_full_event_answers_a_registered_address_as_any_other(
    client, evening, django_capture_on_commit_callbacks
):
    EventPage.objects.filter(pk=evening.pk).update(seat_limit=2, waiting_list=False)
    register(client, evening, _callbacks=django_capture_on_commit_callbacks)
    new = register(client, evening, email="new@example.org")
    again = register(client, evening, email="awa@example.org")
    assert new.status_code == again.status_code == 400
    error = elements(new.text, "div", id="form-errors")
    assert error and error == elements(again.text, "div", id="form-errors")
    assert "places" in new.text and "places" in again.text


def test_field_errors_are_translated_and_keep_what_was_typed(client, evening, english_evening):
    response = register(client, evening, email="not-an-email", guest_1_name="", consent="")
    assert response.status_code == 400
    email_field = response.text.split('name="email"')[1]
    assert "Saisissez une adresse" in email_field or "valide" in email_field
    assert "Fondation Nord" in response.text and "Awa" in response.text
    assert not Registration.objects.exists()
    english = register(client, english_evening, "en", email="not-an-email")
    assert "Enter a valid email address" in english.text


def test_honeypot_pretends_success_without_saving(client, evening):
    response = register(client, evening, website="http://spam.example")
    # The same answer as a person's: the page that says the email is on its way.
    assert response.status_code == 302
    assert response.url == f"/fr/registration/{evening.pk}/received/"
    assert client.get(response.url).status_code == 200
    assert not Registration.objects.exists()
    assert mail.outbox == []


def test_cancel_promotes_the_first_waiting_person_who_fits(
    client, evening, django_capture_on_commit_callbacks
):
    EventPage.objects.filter(pk=evening.pk).update(seat_limit=3)
    register(client, evening, _callbacks=django_capture_on_commit_callbacks)  # 2 seats
    register(  # 2 seats: does not fit, waits first
        client,
        evening,
        email="big@example.org",
        guest_1_name="Guest",
        _callbacks=django_capture_on_commit_callbacks,
    )
    register(  # 1 seat: fits the last seat at once
        client,
        evening,
        email="solo@example.org",
        seats="1",
        guest_1_name="",
        _callbacks=django_capture_on_commit_callbacks,
    )
    statuses = dict(Registration.objects.values_list("email", "status"))
    assert statuses == {
        "awa@example.org": "confirmed",
        "big@example.org": "waiting",
        "solo@example.org": "confirmed",
    }
    waiting = client.get(manage_link(mail.outbox[1]))
    assert "position 1" in waiting.text

    link = manage_link(mail.outbox[0])
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(link, {"action": "cancel"})
    assert response.status_code == 302
    assert "annulée" in client.get(link).text
    statuses = dict(Registration.objects.values_list("email", "status"))
    assert statuses["awa@example.org"] == "cancelled"
    assert statuses["big@example.org"] == "confirmed"
    promoted = [m for m in mail.outbox if m.to == ["big@example.org"]][-1]
    assert "Une place s’est libérée" in promoted.subject or "place" in promoted.subject
    # Cancelling twice changes nothing.
    client.post(link, {"action": "cancel"})
    assert Registration.objects.filter(status="cancelled").count() == 1


def test_the_email_is_written_after_the_commit_and_survives_a_crash_before_it(
    client, evening, django_capture_on_commit_callbacks
):
    from portal.models import OutboundEmail

    # The process dies right after the commit: the on-commit hand-off never runs.
    with django_capture_on_commit_callbacks(execute=False):
        response = register(client, evening)
    assert response.status_code == 302
    registration = Registration.objects.get(email="awa@example.org")
    owed = OutboundEmail.objects.get()
    assert owed.to == "awa@example.org" and owed.status == "pending"
    assert owed.attachments == []  # stored in the registration's transaction, not yet written
    assert mail.outbox == []

    call_command("send_queued_emails", stdout=open("/dev/null", "w"))  # noqa: SIM115
    assert len(mail.outbox) == 1
    email = mail.outbox[0]
    assert "Inscription confirmée" in email.subject
    assert email.attachments[0][0] == "event.ics" and "BEGIN:VEVENT" in email.attachments[0][1]
    assert manage_link(email).endswith(f"/fr/registration/r/{registration.token}/")


def test_private_pages_and_forms_are_not_indexed(
    client, evening, django_capture_on_commit_callbacks
):
    registered = register(client, evening, _callbacks=django_capture_on_commit_callbacks)
    responses = [
        client.get(f"/fr/registration/{evening.pk}/"),
        register(client, evening, email="not-an-email"),
        client.get(registered.url),
        client.get(manage_link(mail.outbox[0])),
        client.post(f"/fr/registration/{evening.pk}/link/", {"email": "awa@example.org"}),
    ]
    for response in responses:
        assert response["X-Robots-Tag"] == "noindex, nofollow"
        assert elements(response.text, "meta", name="robots", content="noindex, nofollow")


def test_full_without_waiting_list_says_so(client, evening):
    EventPage.objects.filter(pk=evening.pk).update(seat_limit=1, waiting_list=False)
    response = register(client, evening)
    assert response.status_code == 400
    assert not Registration.objects.exists()


def test_offers_in_json_ld_while_open(client, evening):
    response = client.get(evening.url)
    assert '"offers"' in response.text and "InStock" in response.text
    EventPage.objects.filter(pk=evening.pk).update(registration_open=False)
    assert '"offers"' not in client.get(evening.url).text


def test_registration_costs_the_event_page_at_most_two_queries(client, evening):
    """The event page's own budget belongs to the calendar; registration adds <= 2 queries."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    client.get(evening.url)
    with CaptureQueriesContext(connection) as with_registration:
        client.get(evening.url)
    EventPage.objects.filter(pk=evening.pk).update(registration_open=False)
    client.get(evening.url)
    with CaptureQueriesContext(connection) as without:
        client.get(evening.url)
    assert len(with_registration) - len(without) <= 2


def test_mail_server_down_never_loses_a_registration(
    client, evening, settings, django_capture_on_commit_callbacks
):
    settings.EMAIL_BACKEND = "tests.test_outbox.FailingBackend"
    response = register(client, evening, _callbacks=django_capture_on_commit_callbacks)
    assert response.status_code == 302
    assert Registration.objects.get().status == "confirmed"
    from portal.models import OutboundEmail

    assert OutboundEmail.objects.get().status == "pending"
    call_command("send_queued_emails", stdout=open("/dev/null", "w"))  # noqa: SIM115


# Input the database cannot hold is a form error, never a 500 -------------------------------

LIMITS = {
    "first_name": 100,
    "last_name": 100,
    "phone": 30,
    "organisation": 200,
    "receipt_name": 200,
    "postal_address": 500,
    "needs": 500,
    "guest_1_name": 200,
    "guest_1_needs": 500,
}


def test_an_email_longer_than_its_column_is_a_form_error_that_keeps_the_rest(client, evening):
    email = "a" * 64 + "@" + ("b" * 63 + ".") * 3 + "org"  # valid, but longer than 254
    assert 254 < len(email) <= 320
    response = register(client, evening, email=email)
    assert response.status_code == 400
    assert "254" in response.text.split('name="email"')[1]
    assert "Fondation Nord" in response.text and "Marc Diallo" in response.text
    assert not Registration.objects.exists()


def test_every_free_text_field_has_a_sensible_maximum(client, evening):
    address = "12 rue des Tanneurs, 59000 Lille\n" * 60_000  # about 2,000,000 characters
    response = register(client, evening, postal_address=address)
    assert response.status_code == 400
    errors = response.text.split('name="postal_address"')[1].split("</textarea>")[1]
    assert "500" in errors.split("</div>")[0]  # the field's error gives the limit
    for field, limit in LIMITS.items():
        assert register(client, evening, **{field: "x" * limit}).status_code == 302, field
        Registration.objects.all().delete()
        too_long = register(client, evening, **{field: "x" * (limit + 1)})
        assert too_long.status_code == 400, field
        assert not Registration.objects.exists(), field


def test_nul_bytes_are_form_errors(client, evening):
    for field in ("first_name", "email", "phone", "postal_address", "needs", "guest_1_name"):
        response = register(client, evening, **{field: "Awa\x00Diallo"})
        assert response.status_code == 400, field
        assert "Fondation Nord" in response.text, field
    for field in ("donation_amount", "seats"):
        assert register(client, evening, **{field: "1\x00"}).status_code == 400, field
    assert not Registration.objects.exists()
    link = client.post(f"/fr/registration/{evening.pk}/link/", {"email": "awa@example.org\x00"})
    assert link.status_code == 200


@pytest.mark.parametrize(
    "url",
    [
        "/fr/registration/r/%00/",
        "/fr/registration/r/x%00y/",
        "/fr/registration/99999999999999999999999/",
        "/fr/registration/99999999999999999999999/received/",
        "/fr/registration/-1/",
    ],
)
def test_nonsense_in_registration_urls_is_not_found(client, demo, url):
    assert client.get(url).status_code == 404
