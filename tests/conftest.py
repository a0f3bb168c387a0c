"""Shared fixtures.

Most modules build a small two-language site with the factories (`site`, `stories`,
`calendar`: see tests/sites.py) once per module, inside a transaction rolled back when the
module ends; each test runs in a savepoint of it, as pytest-django's `db` does.

Modules marked `demo` (end-to-end tests of the demo itself) read the full demo instead,
loaded once per test process and kept. They run last and together (one xdist group), so a
worker builds the demo once and the factory modules never see it.
"""

import contextlib
import os

import pytest
from django.core.cache import cache
from django.core.management import call_command
from django.db import connection, transaction
from wagtail.models import Locale, Page

from events.registration.models import Registration
from home.models import HomePage
from search import results
from stories.models import Territory
from tests import sites

DEMO_GROUP = "demo"
BROWSER_GROUP = "browser"


def _kind(item):
    """0: browser, 1: built with factories, 2: reads the full demo."""
    if item.get_closest_marker("demo"):
        return 2
    if "tests/browser/" in str(item.fspath):
        return 0
    return 1


def pytest_itemcollected(item):
    """One xdist group per module (`--dist loadgroup` keeps a module on one worker, as
    loadfile does); the browser modules (one server each per worker) share a group.

    The demo modules share a group, so that a worker loads the demo once, except those
    marked `demo(group=...)`: a module that takes minutes has its own group, which the
    other worker runs at the same time (it loads the demo there too, in half a minute).

    Marked as each test is collected: xdist reads the groups in its collection hook."""
    if demo := item.get_closest_marker("demo"):
        group = "-".join(filter(None, [DEMO_GROUP, demo.kwargs.get("group")]))
    else:
        group = BROWSER_GROUP if _kind(item) == 0 else item.module.__name__
    item.add_marker(pytest.mark.xdist_group(group))


@pytest.hookimpl(trylast=True)
def pytest_collection_modifyitems(config, items):
    """The browser modules first (their server takes two minutes to start), the demo
    modules last and together. Last among the hooks: pytest-django sorts the tests too."""
    items.sort(key=_kind)  # stable: the order inside each kind is kept


@pytest.hookimpl(trylast=True)
def pytest_collection_finish(session):
    """Fail loudly if xdist lost the groups (it did with pytest 9.2, silently: each test
    went to any worker, which rebuilt its module's site and the demo, and CI took twice as
    long). xdist marks a grouped test by appending "@group" to its id."""
    if session.config.getoption("loadgroup", False) and session.items:
        item = session.items[0]
        group = item.get_closest_marker("xdist_group").args[0]
        if not item.nodeid.endswith(f"@{group}"):
            raise pytest.UsageError(
                f"pytest-xdist did not group {item.nodeid} ({group}): check the versions of "
                "pytest and pytest-xdist in requirements.lock"
            )


@contextlib.contextmanager
def rolled_back(django_db_blocker):
    """Open a transaction for a whole module, rolled back at its end."""
    with django_db_blocker.unblock():
        atomic = transaction.atomic()
        atomic.__enter__()
    try:
        yield
    finally:
        with django_db_blocker.unblock():
            transaction.set_rollback(True)
            atomic.__exit__(None, None, None)
            cache.clear()


def _demo_loaded():
    return HomePage.objects.exists()


def _clear_demo():
    """Remove the demo's pages, snippets and registrations (inside the module's transaction,
    so they come back when it ends). Only when xdist ran a demo module first on this worker:
    `make test` orders modules so that it does not happen."""
    Registration.objects.all().delete()
    Page.objects.filter(depth=2).delete()
    Territory.objects.all().delete()


@pytest.fixture(autouse=True)
def _no_searches_pending(monkeypatch):
    """Searches are counted in memory per process and written by the first request that
    ends 30 s later (search.results.Statistics): each test starts with none pending, so
    that no request of one test writes the searches of another (a query budget would
    count them, on a slow machine only)."""
    monkeypatch.setattr(results, "statistics", results.Statistics())


@pytest.fixture(scope="module")
def _module_transaction(django_db_setup, django_db_blocker):
    # Requested statically (through `site`, `stories`, ...), it starts before any test's
    # transaction; requested lazily (getfixturevalue) it would start inside one.
    assert not connection.in_atomic_block, "the module's site must be set up before the test"
    with rolled_back(django_db_blocker):
        with django_db_blocker.unblock():
            if _demo_loaded():
                _clear_demo()
        yield


@pytest.fixture(scope="module")
def _site(_module_transaction, django_db_blocker):
    with django_db_blocker.unblock():
        return sites.build_site()


@pytest.fixture(scope="module")
def _stories(_site, django_db_blocker):
    with django_db_blocker.unblock():
        return sites.build_stories(_site)


@pytest.fixture(scope="module")
def _calendar(_site, django_db_blocker):
    with django_db_blocker.unblock():
        return sites.build_calendar(_site)


@pytest.fixture
def site(_site, db):
    """The small site: home, about and contact pages in French and English (`site.home_fr`,
    `site.about_en`, ...), built once per module."""
    return _site


@pytest.fixture
def stories(_stories, db):
    """The small site with territories, challenges, projects and a testimonial."""
    return _stories


@pytest.fixture
def calendar(_calendar, db):
    """The small site with the calendar: an upcoming evening and a past review."""
    return _calendar


@pytest.fixture
def home_fr(site):
    return site.home_fr


@pytest.fixture
def home_en(site):
    return site.home_en


def _load_demo():
    with open(os.devnull, "w") as devnull:
        # Renditions are made when a test's page first shows them (test_perf_renditions
        # covers making them ahead of time).
        call_command("load_demo_content", "--no-renditions", stdout=devnull)


@pytest.fixture(scope="session")
def _demo(django_db_setup, django_db_blocker):
    # Committed, outside the tests' transactions: every demo test of this process reads it.
    with django_db_blocker.unblock():
        if not _demo_loaded():
            _load_demo()


@pytest.fixture
def demo(_demo, db):
    """The full demo site (modules marked `demo` only), loaded once per test process."""
    if not _demo_loaded():  # a transactional test flushed the database
        _load_demo()
    return HomePage.objects.get(locale__language_code="fr")


@pytest.fixture
def demo_homes(demo):
    """The demo's home pages, for modules marked `demo` that override `home_fr`/`home_en`
    with them (the small site's fixtures would clear the demo for the module)."""
    return demo, demo.get_translation(Locale.objects.get(language_code="en"))


def page_by_slug(slug, language):
    return Page.objects.get(slug=slug, locale__language_code=language).specific
