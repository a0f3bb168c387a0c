"""The rules of registration, called alike by the public views, the admin and commands.

Registering, cancelling and promoting from the waiting list never oversell: every change
to an event's seats runs in one transaction under a lock on the event row (`SELECT ...
FOR UPDATE` on PostgreSQL, READ COMMITTED is enough since the lock serialises the check
and the insert). SQLite has no row locks: its settings open every transaction with BEGIN
IMMEDIATE, a database-wide write lock, which serialises writers just as well on one
machine.

Under the lock only the checks and the inserts run: each email is recorded as owed (one
INSERT, in the same transaction, so it is never lost) and written by the outbox after the
commit (emails.py). No registration ever depends on the mail server.
Personal data (export, erase, anonymise after the retention period) is handled here too.
"""

import unicodedata
from dataclasses import dataclass, field

from django.db import transaction
from django.db.models import Count, F, Sum
from django.db.models.functions import Coalesce
from django.utils import timezone, translation

from events.registration import emails
from events.registration.models import Registration, event_model
from portal.models import OutboundEmail


class RegistrationError(Exception):
    pass


class RegistrationClosed(RegistrationError):
    pass


class EventFull(RegistrationError):
    def __init__(self, seats_left=0):
        super().__init__(seats_left)
        self.seats_left = seats_left


class NoWaitingList(RegistrationError):
    pass


class AlreadyRegistered(RegistrationError):
    def __init__(self, registration):
        super().__init__(registration)
        self.registration = registration


def _locked_event(event, lock):
    events = event_model().objects.filter(pk=event.registration_event.pk)
    if lock:
        events = events.select_for_update(of=("self",))
    return events.get()


def register(event, values, lock=True, _between_check_and_insert=None):
    """Create a registration (confirmed, or waiting when full and a list is kept).

    `values` holds the Registration fields from the form (the public one or the admin's);
    `language`, when absent, is the current one. Raises RegistrationClosed, EventFull or
    AlreadyRegistered. `lock=False` and `_between_check_and_insert` exist only for the
    control test that proves the race without the lock.
    """
    email = values["email"].strip().lower()
    language = values.get("language") or translation.get_language() or "fr"
    with transaction.atomic():
        event = _locked_event(event, lock)
        if event.registration_state() != "open":
            raise RegistrationClosed
        seats = values.get("seats", 1)
        left = event.seats_left()
        if _between_check_and_insert:
            _between_check_and_insert()
        if left is None or seats <= left:
            status = Registration.Status.CONFIRMED
        elif event.waiting_list:
            status = Registration.Status.WAITING
        else:
            raise EventFull(left)
        # After the seats: an address already registered meets the same "full" answer as
        # anyone else, so the public form cannot tell who is registered.
        existing = Registration.objects.filter(
            event=event, email=email, status__in=Registration.ACTIVE
        ).first()
        if existing:
            raise AlreadyRegistered(existing)
        registration = Registration.objects.create(
            **(values | {"email": email, "seats": seats, "language": language}),
            event=event,
            status=status,
            consented_at=timezone.now(),
        )
        emails.queue(registration, "confirmation")
    return registration


def cancel(registration):
    """Cancel (idempotent) and hand the freed seats to the waiting list."""
    with transaction.atomic():
        event = _locked_event(registration.event, lock=True)
        registration = Registration.objects.select_related("event").get(pk=registration.pk)
        if registration.status == Registration.Status.CANCELLED:
            return registration, []
        registration.status = Registration.Status.CANCELLED
        registration.cancelled_at = timezone.now()
        registration.save(update_fields=["status", "cancelled_at"])
        emails.queue(registration, "cancelled")
        promoted = promote_waiting(event)
    return registration, promoted


# What the person is told when an editor changes the status: (before, after) -> email.
STATUS_EMAILS = {
    (Registration.Status.CANCELLED, Registration.Status.CONFIRMED): "confirmation",
    (Registration.Status.CANCELLED, Registration.Status.WAITING): "confirmation",
    (Registration.Status.WAITING, Registration.Status.CONFIRMED): "promoted",
    (Registration.Status.CONFIRMED, Registration.Status.CANCELLED): "cancelled",
    (Registration.Status.WAITING, Registration.Status.CANCELLED): "cancelled",
}


