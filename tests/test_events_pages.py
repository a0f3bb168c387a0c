"""The calendar as visitors see it: lists, filters, month grid, event pages, home page."""

import datetime
import html as html_module
import json
import re

import pytest
from django.core.cache import caches
from django.db import connection
from django.test.utils import CaptureQueriesContext

from events.factories import EventPageFactory
from events.models import EventPage, today
from portal.factories import ImageFactory
from tests.helpers import elements, text_of
from tests.test_events_ics import calendar_index, make_event

pytestmark = pytest.mark.django_db

BUDGET = 12
# The lists of events count their events (numbered pages, portal.pagination) and read
# their images' renditions with Wagtail's prefetch (one query; the old private cache read
# cost none with the tests' in-process cache, one on the database cache): two more.
LIST_BUDGET = 14


def count_queries(client, url):
    client.get(url)  # warm per-process caches (site root paths, settings)
    with CaptureQueriesContext(connection) as context:
        response = client.get(url)
    assert response.status_code == 200, url
    return len(context)


def main_html(response):
    html = text_of(response)
    return html[html.index("<main") : html.index("</main>")]


def titles(response):
    found = re.findall(r'class="card__title"><a href="[^"]+">([^<]+)</a>', main_html(response))
    return [html_module.unescape(title) for title in found]


def test_upcoming_list_is_the_default_and_soonest_first(client, calendar):
    response = client.get("/fr/agenda/")
    upcoming = titles(response)
    assert upcoming[0] == "Groupe de travail Littoral : nouvelle session"
    assert any(title.startswith("Soirée de levée de fonds 20") for title in upcoming)
    assert "Lancement de Hauts les jeunes" not in upcoming
    english = titles(client.get("/en/events/"))
    assert english[0] == "Littoral working group: new session"


def test_past_archive_is_most_recent_first_with_dates_as_people_write_them(client, calendar):
    response = client.get("/fr/agenda/past/")
    past = titles(response)
    assert past[0] == "Bilan de l'année 1 du FIJeM"
    assert past[-1] == "Lancement de Hauts les jeunes"
    html = html_module.unescape(main_html(response))
    assert "mardi 24 juin 2025, 9 h 00 - 12 h 00" in html
    assert "d'avril à juin 2024" in html
    assert "du 23 au 27 juin 2025" in html
    assert "jeudi 21 mars 2024" in html
    english = html_module.unescape(main_html(client.get("/en/events/past/")))
    assert "Tuesday 24 June 2025, 9:00-12:00" in english
    assert "April to June 2024" in english
    assert "23-27 June 2025" in english


def test_filters_combine_and_stay_in_the_url(client, calendar):
    response = client.get("/fr/agenda/past/?territory=littoral&kind=working_group")
    assert titles(response) == ["Groupe de travail Littoral"]
    html = main_html(response)
    assert 'href="/fr/agenda/?territory=littoral&amp;kind=working_group"' in html
    assert 'href="/fr/agenda/calendar.ics?territory=littoral&amp;kind=working_group"' in html
    assert '<option value="littoral" selected>' in html
    assert titles(client.get("/fr/agenda/past/?kind=review")) == ["Bilan de l'année 1 du FIJeM"]


def test_a_bad_filter_is_reported_on_its_field_and_ignored(client, calendar):
    response = client.get("/fr/agenda/past/?kind=party")
    html = main_html(response)
    assert "Sélectionnez un choix valide" in html
    assert "Lancement de Hauts les jeunes" in titles(response)
    assert '<option value="" selected>' in html


def test_month_view_is_a_table_navigable_by_url(client, calendar):
    response = client.get("/fr/agenda/month/2025/6/")
    html = main_html(response)
    assert "<table>" in html and "<caption" in html
    assert len(elements(html, "th", scope="col")) == 7
    assert elements(html, "abbr", title="lundi")
    # The 5-day course appears on each of its days; the review on its day.
    assert html.count("Stage intensif « Sprint vers l&#x27;Emploi » 2025") == 5
    assert "Bilan de l&#x27;année 1 du FIJeM" in html
    assert elements(html, "a", href="/fr/agenda/month/2025/5/", rel="prev")
    assert elements(html, "a", href="/fr/agenda/month/2025/7/", rel="next")
    # A period of several weeks is listed once, above the grid.
    april = main_html(client.get("/fr/agenda/month/2024/5/"))
    assert april.count("Groupe de travail Littoral") == 1
    assert "d&#x27;avril à juin 2024" in april
    assert client.get("/fr/agenda/month/2025/13/").status_code == 404


def test_month_view_keeps_filters_and_defaults_to_this_month(client, calendar):
    html = main_html(client.get("/fr/agenda/month/2024/4/?territory=bassin-minier"))
    assert "Groupe de travail Bassin Minier" in html
    assert "Groupe de travail Littoral" not in html
    assert 'href="/fr/agenda/month/2024/5/?territory=bassin-minier"' in html
    current = today()
    response = client.get("/fr/agenda/month/")
    assert f"{current.year}" in main_html(response)


