"""Shared fixtures: the demo content is loaded once per test database."""

import pytest
from django.core.management import call_command
from wagtail.models import Page


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    with django_db_blocker.unblock():
        call_command("load_demo_content", stdout=open("/dev/null", "w"))  # noqa: SIM115


@pytest.fixture
def demo(db):
    """The demo site (reloaded if a transactional test flushed the database)."""
    from home.models import HomePage

    if not HomePage.objects.exists():
        call_command("load_demo_content", stdout=open("/dev/null", "w"))  # noqa: SIM115
    return HomePage.objects.get(locale__language_code="fr")


@pytest.fixture
def home_fr(demo):
    return demo


@pytest.fixture
def home_en(demo):
    from wagtail.models import Locale

    return demo.get_translation(Locale.objects.get(language_code="en"))


def page_by_slug(slug, language):
    return Page.objects.get(slug=slug, locale__language_code=language).specific
