"""The rules of applications to calls for projects, called alike by the public form, the
admin and commands: those of every contact record (portal/records.py), plus the file an
application carries, stored in the same transaction and deleted when it is anonymised."""

from django.db import transaction

from community.calls import files
from community.calls.models import Application
from portal import records

RETENTION_DAYS = records.RETENTION_DAYS
anonymise = records.anonymise


def record(call, values, upload=None):
    """Store an application to `call` from the form's values (and its file, already
    validated) and owe its two emails."""
    with transaction.atomic():
        document = None
        if upload is not None:
            title = f"{values['project_title']} · {values['organisation']}"
            document = files.store(upload, title)
        return records.record(
            Application, values, call=call, call_title=call.title, document=document
        )


def personal_records(email):
    """Everything the applications hold about one address (GDPR access), as plain data."""
    return records.personal_records(Application.objects.select_related("document", "call"), email)


def erase(email):
    """Anonymise the applications of one address: the team keeps which projects applied,
    never who wrote; their files and the emails about them are deleted."""
    return records.erase(Application, email)


def anonymise_older_than(days=RETENTION_DAYS, now=None):
    return records.anonymise_older_than(Application, days, now)