def test_event_page_shows_when_where_and_calendar_links(client, calendar):
    response = client.get("/fr/agenda/bilan-fijem-annee-1/")
    html = html_module.unescape(main_html(response))
    assert "mardi 24 juin 2025, 9 h 00 - 12 h 00" in html
    assert elements(html, "time", datetime="2025-06-24T09:00:00+02:00")
    assert "Salon des réceptions, Biotope (siège de la MEL)<br>Lille" in html
    osm = [a["href"] for a in elements(html, "a") if "openstreetmap" in a["href"]]
    assert osm == [
        "https://www.openstreetmap.org/search?query="
        "Salon%20des%20r%C3%A9ceptions%2C%20Biotope%20%28si%C3%A8ge%20de%20la%20MEL%29%2C%20Lille"
    ]
    assert elements(html, "a", href="/fr/agenda/bilan-fijem-annee-1.ics")
    google = [a["href"] for a in elements(html, "a") if "calendar.google.com" in a["href"]][0]
    assert google.startswith("https://calendar.google.com/calendar/render?action=TEMPLATE&")
    assert "dates=20250624T070000Z%2F20250624T100000Z" in google
    assert "text=Bilan%20de%20l%27ann%C3%A9e%201%20du%20FIJeM" in google
    assert "location=Salon%20des%20r%C3%A9ceptions" in google
    assert "details=" in google
    # No embedded map or any third-party resource.
    assert "<iframe" not in text_of(response)
    english = main_html(client.get("/en/events/fijem-year-1-review/"))
    assert "Tuesday 24 June 2025, 9:00-12:00" in english


def test_all_day_event_google_link_uses_dates(client, calendar):
    html = main_html(client.get("/fr/agenda/sprint-vers-l-emploi-2025/"))
    google = [a["href"] for a in elements(html, "a") if "calendar.google.com" in a["href"]][0]
    assert "dates=20250623%2F20250628" in google


def test_cancelled_event_shows_the_reason(client, calendar):
    event = make_event("Forum des métiers", "forum-des-metiers")
    event.status, event.status_reason = "cancelled", "Le lieu n'est plus disponible."
    event.save_revision().publish()
    html = main_html(client.get("/fr/agenda/forum-des-metiers/"))
    assert "Cet événement est annulé." in html
    assert "Le lieu n&#x27;est plus disponible." in html
    listing = main_html(client.get("/fr/agenda/"))
    assert "Annulé" in listing


def json_ld(response):
    match = re.search(
        r'<script type="application/ld\+json">(.*?)</script>', text_of(response), re.DOTALL
    )
    assert match, "no JSON-LD"
    return json.loads(match.group(1))


def test_event_json_ld_has_what_google_requires_and_recommends(client, calendar):
    data = json_ld(client.get("/fr/agenda/bilan-fijem-annee-1/"))
    assert data["@context"] == "https://schema.org"
    assert data["@type"] == "Event"
    assert data["name"] == "Bilan de l'année 1 du FIJeM"
    assert data["startDate"] == "2025-06-24T09:00:00+02:00"
    assert data["endDate"] == "2025-06-24T12:00:00+02:00"
    assert data["eventStatus"] == "https://schema.org/EventScheduled"
    assert data["eventAttendanceMode"] == "https://schema.org/OfflineEventAttendanceMode"
    assert data["location"]["@type"] == "Place"
    assert data["location"]["name"] == "Salon des réceptions, Biotope (siège de la MEL)"
    assert data["location"]["address"]["@type"] == "PostalAddress"
    assert data["location"]["address"]["addressLocality"] == "Lille"
    assert data["location"]["address"]["addressCountry"] == "FR"
    assert data["description"].startswith("Le Fonds d'Innovation")
    assert data["organizer"] == {
        "@type": "Organization",
        "name": "Hauts les jeunes",
        "url": "http://testserver/",
    }
    assert "offers" not in data  # no registration yet (see EventPage.offers)
    with_image = json_ld(client.get("/fr/agenda/lancement-hauts-les-jeunes/"))
    assert with_image["image"][0].startswith("http://testserver/")
    assert with_image["startDate"] == "2024-03-21"
    online = json_ld(client.get("/fr/agenda/appel-a-projets-2024/"))
    assert online["eventAttendanceMode"] == "https://schema.org/OnlineEventAttendanceMode"
    assert online["location"]["@type"] == "VirtualLocation"


def test_an_event_whose_image_file_was_lost_is_still_served(client, calendar):
    event = EventPage.objects.get(slug="lancement-hauts-les-jeunes", locale__language_code="fr")
    # An image of its own: the small site's image (and its file) serves the next modules.
    event.image = ImageFactory(title="Perdue")
    event.save_revision().publish()
    event.image.file.storage.delete(event.image.file.name)
    for cache in caches.all():  # Wagtail keeps renditions in a cache too
        cache.clear()
    response = client.get("/fr/agenda/lancement-hauts-les-jeunes/")
    assert response.status_code == 200
    assert "image" not in json_ld(response)


