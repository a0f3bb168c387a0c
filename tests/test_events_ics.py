"""Calendar files: built with icalendar, checked here with an independent parser (vobject)."""

import datetime
from zoneinfo import ZoneInfo

import pytest
import vobject

from events.models import EventIndexPage, EventPage

pytestmark = [pytest.mark.django_db, pytest.mark.demo]

PARIS = ZoneInfo("Europe/Paris")
UTC = datetime.UTC


def calendar_index(language="fr"):
    return EventIndexPage.objects.get(locale__language_code=language)


def make_event(title, slug, language="fr", **fields):
    """A published event in the calendar (French by default)."""
    values = {
        "kind": "other",
        "precision": "time",
        "start_date": datetime.date(2030, 5, 16),
        "start_time": datetime.time(14, 0),
        "end_time": datetime.time(16, 30),
        "venue_name": "Maison des associations",
        "town": "Arras",
        "summary": f"À propos de {title}.",
        **fields,
    }
    event = EventPage(title=title, slug=slug, **values)
    calendar_index(language).add_child(instance=event)
    event.save_revision().publish()
    event.refresh_from_db()
    return event


def publish_change(event, **changes):
    for name, value in changes.items():
        setattr(event, name, value)
    event.save_revision().publish()
    event.refresh_from_db()
    return event


def parse(response):
    assert response.status_code == 200
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    return vobject.readOne(response.content.decode("utf-8"))


def vevent_by_summary(calendar, summary):
    found = [event for event in calendar.vevent_list if event.summary.value == summary]
    assert len(found) == 1, [event.summary.value for event in calendar.vevent_list]
    return found[0]


def test_feed_is_a_valid_calendar_with_paris_timezone_and_every_event(client, demo):
    calendar = parse(client.get("/fr/agenda/calendar.ics"))
    assert calendar.version.value == "2.0"
    assert calendar.prodid.value == "-//Hauts les jeunes//Agenda//FR"
    assert [tz.tzid.value for tz in calendar.vtimezone_list] == ["Europe/Paris"]
    french_events = EventPage.objects.live().filter(locale__language_code="fr")
    assert len(calendar.vevent_list) == french_events.count()
    for component in calendar.vevent_list:
        for name in ("uid", "dtstamp", "sequence", "summary", "dtstart", "dtend", "status", "url"):
            assert name in component.contents, (component.summary.value, name)
        assert component.dtstamp.value.tzinfo is not None
        assert component.dtstamp.value.utcoffset() == datetime.timedelta(0)


def test_timed_event_in_paris_time_with_every_field(client, demo):
    response = client.get("/fr/agenda/calendar.ics")
    # The times are local times tied to the VTIMEZONE (the parser turns them into tzinfo).
    assert "DTSTART;TZID=Europe/Paris:20250624T090000" in response.content.decode()
    review = vevent_by_summary(parse(response), "Bilan de l'année 1 du FIJeM")
    page = EventPage.objects.get(slug="bilan-fijem-annee-1")
    assert review.uid.value == f"{page.translation_key}@hautslesjeunes.org"
    assert review.dtstart.value == datetime.datetime(2025, 6, 24, 9, tzinfo=PARIS)
    assert review.dtstart.value.astimezone(UTC) == datetime.datetime(2025, 6, 24, 7, tzinfo=UTC)
    assert review.dtend.value == datetime.datetime(2025, 6, 24, 12, tzinfo=PARIS)
    assert review.dtstart.value.utcoffset() == datetime.timedelta(hours=2)  # summer time
    assert review.location.value == "Salon des réceptions, Biotope (siège de la MEL), Lille"
    assert review.status.value == "CONFIRMED"
    assert int(review.sequence.value) == 0
    assert review.url.value == "http://testserver/fr/agenda/bilan-fijem-annee-1/"
    assert "Fonds d'Innovation Jeunes en Métropole" in review.description.value
    assert review.description.value.endswith("http://testserver/fr/agenda/bilan-fijem-annee-1/")
    assert review.dtstamp.value == page.last_published_at.replace(microsecond=0)


def test_all_day_and_month_periods_are_dates_with_an_exclusive_end(client, demo):
    calendar = parse(client.get("/fr/agenda/calendar.ics"))
    sprint = vevent_by_summary(calendar, "Stage intensif « Sprint vers l'Emploi » 2025")
    assert sprint.dtstart.params.get("VALUE") == ["DATE"]
    assert sprint.dtstart.value == datetime.date(2025, 6, 23)
    assert sprint.dtend.value == datetime.date(2025, 6, 28)
    group = vevent_by_summary(calendar, "Groupe de travail Littoral")
    assert group.dtstart.value == datetime.date(2024, 4, 1)
    assert group.dtend.value == datetime.date(2024, 7, 1)
    assert not isinstance(group.dtstart.value, datetime.datetime)


