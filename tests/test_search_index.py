"""Search finds what people type (issue 15): the same analysis for the text and the query,
phrases, corrections, filters in the URL, search within a section, an index that follows
publishing and privacy, statistics kept off the request. Runs on SQLite and PostgreSQL."""

import datetime

import pytest
from wagtail.contrib.search_promotions.models import Query
from wagtail.models import Page, PageViewRestriction

from events.models import EventPage
from search import results
from search.analysis import parse, terms
from stories.models import ProjectPage, Territory
from tests.helpers import elements, text_of
from tests.test_search_page import add_page, result_titles, search

# Corrections, filters and sections are judged on the demo's own words and pages.
pytestmark = pytest.mark.demo


# On the demo: the home pages are the demo's, not the small site's.
@pytest.fixture
def home_fr(demo_homes):
    return demo_homes[0]


@pytest.fixture
def home_en(demo_homes):
    return demo_homes[1]


@pytest.mark.parametrize(
    ("written", "typed", "language"),
    [
        ("Marcq-en-Barœul", "baroeul", "fr"),
        ("l’insertion des jeunes", "insertion jeune", "fr"),
        ("la mobilité", "MOBILITE", "fr"),
        ("ﬁnancement", "financement", "fr"),
        ("bullying and harassment", "bullied harass", "en"),
        ("the rugby club's players", "rugby club player", "en"),
    ],
)
def test_text_and_query_get_the_same_terms(written, typed, language):
    assert set(terms(typed, language)) <= set(terms(written, language))


def test_stop_words_and_markup_never_become_terms():
    assert terms("de la et l' du", "fr") == []
    assert terms("<b>the</b> of and", "en") == ["b", "b"]
    assert not parse("😀 ' \" * ( )", "fr")


@pytest.mark.django_db
def test_english_inflections_and_french_ligatures_are_found(client, home_fr, home_en):
    add_page(home_en, "Standing up to bullies", "Harassment has no place in class.", slug="bullies")
    add_page(home_fr, "Rencontre à Villeneuve-d’Œuf", "Une œuvre commune.", slug="oeuf")
    for typed in ("bullying", "bully", "harassed", "HARASSMENT"):
        assert "Standing up to bullies" in result_titles(search(client, typed, "en")), typed
    for typed in ("oeuf", "villeneuve d'oeuf", "oeuvres"):
        assert "Rencontre à Villeneuve-d’Œuf" in result_titles(search(client, typed)), typed


@pytest.mark.django_db
def test_phrases_in_double_quotes(client, home_fr):
    add_page(home_fr, "Zéphyr en maison de quartier", "Un zéphyr.", slug="zephyr-a")
    add_page(home_fr, "Zéphyr du quartier", "La maison du zéphyr.", slug="zephyr-b")
    assert set(result_titles(search(client, "zephyr maison quartier"))) == {
        "Zéphyr en maison de quartier",
        "Zéphyr du quartier",
    }
    assert result_titles(search(client, '"maisons de quartier" zephyr')) == [
        "Zéphyr en maison de quartier"
    ]
    # An unclosed quote is a word like the others.
    assert len(result_titles(search(client, '"zephyr maison'))) == 2


@pytest.mark.django_db
def test_a_typo_gets_the_results_of_the_closest_words_of_the_site(client, demo):
    response = search(client, "harcellemant scolair")
    assert "résultats pour « harcelement scolaire »" in text_of(response)
    # The project with both words, and the territory pages that list it with its summary.
    titles = result_titles(response)
    assert "Parenthèses" in titles[:3]
    assert set(titles) <= {"Parenthèses", "Métropole lilloise", "Lille Metropolitan Area"}
    response = search(client, "cyberharcelemnt")
    assert "Agir contre le harcèlement et le cyberharcèlement" in result_titles(response)
    html = text_of(search(client, "mobilty", "en"))
    assert "results for “mobility”" in html


@pytest.mark.django_db
def test_some_words_are_enough_when_no_page_has_them_all(client, demo):
    response = search(client, "rugby xylophonique")
    assert "Insertion Rugby" in result_titles(response)
    assert "Aucune page n’a tous ces mots" in text_of(response)