def test_json_ld_cannot_break_out_of_its_script(client, calendar):
    make_event("</script><script>alert(1)</script> & co", "piege", summary="<b>gras</b>")
    response = client.get("/fr/agenda/piege/")
    html = text_of(response)
    assert "</script><script>alert(1)" not in html
    assert json_ld(response)["name"] == "</script><script>alert(1)</script> & co"


def test_cancelled_and_postponed_json_ld_status(client, calendar):
    make_event("Réunion reportée", "reunion-reportee", status="postponed")
    data = json_ld(client.get("/fr/agenda/reunion-reportee/"))
    assert data["eventStatus"] == "https://schema.org/EventPostponed"


def test_home_page_shows_the_next_events_and_the_calendar(client, calendar):
    html = main_html(client.get("/fr/"))
    assert "Prochains événements" in html
    section = html[html.index('id="next-events-heading"') :]
    assert "Groupe de travail Littoral : nouvelle session" in section
    assert "Soirée de levée de fonds" in section
    assert elements(section, "a", href="/fr/agenda/")
    assert "Littoral working group: new session" in main_html(client.get("/en/"))


@pytest.mark.parametrize(
    ("home", "evening"),
    [("/fr/", "/fr/agenda/soiree-de-levee-de-fonds/"), ("/en/", "/en/events/fundraising-evening/")],
)
def test_home_call_leads_to_the_fundraising_evening_and_its_registration(
    client, calendar, home, evening
):
    html = main_html(client.get(home))
    call = html[html.index('id="fundraising-heading"') :]
    assert elements(call, "a", href=evening), "first click: the home page's call"
    event_page = main_html(client.get(evening))
    registration = [
        href for href in re.findall(r'href="([^"]+)"', event_page) if "registration" in href
    ]
    assert registration, "second click: the registration form"
    assert client.get(registration[0]).status_code == 200


def test_calendar_is_in_the_main_menu(client, calendar):
    html = text_of(client.get("/fr/"))
    nav = html[html.index('class="main-nav"') :]
    assert elements(nav, "a", href="/fr/agenda/")
    assert elements(text_of(client.get("/en/")), "a", href="/en/events/")


def test_editor_gets_clear_errors_for_impossible_dates(calendar):
    from django.core.exceptions import ValidationError

    event = EventPage(
        title="Test",
        slug="calendar",
        precision="time",
        start_date=datetime.date(2030, 1, 2),
        start_time=datetime.time(10),
        end_date=datetime.date(2030, 1, 1),
    )
    with pytest.raises(ValidationError) as error:
        event.clean()
    assert set(error.value.message_dict) == {"slug", "end_date"}
    event = EventPage(title="T", slug="t", precision="time", start_date=datetime.date(2030, 1, 2))
    with pytest.raises(ValidationError) as error:
        event.clean()
    assert set(error.value.message_dict) == {"start_time"}


URLS = [
    "/fr/agenda/",
    "/en/events/",
    "/fr/agenda/past/",
    "/fr/agenda/past/?territory=metropole-lilloise&kind=review",
    "/fr/agenda/month/2025/6/",
    "/fr/agenda/bilan-fijem-annee-1/",
    "/fr/agenda/lancement-hauts-les-jeunes/",
    "/fr/agenda/calendar.ics",
    "/fr/agenda/bilan-fijem-annee-1.ics",
]


LISTS = {"/fr/agenda/", "/en/events/", "/fr/agenda/past/"}


def budget(url):
    return LIST_BUDGET if url.split("?")[0] in LISTS else BUDGET


@pytest.mark.parametrize("url", URLS)
def test_pages_stay_within_budget(client, calendar, url):
    assert count_queries(client, url) <= budget(url)


def test_costs_do_not_grow_with_the_number_of_events(client, calendar):
    def costs():
        return {url: count_queries(client, url) for url in URLS + ["/fr/"]}

    index = calendar_index()
    start = today() + datetime.timedelta(days=3)
    launch_image = EventPage.objects.get(slug="lancement-hauts-les-jeunes").image

    def add(count, offset):
        # Live events without a revision each: the pages read only the published rows.
        for number in range(offset, offset + count):
            EventPageFactory(
                parent=index,
                publish=False,
                title=f"Atelier {number}",
                slug=f"atelier-{number}",
                start_date=start + datetime.timedelta(days=number % 60),
                start_time=datetime.time(10),
                end_time=datetime.time(12),
                town="Lens",
                image=launch_image,
                kind="training",
            )

    # Two sizes: ten events (one page of upcoming events), then a hundred (five pages).
    add(10, 0)
    at_ten = costs()
    add(90, 10)
    assert costs() == at_ten
    assert all(count <= budget(url) for url, count in at_ten.items()), at_ten
