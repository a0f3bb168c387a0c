"""Impact that adds up and the territory pages (issue 13): the projects' results totalled on
the impact page, the territory pages and the home page, in French and English; charts as
accessible SVG with their tables; the map's links; query budgets from 3 to 30 projects."""

import re

import pytest
from django.core.cache import cache
from django.core.exceptions import ValidationError
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Locale

from community.models import TerritoryPage
from portal import chrome
from stories.factories import create_projects
from stories.models import ProjectFigure, ProjectIndexPage, ProjectPage, Territory
from tests.helpers import elements, text_of
from tests.territories_site import add_result, build_territories

pytestmark = pytest.mark.django_db


@pytest.fixture(scope="module")
def _territories(_stories, django_db_blocker):
    with django_db_blocker.unblock():
        return build_territories(_stories)


@pytest.fixture
def territories(_territories, db):
    return _territories


@pytest.fixture(autouse=True)
def fresh_cache():
    cache.clear()


def headline(html):
    """The first total of the page: young people reached."""
    match = re.search(r'class="key-figure__number">([^<]*)<', html)
    return match.group(1).replace("\u202f", "").replace("\xa0", "").replace(",", "")


def publish(page):
    page.save_revision().publish()


def test_the_impact_page_adds_up_the_results_in_both_languages(client, territories):
    french = text_of(client.get(territories.impact_fr.url))
    english = text_of(client.get(territories.impact_en.url))
    assert headline(french) == headline(english) == "75"  # 30 + 45 young people
    assert "Workshops and sessions held" in english and "Ateliers et séances" in french
    # Each figure says where it comes from: its project and its source.
    assert territories.passe_fr.url in french and "Call &amp; Care, bilan 2024" in french
    assert territories.passe_en.url in english and "Call &amp; Care, 2024 review" in english
    # Territories and challenges link to their pages.
    assert territories.mel_page_fr.url in french
    assert territories.drop_out_en.url in english


def test_charts_are_accessible_svg_with_a_table_and_no_style(client, territories):
    html = text_of(client.get(territories.impact_fr.url))
    charts = elements(html, "svg", role="img")
    assert len(charts) == 3
    for chart in charts:
        title, desc = chart["aria-labelledby"].split()
        assert f'id="{title}"' in html and f'id="{desc}"' in html
    assert html.count("<table") >= 4  # one behind each chart, and the sources
    assert "style=" not in html and "<script" not in html.split("</main>")[0].split("<main")[1]


def test_adding_a_result_changes_the_totals_the_territory_page_and_the_home(client, territories):
    urls = [
        territories.impact_fr.url,
        territories.littoral_page_fr.url,
        territories.littoral_page_en.url,
        "/fr/",
    ]
    before = [headline(text_of(client.get(url))) for url in urls]
    assert before == ["75", "45", "45", "75"]

    add_result(territories, "mobile", "young-people", 20, 2026, "Bilan 2026", "2026 review")
    publish(territories.mobile_fr)  # a publication refreshes the cached totals

    after = [headline(text_of(client.get(url))) for url in urls]
    assert after == ["95", "65", "65", "95"]
    littoral = text_of(client.get(territories.littoral_page_fr.url))
    assert "Bilan 2026" in littoral and "2026" in littoral


def test_the_home_figures_are_computed_and_typed_ones_need_a_source(client, territories):
    home = text_of(client.get("/fr/"))
    section = home.split('id="impact-heading"')[1].split("</section>")[0]
    assert headline(section) == "75"
    assert territories.impact_fr.url in section  # one click to the impact page
    # Nothing typed by hand: the figures are the projects' results.
    assert not territories.home_fr.impact_figures
    home_page = territories.home_fr
    home_page.impact_figures = [
        ("figure", {"number": "2 873", "unit": "", "label": "personnes", "source": ""})
    ]
    with pytest.raises(ValidationError):
        home_page.full_clean()
    home_page.impact_figures = [
        ("figure", {"number": "2 873", "unit": "", "label": "personnes", "source": "Call & Care"})
    ]
    publish(home_page)
    section = text_of(client.get("/fr/")).split('id="impact-heading"')[1].split("</section>")[0]
    assert headline(section) == "75" and "2 873" in section and "Call &amp; Care" in section


