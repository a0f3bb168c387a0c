"""Query budgets: what a page costs does not grow with the content behind it."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from home.models import StandardPage

pytestmark = pytest.mark.django_db

HOME_BUDGET = 12


def count_queries(client, url):
    client.get(url)  # warm per-process caches (site root paths, settings)
    with CaptureQueriesContext(connection) as context:
        response = client.get(url)
    assert response.status_code == 200
    return len(context)


@pytest.mark.parametrize("url", ["/fr/", "/en/", "/fr/a-propos/"])
def test_shell_pages_stay_within_budget(client, site, url):
    assert count_queries(client, url) <= HOME_BUDGET


def test_home_page_cost_does_not_grow_with_pages(client, site):
    home = site.home_fr
    before = count_queries(client, "/fr/")
    for number in range(30):
        page = StandardPage(title=f"Page {number}", slug=f"page-{number}", show_in_menus=True)
        home.add_child(instance=page)
        page.save_revision().publish()
    assert count_queries(client, "/fr/") == before
