"""The emails a registrant receives, in their language, with the event as an ICS file.

They go through the outbox (portal/outbox.py). `queue()` only records, in the caller's
transaction, that an email is owed (one INSERT: registration calls it while it holds the
event's lock); the outbox calls `compose()` after the commit to write it, and retries
while the mail server fails. Links are absolute without a request
(portal/absolute_urls.py), so views, the admin and commands send the same emails.
"""

import io

import segno
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _

from events import ics
from events.registration.models import Registration
from portal import outbox
from portal.absolute_urls import absolute_url

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


def manage_url(registration):
    """The private page of a registration (view or cancel), in the registrant's language."""
    with translation.override(registration.language):
        return absolute_url(reverse("registration_manage", args=[registration.token]))


def check_in_url(registration):
    """The person's check-in link, the QR code of their emails: it checks them in when a
    signed-in staff member opens it, and shows anyone else the private page."""
    with translation.override(registration.language):
        return absolute_url(reverse("registration_check_in_link", args=[registration.token]))


QR_FILENAME = "check-in-qr-code.png"


def qr_png(text):
    """A QR code of `text` as PNG bytes, drawn here (no third party): black on white,
    8 pixels a module and the standard quiet zone, readable by any phone camera."""
    buffer = io.BytesIO()
    segno.make_qr(text, error="m").save(buffer, kind="png", scale=8, border=4)
    return buffer.getvalue()


def queue(registration, kind):
    """Owe `registration` one of its emails (a key of SUBJECTS), written after the commit."""
    return outbox.queue_composed(
        registration.email,
        f"{__name__}.compose",
        registration.pk,
        kind,
        language=registration.language,
        related_label=f"{registration.event.title} · {registration.name}",
        related_url=reverse("registration:edit", args=[registration.pk]),
    )


def compose(registration_id, kind):
    """Write the email: subject, text and the event's ICS file, in the registrant's language."""
    registration = (
        Registration.objects.filter(pk=registration_id, anonymised_at__isnull=True)
        .select_related("event")
        .first()
    )
    if registration is None:  # erased or anonymised since: nothing to tell anyone
        return None
    with translation.override(registration.language):
        page = registration.event.in_language(registration.language)
        context = {
            "registration": registration,
            "event": page,
            "event_url": absolute_url(page.get_url()),
            "manage_url": manage_url(registration),
            "kind": kind,
        }
        attachments = []
        if kind != "cancelled" and registration.status != Registration.Status.CANCELLED:
            attachments.append(("event.ics", ics.single(page), "text/calendar"))
        # A seat held: the entry pass, a QR code of the check-in link (and the link itself).
        if kind != "cancelled" and registration.status in Registration.HOLDING_SEATS:
            context["check_in_url"] = check_in_url(registration)
            context["qr_filename"] = QR_FILENAME
            attachments.append((QR_FILENAME, qr_png(context["check_in_url"]), "image/png"))
        return {
            "subject": SUBJECTS[kind](registration) % {"event": page.title},
            "text": render_to_string(f"emails/registration_{kind}.txt", context),
            "attachments": attachments,
        }
