"""Limits that do not lock out a room: a school or an office behind one address can sign
up a whole class for an evening; robots are kept out by the honeypot and the timing token,
and the per-address limit is counted per event (registrations) and per form (contact)."""

import pytest
from django.conf import settings
from django.core.cache import cache
from django.test import override_settings

from events.models import EventPage
from events.registration.models import Registration
from home.models import ContactPage
from tests.helpers import text_of, token_for
from tests.test_contact_page import filled
from tests.test_registration_flow import form_data

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _fresh_cache():
    cache.clear()


@pytest.fixture
def evening(calendar):
    return EventPage.objects.get(slug="soiree-de-levee-de-fonds", locale__language_code="fr")


@pytest.fixture
def next_group(calendar):
    event = EventPage.objects.get(
        slug="groupe-de-travail-littoral-prochaine-session", locale__language_code="fr"
    )
    EventPage.objects.filter(pk=event.pk).update(registration_open=True, seat_limit=40)
    event.refresh_from_db()
    assert event.registration_state() == "open"
    return event


def one_person(client, event, n, **extra):
    data = form_data(client, event, email=f"pupil{n}@example.org", seats="1", **extra)
    data.pop("guest_1_name"), data.pop("guest_1_needs")
    return client.post(f"/fr/registration/{event.pk}/", data)


def test_settings_document_limits_per_form_and_higher_than_a_room():
    limits = settings.PORTAL_FORM_RATE_LIMITS
    assert limits["event-registration"][0] >= 60 and limits["event-registration"][1] == 3600
    assert limits["contact"][0] >= 20


def test_thirty_registrations_from_one_address_for_one_event(client, evening):
    for n in range(30):
        response = one_person(client, evening, n)
        assert response.status_code == 302, (n, text_of(response)[:500])
    assert Registration.objects.filter(event=evening).count() == 30


def test_a_robot_is_refused_honeypot_or_too_fast(client, evening):
    trapped = one_person(client, evening, 1, website="http://spam.example")
    too_fast = one_person(
        client,
        evening,
        2,
        form_started=token_for(client, f"event-registration:{evening.pk}", 0),
    )
    assert "robot" in text_of(too_fast)
    assert trapped.status_code in (200, 302)
    assert not Registration.objects.filter(event=evening).exists()


@override_settings(PORTAL_FORM_RATE_LIMITS={"event-registration": (3, 3600)})
def test_the_limit_is_per_event(client, evening, next_group):
    for n in range(3):
        assert one_person(client, evening, n).status_code == 302
    refused = one_person(client, evening, 3)
    assert refused.status_code in (200, 400)
    assert "Trop de formulaires" in text_of(refused)
    # Another event from the same address is not affected.
    assert one_person(client, next_group, 4).status_code == 302
    assert Registration.objects.filter(event=next_group).count() == 1


@override_settings(PORTAL_FORM_RATE_LIMITS={"contact": (2, 3600)})
def test_the_contact_limit_is_per_form_and_shared_by_its_languages(
    client, site, django_capture_on_commit_callbacks
):
    contact_fr = ContactPage.objects.get(locale__language_code="fr")
    contact_en = ContactPage.objects.get(locale__language_code="en")
    with django_capture_on_commit_callbacks(execute=True):
        assert client.post(contact_fr.url, filled(client, contact_fr)).status_code == 302
        assert client.post(contact_en.url, filled(client, contact_en)).status_code == 302
        refused = client.post(contact_fr.url, filled(client, contact_fr))
    assert refused.status_code == 200 and "Trop de formulaires" in text_of(refused)
    # Another address is not affected.
    other = client.post(contact_fr.url, filled(client, contact_fr), REMOTE_ADDR="10.1.2.3")
    assert other.status_code == 302
