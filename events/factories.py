"""Factories for the calendar, its events and their registrations.

Event dates default to a month from today (Paris), so an event is upcoming whenever the
tests or the demo run; pass `start_date` for a fixed one.
"""

import datetime

import factory
from django.utils import timezone
from factory.django import DjangoModelFactory
from wagtail_factories import StreamFieldFactory

from events.choices import AttendanceMode, EventKind, Precision
from events.dates import today
from events.models import EventIndexPage, EventPage
from events.registration.models import Registration
from portal.factories import PortalPageFactory, StoryBlockFactory


class EventIndexPageFactory(PortalPageFactory):
    title = "Agenda"
    slug = "agenda"
    intro = "Les temps forts de la communauté."

    class Meta:
        model = EventIndexPage


class EventPageFactory(PortalPageFactory):
    """An event at 18:00 in Lille, a month ahead; `registration_open=True, seat_limit=...`
    opens registration."""

    title = factory.Sequence(lambda n: f"Rencontre {n}")
    summary = "Une rencontre ouverte à toutes et à tous."
    kind = EventKind.WORKING_GROUP
    precision = Precision.TIME
    start_date = factory.LazyFunction(lambda: today() + datetime.timedelta(days=30))
    start_time = datetime.time(18, 0)
    end_date = None
    end_time = datetime.time(20, 0)
    attendance_mode = AttendanceMode.OFFLINE
    venue_name = "Cité des Échanges"
    street_address = "40 rue Eugène Jacquet"
    postal_code = "59700"
    town = "Marcq-en-Barœul"
    territory = None
    image = None
    story = StreamFieldFactory(StoryBlockFactory)

    class Meta:
        model = EventPage


class RegistrationFactory(DjangoModelFactory):
    """A confirmed registration of one person (the row, without the services' emails).
    `event` is required: the French event page, whose row holds the seats."""

    event = None
    status = Registration.Status.CONFIRMED
    first_name = "Camille"
    last_name = factory.Sequence(lambda n: f"Martin{n}")
    email = factory.Sequence(lambda n: f"personne{n}@example.org")
    seats = 1
    language = "fr"
    consented_at = factory.LazyFunction(timezone.now)

    class Meta:
        model = Registration
