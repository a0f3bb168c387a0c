"""The emails a registrant receives, in their language, with the event as an ICS file.

They go through the outbox (portal/outbox.py): stored in the caller's transaction, sent
after the commit and retried while the mail server fails. Links are absolute without a
request (portal/absolute_urls.py), so commands and the admin send the same emails.
"""

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


def queue(registration, kind):
    """Queue one of the registration emails (a key of SUBJECTS) in the outbox."""
    with translation.override(registration.language):
        page = registration.event.in_language(registration.language)
        context = {
            "registration": registration,
            "event": page,
            "event_url": absolute_url(page.get_url()),
            "manage_url": manage_url(registration),
            "kind": kind,
        }
        subject = SUBJECTS[kind](registration) % {"event": page.title}
        text = render_to_string(f"emails/registration_{kind}.txt", context)
        attachments = []
        if kind != "cancelled" and registration.status != Registration.Status.CANCELLED:
            attachments.append(("event.ics", ics.single(page), "text/calendar"))
        return outbox.queue_email(
            registration.email,
            subject,
            text,
            attachments=attachments,
            language=registration.language,
            related_label=f"{page.title} · {registration.name}",
            related_url=reverse("registration:edit", args=[registration.pk]),
        )
