"""Cost grows with traffic, not with content: every page type keeps its query budget (12)
with the small factory site alone and with bulk projects, events and articles added
(create_bulk_content), warm (after a first request: fragment caches filled) and cold (the
shared cache emptied just before the request, as after a publish or on a big site's first
visits).

Pages are picked from the database (the first live French page of each type), so a new
page type is measured as soon as the small site (tests/sites.py and the community and
giving parts built on it) has one.
"""

from importlib.metadata import version

import pytest
from django.core.cache import cache
from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Page

from events.models import EventIndexPage, EventPage
from portal import chrome
from search import results
from stories.models import ProjectIndexPage, ProjectPage, Territory
from tests.community_site import build_news, build_programmes, build_reports_calls
from tests.giving_site import build_giving
from tests.helpers import most_repeated
from tests.territories_site import build_territories

pytestmark = pytest.mark.django_db

BUDGET = 12
# Lists of events: a COUNT for numbered pages and a prefetch of renditions (see
# tests/test_events_pages.py).
BUDGETS = {"EventIndexPage": 14, "events, past": 14}
# Cold (the shared cache emptied before the request): 12 is the target of issue 16. The
# site chrome (site, settings, home pages, restrictions, menus, ancestors and translations,
# routing) costs 8 to 10 queries cold; these pages read more than that on top, for now.
COLD_BUDGETS = {
    "HomePage": 32,
    "ProjectIndexPage": 15,
    "ProjectPage": 22,
    "ProgrammePage": 16,
    "CallForProjectsPage": 16,
    "ReportPage": 16,
    "ImpactPage": 18,
    "TerritoryPage": 30,
    "HelpPage": 13,
    "projects, filtered, page 2": 15,
    "search": 23,
}
# More than a listing's page, so pagination shows.
BULK = {"projects": 30, "events": 30, "articles": 30}


@pytest.fixture(scope="module")
def _every_page_type(_stories, _calendar, django_db_blocker):
    with django_db_blocker.unblock():
        build_news(_stories)
        build_reports_calls(build_programmes(_stories))
        build_territories(_stories)
        build_giving(_stories)
    return _stories


@pytest.fixture
def every_page_type(_every_page_type, db):
    return _every_page_type


def measured_urls():
    urls = {}
    pages = Page.objects.live().filter(locale__language_code="fr", depth__gt=1)
    for page in pages.exclude(slug__startswith="bulk-").order_by("path").specific():
        urls.setdefault(type(page).__name__, page.url)
    projects = ProjectIndexPage.objects.get(locale__language_code="fr").url
    territory = Territory.objects.filter(locale__language_code="fr").order_by("pk").first()
    events = EventIndexPage.objects.get(locale__language_code="fr").url
    urls.update(
        {
            "projects, filtered, page 2": f"{projects}?territory={territory.slug}&page=2",
            "events, past": f"{events}past/",
            "events, month": f"{events}month/",
            "search": "/fr/search/?q=jeunes",
        }
    )
    return urls


def statements_of(client, url, cold):
    if cold:
        # The first visit renders what the page shows now (not a fragment cached before the
        # content grew), so its renditions exist, as after a deploy.
        cache.clear()
    client.get(url)  # per-process caches (content types, templates)
    if cold:
        cache.clear()  # fragments, chrome, site settings, renditions: all gone
    # The searches measured before are written now, not by the measured request when 30 s
    # have passed (after its response, see search.results.Statistics).
    results.statistics.flush(force=True)
    with CaptureQueriesContext(connection) as context:
        response = client.get(url)
    assert response.status_code == 200, url
    return [query["sql"] for query in context.captured_queries]


def budgets(client, cold):
    """The statements of each page type's request, by name."""
    return {name: statements_of(client, url, cold) for name, url in measured_urls().items()}


@pytest.mark.parametrize("cold", [False, True], ids=["warm", "cold"])
def test_every_page_type_keeps_its_budget_when_content_grows(client, every_page_type, cold):
    small = {name: len(statements) for name, statements in budgets(client, cold).items()}
    call_command("create_bulk_content", stdout=open("/dev/null", "w"), **BULK)  # noqa: SIM115
    statements = budgets(client, cold)
    large = {name: len(done) for name, done in statements.items()}
    state = "cold" if cold else "warm"
    for name, count in large.items():
        print(f"QUERIES {state} {name}: {small[name]} small site, {count} with bulk content")

    limits = {**BUDGETS, **COLD_BUDGETS} if cold else BUDGETS
    over_budget = {name: count for name, count in large.items() if count > limits.get(name, BUDGET)}
    # Cold, a list's prefetch (renditions of its cards) runs only once the list has items:
    # one query more at most when bulk content fills a list that was empty.
    slack = 1 if cold else 0
    grew = {
        name: (small[name], count)
        for name, count in large.items()
        if count > small[name] + slack or (not cold and count != small[name])
    }
    explained = {name: most_repeated(statements[name]) for name in {**over_budget, **grew}}
    assert (over_budget, grew) == ({}, {}), explained


def test_bulk_content_is_live_listed_and_removable(client, stories, calendar):
    def bulk(model):
        return model.objects.live().filter(slug__startswith="bulk-")

    out = open("/dev/null", "w")  # noqa: SIM115
    call_command("create_bulk_content", projects=3, events=2, stdout=out)
    call_command("create_bulk_content", projects=3, events=2, stdout=out)  # tops up: nothing
    assert (bulk(ProjectPage).count(), bulk(EventPage).count()) == (3, 2)

    project = bulk(ProjectPage).order_by("path").first()
    assert project.title in client.get(project.url).content.decode()
    index = ProjectIndexPage.objects.get(locale__language_code="fr")
    assert project.url.startswith(index.url)

    call_command("create_bulk_content", delete=True, stdout=out)
    assert client.get(project.url).status_code == 404
    assert not bulk(EventPage).exists()


def test_the_chrome_is_checked_again_when_wagtail_changes():
    """portal/chrome.py fills Wagtail's own request attributes and cache key: a new release
    of Wagtail must be read before it is installed."""
    assert {name: version(name) for name in chrome.WRITTEN_FOR} == chrome.WRITTEN_FOR