@pytest.mark.django_db
def test_filters_by_territory_and_date_stay_in_the_url(client, demo):
    project = ProjectPage.objects.get(slug="insertion-rugby", locale__language_code="fr")
    own = project.territory_links.first().territory
    other = Territory.objects.filter(locale=own.locale).exclude(pk=own.pk)
    other = other.exclude(
        translation_key__in=[
            link.territory.translation_key for link in project.territory_links.all()
        ]
    ).first()
    assert "Insertion Rugby" in result_titles(search(client, "rugby", territory=own.slug))
    narrowed = search(client, "rugby", territory=other.slug)
    assert "Insertion Rugby" not in result_titles(narrowed)
    html = text_of(narrowed)
    chosen = elements(html, "option", value=other.slug)[0]
    assert "selected" in chosen  # the filter shows as chosen: it is in the URL
    event = EventPage.objects.filter(locale__language_code="fr").order_by("start_date").first()
    day = event.start_date.isoformat()
    word = event.title.split()[0]
    assert event.title in result_titles(search(client, word, date_from=day, date_to=day))
    before = (event.start_date - datetime.timedelta(days=1)).isoformat()
    assert event.title not in result_titles(search(client, word, date_to=before))


@pytest.mark.parametrize(
    "params",
    [
        {"date_from": "2024-13-45"},
        {"date_from": "2025-06-01", "date_to": "2025-01-01"},
        {"territory": "<script>x</script>"},
        {"type": "'; drop"},
        {"section": "abc"},
        {"section": "999999999"},
        {"page": "-1"},
    ],
)
@pytest.mark.django_db
def test_bad_filters_are_explained_never_an_error(client, demo, params):
    response = search(client, "jeunes", **params)
    assert response.status_code == 200
    assert "<script>x" not in text_of(response)
    if "date_from" in params:
        assert "search-filters__error" in text_of(response)
    assert result_titles(response)  # the words are still searched


@pytest.mark.django_db
def test_the_projects_and_events_indexes_search_their_own_pages(client, demo):
    for slug, kind in (("projets", "project"), ("agenda", "event")):
        section = Page.objects.get(slug=slug, locale__language_code="fr")
        html = text_of(client.get(section.url))
        form = [
            f
            for f in elements(html, "form", role="search")
            if "section-search" in f.get("class", "")
        ]
        assert form and form[0]["action"] == "/fr/search/"
        assert elements(html, "input", type="hidden", name="section", value=str(section.pk))
        response = search(client, "jeunes", section=section.pk)
        html = text_of(response)
        assert f"search-result--{kind}" in html
        kinds = {
            k
            for k in ("challenge", "project", "testimonial", "event", "page")
            if f"search-result--{k}" in html
        }
        assert kinds == {kind}
        assert "Rechercher dans tout le site" in html


@pytest.mark.django_db
def test_the_index_follows_publishing_and_privacy(client, home_fr):
    page = add_page(home_fr, "Quetzal migrateur", "Le quetzal.", slug="quetzal")
    assert result_titles(search(client, "quetzal")) == ["Quetzal migrateur"]
    PageViewRestriction.objects.create(page=page, restriction_type="login")
    assert result_titles(search(client, "quetzal")) == []
    PageViewRestriction.objects.filter(page=page).delete()
    assert result_titles(search(client, "quetzal")) == ["Quetzal migrateur"]
    page.save_revision()  # a draft changes nothing until it is published
    page.title = "Quetzal sédentaire"
    page.save_revision().publish()
    assert result_titles(search(client, "sedentaire")) == ["Quetzal sédentaire"]
    page.unpublish()
    assert result_titles(search(client, "quetzal")) == []
    page.save_revision().publish()
    page.delete()
    assert result_titles(search(client, "quetzal")) == []


@pytest.mark.django_db
def test_statistics_are_written_after_the_searches_not_during_them(client, demo, monkeypatch):
    results.statistics.pending.clear()
    monkeypatch.setattr(results.Statistics, "FLUSH_SECONDS", 3600)
    search(client, "Insertion   Professionnelle")
    search(client, "insertion professionnelle!")
    search(client, "insertion professionnelle", type="project")  # the same search, filtered
    assert not Query.objects.filter(query_string="insertion professionnelle").exists()
    results.statistics.flush(force=True)
    assert Query.get("insertion professionnelle").hits == 2
