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


def test_the_demo_adds_up_the_projects_results_and_tags_territories(client, demo):
    """Issue 13: every project is in its territories (the Bassin Minier shows its Douaisis
    project), the results add up on the home page (nothing typed there), and a project page
    shows the articles about it."""
    from home.models import HomePage

    for url, project in (
        ("/fr/territoires/bassin-minier/", "Équipe mobile du Douaisis"),
        ("/en/territories/bassin-minier/", "/en/projects/equipe-mobile-douaisis/"),
        ("/fr/territoires/cambresis/", "Dotation d’Action Territoriale"),
    ):
        assert project in client.get(url).content.decode(), url
    assert not any(home.impact_figures for home in HomePage.objects.all())
    home = client.get("/fr/").content.decode().split('id="impact-heading"')[1]
    assert "jeunes touchés" in home and "/fr/impact/" in home
    impact = client.get("/en/impact/").content.decode()
    assert "FIJeM, year-1 review (24 June 2025)" in impact and "2,215" in impact
    assert "Call &amp; Care, Nord department" in impact  # typed by hand, with its source
    project = client.get("/fr/projets/pair-a-pair-contre-le-harcelement/").content.decode()
    assert "Le FIJeM fait le bilan de sa première année" in project
