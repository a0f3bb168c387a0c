"""Query budgets of the story pages: within 12, and the same with 2 or 200 projects.

Two counts per page: "cold" (story fragments not cached yet: what the first visitor after
a publish pays) and "warm" (the cached fragments, which every publish invalidates).
"""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from portal import chrome
from stories.factories import create_projects
from stories.models import ChallengePage, ProjectIndexPage, ProjectPage, Territory
from tests.helpers import most_repeated

pytestmark = pytest.mark.django_db

BUDGET = 12
HOME_URLS = {"/fr/", "/en/"}
URLS = [
    "/fr/",
    "/en/",
    "/fr/defis/",
    "/fr/defis/prevent-drop-out/",
    "/fr/projets/",
    "/fr/projets/?territory=metropole-lilloise",
    "/en/projects/?territory=metropole-lilloise&challenge=prevent-drop-out&support=launch",
    "/fr/projets/passe-decisive/",
    "/en/projects/passe-decisive/",
    "/fr/temoignages/",
    "/en/testimonials/?territory=metropole-lilloise",
    "/fr/temoignages/yacine/",
    "/en/testimonials/yacine/",
]


def counts(client, url):
    """The queries of a cold and a warm request, and the cold one's statements (to explain
    a page whose queries grew)."""
    # The first visit renders what the page shows now (not a fragment cached before the
    # projects were added), so its renditions exist, as after a deploy.
    chrome.invalidate()
    client.get(url)  # per-process caches (site root paths, renditions)
    chrome.invalidate()  # as a publish does: story fragments are stale
    client.get("/fr/a-propos/")  # the chrome is cached again
    with CaptureQueriesContext(connection) as cold:
        response = client.get(url)
    assert response.status_code == 200, url
    with CaptureQueriesContext(connection) as warm:
        client.get(url)
    return (len(cold), len(warm)), [query["sql"] for query in cold.captured_queries]


def live_projects(language):
    return ProjectPage.objects.live().filter(locale__language_code=language)


def add_projects(total):
    """Bring each language to `total` live projects."""
    for language in ("fr", "en"):
        index = ProjectIndexPage.objects.get(locale__language_code=language)
        mel = Territory.objects.get(slug="metropole-lilloise", locale__language_code=language)
        challenge = ChallengePage.objects.get(
            slug="prevent-drop-out", locale__language_code=language
        )
        missing = total - live_projects(language).count()
        create_projects(index, missing, territories=[mel], challenges=[challenge])


def test_story_pages_stay_within_budget_and_do_not_grow(client, stories):
    # Every page is measured with the small site's projects, then all again with 200:
    # the 200 projects are created once for the whole list.
    with_few = {url: counts(client, url)[0] for url in URLS}
    add_projects(200)
    assert live_projects("fr").count() == 200
    for url in URLS:
        with_many, statements = counts(client, url)
        print(f"QUERIES {url}: cold/warm with a few projects {with_few[url]}, with 200 {with_many}")
        # Never more with 200 projects (a first visit may find more already cached).
        assert all(many <= few for many, few in zip(with_many, with_few[url], strict=True)), (
            f"{url}, most repeated cold:\n{most_repeated(statements)}"
        )
        if url not in HOME_URLS:  # the home page also carries the events' include: see below
            assert with_many[1] <= BUDGET, url


def test_home_stories_cost_nothing_once_cached(client, stories):
    """The stories part of the home page is one cached fragment."""
    from django.test import RequestFactory

    from home import featured

    home = stories.home_fr
    request = RequestFactory().get("/fr/")
    with CaptureQueriesContext(connection) as context:
        featured.home_sections(home, request)
    assert len(context) == 0, "the featured pages are only read when the fragment is rendered"
