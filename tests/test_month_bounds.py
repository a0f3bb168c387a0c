"""The month view is no crawler trap (issue 11 item 6): it reaches from a little before
the first event (or this month) to a little after the last one (or this month); further
months are 404s, empty months are `noindex`, and the sitemap lists pages, not months."""

import datetime
import re

import pytest
from django.core.cache import cache

from events.dates import today
from events.listing import MONTHS_MARGIN
from events.models import EventIndexPage, EventPage
from tests.helpers import elements, text_of

pytestmark = [pytest.mark.django_db, pytest.mark.demo]


@pytest.fixture(autouse=True)
def fresh_cache():
    cache.clear()


def shift(day, months):
    number = day.year * 12 + day.month - 1 + months
    return number // 12, number % 12 + 1


def month_url(year, month, language="fr"):
    return (
        f"/{language}/agenda/month/{year}/{month}/"
        if language == "fr"
        else (f"/en/events/month/{year}/{month}/")
    )


def robots(html):
    return [m["content"] for m in elements(html, "meta", name="robots")]


def test_the_months_reached_are_those_of_the_events_plus_a_margin(client, demo):
    events = EventPage.objects.live().filter(locale__language_code="fr")
    first = min(min(e.start_date for e in events), today())
    last = max(max(e.last_day for e in events), today())
    earliest, latest = shift(first, -MONTHS_MARGIN), shift(last, MONTHS_MARGIN)

    edge = text_of(client.get(month_url(*earliest)))
    assert robots(edge) == ["noindex"]  # nothing happens that month
    assert not elements(edge, "a", rel="prev") and elements(edge, "a", rel="next")
    assert client.get(month_url(*shift(first, -MONTHS_MARGIN - 1))).status_code == 404

    edge = text_of(client.get(month_url(*latest)))
    assert robots(edge) == ["noindex"]
    assert elements(edge, "a", rel="prev") and not elements(edge, "a", rel="next")
    assert client.get(month_url(*shift(last, MONTHS_MARGIN + 1))).status_code == 404


@pytest.mark.parametrize(
    "path", ["1900/1", "2099/12", "1/1", "99999999999999999999/1", "9" * 5000 + "/1", "2025/0"]
)
def test_months_far_away_are_not_found(client, demo, path):
    assert client.get(f"/fr/agenda/month/{path}/").status_code == 404


def test_a_month_with_events_is_indexed(client, demo):
    html = text_of(client.get("/fr/agenda/month/2025/6/"))
    assert robots(html) == []
    assert "Bilan de l&#x27;année 1 du FIJeM" in html


def test_a_crawler_following_next_and_previous_stops(client, demo):
    """Every month link leads to a 200, and following them all ends."""
    seen, queue = set(), [f"/fr/agenda/month/{today().year}/{today().month}/"]
    while queue:
        url = queue.pop()
        if url in seen:
            continue
        seen.add(url)
        response = client.get(url)
        assert response.status_code == 200, url
        for rel in ("prev", "next"):
            queue += [a["href"] for a in elements(text_of(response), "a", rel=rel)]
        assert len(seen) < 240, "the walk does not end"
    assert len(seen) >= 2 * MONTHS_MARGIN + 1


def test_a_new_event_far_ahead_extends_the_months_once_published(client, demo):
    index = EventIndexPage.objects.get(locale__language_code="fr")
    far = today().replace(day=1) + datetime.timedelta(days=365 * 3)
    assert client.get(month_url(far.year, far.month)).status_code == 404
    event = EventPage(title="Forum 2030", slug="forum-lointain", start_date=far, precision="day")
    index.add_child(instance=event)
    event.save_revision().publish()
    html = text_of(client.get(month_url(far.year, far.month)))
    assert "Forum 2030" in html and robots(html) == []


def test_the_sitemap_is_finite_and_lists_no_month(client, demo):
    response = client.get("/sitemap-pages.xml")
    assert response.status_code == 200
    locations = re.findall(r"<loc>([^<]+)</loc>", response.content.decode())
    assert locations and len(locations) == len(set(locations))
    assert not [url for url in locations if "/month/" in url]
    # Paginated sitemaps end too: a page past the end is a 404.
    assert client.get("/sitemap-pages.xml?p=2").status_code == 404
    assert client.get("/sitemap-pages.xml?p=99999999999999999999").status_code == 404
