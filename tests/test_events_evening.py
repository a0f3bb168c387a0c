"""The fundraising evening's page (programme, what the money will do, registering and
giving) and the recap of past events (issues 12 and 13)."""

import pytest
from django.core.cache import cache

from events.models import EventPage, EventRecapProject
from portal.models import SiteSettings
from tests.helpers import elements
from tests.test_events_pages import main_html

pytestmark = pytest.mark.django_db

EVENING = {"fr": "/fr/agenda/soiree-de-levee-de-fonds/", "en": "/en/events/fundraising-evening/"}
REVIEW = {"fr": "/fr/agenda/bilan-fijem-annee-1/", "en": "/en/events/fijem-year-1-review/"}


def publish(page, **fields):
    page = page.get_latest_revision_as_object()
    for name, value in fields.items():
        setattr(page, name, value)
    page.save_revision().publish()
    cache.clear()
    return page


PROGRAMME = [
    ("moment", {"date": "18:30", "title": "Accueil", "text": ""}),
    ("moment", {"date": "19:00", "title": "Les projets soutenus", "text": "Trois équipes."}),
]


@pytest.fixture
def evening(calendar):
    return publish(
        calendar.evening_fr,
        programme=PROGRAMME,
        funds_use="<p>Les dons financent les projets dans la durée.</p>",
    )


def test_the_evening_tells_its_programme_and_offers_registering_and_giving(client, evening):
    html = main_html(client.get(EVENING["fr"]))
    assert elements(html, "section", class_="timeline", **{"aria-label": "Programme"})
    assert "Accueil" in html and "Les projets soutenus" in html and "Trois équipes." in html
    assert "Les dons financent les projets dans la durée." in html
    assert elements(html, "a", href=f"/fr/registration/{evening.pk}/"), "the registration call"
    # No giving page and no payment provider yet: the giving call says whom to write to.
    assert elements(html, "a", href="mailto:contact@hautslesjeunes.org")


def test_the_giving_call_leads_to_the_payment_provider_when_there_is_no_giving_page(
    client, evening, calendar
):
    settings = SiteSettings.for_site(calendar.home_fr.get_site())
    settings.donation_url = "https://www.helloasso.com/associations/exemple"
    settings.save()
    cache.clear()
    html = main_html(client.get(EVENING["fr"]))
    assert elements(html, "a", href=settings.donation_url, class_="button button--donate")


def test_the_english_evening_shows_the_programme_once_translated(client, evening, calendar):
    publish(calendar.evening_en, programme=PROGRAMME, funds_use="<p>Gifts fund projects.</p>")
    html = main_html(client.get(EVENING["en"]))
    assert "Gifts fund projects." in html and "What the money raised will do" in html
    assert elements(html, "section", class_="timeline", **{"aria-label": "Programme"})


def test_an_event_that_is_not_a_fundraiser_has_no_giving_call(client, calendar):
    html = main_html(client.get("/fr/agenda/groupe-de-travail-littoral-prochaine-session/"))
    assert "giving-heading" not in html


RECAP = "<p>Six actions, 2 215 jeunes touchés par les ateliers contre le harcèlement.</p>"


def add_recap(page, projects=(), **fields):
    page = publish(page, recap_summary=RECAP, **fields)
    source = EventPage.objects.get(pk=page.pk)
    for order, project in enumerate(projects):
        EventRecapProject.objects.create(page=source, project=project, sort_order=order)
    return page


def test_a_recap_is_shown_once_the_event_is_over_and_listed(client, calendar, stories):
    add_recap(calendar.review_fr, projects=[stories.passe_fr, stories.mobile_fr])
    html = main_html(client.get(REVIEW["fr"]))
    assert "2 215 jeunes" in html and "Projets liés" in html
    assert html.index(stories.passe_fr.title) < html.index(stories.mobile_fr.title)
    past = main_html(client.get("/fr/agenda/past/"))
    assert "Compte rendu disponible" in past


def test_a_recap_waits_for_the_end_of_the_event(client, calendar):
    add_recap(calendar.evening_fr, amount_raised=12500)
    html = main_html(client.get(EVENING["fr"]))
    assert "2 215 jeunes" not in html and "12 500" not in html and "12,500" not in html
    assert "recap-heading" not in html
    assert "Compte rendu disponible" not in main_html(client.get("/fr/agenda/"))


def test_the_amount_and_projects_are_the_same_in_english(client, calendar, stories):
    add_recap(
        calendar.review_fr,
        projects=[stories.passe_fr],
        amount_raised=12500,
        kind="fundraising",
    )
    publish(calendar.review_en, recap_summary="<p>Six actions, 2,215 young people.</p>")
    # Publishing the French page copies its facts (amount, projects) to the translation.
    publish(calendar.review_fr)
    html = main_html(client.get(REVIEW["en"]))
    assert "12,500 €" in html and "Projects funded" in html
    assert elements(html, "a", href=stories.passe_en.url)


def test_the_recap_costs_the_same_with_3_or_30_projects(client, calendar, stories):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from stories.factories import ProjectPageFactory

    index = stories.passe_fr.get_parent()
    projects = [ProjectPageFactory(parent=index, slug=f"projet-{n}") for n in range(30)]
    review = add_recap(calendar.review_fr)
    source = EventPage.objects.get(pk=review.pk)

    def measure(count):
        EventRecapProject.objects.filter(page=source).delete()
        for order, project in enumerate(projects[:count]):
            EventRecapProject.objects.create(page=source, project=project, sort_order=order)
        cache.clear()
        client.get(REVIEW["fr"])
        with CaptureQueriesContext(connection) as context:
            html = main_html(client.get(REVIEW["fr"]))
        assert html.count('class="card__title"') == count
        return len(context)

    assert measure(30) <= measure(3)
