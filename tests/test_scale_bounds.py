"""Pages whose size no longer follows the amount of content (benchmarks/scale.py): the
calendar feed, a challenge's projects, the open needs of the help page."""

import io
import re

import pytest
from django.core.management import call_command
from django.utils.html import escape

from events.models import EventPage
from stories.models import (
    CHALLENGE_PROJECTS,
    ChallengePage,
    ProjectPage,
    answering,
    open_needs,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def bulk(stories, calendar):
    call_command("create_bulk_content", projects=60, events=80, stdout=io.StringIO())


def test_the_calendar_feed_holds_the_next_and_latest_events_not_all(client, bulk):
    feed = client.get("/fr/agenda/calendar.ics").content.decode()
    assert feed.count("BEGIN:VEVENT") == 60  # 40 to come, 20 past, of 90 events
    upcoming = EventPage.objects.live().filter(locale__language_code="fr").upcoming()
    assert f"UID:{upcoming.first().translation_key}@" in feed  # the next one is there


def test_a_challenge_shows_its_first_projects_and_links_to_all(client, bulk):
    challenges = ChallengePage.objects.live().filter(locale__language_code="fr")
    challenge = max(challenges, key=lambda c: answering_count(c))
    assert answering_count(challenge) > CHALLENGE_PROJECTS
    html = client.get(challenge.url).content.decode()
    section = html.split('id="projects-heading"', 1)[1].split("</section>", 1)[0]
    assert section.count("<li>") == CHALLENGE_PROJECTS
    assert re.search(rf'href="/fr/[^"?]+/\?challenge={challenge.slug}"', section)


def answering_count(challenge):
    projects = ProjectPage.objects.live().filter(locale_id=challenge.locale_id)
    return answering(projects, [challenge.translation_key]).count()


def test_open_needs_leave_out_needs_met_in_any_language(bulk):
    needs = open_needs(ChallengePage.objects.filter(locale__language_code="fr")[0].locale_id)
    need = needs.first()
    count = needs.count()
    need.met_on = "2026-01-01"
    need.save()
    assert needs.count() == count - 1


def test_bulk_projects_show_in_the_lists_a_visitor_saw_before(client, stories, calendar):
    index = ProjectPage.objects.filter(locale__language_code="fr").first().get_parent()
    before = client.get(index.url).content.decode()  # the list is cached now
    call_command("create_bulk_content", projects=3, stdout=io.StringIO())
    title = escape(ProjectPage.objects.get(slug="bulk-project-1").title)
    assert title not in before
    assert title in client.get(index.url).content.decode()