def change(registration, values):
    """An editor's change to a registration, under the rules of the public form.

    `values` holds the changed Registration fields (status, seats, contact details,
    answers). Seats held never exceed the limit, the waiting list exists only where the
    event keeps one, one address holds one active registration, seats freed go to the
    waiting list, and the person is emailed when their status changes. Raises EventFull,
    NoWaitingList or AlreadyRegistered; returns (registration, promoted).
    """
    Status = Registration.Status
    with transaction.atomic():
        event = _locked_event(registration.event, lock=True)
        before = Registration.objects.select_related("event").get(pk=registration.pk)
        after = Registration.objects.select_related("event").get(pk=registration.pk)
        for name, value in values.items():
            setattr(after, name, value)
        after.email = after.email.strip().lower()
        if after.status in Registration.ACTIVE:
            duplicate = Registration.objects.filter(
                event=event, email=after.email, status__in=Registration.ACTIVE
            ).exclude(pk=after.pk)
            if duplicate.exists():
                raise AlreadyRegistered(duplicate.first())
        if after.status in Registration.HOLDING_SEATS:
            left = event.seats_left()
            if left is not None and before.status in Registration.HOLDING_SEATS:
                left += before.seats
            if left is not None and after.seats > left:
                raise EventFull(left)
        if after.status == Status.WAITING != before.status and not event.waiting_list:
            raise NoWaitingList
        now = timezone.now()
        if after.status == Status.CANCELLED and before.status != Status.CANCELLED:
            after.cancelled_at = now
        elif after.status != Status.CANCELLED:
            after.cancelled_at = None
        if after.status == Status.ATTENDED and not after.checked_in_at:
            after.checked_in_at = now
        after.save()
        kind = STATUS_EMAILS.get((before.status, after.status))
        if kind:
            emails.queue(after, kind)
        promoted = promote_waiting(event)
    return after, promoted


def delete(registration):
    """Delete a registration (an editor's cleanup) and hand its seats to the waiting list."""
    with transaction.atomic():
        event = _locked_event(registration.event, lock=True)
        Registration.objects.filter(pk=registration.pk).delete()
        return promote_waiting(event)


def promote_waiting(event):
    """Confirm waiting people, in order, while their seats fit (call under the lock)."""
    left = event.seats_left(cached=False)
    promoted = []
    waiting_list = Registration.objects.filter(event=event, status=Registration.Status.WAITING)
    for waiting in waiting_list.select_related("event"):
        if left is not None and left <= 0:
            break
        if left is None or waiting.seats <= left:
            waiting.status = Registration.Status.CONFIRMED
            waiting.save(update_fields=["status"])
            emails.queue(waiting, "promoted")
            promoted.append(waiting)
            left = None if left is None else left - waiting.seats
    return promoted


def check_in(registration):
    """Mark as attended; a second scan changes nothing. Returns True on the first one.

    Only a confirmed registration is checked in: someone on the waiting list or cancelled
    holds no seat (the door list shows them apart)."""
    updated = Registration.objects.filter(
        pk=registration.pk, status=Registration.Status.CONFIRMED
    ).update(status=Registration.Status.ATTENDED, checked_in_at=timezone.now())
    return bool(updated)


def undo_check_in(registration):
    """A check-in made by mistake at the door: back to confirmed (the seat stays held)."""
    updated = Registration.objects.filter(
        pk=registration.pk, status=Registration.Status.ATTENDED
    ).update(status=Registration.Status.CONFIRMED, checked_in_at=None)
    return bool(updated)


# At the door --------------------------------------------------------------------------


@dataclass
class DoorCount:
    registrations: int = 0
    people: int = 0


@dataclass
class Door:
    """What the door's list shows: the registrations holding seats and the waiting list
    (those matching the search), and the counts of the whole event."""

    event: object
    query: str
    expected: list = field(default_factory=list)
    waiting: list = field(default_factory=list)
    confirmed: DoorCount = field(default_factory=DoorCount)
    checked_in: DoorCount = field(default_factory=DoorCount)
    waiting_count: DoorCount = field(default_factory=DoorCount)

    @property
    def still_expected(self):
        return self.confirmed.people - self.checked_in.people


