"""The rules of pledges, called alike by the public form, the admin and commands.

A pledge is stored first, with both its emails owed in the same transaction (emails.py):
the mail server being down loses nothing. Personal data: export and erasure of one
address, and anonymisation once the retention period is over (RGPD).
"""

from datetime import timedelta

from django.db import transaction
from django.db.models import Q
from django.utils import timezone, translation

from giving.pledges import emails
from giving.pledges.models import Pledge
from portal.models import OutboundEmail

# Kept three years after the last change (the CNIL's period for prospects), then anonymised.
RETENTION_DAYS = 3 * 365


def record(values):
    """Store a pledge from the form's values and owe its two emails."""
    values = dict(values)
    values["email"] = values["email"].strip().lower()
    values.setdefault("language", (translation.get_language() or "fr")[:2])
    with transaction.atomic():
        pledge = Pledge.objects.create(**values, consented_at=timezone.now())
        emails.queue(pledge)
    return pledge


# Personal data ------------------------------------------------------------------------

PERSONAL_FIELDS = ("first_name", "last_name", "role", "email", "phone", "notes", "description")


def personal_records(email):
    """Everything the pledges hold about one address (RGPD access), as plain data."""
    pledges = Pledge.objects.filter(email__iexact=email.strip()).select_related(
        "project", "challenge"
    )
    return [_record(pledge) for pledge in pledges]


def _record(pledge):
    record = {}
    for field in Pledge._meta.fields:
        value = getattr(pledge, field.name)
        if field.is_relation:
            value = str(value) if value is not None else None
        elif hasattr(value, "isoformat"):
            value = value.isoformat()
        record[field.name] = value
    return record


def erase(email):
    """RGPD erasure of one address: its pledges are anonymised (the team keeps the count
    and what was given, never who); the emails about them are deleted."""
    pledges = list(Pledge.objects.filter(email__iexact=email.strip(), anonymised_at__isnull=True))
    for pledge in pledges:
        anonymise(pledge)
    return len(pledges)


def anonymise(pledge):
    with transaction.atomic():
        # The acknowledgement and the team's notification both name the person.
        OutboundEmail.objects.filter(
            Q(to__iexact=pledge.email) | Q(related_url=emails.admin_path(pledge.pk))
        ).delete()
        pledge.first_name = "—"
        pledge.last_name = "—"
        pledge.role = ""
        pledge.email = f"anonymised-{pledge.pk}@invalid"
        pledge.phone = ""
        pledge.notes = ""
        pledge.description = ""
        pledge.anonymised_at = timezone.now()
        pledge.save()


def anonymise_older_than(days=RETENTION_DAYS, now=None):
    """Anonymise the pledges unchanged for `days` days; returns how many."""
    cutoff = (now or timezone.now()) - timedelta(days=days)
    due = Pledge.objects.filter(anonymised_at__isnull=True, updated_at__lt=cutoff)
    count = 0
    for pledge in due.iterator():
        anonymise(pledge)
        count += 1
    return count
