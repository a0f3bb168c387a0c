"""Browser tests: Debian's Chromium driven by Playwright against a real server.

The server runs the demo site from its own SQLite database, as `make run` does. On a
machine without Chromium the tests are skipped with the reason; in CI they fail.
"""

import os
import re
import shutil
import socket
import sqlite3
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest
from django.db import connection
from playwright.sync_api import expect
from wagtail.models import Page

from portal.browser import CHROMIUM, CHROMIUM_FLAGS

ROOT = Path(__file__).resolve().parents[2]

# Assertions go through `expect`, which retries until the page shows what is asserted: a
# click that submits a form returns before the next page has loaded. A loaded CI machine
# may take longer than Playwright's default 5 s to answer.
expect.set_options(timeout=15_000)


def containing(text):
    """A URL (or text) pattern for `expect`: contains `text` as it is written."""
    return re.compile(re.escape(text))


def ending(text):
    """A URL pattern for `expect`: ends with `text` as it is written."""
    return re.compile(re.escape(text) + "$")


def pytest_collection_modifyitems(config, items):
    for item in items:
        if "tests/browser" in str(item.fspath):
            item.add_marker(pytest.mark.browser)


def _require_chromium():
    if shutil.which(CHROMIUM) or Path(CHROMIUM).exists():
        return
    message = f"Chromium not found at {CHROMIUM}: install it with 'apt-get install chromium'"
    if os.environ.get("CI"):
        pytest.fail(message + " (browser tests are required in CI)")
    pytest.skip(message + " — browser tests skipped")


def _free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture(scope="session")
def site_dir(tmp_path_factory):
    """Where the browser tests' server keeps its database and media."""
    return tmp_path_factory.mktemp("site")


@pytest.fixture(scope="session")
def site_database(site_url, site_dir):
    """The server's SQLite file, to read what a journey saved (e.g. a private token)."""
    return site_dir / "db.sqlite3"


def _copy_migrated_database(target):
    """This process's database, when it is SQLite and holds no content yet (the test
    database as its migrations left it), copied to `target`: the server's `migrate` then
    has nothing or little to do (it takes half a minute from an empty file)."""
    if connection.vendor != "sqlite" or connection.in_atomic_block:
        return
    tables = connection.introspection.table_names()
    if "wagtailcore_page" not in tables or Page.objects.filter(depth__gt=2).exists():
        return  # not migrated, or content in it (Wagtail's root and welcome pages only)
    copy = sqlite3.connect(target)
    try:
        connection.connection.backup(copy)  # sqlite3's online backup: a consistent copy
    finally:
        copy.close()


@pytest.fixture(scope="session")
def site_url(site_dir, django_db_setup, django_db_blocker):
    """The demo site served by a separate process on a free port."""
    _require_chromium()
    workdir = site_dir
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "portal.settings.dev",
        "DATABASE_URL": f"sqlite:///{workdir / 'db.sqlite3'}",
        "MEDIA_ROOT": str(workdir / "media"),
        "EMAIL_BACKEND": "django.core.mail.backends.locmem.EmailBackend",
    }
    manage = [sys.executable, "manage.py"]
    with django_db_blocker.unblock():
        _copy_migrated_database(workdir / "db.sqlite3")
    # The demo's renditions are made when a journey first shows them, as in the other
    # tests (making all of them ahead takes half a minute).
    for command in (
        ["migrate", "--noinput"],
        ["createcachetable"],
        ["load_demo_content", "--no-renditions"],
    ):
        subprocess.run(manage + command, cwd=ROOT, env=env, check=True, capture_output=True)
    port = _free_port()
    server = subprocess.Popen(
        manage + ["runserver", "--noreload", f"127.0.0.1:{port}"],
        cwd=ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 180  # a loaded CI machine starts slowly
    while True:
        try:
            urllib.request.urlopen(f"{url}/healthz", timeout=2)  # noqa: S310 - our own server
            break
        except OSError:
            if time.monotonic() > deadline or server.poll() is not None:
                server.kill()
                raise RuntimeError("The test server did not start") from None
            time.sleep(0.3)
    yield url
    server.terminate()
    server.wait(timeout=10)


@pytest.fixture(scope="module")
def browser(site_url):
    """One Chromium per test module.

    Playwright's sync API keeps an asyncio loop running in this thread while it is
    started; Django then refuses database access ("async context") to every test that
    runs after it in the same worker. Stopping it at the end of each module keeps the
    database tests that xdist schedules later on this worker working.
    """
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_FLAGS)
        yield browser
        browser.close()


@pytest.fixture
def page(browser):
    context = browser.new_context(locale="fr-FR", viewport={"width": 390, "height": 844})
    page = context.new_page()
    page.set_default_timeout(15000)
    yield page
    context.close()


def axe_violations(page):
    """axe-core's violations on the current page (axe is served from an installed package)."""
    from axe_playwright_python.sync_playwright import Axe

    results = Axe().run(page)
    return [
        f"{violation['id']}: {violation['help']} ({len(violation['nodes'])} nodes: "
        f"{[node['target'] for node in violation['nodes'][:3]]})"
        for violation in results.response["violations"]
    ]


def main_menu(page, name):
    """The main menu, unfolded first on a narrow screen (its <details> is closed there)."""
    nav = page.get_by_role("navigation", name=name)
    summary = nav.locator("summary")
    if summary.is_visible() and nav.locator("details[open]").count() == 0:
        summary.click()
    return nav
