"""Public-form protection: bots are stopped quietly, people get a clear message."""

import time
from unittest import mock

import pytest
from django import forms
from django.contrib.sessions.backends.signed_cookies import SessionStore
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


def token(age=10, form="test-message", binding=""):
    return antispam.make_token(form, binding, time.time() - age)


def post(age=10, ip="203.0.113.7", **extra):
    request = RequestFactory().post("/", REMOTE_ADDR=ip)
    data = {
        "name": "Awa",
        "message": "Hello, I would like to help.",
        "website": "",
        "form_started": token(age),
    } | extra
    return MessageForm(data, request=request)


def with_session(request, session=None):
    request.session = session if session is not None else SessionStore()
    return request


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


@pytest.mark.parametrize("value", ["", "12345", "12345:forged-signature", "\x00", "é" * 10_000])
def test_missing_or_forged_token_is_a_bot(value):
    form = post(form_started=value)
    assert not form.is_valid() and form.looks_like_bot


def test_a_token_of_another_form_is_a_bot():
    form = post(form_started=token(form="contact"))
    assert not form.is_valid() and form.looks_like_bot


def test_one_token_one_post():
    data = post().data
    first = MessageForm(data, request=RequestFactory().post("/", REMOTE_ADDR="192.0.2.1"))
    assert first.is_valid(), first.errors
    replay = MessageForm(data, request=RequestFactory().post("/", REMOTE_ADDR="192.0.2.2"))
    assert not replay.is_valid() and replay.looks_like_bot
    # Refused by the view after validation (no seats left...), the form is shown again
    # with a new token, which passes.
    again = MessageForm(first.data, request=RequestFactory().post("/", REMOTE_ADDR="192.0.2.3"))
    assert first.data["form_started"] != data["form_started"]
    assert again.is_valid(), again.errors


def test_a_token_with_errors_is_not_used_up():
    data = post(name="").data
    assert not MessageForm(data).is_valid()
    assert MessageForm(data | {"name": "Awa"}).is_valid()


def test_the_token_is_tied_to_the_session_that_displayed_the_form():
    shown = with_session(RequestFactory().get("/"))
    html = MessageForm(request=shown).as_div()
    binding = shown.session[antispam.SESSION_KEY]
    (field,) = elements(html, "input", name="form_started")
    assert antispam.read_token(field["value"])["s"] == binding
    data = {"name": "Awa", "message": "Hi", "form_started": token(binding=binding)}

    same = MessageForm(data, request=with_session(RequestFactory().post("/"), shown.session))
    assert same.is_valid(), same.errors

    data["form_started"] = token(binding=binding)
    other = MessageForm(data, request=with_session(RequestFactory().post("/")))
    assert not other.is_valid() and not other.looks_like_bot
    with translation.override("en"):
        assert "another browsing session" in other.non_field_errors()[0]
    # The form shown again carries a token of this session, and what was typed.
    retry = MessageForm(other.data, request=other.request)
    assert other["message"].value() == "Hi"
    retry.data = retry.data | {"form_started": _aged(retry.data["form_started"])}
    assert retry.is_valid(), retry.errors


def _aged(value, seconds=10):
    shown = antispam.read_token(value)
    return antispam.make_token(shown["f"], shown["s"], time.time() - seconds)


def test_too_fast_person_gets_a_clear_translated_message_and_keeps_the_text():
    with translation.override("fr"):
        form = post(age=1)
        assert not form.is_valid()
        assert not form.looks_like_bot
        assert "très vite" in form.non_field_errors()[0]
        html = form.as_div()
    assert "Hello, I would like to help." in html
    # After a moment, the same re-displayed form passes: its token is kept.
    assert form.data["form_started"] == form["form_started"].value()
    again = MessageForm(form.data | {"form_started": _aged(form.data["form_started"], 4)})
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


def test_rate_limit_function():
    request = RequestFactory().get("/", REMOTE_ADDR="192.0.2.10")
    results = [antispam.rate_limit(request, "scope-a", 3, 60) for _ in range(5)]
    assert results == [False, False, False, True, True]
    assert antispam.rate_limit(request, "scope-b", 3, 60) is False


def test_rate_limit_window_slides_no_double_quota_across_a_boundary():
    """3 per minute: 3 just before a minute turns, then nothing more until a minute
    (and at most one counter of 6 s) has passed. A fixed window let 3 more through at
    once."""
    request = RequestFactory().get("/", REMOTE_ADDR="192.0.2.20")
    start = 6_000_000 * 60 + 59.5  # half a second before a minute boundary

    def at(seconds):
        with mock.patch("portal.antispam.time.time", return_value=start + seconds):
            return antispam.rate_limit(request, "slide", 3, 60)

    assert [at(0), at(0.1), at(0.2)] == [False, False, False]
    assert [at(1), at(30), at(59)] == [True, True, True]
    # The refused tries count too: the last one, at 59 s, is forgotten 66 s later at most.
    assert at(59 + 60 + 6.1) is False


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
