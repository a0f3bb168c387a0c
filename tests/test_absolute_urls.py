"""Absolute URLs are built the same way with or without a request (portal/absolute_urls.py)."""

import pytest
from django.test import RequestFactory
from wagtail.models import Site

from portal.absolute_urls import absolute_url


def test_the_configured_public_address_wins(settings):
    settings.PORTAL_CANONICAL_BASE_URL = "https://hautslesjeunes.org/"
    request = RequestFactory().get("/", HTTP_HOST="internal:8000")
    assert absolute_url("/fr/agenda/", request) == "https://hautslesjeunes.org/fr/agenda/"
    assert absolute_url("/fr/agenda/") == "https://hautslesjeunes.org/fr/agenda/"


def test_an_absolute_url_is_kept(settings):
    settings.PORTAL_CANONICAL_BASE_URL = "https://hautslesjeunes.org"
    assert absolute_url("https://example.org/x") == "https://example.org/x"


def test_a_request_gives_its_host(settings):
    settings.PORTAL_CANONICAL_BASE_URL = ""
    request = RequestFactory().get("/", HTTP_HOST="portal.example:8000")
    assert absolute_url("/en/", request) == "http://portal.example:8000/en/"


@pytest.mark.django_db
def test_without_a_request_the_default_site_answers(settings):
    settings.PORTAL_CANONICAL_BASE_URL = ""
    Site.objects.filter(is_default_site=True).update(hostname="portal.example", port=443)
    assert absolute_url("/fr/") == "https://portal.example/fr/"
