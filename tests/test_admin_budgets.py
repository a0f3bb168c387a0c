"""The admin pages editors use every day cost the same whatever the number of rows.

Each listing is measured with a few dozen rows, then again with a few hundred more: its
query count must not grow (select_related, one page of rows, counts in the database), and
the newest rows are the ones shown. benchmarks/scale.py measures the same pages at a
hundred times the demo on PostgreSQL.
"""

import datetime
import io
import re
from importlib.metadata import version

import pytest
from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from wagtail import hooks

from community.calls.models import Application
from events.factories import RegistrationFactory
from events.models import EventPage
from events.registration.models import Registration
from giving.factories import PledgeFactory
from giving.pledges.models import Pledge
from home.models import ContactPage, ContactSubmission
from portal import explorer
from stories.models import ProjectIndexPage
from tests.helpers import text_of

pytestmark = pytest.mark.django_db

FEW, MANY = 30, 300


def queries(client, url):
    """Queries of a request once the per-process caches are filled; and the page's text."""
    client.get(url)
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    assert response.status_code == 200, url
    return len(captured), text_of(response)


def shown(text, html):
    """A cell of the listing reads `text` (a row's title link or a column)."""
    return re.search(rf">\s*{re.escape(text)}\s*<", html) is not None


def assert_flat(client, url, add, newest):
    """`url` costs no more queries with FEW + MANY rows than with FEW; `newest(n)` (the
    title of the n-th row added) is listed both times, and the oldest rows are not (one
    page of rows)."""
    add(0, FEW)
    few, html = queries(client, url)
    assert shown(newest(FEW - 1), html)
    add(FEW, MANY)
    many, html = queries(client, url)
    assert shown(newest(FEW + MANY - 1), html)
    assert not shown(newest(0), html)
    assert many <= few, f"{url}: {few} queries with {FEW} rows, {many} with {FEW + MANY}"


@pytest.fixture
def events(calendar):
    french = EventPage.objects.filter(locale__language_code="fr").order_by("pk")
    return list(french)


def moment(number):
    """The n-th row is the newest: later rows, later dates."""
    return timezone.now() - datetime.timedelta(days=1000) + datetime.timedelta(hours=number)


def add_registrations(events):
    def add(start, count):
        rows = []
        last = start + count - 1
        for number in range(start, start + count):
            # The newest row matches every filter measured: first event, confirmed.
            row = RegistrationFactory.build(
                event=events[0 if number == last else number % len(events)],
                last_name=f"Inscrit{number}",
                email=f"inscrit{number}@example.org",
                status="confirmed" if number == last else ["waiting", "cancelled"][number % 2],
                organisation=f"Association {number}",
            )
            row.created_at = row.consented_at = moment(number)
            rows.append(row)
        Registration.objects.bulk_create(rows)

    return add


@pytest.mark.parametrize(
    "query",
    ["", "?status=confirmed", "?q=inscrit", "?event={event}", "?event={event}&status=confirmed"],
)
def test_registrations_listing_does_not_grow_with_rows(admin_client, events, query):
    url = "/admin/registration/" + query.format(event=events[0].pk)
    url += ("&" if query else "?") + "ordering=-created_at"
    assert_flat(admin_client, url, add_registrations(events), lambda n: f"Inscrit{n}")


def test_messages_inbox_does_not_grow_with_rows(admin_client, site):
    pages = list(ContactPage.objects.order_by("pk"))

    def add(start, count):
        rows = [
            ContactSubmission(
                page=pages[number % len(pages)],
                form_data={"message": f"Bonjour {number}"},
                sender=f"message{number}@example.org",
                text=f"Bonjour, message numéro {number}.",
            )
            for number in range(start, start + count)
        ]
        ContactSubmission.objects.bulk_create(rows)
        for number, row in zip(range(start, start + count), rows, strict=True):
            row.submit_time = moment(number)
        ContactSubmission.objects.bulk_update(rows, ["submit_time"])

    for url in ("/admin/contact_messages/", "/admin/contact_messages/?status=new"):
        ContactSubmission.objects.all().delete()
        assert_flat(admin_client, url, add, lambda n: f"message{n}@example.org")


def test_pledges_listing_does_not_grow_with_rows(admin_client, stories):
    def add(start, count):
        rows = []
        for number in range(start, start + count):
            row = PledgeFactory.build(
                organisation=f"Entreprise {number}", email=f"don{number}@example.org"
            )
            rows.append(row)
        Pledge.objects.bulk_create(rows)
        for number, row in zip(range(start, start + count), rows, strict=True):
            row.created_at = moment(number)
        Pledge.objects.bulk_update(rows, ["created_at"])

    assert_flat(admin_client, "/admin/pledge/", add, lambda n: f"Entreprise {n}")


def test_applications_listing_does_not_grow_with_rows(admin_client, site):
    def add(start, count):
        rows = [
            Application(
                call_title="Call & Care",
                carrier=Application.Carrier.ASSOCIATION,
                organisation=f"Association {number}",
                project_title=f"Projet candidat {number}",
                description="Un projet.",
                places="Lille",
                first_name="Camille",
                last_name="Martin",
                email=f"candidat{number}@example.org",
                consented_at=timezone.now(),
            )
            for number in range(start, start + count)
        ]
        Application.objects.bulk_create(rows)
        for number, row in zip(range(start, start + count), rows, strict=True):
            row.created_at = moment(number)
        Application.objects.bulk_update(rows, ["created_at"])

    assert_flat(admin_client, "/admin/call_application/", add, lambda n: f"Projet candidat {n}")


def test_page_explorer_and_dashboard_do_not_grow_with_pages(admin_client, stories, calendar):
    projects = ProjectIndexPage.objects.get(locale__language_code="fr")
    explorer = f"/admin/pages/{projects.pk}/"
    call_command("create_bulk_content", projects=20, events=10, stdout=io.StringIO())
    few_explorer, html = queries(admin_client, explorer)
    few_dashboard, _html = queries(admin_client, "/admin/")
    assert html.count("/localize/submit/page/") >= 20  # bulk pages are French only
    call_command("create_bulk_content", projects=120, events=60, stdout=io.StringIO())
    many_explorer, html = queries(admin_client, explorer)
    # wagtail-localize's buttons on every row of one page of 50, without a query per row.
    assert 40 <= html.count("/localize/submit/page/") <= 50
    assert html.count("/localize/update/") >= 1  # the small site's translated projects
    assert many_explorer <= few_explorer
    many_dashboard, _html = queries(admin_client, "/admin/")
    assert many_dashboard <= few_dashboard


def test_the_explorer_buttons_are_checked_again_when_a_library_changes():
    """portal/explorer.py copies wagtail-localize's row buttons and swaps its hook: a new
    release of either library must be read before it is installed."""
    assert {name: version(name) for name in explorer.WRITTEN_FOR} == explorer.WRITTEN_FOR
    registered = hooks.get_hooks(explorer.HOOK)
    assert explorer.listing_buttons in registered
    assert explorer.ORIGINAL not in registered
