"""Programmes: a programme page shows its facts and the projects editors attached to it, in
the visitor's language, filterable by territory; budgets that do not grow with projects."""

import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from community.models import ProgrammePage, ProgrammeProject
from portal import chrome
from stories.factories import create_projects
from stories.models import ProjectIndexPage, Territory
from tests.community_site import build_programmes

pytestmark = pytest.mark.django_db


@pytest.fixture(scope="module")
def _programmes(_stories, django_db_blocker):
    with django_db_blocker.unblock():
        return build_programmes(_stories)


@pytest.fixture
def programmes(_programmes, db):
    return _programmes


def card_titles(response):
    return re.findall(r'class="card__title"><a href="[^"]*">([^<]*)</a>', response.content.decode())


def test_programme_page_shows_its_facts_and_its_projects_in_each_language(client, programmes):
    french = client.get(programmes.call_and_care_fr.url)
    assert french.status_code == 200
    html = french.content.decode()
    assert "Département du Nord" in html
    assert "Expérimentons des réponses nouvelles face au décrochage" in html
    assert "mai 2021" in html and "29" in html
    # Sorted here: where "É" sorts depends on the database's collation.
    assert sorted(card_titles(french)) == ["Passe décisive", "Équipe mobile"]
    english = client.get(programmes.call_and_care_en.url)
    assert card_titles(english) == ["Mobile team", "Passe décisive"]
    assert programmes.passe_en.url in english.content.decode()
    assert "May 2021" in english.content.decode()
    # A programme without projects says so; the index lists both programmes.
    assert "0 projects" in client.get(programmes.fijem_programme_en.url).content.decode()
    assert card_titles(client.get(programmes.programmes_en.url)) == ["Call &amp; Care", "FIJeM"]


def test_projects_filter_by_territory_and_survive_nonsense(client, programmes):
    url = programmes.call_and_care_fr.url
    assert card_titles(client.get(url + "?territory=littoral")) == ["Équipe mobile"]
    for query in ("?territory=%00", "?territory=nowhere&page=999", "?page=x"):
        response = client.get(url + query)
        assert response.status_code == 200, query
        assert len(card_titles(response)) == 2, query


def counts(client, url):
    client.get(url)
    chrome.invalidate()  # as a publish does: listing fragments are stale
    client.get("/fr/a-propos/")
    with CaptureQueriesContext(connection) as cold:
        assert client.get(url).status_code == 200
    with CaptureQueriesContext(connection) as warm:
        client.get(url)
    return len(cold), len(warm)


def test_programme_budget_does_not_grow_from_10_to_100_projects(client, programmes):
    page = programmes.call_and_care_fr
    mel = Territory.objects.get(slug="metropole-lilloise", locale=page.locale)
    index = ProjectIndexPage.objects.get(locale=page.locale)
    urls = [page.url, page.url + "?territory=metropole-lilloise&page=2", page.get_parent().url]

    def attach(total):
        programme = ProgrammePage.objects.get(pk=page.pk)
        missing = total - programme.project_links.count()
        for project in create_projects(index, missing, territories=[mel]):
            ProgrammeProject.objects.create(page=programme, project=project)

    attach(10)
    with_10 = {url: counts(client, url) for url in urls}
    attach(100)
    for url in urls:
        with_100 = counts(client, url)
        print(f"QUERIES {url}: cold/warm with 10 projects {with_10[url]}, with 100 {with_100}")
        # Never more (the first count may read a few per-process caches fewer).
        assert with_100[0] <= with_10[url][0] and with_100[1] == with_10[url][1], url
    assert max(cold for cold, _warm in with_10.values()) <= 20
