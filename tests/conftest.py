"""Shared fixtures.

Most modules read a small two-language site built with the factories (`site`, `stories`,
`calendar`: see tests/sites.py). A test process keeps it from one module to the next, one
savepoint per layer (the site, then the stories and the calendar on it): a module finds the
layers it reads already built, or rolls back to those it shares and builds the rest. Each
module runs in a savepoint rolled back when it ends, each test in one of its own, as
pytest-django's `db` does; modules are sorted by the layers they read.

Modules marked `demo` (end-to-end tests of the demo itself) read the full demo instead,
loaded once per test process and kept. They run last and together (one xdist group), so a
worker builds the demo once and the factory modules never see it.
"""

import contextlib
import os

import pytest
from django.core.cache import cache
from django.core.management import call_command
from django.db import transaction
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


# The small site's layers, in the order they are built on each other, and their fixtures.
LAYERS = {"site": "_site", "stories": "_stories", "calendar": "_calendar"}
_MODULE_LAYERS = {}  # module name: the layers its tests read


def _layers_read(items):
    """("site", ...) with the layers on it that the tests read, or () if they read none."""
    fixtures = set().union(*(item.fixturenames for item in items))
    above = [layer for layer, fixture in LAYERS.items() if fixture in fixtures and layer != "site"]
    return ("site", *above) if above or LAYERS["site"] in fixtures else ()


@pytest.hookimpl(trylast=True)
def pytest_collection_modifyitems(config, items):
    """The browser modules first (their server takes a minute to start), then the
    modules by the layers of the small site they read, the demo modules last and together.
    Last among the hooks: pytest-django sorts the tests too."""
    modules = {}
    for item in items:
        modules.setdefault(item.module.__name__, []).append(item)
    _MODULE_LAYERS.update({name: _layers_read(tests) for name, tests in modules.items()})
    # Stable: the order inside a module is kept.
    items.sort(key=lambda item: (_kind(item), _MODULE_LAYERS[item.module.__name__]))


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
    """Remove the demo's pages, snippets and registrations (inside the site layer's
    savepoint, so they come back when it is rolled back). Only when xdist ran a demo module
    first on this worker: `make test` orders modules so that it does not happen."""
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


class SiteLayers:
    """The small site's layers kept by this test process, each in a savepoint."""

    BUILD = {
        "site": lambda below: sites.build_site(),
        "stories": sites.build_stories,
        "calendar": sites.build_calendar,
    }

    def __init__(self):
        self._stack = []  # (layer, its atomic block, the site with the names so far)

    def reach(self, wanted):
        """The site with exactly the `wanted` layers (a tuple in the order of LAYERS)."""
        built = [layer for layer, _, _ in self._stack]
        shared = 0
        while shared < min(len(built), len(wanted)) and built[shared] == wanted[shared]:
            shared += 1
        self.roll_back(shared)
        for layer in wanted[shared:]:
            atomic = transaction.atomic()
            atomic.__enter__()
            try:
                if not self._stack and _demo_loaded():
                    _clear_demo()
                below = self._stack[-1][2].copy() if self._stack else None
                self._stack.append((layer, atomic, self.BUILD[layer](below)))
            except BaseException:
                transaction.set_rollback(True)
                atomic.__exit__(None, None, None)
                raise
        return self._stack[-1][2].copy()

    def roll_back(self, depth=0):
        """Back to the first `depth` layers (0: nothing of the small site is left)."""
        if len(self._stack) <= depth:
            return
        while len(self._stack) > depth:
            _, atomic, _ = self._stack.pop()
            transaction.set_rollback(True)
            atomic.__exit__(None, None, None)
        cache.clear()  # fragments and renditions of what is gone


SITE_LAYERS = SiteLayers()


@pytest.fixture(scope="session")
def _site_layers(django_db_setup, django_db_blocker):
    """Set up after the test database, so its layers are rolled back before it goes."""
    yield SITE_LAYERS
    with django_db_blocker.unblock():
        SITE_LAYERS.roll_back()


@pytest.fixture(scope="module", autouse=True)
def _module_site(request, django_db_blocker):
    """The small site with the layers this module reads, in a savepoint rolled back when
    the module ends; a module that reads none starts from an empty database."""
    wanted = _MODULE_LAYERS.get(request.module.__name__, ())
    if not wanted:
        with django_db_blocker.unblock():
            SITE_LAYERS.roll_back()
        yield None
        return
    request.getfixturevalue("_site_layers")
    with django_db_blocker.unblock():
        site = SITE_LAYERS.reach(wanted)
    with rolled_back(django_db_blocker):
        yield site


# The names a module's tests ask for say which layers it reads (`_layers_read`).
@pytest.fixture(scope="module")
def _site(_module_site):
    return _module_site


@pytest.fixture(scope="module")
def _stories(_module_site):
    return _module_site


@pytest.fixture(scope="module")
def _calendar(_module_site):
    return _module_site


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
        SITE_LAYERS.roll_back()
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
