"""The demo content command builds the site tree and can run again safely."""

import pytest
from django.apps import apps
from django.core.management import call_command
from wagtail.models import Page

pytestmark = [pytest.mark.django_db, pytest.mark.demo]


def row_counts():
    return {
        model._meta.label: model.objects.count()
        for model in apps.get_models()
        if model._meta.app_label
        in {"wagtailcore", "wagtailimages", "home", "stories", "events", "portal"}
        and not model._meta.label.endswith(("ModelLogEntry", "PageLogEntry", "Revision"))
    }


def test_running_the_demo_twice_changes_nothing(demo):
    before = row_counts()
    pages = list(Page.objects.values_list("id", "title", "live", "url_path").order_by("id"))
    call_command("load_demo_content", stdout=open("/dev/null", "w"))  # noqa: SIM115
    assert row_counts() == before
    assert list(Page.objects.values_list("id", "title", "live", "url_path").order_by("id")) == pages


def test_every_french_page_has_a_live_english_translation(demo):
    french = Page.objects.filter(locale__language_code="fr", depth__gt=1).live()
    for page in french:
        english = page.get_translations().filter(locale__language_code="en").live()
        assert english.exists(), page.title


def test_the_demo_menus_show_what_the_site_showed_in_both_languages(demo, client):
    from portal.models import Menu

    for language in ("fr", "en"):
        main = Menu.objects.get(slot="main", locale__language_code=language)
        footer = Menu.objects.get(slot="footer", locale__language_code=language)
        assert len(main.items) == 11 and len(footer.items) == 3
        html = client.get(f"/{language}/").text
        nav = html[html.index('class="main-nav"') :]
        nav = nav[: nav.index("</nav>")]
        assert nav.count("<a ") == 11
        assert f'href="/{language}/contact/"' in nav
        other = "en" if language == "fr" else "fr"
        assert f'href="/{other}/' not in nav  # each link in the menu's language
    assert 'href="/en/legal-notice/"' in client.get("/en/").text