def folded(text):
    """Lower case without accents: "Léa" is found by "lea", "LÉA" or "léa"."""
    decomposed = unicodedata.normalize("NFKD", text or "")
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def _matches(registration, words):
    haystack = folded(
        " ".join(
            [
                registration.first_name,
                registration.last_name,
                registration.guest_names,
                registration.organisation,
            ]
        )
    )
    return all(word in haystack for word in words)


def door(event, query=""):
    """The door's list of `event` (any translation): two queries whatever its size.

    `query` searches the names (the person's, their guests', their organisation), case
    and accents ignored; every word must match."""
    event = event.registration_event
    query = " ".join((query or "").split())[:100]
    words = folded(query).split()
    result = Door(event=event, query=query)
    counts = (
        Registration.objects.filter(event=event, status__in=Registration.ACTIVE)
        .values("status")
        .annotate(registrations=Count("pk"), people=Sum("seats"))
    )
    for row in counts:
        count = DoorCount(row["registrations"], row["people"] or 0)
        if row["status"] == Registration.Status.WAITING:
            result.waiting_count = count
        else:
            result.confirmed.registrations += count.registrations
            result.confirmed.people += count.people
            if row["status"] == Registration.Status.ATTENDED:
                result.checked_in = count
    rows = Registration.objects.filter(event=event, status__in=Registration.ACTIVE).order_by(
        "last_name", "first_name", "pk"
    )
    waiting = []
    for registration in rows:
        if registration.status == Registration.Status.WAITING:
            waiting.append(registration)
        elif not words or _matches(registration, words):
            result.expected.append(registration)
    waiting.sort(key=lambda registration: (registration.created_at, registration.pk))
    for position, registration in enumerate(waiting, start=1):
        registration.position = position
        if not words or _matches(registration, words):
            result.waiting.append(registration)
    return result


def send_link(event, email):
    """Email the private link of the active registration of `email`, if there is one."""
    registration = Registration.objects.filter(
        event=event.registration_event, email=email.strip().lower(), status__in=Registration.ACTIVE
    ).first()
    if registration:
        remind(registration)
    return registration


def remind(registration):
    """Email a registration's private link to its own address."""
    emails.queue(registration, "link")


# Personal data ------------------------------------------------------------------------


def personal_records(email):
    """Everything the registrations hold about one address (RGPD access), as plain data."""
    registrations = Registration.objects.filter(email__iexact=email).select_related("event")
    return [_record(registration) for registration in registrations]


def _record(registration):
    fields = [f.name for f in Registration._meta.fields if f.name not in ("token", "event")]
    record = {name: getattr(registration, name) for name in fields}
    record["event"] = registration.event.title
    return {
        k: (
            v.isoformat()
            if hasattr(v, "isoformat")
            else (str(v) if v is not None and not isinstance(v, (int, list, str)) else v)
        )
        for k, v in record.items()
    }


def erase(email):
    """RGPD erasure of one address: anonymise (seat counts stay right) rather than delete."""
    count = 0
    for registration in Registration.objects.filter(email__iexact=email):
        anonymise(registration)
        count += 1
    return count


def anonymise(registration):
    """Keep the row (seat counts, statistics), drop everything that identifies the person,
    and the emails sent to them."""
    OutboundEmail.objects.filter(to__iexact=registration.email).delete()
    registration.first_name = "—"
    registration.last_name = "—"
    registration.email = f"anonymised-{registration.pk}@invalid"
    registration.phone = ""
    registration.guests = [{"name": "", "needs": ""} for _guest in registration.guests]
    registration.organisation = ""
    registration.receipt_name = ""
    registration.postal_address = ""
    registration.needs = ""
    registration.donation_amount = None
    registration.token = f"anonymised-{registration.pk}"
    registration.anonymised_at = timezone.now()
    registration.save()


def anonymise_ended_before(cutoff):
    """Anonymise the registrations of events that ended before `cutoff` (a date)."""
    due = Registration.objects.annotate(
        last_day=Coalesce(F("event__end_date"), F("event__start_date"))
    ).filter(anonymised_at__isnull=True, last_day__lt=cutoff)
    count = 0
    for registration in due.iterator():
        anonymise(registration)
        count += 1
    return count
