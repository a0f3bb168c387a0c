"""Registering, cancelling and promoting from the waiting list, without ever overselling.

Every change to an event's seats runs in one transaction under a lock on the event row
(`SELECT ... FOR UPDATE` on PostgreSQL, READ COMMITTED is enough since the lock
serialises the check and the insert). SQLite has no row locks: its settings open every
transaction with BEGIN IMMEDIATE, a database-wide write lock, which serialises writers
just as well on one machine.

Emails go through portal.outbox: queued in the same transaction, sent after commit,
retried if the mail server fails; no registration ever depends on them.
"""

from django.db import transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from events.registrations import Registration
from portal import outbox
from portal.absolute_urls import absolute_url


class RegistrationError(Exception):
    pass


class RegistrationClosed(RegistrationError):
    pass


class EventFull(RegistrationError):
    pass


class AlreadyRegistered(RegistrationError):
    def __init__(self, registration):
        super().__init__(registration)
        self.registration = registration


def _locked_event(event, lock):
    from events.models import EventPage

    events = EventPage.objects.filter(pk=event.registration_event.pk)
    if lock:
        events = events.select_for_update(of=("self",))
    return events.get()


def register(event, values, request, lock=True, _between_check_and_insert=None):
    """Create a registration (confirmed, or waiting when full and a list is kept).

    `values` holds the Registration fields from the form. Raises RegistrationClosed,
    EventFull or AlreadyRegistered. `lock=False` and `_between_check_and_insert` exist
    only for the control test that proves the race without the lock.
    """
    email = values["email"].strip().lower()
    with transaction.atomic():
        event = _locked_event(event, lock)
        if event.registration_state() != "open":
            raise RegistrationClosed
        existing = Registration.objects.filter(
            event=event, email=email, status__in=Registration.ACTIVE
        ).first()
        if existing:
            raise AlreadyRegistered(existing)
        seats = values.get("seats", 1)
        left = event.seats_left()
        if _between_check_and_insert:
            _between_check_and_insert()
        if left is None or seats <= left:
            status = Registration.Status.CONFIRMED
        elif event.waiting_list:
            status = Registration.Status.WAITING
        else:
            raise EventFull
        registration = Registration.objects.create(
            **(values | {"email": email, "seats": seats}),
            event=event,
            status=status,
            language=translation.get_language() or "fr",
            consented_at=timezone.now(),
        )
        send(registration, "confirmation", request)
    return registration


def cancel(registration, request):
    """Cancel (idempotent) and hand the freed seats to the waiting list."""
    with transaction.atomic():
        event = _locked_event(registration.event, lock=True)
        registration = Registration.objects.get(pk=registration.pk)
        if registration.status == Registration.Status.CANCELLED:
            return registration, []
        registration.status = Registration.Status.CANCELLED
        registration.cancelled_at = timezone.now()
        registration.save(update_fields=["status", "cancelled_at"])
        send(registration, "cancelled", request)
        promoted = promote_waiting(event, request)
    return registration, promoted


def promote_waiting(event, request):
    """Confirm waiting people, in order, while their seats fit (call under the lock)."""
    left = event.seats_left()
    promoted = []
    for waiting in Registration.objects.filter(event=event, status=Registration.Status.WAITING):
        if left is not None and left <= 0:
            break
        if left is None or waiting.seats <= left:
            waiting.status = Registration.Status.CONFIRMED
            waiting.save(update_fields=["status"])
            send(waiting, "promoted", request)
            promoted.append(waiting)
            left = None if left is None else left - waiting.seats
    return promoted


def check_in(registration):
    """Mark as attended; a second scan changes nothing. Returns True on the first one."""
    updated = Registration.objects.filter(
        pk=registration.pk, status=Registration.Status.CONFIRMED
    ).update(status=Registration.Status.ATTENDED, checked_in_at=timezone.now())
    return bool(updated)


def manage_url(registration, request):
    with translation.override(registration.language):
        return absolute_url(reverse("registration_manage", args=[registration.token]), request)


SUBJECTS = {
    "confirmation": lambda r: (
        _("Registration confirmed: %(event)s")
        if r.status != Registration.Status.WAITING
        else _("On the waiting list: %(event)s")
    ),
    "promoted": lambda r: _("A seat is free for you: %(event)s"),
    "cancelled": lambda r: _("Registration cancelled: %(event)s"),
    "link": lambda r: _("Your registration link: %(event)s"),
}


def send(registration, kind, request):
    """Queue one of the registration emails, in the registrant's language, ICS attached."""
    from events import ics

    with translation.override(registration.language):
        page = _page_in_language(registration.event, registration.language)
        context = {
            "registration": registration,
            "event": page,
            "event_url": absolute_url(page.get_url(request), request),
            "manage_url": manage_url(registration, request),
            "kind": kind,
        }
        subject = SUBJECTS[kind](registration) % {"event": page.title}
        text = render_to_string(f"emails/registration_{kind}.txt", context)
        attachments = []
        if kind != "cancelled" and registration.status != Registration.Status.CANCELLED:
            attachments.append(("event.ics", ics.single(page, request), "text/calendar"))
        return outbox.queue_email(
            registration.email,
            subject,
            text,
            attachments=attachments,
            language=registration.language,
            related_label=f"{page.title} · {registration.name}",
            related_url=reverse("registration:edit", args=[registration.pk]),
        )


def _page_in_language(event, language):
    from wagtail.models import Locale

    locale = Locale.objects.filter(language_code=language).first()
    if locale and locale.pk != event.locale_id:
        translated = event.get_translation_or_none(locale)
        if translated is not None and translated.live:
            return translated.specific
    return event