def test_uid_is_shared_by_both_languages_and_never_changes(client, demo):
    french = parse(client.get("/fr/agenda/calendar.ics"))
    english = parse(client.get("/en/events/calendar.ics"))
    fr_review = vevent_by_summary(french, "Bilan de l'année 1 du FIJeM")
    en_review = vevent_by_summary(english, "FIJeM year-1 review")
    assert fr_review.uid.value == en_review.uid.value
    assert len({event.uid.value for event in french.vevent_list}) == len(french.vevent_list)

    page = EventPage.objects.get(slug="bilan-fijem-annee-1")
    publish_change(page, title="Bilan de l'année 1 du FIJeM (nouvelle salle)", town="Roubaix")
    after = parse(client.get("/fr/agenda/calendar.ics"))
    assert vevent_by_summary(after, page.title).uid.value == fr_review.uid.value


def test_sequence_rises_with_each_published_change_that_matters(client, demo):
    event = make_event("Atelier mentorat", "atelier-mentorat")
    assert event.sequence == 0
    publish_change(event, start_time=datetime.time(15, 0), end_time=datetime.time(17, 0))
    assert event.sequence == 1
    publish_change(event, town="Lens")
    assert event.sequence == 2
    # A new summary does not move the event in anyone's calendar.
    publish_change(event, summary="Un autre résumé.")
    assert event.sequence == 2
    # A draft is not published: calendars see nothing yet.
    event.title = "Atelier mentorat (brouillon)"
    event.save_revision()
    event.refresh_from_db()
    assert event.sequence == 2
    component = vevent_by_summary(parse(client.get("/fr/agenda/calendar.ics")), "Atelier mentorat")
    assert int(component.sequence.value) == 2
    assert component.dtstart.value == datetime.datetime(2030, 5, 16, 15, tzinfo=PARIS)
    assert component.dtstart.value.utcoffset() == datetime.timedelta(hours=2)
    assert component.location.value == "Maison des associations, Lens"


def test_winter_times_are_an_hour_from_utc(client, demo):
    make_event(
        "Vœux",
        "voeux",
        start_date=datetime.date(2031, 1, 9),
        start_time=datetime.time(12),
        end_time=datetime.time(16, 30),
    )
    component = vevent_by_summary(parse(client.get("/fr/agenda/voeux.ics")), "Vœux")
    assert component.dtstart.value.astimezone(UTC) == datetime.datetime(2031, 1, 9, 11, tzinfo=UTC)
    assert component.dtend.value.astimezone(UTC) == datetime.datetime(
        2031, 1, 9, 15, 30, tzinfo=UTC
    )


def test_cancelled_event_says_so(client, demo):
    event = make_event("Forum emploi", "forum-emploi")
    publish_change(event, status="cancelled", status_reason="Salle indisponible.")
    component = vevent_by_summary(parse(client.get("/fr/agenda/calendar.ics")), "Forum emploi")
    assert component.status.value == "CANCELLED"
    assert int(component.sequence.value) == 1
    assert "Salle indisponible." in component.description.value


def test_event_download_is_an_attachment_with_one_event(client, demo):
    response = client.get("/fr/agenda/bilan-fijem-annee-1.ics")
    assert response["Content-Disposition"] == 'attachment; filename="bilan-fijem-annee-1.ics"'
    calendar = parse(response)
    assert [event.summary.value for event in calendar.vevent_list] == [
        "Bilan de l'année 1 du FIJeM"
    ]
    assert calendar.vtimezone.tzid.value == "Europe/Paris"
    english = parse(client.get("/en/events/fijem-year-1-review.ics"))
    assert english.vevent.summary.value == "FIJeM year-1 review"
    assert (
        english.vevent.location.value == "Salon des réceptions, Biotope (MEL headquarters), Lille"
    )


def test_feed_per_territory_and_kind(client, demo):
    from wagtail.models import Locale

    from stories.models import Territory

    french = Locale.objects.get(language_code="fr")
    artois, _ = Territory.objects.get_or_create(
        slug="artois-test", locale=french, defaults={"name": "Artois (test)"}
    )
    make_event("Réunion Artois", "reunion-artois", territory=artois, kind="working_group")
    make_event("Stage Artois", "stage-artois", territory=artois, kind="training")
    by_territory = parse(client.get("/fr/agenda/calendar.ics?territory=artois-test"))
    assert sorted(e.summary.value for e in by_territory.vevent_list) == [
        "Réunion Artois",
        "Stage Artois",
    ]
    both = parse(client.get("/fr/agenda/calendar.ics?territory=artois-test&kind=training"))
    assert [e.summary.value for e in both.vevent_list] == ["Stage Artois"]


def test_unknown_calendar_files_are_not_found(client, demo):
    assert client.get("/fr/agenda/no-such-event.ics").status_code == 404
    assert client.get("/fr/a-propos/calendar.ics").status_code == 404
    assert client.get("/fr/nowhere/calendar.ics").status_code == 404


def test_unpublished_event_is_not_in_the_feed(client, demo):
    event = make_event("Réunion privée", "reunion-privee")
    event.unpublish()
    calendar = parse(client.get("/fr/agenda/calendar.ics"))
    assert "Réunion privée" not in [e.summary.value for e in calendar.vevent_list]
    assert client.get("/fr/agenda/reunion-privee.ics").status_code == 404
