"""The rules of applications to calls for projects, called alike by the public form, the
admin and commands.

An application is stored first, with its file and both its emails owed, in one transaction
(emails.py): the mail server being down loses nothing. Personal data: export and erasure
of one address, and anonymisation once the retention period is over (RGPD), as pledges.
"""

from datetime import timedelta

from django.db import transaction
from django.db.models import Q
from django.utils import timezone, translation

from community.calls import emails, files
from community.calls.models import Application
from portal.models import OutboundEmail

# Kept three years after the last change, then anonymised (the form's consent).
RETENTION_DAYS = 3 * 365


def record(call, values, upload=None):
    """Store an application to `call` from the form's values (and its file, already
    validated) and owe its two emails."""
    values = dict(values)
    values["email"] = values["email"].strip().lower()
    values.setdefault("language", (translation.get_language() or "fr")[:2])
    with transaction.atomic():
        document = None
        if upload is not None:
            document = files.store(upload, f"{values['project_title']} · {values['organisation']}")
        application = Application.objects.create(
            **values,
            call=call,
            call_title=call.title,
            document=document,
            consented_at=timezone.now(),
        )
        emails.queue(application)
    return application


# Personal data ------------------------------------------------------------------------

PERSONAL_FIELDS = ("first_name", "last_name", "role", "email", "phone", "notes")


def personal_records(email):
    """Everything the applications hold about one address (RGPD access), as plain data."""
    applications = Application.objects.filter(email__iexact=email.strip()).select_related(
        "document"
    )
    return [_record(application) for application in applications]


def _record(application):
    record = {}
    for field in Application._meta.fields:
        value = getattr(application, field.name)
        if field.name == "call":
            value = value.full_url if value is not None else None
        elif field.name == "document":
            value = value.filename if value is not None else None
        elif field.is_relation:
            value = str(value) if value is not None else None
        elif hasattr(value, "isoformat"):
            value = value.isoformat()
        record[field.name] = value
    return record


def erase(email):
    """RGPD erasure of one address: its applications are anonymised (the team keeps which
    project applied, never who wrote); their files and the emails about them are deleted."""
    applications = list(
        Application.objects.filter(email__iexact=email.strip(), anonymised_at__isnull=True)
    )
    for application in applications:
        anonymise(application)
    return len(applications)


def anonymise(application):
    with transaction.atomic():
        # The acknowledgement and the team's notification both name the person.
        OutboundEmail.objects.filter(
            Q(to__iexact=application.email) | Q(related_url=emails.admin_path(application.pk))
        ).delete()
        if application.document_id:
            document = application.document
            application.document = None
            document.file.delete(save=False)
            document.delete()
        application.first_name = "—"
        application.last_name = "—"
        application.role = ""
        application.email = f"anonymised-{application.pk}@invalid"
        application.phone = ""
        application.notes = ""
        application.anonymised_at = timezone.now()
        application.save()


def anonymise_older_than(days=RETENTION_DAYS, now=None):
    """Anonymise the applications unchanged for `days` days; returns how many."""
    cutoff = (now or timezone.now()) - timedelta(days=days)
    due = Application.objects.filter(anonymised_at__isnull=True, updated_at__lt=cutoff)
    count = 0
    for application in due.iterator():
        anonymise(application)
        count += 1
    return count