def test_a_territory_page_shows_its_projects_testimonials_and_figures(client, territories):
    html = text_of(client.get(territories.mel_page_fr.url))
    assert "Passe décisive" in html and "Équipe mobile" not in html
    assert "Yacine" in html
    english = text_of(client.get(territories.mel_page_en.url))
    assert territories.passe_en.url in english and "Passe décisive" in english
    assert headline(english) == "30"


def test_the_map_links_work_without_javascript(client, territories):
    for index in (territories.territories_fr, territories.territories_en):
        html = text_of(client.get(index.url))
        svg = html.split("<svg")[1].split("</svg>")[0]
        links = re.findall(r'<a href="([^"]+)"', svg)
        pages = TerritoryPage.objects.live().filter(locale=index.locale)
        assert sorted(links) == sorted(page.url for page in pages)
        for link in links:
            assert client.get(link).status_code == 200
        # Every territory is in the list, even without a page or a shape (Pévèle).
        listed = html.split('class="territory-map__list"')[1].split("</ul>")[0]
        for territory in Territory.objects.filter(locale=index.locale):
            assert territory.name in listed
    current = text_of(client.get(territories.mel_page_fr.url))
    assert 'aria-current="page"' in current


def test_a_result_s_numbers_follow_its_translations(territories):
    """The number is a fact: changed on the French page, the English row follows at once."""
    french = territories.passe_fr
    row = french.results.get(measure="workshops")
    rows = list(french.results.all())  # as the editor's form sends them
    for result in rows:
        if result.measure == "workshops":
            result.value = 14
    french.results = rows
    publish(french)
    english = ProjectFigure.objects.get(
        translation_key=row.translation_key, locale=Locale.objects.get(language_code="en")
    )
    assert english.value == 14
    assert english.source == "Call & Care, 2025 review", "the text stays as translated"


def test_nonsense_page_numbers_are_no_error(client, territories):
    for url in (territories.impact_fr.url, territories.mel_page_en.url):
        for query in ("?page=x", "?page=999", "?page=%00"):
            assert client.get(url + query).status_code == 200, url + query


def counts(client, url):
    client.get(url)
    chrome.invalidate()  # as a publish does: the fragments and the totals are stale
    client.get("/fr/a-propos/")
    with CaptureQueriesContext(connection) as cold:
        assert client.get(url).status_code == 200
    with CaptureQueriesContext(connection) as warm:
        client.get(url)
    return len(cold), len(warm)


def test_impact_and_territory_budgets_do_not_grow_from_3_to_30_projects(client, territories):
    urls = [
        territories.impact_fr.url,
        territories.impact_en.url + "?page=2",
        territories.mel_page_fr.url,
        territories.mel_page_en.url,
        territories.territories_fr.url,
        "/fr/",
    ]

    def grow(total):
        for language in ("fr", "en"):
            index = ProjectIndexPage.objects.get(locale__language_code=language)
            mel = Territory.objects.get(slug="metropole-lilloise", locale=index.locale)
            missing = total - ProjectPage.objects.live().filter(locale=index.locale).count()
            create_projects(index, missing, territories=[mel], prefix=f"budget-{language}")

    grow(3)
    with_3 = {url: counts(client, url) for url in urls}
    grow(30)
    for url in urls:
        with_30 = counts(client, url)
        print(f"QUERIES {url}: cold/warm with 3 projects {with_3[url]}, with 30 {with_30}")
        assert with_30[0] <= with_3[url][0] and with_30[1] <= with_3[url][1], url
    assert max(cold for cold, _warm in with_3.values()) <= 40
    assert max(warm for _cold, warm in with_3.values()) <= 12
