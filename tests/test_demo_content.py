"""The demo content command builds the site tree and can run again safely."""

import pytest
from django.apps import apps
from django.core.management import call_command
from wagtail.models import Locale, Page

from community.models import CallForProjectsPage, ReportPage
from events.models import EventPage
from portal.models import SiteSettings
from tests.helpers import elements

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
    call_command("load_demo_content", "--no-renditions", stdout=open("/dev/null", "w"))  # noqa: SIM115
    assert row_counts() == before
    assert list(Page.objects.values_list("id", "title", "live", "url_path").order_by("id")) == pages


def test_every_french_page_has_a_live_english_translation(demo):
    french = Page.objects.filter(locale__language_code="fr", depth__gt=1).live()
    for page in french:
        english = page.get_translations().filter(locale__language_code="en").live()
        assert english.exists(), page.title


def test_the_fijem_report_and_the_next_call_are_built_from_the_facts(demo, client):
    report = ReportPage.objects.get(locale__language_code="fr")
    assert report.year == 2024 and report.event.slug == "bilan-fijem-annee-1"
    assert [action.project.slug for action in report.actions.all()] == [
        "pair-a-pair-contre-le-harcelement",
        "majyc-hors-qpv",
        "epiceries-solidaires-etudiantes",
        "accroche-toi-a-ton-avenir",
        "hebergement-temporaire-securise",
        "chantiers-educatifs",
    ]
    assert report.document.file.read().startswith(b"%PDF-")
    call = CallForProjectsPage.objects.get(locale__language_code="fr")
    assert call.is_open and call.documents.count() == 1
    # Both one click from the home page, in each language.
    for language in ("fr", "en"):
        locale = Locale.objects.get(language_code=language)
        home = client.get(f"/{language}/").content.decode()
        for page in (report, call):
            assert f'href="{page.get_translation(locale).url}"' in home, (language, page)


def test_the_evening_has_its_programme_and_the_fijem_review_its_recap_in_both_languages(demo):
    for language in ("fr", "en"):
        evening = EventPage.objects.get(
            locale__language_code=language,
            slug__in=["soiree-de-levee-de-fonds", "fundraising-evening"],
        )
        assert len(evening.programme) == 5 and evening.funds_use and evening.is_fundraising
        review = EventPage.objects.get(
            locale__language_code=language, slug__in=["bilan-fijem-annee-1", "fijem-year-1-review"]
        )
        assert review.shows_recap and (
            "2 215" in review.recap_summary or "2,215" in review.recap_summary
        )
        cards = review.recap_project_cards()
        assert len(cards) == 6 and {card.locale.language_code for card in cards} == {language}
    # The sources give no payment provider's address: the setting stays empty.
    assert not SiteSettings.objects.filter(donation_url__gt="").exists()


def test_the_demo_menus_list_the_sections_in_both_languages(demo, client):
    from portal.models import Menu

    for language in ("fr", "en"):
        main = Menu.objects.get(slot="main", locale__language_code=language)
        footer = Menu.objects.get(slot="footer", locale__language_code=language)
        assert len(main.items) == 12 and len(footer.items) == 3
        html = client.get(f"/{language}/").text
        nav = html[html.index('class="main-nav"') :]
        nav = nav[: nav.index("</nav>")]
        assert nav.count("<a ") == 12
        assert f'href="/{language}/contact/"' in nav
        assert f'href="/{language}/impact/"' in nav
        other = "en" if language == "fr" else "fr"
        assert f'href="/{other}/' not in nav  # each link in the menu's language
    assert 'href="/en/legal-notice/"' in client.get("/en/").text


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


def test_an_event_picture_is_described_in_the_page_language(demo, client):
    """The alternative text of an event's picture is the page's own, translated with it."""
    french = EventPage.objects.filter(locale__language_code="fr").exclude(image=None).first()
    english = french.get_translation(Locale.objects.get(language_code="en"))
    for page, start in ((french, french.title + " : "), (english, english.title + ": ")):
        html = client.get(page.url).content.decode()
        hero = elements(html, "img", fetchpriority="high")
        assert len(hero) == 1 and hero[0]["alt"].startswith(start), page.url
    assert english.image_alt_text != french.image_alt_text
