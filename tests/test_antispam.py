"""Public-form protection: bots are stopped quietly, people get a clear message."""

import time

import pytest
from django import forms
from django.core.cache import cache
from django.test import RequestFactory
from django.utils import translation

from portal import antispam
from tests.helpers import elements


class MessageForm(antispam.ProtectedFormMixin, forms.Form):
    name = forms.CharField()
    message = forms.CharField(widget=forms.Textarea)
    rate_limit_scope = "test-message"
    rate_limit_count = 2
    rate_limit_window = 60


@pytest.fixture(autouse=True)
def _empty_cache():
    cache.clear()
    yield
    cache.clear()


def post(age=10, ip="203.0.113.7", **extra):
    request = RequestFactory().post("/", REMOTE_ADDR=ip)
    data = {
        "name": "Awa",
        "message": "Hello, I would like to help.",
        "website": "",
        "form_started": antispam.make_timestamp(time.time() - age),
    } | extra
    return MessageForm(data, request=request)


def test_a_person_passes():
    form = post()
    assert form.is_valid(), form.errors
    assert not form.looks_like_bot


def test_honeypot_trips_a_bot_silently():
    form = post(website="http://spam.example")
    assert not form.is_valid()
    assert form.looks_like_bot
    with translation.override("en"):
        assert form.non_field_errors() == ["Your form could not be sent. Please try again."]


@pytest.mark.parametrize("token", ["", "12345", "12345:forged-signature"])
def test_missing_or_forged_timestamp_is_a_bot(token):
    form = post(form_started=token)
    assert not form.is_valid() and form.looks_like_bot


def test_too_fast_person_gets_a_clear_translated_message_and_keeps_the_text():
    with translation.override("fr"):
        form = post(age=1)
        assert not form.is_valid()
        assert not form.looks_like_bot
        assert "très vite" in form.non_field_errors()[0]
        html = form.as_div()
    assert "Hello, I would like to help." in html
    # After a moment, the same re-displayed form passes: its timestamp is kept.
    again = MessageForm(form.data | {"form_started": antispam.make_timestamp(time.time() - 4)})
    assert again.is_valid()


def test_expired_form_asks_to_send_again_with_a_fresh_timestamp():
    form = post(age=2 * 24 * 3600)
    assert not form.is_valid()
    assert form.non_field_errors().data[0].code == "expired"
    refreshed = MessageForm(form.data)
    time.sleep(0)  # the refreshed token is already older than the minimum fill time
    assert refreshed.is_valid(), refreshed.errors


def test_rate_limit_per_ip_with_clear_message():
    assert post().is_valid()
    assert post().is_valid()
    limited = post()
    assert not limited.is_valid()
    assert limited.non_field_errors().data[0].code == "rate_limited"
    assert limited["message"].value() == "Hello, I would like to help."
    assert post(ip="198.51.100.1").is_valid()  # another visitor is not affected


def test_invalid_submissions_do_not_use_up_the_quota():
    for _ in range(5):
        assert not post(name="").is_valid()
    assert post().is_valid()


def test_rate_limit_function_fixed_window():
    request = RequestFactory().get("/", REMOTE_ADDR="192.0.2.10")
    results = [antispam.rate_limit(request, "scope-a", 3, 60) for _ in range(5)]
    assert results == [False, False, False, True, True]
    assert antispam.rate_limit(request, "scope-b", 3, 60) is False


def test_forwarded_for_is_used_only_behind_trusted_proxies(settings):
    request = RequestFactory().get(
        "/", REMOTE_ADDR="10.0.0.2", HTTP_X_FORWARDED_FOR="6.6.6.6, 198.51.100.9"
    )
    settings.PORTAL_TRUSTED_PROXY_COUNT = 0
    assert antispam.client_ip(request) == "10.0.0.2"
    settings.PORTAL_TRUSTED_PROXY_COUNT = 1
    assert antispam.client_ip(request) == "198.51.100.9"
    settings.PORTAL_TRUSTED_PROXY_COUNT = 2
    assert antispam.client_ip(request) == "6.6.6.6"


def test_honeypot_is_rendered_inside_a_hidden_trap():
    html = MessageForm().as_div()
    trap = elements(html, "div", class_="form-trap")
    assert len(trap) == 1
    assert elements(html, "input", name="website", tabindex="-1", autocomplete="off")
    assert elements(html, "input", type="hidden", name="form_started")
