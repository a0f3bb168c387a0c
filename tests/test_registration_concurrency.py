"""Seats are never oversold, even when many people register at the same moment.

Real threads with their own database connections fire at the last seats. The control
runs the same scenario without the lock (and a pause between the check and the insert)
and must see the oversell: it proves the test can catch one.
"""

import threading
import time

import pytest
from django.db import DatabaseError, connection, connections, transaction

from events.models import EventPage
from events.registration import emails, services
from events.registration.models import Registration
from portal.models import OutboundEmail

# The threads need committed rows, so these tests work outside pytest-django's
# transactions on the demo content the session loaded (already committed), and put back
# what they changed. A transactional test would flush the database instead, and every
# later test on the same worker would lose Wagtail's root page and the demo site.
pytestmark = [
    pytest.mark.postgres,
    pytest.mark.demo,
    pytest.mark.skipif(
        connection.vendor != "postgresql",
        reason="Row locks need PostgreSQL: run with DATABASE_URL=postgres://... "
        "(SQLite serialises writers with BEGIN IMMEDIATE instead).",
    ),
]

PEOPLE = 60
SEATS = 10
SETTINGS = ("registration_open", "seat_limit", "waiting_list", "max_guests")


@pytest.fixture
def event(_demo, django_db_blocker):
    with django_db_blocker.unblock():
        event = EventPage.objects.get(slug="soiree-de-levee-de-fonds", locale__language_code="fr")
        before = {name: getattr(event, name) for name in SETTINGS}
        last_email = OutboundEmail.objects.order_by("-pk").values_list("pk", flat=True).first()
        Registration.objects.filter(event=event).delete()
        EventPage.objects.filter(pk=event.pk).update(
            registration_open=True, seat_limit=SEATS, waiting_list=True, max_guests=3
        )
        try:
            yield EventPage.objects.get(pk=event.pk)
        finally:
            Registration.objects.filter(event=event).delete()
            OutboundEmail.objects.filter(pk__gt=last_email or 0).delete()
            EventPage.objects.filter(pk=event.pk).update(**before)


def fire(event, lock, pause=None):
    barrier = threading.Barrier(PEOPLE)
    errors = []

    def one(number):
        try:
            barrier.wait()
            services.register(
                event,
                {
                    "first_name": "Person",
                    "last_name": str(number),
                    "email": f"person{number}@example.org",
                    "seats": 1 + number % 2,
                },
                lock=lock,
                _between_check_and_insert=pause,
            )
        except Exception as error:  # noqa: BLE001
            errors.append(error)
        finally:
            connections.close_all()

    threads = [threading.Thread(target=one, args=(n,)) for n in range(PEOPLE)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return errors


def totals(event):
    confirmed = Registration.objects.filter(event=event, status="confirmed")
    return (
        sum(confirmed.values_list("seats", flat=True)),
        Registration.objects.filter(event=event, status="waiting").count(),
    )


def test_last_seats_are_never_oversold(event):
    errors = fire(event, lock=True)
    assert errors == []
    seats, waiting = totals(event)
    assert seats <= SEATS
    assert seats >= SEATS - 1  # filled, except one seat nobody single could take in time
    assert Registration.objects.filter(event=event).count() == PEOPLE
    assert waiting == PEOPLE - Registration.objects.filter(event=event, status="confirmed").count()


def test_control_without_the_lock_oversells(event):
    errors = fire(event, lock=False, pause=lambda: time.sleep(0.05))
    assert errors == []
    seats, _waiting = totals(event)
    assert seats > SEATS, "without the lock the race must show: otherwise this test proves nothing"


def row_is_free(event):
    """From another connection: can the event's row be locked at once?"""
    free = []

    def probe():
        try:
            with transaction.atomic():
                locked = EventPage.objects.select_for_update(nowait=True, of=("self",))
                free.append(bool(list(locked.filter(pk=event.pk).values_list("pk"))))
        except DatabaseError:
            free.append(False)
        finally:
            connections.close_all()

    thread = threading.Thread(target=probe)
    thread.start()
    thread.join()
    return free[0]


def test_emails_are_written_after_the_lock_is_released(event, monkeypatch):
    compose = emails.compose
    while_writing = []

    def compose_and_probe(*args):
        while_writing.append(row_is_free(event))
        return compose(*args)

    # The outbox finds the composer by its dotted path, so it calls the probe.
    monkeypatch.setattr(emails, "compose", compose_and_probe)
    registration = services.register(
        event, {"first_name": "Awa", "last_name": "Diallo", "email": "awa@example.org"}
    )
    assert registration.status == "confirmed"
    assert while_writing == [True]
    assert OutboundEmail.objects.get(to="awa@example.org").status == "sent"
