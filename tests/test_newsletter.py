"""The newsletter: the footer's form on every page, double opt-in with a signed link that
expires, consent recorded with its text, time and language, one-click unsubscribe,
unconfirmed sign-ups deleted, the team's list and export."""

import csv
import io
import re
from datetime import timedelta
from unittest import mock

import pytest
from django.core import mail, signing
from django.core.cache import cache
from django.core.management import call_command
from django.utils import timezone

from giving.newsletter import emails
from giving.newsletter.models import Subscription
from tests.helpers import elements, text_of, token_for

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def fresh_cache():
    cache.clear()


def sign_up(client, language="fr", **overrides):
    values = {
        "email": "Lea@Example.org",
        "consent": "on",
        "form_started": token_for(client, "newsletter"),
    }
    return client.post(f"/{language}/newsletter/", values | overrides)


def link(message, purpose):
    return re.search(rf"https?://\S+(/\w\w/newsletter/{purpose}/\S+/)", message.body).group(1)


def test_every_page_offers_the_sign_up_without_a_token(client, site):
    html = text_of(client.get(site.about_fr.url))
    form = elements(html, "form", class_="footer-newsletter")[0]
    assert form["method"] == "get" and form["action"] == "/fr/newsletter/"
    assert "csrftoken" not in client.get(site.about_fr.url).cookies  # the page stays cacheable
    page = text_of(client.get("/fr/newsletter/", {"email": "lea@example.org"}))
    assert elements(page, "input", type="email", value="lea@example.org")


def test_double_opt_in_records_consent_and_confirms_with_the_link(
    client, site, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = sign_up(client, "en")
    assert response.status_code == 302 and response["Location"] == "/en/newsletter/?sent=1"
    subscription = Subscription.objects.get()
    assert (subscription.email, subscription.status, subscription.language) == (
        "lea@example.org",
        "pending",
        "en",
    )
    assert subscription.consent_text.startswith("I agree to receive the Hauts les jeunes")
    assert subscription.consented_at is not None
    (message,) = mail.outbox
    assert message.to == ["lea@example.org"] and "confirm" in message.subject
    assert "Thank you: your subscription is confirmed" in text_of(
        client.get(link(message, "confirm"))
    )
    subscription.refresh_from_db()
    assert subscription.status == "confirmed" and subscription.confirmed_at


def test_one_click_unsubscribe_from_the_email(client, site, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        sign_up(client)
    (message,) = mail.outbox
    client.get(link(message, "confirm"))
    html = text_of(client.get(link(message, "unsubscribe")))
    assert "Vous êtes désinscrit" in html
    assert Subscription.objects.get().status == "unsubscribed"


def test_the_confirmation_link_expires_and_forged_links_are_refused(
    client, site, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        sign_up(client)
    confirm = link(mail.outbox[0], "confirm")
    later = timezone.now() + timedelta(days=8)
    with mock.patch("django.core.signing.time.time", return_value=later.timestamp()):
        assert "a expiré" in text_of(client.get(confirm))
    assert Subscription.objects.get().status == "pending"
    forged = signing.dumps({"e": "lea@example.org", "p": "confirm"}, salt="other")
    for token in (forged, "x" * 600, confirm.split("/")[-2] + "x"):
        response = client.get(f"/fr/newsletter/confirm/{token}/")
        assert response.status_code == 200 and "pas valide" in text_of(response)
    unsubscribe = link(mail.outbox[0], "unsubscribe").replace("unsubscribe", "confirm")
    assert "pas valide" in text_of(client.get(unsubscribe))  # a token serves one purpose


def test_errors_are_clear_and_keep_what_was_typed(client, site):
    html = text_of(sign_up(client, consent=""))
    assert "Merci d’accepter de recevoir la lettre d’information pour vous inscrire." in html
    assert 'value="Lea@Example.org"' in html
    assert not Subscription.objects.exists()


def test_a_confirmed_address_is_not_asked_again(client, site, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        sign_up(client)
    client.get(link(mail.outbox[0], "confirm"))
    with django_capture_on_commit_callbacks(execute=True):
        response = sign_up(client)
    assert response["Location"].endswith("?sent=1")  # the same answer for everyone
    assert len(mail.outbox) == 1 and Subscription.objects.get().status == "confirmed"


def test_unconfirmed_sign_ups_are_deleted_after_a_week(client, site):
    sign_up(client)
    call_command("purge_newsletter", stdout=io.StringIO())
    assert Subscription.objects.exists()
    Subscription.objects.update(consented_at=timezone.now() - timedelta(days=8))
    call_command("purge_newsletter", stdout=io.StringIO())
    assert not Subscription.objects.exists()


def test_an_email_owed_to_someone_who_confirmed_meanwhile_is_not_sent(client, site):
    sign_up(client)  # its email is owed, not written yet
    Subscription.objects.update(status="confirmed")
    assert emails.compose(Subscription.objects.get().pk, "confirm") is None


def test_the_team_exports_the_list(admin_client, client, site):
    sign_up(client)
    Subscription.objects.update(email="=cmd@example.org")
    text = admin_client.get("/admin/newsletter/?export=csv").getvalue().decode("utf-8")
    heading, row = list(csv.reader(io.StringIO(text.removeprefix("\ufeff"))))
    cells = dict(zip(heading, row, strict=True))
    assert cells["E-mail"] == "'=cmd@example.org"
    assert cells["Statut"] == "en attente de confirmation"
    assert "/fr/newsletter/unsubscribe/" in cells["Lien de désinscription"]
    assert "=cmd@example.org" in admin_client.get("/admin/newsletter/?status=pending").text
    assert "=cmd@example.org" not in admin_client.get("/admin/newsletter/?status=confirmed").text
